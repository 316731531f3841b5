/**
 * Run-time shape checks for untrusted bundle JSON. The FHIR typings say what a field should be;
 * these say what it is, so one malformed resource degrades instead of throwing.
 */

/** For untyped input: a plain JSON object whose fields are still unknown. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For a typed field: whether it really holds the object its typing promises. */
export function isObject<T extends object>(value: T | null | undefined): value is T {
  return isRecord(value);
}

/** A trimmed, non-empty string, or undefined for anything else. */
export function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The array's elements, or none when the field is missing or not an array. */
export function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** Distinct non-empty strings, first occurrence kept, so narratives never repeat themselves. */
export function distinctTexts(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}
