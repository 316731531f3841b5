/** Chest pain, the heart, and breathing. */

import { type SignalDefinition, define, CANNOT, GAP_WITHOUT_NEGATION, POSSESSIVE, r } from './signal-definition.js';
import { PERSON, episodeNow } from '../triage-vocabulary.js';
import { AT_REST, BABY_UNDER_ONE } from '../urgent-after-resolution.js';
import { ACROCYANOSIS } from './acrocyanosis.js';
import { BLUE_EXPLAINED_GUARD } from './blue-explained.js';
import { CHEST_PAIN_GUARD } from './chest-pain-of-a-chest-infection.js';
import { ANGINA_AFTER_THE_SPRAY_SIGNALS } from './angina-after-the-spray.js';
import { AIR_HUNGER_WHEN_ANXIOUS_GUARD } from './air-hunger-when-anxious.js';
import { FEARED_EPISODE } from './feared-episode.js';
import { CHEST_PAIN_BACK_OR_LASTING } from '../chest-pain-on-effort-settled.js';
import { CLOT_RISK_TOLD_RECENTLY } from './clot-risk-told-recently.js';

/** A chest pain told back or lasting, or in the weeks after a clot's risk: never graded away as mild or long-standing. */
const CHEST_PAIN_KEPT_BY_ITS_COURSE = new RegExp(
  `${CHEST_PAIN_BACK_OR_LASTING.source}|${CLOT_RISK_TOLD_RECENTLY.source}`,
);

/** Blue told where it is no finding: a dye or a food, Raynaud's, warming up again, the cold. */
const BLUE_ORDINARY_CONTEXT =
  /\b(?:acrocyanosis|paint|dye|ink|marker|felt[- ]?tips?|crayons?|blueberr\w*|lipstick|warm(?:s|ed)?\s+up\s+(?:fine|ok|quickly|again)|cold\s+shower|raynaud\w*|white\s+then\s+blue|(?:fingers|toes|fingertips|hands|feet)\b[^.;]{0,40}\b(?:in|from|with)\s+the\s+cold|every\s+winter)\b/;

/**
 * The writer's own chest-wall pain (MTS chest pain, NHS 111 chest pain: "consider other dispositions" where the
 * pain is reproduced by pressing on the chest or by moving, after a strain): told as brought on by their own press,
 * twist, turn, stretch or cough in any verb form ("hurts when I push on it", "when I turn"), or a move of the arm or
 * shoulder ("worse when I move my arm"), or tender to the touch.
 * Never beside effort (walking, stairs, lifting, pushing a mower, exercise) or a pain coming more and more often:
 * effort is angina's trigger, and pain on less and less effort is unstable angina (review V18 found "pain in my
 * chest when I reach the top of the stairs … on less and less walking" silenced while reach and lift were read
 * as chest-wall movements). Not where the same sentence tells a cardiac character (heavy, tight, crushing, squeezing,
 * central, pressure, spreading), a cardiac companion (sweating, clammy, grey, sick, faint, breathless) or pain at
 * rest, unless told as absent ("no breathlessness or sweating"); nor told of someone else ("when he presses on it"), which review V8 (08:16) left to the rules: pain
 * reproduced by pressure does not exclude an ACS, and a bystander cannot weigh it.
 */
const CHEST_WALL =
  /^(?!.*\b(?:he|she|they|his|him|her|their|them|man|woman|boy|girl|dad|mum|mom|husband|wife|son|daughter|partner)\b)(?!.*(?<!\b(?:no|not|nor|without|never)\s+(?:(?:i|am|really)\s+)*(?:[\w-]+\s+(?:or|nor|and)\s+)?)\b(?:at\s+rest|resting|sitting|in\s+bed|woke\s+me|spread\w*|radiat\w*|jaw|down\s+my\s+(?:left\s+)?arm|sweat\w*|clammy|gr[ae]y|heavy|heaviness|tight\w*|crushing|squeez\w*|central|middle|pressure|sick|nause\w*|vomit\w*|faint\w*|dizzy|breathless\w*|short\s+of\s+breath|pale)\b)(?!.*(?<!\b(?:fine|ok|okay|normal|normally|no\s+(?:trouble|problem)|not\s+(?:on|with|when))\s+)\b(?:walk\w*|stairs|steps|climb\w*|exert\w*|effort|exercis\w*|lift\w*|carry\w*|mow\w*|lawnmower|run|running|jog\w*|less\s+and\s+less|more\s+and\s+more|worse\s+and\s+worse|getting\s+worse|every\s+day)\b)(?:.*\b(?:(?:when|if|whenever)\s+(?:i|you)\s+(?:(?:press|poke|prod|touch|twist|turn|stretch|cough|sneez)\w*|push\w*\s+(?:on|in|against)\b|mov\w*\s+(?:my\s+|your\s+)?(?:left\s+|right\s+)?(?:arms?|shoulders?|upper\s+body|torso)\b)|(?:tender|sore)\s+to\s+(?:the\s+)?touch|pressing\s+(?:over|on)\s+(?:the\s+|a\s+|one\s+)?ribs?)\b)/;

/**
 * Chest pain told with an ordinary cause: the gullet, the chest wall named, anxiety. Angina that rest or the spray
 * settles is read by one reader over the whole message (`chest-pain-on-effort-settled.ts`), never here by its sentence:
 * the same pain back at rest or lasting, told in another sentence, keeps the emergency (NICE CG95). A cardiac character
 * told in the sentence and not denied (crushing, squeezing, heavy, like a vice or an elephant) keeps it too, whatever
 * pressing or coughing does: tenderness does not exclude an acute coronary syndrome (NICE CG95 1.1.1.3). Not where the
 * sentence tells a meal, an antacid or anxiety as the cause: a heaviness after a big dinner gone with a Rennie is read
 * by its course as before (review V38, 03:32).
 */
