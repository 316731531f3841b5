/**
 * Dose slips that are questions for a pharmacist, not poisonings: what the medication-error and
 * ingestion signals read as ordinary in their sentence.
 */

/**
 * TOXBASE and NHS medicines advice: one extra dose of an adult's daily tablet (amlodipine twice
 * this morning) is a question for the pharmacist, not an emergency - unless the drug is one where
 * a single extra dose harms (insulin, methotrexate, opioids, digoxin, lithium), named before or after it.
 */
const ONE_EXTRA_DAILY_DOSE =
  /\b(?:took|taken|had)(?<!\b(?:insulin|methotrexate|opioids?|morphine|oxycodone|fentanyl|methadone|buprenorphine|digoxin|lithium)\b[^.;]*)\s+(?:my|his|her)\s+(?:usual\s+|daily\s+|morning\s+|evening\s+|night\s+|blood\s+pressure\s+)?(?:tablet|pill|dose|meds)\s+twice\b(?![^.;]*\b(?:insulin|methotrexate|opioid|morphine|oxycodone|fentanyl|methadone|buprenorphine|digoxin|lithium)\b)/;

/** A child found with medicines when every tablet is accounted for: "counted them, none missing". */
const NOTHING_MISSING =
  /\b(?:none|nothing|no\s+(?:tablets|pills|capsules))\s+(?:is\s+|are\s+|was\s+|were\s+|seems?\s+)?missing\b|\ball\s+(?:accounted\s+for|still\s+there)\b|\b(?:cap|lid)\s+(?:was\s+|is\s+)?still\s+on\b|\bunopened\b/;

/**
 * One tablet too many of an everyday medicine: "took 3 ibuprofen instead of 2 by mistake" is a
 * question for the pharmacist (NHS: one extra dose of most medicines is unlikely to harm), unless
 * the medicine is one where it does (insulin, opioids, methotrexate, digoxin, lithium, iron, warfarin).
 */
const ONE_TABLET_TOO_MANY =
  /\b(?:took|taken|had|gave|given|swallowed)\s+(?:[1-4]|one|two|three|four)\s+(?:\w+\s+){0,2}?(?:\d+\s*mg\s+)?instead\s+of\s+(?:[1-3]|one|two|three)\b(?![^.;]*\b(?:insulin|methotrexate|opioid|morphine|oxycodone|fentanyl|methadone|buprenorphine|digoxin|lithium|iron|warfarin|codeine|tramadol|amitriptyline)\b)/;

/** Medicines one extra dose of which harms (TOXBASE), and an adult's product, which is no child's dose. */
const HARMFUL_IN_ONE_EXTRA_DOSE = String.raw`insulin|methotrexate|opioids?|morphine|oxycodone|fentanyl|methadone|buprenorphine|digoxin|lithium|iron|warfarin|codeine|co-?codamol|tramadol|amitriptyline|nortriptyline|propranolol|amlodipine|verapamil|diltiazem|clonidine|flecainide|gliclazide|carbamazepine|theophylline|adult`;

/** Paracetamol, ibuprofen and the antihistamines sold for children and adults alike. */
const EVERYDAY_MEDICINE = String.raw`calpol|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|nurofen|advil|motrin|piriton|chlorphenamine|cetirizine|piriteze|loratadine|clarityn|antihistamines?`;

/** The slip told as one dose too many: two doses, a second or extra dose or spoonful, twice, both carers. */
const ONE_DOSE_TOO_MANY = String.raw`(?:two|2)\s+doses|a\s+second\s+dose|(?:an?\s+)?(?:extra|additional|double)\s+(?:\d+(?:\.\d+)?\s*ml\b\s*)?(?:dose|spoon\w*|syringe\w*|measure|tablet|of\b)|twice|both\s+(?:gave|given|dosed)`;

/** Doses repeated over hours or days: a running excess, not one slip (TOXBASE: staggered overdose). */
const REPEATED_OVER_TIME = String.raw`(?:every|each)\s+(?:\w+\s+)?(?:hours?|day|night)|for\s+(?:\w+\s+)?(?:days|weeks)|all\s+(?:day|night|week)|round\s+the\s+clock|(?:three|four|five|six|[3-9])\s+(?:times|doses)`;

