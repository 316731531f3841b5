import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { isDuplicateKey } from '../../common/mongo/duplicate-key.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { EmbeddingClient, EmbeddingUnavailableError } from '../embeddings/embedding-client.js';
import type { MappedFhirBundle, PatientRecordDraft } from '../fhir/index.js';
import { PatientRecordRepository, type RecordToWrite } from '../patient-record.repository.js';
import { RecordSearchIndex, type HeldClaim, type IndexedRecord } from '../search-index/record-search-index.js';
import type { StoredPatientRecord } from '../schemas/patient-record.schema.js';
import { planRecordImport, recordKey } from './record-import-plan.js';

export interface RecordImportResult {
  patient_id: string;
  /** The bundle's records, all stored once the import returns (new, changed or already there). */
  records_imported: number;
  created: number;
  updated: number;
  unchanged: number;
  /** `records_imported` per resource type. */
  by_type: Record<string, number>;
}

/**
 * Stores a mapped bundle's records, idempotently (upserts keyed on patient, resource type and
 * source id; unchanged records are not rewritten) and atomically per bundle.
 *
 * Atomicity without transactions (the embedded server has none, and a standalone mongod
 * neither): everything that can fail on the bundle itself happens before the first write —
 * mapping and validation (the caller), comparison with what is stored, embeddings. The writes
 * carry this import's id; if any of them, or the caller's `finalize` step (creating the
 * account), fails, every record this import wrote is put back as it was or deleted, and the
 * error is passed on. What is not covered: the process dying in the middle of the write phase
 * (milliseconds for a bundle) — running the same import again completes it.
 */
@Injectable()
export class PatientRecordImporter {
  private readonly logger = new Logger(PatientRecordImporter.name);

  constructor(
    private readonly records: PatientRecordRepository,
    private readonly searchIndex: RecordSearchIndex,
    /** Undefined when no embedding model is configured: records are then stored without vectors. */
    @Inject(EmbeddingClient) private readonly embeddings: EmbeddingClient | undefined,
  ) {}

  async importBundle(mapped: MappedFhirBundle, finalize?: () => Promise<void>): Promise<RecordImportResult> {
    try {
      return await this.importOnce(mapped, finalize);
    } catch (error) {
      // Another import of the same patient inserted one of our new records first (both had
      // planned it as new). Ours was undone; planning again against what is now stored succeeds.
      if (!isDuplicateKey(error)) throw error;
      const result = await this.importOnce(mapped, finalize);
      // The two imports' statistics updates and our undo's recount interleaved: count again.
      await this.searchIndex.refresh(mapped.patient.patient_id);
      return result;
    }
  }

  private async importOnce(mapped: MappedFhirBundle, finalize?: () => Promise<void>): Promise<RecordImportResult> {
    const patientId = mapped.patient.patient_id;
    // Before anything is written: the index is added to only if no one changes it meanwhile.
    const indexSeen = await this.searchIndex.snapshot(patientId);
    const stored = new Map((await this.records.findAllOf(patientId)).map((record) => [recordKey(record), record]));
    const plan = planRecordImport(mapped.records, stored, this.embeddings?.model ?? null);
    const toWrite = await this.withEmbeddings([...plan.created, ...plan.updated]);
    const writes = {
      created: toWrite.slice(0, plan.created.length),
      updated: toWrite
        .slice(plan.created.length)
        .map((record) => ({ ...record, _id: stored.get(recordKey(record))?._id })),
    };

    const importId = randomUUID();
    // The index claim this import holds while it has not ended it: its undo takes it over.
    const held: HeldClaim = {};
    try {
      const written = await this.records.writeAll(patientId, writes, importId, new Date());
      // The corpus statistics take what this import wrote, less the versions it replaced.
      const replaced = plan.updated.flatMap((record) => indexedOf(stored.get(recordKey(record))));
      await this.searchIndex.applyImport(patientId, indexSeen, written, replaced, stored.size === 0, held);
      await finalize?.();
    } catch (error) {
      await this.undo(patientId, importId, stored, held.revision);
      throw error;
    }
    return {
      patient_id: patientId,
      records_imported: mapped.records.length,
      created: plan.created.length,
      updated: plan.updated.length,
      unchanged: plan.unchanged,
      by_type: countByType(mapped.records),
    };
  }

  private async withEmbeddings(drafts: PatientRecordDraft[]): Promise<RecordToWrite[]> {
    if (!this.embeddings || drafts.length === 0) return drafts;
    let vectors: number[][];
    try {
      vectors = await this.embeddings.embed(drafts.map((draft) => draft.text));
    } catch (error) {
      if (!(error instanceof EmbeddingUnavailableError)) throw error;
      this.logger.warn(`Patient record import refused: ${error.message}`);
      throw new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        `${error.message} Records are stored with their embeddings, so nothing was imported; try again once the model answers.`,
      );
    }
    const model = this.embeddings.model;
    return drafts.map((draft, index) => ({ ...draft, embedding: vectors[index], embedding_model: model }));
  }

  private async undo(
    patientId: string,
    importId: string,
    stored: ReadonlyMap<string, StoredPatientRecord>,
    /** The index claim the import failed to end, if any: counted over at once rather than waited out. */
    ownClaim: number | undefined,
  ): Promise<void> {
    try {
      const written = await this.records.writtenBy(patientId, importId);
      for (const record of written) await this.records.revert(importId, record, stored.get(recordKey(record)));
      await this.searchIndex.refresh(patientId, { ownClaim });
      this.logger.warn({
        msg: 'Patient record import failed and was undone',
        patient_id: patientId,
        import_id: importId,
        reverted: written.length,
      });
    } catch (error) {
      // The database failed the import and now its undoing: say what is left, for the operator.
      this.logger.error({
        msg: 'Patient record import failed and could not be fully undone; import the same bundle again to complete it',
        patient_id: patientId,
        import_id: importId,
        error: (error as Error).message,
      });
    }
  }
}

/** What the search index kept of a stored record (none for one stored before the index existed). */
function indexedOf(record: StoredPatientRecord | undefined): IndexedRecord[] {
  if (record?.terms === undefined || record.term_stats === undefined || record.lexicon === undefined) return [];
  const { _id, date, wording, terms, term_stats, lexicon, resource_type } = record;
  return [{ _id, date, wording, terms, term_stats, lexicon, resource_type }];
}

function countByType(records: readonly PatientRecordDraft[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.resource_type, (counts.get(record.resource_type) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([left], [right]) => left.localeCompare(right)));
}
