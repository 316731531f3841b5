import { mapFhirBundle } from '../fhir/index.js';
import { loadSyntheaFixture } from '../fhir/testing/synthea-fixtures.js';
import { retrieveFromFixture as retrieveFrom } from './testing/fixture-answers.js';
import { analyzeRecordQuestion } from './record-question.js';
import { rankRecords, type RankableRecord } from './record-ranking.js';

const NOW = new Date('2026-01-14T12:00:00Z');

const record = (overrides: Partial<RankableRecord>): RankableRecord => ({
  id: overrides.text ?? 'r',
  resource_type: 'Observation',
  date: '2020-01-01',
  text: '2020-01-01 — Observation: something',
  lexical: 0,
  ...overrides,
});

describe('rankRecords on the Synthea fixtures', () => {
  it('"what did the doctor find in March 2020?" gives the juvenile patient\'s March 2020 Conditions', () => {
    const chosen = retrieveFrom('Pablo44_', 'What did the doctor find in March 2020?');
    expect(chosen).toHaveLength(6);
    for (const found of chosen)
      expect(found).toMatchObject({ resource_type: 'Condition', date: expect.stringMatching(/^2020-03-/) });
  });

  it('"my last checkup" is the newest checkup, not the vaccine appointments after it', () => {
    const chosen = retrieveFrom('Kanisha187_', 'my last checkup');
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.at(-1)).toMatchObject({ resource_type: 'Encounter', date: expect.stringMatching(/^2020-11-06/) });
    expect(chosen.map((found) => found.text).join('\n')).not.toContain('Administration of vaccine');
  });

  it('"which vaccines have I had?" gives six different vaccines, oldest first', () => {
    const chosen = retrieveFrom('Dudley365_', 'Which vaccines have I had?');
    expect(chosen.map((found) => found.resource_type)).toEqual(Array(6).fill('Immunization'));
    expect(new Set(chosen.map((found) => found.text.replace(/^\S+ — /, ''))).size).toBe(6);
    expect(chosen.map((found) => found.date)).toEqual([...chosen.map((found) => found.date)].sort());
  });

  it('"which vaccines did she get as a baby?" gives the oldest vaccines, "her last shots" the newest', () => {
    const baby = retrieveFrom('Les282_', 'Which vaccines did she get as a baby?');
    expect(baby.map((found) => found.date)).toContain('2017-05-13');
    expect(baby.every((found) => found.date < '2018-01-01')).toBe(true);
    const latest = retrieveFrom('Les282_', 'What were her last shots?');
    expect(latest.every((found) => found.date >= '2018-01-01')).toBe(true);
  });

  it('a vaccine asked by its name ranks above newer vaccines whose names hold "vaccine"', () => {
    // Kanisha's COVID-19 vaccines (2021) are newer than her last flu shot, zoster and Td, and only
    // their display name says "vaccine".
    for (const [question, named] of [
      ['when was my last flu vaccine', 'Influenza'],
      ['latest zoster vaccination', 'zoster'],
      ['when did I get the shingles vaccine', 'zoster'],
    ]) {
      const chosen = retrieveFrom('Kanisha187_', question);
      const vaccines = chosen.filter((found) => found.resource_type === 'Immunization');
      expect(vaccines.length).toBeGreaterThan(0);
      for (const found of vaccines) expect(found.text).toContain(named);
    }
    // Every dose of the vaccine named, not one dose and the notes of the visits that gave them.
    const doses = retrieveFrom('Meredith572_', 'my flu vaccinations');
    expect(doses).toHaveLength(6);
    for (const found of doses) expect(found).toMatchObject({ resource_type: 'Immunization' });
    // The COVID-19 vaccine asked by its name is still found.
    const covid = retrieveFrom('Kanisha187_', 'the most recent covid jab');
    expect(covid.some((found) => found.text.includes('SARS-COV-2'))).toBe(true);
  });

  it('"when did I have TB" gives the diagnosis, not only the later treatment readings that name it', () => {
    const chosen = retrieveFrom('Meredith572_', 'when did I have TB');
    expect(chosen[0]).toMatchObject({ resource_type: 'Condition', date: '2010-07-07' });
  });

  it('"how has my weight changed?" gives the weight and no other observation', () => {
    const chosen = retrieveFrom('Meredith572_', 'How has my weight changed?');
    expect(chosen.map((found) => found.text)).toEqual(['2010-07-07 — Observation: Weight 64.012 kg']);
  });

  it('a history question keeps every reading across the years', () => {
    const chosen = retrieveFrom('Meredith572_', 'How has my temperature changed over the years?');
    const years = chosen.filter((found) => found.text.includes('TEMPERATURE')).map((found) => found.date.slice(0, 4));
    expect(years).toEqual(['2010', '2012', '2014']);
  });

  it('"my last visit" gives the newest visits, repeats included', () => {
    const chosen = retrieveFrom('Meredith572_', 'When was my last visit?', 3);
    const encounters = mapFhirBundle(loadSyntheaFixture('Meredith572_')).records.filter(
      (found) => found.resource_type === 'Encounter',
    );
    const newest = encounters
      .map((found) => found.date)
      .sort()
      .slice(-3);
    expect(chosen.map((found) => found.date)).toEqual(newest);
  });

  it('finds a result by the word the patient uses ("covid", "positive")', () => {
    const chosen = retrieveFrom('Pablo44_', 'Did I test positive for covid?');
    expect(chosen.map((found) => found.text)).toContain(
      '2020-03-07 — Observation: SARS-CoV-2 RNA Pnl Resp NAA+probe: Detected (qualifier value)',
    );
  });

  it('gives nothing when a specific question matches nothing, and the newest records for "what is in my record?"', () => {
    expect(retrieveFrom('Pablo44_', 'Have I ever had chickenpox?')).toEqual([]);
    const generic = retrieveFrom('Pablo44_', "What's in my record?", 3);
    expect(generic.map((found) => found.date)).toEqual(['2020-09-29', '2020-09-29', '2020-09-29']);
  });

  it('gives the newest records of a period when nothing in it matches the words', () => {
    const chosen = retrieveFrom('Pablo44_', 'What happened to me in September 2020?', 2);
    expect(chosen.every((found) => found.date.startsWith('2020-09'))).toBe(true);
    expect(chosen).toHaveLength(2);
  });
});

