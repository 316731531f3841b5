import { eventQueryTerms, withEventScores } from './event-scores.js';
import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');

describe('eventQueryTerms', () => {
  it("searches the event's words and their equivalents once its period is read, not before", () => {
    const question = analyzeRecordQuestion('which tests were done while he was throwing up', NOW);
    const hash = (term: string) => `#${term}`;
    expect(eventQueryTerms(question, hash, new Map())).toBeUndefined();
    const dated = { ...question, period: { from: '2021-05-26', to: '2021-07-03', expression: '' } };
    const terms = eventQueryTerms(dated, hash, new Map([['#test', 1]]));
    expect([...terms!.keys()]).toEqual(expect.arrayContaining(['#throw', '#vomit', '#emesi']));
    expect(terms!.has('#test')).toBe(false);
  });

  it('searches no event words when the question names nothing but its day: the day holds the answer', () => {
    const question = analyzeRecordQuestion('what else did he get the same day as his mmr', NOW);
    expect(question).toMatchObject({ terms: [], resourceTypes: [], event: { event: 'mmr', relation: 'day' } });
    const dated = { ...question, period: { from: '2018-07-21', to: '2018-07-22', expression: '' } };
    expect(eventQueryTerms(dated, (term) => `#${term}`, new Map())).toBeUndefined();
  });
});

describe('withEventScores', () => {
  it("adds the event's scores scaled under the best score of the question's own words", () => {
    const asked = new Map([
      ['culture', 4],
      ['hematocrit', 4],
    ]);
    const scores = withEventScores(
      asked,
      new Map([
        ['culture', 10],
        ['symptom', 20],
      ]),
    );
    expect(scores.get('culture')! - 4).toBeCloseTo(0.3);
    expect(scores.get('hematocrit')).toBe(4);
    // What only the event names stays far under what the question asks.
    expect(scores.get('symptom')).toBeCloseTo(0.6);
  });

  it('leaves the scores as they are when the event names nothing', () => {
    expect(withEventScores(new Map([['a', 2]]), new Map())).toEqual(new Map([['a', 2]]));
  });
});
