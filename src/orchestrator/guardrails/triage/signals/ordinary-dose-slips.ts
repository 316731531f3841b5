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

/** A child found with medicines all accounted for, or one tablet too many of an everyday medicine. */
export const ORDINARY_DOSE_SLIP = new RegExp(`${NOTHING_MISSING.source}|${ONE_TABLET_TOO_MANY.source}`);

/** An adult's daily tablet taken twice, or one tablet too many of an everyday medicine. */
export const ORDINARY_EXTRA_DOSE = new RegExp(`${ONE_EXTRA_DAILY_DOSE.source}|${ONE_TABLET_TOO_MANY.source}`);
