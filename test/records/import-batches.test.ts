import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mapFhirBundle, type MappedFhirBundle } from '../../src/patients/fhir/index.js';
import { PatientRecordImporter } from '../../src/patients/import/patient-record-importer.js';
import { PatientRecordRefusedError } from '../../src/patients/schemas/patient-record-document.js';
import { readFixture } from '../auth/auth-test-kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ADMIN_KEY, fixture, storedRecordsOf } from './records-test-kit.js';

/**
 * A long record is written in batches, the next sealed while the last is written: a record
 * refused late in the bundle still leaves nothing of the import, and a whole long record is
 * stored once, a second import of it writing nothing.
 */
describe('record import in batches', () => {
  let app: TestApp;
  let importer: PatientRecordImporter;

  beforeAll(async () => {
    app = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY });
    importer = app.medchat.app.get(PatientRecordImporter);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The fixture's records repeated under new source ids until there are `size`. */
  function longRecord(prefix: string, size: number): MappedFhirBundle {
    const mapped = mapFhirBundle(JSON.parse(readFixture(fixture(prefix).file)));
    const records = Array.from({ length: size }, (_, index) => {
      const template = mapped.records[index % mapped.records.length];
      return { ...template, source_id: `${template.source_id}-${Math.floor(index / mapped.records.length)}` };
    });
    return { ...mapped, records };
  }

  it('stores a 2,500-record bundle whole, and a second import of it writes nothing', async () => {
    const mapped = longRecord('Leta870_', 2_500);

    const first = await importer.importBundle(mapped);
    const second = await importer.importBundle(mapped);

    expect(first).toMatchObject({ created: 2_500, updated: 0, unchanged: 0 });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 2_500 });
    const stored = await storedRecordsOf(app, mapped.patient.patient_id);
    expect(new Set(stored.map((record) => `${record.resource_type}/${record.source_id}`)).size).toBe(2_500);
  });

  it('leaves nothing when a record past the first batches is refused', async () => {
    const mapped = longRecord('Raymond398_', 2_500);
    mapped.records[2_200] = { ...mapped.records[2_200], date: '03/09/2020' };

    await expect(importer.importBundle(mapped)).rejects.toThrow(PatientRecordRefusedError);

    expect(await storedRecordsOf(app, mapped.patient.patient_id)).toEqual([]);
  });
});
