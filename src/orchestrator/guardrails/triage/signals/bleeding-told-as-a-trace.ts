import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * Bleeding in pregnancy told as a trace: "a bit of bleeding after sex, a tiny amount, pink on the tissue only", "some
 * brown streaks of blood in the mucus plug". NHS (vaginal bleeding in pregnancy) and NICE NG126: light bleeding or
 * spotting is for the midwife, the GP or the early pregnancy unit the same day; a show at term, blood-streaked mucus, is
 * the start of labour (NICE NG235), for the labour ward's phone line. Read only where the sentence tells the gestation:
 * a trace before 24 weeks, a show from 37. Never beside what makes it an emergency: heavy
 * bleeding, clots, soaking, bright or fresh red blood, more or worse bleeding, pain or cramps, feeling faint, dizzy or
 * pale, a fall or a blow (unless told as absent: "no pain at all"). Pain told in another sentence is read by its own
 * signals (`severe_abdominal_pain`, `shoulder_tip_pain` beside the pregnancy).
 */
const NOT_A_TRACE = notToldUnlessAbsent(
  String.raw`\b(?:heav\w*|clots?|soak\w*|flood\w*|pour\w*|gush\w*|pads?|bright\s+red|fresh\s+red|red\s+blood|lots|loads|a\s+lot|more|worse|heavier|pain\w*|cramp\w*|faint\w*|dizzy|light[- ]?headed|pale|fell|fall|fallen|hit|bump\w*|accident)\b`,
  'no|not|nor|without|never|any',
);

/**
 * A gestation told in the sentence before 24 weeks, when the RCOG reads any bleeding as an antepartum haemorrhage to be
 * assessed in hospital at once; and one at term, from 37 weeks, when a show is the start of labour (before it, a show
 * is a sign of preterm labour).
 */
const BEFORE_TWENTY_FOUR_WEEKS = String.raw`(?=.*\b(?:[4-9]|1\d|2[0-3])\s*(?:weeks?|wks?)\b(?!\s+(?:ago|old|postpartum|post|after|since)))`;
const AT_TERM = String.raw`(?=.*\b(?:3[7-9]|4[0-2])\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)\b(?!\s+(?:ago|old)))`;

/** The amount told as a trace: "a tiny amount", "pink on the tissue", "a little brown blood". */
const A_TRACE = String.raw`(?=.*\b(?:(?:tiny|small|little|wee)\s+(?:\w+\s+)?(?:amount|bit|spot|smear|streak)s?|(?:bit|touch|trace|smear|spot|dot)s?\s+of\s+(?:\w+\s+)?(?:blood|bleeding)|streak\w*\s+of\s+(?:\w+\s+){0,3}?blood|(?:pink|brown)\w*\s+(?:on\s+the\s+)?(?:tissue|toilet\s+(?:paper|roll)|loo\s+roll)|(?:on|when)\s+(?:the\s+)?(?:tissue|wiping|(?:i|she)\s+wipe[sd]?)|(?:a\s+)?(?:little|tiny|wee)\s+(?:bit\s+of\s+)?(?:(?:brown|pink|dark|old)\w*\s+)?(?:blood|bleeding))\b)`;

/** The bleeding told as a show: blood-streaked mucus. */
const A_SHOW = String.raw`(?=.*\b(?:mucus\s+plug|(?:a|her|my|the)\s+show)\b)`;

export const BLEEDING_TOLD_AS_A_TRACE = new RegExp(
  `^${NOT_A_TRACE}(?:${BEFORE_TWENTY_FOUR_WEEKS}${A_TRACE}|${AT_TERM}${A_SHOW})`,
);
