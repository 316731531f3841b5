import { displayOf, displaysOf } from '../codeable-concept.js';
import type { CodeableConcept, FhirResource, Reference } from '../fhir-types.js';
import { distinctTexts, isObject, listOf, textOf } from '../fhir-values.js';
import { listInWords } from './narrative.js';
import type { MappingContext } from './record-mapper.js';

/**
 * Why something was done, in words: coded reasons, then referenced conditions (their code when
 * the reference resolves inside the bundle, else the reference's own display).
 */
export function reasonsOf(
  reasonCode: CodeableConcept[] | undefined,
  reasonReference: Reference[] | undefined,
  resource: FhirResource,
  context: MappingContext,
): string[] {
  return distinctTexts([
    ...displaysOf(listOf(reasonCode)),
    ...listOf(reasonReference).map((reference) => referencedDisplay(reference, resource, context)),
  ]);
}

/** The wording of a referenced resource: its `code` if it resolves, else the reference display. */
export function referencedDisplay(
  reference: Reference | undefined,
  resource: FhirResource,
  context: MappingContext,
): string | undefined {
  const target = context.resolve(reference, resource);
  const targetCode = isObject(target) ? displayOf(target.code as CodeableConcept | undefined) : undefined;
  return targetCode ?? (isObject(reference) ? textOf(reference.display) : undefined);
}

/** "reason Fever and Cough", or nothing when there is no reason. */
export function reasonDetail(reasons: string[]): string | undefined {
  return reasons.length === 0 ? undefined : `reason ${listInWords(reasons)}`;
}
