import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Patient } from '../../src/auth/schemas/patient.schema.js';
import {
  PATIENT_RECORD_MODEL,
  type PatientRecord,
  type StoredPatientRecord,
} from '../../src/patients/schemas/patient-record.schema.js';
import { call, readFixture, syntheaFixtures, type HttpAnswer } from '../auth/auth-test-kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

export const ADMIN_KEY = 'admin-key-for-the-records-tests-0123456789abcdef';
export const FIXTURES = syntheaFixtures();

/** The record types the mapper turns into records; every other type in a bundle is skipped. */
export const RECORD_TYPES = [
  'AllergyIntolerance',
  'CarePlan',
  'Condition',
  'DiagnosticReport',
  'DocumentReference',
  'Encounter',
  'Immunization',
  'MedicationRequest',
  'MedicationStatement',
  'Observation',
  'Procedure',
];

export function fixture(prefix: string): { patientId: string; file: string } {
  const found = FIXTURES.find((candidate) => candidate.patientId.startsWith(prefix));
  if (!found) throw new Error(`no fixture starting with ${prefix}`);
  return found;
}

export function importBundle(app: TestApp, rawBody: string, token = ADMIN_KEY): Promise<HttpAnswer> {
  return call(app, 'POST', '/api/admin/patients/import', { rawBody, token });
}

export async function importFixture(app: TestApp, prefix: string): Promise<HttpAnswer> {
  const answer = await importBundle(app, readFixture(fixture(prefix).file));
  if (answer.status !== 201) throw new Error(`import of ${prefix} failed: ${answer.status} ${answer.text}`);
  return answer;
}

/** Resource counts per type, read straight from the raw JSON (independently of the mapper). */
/** The app with each of these Synthea patients imported, for tests that ask their records questions. */
export async function startAppWithPatients(prefixes: readonly string[]): Promise<TestApp> {
  const app = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY, LOG_LEVEL: 'warn' });
  for (const prefix of prefixes) await importFixture(app, prefix);
  return app;
}

export function rawTypeCounts(file: string): Map<string, number> {
  const bundle = JSON.parse(readFixture(file)) as { entry: Array<{ resource: { resourceType: string } }> };
  const counts = new Map<string, number>();
  for (const { resource } of bundle.entry)
    counts.set(resource.resourceType, (counts.get(resource.resourceType) ?? 0) + 1);
  return counts;
}

export function models(app: TestApp): { records: Model<PatientRecord>; patients: Model<Patient> } {
  return {
    records: app.medchat.app.get(getModelToken(PATIENT_RECORD_MODEL)),
    patients: app.medchat.app.get(getModelToken(Patient.name)),
  };
}

export async function storedRecordsOf(app: TestApp, patientId: string): Promise<StoredPatientRecord[]> {
  return models(app)
    .records.find({ patient_id: patientId })
    .sort({ resource_type: 1, source_id: 1 })
    .lean<StoredPatientRecord[]>()
    .exec();
}

/** Counts of everything an import writes, to prove a refused one wrote nothing. */
export async function storeCounts(app: TestApp): Promise<{ patients: number; records: number }> {
  const { records, patients } = models(app);
  return { patients: await patients.countDocuments(), records: await records.countDocuments() };
}
