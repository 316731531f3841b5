import { Types } from 'mongoose';
import { autoMock } from '../../../test/support/testing-service.js';
import type { AuditTrail } from '../../audit/index.js';
import type { MetricsRecorder } from '../../metrics/index.js';
import type { EmbeddingClient } from '../embeddings/embedding-client.js';
import { EmbeddingUnavailableError } from '../embeddings/embedding-client.js';
import type { PatientRecordsSettings } from '../patient-records-settings.js';
import type {
  NewestQuery,
  RankedRecord,
  RankedRecordRepository,
  TermGroup,
  TermMatchQuery,
} from '../search-index/ranked-record.repository.js';
import { lexiconOf } from '../search-index/record-lexicon.js';
import type { RecordSearchIndex } from '../search-index/record-search-index.js';
import { RecordTermHasher } from '../search-index/record-term-hasher.js';
import { Bm25PatientRecordRetriever, cosine } from './bm25-patient-record-retriever.js';
import type { PatientBirthDates } from './patient-birth-dates.js';

const PATIENT_ID = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const NOW = new Date('2026-01-14T12:00:00Z');
const hasher = new RecordTermHasher(undefined);

type Stored = RankedRecord & { text: string; lexicon: string };
const stored = (date: string, resourceType: string, body: string): Stored => {
  const text = `${date} — ${body}`;
  return {
    _id: new Types.ObjectId(),
    resource_type: resourceType,
    date,
    text,
    ...lexiconOf({ text }, PATIENT_ID, hasher),
  };
};

/** The retrieval reads of the repository over an in-memory record, recording every query. */
class FakeRecords {
  readonly termQueries: TermMatchQuery[] = [];
  readonly newestQueries: NewestQuery[] = [];
  readonly narrativesRead: string[] = [];
  readonly embeddingsRead: string[] = [];
  readonly groupSizes: number[] = [];
  constructor(private readonly records: Stored[]) {}
  private newestFirst(records: Stored[]): Stored[] {
    return [...records].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  }
  async findTermGroups(query: TermMatchQuery): Promise<TermGroup[]> {
    this.termQueries.push(query);
    const groups = new Map<string, TermGroup>();
    const holding = this.records.filter((r) => r.terms!.some((t) => query.terms.includes(t)));
    for (const r of this.newestFirst(holding)) {
      const inPeriod = !query.period || (r.date >= query.period.from && r.date < query.period.to);
      const key = JSON.stringify([r.lexicon, r.resource_type, inPeriod]);
      const group = groups.get(key) ?? {
        terms: r.terms!,
        term_stats: r.term_stats!,
        resource_type: r.resource_type,
        in_period: inPeriod,
        count: 0,
        members: [],
      };
      group.count += 1;
      if (inPeriod && group.members.length < query.memberLimit)
        group.members.push({ _id: r._id, date: r.date, wording: r.wording });
      groups.set(key, group);
    }
    this.groupSizes.push(...[...groups.values()].map((group) => group.members.length));
    return [...groups.values()];
  }
  async findEmbeddings(_patientId: string, ids: Types.ObjectId[]) {
    this.embeddingsRead.push(...ids.map(String));
    return [];
  }
  async findNewest(query: NewestQuery): Promise<RankedRecord[]> {
    this.newestQueries.push(query);
    const selected = this.records.filter(
      (r) =>
        (!query.resourceTypes || query.resourceTypes.includes(r.resource_type)) &&
        (!query.dateRange || (r.date >= query.dateRange.from && r.date < query.dateRange.to)),
    );
    const ordered = this.newestFirst(selected);
    const start = query.after ? ordered.findIndex((r) => r._id.equals(query.after!._id)) + 1 : 0;
    return ordered.slice(start, start + query.limit);
  }
  async findNarratives(_patientId: string, ids: Types.ObjectId[]) {
    this.narrativesRead.push(...ids.map(String));
    return this.records.filter((r) => ids.some((id) => id.equals(r._id)));
  }
}

