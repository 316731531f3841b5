import type { ClinicalDate } from '../clinical-date.js';

/**
 * "2020-03-07 — Condition: Headache (finding), onset 2020-03-07, resolved 2020-03-30": the date
 * first so the model and the patient can place the fact in time, then what it is, then details.
 */
export function narrativeOf(
  date: ClinicalDate,
  label: string,
  summary: string,
  details: string[],
  excerpt?: string,
): string {
  const head = [summary, ...details].join(', ');
  const tail = excerpt === undefined ? '' : `. ${excerpt}`;
  return `${date.asWritten} — ${label}: ${head}${tail}`;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
