import { OBSERVATION_OUT_OF_BAND } from './vignette-chest-pain.js';
import { TEST_ABNORMAL } from './chest-pain-passed-days-ago.js';
import { toldPresent } from './told-as-absent.js';

/**
 * Chest pain that effort brings on and rest or the GTN spray settles within minutes, as it does every time, gone now:
 * "I get a tight chest walking up the hill from the car park; it goes within three minutes of standing still, every
 * time, never at rest, and I'm fine now", "64F, known stable angina, usual tightness on the stairs, one GTN spray,
 * settled in 3 min, pain-free now".
 *
 * Why it is not an emergency: NICE CG95 (1.3) sends stable chest pain, brought on by exertion and relieved by rest or
 * GTN within about 5 minutes, to a rapid-access chest pain clinic, and CG126 leaves a known stable angina that behaves
 * as it always does to its review; CG95 (1.1) sends pain at rest, lasting over 15 minutes, new or getting worse
 * (coming more often, on less effort, lasting longer) or not relieved, as an emergency (acute coronary syndrome).
 *
 * Read over the whole message: effort told, a sentence telling the pain settled within minutes (15 at most) of rest or
 * the spray, a pattern told (every time, always, usual, known angina, for weeks), the pain gone now, and none of what
 * makes it unstable or acute told but as absent in its clause: a companion (sweating, grey, sick, faint, breathless),
 * spreading, waking or night, feeling unwell, getting worse, coming more often or on less effort, lasting longer or over 15 minutes,
 * unrelieved, back again or still there, an observation out of its band, an ECG or troponin told abnormal. A first
 * episode, with no pattern told, stays an emergency. Pain that came on at rest is a finding of its own, which keeps the
 * pain an emergency (see `emergency-triage.ts`).
 */

/**
 * The same pain back at rest, lasting or not settling this time, told anywhere in the message, its own sentence too:
 * read wherever a sentence tells the pain settled with rest (`persistsWhenTold` of the chest pain signal), so that
 * "it settles in 5 minutes with rest. Tonight it came back while I was sitting" stays an emergency (NICE CG95 1.1: pain
 * at rest, over 15 minutes, or not relieved). Past and present tellings only: "if it comes back" is a question. A pain
 * that "does not go into my arm" is told not spreading, not lasting.
 */
export const CHEST_PAIN_BACK_OR_LASTING = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:came|has\s+come|have\s+come|is|it\s+is|was)\s+back(?!\s+(?:normal|clear|fine|negative|ok|okay|good|unremarkable|from|home|to|in|inside|with|as|after))|back\s+again|(?:has|have)\s+returned|returned\s+(?:tonight|today|this\s+\w+|now)|(?:it|pain|tightness|pressure)\s+(?:has\s+)?started\s+(?:up\s+)?again`,
      String.raw`(?:came|started|began|happened|comes|starts)\s+(?:on\s+)?(?:at\s+rest|in\s+bed|in\s+(?:my|his|her|their)\s+sleep|while\s+(?:(?:i|he|she|they)\s+(?:was|were|am|is|are)\s+)?(?:sitting|lying|resting|asleep|sleeping|watching))`,
      String.raw`(?:have|has|had|got|getting)\s+it\s+(?:now\s+|even\s+)?(?:while\s+)?(?:sitting|lying|resting|at\s+rest|in\s+bed)`,
      String.raw`woke\s+(?:me|him|her|them)|(?:come|came|comes|coming)\s+on\s+(?:\w+\s+){0,3}?at\s+rest|(?:is|now)\s+constant`,
      String.raw`still\s+there|(?:has|have)\s+not\s+(?:gone|eased|settled|touched)|(?:will|would|did|does|is|was)\s+not\s+(?:go(?!\s+(?:into|to|down|up|through|anywhere|further|across)\b)|ease|settle|shift|going(?!\s+(?:into|to|down|up|through|anywhere|further|across)\b)|easing|settling|touch)|(?:not|no)\s+(?:relieved|relief|better)`,
      String.raw`(?:been\s+there|lasted|lasting|going\s+on|for\s+the\s+last|for)\s+(?:for\s+)?(?:over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+)?(?:(?:1[6-9]|[2-9]\d)\s*(?:min|mins|minutes)|twenty|thirty|forty|fifty|half\s+an\s+hour|an\s+hour|\d+\s+hours)`,
    ].join('|') +
    String.raw`)\b`,
);

/** Effort told: climbing, walking up, stairs, hills, exercise, carrying. */
const EFFORT =
  /\b(?:climb\w*|walk\w*\s+(?:\w+\s+)?(?:up|uphill|briskly|fast|quickly)|(?:on|when|while|after)\s+walking|uphill|up\s+(?:the\s+|a\s+)?(?:hill|stairs|steps|slope|ladder)|stairs|steps|hills?|ladders?|exert\w*|exercis\w*|on\s+effort|running|jogging|cycling|gardening|digging|carr(?:y|ies|ying|ied))\b/;

const FEW_MINUTES = String.raw`(?:about\s+|around\s+|roughly\s+|under\s+)?(?:a\s+(?:few|couple\s+of)|a\s+minute|[1-9]|1[0-5]|[1-9]\s*(?:-|to|or)\s*(?:[1-9]|1[0-5])|one|two|three|four|five|six|seven|eight|nine|ten|(?:one|two|three|four|five)\s+(?:or|to)\s+(?:two|three|four|five|six))\s*(?:min|mins|minutes?)?`;
/** A sentence telling the pain settled within minutes of rest or the spray ("after a couple of minutes' rest"). */
export const SETTLED_WORD =
  /\b(?:settl\w*|went|goes|gone|go\s+away|eas(?:es|ed|ing)|relieved|disappear\w*|pass(?:es|ed)|subsid\w*|fades?|faded)\b/;
export const WITHIN_MINUTES = new RegExp(
  String.raw`\b(?:(?:within|in|after)\s+${FEW_MINUTES}(?=\s+(?:of|with|after|once|when|by)\b|'?\s+(?:rest|resting)\b|\s*[,.;]|\s+(?:as|every|each|exactly)\b|$)|within\s+minutes)`,
);
const REST_OR_SPRAY =
  /\b(?:rest\w*|stop(?:s|ped|ping)?|standing\s+still|stand\s+still|sit(?:s|ting)?\s+down|sat\s+down|gtn|spray|glyceryl\s+trinitrate|nitrates?|nitro\w*)\b/;

/** A pattern told: every time, always, usual, known angina, weeks of it. */
const PATTERN =
  /\b(?:every\s+time|each\s+time|always|usual\w*|as\s+(?:it\s+)?(?:always|usual)|(?:known|stable)\s+(?:stable\s+)?angina|identical|(?:for|over)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:\d+|two|three|four|five|six|few|a\s+few|several|couple\s+of|a\s+couple\s+of)\s+(?:weeks|months|years)|\d+\s+(?:weeks|months)\s+of|(?:last|past)\s+(?:few\s+|two\s+|three\s+)?(?:weeks|month)|once\s+a\s+(?:week|month)|for\s+(?:a|the\s+last|the\s+past)\s+(?:month|year))\b/;

