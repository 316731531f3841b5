import type { CodeableConcept, Coding } from './fhir-types.js';
import { distinctTexts, isObject, listOf, textOf } from './fhir-values.js';
import type { RecordCode } from './patient-record-draft.js';

/**
 * The human wording of a concept: its `text` (written for people) first, else the first coding
 * display.
 */
export function displayOf(concept: CodeableConcept | undefined): string | undefined {
  if (!isObject(concept)) return undefined;
  return textOf(concept.text) ?? listOf(concept.coding).map(displayOfCoding).find(Boolean);
}

export function displayOfCoding(coding: Coding | undefined): string | undefined {
  return isObject(coding) ? textOf(coding.display) : undefined;
}

/** The wordings of several concepts, without repeats. */
export function displaysOf(concepts: Array<CodeableConcept | undefined>): string[] {
  return distinctTexts(concepts.map(displayOf));
}

/** Whether any coding of the concept carries one of the given codes (e.g. a status value). */
export function hasCode(concept: CodeableConcept | undefined, ...codes: string[]): boolean {
  if (!isObject(concept)) return false;
  return listOf(concept.coding).some((coding) => isObject(coding) && codes.includes(coding.code ?? ''));
}

/** The first code of a status-like concept, e.g. `resolved` from a Condition's clinicalStatus. */
export function firstCodeOf(concept: CodeableConcept | undefined): string | undefined {
  if (!isObject(concept)) return undefined;
  return listOf(concept.coding)
    .map((coding) => (isObject(coding) ? textOf(coding.code) : undefined))
    .find(Boolean);
}

/**
 * Every coding with a system and a code, across the concepts, without repeats: what retrieval
 * matches on when a question names a code system value.
 */
export function codesOf(concepts: Array<CodeableConcept | undefined>): RecordCode[] {
  const seen = new Set<string>();
  const codes: RecordCode[] = [];
  for (const concept of concepts) {
    if (!isObject(concept)) continue;
    for (const coding of listOf(concept.coding)) {
      if (!isObject(coding)) continue;
      const system = textOf(coding.system);
      const code = textOf(coding.code);
      if (system === undefined || code === undefined) continue;
      const key = `${system}|${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const display = textOf(coding.display);
      codes.push(display === undefined ? { system, code } : { system, code, display });
    }
  }
  return codes;
}