const corpusOf = (records: Stored[]) => ({
  terms_version: hasher.version,
  records: records.length,
  text_length: records.reduce((sum, r) => sum + r.term_stats!.text_length, 0),
  notes: 0,
  note_length: 0,
});

const settings = (topK = 6, maxCandidates = 500): PatientRecordsSettings => ({ topK, maxCandidates, embedding: null });
function retrieverWith(
  records: Stored[],
  options: {
    topK?: number;
    maxCandidates?: number;
    embeddings?: EmbeddingClient;
    metrics?: MetricsRecorder;
    birthDate?: string;
  } = {},
) {
  const store = new FakeRecords(records);
  const birthDateReads: string[] = [];
  const birthDates = {
    of: async (patientId: string) => {
      birthDateReads.push(patientId);
      return options.birthDate;
    },
  } as PatientBirthDates;
  const index = { statsOf: async () => corpusOf(records) } as unknown as RecordSearchIndex;
  const retriever = new Bm25PatientRecordRetriever(
    store as unknown as RankedRecordRepository,
    index,
    hasher,
    settings(options.topK, options.maxCandidates),
    () => NOW,
    autoMock() as AuditTrail,
    options.metrics ?? (autoMock() as MetricsRecorder),
    birthDates,
    options.embeddings,
  );
  return { store, retriever, birthDateReads };
}

const RECORDS = [
  stored('2020-03-07', 'Condition', 'Condition: Cough (finding), onset 2020-03-07'),
  stored('2020-03-07', 'Observation', 'Observation: Body Weight 16.1 kg'),
  stored('2019-09-24', 'Immunization', 'Immunization: Influenza, seasonal'),
  stored('2016-12-27', 'Immunization', 'Immunization: MMR'),
];