/**
 * What makes a slip something else: a medicine swapped for another, someone else's or a stronger product; a
 * child who got to the medicine alone (how much went down is then unknown: Schmitt-Thompson assumes the
 * worst); an amount beyond a dose (a bottle, half of it, 10 ml or more, grams, several tablets or spoons at a
 * time, 500 or more, with or without 'mg', after a child is named); anything told swallowed, eaten, drunk or
 * chewed beside the slip, which may be an ingestion of its own, or an ingestion not known ('a tablet in her
 * mouth', 'I don't know if she had more'); a baby, whose margin is small (review V9).
 */
const NOT_ONE_MEASURED_DOSE = String.raw`wrong|someone\s+else|mixed|muddled|instead\s+of\s+(?:the|his|her|my|their|a|an|infant|baby|children|child|kids)|[\w-]+(?:'s|s')\s+(?:\w+\s+)?(?:tablets?|pills?|meds|medications?|medicines?|dose)|got\s+(?:into|hold\s+of|at)|found\s+(?:him|her|them)|helped\s+(?:him|her|them)sel(?:f|ves)|climbed|reached|strength|thought\s+(?:it|that)\s+was|(?:kids|children|childrens|infant|baby)\s+(?:one|version|bottle)|bottle|packet|pack|box|whole|half|most\s+of|all\s+of|handful|[1-9]\d\s*(?:mls?|millilit(?:re|er)s?)|\d+(?:\.\d+)?\s*(?:g|grams?|grammes?)|(?:[2-9]|two|three|four|five|six)\s+(?:\w+\s+)?(?:tablets|caplets|capsules|pills|spoons|spoonfuls|teaspoons|tsp|syringes)|(?<=\b(?:son|daughter|child|toddler|kid|boy|girl|yo|years?\s+old|months?\s+old)\b[^]*)(?:[5-9]\d\d|\d{4,})(?:\s*mg)?(?!\s*(?:mls?|millilit\w*|kg|kilos?|hours?|hrs?|minutes?|mins?|days?|am|pm)\b)|swallow\w*|ate|eaten|eating|drank|drunk|drinking|chew\w*|licked|sucked|mouth|missing|(?:do\s+not|dont)\s+know|not\s+sure|unsure|(?:might|may|could)\s+have|how\s+(?:many|much)|had\s+(?:any\s+|some\s+)?more|babies|baby|newborn|infant|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:weeks?|months?|mths?|wks?)`;

/**
 * One extra dose of an everyday medicine, given or taken by mistake: "two doses of calpol an hour apart",
 * "an extra 5ml of calpol", "took my morning ibuprofen twice". A single extra therapeutic dose of
 * paracetamol or ibuprofen stays far below a harmful amount (TOXBASE: paracetamol 75 mg/kg), so it is a
 * question for the pharmacist. Read only where the sentence names such a medicine and the slip as one dose
 * too many; never beside a medicine one extra dose of which harms, an adult or stronger
 * product, doses repeated over time, an amount beyond a dose, a baby, or a child who got to it alone.
 */
export const ONE_EXTRA_EVERYDAY_DOSE = new RegExp(
  String.raw`^(?![^]*\b(?:${HARMFUL_IN_ONE_EXTRA_DOSE}|${REPEATED_OVER_TIME}|${NOT_ONE_MEASURED_DOSE})\b)(?=[^]*\b(?:${EVERYDAY_MEDICINE})\b)[^]*?\b(?:${ONE_DOSE_TOO_MANY})\b`,
);

/** A child found with medicines all accounted for, one tablet too many, or one extra dose of an everyday medicine. */
export const ORDINARY_DOSE_SLIP = new RegExp(
  `${NOTHING_MISSING.source}|${ONE_TABLET_TOO_MANY.source}|${ONE_EXTRA_EVERYDAY_DOSE.source}`,
);

/** An adult's daily tablet taken twice, one tablet too many, or one extra dose of an everyday medicine. */
export const ORDINARY_EXTRA_DOSE = new RegExp(
  `${ONE_EXTRA_DAILY_DOSE.source}|${ONE_TABLET_TOO_MANY.source}|${ONE_EXTRA_EVERYDAY_DOSE.source}`,
);
