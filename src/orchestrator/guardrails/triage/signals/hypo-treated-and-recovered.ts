import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * A low sugar the writer has already treated, told with a recheck back in the normal range and as well: "my sugar
 * was 2.9 before breakfast, I ate some sweets and now it's 6.5 and I feel fine". NICE NG17 and Diabetes UK: a hypo
 * treated with fast-acting sugar and rechecked at 4 mmol/L or more, in someone awake and well, is managed at home and
 * reviewed with the diabetes team; the emergency is a hypo that needed someone else's help, does not come up, comes
 * back, or leaves the person confused, drowsy, fitting or unable to swallow. Read only where the same sentence tells
 * the treatment (sweets, glucose, juice, jelly babies, Lucozade, food) and a recheck of 4 to 15 "now", "after",
 * "rechecked" or "back up to". Never beside confusion told any way (not making sense, not himself, odd, agitated), drowsiness, not waking, sweating, a fit, a collapse, glucagon, a
 * paramedic, a sulfonylurea (gliclazide: its hypos recur for hours), "still" or "again", floppy, limp, asleep and hard to
 * rouse, muddled words (review V19, 17:52); the same told in any other sentence, or any other finding in the message,
 * takes the reading back (`ordinaryUnlessElsewhere`).
 */

const TREATED = String.raw`(?=.*\b(?:ate|eaten|eat|had|took|taken|drank|drink|gave|given)\s+(?:\w+\s+){0,3}?(?:sweets|glucose|dextro\w*|jelly\s+babies|juice|lucozade|sugar|sugary|biscuits?|toast|sandwich|banana|carbs?|tablets|gel|coke|cola|snack|breakfast|lunch|dinner)\b)`;

/** The recheck back in range: "now it's 6.5", "rechecked 6.2", "back up to 7", "went up to 5.4". */
const RECOVERED = String.raw`(?=.*\b(?:now|rechecked|re-checked|re-tested|retested|back\s+up\s+to|went\s+up\s+to|came\s+up\s+to|up\s+to|after\s+\d+\s+(?:minutes|mins))\s+(?:(?:it\s+is|it\s+was|is|was|to|at|reads?|reading)\s+)*(?:[4-9]|1[0-5])(?:[.,]\d)?\b(?!\s*(?:mg|hours?|minutes?|mins?|units?)))`;

/**
 * What keeps it a severe hypo, one list for both readings (the treatment's own sentence and any other sentence):
 * confusion told any way, drowsiness or not waking, a fit, a collapse, someone else's help (glucagon, an ambulance, a
 * paramedic), a sulfonylurea (its hypos recur for hours), "still" or "again", vomiting (sugar taken cannot stay
 * down), pallor, sweating, staring, trouble swallowing, not (or barely) making sense or being themselves. It was two
 * lists until session 38, the other sentences' a narrower copy that missed "keeps waking", "we called an ambulance",
 * "the paramedics are on their way", vomiting, pallor, staring and trouble swallowing told after the recheck.
 */
const NOT_OVER = String.raw`\b(?:confus\w*|drowsy|sleepy|floppy|limp|asleep|rous\w*|muddled|wake|waking|unconscious|unresponsive|fit|fits|fitting|seizure\w*|collaps\w*|passed\s+out|glucagon|paramedics?|ambulance|gliclazide|sulfonylurea\w*|sulphonylurea\w*|glipizide|glimepiride|still|again|dropp\w*|keeps?|swallow\w*|slurr\w*|vomit\w*|nonsense|strange|odd|weird|aggressive|agitated|vacant|staring|sweat\w*|clammy|pale|(?:not|barely|hardly|no\s+longer)\s+(?:making\s+sense|himself|herself|themselves|myself|right|with\s+it|responding|answering|talking))\b`;

/** In the treatment's own sentence, wherever it is (unless told as absent: "no vomiting"). */
const NOT_RECOVERED = notToldUnlessAbsent(NOT_OVER);

export const HYPO_TREATED_AND_RECOVERED = new RegExp(`^${NOT_RECOVERED}${TREATED}${RECOVERED}`);

/** The same in any other sentence takes the reading back: "Now 6. But he is still confused." (negation is read there). */
export const HYPO_NOT_OVER_TOLD_ELSEWHERE = new RegExp(NOT_OVER);
