import { TEST_ABNORMAL } from './chest-pain-passed-days-ago.js';
import { isToldSettled, type SettledEpisode } from './settled-unless-told-otherwise.js';

/**
 * A person's usual panic attack told as settled: "I've had panic disorder for years ... chest tight, heart pounding,
 * tingling in my fingers, couldn't get a full breath; I did my breathing and it settled within fifteen minutes, exactly
 * like my other attacks", "known panic disorder: chest tightness, tingling fingers, fast breathing, settled after 20
 * minutes of slow breathing".
 *
 * Why it is not an emergency: NICE CG113 (panic disorder) and the NHS tell a panic attack by a tight chest, a
 * pounding heart, tingling fingers and lips and air hunger that pass within 5 to 20 minutes; someone whose attacks are
 * known, and who has settled as they always do, is seen by their GP or therapist. NICE CG95 keeps a chest pain an
 * emergency when an acute coronary syndrome is suspected: a pain still there or back, spreading to an arm, the jaw,
 * the neck or the back, crushing or heavy, with sweating, greyness or a collapse, brought on by effort, unlike the
 * person's usual attacks, after a stimulant, in someone of 45 or more or with a heart's risk told, or beside an ECG told
 * abnormal.
 *
 * Read over the whole message: a panic attack named, told as the person's usual one (a panic disorder, "I get panic
 * attacks", "like my other attacks"), told as settled, and none of those red flags told but as absent. Any other
 * finding the rules accept beside the attack's own keeps it an emergency: see `emergency-triage.ts`. The settling and its
 * exceptions are read as a breathlessness after an effort's are (`settled-unless-told-otherwise.ts`).
 */

const PANIC_NAMED = /\b(?:panic|anxiety)\s+(?:attacks?|disorder|episodes?)\b/;

/** The attack told as one of the person's usual ones. */
const USUAL = new RegExp(
  [
    String.raw`\b(?:panic|anxiety)\s+disorder\b`,
    // "she's had" is read "she is had" after the normaliser spells out "'s".
    String.raw`\b(?:i|he|she|they)\s+(?:get|gets|have|has|(?:have|has|is|are)\s+had|often\s+get|often\s+have)\s+(?:\w+\s+)?panic\s+attacks\b`,
    // Attacks told as recurring: "three or four times in the last month", "each one passes in ten minutes".
    String.raw`\b(?:two|three|four|five|six|several|a\s+few|many|\d{1,2})(?:\s+or\s+(?:three|four|five|six|seven|\d{1,2}))?\s+times\s+(?:in|over|this|since|a|per)\b`,
    String.raw`\b(?:each|every)\s+(?:one|attack|episode|time)\s+(?:\w+\s+)?(?:passes|passed|settles|settled|eases|eased|goes|went|calms|calmed)\b`,
    String.raw`\bpanic\s+attacks\s+(?:for|since)\b`,
    String.raw`\bone\s+of\s+(?:my|his|her|their)\s+(?:usual\s+)?(?:panic\s+)?attacks\b`,
    String.raw`\b(?:my|his|her|their)\s+(?:usual|other|previous|normal)\s+(?:panic\s+)?(?:attacks?|episodes?)\b`,
    String.raw`\bsame\s+as\s+(?:always|usual|ever|before|(?:my|his|her|the)\s+(?:other|previous|usual|last)\b)`,
    String.raw`\blike\s+(?:always|(?:all\s+)?(?:my|his|her|the)\s+(?:other|previous|usual|last)\b)`,
  ].join('|'),
);

/** The attack told as over. */
const SETTLED =
  /\b(?:settled|settles|eased|eases|passed|passes|subsided|calmed(?:\s+down)?|went\s+away|wore\s+off|back\s+to\s+normal|(?:i\s+am|i\s+feel|feel|feeling|now)\s+(?:calm|calmer|fine|normal|ok|okay|better))\b/g;

/** What tells the attack worse, returned or unlike the usual (still going or back is read for every episode). */
const UNLIKE_THE_USUAL = /\b(?:worse|worsening|different|unlike|this\s+time|returned|keeps?\s+going)\b/;

/** The red flags NICE CG95 reads a chest pain by, each set aside only when told as absent in its clause. */
const RED_FLAGS = new RegExp(
  [
    String.raw`\b(?:into|down|to|through|spread\w*|radiat\w*|going\s+(?:into|down))\s+(?:(?:my|his|her|the|both|left|right)\s+){0,2}(?:arms?|jaw|neck|shoulders?|back)\b`,
    // An arm, the jaw, the neck or a shoulder told at all beside the attack ("my left arm ached the whole time", "a weird
    // ache in my jaw"): a panic attack's tingling is told in the fingers, hands and lips, so an arm or the jaw is read as
    // the pain's spread however it is told (reviewer V32's STOP-THE-LINE on the first cut).
    String.raw`\b(?:arms?|jaw|neck|shoulders?|shoulder\s+blades?)\b`,
    String.raw`\bback\s+(?:pain|ache|ached|aching|hurt\w*)\b|\b(?:pain|ache|aching)\s+(?:in|across)\s+(?:my|his|her|the)\s+(?:upper\s+)?back\b`,
    String.raw`\b(?:sweat\w*|clammy|grey|gray|ashen|crushing|heavy|heaviness|pressure|squeez\w*)\b`,
    String.raw`\b(?:faint\w*|passed\s+out|blacked\s+out|collaps\w*|unconscious|blue)\b`,
    String.raw`\b(?:running|ran|(?<!breathing\s)exercis\w*|exertion|effort|walking\s+up|climbing|lifting|carrying)\b`,
    String.raw`\b(?:angina|heart\s+attack|stent|diabet\w*|smoker|smokes|cholesterol|blood\s+pressure\s+tablets)\b`,
    // A stimulant taken (NICE CG95: cocaine's chest pain is an emergency), not "speed-dating".
    String.raw`\b(?:cocaine|coke|crack|amphetamines?|speed(?![- ]dat)|mdma|ecstasy|molly|meth)\b`,
  ].join('|'),
  'g',
);

/** An age of 45 or more told: "I'm 52", "58M", "aged 61". */
const AGE_45_OR_MORE =
  /\b(?:4[5-9]|[5-9]\d|1[01]\d)\s*(?:[mf]|y\/?o|yrs?|years?(?:\s+old)?|-year-old)\b|\b(?:i\s+am|i'm|aged|age|he\s+is|she\s+is)\s+(?:4[5-9]|[5-9]\d|1[01]\d)\b/;

const USUAL_PANIC_ATTACK: SettledEpisode = {
  toldAs: [PANIC_NAMED, USUAL],
  settled: SETTLED,
  notOverToo: UNLIKE_THE_USUAL,
  redFlags: RED_FLAGS,
  keptBy: [AGE_45_OR_MORE, TEST_ABNORMAL],
};

/** Whether a normalised message tells a person's usual panic attack, settled, with no red flag of a chest pain told. */
export function isUsualPanicAttackSettled(normalized: string): boolean {
  return isToldSettled(normalized, USUAL_PANIC_ATTACK);
}
