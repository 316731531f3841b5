/**
 * A faint told as an uncomplicated one: "I fainted at my blood test, felt hot and sweaty and my sight went grey, and
 * came round straight away", "she fainted in assembly after standing for ages in a hot hall, went pale and clammy
 * first, and was back to herself in a few minutes".
 *
 * Why it is not an emergency: NICE CG109 (1.1.2.2) diagnoses an uncomplicated (vasovagal) faint at the first assessment
 * from its three Ps - a posture (long standing), a provoking factor (heat, pain, a needle, the sight of blood, a
 * crowded room, a missed meal) and a prodrome (feeling hot, sweating, nausea, the sight greying or going fuzzy) - with a
 * full recovery; it needs no emergency care, however often it has happened. Its pallor, sweat and greying sight are the
 * faint's warning, not shock or a stroke. What CG109 sends on (1.1.3.1) or what the rules read beside it stays an
 * emergency: a faint on exertion, with chest pain, palpitations or breathlessness, without warning, with a heart
 * condition or a family history of sudden death, with an injury, a seizure's signs, a pregnancy or a blood thinner, or
 * someone not recovered (still confused, drowsy, pale or out).
 *
 * Read over the whole message: a faint told with a trigger, a warning and a full recovery, and none of the red flags
 * told but as absent in their clause.
 */
import { toldPresent } from './told-as-absent.js';

const FAINT = /\b(?:faint\w*|passed\s+out|blacked\s+out|vasovagal|syncop\w*|(?:slid|slumped|went)\s+down)\b/;

/** Posture (CG109's first P): long standing, or getting up. */
const POSTURE =
  /\b(?:stand\w*|stood|queue\w*|queuing|assembl\w*|service|(?:got|getting|stood|standing|sat|sitting)\s+up\s+(?:too\s+)?(?:quickly|fast|suddenly))\b/;

