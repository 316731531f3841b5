import { notToldUnlessAbsent } from './unless-told-absent.js';
import { AIRWAY_CHEST_TIGHTNESS, AIRWAY_CHEST_TIGHTNESS_GUARD } from './airway-chest-tightness.js';

/**
 * A chest pain a chest infection explains: brought on by the cough or by a breath in (pleuritic), in a sentence that
 * tells the cough, the cold, the flu or the infection itself. NICE CG95 reads pain on breathing in or on coughing as
 * non-cardiac, and NICE NG138 / NHS 111 send the chest infection it comes with to the GP the same day. It is never
 * read so beside a cardiac character or companion (heavy, crushing, pressure, spreading, arm, jaw, sweating, clammy,
 * grey, faint, at rest), nor beside what makes a pleuritic pain a pulmonary embolism's or a pneumothorax's (NICE
 * NG158: breathlessness, blood coughed up, a swollen calf or leg, a long flight, an operation or the birth of a baby,
 * a sudden onset): those stay chest pain, unless told as absent ("not breathless, no blood").
 */

/** The pain told as brought on by the cough or a breath: "when I breathe in", "when he breathes in", "on coughing". */
const BROUGHT_ON_BY_A_COUGH_OR_A_BREATH = String.raw`(?=.*(?:\b(?:when|if|whenever|as)\s+(?:i|he|she|they|you)\s+(?:(?:really|try\s+to)\s+)?(?:cough\w*|sneez\w*|breath(?:e|es)?\s+in|takes?\s+(?:a\s+)?(?:deep|big|full)\s+breaths?|breathes?\s+(?:deeply|deep|in\s+deeply|in\s+deep)|inhales?)|\b(?:on|with)\s+(?:coughing|sneezing|deep\s+(?:breathing|breaths?|inspiration)|breathing\s+in|inspiration|taking\s+a\s+deep\s+breath)\b|\bpleuritic\b|\b(?:after|from|because\s+of)\s+(?:all\s+)?(?:the\s+|this\s+|that\s+|my\s+|his\s+|her\s+|so\s+much\s+)?(?:coughing|cough)(?:\s+(?:all\s+night|so\s+much|a\s+lot))?\b|\bworse\s+(?:on|with|when)\s+(?:(?:i|he|she)\s+)?(?:cough\w*|deep\s+breath\w*|breath\w*\s+in)\b))`;

/** The infection told in the sentence: the cough itself, a cold, flu, a chest infection, phlegm, a temperature. */
const INFECTION_TOLD = String.raw`(?=.*\b(?:cough\w*|cold|flu|chest\s+infection|bronchitis|pneumonia|phlegm|sputum|temperature|fever\w*|febrile|virus|viral|covid|antibiotics?|amoxicillin|doxycycline)\b)`;

/**
 * What the pain must not be told with: a cardiac feature, or a clot's or a collapsed lung's. An observation told (a
 * pulse, a breathing rate, a saturation, a blood pressure) leaves the pain to the write-up reading, which weighs each
 * against its band (vignette-chest-pain.ts): a pleuritic pain with a pulse of 108 is a pulmonary embolism's until shown
 * otherwise (NICE NG158).
 */
const CARDIAC_OR_BREATHLESS = String.raw`hr|heart\s+rate|pulse|rr|resp\w*\s+rate|spo2|sats?|saturations?|oxygen|o2|bp|blood\s+pressure|heavy|heaviness|crushing|crushed|squeez\w*|pressure|elephant|vice|spread\w*|radiat\w*|arms?|jaw|neck|sweat\w*|clammy|gr[ae]y|faint\w*|pass(?:ed|ing)?\s+out|collaps\w*|at\s+rest|breathless\w*|short\s+of\s+breath|out\s+of\s+breath|struggl\w*|blood|bloody|sudden\w*|worst`;

/**
 * The risks of a clot NICE NG158 weighs (Wells, PERC) and RCOG GTG37a adds for the weeks after a birth, told the ways
 * people tell them: a baby born or expected ("had my baby", "just had a baby", "gave birth", "delivered", "c-section",
 * "baby is 2 weeks old", "pregnant"), an operation or a stay in bed, a journey sat still (a flight, a long drive, a
 * coach), a leg in plaster, a hormone (the pill, HRT), a cancer, a clot before, a swollen calf or leg.
 */
const RISK_OF_A_CLOT = String.raw`calf|calves|legs?|flights?|flew|flying|flown|plane|long[-\s]haul|operation|surgery|op|post[-\s]?op\w*|c[-\s]?section|caesarean|cesarean|gave\s+birth|giving\s+birth|birth|postpartum|post[-\s]?natal|delivered|delivery|labou?r|had\s+(?:my|our|the|a|her|his|their)\s+(?:baby|son|daughter|twins)|(?:new\s*born|newborn)|baby\s+(?:is|was)\s+(?:\w+\s+)?(?:days?|weeks?|months?)\s+old|pregnan\w*|miscarr\w*|(?:the|contraceptive|combined)\s+pill|hrt|hormone\w*|long\s+(?:car|coach|bus|train|drive|journey|trip|ride)\w*|plaster|cast|immobil\w*|bed\s*ridden|bed\s*bound|bed\s+rest|cancer|chemo\w*|clots?|dvt|embolism|thrombo\w*`;

const RED_FLAG = String.raw`\b(?:${CARDIAC_OR_BREATHLESS}|${RISK_OF_A_CLOT})\b`;

/** The pain of a chest infection, read on the pain's own sentence. */
export const CHEST_PAIN_OF_A_CHEST_INFECTION = new RegExp(
  `^${notToldUnlessAbsent(RED_FLAG)}${BROUGHT_ON_BY_A_COUGH_OR_A_BREATH}${INFECTION_TOLD}`,
);

/**
 * The chest pain signal's reading told with what the message's other sentences may take back: a tightness the reliever
 * eases (airway-chest-tightness.ts) or a chest infection's pain. Either stands down where a red flag of either is told
 * unnegated in another sentence, or where the message holds another finding than the airway's or the infection's own.
 */
export const CHEST_PAIN_GUARD = {
  when: new RegExp(`${AIRWAY_CHEST_TIGHTNESS.source}|${CHEST_PAIN_OF_A_CHEST_INFECTION.source}`),
  unless: new RegExp(`${AIRWAY_CHEST_TIGHTNESS_GUARD.unless.source}|${RED_FLAG}`),
  // A temperature of 38 is the infection's own; "right-sided" is the side of the chest a note names, which the
  // one-sided pelvic pain reads wherever a pain is sided, and the "deep" of a deep breath is no wound's. "A pain in my
  // chest" and "a sore chest" are the same pain told in the words the vague-discomfort and sore-chest signals read too,
  // which count only beside a cardiac companion (itself another finding, which stands the guard down).
  alongside: [
    ...AIRWAY_CHEST_TIGHTNESS_GUARD.alongside,
    'temperature_38',
    'one_sided_pelvic_pain',
    'wound_needs_care',
    'chest_discomfort_vague',
    'chest_sore',
  ],
} as const;
