import type { PatientRecordDraft } from '../fhir/index.js';
import type { StoredPatientRecord } from '../schemas/patient-record.schema.js';

/** The unique key of a record within one patient's records. */
export function recordKey(record: { resource_type: string; source_id: string }): string {
  return `${record.resource_type}/${record.source_id}`;
}

export interface RecordImportPlan {
  /** Not stored yet, in bundle order. */
  created: PatientRecordDraft[];
  /** Stored with other content (or without a current embedding), in bundle order. */
  updated: PatientRecordDraft[];
  /** Already stored exactly as the bundle has them: not written again. */
  unchanged: number;
}

/**
 * Compares a bundle's records with what is stored, so a re-import writes only what changed and
 * the same bundle twice writes nothing. A stored record counts as changed when its content
 * differs, or when embeddings are on and it lacks a vector from the current model.
 */
export function planRecordImport(
  drafts: readonly PatientRecordDraft[],
  stored: ReadonlyMap<string, StoredPatientRecord>,
  embeddingModel: string | null,
): RecordImportPlan {
  const plan: RecordImportPlan = { created: [], updated: [], unchanged: 0 };
  for (const draft of drafts) {
    const existing = stored.get(recordKey(draft));
    if (existing === undefined) plan.created.push(draft);
    else if (sameContent(draft, existing) && hasCurrentEmbedding(existing, embeddingModel)) plan.unchanged += 1;
    else plan.updated.push(draft);
  }
  return plan;
}

function sameContent(draft: PatientRecordDraft, stored: StoredPatientRecord): boolean {
  return (
    draft.date === stored.date &&
    draft.text === stored.text &&
    (draft.note_text ?? null) === (stored.note_text ?? null) &&
    sameCodes(draft.codes, stored.codes)
  );
}

function sameCodes(left: PatientRecordDraft['codes'], right: StoredPatientRecord['codes']): boolean {
  if (left.length !== (right ?? []).length) return false;
  return left.every((code, index) => {
    const other = right[index];
    return (
      code.system === other.system && code.code === other.code && (code.display ?? null) === (other.display ?? null)
    );
  });
}

// Without embeddings configured a stored vector is kept as it is: turning the feature off must
// not rewrite every record.
function hasCurrentEmbedding(stored: StoredPatientRecord, embeddingModel: string | null): boolean {
  if (embeddingModel === null) return true;
  return stored.embedding_model === embeddingModel && Array.isArray(stored.embedding) && stored.embedding.length > 0;
}
