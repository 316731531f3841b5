import type { Types } from 'mongoose';
import type { TermStats } from '../search-index/record-lexicon.js';
import type { PatientRecord } from './patient-record.schema.js';

/** A record as the driver writes it: the schema's fields only, in the schema's order. */
export type PatientRecordDocument = PatientRecord & { _id?: Types.ObjectId };

/** A record the schema would refuse (a missing field, a malformed day): nothing of the import is kept. */
export class PatientRecordRefusedError extends Error {
  constructor(field: string, reason: string) {
    super(`patient_records: ${field} ${reason}`);
    this.name = 'PatientRecordRefusedError';
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The document an import writes through the driver, checked as PatientRecordSchema checks it.
 * Writing plain documents skips Mongoose's per-record document building and casting (most of a
 * 100k-record import's CPU), so what that casting guarded is checked here instead: required
 * strings present and non-empty, the day `YYYY-MM-DD`, codes with system and code, optional
 * fields of their type. As Mongoose stored them, fields outside the schema are dropped,
 * undefined ones left out (the driver would store them as null), null ones kept, and the fields keep the
 * schema's order, so a stored record (and its export) reads exactly as before.
 */
export function patientRecordDocument(record: PatientRecordDocument): PatientRecordDocument {
  const document: Record<string, unknown> = {};
  if (record._id !== undefined) document._id = record._id;
  document.patient_id = requiredText(record.patient_id, 'patient_id');
  document.resource_type = requiredText(record.resource_type, 'resource_type');
  const date = requiredText(record.date, 'date');
  if (!DAY.test(date)) throw new PatientRecordRefusedError('date', `is not a YYYY-MM-DD day: ${date}`);
  document.date = date;
  document.text = requiredText(record.text, 'text');
  document.codes = codesOf(record.codes);
  document.source_id = requiredText(record.source_id, 'source_id');
  setOptional(document, 'note_text', optionalText(record.note_text, 'note_text'));
  setOptional(document, 'embedding', optionalNumbers(record.embedding));
  setOptional(document, 'embedding_model', optionalText(record.embedding_model, 'embedding_model'));
  setOptional(document, 'terms', optionalTexts(record.terms));
  setOptional(document, 'term_stats', optionalStats(record.term_stats));
  setOptional(document, 'wording', optionalText(record.wording, 'wording'));
  setOptional(document, 'lexicon', optionalText(record.lexicon, 'lexicon'));
  setOptional(document, 'terms_version', optionalText(record.terms_version, 'terms_version'));
  document.import_id = requiredText(record.import_id, 'import_id');
  if (!(record.imported_at instanceof Date) || Number.isNaN(record.imported_at.getTime())) {
    throw new PatientRecordRefusedError('imported_at', 'is not a valid date');
  }
  document.imported_at = record.imported_at;
  return document as unknown as PatientRecordDocument;
}

// Mongoose's `required` refuses an empty string as it refuses a missing one.
function requiredText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new PatientRecordRefusedError(field, 'is required');
  return value;
}

// null is kept, as Mongoose stored it; only undefined is left out.
function optionalText(value: unknown, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string') throw new PatientRecordRefusedError(field, 'is not text');
  return value;
}

function codesOf(codes: unknown): PatientRecord['codes'] {
  if (codes === undefined || codes === null) return [];
  if (!Array.isArray(codes)) throw new PatientRecordRefusedError('codes', 'is not a list');
  return codes.map((code: Partial<Record<'system' | 'code' | 'display', unknown>>) => {
    const stored: Record<string, unknown> = {
      system: requiredText(code?.system, 'codes.system'),
      code: requiredText(code?.code, 'codes.code'),
    };
    const display = optionalText(code?.display, 'codes.display');
    if (display !== undefined) stored.display = display;
    return stored as unknown as PatientRecord['codes'][number];
  });
}

function optionalNumbers(values: unknown): number[] | null | undefined {
  if (values === undefined || values === null) return values;
  if (!Array.isArray(values) || values.some((value) => typeof value !== 'number')) {
    throw new PatientRecordRefusedError('embedding', 'is not a list of numbers');
  }
  return values as number[];
}

function optionalTexts(values: unknown): string[] | null | undefined {
  if (values === undefined || values === null) return values;
  if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
    throw new PatientRecordRefusedError('terms', 'is not a list of text');
  }
  return values as string[];
}

function optionalStats(stats: unknown): TermStats | null | undefined {
  if (stats === undefined || stats === null) return stats;
  if (typeof stats !== 'object' || Array.isArray(stats))
    throw new PatientRecordRefusedError('term_stats', 'is not an object');
  return stats as TermStats;
}

function setOptional(document: Record<string, unknown>, field: string, value: unknown): void {
  if (value !== undefined) document[field] = value;
}
