import { Types } from 'mongoose';
import type { NewestQuery, RankedRecord, RankedRecordRepository } from '../search-index/ranked-record.repository.js';
import { analyzeRecordQuestion } from './record-question.js';
import { linkSameDayEncounters } from './same-day-encounters.js';

const PATIENT_ID = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const NOW = new Date('2026-01-14T12:00:00Z');

const record = (date: string, resourceType: string): RankedRecord => ({
  _id: new Types.ObjectId(),
  resource_type: resourceType,
  date,
});

/** findNewest over an in-memory record, newest first, recording every query. */
function fakeRecords(records: RankedRecord[]): { repository: RankedRecordRepository; queries: NewestQuery[] } {
  const queries: NewestQuery[] = [];
  const repository = {
    async findNewest(query: NewestQuery): Promise<RankedRecord[]> {
      queries.push(query);
      return records
        .filter(
          (candidate) =>
            (!query.resourceTypes || query.resourceTypes.includes(candidate.resource_type)) &&
            (!query.dateRange || (candidate.date >= query.dateRange.from && candidate.date < query.dateRange.to)),
        )
        .sort((left, right) => (left.date < right.date ? 1 : -1))
        .slice(0, query.limit);
    },
  } as unknown as RankedRecordRepository;
  return { repository, queries };
}

describe('linkSameDayEncounters', () => {
  const tbVisit2014 = record('2014-03-20', 'Encounter');
  const tbVisit2012 = record('2012-05-10', 'Encounter');
  const checkup = record('2015-07-02', 'Encounter');
  const treatment2014 = record('2014-03-20', 'Observation');
  const screening2012 = record('2012-05-10', 'Observation');
  const vaccine = record('2015-07-02', 'Immunization');
  const all = [tbVisit2014, tbVisit2012, checkup, treatment2014, screening2012, vaccine];
  const lexical = new Map([
    [String(treatment2014._id), 8],
    [String(screening2012._id), 6],
  ]);

  it("scores a visit asked for by what it was for with a share of its day's best match", async () => {
    const { repository, queries } = fakeRecords(all);
    const question = analyzeRecordQuestion('When was my last visit for the TB?', NOW);
    const linked = await linkSameDayEncounters(repository, {
      patientId: PATIENT_ID,
      question,
      candidates: [treatment2014, screening2012, checkup],
      lexical,
      withEmbeddings: false,
      findingTerm: 'find',
    });
    expect(linked.encounters.map((encounter) => encounter.date).sort()).toEqual(['2012-05-10', '2014-03-20']);
    expect(linked.lexical.get(String(tbVisit2014._id))).toBeCloseTo(0.9 * 8);
    expect(linked.lexical.get(String(tbVisit2012._id))).toBeCloseTo(0.9 * 6);
    // The check-up of a day without a match is neither read nor scored.
    expect(linked.lexical.has(String(checkup._id))).toBe(false);
    expect(queries.map((query) => query.dateRange)).toEqual([
      { from: '2014-03-20', to: '2014-03-21' },
      { from: '2012-05-10', to: '2012-05-11' },
    ]);
  });

  it('scores a visit already among the candidates without reading it again as new', async () => {
    const { repository } = fakeRecords(all);
    const question = analyzeRecordQuestion('When was my last visit for the TB?', NOW);
    const linked = await linkSameDayEncounters(repository, {
      patientId: PATIENT_ID,
      question,
      candidates: [treatment2014, tbVisit2014],
      lexical,
      withEmbeddings: false,
      findingTerm: 'find',
    });
    expect(linked.encounters).toEqual([]);
    expect(linked.lexical.get(String(tbVisit2014._id))).toBeCloseTo(0.9 * 8);
  });

  it.each(['What did they find at my TB visit?', 'When was my last visit?', 'Did I have tuberculosis?'])(
    'reads nothing when no visit is asked for by what it was for: %s',
    async (text) => {
      const { repository, queries } = fakeRecords(all);
      const question = analyzeRecordQuestion(text, NOW);
      const linked = await linkSameDayEncounters(repository, {
        patientId: PATIENT_ID,
        question,
        candidates: [treatment2014, screening2012],
        lexical,
        withEmbeddings: false,
        findingTerm: 'find',
      });
      expect(queries).toEqual([]);
      expect(linked).toEqual({ encounters: [], lexical });
    },
  );
});

describe('linkSameDayEncounters, a visit told by the shots given at it', () => {
  const schoolVisit = record('2016-11-21', 'Encounter');
  const fluVisit = record('2018-12-03', 'Encounter');
  const babyVisit = record('2012-02-01', 'Encounter');
  const schoolShots = ['MMR', 'DTaP', 'IPV', 'varicella', 'flu'].map(() => record('2016-11-21', 'Immunization'));
  const fluShot = record('2018-12-03', 'Immunization');
  const babyShots = [1, 2].map(() => record('2012-02-01', 'Immunization'));
  const all = [schoolVisit, fluVisit, babyVisit, ...schoolShots, fluShot, ...babyShots];
  // Every visit matches "visit" alike; the shots say which.
  const lexical = new Map([schoolVisit, fluVisit, babyVisit].map((visit) => [String(visit._id), 10]));

  const link = (asked: string) =>
    linkSameDayEncounters(fakeRecords(all).repository, {
      patientId: PATIENT_ID,
      question: analyzeRecordQuestion(asked, NOW),
      candidates: [schoolVisit, fluVisit, babyVisit],
      lexical,
      withEmbeddings: false,
      findingTerm: 'find',
    });

  it.each([
    ['the visit where she got like 5 needles at once, which date was it'],
    ['her kindergarten shots visit, the date please'],
    ['the checkup where he had all those jabs'],
  ])('%j: the visit of the day of those shots comes above every other visit', async (asked) => {
    const linked = await link(asked);
    expect(linked.lexical.get(String(schoolVisit._id))).toBeGreaterThan(10);
    expect(linked.lexical.get(String(fluVisit._id))).toBe(10);
    expect(linked.lexical.get(String(babyVisit._id))).toBe(10);
  });

  it('a count says which day: two shots are the baby visit, not the five of school', async () => {
    const linked = await link('the appointment when she got 2 injections');
    expect(linked.lexical.get(String(babyVisit._id))).toBeGreaterThan(10);
    expect(linked.lexical.get(String(schoolVisit._id))).toBe(10);
  });

  it.each([['when was her last checkup'], ['which visit was her flu shot at'], ['what shots did she get at 5']])(
    '%j: no visit told by its shots, nothing lifted above the rest',
    async (asked) => {
      const linked = await link(asked);
      for (const visit of [schoolVisit, fluVisit, babyVisit]) expect(linked.lexical.get(String(visit._id))).toBe(10);
    },
  );
});
