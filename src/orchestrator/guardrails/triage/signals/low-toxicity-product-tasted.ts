import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * A child who may have swallowed a little of a product NPIS (TOXBASE) counts as of low toxicity in the amount a child
 * takes by taste or lick: toothpaste, bubble bath, shampoo, hand soap, crayons, chalk, play dough, silica gel,
 * moisturiser, sun cream, lip balm ("he may have swallowed a bit of toothpaste, is that ok"). Schmitt-Thompson and
 * NHS 111 give home care for these unless the child is unwell. Read only where the sentence names such a product after
 * "may/might/could have swallowed" and names no medicine; detergent capsules, dishwasher products, bleach, batteries
 * and magnets are not among them. Never where the message tells the child unwell in any sentence (unless told as
 * absent: "no coughing or vomiting"), and any other finding in the message takes the reading back.
 */

const MEDICINE = String.raw`tablets?|pills?|capsules?|caps|medicines?|meds|medication|syrup|calpol|paracetamol|ibuprofen|nurofen|vitamins?|iron|drops|liquid|gummies|patch|patches|dishwasher|detergent|washing|laundry|pods?|bleach|batter(?:y|ies)|magnets?|e-?liquid|vape|oil|cleaner`;

const LOW_TOXICITY_PRODUCT = String.raw`(?:toothpaste|bubble\s+bath|shampoo|hand\s+soap|bar\s+of\s+soap|soap|crayons?|chalk|play[- ]?doh?|play\s+dough|silica\s+gel|moisturi[sz]er|sun\s*cream|lip\s+balm)`;
const MAY_HAVE_SWALLOWED = String.raw`\b(?:might|may|could)\s+have\s+(?:swallowed|eaten|had|taken|chewed|drunk|licked)\s+`;

/**
 * The product named after the hedge ("might have swallowed a bit of toothpaste"), or before it in the same sentence with
 * a small amount after it ("found her with a silica gel sachet chewed open, might have swallowed a few beads").
 */
export const LOW_TOXICITY_PRODUCT_TASTED = new RegExp(
  String.raw`^(?!.*\b(?:${MEDICINE})\b).*(?:${MAY_HAVE_SWALLOWED}(?:(?:a|an|some|the|his|her|my|little|bit|small|tiny|amount|of|mouthful|lick|taste)\s+)*${LOW_TOXICITY_PRODUCT}\b|\b${LOW_TOXICITY_PRODUCT}\b[^.;?!]{0,60}${MAY_HAVE_SWALLOWED}(?:a\s+(?:few|little|bit|tiny\s+bit|couple)|one|two|some|a\s+bead|a\s+piece|a\s+crumb)\b(?:\s+(?:of\s+)?(?:(?:the|them|it|its)\s+)?(?:beads?|bits?|pieces?|crumbs?|granules?)\b)?(?![^.;?!]*\b(?:${MEDICINE})\b))`,
);

/** What makes the child unwell, told in any other sentence. */
export const CHILD_UNWELL_AFTER_A_SWALLOW =
  /\b(?:vomit\w*|sick|drows\w*|sleepy|floppy|limp|cough\w*|chok\w*|gag\w*|drool\w*|breath\w*|wheez\w*|burn\w*|blister\w*|unwell|pain\w*|hurts?|crying|screaming|rash|swell\w*|swollen|pale|blue)\b/;

export const LOW_TOXICITY_PRODUCT_GUARD = {
  when: LOW_TOXICITY_PRODUCT_TASTED,
  unless: CHILD_UNWELL_AFTER_A_SWALLOW,
} as const;

/**
 * A lick or a taste of a product, and no more, with the mouth rinsed, wiped or spat out after it (TOXBASE: a lick of a
 * dishwasher or laundry tablet or of a cleaner gives at most a mild irritation; NHS 111 advises at home unless the child
 * is unwell). Read only where the sentence tells no swallow, bite, chew or mouthful and nothing of the child unwell
 * (unless told absent); the guard takes it back where another sentence tells the child unwell or any other finding.
 */
export const PRODUCT_ONLY_LICKED = new RegExp(
  String.raw`^(?!.*\b(?:swallow\w*|ate|eaten|eating|chew\w*|bit|bitten|drank|drunk|drinking|mouthfuls?|gulp\w*|sucked|sucking|ingest\w*)\b)${notToldUnlessAbsent(CHILD_UNWELL_AFTER_A_SWALLOW.source)}.*\b(?:licked|licking|tasted|touched\s+(?:it\s+)?with\s+(?:his|her|their)\s+tongue)\b.*\b(?:sp[ai]t\s+(?:it\s+)?out|rinsed|rinse|wiped|washed\s+(?:out\s+)?(?:his|her|their)\s+mouth)\b`,
);

export const PRODUCT_ONLY_LICKED_GUARD = {
  when: PRODUCT_ONLY_LICKED,
  unless: CHILD_UNWELL_AFTER_A_SWALLOW,
} as const;
