import { Types } from 'mongoose';
import { autoMock } from '../../../test/support/testing-service.js';
import type { AuditTrail } from '../../audit/index.js';
import type { EmbeddingClient } from '../embeddings/embedding-client.js';
import { EmbeddingUnavailableError } from '../embeddings/embedding-client.js';
import type { CandidateQuery, CandidateRecord, PatientRecordRepository } from '../patient-record.repository.js';
import type { PatientRecordsSettings } from '../patient-records-settings.js';
import { Bm25PatientRecordRetriever, cosine } from './bm25-patient-record-retriever.js';

const PATIENT_ID = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const NOW = new Date('2026-01-14T12:00:00Z');

const candidate = (date: string, resourceType: string, body: string): CandidateRecord => ({
  _id: new Types.ObjectId(),
  resource_type: resourceType,
  date,
  text: `${date} — ${body}`,
});

class FakeStore {
  readonly queries: CandidateQuery[] = [];
  constructor(private readonly records: CandidateRecord[]) {}
  async findCandidates(query: CandidateQuery): Promise<CandidateRecord[]> {
    this.queries.push(query);
    return this.records;
  }
}

const settings = (topK = 6): PatientRecordsSettings => ({ topK, maxCandidates: 500, embedding: null });
const retrieverWith = (store: FakeStore, topK = 6, embeddings?: EmbeddingClient) =>
  new Bm25PatientRecordRetriever(
    store as unknown as PatientRecordRepository,
    settings(topK),
    () => NOW,
    autoMock() as AuditTrail,
    embeddings,
  );

const RECORDS = [
  candidate('2020-03-07', 'Condition', 'Condition: Cough (finding), onset 2020-03-07'),
  candidate('2020-03-07', 'Observation', 'Observation: Body Weight 16.1 kg'),
  candidate('2019-09-24', 'Immunization', 'Immunization: Influenza, seasonal'),
  candidate('2016-12-27', 'Immunization', 'Immunization: MMR'),
];

describe('Bm25PatientRecordRetriever', () => {
  it('does not touch the database for a question that is not about the record', async () => {
    const store = new FakeStore(RECORDS);
    expect(
      await retrieverWith(store).retrieve({ patientId: PATIENT_ID, question: 'What is a fever?', limit: 8 }),
    ).toEqual([]);
    expect(store.queries).toEqual([]);
  });

  it("puts the caller's patient id and the question's period in the database query", async () => {
    const store = new FakeStore(RECORDS);
    await retrieverWith(store).retrieve({
      patientId: PATIENT_ID,
      question: 'What did the doctor find in March 2020?',
      limit: 8,
    });
    expect(store.queries).toEqual([
      {
        patientId: PATIENT_ID,
        dateRange: expect.objectContaining({ from: '2020-03-01', to: '2020-04-01' }),
        limit: 500,
        withEmbeddings: false,
      },
    ]);
  });

  it('returns sources (type, date, narrative) of the relevant records, at most min(limit, top-k)', async () => {
    const store = new FakeStore(RECORDS);
    const sources = await retrieverWith(store, 6).retrieve({
      patientId: PATIENT_ID,
      question: 'Which vaccines have I had?',
      limit: 1,
    });
    expect(sources).toEqual([
      { resource_type: 'Immunization', date: expect.any(String), text: expect.stringContaining('Immunization: ') },
    ]);
    const all = await retrieverWith(store, 6).retrieve({
      patientId: PATIENT_ID,
      question: 'Which vaccines have I had?',
      limit: 8,
    });
    expect(all.map((source) => source.text)).toEqual([
      '2016-12-27 — Immunization: MMR',
      '2019-09-24 — Immunization: Influenza, seasonal',
    ]);
  });

  it('embeds the question in hybrid mode and ranks lexically when that fails', async () => {
    const calls: string[][] = [];
    const failing: EmbeddingClient = {
      model: 'nomic-embed-text',
      embed: async (texts) => {
        calls.push(texts);
        throw new EmbeddingUnavailableError('down');
      },
    };
    const store = new FakeStore(RECORDS);
    const sources = await retrieverWith(store, 6, failing).retrieve({
      patientId: PATIENT_ID,
      question: 'Which vaccines have I had?',
      limit: 8,
    });
    expect(calls).toEqual([['Which vaccines have I had?']]);
    expect(store.queries[0].withEmbeddings).toBe(true);
    expect(sources).toHaveLength(2);
  });
});

describe('cosine', () => {
  it('measures direction, and is 0 for vectors of other sizes or zero vectors', () => {
    expect(cosine([1, 0], [2, 0])).toBeCloseTo(1);
    expect(cosine([1, 0], [0, 3])).toBeCloseTo(0);
    expect(cosine([1, 0], [1, 0, 0])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });
});
