import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);

describe("a grown-up's checkup asked beside the child's ones left behind", () => {
  it.each([
    'my first grown-up checkup after the kids ones stopped',
    'first grown-up physical, after i aged out of the kids checkups',
    'when did i start having adult physicals instead of kid checkups',
    'i moved off the paediatric side - when was my first adult style general exam',
    'the first adult check up once the pediatric visits ended',
    'my first adult medical after i moved on from the kids doctor',
  ])('"%s" asks for the first general examination, not dated by the child\'s', (question) => {
    const asked = analyze(question);
    expect(asked.query.split(' ')).toEqual(expect.arrayContaining(['general', 'examination']));
    expect(asked.query.split(' ')).not.toContain('developmental');
    expect(asked.wantsEarliest).toBe(true);
    expect(asked.event).toBeUndefined();
    expect(asked.period).toBeUndefined();
  });

  it("leaves the child's checkups when no grown-up's checkup is asked", () => {
    expect(analyze('his first physical after the kids checkups').query.split(' ')).toContain('developmental');
    expect(analyze('her last kids checkup before the adult ones').query.split(' ')).toContain('developmental');
  });
});

describe('a start of something had or got told as its first time', () => {
  it.each([
    ['when did i start getting flu jabs', 'influenza'],
    ['when did he begin having yearly physicals', 'physical'],
    ['when did she start to get the hep b shots', 'hepatitis'],
  ])('"%s" asks for the earliest', (question, word) => {
    const asked = analyze(question);
    expect(asked.wantsEarliest).toBe(true);
    expect(asked.query).toContain(word);
    expect(asked.query).not.toMatch(/\bstart|\bbegin/);
  });

  it('keeps a treatment started as its own words', () => {
    expect(analyze('which hiv meds did they start me on').wantsEarliest).toBe(false);
    expect(analyze('when did i start taking efavirenz').wantsEarliest).toBe(false);
  });
});

describe('a time told as approximate', () => {
  it.each([
    'roughly when was my last hospital stay',
    'when approximately was my last hospital stay',
    'when was my last hospital stay, give or take',
    'when was my last hospital stay more or less',
    'when was my last hospital stay approx',
  ])('"%s" searches the stay alone', (question) => {
    const asked = analyze(question);
    expect(asked.query).toBe('hospital stay');
    expect(asked.wantsLatest).toBe(true);
  });
});

describe('a check told by how often it comes, without "up"', () => {
  it.each(['the annual check the autumn i turned fifty', 'my yearly check in 2018', 'her routine check last spring'])(
    '"%s" asks for the checkup by the words the record names it with',
    (question) => {
      expect(analyze(question).query.split(' ')).toEqual(expect.arrayContaining(['general', 'routine', 'yearly']));
    },
  );
});
