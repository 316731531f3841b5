import { mapFhirBundle } from '../fhir-bundle-mapper.js';
import type { PatientRecordDraft } from '../patient-record-draft.js';
import { syntheticBundle } from './synthetic-bundle.js';

/**
 * Maps `resource` inside a synthetic one-patient bundle (with `neighbours` beside it for
 * references to resolve) and returns its record, or the skip key it was counted under.
 */
export function mapOneResource(
  resource: Record<string, unknown>,
  ...neighbours: Array<Record<string, unknown>>
): { record?: PatientRecordDraft; skippedAs?: string } {
  const mapped = mapFhirBundle(syntheticBundle([...neighbours, resource]));
  const record = mapped.records.find((candidate) => candidate.source_id === resource.id);
  if (record !== undefined) return { record };
  const neighbourTypes = new Set(neighbours.map((neighbour) => neighbour.resourceType));
  const skippedAs = Object.keys(mapped.skipped.by_type).find((key) => !neighbourTypes.has(key));
  return { skippedAs };
}

/** The narrative of `resource`, failing the test when it was skipped. */
export function narrativeOf(resource: Record<string, unknown>, ...neighbours: Array<Record<string, unknown>>): string {
  const { record, skippedAs } = mapOneResource(resource, ...neighbours);
  if (record === undefined) throw new Error(`resource was skipped as ${skippedAs}`);
  return record.text;
}
