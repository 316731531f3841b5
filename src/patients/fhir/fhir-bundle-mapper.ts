import { readBundle } from './bundle-reader.js';
import { BundleReferenceResolver } from './bundle-reference-resolver.js';
import { FhirBundleError } from './fhir-bundle-error.js';
import type { BundleEntry, FhirResource } from './fhir-types.js';
import { isObject } from './fhir-values.js';
import { patientIdentityOf, type PatientIdentity } from './patient-identity.js';
import type { PatientRecordDraft } from './patient-record-draft.js';
import { draftRecord, type RecordDraftOutcome } from './record-draft.js';
import { exclusionReason } from './record-exclusions.js';
import { assertBundleNoteTextWithinLimit } from './record-mappers/note-text.js';
import { RECORD_MAPPERS } from './record-mappers/record-mapper-registry.js';
import { sourceIdOf } from './source-id.js';

/** Entries that did not become records, by resource type or by `Type (reason)`. */
export interface SkippedEntries {
  total: number;
  by_type: Record<string, number>;
}

export interface MappedFhirBundle {
  patient: PatientIdentity;
  /** In bundle order, so mapping the same bundle twice gives the same list. */
  records: PatientRecordDraft[];
  skipped: SkippedEntries;
}

/**
 * Maps one patient's FHIR R4 bundle to the account identity and the records to store. Pure: no
 * I/O, no clock, so the same bundle always gives the same output and an import keyed on
 * `source_id` is idempotent.
 *
 * Throws FhirBundleError when the input is not a usable one-patient bundle, holds a clinical
 * note too large to store (`MAX_NOTE_TEXT_BYTES`), or notes that together hold more text than a
 * bundle may (`MAX_BUNDLE_NOTE_TEXT_BYTES`). Never throws for a single odd resource otherwise: it
 * is skipped and counted instead.
 */
export function mapFhirBundle(bundle: unknown): MappedFhirBundle {
  const { entries, patientEntry } = readBundle(bundle);
  const patient = patientIdentityOf(patientEntry.resource);
  const resolver = new BundleReferenceResolver(entries);
  const records: PatientRecordDraft[] = [];
  const skipped = new Map<string, number>();
  const seenSources = new Set<string>();

  for (const entry of entries) {
    if (entry === patientEntry) continue;
    const outcome = mapEntry(entry, patientEntry, resolver, seenSources);
    if (outcome.kind === 'record') records.push(outcome.record);
    else skipped.set(outcome.reason, (skipped.get(outcome.reason) ?? 0) + 1);
  }
  // Before any record is stored or tokenized, with the whole bundle's total to report.
  assertBundleNoteTextWithinLimit(records);

  return {
    patient,
    records,
    skipped: {
      total: [...skipped.values()].reduce((sum, count) => sum + count, 0),
      // fromEntries defines own properties, so a resourceType such as "__proto__" stays a key.
      by_type: Object.fromEntries(skipped),
    },
  };
}

/** One entry's record, or the `by_type` key it is skipped under. */
function mapEntry(
  entry: BundleEntry,
  patientEntry: BundleEntry,
  resolver: BundleReferenceResolver,
  seenSources: Set<string>,
): RecordDraftOutcome {
  if (!isObject(entry) || !isObject(entry.resource)) return { kind: 'skipped', reason: '(entry without a resource)' };
  const resource: FhirResource = entry.resource;
  if (typeof resource.resourceType !== 'string' || resource.resourceType === '') {
    return { kind: 'skipped', reason: '(resource without a resourceType)' };
  }
  const type = resource.resourceType;
  const mapper = RECORD_MAPPERS.get(type);
  if (mapper === undefined) return { kind: 'skipped', reason: type };

  const excluded = exclusionReason(resource, patientEntry);
  if (excluded !== undefined) return { kind: 'skipped', reason: `${type} (${excluded})` };
  const sourceId = sourceIdOf(entry, resource);
  // A resource listed twice would be stored twice under one key; the first one wins.
  const sourceKey = `${type}/${sourceId}`;
  if (seenSources.has(sourceKey)) return { kind: 'skipped', reason: `${type} (duplicate)` };
  seenSources.add(sourceKey);

  let outcome: RecordDraftOutcome;
  try {
    outcome = draftRecord(resource, mapper(resource, resolver), sourceId);
  } catch (error) {
    // A mapper that refuses the bundle (a note too large to store) says so in a sentence for the
    // admin; the import must fail whole rather than leave that record out.
    if (error instanceof FhirBundleError) throw error;
    // The mappers check shapes as they read, but bundle JSON can be malformed in ways no
    // check foresaw; one such resource must not fail the whole import.
    return { kind: 'skipped', reason: `${type} (unreadable)` };
  }
  return outcome.kind === 'record' ? outcome : { kind: 'skipped', reason: `${type} (${outcome.reason})` };
}
