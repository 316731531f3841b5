/**
 * A household or garage product swallowed, told the way a worried parent or a non-native writer
 * tells it: the act and the substance apart, often hedged and played down ("drink from bottle in
 * the garage, i think antifreeze, maybe one mouthful. now he is normal"). NPIS / TOXBASE treat
 * any swallow of these as a poisoning to assess now, however well the person looks: antifreeze and
 * screenwash (ethylene glycol, methanol) and caustic cleaners do their harm hours later, and a
 * mouthful of a hydrocarbon is enough to reach the lungs.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

/** Products that are toxic in a mouthful (NPIS / TOXBASE), by their shop and garage names. */
const TOXIC_IN_A_MOUTHFUL = r`(?:anti-?freeze|ethylene\s+glycol|coolant|screen\s*wash|windscreen\s+(?:wash|fluid)|de-?icer|brake\s+fluid|methanol|methylated\s+spirits?|meths|white\s+spirit|turps|turpentine|paint\s+thinners?|paraffin|kerosene|lamp\s+oil|petrol|gasoline|diesel|lighter\s+fluid|bleach|drain\s+(?:cleaner|unblocker)|oven\s+cleaner|caustic(?:\s+soda)?|lye|toilet\s+cleaner|limescale\s+remover|descaler|ammonia|weed\s*killer|paraquat|glyphosate|pesticide|insecticide|slug\s+pellets|rat\s+poison|dishwasher\s+(?:tablets?|pods?|liquid|gel)|laundry\s+(?:pods?|capsules?|liquid)|liquitabs?|e-?liquid|vape\s+(?:juice|liquid)|nicotine\s+liquid|essential\s+oils?|nail\s+polish\s+remover|acetone)`;

export const HOUSEHOLD_POISON_SIGNALS: readonly SignalDefinition[] = [
  // The substance named anywhere in the message, hedges included: "i think antifreeze", "the label says weedkiller".
  define('toxic_product_named', [r`\b${TOXIC_IN_A_MOUTHFUL}\b`], { timeless: true }),
  // The swallow told by its act or its amount: "drank from a bottle", "took a swig", "maybe one mouthful".
  // A lick or a taste is not in it (TOXBASE: a lick is a minimal exposure).
  define(
    'swallow_told',
    [
      r`\b(?:drank|drunk|drink|drinks|drinking|swallowed|swallow|swallows|gulped|sipped|downed|ingested)\s+(?:\w+\s+){0,2}?(?:from|out\s+of)\s+(?:(?:a|an|the|his|her|my|that|this|some)\s+)?(?:\w+\s+)?(?:bottle|can|cup|jug|container|tub|jar|glass|mug|carton|flask)\b`,
      r`\b(?:a|one|two|an?\s+big|a\s+small|a\s+little)\s+(?:swig|sip|gulp|mouthful|slurp|capful)s?\b|\b(?:swig|sip|gulp|mouthful|capful)s?\s+of\b`,
      r`\b(?:drank|swallowed|gulped|sipped|downed|ingested)\s+(?:some|it|a\s+bit|a\s+little|part|most|half)\b|\b(?:drink|drank)\s+(?:a\s+)?little\s+bit\b`,
    ],
    { timeless: true },
  ),
];