describe('rankRecords rules', () => {
  const question = analyzeRecordQuestion('What is my cholesterol?', NOW);

  it('returns at most top-k, and nothing for no candidates or k = 0', () => {
    const many = Array.from({ length: 10 }, (_, index) =>
      record({ id: String(index), text: `2020-01-0${index} — Observation: Cholesterol ${index}`, lexical: 1 }),
    );
    expect(rankRecords(many, question, { topK: 4, hybrid: false })).toHaveLength(4);
    expect(rankRecords([], question, { topK: 4, hybrid: false })).toEqual([]);
    expect(rankRecords(many, question, { topK: 0, hybrid: false })).toEqual([]);
  });

  it('prefers the lexical match over a mere type match for a specific question', () => {
    const chosen = rankRecords(
      [
        record({ id: 'match', text: '2010-01-01 — Observation: Cholesterol 5.1', date: '2010-01-01', lexical: 3 }),
        record({ id: 'type', date: '2020-01-01', lexical: 0 }),
      ],
      question,
      { topK: 6, hybrid: false },
    );
    expect(chosen.map((found) => found.id)).toEqual(['match']);
  });

  it('in hybrid mode lets a semantically close record qualify without a shared word', () => {
    const general = analyzeRecordQuestion('Do I have heart problems?', NOW);
    const candidates = [
      record({
        id: 'close',
        resource_type: 'Observation',
        text: '2020-01-01 — Observation: Heart rate 91 /min',
        lexical: 0,
        semantic: 0.9,
      }),
      record({
        id: 'far',
        resource_type: 'Immunization',
        text: '2020-01-01 — Immunization: MMR',
        lexical: 0,
        semantic: 0.1,
      }),
      record({
        id: 'mid',
        resource_type: 'Immunization',
        text: '2020-01-01 — Immunization: IPV',
        lexical: 0,
        semantic: 0.5,
      }),
    ];
    expect(rankRecords(candidates, general, { topK: 6, hybrid: true }).map((found) => found.id)).toEqual(['close']);
  });
});
