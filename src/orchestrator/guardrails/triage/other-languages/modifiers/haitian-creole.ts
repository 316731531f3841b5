/**
 * Haitian Creole: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const HAITIAN_CREOLE_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A pain told as passed ("li pase", closing its clause: not "li pase lakay"), not there now, back again.
  ['li (?:te )?pase(?= ?(?:[,.;!?]|$|kounye|men|epi))', 'it passed'],
  ['pa gen doule', 'no pain'],
  // Session 63 (T142): "pa gen" before any finding is its negation ("m pa gen souf kout": I am not short of breath),
  // read as the English rules read "no"; word for word it came out "not has", which no English negation reads.
  ['pa gen (?:yon )?souf kout', 'no shortness of breath'],
  ['pa gen(?= (?!tan|pwoblem|anyen)\\p{L})', 'no'],
  // A pain told as passed for good ("l pase nèt", "li pase nèt"), and the evening before ("yè swa").
  ['(?:li |l )?pase net', 'it has passed completely'],
  ['ye swa', 'last night'],
  ['(?:li )?tounen anko|li retounen', 'it came back again'],
];
