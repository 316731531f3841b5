/**
 * Numbered names are written three ways: the collection has "Factor V Leiden", "glycogen storage
 * disease type VI", "mucopolysaccharidosis type III" beside "type 2 diabetes" and
 * "neurofibromatosis type 1"; patients type "factor 5", "type 6", "mps 3" or say "type two". The
 * numeral alone is no search term (a bare number or a single letter says nothing, "ii" or "two" is
 * in every numbered name), so the number of a numbered name becomes one token of its head and
 * number in digits, the same for every spelling: "type VI", "type 6", "type six" → "type type6";
 * "type IIIB" → "type type3b". A stage, grade or phase is no name: "stage 2" told about a
 * patient's lymphoma put every cancer's staging passage before the outlook asked for
 * (development-2), and the stage passages are found by "stage" itself.
 */
const HEADS = 'type|types|factor|group|complex|mps|gsd|mucolipidosis|chiari';
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
];
/**
 * A head, then a number in digits, Roman numerals or words, with an optional sub-type letter
 * ("IIIB", "2a"). A capital I after the head is the pronoun when a verb follows ("what type I
 * have", "which stage I am in"); a lower-case i alone is always the pronoun.
 */
const NUMBERED_NAME = new RegExp(
  `\\b(${HEADS})[\\s-]+(?:(\\d{1,2})|([ivx]{1,5})|(${NUMBER_WORDS.join('|')}))([a-d])?\\b` +
    `(?!'|\\s+(?:am|have|had|was|should|need|think|got|get|can|will|would|do|did|know|mean|found)\\b)`,
  'gi',
);
const ROMAN_NUMERAL = /^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$/i;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(numeral: string): number {
  let total = 0;
  const digits = numeral.toUpperCase();
  for (let at = 0; at < digits.length; at += 1) {
    const value = ROMAN_VALUES[digits[at]!]!;
    const next = ROMAN_VALUES[digits[at + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The text with the number of each numbered name it holds written as one "<head><number>" token (see above). */
export function withNumberedNameTokens(text: string): string {
  return text.replace(
    NUMBERED_NAME,
    (name: string, head: string, digits?: string, roman?: string, word?: string, letter?: string) => {
      if (roman !== undefined && (roman === 'i' || !ROMAN_NUMERAL.test(roman))) return name;
      const number =
        digits !== undefined
          ? Number(digits)
          : roman !== undefined
            ? romanValue(roman)
            : NUMBER_WORDS.indexOf(word!.toLowerCase());
      const singular = head.toLowerCase() === 'types' ? 'type' : head.toLowerCase();
      return `${head} ${singular}${number}${letter?.toLowerCase() ?? ''}`;
    },
  );
}
