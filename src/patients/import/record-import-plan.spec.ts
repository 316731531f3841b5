import { Types } from 'mongoose';
import type { PatientRecordDraft } from '../fhir/index.js';
import type { StoredPatientRecord } from '../schemas/patient-record.schema.js';
import { planRecordImport, recordKey } from './record-import-plan.js';

const draft = (overrides: Partial<PatientRecordDraft> = {}): PatientRecordDraft => ({
  resource_type: 'Condition',
  date: '2020-03-07',
  codes: [{ system: 'http://snomed.info/sct', code: '25064002', display: 'Headache (finding)' }],
  source_id: 'a2989da7',
  text: '2020-03-07 — Condition: Headache (finding)',
  ...overrides,
});

const stored = (from: PatientRecordDraft, overrides: Partial<StoredPatientRecord> = {}): StoredPatientRecord => ({
  _id: new Types.ObjectId(),
  patient_id: 'Ada123_Lovelace456_0b6c1a52-3f1e-4c55-9d0e-8a4a5b6c7d8e',
  import_id: 'earlier',
  imported_at: new Date(0),
  ...from,
  ...overrides,
});

const byKey = (...records: StoredPatientRecord[]) => new Map(records.map((record) => [recordKey(record), record]));

describe('planRecordImport', () => {
  it('creates what is not stored, keyed on resource type and source id', () => {
    const headache = draft();
    const sameIdOtherType = draft({ resource_type: 'Observation' });
    const plan = planRecordImport([headache, sameIdOtherType], byKey(stored(headache)), null);
    expect(plan).toEqual({ created: [sameIdOtherType], updated: [], unchanged: 1 });
  });

  it('writes nothing for the same bundle again', () => {
    const records = [draft(), draft({ source_id: 'b', note_text: 'note' })];
    expect(planRecordImport(records, byKey(...records.map((record) => stored(record))), null)).toEqual({
      created: [],
      updated: [],
      unchanged: 2,
    });
  });

  it.each([
    ['date', { date: '2020-03-08' }],
    ['text', { text: 'changed' }],
    ['note text', { note_text: 'a note' }],
    ['codes', { codes: [] }],
    ['a code display', { codes: [{ system: 'http://snomed.info/sct', code: '25064002' }] }],
  ])('updates a record whose %s changed', (_field, change) => {
    const changed = draft(change as Partial<PatientRecordDraft>);
    expect(planRecordImport([changed], byKey(stored(draft())), null)).toEqual({
      created: [],
      updated: [changed],
      unchanged: 0,
    });
  });

  it('with embeddings on, updates records without a vector of the current model', () => {
    const record = draft();
    const withoutVector = stored(record);
    const otherModel = stored(record, { embedding: [0.1], embedding_model: 'older-model' });
    const current = stored(record, { embedding: [0.1], embedding_model: 'nomic-embed-text' });
    expect(planRecordImport([record], byKey(withoutVector), 'nomic-embed-text').updated).toEqual([record]);
    expect(planRecordImport([record], byKey(otherModel), 'nomic-embed-text').updated).toEqual([record]);
    expect(planRecordImport([record], byKey(current), 'nomic-embed-text').unchanged).toBe(1);
    // Turning embeddings off does not rewrite records that have one.
    expect(planRecordImport([record], byKey(current), null).unchanged).toBe(1);
  });
});
