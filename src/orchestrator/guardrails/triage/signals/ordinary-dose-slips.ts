/**
 * Dose slips that are questions for a pharmacist, not poisonings: what the medication-error and
 * ingestion signals read as ordinary in their sentence.
 */

/**
 * The drugs where a single extra dose harms an adult (TOXBASE): insulin and the sulfonylureas, methotrexate, the
 * opioids, digoxin, lithium, the rate-slowing calcium channel blockers, flecainide, clonidine, theophylline and the
 * tricyclics. Named anywhere in the sentence, the dose slip is the medication error the rules read.
 */
const ONE_EXTRA_DOSE_HARMS = String.raw`(?:insulin|methotrexate|opioids?|morphine|oxycodone|fentanyl|methadone|buprenorphine|codeine|tramadol|digoxin|lithium|verapamil|diltiazem|flecainide|clonidine|theophylline|sulfonylureas?|gliclazide|glimepiride|amitriptyline|nortriptyline)`;

/**
 * A child told in the sentence: TOXBASE reads one adult tablet in a small child by its own thresholds. An age is a
 * child's up to 15 ("48F" is read as "48 year old female").
 */
const A_CHILD = String.raw`(?:baby|toddler|child|kid|son|daughter|boy|girl|(?:[1-9]|1[0-5])[- ]years?[- ]old|\d+[- ]months?[- ]old)`;

/** A strength told in mg, and the same strength twice over: "10 mg instead of her usual 5 mg", "100mg instead of 50". */
const USUAL_STRENGTHS = [1, 1.25, 2, 2.5, 5, 10, 12.5, 20, 25, 40, 50, 75, 100, 150, 200, 250, 300, 400, 500];
const TWICE_THE_USUAL_STRENGTH = USUAL_STRENGTHS.map(
  (usual) =>
    String.raw`${usual * 2}\s*mg\s+(?:\w+\s+){0,2}?instead\s+of\s+(?:my\s+|his\s+|her\s+|their\s+|the\s+)?(?:usual\s+|normal\s+|daily\s+|prescribed\s+)?${String(usual).replace('.', String.raw`\.`)}(?!\d|\.\d)`,
).join('|');

/**
 * TOXBASE and NHS medicines advice: one extra dose of an adult's daily tablet (amlodipine twice this morning, "my
 * sertraline 50 mg twice", "10 mg instead of her usual 5 mg") is a question for the pharmacist or 111, not an
 * emergency - unless the drug is one where a single extra dose harms (`ONE_EXTRA_DOSE_HARMS`), named before or after
 * it, or the sentence tells a child.
 */
const ONE_EXTRA_DAILY_DOSE = new RegExp(
  String.raw`(?<!\b(?:${ONE_EXTRA_DOSE_HARMS}|${A_CHILD})\b[^.;]*)(?:\b(?:took|taken|had)\s+(?:my|his|her)\s+(?:usual\s+|daily\s+|morning\s+|evening\s+|night\s+|blood\s+pressure\s+)?(?:(?:tablet|pill|dose|meds)|(?!${ONE_EXTRA_DOSE_HARMS}\b)[a-z]{4,}\s+(?:\d+(?:\.\d+)?\s*mg\s+)?(?:(?:tablet|pill|dose)\s+)?)\s*twice\b|\b(?:${TWICE_THE_USUAL_STRENGTH}))(?![^.;]*\b(?:${ONE_EXTRA_DOSE_HARMS}|${A_CHILD})\b)`,
);

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

/**
 * One standard adult dose of paracetamol counted twice through a second product, told by the writer who took it: "I
 * took two paracetamol an hour ago and then realised my cold remedy also had paracetamol in it" (TOXBASE and NHS
 * medicines advice: one extra dose inside the day's limit is a question for the pharmacist; a staggered overdose, told
 * with a count of three or more tablets or doses, is not). The whole sentence holds no count of three or more, no whole
 * packet, no dosing told as repeated ("every 2 hours all day") and no one unwell (sickness, pain, yellowing,
 * drowsiness: TOXBASE sends those in whatever the dose): "I've taken 8 paracetamol today and my cold sachets also had
 * paracetamol" is read.
 */
export const ONE_DOSE_COUNTED_TWICE =
  /^(?![^.;]*\b(?:(?:[3-9]|\d{2,})\b(?!\s*(?:mg|ml|g|mcg)\b)|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty|thirty|forty|fifty|dozen|whole|entire|packets?|box(?:es)?|bottles?|all\s+(?:of\s+)?(?:the|my|them)|every|each|all\s+(?:day|night)|round\s+the\s+clock|regularly|times|doses|sick|vomit\w*|pain\w*|hurts?|aches?|yellow|drows\w*|confus\w*|unwell|ill)\b)[^.;]*?\b(?:i|i\s+have|i\s+had)\s+(?:took|taken|had)\s+(?:a|one|two|1|2|my\s+usual|the\s+usual|a\s+normal|the\s+normal)\s+(?:dose\s+of\s+)?(?:\w+\s+)?(?:paracetamol|acetaminophen|tylenol|panadol|co-?codamol|tablets?|pills?|capsules?|caplets?)\b[^.;]*\b(?:also|too|as\s+well)\b/;

/**
 * One tablet of a medicine TOXBASE counts as of low toxicity in a child, swallowed once: vitamin D or C, folic acid, a
 * contraceptive pill, an antacid or a probiotic ("swallowed one of my vitamin D tablets") is home care unless the child
 * is unwell. Never where the sentence tells iron or a multivitamin (which may hold it), a count of more, or the child
 * unwell (sick, drowsy, pain, a rash, breathing): those stay a poisoning.
 */
