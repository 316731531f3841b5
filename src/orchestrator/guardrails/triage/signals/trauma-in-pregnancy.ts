/**
 * Trauma in pregnancy from 20 weeks (RCOG, trauma in pregnancy; NHS "falls and bumps in pregnancy"): a fall onto the
 * bump, a blow, a kick or a punch to the abdomen, or a road collision is assessed the same day on the labour ward,
 * however well the woman feels, because a placental abruption may show hours later. Before 20 weeks the womb sits in
 * the pelvis, shielded; a fall told as sparing the bump, a light bump, the baby's own kicks, a pet or a child told as
 * wriggling (a habit, "kicks me when I read to him") or a blow told days or weeks ago are no such trauma.
 */
import { type SignalDefinition, define, r } from './signal-definition.js';

const BUMP = r`(?:bump|tummy|stomach|belly|abdomen|front)`;

/** Light, habitual or long past: a cat on the bump, a gentle knock, the baby's own kicks, a fall last week. */
const NOT_A_BLOW =
  /\b(?:lightly|gently|softly|slightly|a\s+little|tiny|small\s+bump|cat|kitten|dog|puppy|bab(?:y|ies)(?:'s)?\s+(?:\w+\s+){0,2}?(?:kick\w*|punch\w*|elbow\w*)|(?:\d+|two|three|four|five|a\s+few|several)\s+(?:days|weeks|months|years)\s+ago|last\s+(?:week|month|year)|years\s+ago|before\s+(?:i\s+was|she\s+was)\s+pregnant)\b/;

export const TRAUMA_IN_PREGNANCY_SIGNALS: readonly SignalDefinition[] = [
  // The gestation told in weeks or months from 20 (NICE and RCOG count trauma from the time the womb leaves the
  // pelvis): "24 weeks", "thirty two weeks", "34+2", "34/40", "seven months pregnant".
  define(
    'gestation_from_twenty_weeks',
    [
      r`\b(?:2\d|3\d|4[0-2])\s*(?:\+\s*[0-6]\s*)?(?:weeks?|wks)\b(?!\s+(?:ago|old|since|after|post))|\b(?:twenty|thirty|forty)(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?\s+weeks?\b(?!\s+(?:ago|old|since|after|post))|\b(?:2\d|3\d|4[0-2])\s*(?:\+\s*[0-6]|\/\s*40)\b|\b(?:third|late\s+second)\s+trimester\b|\b(?:[5-9]|five|six|seven|eight|nine)\s+months\s+pregnant\b`,
    ],
    { timeless: true, background: true },
  ),
  define(
    'trauma_to_the_bump',
    [
      // A fall onto the bump: "slipped and landed hard on my bump", "fell flat on her stomach".
      r`\b(?:fell|fallen|fall|landed|slipped|tripped|went\s+down|came\s+down)\b[^.;]{0,40}\b(?:on(?:to)?|flat\s+on)\s+(?:my|her|the)\s+${BUMP}\b`,
      // A blow told by what struck: "kicked me really hard in the bump", "punched her in the stomach".
      r`\b(?:kicked|punched|hit|struck|elbowed|kneed|headbutted|whacked|thumped|stamped|jumped)\s+(?:on\s+)?(?:me|her)?\s*(?:\w+\s+){0,3}?(?:in|on|into|across)\s+(?:the|my|her)\s+${BUMP}\b`,
      r`\b(?:hit|banged|bashed|knocked|whacked|smashed)\s+(?:my|her)\s+${BUMP}\s+(?:hard\s+)?(?:on|against|into)\b`,
      // A road collision: "in a car crash", "rear-ended at 30 mph", "the seat belt across my bump".
      r`\b(?:car|road|traffic|bus|motorway)\s+(?:\w+\s+)?(?:crash|accident|collision|smash)\b|\brear[- ]ended\b|\b(?:rtc|rta|mvc|mva)\b|\bseat\s*belt\s+(?:\w+\s+)?(?:across|over)\s+(?:my|her|the)\s+${BUMP}\b`,
    ],
    { timeless: true, ordinaryWhen: NOT_A_BLOW },
  ),
];
