import type { Patient } from './fhir-types.js';
import { isObject, listOf, textOf } from './fhir-values.js';

/**
 * The name the patient id is built from: the official name when there is one, else the first
 * name with both a given and a family part.
 */
export function usableNameOf(patient: Patient): { given: string; family: string } | undefined {
  const names = listOf(patient.name).filter(isObject);
  const ordered = [...names.filter((name) => name.use === 'official'), ...names];
  for (const name of ordered) {
    const given = textOf(listOf(name.given)[0]);
    const family = textOf(name.family);
    if (given !== undefined && family !== undefined) return { given, family };
  }
  return undefined;
}