/** Posture or a provoking factor (CG109's first two Ps). */
const TRIGGER =
  /\b(?:stand\w*|stood|queue\w*|queuing|assembl\w*|service|hot|heat\w*|warm|stuffy|crowded|concert|festival|blood|needles?|injections?|jabs?|vaccinat\w*|cannula|drip|squeamish|gory|pain\w*|period|(?:had\s*n[o']t|had\s+not|not|without|skipp\w*|missed)\s+(?:\w+\s+)?(?:eaten|eating|breakfast|lunch|meal|drunk|drinking)|dehydrat\w*|(?:got|getting|stood|standing|sat|sitting)\s+up\s+(?:too\s+)?(?:quickly|fast|suddenly))\b/;

/** The warning before it (CG109's prodrome). */
const PRODROME =
  /\b(?:(?:felt|feel|feeling|went|going|got|getting|go|goes)\s+(?:\w+\s+)?(?:hot|warm|sweaty|clammy|sick|nauseous|queasy|dizzy|light-?headed|woozy|wobbly|faint|funny|pale|white|grey|gray)|sweat\w*|clammy|nause\w*|light-?headed\w*|(?:vision|sight|eyesight|everything)\s+(?:\w+\s+)?(?:grey|gray|black|dark|fuzzy|blurry|blurred|white|dim|tunnel\w*|spotty)|tunnel\s+vision|ears?\s+(?:\w+\s+)?(?:buzz\w*|ring\w*|muffled))\b/;

/** A full recovery, within moments. */
const RECOVERED =
  /\b(?:came\s+(?:round|around|to)|come\s+(?:round|around|to)|awake\s+again|conscious\s+again|back\s+to\s+(?:normal|(?:her|him|my|them|your)sel(?:f|ves)|(?:her|his|my|their)\s+(?:usual|normal)(?:\s+self)?)|(?:out|gone|unconscious)\s+(?:only\s+)?for\s+(?:only\s+)?(?:a\s+)?(?:few|couple|second|\d+\s+seconds|(?:five|ten|twenty)\s+seconds)|within\s+(?:a\s+)?(?:few\s+|couple\s+of\s+)?(?:about\s+)?(?:seconds|\d+\s+seconds|(?:five|ten|twenty)\s+seconds|moments?)|fully\s+recovered|completely\s+(?:fine|normal|with\s+it)|knew\s+where\s+(?:i|she|he|they)\s+(?:was|were))\b/;

/** What CG109 sends on, or the rules read as something else, unless told as absent in its clause. */
const RED_FLAG = new RegExp(
  String.raw`\b(?:` +
    [
      // Effort, the heart and the breath (CG109 1.1.3.1).
      String.raw`exercis\w*|exertion|running|sprint\w*|jogging|cycling|swimming|(?:during|while|when|mid)\s+(?:\w+\s+)?(?:sport|match|game|race|training|gym|football|netball|rugby|hockey)|chest\s+(?:pain|tight\w*|discomfort)|palpitat\w*|(?:heart|pulse)\s+(?:\w+\s+)?(?:racing|raced|pounding|pounded|fluttering|irregular|skipp\w*)|racing\s+heart|breathless\w*|short\s+of\s+breath|(?:no|without)\s+warning|out\s+of\s+(?:the\s+)?blue|(?:lying|sitting)\s+(?:down\s+)?(?:when|as)\s+(?:she|he|i|they)\s+(?:fainted|passed)`,
      String.raw`heart\s+(?:condition|disease|failure|problems?|murmur|surgery|operation)|murmur|pacemaker|died\s+suddenly|sudden\s+(?:cardiac\s+)?death|dropped\s+dead`,
      // An injury, a seizure's signs, a bleed, a pregnancy, a blood thinner, diabetes.
      String.raw`hit\s+(?:her|his|my|their|the)\s+head|banged\s+(?:her|his|my|their)\s+head|head\s+injur\w*|cut\s+(?:her|his|my)|bleed\w*|blood\s+in|black\s+(?:poo|stools?)|bit\w*\s+(?:her|his|my|their)\s+tongue|wet\s+(?:her|him|my|them)sel\w*|incontinen\w*|jerk\w*|shak\w*|fitting|seizure|convuls\w*|stiff\w*|pregnan\w*|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|blood\s+thinn\w*|anticoagula\w*|diabet\w*|insulin`,
      // A sight lost or a temperature measured, whenever told, or anything new since (review V31, 06:10, 06:55): not the
      // faint's warning.
      String.raw`(?:can\s*not|cannot|could\s*not|ca\s*n't|unable\s+to)\s+see|lost\s+(?:the\s+|her\s+|his\s+|my\s+)?(?:sight|vision)|curtain|(?:one|left|right)\s+eye|double\s+vision|blind\w*|half\s+(?:of\s+)?(?:everything|what|the\s+(?:view|page|room|picture))|bump\w*\s+into|since\s+(?:then|the\s+faint|it\s+happened)|(?:temp\w*|thermometer)\s+(?:\w+\s+){0,3}?(?:3[89]|4[0-3])(?:\.\d)?|(?:3[89]|4[0-3])(?:\.\d)?\s*(?:degrees|°c|c\b)|burning\s+up|hot\s+to\s+(?:the\s+)?touch|dry\s+skin|(?:stopped|not)\s+sweating|chemo\w*`,
      // Someone not recovered.
      String.raw`confus\w*|drowsy|not\s+making\s+sense|(?:still|now|remains?|keeps?|again)\s+(?:\w+\s+){0,3}?(?:pale|grey|gray|white|clammy|sweaty|cold|confused|drowsy|out|unconscious|dizzy|faint|unwell|breathless|not\s+(?:right|with\s+it|herself|himself|myself))|not\s+(?:come|came)\s+round|(?:feels?|felt|feeling)\s+(?:like|as\s+if|as\s+though)\s+(?:\w+\s+){0,4}?(?:faint|pass|black|go\s+again|going\s+again)|(?:faint\w*|pass\w*\s+out|black\w*\s+out)\s+again|again\s+now|hard\s+to\s+(?:wake|rouse)|(?:two|three|five|several|\d+)\s+minutes\s+(?:before|until)\s+(?:she|he|i|they)\s+(?:came|woke)`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/**
 * Findings whose words a faint's warning shares only in part: of the sight, its greying or fuzzing before the faint
 * (not a sight lost, a curtain, one eye: review V31, 06:10); of heat, feeling hot (not a temperature measured).
 */
const WARNING_WORDS_OF: ReadonlyMap<string, RegExp> = new Map([
  ['sudden_vision_loss', /\b(?:grey|gray|black|dark|fuzzy|blurry|blurred|white|dim|tunnel\w*|spotty)\b/],
  ['reduced_vision', /\b(?:grey|gray|black|dark|fuzzy|blurry|blurred|white|dim|tunnel\w*|spotty)\b/],
  ['vision_disturbance', /\b(?:grey|gray|black|dark|fuzzy|blurry|blurred|white|dim|tunnel\w*|spotty)\b/],
  ['fever', /^(?:(?:felt|feel|feeling|went|got|getting|was|is)\s+)?(?:very\s+|really\s+|so\s+)?(?:hot|warm)\b/],
  // A meal missed before it is the faint's provoking factor, not a child off its feeds.
  ['not_feeding_lay', /\b(?:eaten|eating|breakfast|lunch|dinner|meal|food)\b/],
]);

/** The signals a faint and its warning are told by (CKS blackouts, NICE CG109), and the heat of the room it happened in. */
const FAINT_SIGNALS: ReadonlySet<string> = new Set([
  'brief_collapse',
  'brief_blackout',
  'repeated_faint',
  'collapsed',
  'faint_or_dizzy',
  'faint_on_standing',
  'pale',
  'clammy',
  'sweating',
  'nausea',
  'body_hot',
  'heat_exposure',
  ...WARNING_WORDS_OF.keys(),
]);

/** Whether a finding (its signal and the words that showed it) is the faint or its warning. */
export function isTheFaintOrItsWarning(signal: string, phrase: string): boolean {
  if (!FAINT_SIGNALS.has(signal)) return false;
  const words = WARNING_WORDS_OF.get(signal);
  return words === undefined || words.test(phrase);
}

/**
 * Whether a normalised message tells an uncomplicated faint: two of CG109's three Ps (a trigger and its warning, or a long
 * standing and what provoked it: "fainted after standing for an hour in the sun", told with no warning), a full recovery,
 * no red flag.
 */
export function isUncomplicatedFaint(normalized: string): boolean {
  return (
    FAINT.test(normalized) &&
    TRIGGER.test(normalized) &&
    (PRODROME.test(normalized) || (POSTURE.test(normalized) && provokedBesidesThePosture(normalized))) &&
    RECOVERED.test(normalized) &&
    !toldPresent(normalized, RED_FLAG)
  );
}

/** Whether a provoking factor is told besides the posture: the trigger found once the posture's words are taken out. */
function provokedBesidesThePosture(normalized: string): boolean {
  return TRIGGER.test(normalized.replace(new RegExp(POSTURE.source, 'g'), ' '));
}
