import { displayOf } from '../codeable-concept.js';
import type { CodeableConcept, Dosage, FhirResource, Reference } from '../fhir-types.js';
import { isObject, listOf, textOf } from '../fhir-values.js';
import type { MappingContext } from './record-mapper.js';

interface MedicationChoice {
  medicationCodeableConcept?: CodeableConcept;
  medicationReference?: Reference;
}

/**
 * The medicine a MedicationRequest or MedicationStatement is about: given inline as a concept,
 * or as a reference to a Medication resource in the bundle (or contained in the resource).
 */
export function medicationConceptOf(
  resource: FhirResource & MedicationChoice,
  context: MappingContext,
): { display: string | undefined; concept: CodeableConcept | undefined } {
  if (isObject(resource.medicationCodeableConcept)) {
    const concept = resource.medicationCodeableConcept;
    return { display: displayOf(concept), concept };
  }
  const medication = context.resolve(resource.medicationReference, resource);
  const concept = isObject(medication) ? (medication.code as CodeableConcept | undefined) : undefined;
  const referenceDisplay = isObject(resource.medicationReference)
    ? textOf(resource.medicationReference.display)
    : undefined;
  return { display: displayOf(concept) ?? referenceDisplay, concept };
}

/** The free-text instructions of the first dosage that has them, e.g. "Take 1 tablet twice a day". */
export function dosageTextOf(dosages: Dosage[] | undefined): string | undefined {
  return listOf(dosages)
    .map((dosage) => (isObject(dosage) ? textOf(dosage.text) : undefined))
    .find(Boolean);
}
