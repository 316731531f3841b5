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
import { PATIENT_RECORD_MODEL, type PatientRecord } from '../../src/patients/schemas/patient-record.schema.js';
import {
  PATIENT_RECORD_STATS_MODEL,
  type PatientRecordStats,
} from '../../src/patients/schemas/patient-record-stats.schema.js';
import { LEASE_RENEWAL_MS } from '../../src/patients/search-index/claim-lease.js';
import { PatientRecordStatsRepository } from '../../src/patients/search-index/patient-record-stats.repository.js';
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

  /**
   * The patient's bundle, its immunizations moved `shift` days (and named `vaccine` when given)
   * and, from shift 1, one record more.
   */
  function bundle(shift: number, vaccine?: string): MappedFhirBundle {
    const raw = JSON.parse(readFixture(file));
    const immunizations = raw.entry.filter((entry: any) => entry.resource.resourceType === 'Immunization');
    for (const entry of immunizations) {
      const day = new Date(Date.parse(entry.resource.occurrenceDateTime) - shift * 86_400_000);
      entry.resource.occurrenceDateTime = day.toISOString();
      if (vaccine !== undefined) entry.resource.vaccineCode = { ...entry.resource.vaccineCode, text: vaccine };
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

  const statsModel = (): Model<PatientRecordStats> => first.medchat.app.get(getModelToken(PATIENT_RECORD_STATS_MODEL));

  /** A step of a change held until `resume` is called: `paused` settles once the step is reached. */
  function gate(): { paused: Promise<void>; reached: () => void; resume: () => void; resumed: Promise<void> } {
    let reached!: () => void;
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (reached = resolve));
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    return { paused, reached, resume, resumed };
  }

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

  it("a question never waits behind another change's claim taken while it began counting: it counts the totals for itself", async () => {
    await makeStale();
    const otherStats = second.medchat.app.get(PatientRecordStatsRepository);
    let otherClaim: number | null = null;
    // Another instance's change claims the index just after the question found it stale.
    const unindexed = jest
      .spyOn(first.medchat.app.get(RankedRecordRepository), 'streamUnindexed')
      .mockImplementationOnce(async function* () {
        otherClaim = await otherStats.claim(patientId, await otherStats.find(patientId));
        // No record lacks current terms.
        yield* [];
      });
    try {
      const answer = await ask(first, QUESTIONS[0]);
      expect(answer.length).toBeGreaterThan(0);
      expect(otherClaim).not.toBeNull();
      // Left to the change that holds it.
      expect((await statsModel().findOne({ patient_id: patientId }).lean().exec())?.revision).toBe(otherClaim);
    } finally {
      unindexed.mockRestore();
      if (otherClaim !== null) await otherStats.abandon(patientId, otherClaim);
    }
    await ask(second, QUESTIONS[1]);
    expect(await kept(first)).toEqual(await counted(first));
  });

  it('an import whose claim could not be released is undone at once, its own claim counted over rather than waited out', async () => {
    await ask(first, QUESTIONS[0]);
    const release = jest
      .spyOn(first.medchat.app.get(PatientRecordStatsRepository), 'release')
      .mockRejectedValueOnce(new Error('connection lost'));
    try {
      await expect(first.medchat.app.get(PatientRecordImporter).importBundle(bundle(10))).rejects.toThrow(
        'connection lost',
      );
    } finally {
      release.mockRestore();
    }
    expect(await kept(first)).toEqual(await counted(first));
  });

  it('a count that stalled past its lease writes nothing over the count that took the index over', async () => {
    await makeStale();
    const step = gate();
    const records = first.medchat.app.get(RankedRecordRepository);
    const countGroups = records.countGroups.bind(records);
    const slowCount = jest.spyOn(records, 'countGroups').mockImplementationOnce(async (patient) => {
      const groups = await countGroups(patient);
      step.reached();
      await step.resumed;
      return groups;
    });
    // A stalled process renews nothing: the first instance's renewals wait for the stall to end, then
    // run (and find the claim taken over). Without this a renewal coming due during the stall, after
    // LEASE_RENEWAL_MS on a slow host, gave the lease back to the stalled count, and the import waited
    // for it while it waited for the import: the test hung to its timeout.
    const firstStats = first.medchat.app.get(PatientRecordStatsRepository);
    const renew = firstStats.renew.bind(firstStats);
    const stalledRenewals = jest.spyOn(firstStats, 'renew').mockImplementation(async (patient, revision) => {
      await step.resumed;
      return renew(patient, revision);
    });
    const intervals = jest.spyOn(globalThis, 'setInterval');
    try {
      const stalled = first.medchat.app.get(RecordSearchIndex).refresh(patientId);
      await step.paused;
      // Its lease not renewed for longer than it lasts (the process stalled): another change takes over.
      await statsModel()
        .updateOne({ patient_id: patientId }, { $set: { updated_at: new Date(Date.now() - 3 * 60_000) } })
        .exec();
      // The stalled count's lease renewal (RenewedLease) comes due meanwhile, as it does after LEASE_RENEWAL_MS.
      const renewalTick = intervals.mock.calls.find(([, ms]) => ms === LEASE_RENEWAL_MS)?.[0];
      expect(renewalTick).toBeDefined();
      renewalTick!();
      await second.medchat.app.get(PatientRecordImporter).importBundle(bundle(11));
      step.resume();
      await stalled;
    } finally {
      intervals.mockRestore();
      stalledRenewals.mockRestore();
      slowCount.mockRestore();
    }
    expect(await kept(first)).toEqual(await counted(first));
  });

  it("terms derived again are not written over a record an import replaced meanwhile: it keeps its new text's terms", async () => {
    const recordModel: Model<PatientRecord> = first.medchat.app.get(getModelToken(PATIENT_RECORD_MODEL));
    await recordModel.updateMany({ patient_id: patientId }, { $set: { terms_version: '2:older-format' } }).exec();
    const step = gate();
    const records = first.medchat.app.get(RankedRecordRepository);
    const storeLexicons = records.storeLexicons.bind(records);
    const slowStore = jest.spyOn(records, 'storeLexicons').mockImplementationOnce(async (updates) => {
      step.reached();
      await step.resumed;
      return storeLexicons(updates);
    });
    try {
      const reindexing = first.medchat.app.get(RecordSearchIndex).refresh(patientId);
      await step.paused;
      await second.medchat.app.get(PatientRecordImporter).importBundle(bundle(12, 'Seasonal influenza nasal spray'));
      step.resume();
      await reindexing;
    } finally {
      slowStore.mockRestore();
    }

    const sealer = first.medchat.app.get(PatientRecordSealer);
    const stored = await first.medchat.app.get(PatientRecordRepository).findAllOf(patientId);
    const relabelled = stored.filter((record) => record.text.includes('Seasonal influenza nasal spray'));
    expect(relabelled.length).toBeGreaterThan(0);
    for (const record of stored) {
      const { terms, term_stats, wording, lexicon } = record;
      expect({ terms, term_stats, wording, lexicon }).toEqual(sealer.lexicon(record, patientId));
    }
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
