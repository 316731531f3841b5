import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);

describe('a code read off the record and asked what it means or where it is', () => {
  it.each([
    'what does 1HRZE mean in my tb treatment',
    'the study coordinator pointed at 1HRZE on my tb treatment history, where does that show up',
    'what does 1hrze stand for on my treatment',
    'is 1HRZE short for something, it is in my tb history',
    'my sister asked what 1HRZE means, it is in her list',
  ])('%s: the record is asked, and the code searched', (question) => {
    const read = analyze(question);
    expect(read.aboutRecords).toBe(true);
    expect(read.terms).toContain('1hrze');
  });

  it.each(['what does b12 do for my body', 'what does 1HRZE mean', 'what does 2nd degree mean for my burn'])(
    '%s: a vitamin, a code asked of no one, an ordinal: general knowledge',
    (question) => {
      expect(analyze(question).aboutRecords).toBe(false);
    },
  );
});
