import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { call, expectProblem, readFixture } from '../auth/auth-test-kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ADMIN_KEY,
  FIXTURES,
  fixture,
  importBundle,
  models,
  RECORD_TYPES,
  rawTypeCounts,
  storeCounts,
  storedRecordsOf,
} from './records-test-kit.js';

describe('FHIR import through POST /api/admin/patients/import', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports every Synthea fixture: one record per clinical resource, billing and directory resources skipped and counted', async () => {
    expect(FIXTURES).toHaveLength(13);
    for (const { patientId, file } of FIXTURES) {
      const counts = rawTypeCounts(file);
      const expectedRecords = Object.fromEntries([...counts].filter(([type]) => RECORD_TYPES.includes(type)).sort());
      const expectedSkipped = Object.fromEntries(
        [...counts].filter(([type]) => type !== 'Patient' && !RECORD_TYPES.includes(type)),
      );
      const recordTotal = Object.values(expectedRecords).reduce((sum, count) => sum + count, 0);

      const answer = await importBundle(app, readFixture(file));

      expect({ patientId, status: answer.status }).toEqual({ patientId, status: 201 });
      expect(answer.body).toEqual({
        patient_id: patientId,
        records_imported: recordTotal,
        skipped: {
          total: Object.values(expectedSkipped).reduce((sum, count) => sum + count, 0),
          by_type: expectedSkipped,
        },
      });
      const stored = await storedRecordsOf(app, patientId);
      const storedByType: Record<string, number> = {};
      for (const record of stored) storedByType[record.resource_type] = (storedByType[record.resource_type] ?? 0) + 1;
      expect({ patientId, types: Object.fromEntries(Object.entries(storedByType).sort()) }).toEqual({
        patientId,
        types: expectedRecords,
      });
      for (const record of stored) {
        expect(record.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(record.text.startsWith(`${record.date} — `)).toBe(true);
        expect(record.import_id).toEqual(expect.any(String));
      }
    }
  });

  it('stores narratives with the right dates, values and codes', async () => {
    const pablo = await storedRecordsOf(app, fixture('Pablo44_').patientId);
    expect(pablo.find((record) => record.source_id === 'a2989da7-0026-3432-5c6a-be948018e4f1')).toMatchObject({
      resource_type: 'Condition',
      date: '2020-03-07',
      text: '2020-03-07 — Condition: Headache (finding), onset 2020-03-07, resolved 2020-03-30',
      codes: [{ system: 'http://snomed.info/sct', code: '25064002', display: 'Headache (finding)' }],
    });
    expect(pablo.find((record) => record.source_id === 'd26effc6-966f-6c42-57a2-dbbc5e8641fb')?.text).toBe(
      '2020-03-07 — Observation: Body Weight 16.1 kg',
    );
    const dudley = await storedRecordsOf(app, fixture('Dudley365_').patientId);
    expect(dudley.find((record) => record.source_id === '43e30932-00fe-bae2-41fd-4f70a5a9d881')).toMatchObject({
      resource_type: 'Observation',
      date: '2016-03-12',
      text: '2016-03-12 — Observation: Weight 66.409 kg',
    });
    // The evening onset keeps its local calendar day (2020-03-06T20:20:23-08:00).
    const bibi = await storedRecordsOf(app, fixture('Bibi254_').patientId);
    expect(bibi.find((record) => record.source_id === '832563a1-14a3-e2a0-537c-78a351f9070a')?.date).toBe('2020-03-06');
    const note = dudley.find((record) => record.resource_type === 'DocumentReference');
    expect(note?.note_text).toEqual(expect.stringContaining('# Chief Complaint'));
  });

  it('is idempotent: importing every fixture again adds and rewrites nothing', async () => {
    const before = await storeCounts(app);
    const snapshot = await storedRecordsOf(app, fixture('Meredith572_').patientId);
    for (const { file } of FIXTURES) expect((await importBundle(app, readFixture(file))).status).toBe(201);
    expect(await storeCounts(app)).toEqual(before);
    // Unchanged records are not written again: same documents, same import id and time.
    expect(await storedRecordsOf(app, fixture('Meredith572_').patientId)).toEqual(snapshot);
  });

  it('updates a record whose resource changed, without duplicating it', async () => {
    const { patientId, file } = fixture('Roland928_');
    const bundle = JSON.parse(readFixture(file));
    const immunization = bundle.entry.find((entry: any) => entry.resource.resourceType === 'Immunization').resource;
    immunization.occurrenceDateTime = '2011-01-02T10:00:00-05:00';
    const before = (await storedRecordsOf(app, patientId)).length;

    expect((await importBundle(app, JSON.stringify(bundle))).status).toBe(201);

    const after = await storedRecordsOf(app, patientId);
    expect(after).toHaveLength(before);
    expect(after.find((record) => record.source_id === immunization.id)?.date).toBe('2011-01-02');
    // Back to the original bundle: back to the original record.
    expect((await importBundle(app, readFixture(file))).status).toBe(201);
    expect(
      (await storedRecordsOf(app, patientId)).find((record) => record.source_id === immunization.id)?.date,
    ).not.toBe('2011-01-02');
  });

  it('stores one set of records when the same new bundle is imported twice at once', async () => {
    const fresh = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY });
    try {
      const { patientId, file } = fixture('Les282_');
      const answers = await Promise.all([
        importBundle(fresh, readFixture(file)),
        importBundle(fresh, readFixture(file)),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
      expect((await storedRecordsOf(fresh, patientId)).length).toBe(answers[0].body.records_imported);
      expect(await storeCounts(fresh)).toEqual({ patients: 1, records: answers[0].body.records_imported });
      // The retrieval statistics count the one set too, though both imports updated them.
      const stats = await models(fresh)
        .records.db.collection('patient_record_stats')
        .findOne({ patient_id: patientId });
      expect(stats?.records).toBe(answers[0].body.records_imported);
    } finally {
      await fresh.close();
    }
  });

  describe('refuses malformed bundles with a problem detail and writes nothing', () => {
    const pablo = () => JSON.parse(readFixture(fixture('Pablo44_').file));
    const cases: Array<[string, () => string, number]> = [
      [
        'a bundle without a Patient',
        () => {
          const bundle = pablo();
          bundle.entry = bundle.entry.filter((entry: any) => entry.resource.resourceType !== 'Patient');
          return JSON.stringify(bundle);
        },
        422,
      ],
      [
        'a Patient without a name',
        () => {
          const bundle = pablo();
          delete bundle.entry.find((entry: any) => entry.resource.resourceType === 'Patient').resource.name;
          return JSON.stringify(bundle);
        },
        422,
      ],
      ['another resource type than Bundle', () => JSON.stringify({ ...pablo(), resourceType: 'Patient' }), 422],
      ['an unsupported bundle type', () => JSON.stringify({ ...pablo(), type: 'history' }), 422],
      ['broken JSON', () => readFixture(fixture('Pablo44_').file).slice(0, 5000), 400],
      ['a 30 MB body', () => JSON.stringify({ ...pablo(), padding: 'x'.repeat(30 * 1024 * 1024) }), 413],
    ];

    it.each(cases)('%s', async (_name, body, status) => {
      const fresh = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY });
      try {
        const answer = await importBundle(fresh, body());
        expectProblem(answer, status);
        expect(await storeCounts(fresh)).toEqual({ patients: 0, records: 0 });
      } finally {
        await fresh.close();
      }
    });
  });

  it('reports the counts in GET /api/admin/stats', async () => {
    const answer = await call(app, 'GET', '/api/admin/stats', { token: ADMIN_KEY });
    expect(answer.status).toBe(200);
    const expectedByType: Record<string, number> = {};
    for (const { file } of FIXTURES) {
      for (const [type, count] of rawTypeCounts(file))
        if (RECORD_TYPES.includes(type)) expectedByType[type] = (expectedByType[type] ?? 0) + count;
    }
    expect(answer.body).toEqual({
      patients: 13,
      sessions: 0,
      active_sessions: 0,
      messages: 0,
      emergencies: 0,
      uploads: 0,
      patient_records: {
        total: Object.values(expectedByType).reduce((sum, count) => sum + count, 0),
        by_type: expectedByType,
      },
      feedback: { total: 0, helpful: 0, not_helpful: 0 },
      generated_at: expect.any(String),
    });
  });
});