const CHEST_PAIN_ORDINARY =
  /^(?!(?!.*\b(?:heartburn|indigestion|reflux|antacids?|gaviscon|rennies?|omeprazole|lansoprazole|dinner|lunch|meals?|curry|eating|anxious|anxiety|stressed|stress|nervous|nerves|panic)\b).*(?<!\b(?:no|not|nor|without|never)\s+(?:(?:i|am|really|a)\s+)*(?:[\w-]+\s+(?:or|nor|and)\s+)?)\b(?:(?:crushing|squeezing|heavy)\s+(?:central\s+|chest\s+)?(?:pain|feeling|sensation|pressure|ache|weight|tightness)|(?:chest|it|pain)\s+(?:is|feels|felt|was)\s+(?:(?:so|really|very|like\s+it\s+is)\s+)?(?:heavy|crushing|crushed|squeezing|squeezed|being\s+(?:crushed|squeezed))|heaviness|elephant|vice)\b)(?!.*\b(?:at\s+rest|resting|sat\s+down|sitting\s+(?:down|still|watching)|in\s+bed|woke\s+(?:me|him|her)|spread\w*|radiat\w*|into\s+(?:my|his|her)\s+(?:left\s+)?(?:arm|jaw)|down\s+(?:my|his|her)\s+(?:left\s+)?arm|sweat\w*|clammy|gr[ae]y|(?:came|comes|coming|come)\s+back|returned|(?:much|far|a\s+lot|getting|got|gone)\s+worse|worse\s+and\s+worse|(?:will\s+not|won't|does\s+not|did\s+not)\s+(?:go|ease|settle|shift)|is\s+not\s+(?:going\s+away|easing|settling)|longer\s+than\s+usual|despite|unrelieved|not\s+relieved|no\s+(?:better|relief))\b)(?:.*\b(?:when\s+(?:i|he|she)\s+(?:cough|press|twist|sneeze)|from\s+coughing|heartburn|indigestion|acid\s+reflux|reflux|antacids?|after\s+(?:eating|spicy|a\s+curry|meals|food|big\s+meals)|worse\s+(?:when\s+)?lying\s+(?:flat|down)|omeprazole|lansoprazole|on\s+palpation|pulled\s+(?:a\s+)?muscle|reproducible|costochondritis|muscular|gaviscon|rennie|on\s+(?:twisting|movement|palpation)|pressing\s+(?:over|on)\s+(?:the\s+|a\s+)?rib|musculoskeletal|(?:with|from|because\s+of)\s+(?:the\s+)?(?:stress|anxiety|nerves)|nothing\s+physical|cold\s+air|exercise[- ]induced|when\s+(?:i\s+am|i\s+get|i\s+feel|he\s+is|she\s+is)\s+(?:anxious|stressed|nervous|worked\s+up)|(?:doctor|gp|they)\s+(?:said|says|thinks?|told\s+me)\s+(?:it\s+is\s+|it\s+was\s+|they\s+are\s+)?(?:panic|anxiety)|rapid\s+access|cold\s+(?:mornings?|weather|days?)|one\s+of\s+my\s+(?:usual\s+)?panic\s+attacks|during\s+(?:a\s+|my\s+|the\s+)?panic(?:\s+attacks?)?)\b)/;

/**
 * A span of weeks or more, or an illness or a treatment a complaint is dated from, told before or after the finding,
 * read only where the finding matched (see breathless_at_rest).
 */
const LONG_STANDING = String.raw`\b(?:(?:weeks|months|years)(?!\s+ago)|(?:last|a|this|past)\s+(?:week|month|year)|since\s+(?:i\s+had\s+|having\s+|starting\s+|the\s+)?(?:covid|flu|pneumonia|chemo\w*|spring|summer|autumn|winter|new\s+\w+|pregnan\w*)|long\s+covid)\b`;
const NOT_TOLD_LONG_STANDING = String.raw`(?<!${LONG_STANDING}.*)(?!.*${LONG_STANDING})`;

const CARDIAC = [
  // Vague chest discomfort counts only beside another cardiac sign (see the rules).
  define('chest_discomfort_vague', [
    r`\bchest\s+(?:(?:is|feels|felt|has\s+been|feeling)\s+)+(?:so\s+|really\s+|very\s+|a\s+bit\s+)?(?:weird|strange|funny|odd|off|wrong|uncomfortable)\b`,
    // Told as indigestion or heartburn, or pain in the chest whatever else is said about it.
    r`\b(?:indigestion|heartburn)\b`,
    r`\b(?:crushing|squeezing|pressing|constricting)\s+(?:central\s+)?(?:pain|pressure|feeling|sensation)\b|\bcentral\s+(?:crushing\s+|heavy\s+|tight\s+)?(?:pain|pressure|tightness|heaviness)\b`,
    r`\b(?:pain|pains|pressure|tightness|heaviness|ache|discomfort)\s+(?:\w+\s+){0,4}?(?:in|on|across|behind)\s+(?:the\s+)?(?:my\s+|his\s+|her\s+|their\s+)?chest\b`,
    // The pain's crushing or squeezing character told without naming the chest again, as after an earlier
    // episode: "this one is crushing", "now it feels like a crushing weight" (not a crushing headache, a workload
    // crushing someone, or tablets crushed into food; nor grief, a job or the pressure at work told as
    // crushing: review V8 07:06 and 07:26).
    r`\bcrushing\s+(?:weight|heaviness|tightness|band|vice)\b(?![^.;]{0,20}\b(?:head|skull|temples?|forehead|headache)\b)|(?<!\b(?:work|workload|job|jobs|exams?|guilt|disappointment|debt|debts|grief|sadness|stress|loneliness|deadlines?|expectations|news|bills|rent|responsibility|boredom|defeat|loss|rejection)\s)(?<!\b(?:at|of|from)\s+(?:work|school|uni|college|exams?|the\s+job|my\s+job|home)\s)\b(?:is|feels?|felt|feeling|like|now|was)\s+(?:like\s+)?(?:(?:so|very|really|more|a)\s+)?(?:\w+\s+and\s+)?(?:crushing|squeezing|pressing)\b(?!\s+(?:on|me|him|her|them|it|us|garlic|tablets|pills|ice|up|down|the|my|his|their|headache|head)\b)`,
  ]),
  // A sore chest is the lay word for a chest pain of any kind: counted only beside a cardiac companion (see the rules:
  // NICE CG95 reads the companions, not the word), and quiet in a sentence that tells a cough, a cold, the gym, a
  // tummy bug, laughing or a pain pressed on, as the chest wall's or the gullet's pain is.
  define(
    'chest_sore',
    [
      r`\bsore\s+chest\b|\bchest\s+(?:(?:is|feels|felt|was|has\s+been|got|gets|is\s+getting|really|still)\s+)+(?:(?:so|really|very|a\s+bit|quite|pretty)\s+)?sore\b`,
    ],
    {
      ordinaryWhen: new RegExp(
        String.raw`${CHEST_WALL.source}|${CHEST_PAIN_ORDINARY.source}|\b(?:cough\w*|cold(?!\s+(?:sweats?|and\s+clammy|clammy))|flu|chest\s+infection|bronchitis|gym|bench\s+press\w*|press[- ]?ups?|push[- ]?ups?|work\s*out|workout|sore\s+throat|breast\s*feed\w*|nipples?|mammogram|biops\w*|laugh\w*|tummy\s+bug|stomach\s+bug|gastro\w*|food\s+poisoning)\b`,
      ),
    },
  ),
  define('left_arm_pain', [
    r`\bleft\s+(?:arm|shoulder)\s+(?:(?:is|has\s+been|keeps|really|also|now)\s+)*(?:aches?|aching|hurts?|hurting|pain|sore|tingl\w*)\b`,
    r`\b(?:pain|ache|aching)\s+in\s+(?:my|his|her|their)\s+left\s+(?:arm|shoulder)\b`,
  ]),
  define('sweating', [
    r`\b(?:sweating|sweaty|clammy|cold\s+sweats?|drenched\s+in\s+sweat|sweating\s+(?:buckets|through))\b`,
  ]),
  // Wheeze or stridor as lay people hear it: a whistle in the breathing.
  define('wheeze', [
    r`\bwheez\w*\b`,
    r`\b(?:breath\w*|chest)\b[^.;]{0,25}\bwhistl\w*|\bwhistl\w*\s+(?:sound|noise)\s+(?:when|as|every\s+time)\s+(?:\w+\s+)?breath\w*`,
  ]),
  define('palpitations', [
    r`\b(?:heart|pulse)\s+(?:is\s+|was\s+)?(?:going\s+|beating\s+)?(?:mad|crazy|insane|mental|like\s+mad|like\s+crazy|like\s+the\s+clappers|ten\s+to\s+the\s+dozen|nineteen\s+to\s+the\s+dozen|like\s+a\s+(?:train|drum|hammer|steam\s+train))(?:\s+(?:fast|quick))?\b`,
    r`\bheart\s+(?:is\s+|keeps\s+|was\s+|has\s+been\s+|started\s+|kept\s+)?(?:racing|pounding|fluttering|skipping\s+beats|beating\s+(?:really\s+|very\s+|so\s+)?(?:fast|hard|irregularly))\b`,
    r`\bpalpitations\b`,
    // The heart felt in other words: "thumping oddly", "hammering", "jumping about", "had been thudding".
    r`\b(?:heart|heartbeat|pulse)\s+(?:\w+\s+){0,2}?(?:thump\w*|thudd\w*|hammer\w*|flutter\w*|jump\w*\s+(?:about|around)|flip[- ]?flop\w*|bang(?:ing|ed)|gallop\w*|miss(?:ing|ed)\s+(?:a\s+)?beats?|all\s+over\s+the\s+place|going\s+(?:funny|haywire|wild))\b`,
  ]),
  // Chest pain is strong on its own: every current chest pain is triaged as an emergency.
  define(
    'chest_pain',
    [
      // Chest pain seen or told by its likeness: clutching the chest, 'like a belt pulled tight'.
      r`\b(?:clutch\w*|grabb\w*|gripp\w*|holding|clasp\w*)\s+(?:at\s+)?(?:his|her|my|their)\s+chest\b|\b(?:like\s+)?(?:a\s+)?(?:belt|band|vice|strap)\s+(?:pulled\s+|tightening\s+|squeezing\s+|being\s+tightened\s+)?(?:tight\s+)?(?:around|round|across)\s+(?:my|his|her|the)\s+chest\b|\bchest\b[^.;]{0,30}\blike\s+a\s+(?:belt|band|vice|strap)\s+(?:pulled\s+)?(?:tight|tightening)\b`,
      r`\bchest\s+(?:(?:is|has|have|been|keeps|kept|started|starts|was|really|so|still|now|just|also|suddenly)\s+){0,3}(?:pains?|pressure|tightness|tightening|discomfort|aches?|aching|heaviness|hurts?|hurting|squeezing|crushing|pounding)\b`,
      r`\bchest\s+(?:is\s+|feels\s+|felt\s+)(?:so\s+|very\s+|really\s+)?(?:hurting|tight|heavy|crushed|crushing|squeezed|like\s+(?:it\s+is|something|someone|an?\s+\w+))`,
      r`\bchest\s+is\s+being\s+(?:crushed|squeezed)\b`,
      r`\bchest\s+is\s+killing\s+(?:me|him|her)\b`,
      r`\b(?:pain|pressure|tightness|heaviness|squeezing|crushing|ache|aching|discomfort|stabbing)\s+(?:feeling\s+|sensation\s+)?(?:in|on|across|around|behind)\s+${POSSESSIVE}\s+(?:\w+\s+)?(?:chest|breastbone|sternum)\b`,
      r`\btight(?:ness)?\s+(?:in\s+${POSSESSIVE}\s+)?chest\b`,
      r`\b(?:heavy|tight|crushing|squeezing|pressing|burning|sharp|stabbing|strange|weird)\s+(?:feeling|sensation|pain|ache|pressure)\s+(?:in|on|across|behind)\s+${POSSESSIVE}\s+chest\b`,
      r`\bchest\s+(?:is|feels)\s+(?:like\s+it\s+is\s+)?(?:on\s+fire|burning)\b`,
      r`\b(?:crushing|squeezing)\b[^.,;]{0,25}\bchest\b`,
      r`\belephant\b[^.;]{0,25}\bon\s+${POSSESSIVE}\s+chest\b`,
      r`\b(?:band|belt|vice|vise|weight|tightening|squeezing|pressing)\b[^.;]{0,25}\b(?:around|across|on)\s+${POSSESSIVE}\s+chest\b`,
      r`\b(?:clutching|grabbing|holding|gripping)\s+(?:at\s+)?(?:my|his|her|their)\s+chest\b`,
      // Lay word order varies: "strong pain in chest like pressing", "pain in the middle of my chest".
      r`\b(?:pain|pains|pressure|tightness|heaviness|squeezing|crushing|ache|aching|discomfort|burning|pressing|paining|weight|heavy)\s+(?:\w+\s+){0,4}?(?:in|on|across|behind|around|at)\s+(?:the\s+)?(?:(?:middle|centre|center|front|left\s+side|top)\s+of\s+)?(?:my\s+|his\s+|her\s+|their\s+|the\s+)?(?:chest|breastbone|sternum)\b|\bchest\s+(?:is\s+)?paining\b`,
      r`\bchest\s+(?:(?!not\b|never\b|without\b|no\b|nor\b)\w+\s+){0,3}?(?:pain|pains|hurts?|hurting|aches?|aching|pressure|tight|heavy)\b`,
    ],
    {
      graded: true,
      persistsWhenResolvedIn: AT_REST,
      persistsWhenTold: CHEST_PAIN_KEPT_BY_ITS_COURSE,
      // Chest-wall and gullet pain: the MTS and NHS 111 tell them apart by what brings the pain on;
      // none of that holds beside a cardiac feature in the same sentence (spreading, sweating, grey) or pain
      // that came at rest (NICE CG95). Told of someone else ("when he presses on it") it holds only with no
      // other cardiac feature at all (heavy, central, tight, faint, sick, breathless, lasting, a stent): pain
      // reproduced by pressure does not exclude an ACS (review V8, 07:39).
      ordinaryWhen: new RegExp(`${CHEST_WALL.source}|${CHEST_PAIN_ORDINARY.source}`),
      // Tightness of the airways eased by the reliever (airway-chest-tightness.ts), or a chest infection's pain on
      // coughing or breathing in (chest-pain-of-a-chest-infection.ts), unless the message tells more.
      ordinaryUnlessElsewhere: CHEST_PAIN_GUARD,
    },
  ),
  // Pain "going down my arm", "into my jaw": radiation is a cardiac discriminator whichever side (MTS).
  define('pain_radiation', [
    r`\b(?:pain|ache|pressure|tightness|heaviness|crushing|squeezing|it)\b[^.;]{0,40}\b(?:spreading|radiating|going|moving|shooting|travell?ing|spreads|radiates|goes|shoots|went|spread)\s+(?:down|to|into|up|through|along|across)\s+(?:${POSSESSIVE}\s+|both\s+)?(?:left\s+|right\s+)?(?:arms?|jaw|neck|shoulders?|back)\b`,
  ]),
  // Pain that comes on at rest: unstable angina (NICE CG95 sends recent chest pain at rest as an emergency).
  define(
    'pain_at_rest',
    [
      r`\b(?:came|comes|coming|started|starts|began|begun|happened|happens|woke\s+(?:me|him|her))\s+(?:on\s+|up\s+)?(?:while|when|whilst|as)\s+(?:i|he|she|they)\s+(?:was\s+|were\s+|am\s+|is\s+|are\s+)?(?:just\s+)?(?:sitting|resting|lying|asleep|sleeping|watching|reading|in\s+bed|doing\s+nothing)\b`,
      r`\b(?:came|comes|coming|started|starts|began|happened|happens)\s+(?:on\s+)?(?:at\s+rest|while\s+resting|in\s+(?:my|his|her)\s+sleep)\b`,
      r`\b(?:pain|pressure|tightness|heaviness|discomfort)\s+(?:\w+\s+){0,3}?(?:at\s+rest|while\s+resting)\b`,
    ],
    { graded: true, persistsWhenResolved: true },
  ),
  define('same_as_before', [
    r`\bsame\s+(?:\w+\s+)?(?:pain|feeling|thing|symptoms?|as)\s+(?:as\s+)?(?:last\s+time|before|when\s+(?:i|he|she|they)\s+had)\b|\blike\s+(?:last\s+time|(?:my|his|her)\s+(?:last|previous)\s+(?:heart\s+attack|stroke))\b`,
    r`\bexact(?:ly)?\s+(?:the\s+)?same\s+(?:\w+\s+)?(?:pain|feeling|thing|symptoms?)\s+as\s+(?:back\s+then|before|last\s+time|when)\b`,
    r`\b(?:had|felt|got|was\s+like)\s+(?:this|that|the\s+same)\s+(?:\w+\s+){0,2}?(?:just\s+)?(?:before|when|with)\s+(?:(?:my|his|her|their|the)\s+)?(?:last\s+|first\s+)?(?:heart\s+attack|stroke|mi)\b`,
  ]),
  define('gtn_not_working', [
    r`\b(?:gtn|nitro\w*|spray|angina\s+spray)\b[^.;]{0,40}\b(?:not\s+(?:working|helping|touching)|no\s+(?:better|help|effect|difference)|did\s+nothing|not\s+doing\s+anything)\b`,
    // A note's words for it (NICE CG95: pain unrelieved by GTN): "GTN x3 no relief", "unrelieved by nitrates".
    r`\b(?:gtn|glyceryl\s+trinitrate|nitrates?|nitroglycerin\w*|nitro\s+spray)\b[^.;]{0,30}\b(?:no\s+relief|not\s+relieved|without\s+(?:any\s+)?relief|ineffective|(?:nil|no)\s+(?:effect|response|improvement))\b|\b(?:unrelieved|not\s+relieved|no\s+relief)\s+(?:by|with|from|after)\s+(?:\w+\s+){0,2}?(?:gtn|nitrates?|nitro\w*|glyceryl\s+trinitrate|(?:his|her|my|the)\s+spray)\b`,
  ]),
  define(
    'gtn_used',
    [r`\b(?:gtn|glyceryl\s+trinitrate|nitro\w*|angina\s+spray|sprays?\s+(?:of\s+)?(?:his|her|my)\s+(?:gtn|spray))\b`],
    {
      timeless: true,
    },
  ),
  // "No change in pattern" is what a stable angina is (NICE CG126), not a pain the spray left unchanged.
  define('not_relieved', [
    r`\b(?:it\s+is|still|is|was|has\s+been|has|have|had)\s+not\s+(?:touching|touched|helping|helped|working(?!\s+(?:hard|harder|too\s+hard)\b)|worked|shifting|shifted|easing|eased|doing\s+anything)\b|\b(?:no\s+(?:better|difference|change(?!\s+in\s+(?:(?:the|his|her|my|its|their)\s+)?(?:usual\s+)?(?:pattern|frequency|how\s+often|character|triggers?)\b))|did\s+nothing|made\s+no\s+difference)\b`,
  ]),
  define('left_arm_radiation', [
    r`\b(?:pain|ache|pressure|tightness)\b[^.;]{0,40}\b(?:spreading|radiating|going|moving|shooting|travell?ing|spreads|radiates|goes|shoots)\s+(?:down|to|into|up|through|along)\s+${POSSESSIVE}\s+left\s+(?:arm|shoulder)\b`,
  ]),
  // Known coronary disease: stents, bypass, angina or a past heart attack (NICE CG95 risk context).
  define(
    'cardiac_history',
    [
      r`\b(?:stents?|stented|bypass|cabg|angioplasty|angina|heart\s+disease|heart\s+problems?|bad\s+heart|previous\s+(?:mi|heart\s+attack)|(?:had|has\s+had|have\s+had)\s+(?:a\s+|two\s+|\d+\s+)?heart\s+attacks?)\b`,
    ],
    { timeless: true },
  ),
  // Cardiac pain felt only in the jaw, neck, shoulders or arms - the atypical presentation of
  // women, older and diabetic patients (NICE CG95): alarming beside sweating, nausea or breathlessness.
  define(
    'referred_cardiac_pain',
    [
      r`\b(?:jaw|both\s+arms|arms|left\s+arm|shoulders?|neck\s+and\s+(?:jaw|arms?))\b(?:\s+and\s+(?:\w+\s+){0,2}?(?:arms?|jaw|shoulders?|neck))?\s+(?:(?:is|are|has|have|been|keep|keeps|really|also|now|both|started|to)\s+){0,3}(?:aches?|aching|hurts?|hurting|pain|painful|heavy|sore|tingl\w*)\b`,
      r`\b(?:pain|ache|aching|heaviness|tightness)\s+in\s+(?:my|his|her|their|the)\s+(?:jaw|arms|neck\s+and\s+jaw|jaw\s+and\s+(?:\w+\s+)?arms?)\b`,
      // Seen by someone else: the hand keeps going to the arm, shoulder or jaw.
      r`\b(?:rubbing|clutching|holding|gripping|massaging)\s+(?:at\s+)?(?:my|his|her|their)\s+(?:left\s+)?(?:arm|shoulder|jaw)\b`,
      // Women, older and diabetic patients feel it between the shoulder blades (NICE CG95).
      r`\b(?:pain|ache|aching|heaviness|tightness|pressure|discomfort)\s+(?:\w+\s+){0,2}?(?:in|between|across)\s+(?:my|his|her|their|the)\s+(?:upper\s+back|shoulder\s+blades)\b`,
    ],
    {
      graded: true,
      ordinaryWhen:
        /\b(?:gym|workout|lifting|weights|vaccin\w*|jab|injection|dentist|tooth|teeth|wisdom|grinding|clench\w*|typing|computer|painting|decorating)\b/,
    },
  ),
  define('nausea', [
    r`\b(?:feels?|feeling|felt)\s+(?:really\s+|very\s+|so\s+)?(?:sick|nauseous|queasy)\b|\bnause(?:a|ated|ous)\b`,
  ]),
  define('heart_attack_now', episodeNow(r`heart\s+attack|cardiac\s+arrest|myocardial\s+infarction`), {
    ordinaryWhen: FEARED_EPISODE,
  }),
  define(
    'no_pulse',
    [
      r`\bno\s+(?:pulse|heartbeat|heart\s+beat)\b`,
      r`\b${CANNOT}\s+(?:find|feel)\s+(?:a|his|her|their|the\s+baby's|any)?\s*(?:pulse|heartbeat)\b`,
      r`\b(?:does|did)\s+not\s+have\s+a\s+(?:pulse|heartbeat)\b`,
      r`\b(?:his|her|their|(?:my|our)\s+(?:[\w-]+\s+){0,2}?${PERSON}'s)\s+heart\s+(?:has\s+|just\s+)?stopped\b`,
    ],
    { ordinaryWhen: /\b(?:ultrasound|scan|fetal|foetal|sonogram)\b/ },
  ),
];

/** Breathing on exertion or as a long-standing pattern is ordinary; at rest it is not. */
const ON_EXERTION =
  /\b(?:when|after|while|during|if|whenever)\s+(?:i\s+|he\s+|she\s+|they\s+)?(?:climb|climbing|walk|walking|run|running|exercise|exercising|jog|jogging|work(?:ing)?\s+out|go(?:ing)?\s+up|hik(?:e|ing)|play(?:ing)?|swim(?:ming)?|do(?:ing)?\s+(?:sports?|cardio))\b|\b(?:gets?|getting)\s+(?:a\s+(?:bit|little)\s+|easily\s+|quite\s+)?(?:short|out)\s+of\s+breath\b|\b(?:up|on)\s+the\s+stairs\b|\bflights?\s+of\s+stairs\b|\banxious\b|\banxiety\b|\bpanic\s+attack|\bafter\s+(?:a|my|the|his|her)\s+(?:\w+\s+){0,4}?(?:run|workout|walk|game|race|match|session|class|swim|hike|5k|10k|marathon|parkrun|sprints?|laps?|drills?|training|erg(?:\s+test)?|circuits?|climbs?|spin|hiit|bootcamp|rally)\b|\b(?:breathless(?:ness)?|out\s+of\s+breath|short(?:ness)?\s+of\s+breath)\s+(?:than\s+(?:normal|usual)\s+)?(?:when\s+|while\s+|on\s+)?(?:walking|climbing|going\s+up|running|exercising|exertion|carrying|hurrying|(?:the\s+)?hills?)\b(?!\s+(?:to|across|into|round|around)\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+)?(?:bathroom|toilet|loo|kitchen|next\s+room|room|living\s+room|lounge|landing|hall|hallway|door|front\s+door|bedroom|bed|sofa|chair|kettle))|\bfrom\s+laugh/;

const BREATHING = [
  define(
    'cannot_breathe',
    [
      // Airway and breathing in plain words: breathing through a straw, too tired to breathe, a wheeze going quiet (BTS/SIGN life-threatening).
      r`\bbreathing\s+(?:\w+\s+){0,2}?(?:sounds?|is|was)\s+(?:like\s+)?(?:gurgl\w+|rattl\w+)\b|\b(?:gurgling|rattly|rattling)\s+(?:breathing|breaths|snore|snoring)\b|\bbreathing\s+through\s+a\s+(?:straw|pillow|tiny\s+hole)\b|\b(?:hard|harder|difficult|struggling|a\s+struggle)\s+to\s+(?:pull|draw|get|suck|drag)\s+(?:the\s+)?(?:air|breath)\s+in\b|\b(?:so\s+)?(?:tired|exhausted|worn\s+out)\s+(?:from|of)\s+breathing\b|\b(?:wheez\w*|breathing|chest)\b[^.;]{0,40}\b(?:getting|gone|going)\s+quieter\b`,
      r`\b(?:${CANNOT}|struggling\s+to|struggles\s+to|fighting\s+to|hard\s+to|difficult\s+to|can\s+barely|could\s+barely|can\s+hardly|barely\s+able\s+to)\s+(?:\w+\s+)?(?:breathe|breath|get\s+(?:any\s+|enough\s+|my\s+|his\s+|her\s+)?(?:air|breath|oxygen)|catch\s+(?:my|his|her|their|a)\s+breath)\b`,
      r`\b(?:struggling|struggle|hard\s+time|labou?red|laboring|labouring)\s+(?:with\s+)?breathing\b`,
      r`\b(?:gasping|fighting|struggling|labou?ring)\s+for\s+(?:air|breath)\b`,
      r`\b(?:ribs|chest|tummy|skin\s+between\s+(?:the\s+|his\s+|her\s+)?ribs)\s+(?:is\s+|are\s+|keeps\s+)?(?:sucking|pulling|caving)\s+in\b`,
      // Recession and tracheal tug as a parent sees them: "a dip at the bottom of his throat and under his ribs".
      r`\b(?:dip|dips|dipping|dent|hollow|sucking\s+in|pulling\s+in|sinking\s+in|sinks\s+in)\s+(?:\w+\s+){0,4}?(?:under|between|below|above|at\s+the\s+(?:bottom|base)\s+of|in)\s+(?:his|her|the|their|my)\s+(?:ribs|throat|neck|collarbones?|breastbone)\b|\btracheal\s+tug\b`,
      r`\b(?:cannot|unable\s+to|could\s+not)\s+(?:talk|speak|finish|say)\s+(?:in\s+)?(?:full|whole|a\s+full|a\s+whole)?\s*sentences?\b`,
      r`\bwheezing\s+(?:really\s+|very\s+|so\s+)?(?:badly|severely|a\s+lot)\b`,
      r`\bgasping\b`,
      r`\b(?:i\s+am|he\s+is|she\s+is|they\s+are|(?:feel|feels|feeling)\s+like\s+(?:i\s+am|he\s+is|she\s+is|i\s+will|i\s+am\s+going\s+to))\s+(?:\w+\s+)?suffocat(?:ing|e)\b`,
      r`\bbreathing\s+(?:is\s+)?(?:very\s+|really\s+|so\s+)?(?:labou?red|shallow\s+and\s+fast|fast\s+and\s+shallow|noisy\s+and|rasping)\b`,
      r`\b(?:collapsed\s+lung|lung\s+(?:has\s+)?collapsed|pneumothorax)\b`,
      r`\b(?:cannot|could\s+not)\s+(?:seem\s+to\s+|really\s+)?(?:get|catch|take)\s+(?:a\s+|enough\s+|any\s+|my\s+|his\s+|her\s+|a\s+deep\s+|a\s+full\s+)?(?:air|breath|oxygen)\b`,
      r`\b(?:can\s+only|only\s+able\s+to|can\s+only\s+manage\s+to|only)\s+(?:say|speak|get\s+out|manage)\s+(?:a\s+few|a\s+couple\s+of|one\s+or\s+two|two\s+or\s+three|single|two|three|one|a)\s+words?\b|\b(?:has|have|had|having)\s+to\s+stop\s+(?:for|to\s+(?:catch|get)|and\s+(?:catch|get))\s+(?:\w+\s+)?(?:air|breath)\b|\b(?:stopping|pausing|stops|pauses)\s+(?:for|to\s+(?:catch|get))\s+(?:\w+\s+)?(?:air|breath)\s+(?:between|after|every)\b|\bspeaking\s+in\s+(?:single\s+|short\s+)?(?:words|phrases)\b|\b(?:can|could)\s+only\s+(?:get|manage|say)\s+(?:a\s+few|a\s+couple\s+of|one\s+or\s+two|two\s+or\s+three|one|two|three|four|\d)\s+words\s+(?:out\b)?|\btoo\s+breathless\s+to\s+(?:talk|speak|walk)\b`,
      r`\b(?:breathing|breaths)\s+(?:is\s+|are\s+|sounds?\s+|looks?\s+)?(?:very\s+|really\s+|so\s+)?(?:weird|funny|strange|odd|wrong|irregular|slow\s+and\s+(?:shallow|noisy)|really\s+slow|very\s+slow|shallow)\b`,
      r`\b(?:using\s+accessory\s+muscles|accessory\s+muscle\s+use|tripod\w*)\b`,
      // Life-threatening asthma (BTS/SIGN): no air moving, or too breathless to finish words.
      r`\bsilent\s+chest\b|\b(?:chest|lungs?)\s+(?:has\s+|have\s+)?(?:gone|went|is|are|sounds?)\s+(?:really\s+|very\s+|so\s+)?(?:silent|quiet)\b|\b(?:no|barely\s+any|hardly\s+any)\s+air\s+(?:moving|entry|going\s+in)\b`,
      r`\b(?:cannot|unable\s+to|could\s+not|not\s+able\s+to)\s+(?:complete|finish)\s+(?:full\s+|whole\s+)?(?:words|sentences|a\s+sentence)\b`,
      // Speech broken by breath, told any way round (BTS/SIGN: cannot complete sentences in one breath): "having
      // to stop halfway through sentences to get a breath", "stop to breathe after every three or four words",
      // "cannot manage to finish a sentence without stopping for air".
      r`\b(?:stop|stops|stopping|stopped|pause|pauses|pausing|paused)\s+(?:(?:halfway|half\s+way|part\s+way|mid[- ]?way)\s+(?:through|into)\s+(?:a\s+|my\s+|his\s+|her\s+|their\s+|the\s+)?(?:sentences?|words?)|mid[- ]?(?:sentence|word)|in\s+the\s+middle\s+of\s+(?:a\s+|my\s+|his\s+|her\s+|their\s+)?(?:sentences?|words?))\s+(?:to|for)\s+(?:(?:catch|get|take|grab)\s+(?:a\s+|my\s+|his\s+|her\s+|their\s+)?)?(?:breath|breathe|air)\b`,
      r`\b(?:stop|stops|stopping|pause|pauses|pausing)\s+(?:to\s+breathe|for\s+(?:air|breath)|to\s+(?:catch|get|take)\s+(?:a\s+|my\s+|his\s+|her\s+|their\s+)?breath)\s+(?:after|between)\s+(?:every\s+|each\s+)?(?:[\w-]+\s+){0,4}?words?\b`,
      r`\b(?:cannot|unable\s+to|could\s+not|not\s+able\s+to)\s+(?:manage\s+to\s+|seem\s+to\s+)?(?:complete|finish|get\s+through|get\s+to\s+the\s+end\s+of)\s+(?:a\s+|one\s+|full\s+|whole\s+|his\s+|her\s+|my\s+)?(?:words|sentences?)\s+without\s+(?:stopping|pausing|gasping|a\s+breath)\b`,
      r`\bbreathing\s+(?:is\s+)?(?:getting|becoming|gone|going)\s+(?:worse|harder|more\s+(?:difficult|laboured|laboured)|really\s+bad)\b`,
    ],
    {
      // Newborn periodic breathing (Schmitt-Thompson: pauses under 10 s that catch up, pink, feeding well) is normal.
      ordinaryWhen:
        /\b(?:during|in|with)\s+(?:a\s+|one\s+of\s+)?(?:my|his|her|their)\s+(?:usual\s+|typical\s+|regular\s+)?(?:panic|anxiety)\s+attacks?\b|\b(?:panic|anxiety)\b[^.]*\b(?:usual|typical|regular)\s+attacks?\b|\bthrough\s+(?:my|his|her|the|their)\s+nose\b|\bstuffy\b|\bblocked\s+nose\b|\bcongest|\bsnuffl\w*|\bsnotty\b|\b(?:catch(?:es|ing)?\s+up|pauses?)\b[^.]*\b(?:pink|(?:colou?r|she|he)\s+(?:is\s+|looks\s+)?(?:good|normal|fine|pink)|good\s+colou?r)\b|\bperiodic\s+breathing\b|\b(?:fast|quick)\s+then\s+(?:slow|slower)\b|\b(?:asleep|sleeping|in\s+(?:his|her|their)\s+sleep)\b[^.]*\b(?:pink|feeding\s+(?:fine|well|normally)|feeds?\s+(?:well|fine))\b/,
      // Air hunger told as what anxiety does to the writer (air-hunger-when-anxious.ts), unless the message tells more.
      ordinaryUnlessElsewhere: AIR_HUNGER_WHEN_ANXIOUS_GUARD,
    },
  ),
  // "Difficulty breathing", "trouble breathing", "breathing problems": the plain name of a breathlessness, and the English
  // most other languages' lexicons read their everyday word for it into ("dificultad para respirar", "Atemnot", "nefes
  // darlığı", "تنگی نفس", "khó thở"). Told alone it is an emergency as "can't breathe" is; told as long-standing or
  // recurring ("a little difficulty breathing on the stairs for years"), it is the breathlessness NHS 111 sends to the
  // GP, as "short of breath" told so already is. Only its course grades it, not "a little" (a baby with "a bit of
  // trouble breathing" is read as told) and not exertion alone: a new breathlessness on walking after a long flight
  // or an operation is a pulmonary embolism's (review V23, 05:08).
  define('breathing_trouble', [r`\b(?:trouble|difficulty|difficulties|problems?)\s+(?:with\s+)?breathing\b`], {
    // Through a blocked nose it is a cold's, as it was where cannot_breathe read it (review V23, 05:08).
    ordinaryWhen:
      /\bthrough\s+(?:my|his|her|the|their)\s+nose\b|\bstuffy\b|\bblocked\s+(?:nose|sinuses)\b|\bcongest|\bsnuffl\w*|\bsnotty\b/,
    graded: 'course',
  }),
  // Work of breathing in lay words (BTS/SIGN, MTS): "breathing is so hard", "using my shoulders to
  // breathe". On exertion or told as mild it is ordinary, as breathlessness is.
  define(
    'breathing_effort',
    [
      r`\bbreathing\s+(?:is\s+|feels\s+|has\s+been\s+|got\s+)?(?:so|really|very|too|incredibly|super)\s+(?:hard|difficult|heavy|much\s+effort)\b|\bbreathing\s+(?:is\s+|feels\s+)?(?:an?\s+)?(?:real\s+|huge\s+)?(?:effort|struggle)\b`,
      r`\bbreath\w*\b[^.;]{0,40}\busing\s+(?:my|his|her|their)\s+(?:shoulders|neck|neck\s+muscles|tummy\s+muscles|stomach\s+muscles)\b|\busing\s+(?:my|his|her|their)\s+(?:shoulders|neck|neck\s+muscles|tummy\s+muscles|stomach\s+muscles)\s+to\s+breathe\b`,
    ],
    { ordinaryWhen: ON_EXERTION, graded: true },
  ),
  // Unable to speak at all: with wheeze or pallor, life-threatening asthma (BTS/SIGN).
  define('cannot_speak', [
    r`\b(?:cannot|could\s+not|unable\s+to)\s+(?:speak|talk|say\s+anything|get\s+(?:any\s+|a\s+|the\s+)?words?\s+out)\b`,
  ]),
  define(
    'short_of_breath',
    [r`\bshort(?:ness)?\s+of\s+breath\b`, r`\bbreathless(?:ness)?\b`, r`\bout\s+of\s+breath\b`, r`\bwinded\b`],
    // Not graded away as mild in the weeks after a clot's risk (NICE NG158: see clot-risk-told-recently.ts).
    { ordinaryWhen: ON_EXERTION, graded: true, persistsWhenTold: CLOT_RISK_TOLD_RECENTLY },
  ),
  // Breathlessness told at rest, read whatever effort the same sentence also tells ("breathless at rest now, worse than
  // when I climb stairs"): the exertion that makes `short_of_breath` ordinary is another time than this one.
  define('breathless_at_rest', [
    // Breathlessness told as not settling, or still there an hour on (NHS 111 breathing problems: breathlessness that
    // does not settle with rest is no effort's breathlessness, whatever brought it on); not where the sentence tells it
    // over weeks or months, since an illness or a treatment (review V38, 03:32: "not improved since the new inhaler
    // last month", "for hours after running since I had covid in the spring": the GP's).
    r`\b(?:breathless(?:ness)?|short(?:ness)?\s+of\s+breath|out\s+of\s+breath|(?:catch|get)\s+(?:my|his|her|their)\s+breath)\b[^.;]{0,60}?\b(?:(?:has|have|had|is|was|it\s+is)\s+(?:still\s+)?not|will\s+not|(?:still\s+)?not)\s+(?:yet\s+)?(?:settl\w*|eas\w*|gone\s+(?:away|down|off)|go(?:ne)?\s+away|pass\w*|calm\w*\s+down|got\s+better|get(?:ting)?\s+better)\b${NOT_TOLD_LONG_STANDING}`,
    r`\bstill\s+(?:so\s+|really\s+|very\s+|quite\s+)?(?:breathless|short\s+of\s+breath|out\s+of\s+breath|puffed|gasping|panting|cannot\s+(?:catch|get)\s+(?:my|his|her|their)\s+breath)\b[^.;]{0,40}?\b(?:(?:an|one|two|three|\d+|over\s+an|more\s+than\s+an|nearly\s+an|almost\s+an)\s+hours?|hours)\b${NOT_TOLD_LONG_STANDING}`,
    r`\b(?:breathless(?:ness)?|short(?:ness)?\s+of\s+breath|out\s+of\s+breath)\s+(?:(?:even|now|all\s+the\s+time)\s+)?(?:at\s+rest|(?:when|while)\s+(?:resting|sitting\s+(?:still|down)|lying\s+(?:down|flat))|sitting\s+(?:still|down|in\s+(?:my|his|her|a|the)\s+chair)|lying\s+(?:down|flat|in\s+bed)|doing\s+nothing)\b`,
  ]),
  define(
    'not_breathing',
    [
      // A rate or a manner told absent is no apnoea: "she is not breathing fast", "not breathing hard" (NICE NG143
      // asks for the rate as a pertinent negative); not breathing properly or normally stays.
      r`\b(?:stopped|stop|stops|not|no\s+longer|barely|is\s+not)\s+breathing\b(?!\s+(?:too\s+|very\s+|so\s+|really\s+|any\s+)?(?:fast|faster|quickly|quicker|rapidly|quick|heavily|hard|noisily|loudly|through\s+(?:\w+\s+)?(?:nose|mouth))\b)`,
      r`\b(?:not\s+sure|do\s+not\s+think|cannot\s+tell\s+if)\s+(?:\w+\s+){0,3}(?:is|are)\s+(?:still\s+)?breathing\b`,
      // A newborn who has not begun to breathe (Resuscitation Council UK newborn life support).
      r`\b(?:has|have|had|is|was)\s+not\s+(?:yet\s+)?(?:started|starting|begun|begin|begins)\s+(?:to\s+)?breath(?:e|ing)\b`,
    ],
    // A newborn's pause of a few seconds that picks up again with good colour is periodic breathing
    // (Schmitt-Thompson: under 10 seconds, pink, feeding well); 20 seconds, or a colour change, is not.
    {
      ordinaryWhen: new RegExp(
        [
          String.raw`\bsleep\s+apn(?:o|oe)a\b|\bsnor(?:e|es|ing)\b|\bperiodic\s+breathing\b`,
          String.raw`^(?![^.]*\b(?:blue|grey|gray|purple|dusky|floppy|limp|pale|white|gasp\w*)\b)[^.]*(?:\b(?:for\s+)?(?:a\s+(?:few|couple\s+of)|[1-9]|one|two|three|four|five|six|seven|eight|nine)\s+(?:seconds?|secs?)\b|\bpink\b[^.]*\b(?:carr(?:y|ies)\s+on|starts?\s+again|picks?\s+up)\b|\b(?:carr(?:y|ies)\s+on|starts?\s+again|picks?\s+up)\b[^.]*\bpink\b)`,
        ].join('|'),
      ),
    },
  ),
  // Choking told now; told as an episode that began ("started choking", "choking on"), see choking-episode-signals.ts.
  define('choking', [
    r`\b(?:is|am|are|keeps|keep)\s+choking\b(?!\s+up)`,
    r`\b(?:something|food|a\s+\w+)\s+(?:is\s+)?stuck\s+in\s+(?:my|his|her|their|the\s+baby's)\s+(?:throat|windpipe|airway)\b`,
  ]),
  define(
    'turning_blue',
    [
      r`\b(?:lips|face|skin|fingers|fingertips|fingernails|mouth)\b${GAP_WITHOUT_NEGATION(25)}\b(?:is|are|turned|turns|turning|going|goes|go|gone|went|look|looks|looking|gets|getting)\s+(?:a\s+bit\s+|a\s+little\s+|very\s+)?(?:blue|purple|gr[ae]y|bluish|dusky)\b`,
      r`\b(?:he|she|they|${PERSON})\b${GAP_WITHOUT_NEGATION(25)}\b(?:is|are|turned|turns|turning|going|goes|go|gone|went|look|looks|looking|become|becomes|became|got|gets|getting)\s+(?:a\s+bit\s+|a\s+little\s+|very\s+|all\s+)?(?:blue|purple|bluish|dusky)\b`,
      // A person "going grey" is about hair; one who looks or has turned grey is about colour.
      r`\b(?:he|she|they|${PERSON})\b${GAP_WITHOUT_NEGATION(25)}\b(?:turned|turning|look|looks|looking)\s+(?:a\s+bit\s+|a\s+little\s+|very\s+)?gr[ae]y\b`,
      r`\b(?:blue|purple|bluish|gr[ae]y)\s+(?:lips|face|skin|fingertips)\b`,
      r`\b(?:blueness|blue\s+tinge|bluish\s+tinge|dusky\s+colou?r)\s+(?:around|round|of|to|in)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:lips|mouth|face|fingers|fingertips|tongue)\b`,
    ],
    {
      persistsWhenResolvedIn: BABY_UNDER_ONE,
      // Blue hands and feet with a pink centre is acrocyanosis (see acrocyanosis.ts); a central part told
      // blue stays cyanosis however pink the rest.
      ordinaryWhen: new RegExp(`${ACROCYANOSIS.source}|${BLUE_ORDINARY_CONTEXT.source}`),
      ordinaryUnlessElsewhere: BLUE_EXPLAINED_GUARD,
    },
  ),
  define('asthma_attack_now', [
    ...episodeNow(r`asthma\s+attack`),
    // A preventer run out is a prescription to renew (BTS/SIGN asthma: the reliever, not the preventer, treats an
    // attack); a reliever failing or run out stays an attack's sign.
    r`(?<!\b(?:brown|purple|orange|preventer|preventative|steroid)\s)\b(?:inhaler|nebuli[sz]er|puffer|ventolin|salbutamol|blue\s+one)\b[^.;]{0,70}\b(?:not\s+(?:working|helping|doing\s+anything|touching\s+it)|no\s+(?:better|help|difference|effect)|did\s+nothing|is\s+not\s+helping|(?:is\s+|has\s+)?(?:empty|run\s+out|ran\s+out|finished))\b`,
    r`\b(?:\d+|ten|twenty|loads\s+of|lots\s+of)\s+puffs\b[^.;]{0,40}\b(?:no\s+better|not\s+(?:helping|working|better)|still)\b`,
    r`\basthma\s+attack\b`,
  ]),
];

export const CARDIORESPIRATORY_SIGNALS: readonly SignalDefinition[] = [
  ...CARDIAC,
  ...ANGINA_AFTER_THE_SPRAY_SIGNALS,
  ...BREATHING,
];
