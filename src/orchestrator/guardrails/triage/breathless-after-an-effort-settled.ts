import { isToldSettled, MINUTES, type SettledEpisode } from './settled-unless-told-otherwise.js';

/**
 * Breathlessness and a pounding heart told after a hard effort, settled within minutes of stopping, fine since: "I
 * sprinted for my train and when I got on I was gasping, my heart was pounding; it took about five minutes to feel
 * normal and I've been fine all day", "after flat-out laps I was completely out of breath; ten minutes later I felt fine
 * and did the rest of the drills. No chest pain, no dizziness".
 *
 * Why it is not an emergency: NHS 111 breathing problems and NHS "shortness of breath" read breathlessness that an
 * effort brings and a few minutes' rest takes away as the body's answer to the effort; someone who wonders whether it
 * is more than unfitness is seen by the GP. The protocols send on at once breathlessness at rest or that does not
 * settle, with chest pain or tightness, a faint, a collapse or dizziness, blue or grey lips or skin, clamminess, a
 * cough of blood, a swollen calf or a clot's risk (a flight, an operation, a pregnancy), a heart told irregular or
 * still racing, a child's ribs sucking in or a grunt, a frothy sputum, water breathed in, or an observation out of its
 * band (NICE CG109: a collapse on exertion is an emergency).
 *
 * Read over the whole message, since people tell the effort, the breathlessness and its settling in separate
 * sentences: an effort told, a settling told within minutes (a count of minutes up to thirty, or the breath "got
 * back"), fine now, nothing told as still going, and none of those red flags told but as absent in its clause. Any
 * other finding the rules accept beside the breathlessness and the heartbeat keeps it an emergency: see
 * `emergency-triage.ts`. The settling and its exceptions are read as the panic attack's are
 * (`settled-unless-told-otherwise.ts`).
 */

/** A hard effort told: a sprint, a race, laps, a climb, a training session. */
const EFFORT =
  /\b(?:sprint\w*|ran|run|running|races?|raced|racing\s+(?:for|to|up)|laps?|training|trained|erg|workout|work\s+out|worked\s+out|gym|climb\w*|hills?|uphill|fell\s+run\w*|stairs|steps|rowing|cycl\w*|swim\w*|drills|circuits|hiit|spin\s+class|bootcamp|football|netball|hockey|rugby|squash|5k|10k|parkrun|marathon|jog\w*|exercis\w*|exertion|maximal\s+effort|flat[- ]out|all[- ]out)\b/;

/** The breath back within minutes of stopping, however the settling is told. */
const SETTLED_WITHIN_MINUTES = new RegExp(
  [
    String.raw`\b(?:took|takes|it\s+took|after|within|in|for)\s+(?:me\s+)?${MINUTES}\b[^.;]{0,60}\b(?:normal|fine|better|okay|ok|settled|settle|back|recovered|talk|speak)\b`,
    String.raw`\b(?:settl\w+|eas\w+|pass\w+|recover\w*|calm\w*|went|goes|gone)\s+(?:down\s+|away\s+|off\s+)?(?:again\s+)?(?:within|in|after)\s+${MINUTES}\b`,
    String.raw`\b${MINUTES}\s+later\s+(?:i|he|she|they)\s+(?:was|were|felt|feel|am|is|are)\s+(?:completely\s+|totally\s+|absolutely\s+)?(?:fine|normal|ok|okay|better)\b`,
    String.raw`\b(?:got|get|getting|gets|caught|catch)\s+(?:my|his|her|their)\s+breath\s+back\b`,
  ].join('|'),
  'g',
);

/** Fine now, or since. */
const FINE_NOW =
  /\b(?:(?:i|he|she|they)\s+(?:am|is|are|was|were|have\s+been|has\s+been|felt|feel|feels)\s+(?:completely\s+|totally\s+|absolutely\s+|perfectly\s+)?(?:fine|normal|ok|okay|well|back\s+to\s+normal)|(?:feel|felt|feeling)\s+(?:completely\s+|totally\s+)?(?:fine|normal)|back\s+to\s+normal|settles|settled|fine\s+(?:all\s+day\s+)?since|walked\s+home|did\s+the\s+rest)\b/;

/** At rest, at night or for hours: no effort's breathlessness (still going or back is read for every episode). */
const AT_REST_OR_LONG =
  /\b(?:at\s+rest|resting(?!\s+(?:heart\s+rate|pulse|hr)\b)|sitting\s+still|lying\s+down|in\s+bed|woke|night|hours|getting\s+worse|worse\s+than)\b/;

/** What sends a breathlessness after effort on at once, set aside only when told as absent in its clause. */
const RED_FLAGS = new RegExp(
  [
    String.raw`\b(?:chest\s+(?:pain|tight\w*|pressure|heav\w*|ache|hurt\w*)|tight\w*\s+(?:in\s+)?(?:my|his|her|the)?\s*chest|crushing|angina)\b`,
    String.raw`\b(?:faint\w*|passed\s+out|blacked\s+out|black\s+out|collaps\w*|dizz\w*|light[- ]?headed|unconscious|fell\s+(?:down|over))\b`,
    String.raw`\b(?:blue|grey|gray|ashen|clammy|cold\s+sweat|pale)\b`,
    String.raw`\b(?:cough\w*\s+(?:up\s+)?blood|blood\w*\s+(?:in|when)|calf|swollen\s+(?:leg|ankle)|flight|flew|operation|surgery|pregnan\w*|post[- ]?partum|pill)\b`,
    String.raw`\b(?:irregular\w*|skipp\w*|missed\s+beats?|heart\s+(?:condition|problem|disease)|cardiomyopath\w*|sudden\s+death|died\s+suddenly)\b`,
    String.raw`\b(?:wheez\w*|inhaler|asthma|copd|stridor|noisy\s+breathing|whistl\w*)\b`,
    // A child's work of breathing, a frothy or pink sputum, water breathed in (NICE NG143, NHS 111 drowning).
    String.raw`\b(?:sucking\s+in|caving\s+in|pulling\s+in|recession|grunt\w*|nostrils?\s+flar\w*|head\s+bobb\w*|froth\w*|pink\s+(?:sputum|spit|phlegm)|water|went\s+under|inhaled|drown\w*)\b`,
  ].join('|'),
  'g',
);

const BREATHLESS_AFTER_AN_EFFORT: SettledEpisode = {
  toldAs: [EFFORT, FINE_NOW],
  settled: SETTLED_WITHIN_MINUTES,
  settledBesideANegation: true,
  notOverToo: AT_REST_OR_LONG,
  redFlags: RED_FLAGS,
};

/** Whether a normalised message tells breathlessness after a hard effort, settled within minutes, fine now, no red flag. */
export function isBreathlessAfterAnEffortSettled(normalized: string): boolean {
  return isToldSettled(normalized, BREATHLESS_AFTER_AN_EFFORT);
}
