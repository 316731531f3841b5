import { FhirBundleError } from './fhir-bundle-error.js';
import type { BundleEntry, Patient } from './fhir-types.js';
import { isRecord, listOf, textOf } from './fhir-values.js';
import { usableNameOf } from './patient-name.js';

// Bundle types that carry resources as data. `document` and `message` bundles are shaped around
// a Composition or MessageHeader, and history bundles repeat versions of the same resource.
const SUPPORTED_BUNDLE_TYPES = ['transaction', 'batch', 'collection', 'searchset'];

/** A bundle checked to describe exactly one patient, with that patient's entry located. */
export interface ReadBundle {
  entries: BundleEntry[];
  patientEntry: BundleEntry & { resource: Patient };
}

/** Checks that the input is a supported Bundle with exactly one usable Patient. */
export function readBundle(input: unknown): ReadBundle {
  if (!isRecord(input)) {
    throw new FhirBundleError('The document is not a JSON object, so it cannot be a FHIR Bundle.', 'resourceType');
  }
  if (input.resourceType !== 'Bundle') {
    throw new FhirBundleError(
      typeof input.resourceType === 'string'
        ? `The document is a FHIR ${input.resourceType} resource, not a Bundle.`
        : 'The document has no resourceType, so it is not a FHIR Bundle.',
      'resourceType',
    );
  }
  if (typeof input.type !== 'string' || !SUPPORTED_BUNDLE_TYPES.includes(input.type)) {
    throw new FhirBundleError(
      `The bundle type ${JSON.stringify(input.type ?? null)} is not supported; ` +
        'use a transaction, batch, collection or searchset bundle.',
      'type',
    );
  }
  if (input.entry !== undefined && !Array.isArray(input.entry)) {
    throw new FhirBundleError('The bundle has an entry field that is not a list.');
  }
  const entries = listOf(input.entry as BundleEntry[] | undefined);
  const patientEntries = entries.filter(isUsablePatientEntry);
  if (patientEntries.length === 0) {
    throw new FhirBundleError('The bundle has no Patient resource with an id and a name.');
  }
  if (patientEntries.length > 1) {
    // Several patients in one upload would let one account receive another person's records.
    throw new FhirBundleError(
      'The bundle has more than one Patient resource with an id and a name; upload one patient per bundle.',
    );
  }
  return { entries, patientEntry: patientEntries[0] };
}

function isUsablePatientEntry(entry: unknown): entry is BundleEntry & { resource: Patient } {
  if (!isRecord(entry) || !isRecord(entry.resource)) return false;
  const resource = entry.resource;
  return (
    resource.resourceType === 'Patient' &&
    textOf(resource.id) !== undefined &&
    usableNameOf(resource as Patient) !== undefined
  );
}
