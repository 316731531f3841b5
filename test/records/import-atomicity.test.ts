import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Patient } from '../../src/auth/schemas/patient.schema.js';
import { mapFhirBundle } from '../../src/patients/fhir/index.js';
import { PatientRecordImporter } from '../../src/patients/import/patient-record-importer.js';
import { PatientRecordRepository } from '../../src/patients/patient-record.repository.js';
import { expectProblem, readFixture } from '../auth/auth-test-kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ADMIN_KEY, fixture, importBundle, storeCounts, storedRecordsOf } from './records-test-kit.js';

/**
 * A bundle is imported whole or not at all, on a MongoDB without transactions (the embedded
 * server has none): records written before a failure are put back as they were.
 */
describe('per-bundle atomicity of the record import', () => {
  let app: TestApp;
  let importer: PatientRecordImporter;

  beforeAll(async () => {
    app = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY });
    importer = app.medchat.app.get(PatientRecordImporter);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('undoes every record of a new patient when the last step (the account) fails', async () => {
    const mapped = mapFhirBundle(JSON.parse(readFixture(fixture('Leta870_').file)));
    const failure = new Error('account store down');

    await expect(importer.importBundle(mapped, async () => Promise.reject(failure))).rejects.toBe(failure);

    expect(await storedRecordsOf(app, mapped.patient.patient_id)).toEqual([]);
  });

  it('puts changed records back to their previous version when a re-import fails', async () => {
    const { patientId, file } = fixture('Philip822_');
    expect((await importBundle(app, readFixture(file))).status).toBe(201);
    const before = await storedRecordsOf(app, patientId);
    const changed = JSON.parse(readFixture(file));
    for (const entry of changed.entry)
      if (entry.resource.resourceType === 'Immunization') entry.resource.occurrenceDateTime = '2012-12-12T12:00:00Z';
    const extra = {
      fullUrl: 'urn:uuid:2b1c7f8e-0000-4000-8000-000000000001',
      resource: {
        ...changed.entry.find((entry: any) => entry.resource.resourceType === 'Immunization').resource,
        id: '2b1c7f8e-0000-4000-8000-000000000001',
      },
    };
    changed.entry.push(extra);

    await expect(
      importer.importBundle(mapFhirBundle(changed), async () => Promise.reject(new Error('late failure'))),
    ).rejects.toThrow('late failure');

    expect(await storedRecordsOf(app, patientId)).toEqual(before);
  });

  it('leaves nothing when the connection fails halfway through the writes (HTTP)', async () => {
    const { patientId, file } = fixture('Hipolito984_');
    const store = app.medchat.app.get(PatientRecordRepository);
    const writeAll = store.writeAll.bind(store);
    // Half of the records reach the database, then the write fails, as when the connection drops.
    const spy = jest.spyOn(store, 'writeAll').mockImplementationOnce(async (id, records, importId, at) => {
      await writeAll(
        id,
        { created: records.created.slice(0, Math.floor(records.created.length / 2)), updated: [] },
        importId,
        at,
      );
      throw new Error('connection lost');
    });
    const before = await storeCounts(app);
    try {
      const answer = await importBundle(app, readFixture(file));
      expectProblem(answer, 500);
    } finally {
      spy.mockRestore();
    }
    const undone = app.logs
      .entries()
      .find((entry) => entry.msg === 'Patient record import failed and was undone' && entry.patient_id === patientId);
    expect(undone?.reverted).toBeGreaterThan(20);
    expect(await storeCounts(app)).toEqual(before);
    expect(await storedRecordsOf(app, patientId)).toEqual([]);
    // Nothing half-done blocks a later import of the same bundle.
    expect((await importBundle(app, readFixture(file))).status).toBe(201);
  });

  it('refuses at once, and changes nothing, a bundle holding a note too large to store (HTTP)', async () => {
    const { patientId, file } = fixture('Raymond398_');
    const bundle = JSON.parse(readFixture(file));
    // A clinical note of 17 MB decoded: its record would pass MongoDB's 16 MB document limit, and
    // tokenizing it would hold the event loop for seconds before the database refused it.
    const oversizedNote = clinicalNote(patientId, '5f0e2d1c-0000-4000-8000-00000000beef', 'Note. '.repeat(3_000_000));
    bundle.entry.splice(Math.floor(bundle.entry.length / 2), 0, oversizedNote);
    const before = await storeCounts(app);

    const answer = await importBundle(app, JSON.stringify(bundle));

    expectProblem(answer, 422);
    expect(answer.body.detail).toMatch(
      /^The clinical note DocumentReference\/5f0e2d1c-0000-4000-8000-00000000beef holds 17\.2 MB of text; a clinical note may hold at most 2\.0 MB\. Nothing was imported/,
    );
    await expectNothingStored(before, patientId);
  });

  it('refuses at once, and changes nothing, a bundle whose notes together hold more text than a bundle may (HTTP)', async () => {
    const { patientId, file } = fixture('Raymond398_');
    const bundle = JSON.parse(readFixture(file));
    // Nine notes of 1.9 MB, each under the note limit, 17.1 MB of text together: the body (about
    // 23 MB with base64) passes the import's 25 MiB limit, and every note would be tokenized.
    const nearlyFull = 'Plan reviewed. '.repeat(Math.floor(1_900_000 / 15));
    for (let note = 0; note < 9; note += 1) {
      const id = `5f0e2d1c-0000-4000-8000-0000000c0de${note}`;
      bundle.entry.splice(Math.floor(bundle.entry.length / 2), 0, clinicalNote(patientId, id, nearlyFull));
    }
    const before = await storeCounts(app);

    const answer = await importBundle(app, JSON.stringify(bundle));

    expectProblem(answer, 422);
    expect(answer.body.detail).toMatch(
      /^The clinical notes of this bundle hold 16\.4 MB of text together; a bundle's notes may hold at most 8\.0 MB\. Nothing was imported/,
    );
    await expectNothingStored(before, patientId);
  });

  async function expectNothingStored(before: Awaited<ReturnType<typeof storeCounts>>, patientId: string) {
    expect(await storeCounts(app)).toEqual(before);
    expect(await storedRecordsOf(app, patientId)).toEqual([]);
    const patients: Model<Patient> = app.medchat.app.get(getModelToken(Patient.name));
    expect(await patients.countDocuments({ patient_id: patientId })).toBe(0);
  }
});

/** A DocumentReference of the bundle's patient holding `text` as its one inline attachment. */
function clinicalNote(patientId: string, id: string, text: string) {
  return {
    fullUrl: `urn:uuid:${id}`,
    resource: {
      resourceType: 'DocumentReference',
      id,
      status: 'current',
      type: { coding: [{ system: 'http://loinc.org', code: '34117-2', display: 'History and physical note' }] },
      subject: { reference: `urn:uuid:${patientId.split('_')[2]}` },
      date: '2020-03-09T10:00:00Z',
      content: [
        { attachment: { contentType: 'text/plain; charset=utf-8', data: Buffer.from(text).toString('base64') } },
      ],
    },
  };
}
