/**
 * The model's second opinion on emergencies, given without an extra model call: the reasoning
 * prompt asks MedGemma to begin its answer with this line when the message needs emergency care
 * now. The rules stay the fast path; the mark catches what they miss, and it is read by code,
 * never shown to the patient.
 */
export const MODEL_EMERGENCY_MARK = '[[EMERGENCY]]';

/**
 * The mark as the model may write it: any case, up to three spaces inside the brackets (small
 * models drift from a fixed string), anywhere in the answer. What follows it up to the next
 * text (its line break) goes with it.
 */
const MARK = /\[\[[ \t]{0,3}emergency[ \t]{0,3}\]\]\s*/gi;

/** Longest text a mark can be, so a stream never holds back more than this. */
export const MAX_MARK_LENGTH = 2 + 3 + 'EMERGENCY'.length + 3 + 2;

/** Matches a proper beginning of a mark (`[`, `[[ EMER`, `[[EMERGENCY]`), anchored at both ends. */
const PARTIAL_MARK = new RegExp(
  `^${['\\[', '\\[', '[ \\t]{0,3}', ...'EMERGENCY', '[ \\t]{0,3}', '\\]'].reduceRight((rest, part) => `(?:${part}${rest})?`, '')}$`,
  'i',
);

export interface ModelEmergencyMarkReading {
  /** The model asked for emergency care now. */
  readonly flagged: boolean;
  /** The answer without any mark. */
  readonly text: string;
}

export function readModelEmergencyMark(answer: string): ModelEmergencyMarkReading {
  const text = answer.replace(MARK, '');
  return { flagged: text !== answer, text };
}

/**
 * Splits `text` at the first complete mark: what comes before it and what comes after it (the
 * mark and its trailing whitespace removed), or null when there is none.
 */
export function splitAtMark(text: string): { before: string; after: string } | null {
  MARK.lastIndex = 0;
  const found = MARK.exec(text);
  MARK.lastIndex = 0;
  if (!found) return null;
  return { before: text.slice(0, found.index), after: text.slice(found.index + found[0].length) };
}

/** Where a mark may be starting at the end of `text` (still incomplete), or text.length if nowhere. */
export function partialMarkStart(text: string): number {
  for (let start = Math.max(0, text.length - MAX_MARK_LENGTH); start < text.length; start += 1) {
    if (text[start] === '[' && PARTIAL_MARK.test(text.slice(start))) return start;
  }
  return text.length;
}