describe('Bm25PatientRecordRetriever', () => {
  it('does not touch the database for a question that is not about the record', async () => {
    const { store, retriever } = retrieverWith(RECORDS);
    expect(await retriever.retrieve({ patientId: PATIENT_ID, question: 'What is a fever?', limit: 8 })).toEqual([]);
    expect([...store.termQueries, ...store.newestQueries]).toEqual([]);
  });

  it('searches a few frameless words only for the records that hold them', async () => {
    const { retriever } = retrieverWith(RECORDS);
    const found = await retriever.retrieve({ patientId: PATIENT_ID, question: 'cough??', limit: 8 });
    expect(found.map((record) => record.text)).toEqual([expect.stringContaining('Cough (finding)')]);
    expect(await retriever.retrieve({ patientId: PATIENT_ID, question: 'rotavirus?', limit: 8 })).toEqual([]);
  });

  it("puts the caller's patient id and the question's period in the database queries", async () => {
    const { store, retriever } = retrieverWith(RECORDS);
    await retriever.retrieve({ patientId: PATIENT_ID, question: 'What did the doctor find in March 2020?', limit: 8 });
    const queries = [...store.termQueries, ...store.newestQueries];
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) expect(query.patientId).toBe(PATIENT_ID);
    expect(store.newestQueries).toContainEqual(
      expect.objectContaining({ dateRange: expect.objectContaining({ from: '2020-03-01', to: '2020-04-01' }) }),
    );
  });

  it("reads the birth date only for a question dated by age, and asks for that year of the patient's life", async () => {
    const { store, retriever, birthDateReads } = retrieverWith(RECORDS, { birthDate: '2011-09-01' });
    await retriever.retrieve({ patientId: PATIENT_ID, question: 'Which vaccines have I had?', limit: 8 });
    expect(birthDateReads).toEqual([]);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'what vaccines did I get when I was 5',
      limit: 8,
    });
    expect(birthDateReads).toEqual([PATIENT_ID]);
    expect(store.newestQueries).toContainEqual(
      expect.objectContaining({ dateRange: expect.objectContaining({ from: '2016-01-01', to: '2017-09-01' }) }),
    );
    expect(sources.map((source) => source.text)).toEqual(['2016-12-27 — Immunization: MMR']);
  });

  it('asks the whole record when nothing the question names falls in a period read from an age', async () => {
    const { store, retriever } = retrieverWith(RECORDS, { birthDate: '2011-09-01' });
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'what vaccines did I get in middle school',
      limit: 8,
    });
    // Ages 10 to 14 (2021 on): no vaccine there, so the vaccines of the whole record.
    expect(store.newestQueries).toContainEqual(
      expect.objectContaining({ dateRange: expect.objectContaining({ from: '2021-01-01' }) }),
    );
    expect(sources.map((source) => source.text)).toEqual([
      '2016-12-27 — Immunization: MMR',
      '2019-09-24 — Immunization: Influenza, seasonal',
    ]);
    // A period the question names outright stays for a category, whatever it holds; something
    // specific asked with a date that holds none of it is looked for in the whole record.
    expect(
      await retriever.retrieve({ patientId: PATIENT_ID, question: 'what vaccines did I get in 2021', limit: 8 }),
    ).toEqual([]);
    const misdated = await retriever.retrieve({ patientId: PATIENT_ID, question: 'my weight in April 2020', limit: 8 });
    expect(misdated.map((source) => source.text)).toEqual(['2020-03-07 — Observation: Body Weight 16.1 kg']);
  });

  it('answers a few words dated outright with that date’s records when the record holds none of the words', async () => {
    const { retriever } = retrieverWith(RECORDS);
    const dated = await retriever.retrieve({ patientId: PATIENT_ID, question: 'imms 12/2016', limit: 8 });
    expect(dated.map((source) => source.text)).toEqual(['2016-12-27 — Immunization: MMR']);
    // Words the record holds elsewhere are still looked for in the whole record, as before.
    const misdated = await retriever.retrieve({ patientId: PATIENT_ID, question: 'cough 04/2020', limit: 8 });
    expect(misdated.map((source) => source.text)).toEqual([
      '2020-03-07 — Condition: Cough (finding), onset 2020-03-07',
    ]);
    // Undated, such words are searched only if the record holds them.
    expect(await retriever.retrieve({ patientId: PATIENT_ID, question: 'imms?', limit: 8 })).toEqual([]);
  });

  it("reads the period of a question dated by another record from that record's dates", async () => {
    const { store, retriever } = retrieverWith(RECORDS);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'what shots did he have before he had the cough',
      limit: 8,
    });
    // The cough was found on 2020-03-07: the vaccines before it, searched without the cough's words.
    expect(store.newestQueries).toContainEqual(
      expect.objectContaining({ dateRange: expect.objectContaining({ from: '0000-01-01', to: '2020-03-07' }) }),
    );
    expect(sources.map((source) => source.resource_type)).toEqual(['Immunization', 'Immunization']);
  });

  it('dates an illness told by its finding from its first record, not its later ones (R32)', async () => {
    const { retriever } = retrieverWith([
      stored('2016-03-12', 'Observation', 'Observation: HIV RAPID TEST, QUALITATIVE: Positive'),
      stored('2017-05-04', 'Observation', 'Observation: HIV viral load 859430'),
      stored('2016-09-21', 'Encounter', 'Encounter: General examination of patient (procedure)'),
      stored('2017-09-27', 'Encounter', 'Encounter: General examination of patient (procedure)'),
    ]);
    const ask = async (question: string) =>
      (await retriever.retrieve({ patientId: PATIENT_ID, question, limit: 8 })).map((source) => source.date);
    // Found in March 2016: the autumn after is 2016's, not the autumn after the 2017 viral load.
    expect(await ask('when was my physical the fall after they found out i had hiv')).toEqual(['2016-09-21']);
    // The illness not told by its finding: after all of its records, as before.
    expect(await ask('my physical the fall after the hiv')).toEqual(['2017-09-27']);
  });

  it("ranks first, within a period read from a symptom, the day's records that name it", async () => {
    const ordered = ['Hematocrit', 'Widal test', 'Malaria smear', 'Lipid panel', 'Chest X-ray', 'Electrolytes'];
    const sickDay = [
      stored('2021-06-02', 'Observation', 'Observation: SYMPTOMS REVIEWED: Vomiting'),
      stored('2021-06-02', 'Observation', 'Observation: TESTS ORDERED: Culture of emesis'),
      stored('2021-06-02', 'Observation', 'Observation: Body Weight 15.2 kg'),
      ...ordered.map((test) => stored('2021-06-02', 'Observation', `Observation: TESTS ORDERED: ${test}`)),
    ];
    const { retriever } = retrieverWith([...RECORDS, ...sickDay]);
    const ask = async (question: string) =>
      (await retriever.retrieve({ patientId: PATIENT_ID, question, limit: 8 })).map((source) => source.text);
    for (const question of [
      'which tests were done while he was throwing up',
      'what tests did they run back when he was throwing up',
    ]) {
      // The day's tests, first the one the symptom's words (lay or clinical) name.
      const texts = await ask(question);
      expect(texts).toContain('2021-06-02 — Observation: TESTS ORDERED: Culture of emesis');
      expect(texts.every((text) => text.startsWith('2021-06-02 — Observation: TESTS ORDERED'))).toBe(true);
    }
    // Something specific asked is not answered by the symptom's own records.
    expect(await ask('what did he weigh while he was throwing up')).toEqual([
      '2021-06-02 — Observation: Body Weight 15.2 kg',
    ]);
  });

  it('dates a symptom told in several words by the records naming all of it, not one of its words', async () => {
    const records = [
      stored('2020-01-10', 'Observation', 'Observation: TESTS ORDERED: Blood typing'),
      stored('2020-01-10', 'Observation', 'Observation: SCREENING QUESTIONS: cough lasting more than 2 weeks'),
      stored('2021-06-02', 'Observation', 'Observation: SCREENING QUESTIONS: Hemoptysis'),
      stored('2021-06-02', 'Observation', 'Observation: TESTS ORDERED: Sputum smear'),
    ];
    const { store, retriever } = retrieverWith(records);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'what tests did they do when i was coughing up blood',
      limit: 8,
    });
    expect(store.newestQueries).toContainEqual(
      expect.objectContaining({ dateRange: expect.objectContaining({ from: '2021-05-26', to: '2021-07-03' }) }),
    );
    expect(sources.map((source) => source.text)).toContain('2021-06-02 — Observation: TESTS ORDERED: Sputum smear');
  });

  it('reads a question as a category when its other words name nothing the record holds', async () => {
    const visit = [
      stored('2020-05-13', 'Encounter', 'Encounter: Well child visit (procedure)'),
      ...['Tdap', 'HPV, quadrivalent', 'meningococcal MCV4P', 'Influenza, seasonal'].map((vaccine) =>
        stored('2020-05-13', 'Immunization', `Immunization: ${vaccine}`),
      ),
    ];
    const { retriever } = retrieverWith([...RECORDS, ...visit]);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'the week we moved flats in may 2020 he still went for his checkup and had some jabs, which were they',
      limit: 8,
    });
    expect(sources.filter((source) => source.resource_type === 'Immunization')).toHaveLength(4);
    // Words the record holds keep the question specific: only the vaccine named.
    const named = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'at his checkup in may 2020 did he have the tdap jab',
      limit: 8,
    });
    expect(named.map((source) => source.text)).not.toContain('2020-05-13 — Immunization: HPV, quadrivalent');
  });

  it("answers a medicine asked by a disease the record holds only in its tests from the notes' medication list", async () => {
    const tests = [
      stored('2012-10-19', 'Observation', 'Observation: HIV RAPID TEST, QUALITATIVE: Positive'),
      stored('2012-10-19', 'Observation', 'Observation: HIV viral load 982430'),
    ];
    const notes = ['2012-10-19', '2019-11-01', '2021-04-30'].map((date) =>
      stored(date, 'DocumentReference', 'Clinical note: # Medications No Active Medications. # Assessment and Plan'),
    );
    const ask = (records: Stored[]) =>
      retrieverWith(records)
        .retriever.retrieve({ patientId: PATIENT_ID, question: 'is my mum on any hiv pills at the moment', limit: 8 })
        .then((sources) => sources.map((source) => source.text));
    const noteTexts = notes.map((note) => note.text);
    expect(await ask([...RECORDS, ...tests, ...notes])).toEqual(expect.arrayContaining(noteTexts));
    // A record holding the treatment answers from it; one without notes keeps the tests it holds.
    const treatment = stored(
      '2014-03-20',
      'Observation',
      'Observation: CURRENT ANTIRETROVIRAL DRUGS USED FOR TREATMENT: Efavirenz',
    );
    const treated = await ask([...RECORDS, ...tests, ...notes, treatment]);
    expect(treated).toContain(treatment.text);
    expect(treated).not.toEqual(expect.arrayContaining(noteTexts));
    expect(await ask([...RECORDS, ...tests])).toEqual(expect.arrayContaining(tests.map((test) => test.text)));
  });

  it('answers a diagnosis asked for by its symptoms with the conditions found that day, the findings last', async () => {
    const symptoms = ['Vomiting', 'Fever', 'Headache', 'Fatigue', 'Muscle pain', 'Nausea', 'Chills'];
    const sickDay = [
      stored('2021-02-03', 'Encounter', 'Encounter: Encounter for symptom (procedure)'),
      ...symptoms.map((symptom) => stored('2021-02-03', 'Condition', `Condition: ${symptom} (finding)`)),
      stored('2021-02-03', 'Condition', 'Condition: Viral gastroenteritis (disorder)'),
    ];
    const { retriever } = retrieverWith([...RECORDS, ...sickDay]);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question:
        'in february 2021 he was throwing up and feverish for days and we took him in, the daycare needs to know what he was diagnosed with',
      limit: 8,
    });
    expect(sources.map((source) => source.text)).toContain('2021-02-03 — Condition: Viral gastroenteritis (disorder)');
  });

  it('gives no period from an age when the account has no birth date', async () => {
    const { store, retriever, birthDateReads } = retrieverWith(RECORDS);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'what vaccines did I get when I was 5',
      limit: 8,
    });
    expect(birthDateReads).toEqual([PATIENT_ID]);
    expect(store.newestQueries.every((query) => query.dateRange === undefined)).toBe(true);
    expect(sources.map((source) => source.text)).toEqual([
      '2016-12-27 — Immunization: MMR',
      '2019-09-24 — Immunization: Influenza, seasonal',
    ]);
  });

  it('returns sources (type, date, narrative) of the relevant records, at most min(limit, top-k)', async () => {
    const { retriever } = retrieverWith(RECORDS, { topK: 6 });
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'Which vaccines have I had?',
      limit: 1,
    });
    expect(sources).toEqual([
      { resource_type: 'Immunization', date: expect.any(String), text: expect.stringContaining('Immunization: ') },
    ]);
    const all = await retriever.retrieve({ patientId: PATIENT_ID, question: 'Which vaccines have I had?', limit: 8 });
    expect(all.map((source) => source.text)).toEqual([
      '2016-12-27 — Immunization: MMR',
      '2019-09-24 — Immunization: Influenza, seasonal',
    ]);
  });

  it('finds a term in the oldest of thousands of records, and reads only the chosen narratives', async () => {
    const readings = Array.from({ length: 3000 }, (_, n) =>
      stored(
        `20${String(10 + (n % 15)).padStart(2, '0')}-01-${String(1 + (n % 28)).padStart(2, '0')}`,
        'Observation',
        `Observation: Heart rate ${60 + (n % 40)} /min`,
      ),
    );
    const oldest = stored('1999-05-02', 'Condition', 'Condition: Tuberculosis (disorder)');
    const { store, retriever } = retrieverWith([...readings, oldest]);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'Have I ever had tuberculosis?',
      limit: 8,
    });
    expect(sources.map((source) => source.text)).toEqual([oldest.text]);
    expect(store.narrativesRead).toEqual([String(oldest._id)]);
  });

  it('counts and reports the records beyond the safety bound instead of dropping them silently', async () => {
    const weights = Array.from({ length: 30 }, (_, n) =>
      stored(`2020-01-${String(n + 1).padStart(2, '0')}`, 'Observation', `Observation: Body Weight ${60 + n} kg`),
    );
    const beyond: number[] = [];
    const metrics = { recordRetrievalBeyondBound: (count: number) => beyond.push(count) } as unknown as MetricsRecorder;
    const { store, retriever } = retrieverWith(weights, { maxCandidates: 10, metrics });
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'How has my weight changed?',
      limit: 8,
    });
    expect(sources.length).toBeGreaterThan(0);
    expect(beyond).toEqual([20]);
    // The database returns no group larger than the bound (a result document holds 16 MB at most).
    expect(store.termQueries[0].memberLimit).toBe(10);
    expect(Math.max(...store.groupSizes)).toBeLessThanOrEqual(10);
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
    const { store, retriever } = retrieverWith(RECORDS, { embeddings: failing });
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'Which vaccines have I had?',
      limit: 8,
    });
    expect(calls).toEqual([['Which vaccines have I had?']]);
    // Embeddings are read by id for the bounded selection, never inside the term groups.
    expect(store.embeddingsRead.length).toBeGreaterThan(0);
    expect(sources).toHaveLength(2);
  });
});