const ONE_LOW_TOXICITY_TABLET =
  /^(?![^.;]*\b(?:iron|ferrous|multi-?vitamins?|(?<!\b(?:is|aged|age)\s+)(?:[2-9]|\d{2,})\b(?!\s*(?:units?|iu|mcg|micrograms?|mg|years?|months?|weeks?|days?|[- ]years?[- ]old|[- ]months?[- ]old)\b)|two|three|four|five|six|several|few|some|handful|all|whole|sick|vomit\w*|drows\w*|sleepy|floppy|pain\w*|rash|breath\w*|unwell|choking)\b)[^.;]*\b(?:swallowed|ate|eaten|chewed|had|took|taken)\s+(?:one|a|1|a\s+single)\s+(?:of\s+)?(?:(?:my|his|her|our|their|the|[\w-]+'s)\s+)?(?:vitamin\s+(?:d3?|c)|folic\s+acid|contraceptive|combined|progesterone[- ]only|mini|rennie|gaviscon|antacid|probiotic)\s*(?:pills?|tablets?|capsules?|chewables?|gumm(?:y|ies))?\b/;

/**
 * A child found with medicines all accounted for, one tablet too many of an everyday medicine, or a child's single
 * tablet of a low-toxicity medicine.
 */
export const ORDINARY_DOSE_SLIP = new RegExp(
  `${NOTHING_MISSING.source}|${ONE_TABLET_TOO_MANY.source}|${ONE_LOW_TOXICITY_TABLET.source}`,
);

/**
 * Extra insulin as a type 1 sick-day plan prescribes it (JBDS / NHS sick-day rules: a correction dose of rapid-acting
 * insulin for raised glucose or ketones during an illness), or asked about as a plan ("should I give her extra insulin
 * for the high sugars?", "can I manage it with extra insulin"): no overdose. Never where its sentence tells a slip (by
 * mistake, twice, double, instead of, too much, the wrong pen) or a hypo or an illness TOXBASE sends in (shaky,
 * sweaty, low, confused, drowsy, vomiting). A decimal point ("glucose 15.2") does not end the sentence.
 */
const SICK_DAY_CORRECTION =
  /^(?!(?:[^.;]|\.(?=\d))*\b(?:by\s+mistake|mistaken\w*|accident\w*|wrong|instead|too\s+much|double\w*|twice|two\s+doses|hypo\w*|shak\w*|sweat\w*|low|confus\w*|drows\w*|unconscious|vomit\w*|being\s+sick)\b)(?:[^.;]|\.(?=\d))*?(?:\b(?:sick[- ]?days?|correction|corrective)\b|\b(?:high|raised)\s+(?:blood\s+)?(?:sugars?|glucose|readings?)\b|\b(?:can|could|should|shall)\s+(?:\w+\s+){0,6}?extra\s+insulin\b)/;

/** An adult's daily tablet taken twice, one tablet too many of an everyday medicine, or a sick-day insulin correction. */
export const ORDINARY_EXTRA_DOSE = new RegExp(
  `${ONE_EXTRA_DAILY_DOSE.source}|${ONE_TABLET_TOO_MANY.source}|${SICK_DAY_CORRECTION.source}`,
);

/**
 * A child's everyday medicine given once too often: "accidentally gave my 5 year old two doses of calpol an hour apart,
 * the right dose for his age each time, he seems totally fine", "gave her her antibiotic twice by accident" (TOXBASE:
 * two doses of 15 mg/kg of paracetamol make 30 mg/kg, under the 75 mg/kg that needs assessment; one extra dose of an
 * antibiotic or an antihistamine needs none; NHS 111 gives advice and the next dose's time). Only where the sentence
 * tells no amount of its own (ml, mg, grams, spoons, tablets: an amount is weighed by the rules, as "2 doses of calpol
 * 10 ml each" in a 2-month-old is in dose-told-by-kind.spec.ts), no baby in months, no other medicine or product, no
 * count of three or more, and no one unwell: those stay the medication error the rules read. A painkiller given twice is
 * read so only where the sentence tells the right dose each time (session 38: "I gave my son his calpol twice by mistake").
 */
const EVERYDAY_CHILD_MEDICINE = String.raw`(?:calpol|paracetamol|nurofen|ibuprofen|antibiotics?|amoxicillin|piriton|cetirizine|antihistamines?)`;
export const A_CHILDS_DOSE_GIVEN_ONCE_TOO_OFTEN = new RegExp(
  String.raw`^(?!(?![^.;]*\b(?:right|correct|recommended|proper)\s+(?:dose|amount)\b)[^.;]*\b(?:calpol|paracetamol|nurofen|ibuprofen)\b)(?![^.;]*(?:\b(?:${ONE_EXTRA_DOSE_HARMS}|iron|ferrous|adult|tablets?|pills?|liquid|bottle|cupboard|mouth|months?|weeks?|[3-9]\s+(?:doses|times)|three|four|five|six|several|whole|spoons?|teaspoons?|tablespoons?|grams?|sick|vomit\w*|drows\w*|sleep\w*|floppy|pain\w*|rash|breath\w*|unwell|confus\w*|pale|sweat\w*|shak\w*)\b|\d\s*(?:ml|mg|g|mls)\b|\b\d{3,}\b))[^.;]*?\b(?:(?:two|2)\s+doses\s+(?:of\s+)?(?:(?:his|her|their|the)\s+)?${EVERYDAY_CHILD_MEDICINE}|(?:gave|given|had)\s+(?:\w+\s+){0,4}?${EVERYDAY_CHILD_MEDICINE}\s+(?:\w+\s+){0,2}?(?:twice|again)|(?:a|one)\s+(?:second|extra|double)\s+dose\s+of\s+(?:(?:his|her|their|the)\s+)?${EVERYDAY_CHILD_MEDICINE})\b`,
);
