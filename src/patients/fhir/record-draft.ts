import type { FhirResource } from './fhir-types.js';
import type { PatientRecordDraft } from './patient-record-draft.js';
import { narrativeOf } from './record-mappers/narrative.js';
import type { RecordFacts } from './record-mappers/record-mapper.js';

export type RecordDraftOutcome = { kind: 'record'; record: PatientRecordDraft } | { kind: 'skipped'; reason: string };

/**
 * Turns what a mapper found into a stored record. A record needs a date (retrieval filters and
 * orders by it) and a description (the narrative is what the model reads); a resource missing
 * either is skipped with that reason rather than stored half-empty.
 */
export function draftRecord(resource: FhirResource, facts: RecordFacts, sourceId: string): RecordDraftOutcome {
  if (facts.date === undefined) return { kind: 'skipped', reason: 'no date' };
  if (facts.summary === undefined) return { kind: 'skipped', reason: 'no description' };
  const details = (facts.details ?? []).filter((detail): detail is string => detail !== undefined);
  const record: PatientRecordDraft = {
    resource_type: resource.resourceType,
    date: facts.date.day,
    codes: facts.codes,
    source_id: sourceId,
    text: narrativeOf(facts.date, facts.label, facts.summary, details, facts.excerpt),
  };
  if (facts.note_text !== undefined) record.note_text = facts.note_text;
  return { kind: 'record', record };
}