describe('a medicine asked of a record that holds none: the care plan', () => {
  const CHILD_WITH_COVID = [
    stored('2020-03-10', 'Condition', 'Condition: COVID-19, onset 2020-03-10, resolved 2020-03-31'),
    stored(
      '2020-03-10',
      'CarePlan',
      'Care plan: Infectious disease care plan (record artifact), for COVID-19, activities Airborne precautions, Isolation of infected patient',
    ),
    stored('2020-03-10', 'Observation', 'Observation: Body temperature 38.9 Cel'),
    stored('2019-05-11', 'Encounter', 'Encounter: Well child visit (procedure)'),
    stored('2019-05-11', 'Immunization', 'Immunization: Hep A, ped/adol, 2 dose'),
  ];

  it.each([
    'what did they tell us to give him for it',
    'they give him anything for it',
    'what medicine was he given when he caught covid',
    'did the gp prescribe her any tablets back then',
  ])('%s: the care plan answers, what the doctor did instead of a medicine', async (question) => {
    const { retriever } = retrieverWith(CHILD_WITH_COVID);
    const sources = await retriever.retrieve({ patientId: PATIENT_ID, question, limit: 8 });
    expect(sources.map((source) => source.text)).toContainEqual(
      expect.stringContaining('Infectious disease care plan'),
    );
  });

  it('a record holding a medicine answers with it, not with the plan', async () => {
    const { retriever } = retrieverWith([
      ...CHILD_WITH_COVID,
      stored('2020-03-10', 'MedicationRequest', 'Medication: Acetaminophen 160 MG Chewable Tablet'),
    ]);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'what medicine was he given when he caught covid',
      limit: 8,
    });
    expect(sources.map((source) => source.text)[0]).toContain('Acetaminophen');
  });

  it('a visit or a vaccine asked of the same record is no medicine: no plan is added', async () => {
    const { retriever } = retrieverWith(CHILD_WITH_COVID);
    const sources = await retriever.retrieve({
      patientId: PATIENT_ID,
      question: 'which shots was he given at his checkup in may 2019',
      limit: 8,
    });
    expect(sources.map((source) => source.text)).toEqual([expect.stringContaining('Hep A')]);
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
