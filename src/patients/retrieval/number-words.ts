/**
 * Numbers as people write them in record questions ("two years ago", "when she was eleven", "in
 * fifth grade", "twenty-five"): the one table the date and age readings both extend.
 */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** "one" … "nineteen", and the tens "twenty" … "ninety". */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...[...UNITS, ...TEENS].map((word, index) => [word, index + 1] as const),
  ...TENS.map((word, index) => [word, (index + 2) * 10] as const),
]);

/** A cardinal in digits or words, tens with their unit ("twenty-five", "thirty one") first. */
export const CARDINAL = `(?:\\d{1,3}|(?:${TENS.join('|')})(?:[-\\s](?:${UNITS.join('|')}))?|${[...TEENS, ...UNITS].join('|')})`;

/** "1st" … "12th" and "first" … "twelfth": school grades. */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})`;

/** The value of a cardinal matched by CARDINAL, extra words included ("a" → 1 in "a year ago"). */
export function cardinalValue(word: string, extra: Readonly<Record<string, number>> = {}): number | undefined {
  const text = word.toLowerCase().trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (extra[text] !== undefined) return extra[text];
  const [tens, unit] = text.split(/[-\s]+/);
  const value = CARDINAL_WORDS[tens];
  if (value === undefined) return undefined;
  if (unit === undefined) return value;
  const unitValue = CARDINAL_WORDS[unit];
  return unitValue !== undefined && value >= 20 && unitValue < 10 ? value + unitValue : undefined;
}

/** The value of an ordinal matched by ORDINAL ("5th", "fifth" → 5). */
export function ordinalValue(word: string): number | undefined {
  const text = word.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(text);
  if (digits) return Number(digits[1]);
  const index = ORDINAL_WORDS.indexOf(text);
  return index === -1 ? undefined : index + 1;
}
