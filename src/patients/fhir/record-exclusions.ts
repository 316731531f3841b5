import { hasCode } from './codeable-concept.js';
import type { BundleEntry, CodeableConcept, FhirResource, Reference } from './fhir-types.js';
import { isObject, textOf } from './fhir-values.js';

/**
 * Why a resource that has a mapper must still not become a record, or undefined when it may.
 * - `entered in error`: the source retracted it; it states nothing true about the patient.
 * - `other patient`: it plainly points at someone else; storing it under this account would
 *   leak one person's record to another.
 */
export function exclusionReason(resource: FhirResource, patientEntry: BundleEntry): string | undefined {
  if (isEnteredInError(resource)) return 'entered in error';
  const subject = (resource.subject ?? resource.patient) as Reference | undefined;
  if (pointsAtAnotherPatient(subject, patientEntry)) return 'other patient';
  return undefined;
}

function isEnteredInError(resource: FhirResource): boolean {
  return (
    resource.status === 'entered-in-error' ||
    resource.docStatus === 'entered-in-error' ||
    hasCode(resource.verificationStatus as CodeableConcept | undefined, 'entered-in-error')
  );
}

/**
 * Only literal references are judged: the patient's fullUrl, `Patient/<id>` or an absolute URL
 * ending in it. A missing or conditional reference (`Patient?identifier=...`) cannot be checked
 * and is taken to mean the bundle's patient, as in Synthea transaction bundles.
 */
function pointsAtAnotherPatient(subject: Reference | undefined, patientEntry: BundleEntry): boolean {
  const reference = isObject(subject) ? textOf(subject.reference)?.replace(/\/_history\/.*$/, '') : undefined;
  if (reference === undefined || reference.includes('?') || reference.startsWith('#')) return false;
  const patientId = textOf(patientEntry.resource?.id);
  if (reference === textOf(patientEntry.fullUrl)) return false;
  if (reference === `urn:uuid:${patientId}`) return false;
  return !(reference === `Patient/${patientId}` || reference.endsWith(`/Patient/${patientId}`));
}
