import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PatientAccountService } from '../../src/auth/patient-account.service.js';
import { PatientRecordRetriever } from '../../src/patients/retrieval/patient-record-retriever.js';
import { fhirExport } from '../../src/privacy/export/fhir-export.js';
import { PatientDataSources } from '../../src/privacy/export/patient-data-sources.js';
import { readFixture } from '../auth/auth-test-kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ADMIN_KEY, fixture, importBundle, models } from './records-test-kit.js';

/**
 * Record questions dated by the patient's age ("when I was 11"), end to end: the birth date an
 * import keeps with the account turns the age into that year of the patient's life. Cris921 was
 * born on 2006-02-22; at 11 (from 2017, the year she turned 11, to 2018-02-22) the record holds
 * the HPV, Tdap and meningococcal vaccines of 2017-03-08.
 */
describe('record questions dated by age', () => {
  const cris = fixture('Cris921_');
  const question = 'which shots did i get when i was 11';
  let app: TestApp;

  beforeAll(async () => {
    // Encryption at rest on, as in production: the account keeps the birth date sealed.
    app = await startTestApp({
      ADMIN_API_KEY: ADMIN_KEY,
      LOG_LEVEL: 'warn',
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The bundle with its Patient's birth date replaced, or removed when undefined. */
  function bundleBornOn(birthDate: string | undefined): string {
    const bundle = JSON.parse(readFixture(cris.file)) as { entry: Array<{ resource: Record<string, unknown> }> };
    const patient = bundle.entry.find((entry) => entry.resource.resourceType === 'Patient')!.resource;
    if (birthDate === undefined) delete patient.birthDate;
    else patient.birthDate = birthDate;
    return JSON.stringify(bundle);
  }

  async function importBornOn(birthDate: string | undefined): Promise<string | undefined> {
    const answer = await importBundle(app, bundleBornOn(birthDate));
    expect(answer.status).toBe(201);
    const stored = await models(app).patients.findOne({ patient_id: cris.patientId }).lean().exec();
    // Never readable in the database: a date of birth beside a name identifies the person.
    if (birthDate !== undefined) expect(stored?.birth_date).not.toContain(birthDate);
    const account = await app.medchat.app.get(PatientAccountService, { strict: false }).find(cris.patientId);
    return account?.birth_date ?? undefined;
  }

  const ask = (text: string) =>
    app.medchat.app.get(PatientRecordRetriever).retrieve({ patientId: cris.patientId, question: text, limit: 8 });
  const inYearOf11 = (date: string) => date >= '2017-01-01' && date < '2018-02-22';

  it('gets no period from an age when the bundle gives no birth date', async () => {
    expect(await importBornOn(undefined)).toBeUndefined();
    const sources = await ask(question);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((source) => inYearOf11(source.date))).toBe(false);
  });

  it("keeps the birth date at import and answers from that year of the patient's life", async () => {
    expect(await importBornOn('2006-02-22')).toBe('2006-02-22');
    const sources = await ask(question);
    expect(sources.every((source) => source.resource_type === 'Immunization' && inYearOf11(source.date))).toBe(true);
    expect(sources.map((source) => source.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Tdap'), expect.stringContaining('HPV')]),
    );
  });

  it("exports the birth date with the account, and as the FHIR Patient's birthDate", async () => {
    const data = await app.medchat.app.get(PatientDataSources, { strict: false }).open(cris.patientId);
    expect(data?.account.birth_date).toBe('2006-02-22');
    const chunks: string[] = [];
    for await (const chunk of fhirExport(data!, new Date())) chunks.push(chunk);
    const bundle = JSON.parse(chunks.join('')) as { entry: Array<{ resource: Record<string, unknown> }> };
    expect(bundle.entry[0].resource).toMatchObject({ resourceType: 'Patient', birthDate: '2006-02-22' });
  });

  it('updates the birth date when a re-import changes it, at the precision given', async () => {
    expect(await importBornOn('2005')).toBe('2005');
    // Born in 2005, 11 falls in 2016 or 2017: the 2017-03-08 vaccines are still in that span.
    const sources = await ask(question);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((source) => source.date >= '2016-01-01' && source.date < '2018-01-01')).toBe(true);
    // A bundle that no longer gives one leaves the account without a birth date.
    expect(await importBornOn(undefined)).toBeUndefined();
  });
});
