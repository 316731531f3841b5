import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { mapFhirBundle, type MappedFhirBundle } from '../../src/patients/fhir/index.js';
import { PatientRecordImporter } from '../../src/patients/import/patient-record-importer.js';
import { PatientRecordRepository } from '../../src/patients/patient-record.repository.js';
import { PatientRecordSealer } from '../../src/patients/patient-record-sealer.js';
import { PatientRecordRetriever } from '../../src/patients/retrieval/patient-record-retriever.js';
import {
  PATIENT_RECORD_GROUP_MODEL,
  type PatientRecordGroup,
} from '../../src/patients/schemas/patient-record-group.schema.js';
import {
  PATIENT_RECORD_STATS_MODEL,
  type PatientRecordStats,
} from '../../src/patients/schemas/patient-record-stats.schema.js';
import { RankedRecordRepository } from '../../src/patients/search-index/ranked-record.repository.js';
import { RecordGroupRepository, type RecordGroup } from '../../src/patients/search-index/record-group.repository.js';
import { RecordSearchIndex } from '../../src/patients/search-index/record-search-index.js';
import { readFixture } from '../auth/auth-test-kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ADMIN_KEY, fixture } from './records-test-kit.js';

/** A patient's search index as a comparison reads it: groups by key, members by id, the totals. */
interface IndexView {
  groups: Record<string, Omit<RecordGroup, 'lexicon' | 'resource_type'>>;
  totals: { records: number; text_length: number; notes: number; note_length: number };
  /** The statistics' version: the hasher's when they are current. */
  version: string | undefined;
}

/**
 * The search index kept beside a patient's records (corpus statistics and record groups) stays
 * what a fresh count of the records gives when refreshes and imports of the patient run at the
 * same time, in one instance or two sharing the database, and no question fails meanwhile. Both
 * instances talk to one wire-protocol server over TCP, so their reads and writes interleave at
 * every round trip, as two instances' do.
 */
describe('record search index under concurrent refreshes and imports', () => {
  const server = new WireProtocolMongoServer();
  let first: TestApp;
  let second: TestApp;
  const { patientId, file } = fixture('Meredith572_');
  const QUESTIONS = ['what was my last blood pressure?', 'when did I have my flu shot?', 'my cholesterol results'];

  beforeAll(async () => {
    await server.start();
    const env = { MONGODB_URI: `${server.uri}search_index_concurrency`, ADMIN_API_KEY: ADMIN_KEY };
    first = await startTestApp(env);
    second = await startTestApp(env);
    await first.medchat.app.get(PatientRecordImporter).importBundle(bundle(0));
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server.stop();
  });

  /** The patient's bundle, its immunizations moved `shift` days and, from shift 1, one record more. */
  function bundle(shift: number): MappedFhirBundle {
    const raw = JSON.parse(readFixture(file));
    const immunizations = raw.entry.filter((entry: any) => entry.resource.resourceType === 'Immunization');
    for (const entry of immunizations) {
      const day = new Date(Date.parse(entry.resource.occurrenceDateTime) - shift * 86_400_000);
      entry.resource.occurrenceDateTime = day.toISOString();
    }
    if (shift > 0) {
      const id = `2b1c7f8e-0000-4000-8000-${String(shift).padStart(12, '0')}`;
      raw.entry.push({ fullUrl: `urn:uuid:${id}`, resource: { ...immunizations[0].resource, id } });
    }
    return mapFhirBundle(raw);
  }

  async function kept(app: TestApp): Promise<IndexView> {
    const groups: Model<PatientRecordGroup> = app.medchat.app.get(getModelToken(PATIENT_RECORD_GROUP_MODEL));
    const stats: Model<PatientRecordStats> = app.medchat.app.get(getModelToken(PATIENT_RECORD_STATS_MODEL));
    const stored = await stats.findOne({ patient_id: patientId }).lean().exec();
    return {
      groups: byKey(await groups.find({ patient_id: patientId }).lean<RecordGroup[]>().exec()),
      totals: {
        records: stored?.records ?? 0,
        text_length: stored?.text_length ?? 0,
        notes: stored?.notes ?? 0,
        note_length: stored?.note_length ?? 0,
      },
      version: stored?.terms_version,
    };
  }

  async function counted(app: TestApp): Promise<IndexView> {
    const records = app.medchat.app.get(RankedRecordRepository);
    return {
      groups: byKey(await records.countGroups(patientId)),
      totals: await records.corpusTotals(patientId),
      version: app.medchat.app.get(PatientRecordSealer).termsVersion,
    };
  }

  /** The statistics as an older TERMS_FORMAT left them: the next question counts them again. */
  async function makeStale(): Promise<void> {
    const stats: Model<PatientRecordStats> = first.medchat.app.get(getModelToken(PATIENT_RECORD_STATS_MODEL));
    await stats.updateOne({ patient_id: patientId }, { $set: { terms_version: '2:older-format' } }).exec();
  }

  const ask = (app: TestApp, question: string) =>
    app.medchat.app.get(PatientRecordRetriever).retrieve({ patientId, question, limit: 6 });

  it('two instances refreshing a stale patient at once, and their questions, all succeed and leave a fresh count', async () => {
    for (let round = 0; round < 4; round += 1) {
      await makeStale();
      const results = await Promise.allSettled([
        first.medchat.app.get(RecordSearchIndex).refresh(patientId),
        second.medchat.app.get(RecordSearchIndex).refresh(patientId),
        first.medchat.app.get(RecordSearchIndex).refresh(patientId),
        ...QUESTIONS.map((question, index) => ask(index % 2 === 0 ? second : first, question)),
      ]);
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      expect(await kept(first)).toEqual(await counted(first));
    }
  });

  it('an import beside refreshes and questions of the patient converges to a fresh count', async () => {
    const importer = first.medchat.app.get(PatientRecordImporter);
    for (let shift = 1; shift <= 4; shift += 1) {
      if (shift % 2 === 0) await makeStale();
      const results = await Promise.allSettled([
        importer.importBundle(bundle(shift)),
        second.medchat.app.get(RecordSearchIndex).refresh(patientId),
        ask(second, QUESTIONS[shift % QUESTIONS.length]),
        first.medchat.app.get(RecordSearchIndex).refresh(patientId),
      ]);
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      expect(await kept(first)).toEqual(await counted(first));
    }
  });

  it('an import whose group change fails, and whose undoing fails too, is counted again by the next question', async () => {
    const groups = first.medchat.app.get(RecordGroupRepository);
    const records = first.medchat.app.get(PatientRecordRepository);
    const changeFails = jest.spyOn(groups, 'change').mockRejectedValueOnce(new Error('connection lost'));
    const undoFails = jest.spyOn(records, 'writtenBy').mockRejectedValueOnce(new Error('connection lost'));
    try {
      await expect(first.medchat.app.get(PatientRecordImporter).importBundle(bundle(9))).rejects.toThrow(
        'connection lost',
      );
    } finally {
      changeFails.mockRestore();
      undoFails.mockRestore();
    }

    await ask(second, QUESTIONS[0]);

    expect(await kept(first)).toEqual(await counted(first));
  });
});

function byKey(groups: readonly RecordGroup[]): IndexView['groups'] {
  const view: IndexView['groups'] = {};
  for (const { lexicon, resource_type, terms, term_stats, count, members } of groups)
    view[`${resource_type} ${lexicon}`] = {
      terms,
      term_stats,
      count,
      members: [...members].sort((left, right) => String(left._id).localeCompare(String(right._id))),
    };
  return Object.fromEntries(Object.entries(view).sort(([left], [right]) => left.localeCompare(right)));
}
