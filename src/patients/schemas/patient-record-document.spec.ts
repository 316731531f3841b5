import { Types } from 'mongoose';
import {
  PatientRecordRefusedError,
  patientRecordDocument,
  type PatientRecordDocument,
} from './patient-record-document.js';

const importedAt = new Date('2026-01-02T03:04:05Z');

function record(overrides: Record<string, unknown> = {}): PatientRecordDocument {
  return {
    import_id: 'import-1',
    text: '2020-01-02 — Condition: asthma',
    patient_id: 'P1',
    source_id: 'a',
    codes: [{ display: 'Asthma', code: '195967001', system: 'http://snomed.info/sct' }],
    date: '2020-01-02',
    resource_type: 'Condition',
    terms: ['k1', 'k2'],
    term_stats: { text_tf: [1, 1], text_length: 2 },
    wording: 'w',
    lexicon: 'l',
    terms_version: '3:plain',
    imported_at: importedAt,
    ...overrides,
  } as PatientRecordDocument;
}

describe('patientRecordDocument', () => {
  it('writes the schema fields in the schema order, as Mongoose stored them', () => {
    const _id = new Types.ObjectId();
    const document = patientRecordDocument({ ...record({ note_text: 'note' }), _id });

    expect(Object.keys(document)).toEqual([
      '_id',
      'patient_id',
      'resource_type',
      'date',
      'text',
      'codes',
      'source_id',
      'note_text',
      'terms',
      'term_stats',
      'wording',
      'lexicon',
      'terms_version',
      'import_id',
      'imported_at',
    ]);
    expect(Object.keys(document.codes[0])).toEqual(['system', 'code', 'display']);
    expect(document._id).toBe(_id);
    expect(document.imported_at).toBe(importedAt);
  });

  it('leaves out fields outside the schema and undefined ones, keeps null ones, defaults codes to none', () => {
    const document = patientRecordDocument(
      record({ extra: 'dropped', note_text: undefined, embedding_model: null, codes: undefined }),
    );

    expect(document).not.toHaveProperty('extra');
    expect(document).not.toHaveProperty('note_text');
    expect(document).not.toHaveProperty('_id');
    expect(document.embedding_model).toBeNull();
    expect(document.codes).toEqual([]);
  });

  it.each([
    ['a missing patient', { patient_id: undefined }, 'patient_id is required'],
    ['an empty narrative', { text: '' }, 'text is required'],
    ['a day that is not YYYY-MM-DD', { date: '2020-1-2' }, 'date is not a YYYY-MM-DD day'],
    ['a code without a system', { codes: [{ code: '1' }] }, 'codes.system is required'],
    [
      'a code display that is not text',
      { codes: [{ system: 's', code: '1', display: 3 }] },
      'codes.display is not text',
    ],
    ['an embedding that is not numbers', { embedding: ['x'] }, 'embedding is not a list of numbers'],
    ['terms that are not text', { terms: [1] }, 'terms is not a list of text'],
    ['an invalid import date', { imported_at: new Date('nonsense') }, 'imported_at is not a valid date'],
  ])('refuses %s, as the schema did', (_case, overrides, message) => {
    expect(() => patientRecordDocument(record(overrides))).toThrow(PatientRecordRefusedError);
    expect(() => patientRecordDocument(record(overrides))).toThrow(message);
  });
});