/**
 * The pain gone now, or told stable as a clinician tells it: no rest pain ("never at rest"), no change in its pattern.
 */
export const GONE_NOW =
  /\b(?:none\s+(?:today|now|since)|never\s+(?:at\s+rest|(?:when|while)\s+(?:resting|sitting)|(?:comes\s+on\s+)?at\s+rest)|no\s+(?:rest\s+pain|pain\s+at\s+rest|change\s+in\s+(?:[\w-]+\s+){0,3}?pattern)|pattern\s+(?:is\s+|has\s+been\s+|remains\s+)?unchanged|unchanged\s+pattern|pain[- ]free|no\s+(?:chest\s+)?(?:pain|tightness|discomfort|symptoms)|(?:now|currently|at\s+the\s+moment|right\s+now)\s+(?:i\s+am\s+|he\s+is\s+|she\s+is\s+|it\s+is\s+)?(?:completely\s+|totally\s+|absolutely\s+|perfectly\s+)?(?:fine|well|comfortable|settled|pain[- ]free|symptom[- ]free)|(?:i\s+am|he\s+is|she\s+is|feels?|feel\s+(?:completely\s+)?)\s+(?:completely\s+|totally\s+|perfectly\s+)?(?:fine|well|normal|comfortable)(?:\s+now)?)\b/;

/** What makes the pain unstable or acute (NICE CG95), unless told as absent in its clause. */
const UNSTABLE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`sweat\w*|clammy|gr[ae]y|ashen|pale|pallor|sick|nause\w*|vomit\w*|faint\w*|syncop\w*|collaps\w*|dizzy|light[- ]?headed`,
      String.raw`breathless\w*|short\s+of\s+breath|dyspn\w*|palpitat\w*|racing|impending|doom`,
      String.raw`spread\w*|radiat\w*|jaw|neck|(?:into|down|to|in)\s+(?:the\s+|his\s+|her\s+|my\s+|both\s+)?(?:left\s+|right\s+)?(?:arms?|back)`,
      String.raw`woke|wakes?|waking|night|in\s+bed|lying\s+down`,
      String.raw`worse\w*|worsen\w*|more\s+(?:often|frequent\w*|easily|severe|intense|and\s+more)|coming\s+on\s+more|(?:little|minimal|hardly\s+any|less)\s+(?:effort|exertion|walking)|just\s+(?:walking|sitting|standing|getting|talking)|across\s+the\s+room|unwell|awful|terrible|dreadful|less\s+and\s+less|less\s+effort|(?:shorter|smaller)\s+distance|changed|different|increas\w*|crescendo`,
      String.raw`longer|(?:1[6-9]|[2-9]\d)\s*(?:min|mins|minutes)|twenty|thirty|forty|half\s+an\s+hour|an\s+hour|hours`,
      String.raw`not\s+relieved|unrelieved|no\s+relief|did\s+not\s+(?:help|work|settle|go|ease)|despite|(?:second|another|two|2|three|3)\s+sprays?|gtn\s+x\s*[2-9]|came\s+back|come\s+back|comes\s+back|back\s+again|returned|still\s+(?:there|hurting|tight|painful|going|has|have|got|having|in\s+pain)|ongoing|constant|continu\w*`,
      String.raw`heart\s+attack|infarct\w*|stemi|nstemi|acs|unstable`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/** Whether an unstable or acute coronary syndrome is told as present: "no heart attack, they said" tells none. */
export function unstableTold(text: string): boolean {
  return toldPresent(text, UNSTABLE);
}

/**
 * Whether a normalised message tells chest pain brought on by effort and settled within minutes of rest or GTN, in a
 * pattern, gone now, with nothing told of an unstable or acute coronary syndrome; `sentences` are its sentences as the
 * triage split them.
 */
export function isChestPainOnEffortSettledAsUsual(normalized: string, sentences: readonly string[]): boolean {
  return (
    EFFORT.test(normalized) &&
    sentences.some(
      (sentence) => SETTLED_WORD.test(sentence) && WITHIN_MINUTES.test(sentence) && REST_OR_SPRAY.test(sentence),
    ) &&
    PATTERN.test(normalized) &&
    GONE_NOW.test(normalized) &&
    !unstableTold(normalized) &&
    !OBSERVATION_OUT_OF_BAND.test(normalized) &&
    !TEST_ABNORMAL.test(normalized)
  );
}
