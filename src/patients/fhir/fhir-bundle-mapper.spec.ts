import { FhirBundleError } from './fhir-bundle-error.js';
import { mapFhirBundle } from './fhir-bundle-mapper.js';
import { MAX_BUNDLE_NOTE_TEXT_BYTES, MAX_NOTE_TEXT_BYTES } from './record-mappers/note-text.js';
import {
  SYNTHETIC_PATIENT_ID,
  SYNTHETIC_PATIENT_UUID,
  syntheticBundle,
  syntheticPatient,
  toPatient,
} from './testing/synthetic-bundle.js';

const weight = {
  resourceType: 'Observation',
  id: 'obs-1',
  status: 'final',
  subject: toPatient,
  code: { text: 'Body Weight' },
  effectiveDateTime: '2019-05-02T08:00:00+02:00',
  valueQuantity: { value: 72.4, unit: 'kg' },
};

describe('mapFhirBundle', () => {
  it('maps the patient and records in bundle order', () => {
    const mapped = mapFhirBundle(syntheticBundle([weight]));
    expect(mapped).toEqual({
      patient: {
        patient_id: SYNTHETIC_PATIENT_ID,
        display_name: 'Ada Lovelace',
        birth_date: '1985-12-10',
        gender: 'female',
      },
      records: [
        {
          resource_type: 'Observation',
          date: '2019-05-02',
          codes: [],
          source_id: 'obs-1',
          text: '2019-05-02 — Observation: Body Weight 72.4 kg',
        },
      ],
      skipped: { total: 0, by_type: {} },
    });
  });

  it('skips and counts a resource without a date or a description, and keeps the rest', () => {
    const mapped = mapFhirBundle(
      syntheticBundle([
        { ...weight, id: 'undated', effectiveDateTime: undefined },
        { ...weight, id: 'unnamed', code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] } },
        weight,
      ]),
    );
    expect(mapped.records.map((record) => record.source_id)).toEqual(['obs-1']);
    expect(mapped.skipped).toEqual({
      total: 2,
      by_type: { 'Observation (no date)': 1, 'Observation (no description)': 1 },
    });
  });

  it('never throws for malformed resources', () => {
    const malformed = [
      { ...weight, id: 'm1', code: 42, component: 'none' },
      { ...weight, id: 'm2', code: { coding: 'x', text: ['y'] }, valueQuantity: 'heavy' },
      {
        resourceType: 'Condition',
        id: 'm3',
        code: { text: 'Asthma' },
        onsetDateTime: { year: 2001 },
        clinicalStatus: [],
      },
      {
        resourceType: 'DocumentReference',
        id: 'm4',
        date: '2020-01-01',
        content: [{ attachment: { data: 7 } }],
        type: 'note',
      },
      { resourceType: 'CarePlan', id: 'm5', period: { start: '2020-01-01' }, activity: [null, 1, { detail: 'x' }] },
      {
        resourceType: 'DiagnosticReport',
        id: 'm6',
        code: { text: 'Panel' },
        issued: '2020-01-01',
        result: [null, 'x', {}],
      },
      {
        resourceType: 'MedicationRequest',
        id: 'm7',
        authoredOn: '2020-01-01',
        medicationReference: 'aspirin',
        reasonReference: 5,
      },
    ];
    const mapped = mapFhirBundle(syntheticBundle(malformed));
    expect(mapped.records.map((record) => record.text)).toEqual(['2020-01-01 — Diagnostic report: Panel']);
    expect(mapped.skipped.by_type).toEqual({
      'Observation (no description)': 2,
      'Condition (no date)': 1,
      'DocumentReference (no description)': 1,
      'CarePlan (no description)': 1,
      'MedicationRequest (no description)': 1,
    });
  });

  it('skips a resource that fails in a way no shape check foresaw', () => {
    const hostile = { ...weight, id: 'hostile' };
    Object.defineProperty(hostile, 'code', {
      enumerable: true,
      get() {
        throw new Error('unreadable field');
      },
    });
    const mapped = mapFhirBundle(syntheticBundle([hostile, weight]));
    expect(mapped.records.map((record) => record.source_id)).toEqual(['obs-1']);
    expect(mapped.skipped.by_type).toEqual({ 'Observation (unreadable)': 1 });
  });

  it('counts unknown, billing and odd entries by type without mistaking prototype names', () => {
    const bundle = syntheticBundle([
      { resourceType: 'Claim', id: 'c1' },
      { resourceType: 'ExplanationOfBenefit', id: 'e1' },
      { resourceType: 'Organization', id: 'o1' },
      { resourceType: '__proto__', id: 'x1' },
      { resourceType: 'constructor', id: 'x2' },
      { id: 'no-type' },
    ]);
    (bundle.entry as unknown[]).push({ fullUrl: 'urn:uuid:deleted' }, 'garbage');
    const mapped = mapFhirBundle(bundle);
    expect(mapped.records).toEqual([]);
    expect(mapped.skipped.total).toBe(8);
    expect(Object.entries(mapped.skipped.by_type)).toEqual([
      ['Claim', 1],
      ['ExplanationOfBenefit', 1],
      ['Organization', 1],
      ['__proto__', 1],
      ['constructor', 1],
      ['(resource without a resourceType)', 1],
      ['(entry without a resource)', 2],
    ]);
  });

  it('does not count the Patient, but counts another unusable Patient entry', () => {
    const mapped = mapFhirBundle(syntheticBundle([syntheticPatient({ id: 'p2', name: [] })]));
    expect(mapped.skipped).toEqual({ total: 1, by_type: { Patient: 1 } });
  });

  it("keeps another patient's resources and retracted ones out of the records", () => {
    const mapped = mapFhirBundle(
      syntheticBundle([
        { ...weight, id: 'other-1', subject: { reference: 'urn:uuid:99999999-9999-4999-8999-999999999999' } },
        { ...weight, id: 'other-2', subject: { reference: 'https://fhir.example.org/Patient/someone-else' } },
        { ...weight, id: 'retracted', status: 'entered-in-error' },
        {
          resourceType: 'Condition',
          id: 'retracted-condition',
          verificationStatus: { coding: [{ code: 'entered-in-error' }] },
          code: { text: 'Asthma' },
          recordedDate: '2020-01-01',
        },
        { ...weight, id: 'mine-1', subject: { reference: `Patient/${SYNTHETIC_PATIENT_UUID}` } },
        {
          ...weight,
          id: 'mine-2',
          subject: { reference: `https://fhir.example.org/Patient/${SYNTHETIC_PATIENT_UUID}/_history/3` },
        },
        {
          ...weight,
          id: 'mine-3',
          subject: { reference: 'Patient?identifier=https://github.com/synthetichealth/synthea|x' },
        },
        { ...weight, id: 'mine-4', subject: undefined },
      ]),
    );
    expect(mapped.records.map((record) => record.source_id)).toEqual(['mine-1', 'mine-2', 'mine-3', 'mine-4']);
    expect(mapped.skipped.by_type).toEqual({
      'Observation (other patient)': 2,
      'Observation (entered in error)': 1,
      'Condition (entered in error)': 1,
    });
  });

  it('keys a record on its fullUrl uuid or a content hash when it has no id, and drops duplicates', () => {
    const { id: _id, ...anonymous } = weight;
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: `urn:uuid:${SYNTHETIC_PATIENT_UUID}`, resource: syntheticPatient() },
        { fullUrl: 'urn:uuid:5e8a1f0c-1111-4222-8333-444455556666', resource: anonymous },
        { resource: anonymous },
        { resource: weight },
        { resource: weight },
      ],
    };
    const mapped = mapFhirBundle(bundle);
    const sourceIds = mapped.records.map((record) => record.source_id);
    expect(sourceIds[0]).toBe('5e8a1f0c-1111-4222-8333-444455556666');
    expect(sourceIds[1]).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(sourceIds[2]).toBe('obs-1');
    expect(mapped.skipped.by_type).toEqual({ 'Observation (duplicate)': 1 });
    expect(mapFhirBundle(structuredClone(bundle)).records.map((record) => record.source_id)).toEqual(sourceIds);
  });

  it("refuses a bundle whose notes together pass the text a bundle's notes may hold, each note within its own limit", () => {
    const note = (id: string, text: string) => ({
      resourceType: 'DocumentReference',
      id,
      subject: toPatient,
      date: '2020-03-09',
      type: { text: 'Progress note' },
      content: [{ attachment: { contentType: 'text/plain', data: Buffer.from(text).toString('base64') } }],
    });
    // Four notes at the note limit are exactly what a bundle may hold.
    const atNoteLimit = 'x'.repeat(MAX_NOTE_TEXT_BYTES);
    const notes = ['n1', 'n2', 'n3', 'n4'].map((id) => note(id, atNoteLimit));
    expect(4 * MAX_NOTE_TEXT_BYTES).toBe(MAX_BUNDLE_NOTE_TEXT_BYTES);
    expect(mapFhirBundle(syntheticBundle([...notes, weight])).records).toHaveLength(5);

    // One byte more, in a fifth note anywhere in the bundle.
    const refuse = () => mapFhirBundle(syntheticBundle([notes[0], weight, note('n5', 'y'), ...notes.slice(1)]));
    expect(refuse).toThrow(FhirBundleError);
    expect(refuse).toThrow(
      /^The clinical notes of this bundle hold 8\.1 MB of text together; a bundle's notes may hold at most 8\.0 MB\. Nothing was imported/,
    );
  });
});
