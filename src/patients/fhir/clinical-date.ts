import type { Period } from './fhir-types.js';
import { isObject } from './fhir-values.js';

/**
 * A FHIR date as a record carries it: `day` is a full `YYYY-MM-DD` for storage and date-range
 * filters; `asWritten` keeps the precision the source had (`2019`, `2019-05`, `2019-05-02`) so a
 * narrative never claims a day the record does not know.
 */
export interface ClinicalDate {
  day: string;
  asWritten: string;
}

// FHIR date, dateTime and instant all start with YYYY[-MM[-DD]]; an optional time part follows.
const FHIR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Parses a FHIR date, dateTime or instant. The calendar day is taken as written, in the time
 * zone the record was made in: converting `2020-03-06T20:20:23-08:00` to UTC would move the
 * patient's evening visit to the next day.
 */
export function parseClinicalDate(value: unknown): ClinicalDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = FHIR_DATE.exec(value.trim());
  if (match === null) return undefined;
  const [, year, month, day] = match;
  if (month !== undefined && !(month >= '01' && month <= '12')) return undefined;
  if (day !== undefined && !(day >= '01' && day <= '31')) return undefined;
  const asWritten = [year, month, day].filter((part) => part !== undefined).join('-');
  // A partial date is padded to its first day so it still sorts and falls inside date filters.
  return { day: `${year}-${month ?? '01'}-${day ?? '01'}`, asWritten };
}

/** The first parsable date among the candidates, in order of clinical relevance. */
export function firstClinicalDate(...candidates: unknown[]): ClinicalDate | undefined {
  for (const candidate of candidates) {
    const date = parseClinicalDate(candidate);
    if (date !== undefined) return date;
  }
  return undefined;
}

export function periodStart(period: Period | undefined): string | undefined {
  return isObject(period) && typeof period.start === 'string' ? period.start : undefined;
}

export function periodEnd(period: Period | undefined): string | undefined {
  return isObject(period) && typeof period.end === 'string' ? period.end : undefined;
}

/**
 * "until <end>" when a period ends on a later day than the record's date; nothing when it ends
 * the same day, since the narrative already starts with that day.
 */
export function untilDetail(start: ClinicalDate | undefined, end: unknown): string | undefined {
  const endDate = parseClinicalDate(end);
  if (endDate === undefined || endDate.day === start?.day) return undefined;
  return `until ${endDate.asWritten}`;
}
