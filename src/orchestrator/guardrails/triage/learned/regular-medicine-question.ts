/**
 * Whether a message the rules read no finding in (only who, what and when) asks about a medicine the person takes regularly: whether
 * another can be taken with it, whether it is safe with a drink, a food or a jab, or what to do about a missed dose: "My
 * grandad takes warfarin, digoxin and bisoprolol. Can he take paracetamol for his knee pain?", "I take methotrexate on
 * Mondays and forgot it this week; should I take it today?".
 *
 * Why the wording model is held back: it learned the names of high-risk medicines from the overdoses and the errors
 * they were told in, and read a plain question about taking one as prescribed as an emergency. The BNF, NHS 111 and a
 * pharmacist answer such a question with advice; what makes it an emergency is a symptom, an amount too many or a
 * medicine taken by mistake, all of which the rules read. Only where the rules found no finding in the message, so
 * a bleed, a fall, a dose too many or a symptom they read keeps the model's reading.
 */
export function isRegularMedicineQuestion(normalized: string): boolean {
  return REGULAR_MEDICINE.test(normalized) && ASKED_ABOUT_IT.test(normalized) && !NOT_AS_PRESCRIBED.test(normalized);
}

const MEDICINE = String.raw`(?:warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|aspirin|digoxin|amiodarone|bisoprolol|atenolol|propranolol|amlodipine|ramipril|lisinopril|losartan|furosemide|spironolactone|atorvastatin|simvastatin|statins?|methotrexate|lithium|insulin|metformin|gliclazide|levothyroxine|thyroxine|prednisolone|steroids?|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|quetiapine|olanzapine|clozapine|valproate|lamotrigine|levetiracetam|carbamazepine|phenytoin|morphine|oxycodone|fentanyl|codeine|tramadol|gabapentin|pregabalin|diazepam|tacrolimus|azathioprine|hydroxychloroquine|allopurinol|colchicine|tamoxifen|letrozole|blood\s+thinners?)`;

/** The medicine told as taken regularly: "takes warfarin", "is on lithium", "I take methotrexate 10 mg on Mondays". */
const REGULAR_MEDICINE = new RegExp(
  String.raw`\b(?:takes?|taking|(?:is|am|are|been|was)\s+on|prescribed|uses?|using)\s+(?:(?:[\w-]+|,)\s+){0,4}?${MEDICINE}\b`,
);

/** A question about taking it: another medicine with it, a drink, a food or a jab, or a dose missed. */
const ASKED_ABOUT_IT =
  /\b(?:can|could|should|may|is\s+it\s+(?:safe|ok|okay|alright|fine)\s+(?:for\s+(?:me|him|her|them)\s+)?to)\s+(?:(?:i|he|she|they|we|you|my\s+[\w-]+)\s+)?(?:still\s+)?(?:take|have|use|drink|eat|get|give|start|stop|skip|double)\b|\binteract\w*\b|\b(?:forgot|forgotten|missed|skipped)\s+(?:(?:to\s+take\s+)?(?:it|my|his|her|a|the|this|last|[\w-]+'s)\s+)?(?:\w+\s+){0,2}?(?:dose|it|tablets?|pills?|injection|jab)\b/;

/** A dose not as prescribed: too many, twice, by mistake, someone else's, a swallow by a child. */
const NOT_AS_PRESCRIBED =
  /\b(?:too\s+many|too\s+much|twice|double\w*|extra|by\s+mistake|accident\w*|wrong|overdos\w*|swallowed|got\s+into|instead)\b/;
