import type { TestResultFinding } from './test-result-findings.js';

/**
 * A test's result told as a bare number ("my A1c is 9.1", "the pressure was 26 in both eyes",
 * "platelets 90"), read against the measure's usual adult range: a number past it points to the
 * condition the NIH answers are written under, as "high" or "low" does in TEST_RESULT_FINDINGS.
 * The limits are the usual cut-offs of the tests (an A1c of 6.5 % for diabetes, an eye pressure
 * over 21 mmHg, fewer than 150,000 platelets, a blood lead of 5 µg/dL), not any question's numbers.
 */
interface TestResultRange {
  measured: readonly string[];
  /** A word the text must hold beside the measure ("pressure" is the eye's only in a message about eyes). */
  about?: readonly string[];
  /** A word before the measure that makes it another measure ("blood pressure" is no eye pressure). */
  notAfter?: readonly string[];
  /** The reading is past the range above this number, or below `below`. */
  above?: number;
  below?: number;
  /** Counts told in thousands as well as whole ("90" and "90,000" platelets). */
  inThousands?: boolean;
  clinical: readonly string[];
}

const TEST_RESULT_RANGES: readonly TestResultRange[] = [
  { measured: ['a1c', 'hba1c', 'hemoglobin a1c'], above: 6.4, clinical: ['diabetes'] },
  { measured: ['fasting glucose', 'fasting blood sugar', 'fasting sugar'], above: 125, clinical: ['diabetes'] },
  {
    measured: ['eye pressure', 'eye pressures', 'intraocular pressure', 'iop', 'pressure'],
    about: ['eye', 'eyes', 'ophthalmologist', 'optometrist', 'glaucoma'],
    notAfter: ['blood'],
    above: 21,
    clinical: ['glaucoma'],
  },
  {
    measured: ['platelets', 'platelet count', 'platelet'],
    below: 150,
    inThousands: true,
    clinical: ['thrombocytopenia'],
  },
  { measured: ['lead', 'lead level', 'blood lead', 'blood lead level'], above: 4.9, clinical: ['lead poisoning'] },
  { measured: ['tsh'], above: 4.5, clinical: ['hypothyroidism'] },
  { measured: ['tsh'], below: 0.4, clinical: ['hyperthyroidism'] },
  { measured: ['uric acid', 'urate'], above: 6.8, clinical: ['gout'] },
];

/** Words a number may be counting instead of being the result ("for 30 years", "2 tablets"). */
const NOT_A_RESULT =
  /^(?:years?|yrs?|months?|weeks?|days?|hours?|times?|mg|mcg|tablets?|pills?|doses?|kids?|children|people|minutes?)$/;
/** The result is one of the few words after its measure ("my A1c came back at 9.1"). */
const RESULT_WINDOW = 5;
/** Or one of the two words before it ("the nurse measured 28 pressure"). */
const BEFORE_WINDOW = 2;

/** Lower-cased words ("a1c" one word), a number kept whole ("7.2", "85,000"). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*|\d+(?:[.,]\d+)*/gu) ?? [];
}

function numberOf(word: string, inThousands: boolean): number | null {
  if (!/^\d/.test(word)) return null;
  const thousands = /^\d{1,3}(?:,\d{3})+$/.test(word);
  const value = Number(thousands ? word.replace(/,/g, '') : word.replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  return inThousands && value >= 1000 ? value / 1000 : value;
}

/**
 * The first number within RESULT_WINDOW words after a measure ("my A1c came back at 9.1"), else
 * one just before it ("she measured 28 pressure"), unless it counts something else.
 */
function readingOf(words: readonly string[], start: number, end: number, inThousands: boolean): number | null {
  const near: number[] = [];
  for (let at = end; at < Math.min(words.length, end + RESULT_WINDOW); at += 1) near.push(at);
  for (let at = start - 1; at >= Math.max(0, start - BEFORE_WINDOW); at -= 1) near.push(at);
  for (const at of near) {
    const value = numberOf(words[at], inThousands);
    if (value === null) continue;
    return NOT_A_RESULT.test(words[at + 1] ?? '') ? null : value;
  }
  return null;
}

/**
 * The findings the text tells by a number past a measure's usual range ("my A1c is 9.1" →
 * diabetes; "her platelets are 90" → thrombocytopenia), shaped as testResultFindingsIn's: the
 * measure, the number read as its reading, the condition.
 */
export function outOfRangeFindingsIn(text: string): TestResultFinding[] {
  const words = wordsOf(text);
  const found: TestResultFinding[] = [];
  for (const range of TEST_RESULT_RANGES) {
    if (range.about && !range.about.some((word) => words.includes(word))) continue;
    for (const phrase of range.measured) {
      const phraseWords = phrase.split(' ');
      const reading = words.findIndex(
        (_word, start) =>
          phraseWords.every((word, offset) => words[start + offset] === word) &&
          !range.notAfter?.includes(words[start - 1] ?? '') &&
          isPast(range, readingOf(words, start, start + phraseWords.length, range.inThousands ?? false)),
      );
      if (reading < 0) continue;
      found.push({ measured: [phrase], clinical: range.clinical });
      break;
    }
  }
  return found;
}

function isPast(range: TestResultRange, value: number | null): boolean {
  if (value === null) return false;
  return (range.above !== undefined && value > range.above) || (range.below !== undefined && value < range.below);
}
