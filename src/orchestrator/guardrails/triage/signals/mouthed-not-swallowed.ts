import {
  CHILD_UNWELL_AFTER_A_SWALLOW,
  LOW_TOXICITY_PRODUCT_TASTED,
  PRODUCT_ONLY_LICKED,
} from './low-toxicity-product-tasted.js';
import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * A child who put a tablet or a product in the mouth and spat it out or had it taken out whole, told as not swallowed
 * (NPIS / TOXBASE: a product mouthed and not swallowed is a minimal exposure; NHS 111 gives home care and a call back
 * unless the child becomes unwell): "put a dishwasher tablet in his mouth but spat it out, didn't swallow any", "had
 * one of my pills in her mouth, I hooked it out whole". Not where the sentence tells a bite, a chew, a burst pod, a
 * swallow not denied, a missing count, or a battery or magnet (a button battery mouthed may be one of two; NPIS sends
 * it for an X-ray), and never beside the child told unwell (unless told absent). The guard takes the reading back where
 * another sentence tells the child unwell or any other finding.
 */
const MOUTHED = String.raw`\b(?:in|into)\s+(?:his|her|their|the\s+baby's|the\s+child's)\s+mouth\b`;
const OUT_WHOLE = String.raw`\b(?:sp[ai]t\s+(?:it|them|the\s+\w+)\s+(?:straight\s+|right\s+)?out|sp[ai]t\s+out|(?:took|pulled|hooked|fished|got|scooped)\s+(?:it|them)\s+(?:straight\s+|right\s+)?out|(?:did|does|could)\s+not\s+(?:have\s+)?swallow(?:ed)?(?:\s+(?:any|it|anything|them))?|never\s+swallowed|not\s+swallowed)\b`;
/** What makes the exposure more than a mouthing: a bite, a chew, a burst capsule, a swallow told, a count gone, a battery. */
const MORE_THAN_MOUTHED = String.raw`\b(?:bit|bitten|biting|chew\w*|(?<!\bnot\s)(?<!\bnever\s)burst|split|leak\w*|popped|crunch\w*|missing|gone|batter(?:y|ies)|magnets?|(?<!\bnot\s)(?<!\bnever\s)(?<!\bnot\s+have\s)swallowed\s+(?:some|half|part|a\s+bit|one|it)|(?:think|maybe|might|may|could|probably|possibly)\s+(?:(?:he|she|they|have)\s+){0,2}swallow\w*)\b`;

export const MOUTHED_NOT_SWALLOWED = new RegExp(
  String.raw`^(?!.*${MORE_THAN_MOUTHED})${notToldUnlessAbsent(CHILD_UNWELL_AFTER_A_SWALLOW.source)}.*${MOUTHED}.*${OUT_WHOLE}`,
);

/** A lick or a taste spat out, or a tablet or product mouthed and not swallowed: the poisoning signals' guard. */
export const ONLY_LICKED_OR_MOUTHED_GUARD = {
  when: new RegExp(`${PRODUCT_ONLY_LICKED.source}|${MOUTHED_NOT_SWALLOWED.source}`),
  unless: CHILD_UNWELL_AFTER_A_SWALLOW,
} as const;

/** A low-toxicity product tasted, or a tablet or product mouthed and not swallowed: the dosing error's guard. */
export const LOW_TOXICITY_OR_MOUTHED_GUARD = {
  when: new RegExp(`${LOW_TOXICITY_PRODUCT_TASTED.source}|${MOUTHED_NOT_SWALLOWED.source}`),
  unless: CHILD_UNWELL_AFTER_A_SWALLOW,
} as const;
