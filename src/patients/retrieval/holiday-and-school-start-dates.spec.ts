import { readAgeAnchor } from './age-expressions.js';
import { parseDatePeriod } from './date-expressions.js';
import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const RECORD_END = new Date('2021-01-10T00:00:00Z');
const periodOf = (question: string, birthDate: string) =>
  analyzeRecordQuestion(question, NOW, { birthDate, recordEnd: RECORD_END }).period;
const holds = (period: { from: string; to: string } | undefined, day: string) =>
  period !== undefined && period.from <= day && day < period.to;

describe('a school stage told as begun dates the question by the age it begins at', () => {
  it.each([
    ['the summer he started kindergarten, was there a checkup', 5],
    ['his physical when he was starting kindergarten', 5],
    ['the year she went into middle school, which shots', 11],
    ['the checkup after i started high school', 14],
  ])('%s: age %s', (question, age) => {
    expect(readAgeAnchor(question)).toMatchObject({ age, through: age });
  });

  it("a boy born in August 2009 started kindergarten in 2014: his July 2014 checkup, not the next years'", () => {
    const period = periodOf('the summer he started kindergarten, was there a checkup', '2009-08-06');
    expect(holds(period, '2014-07-17')).toBe(true);
    expect(holds(period, '2016-07-28')).toBe(false);
  });

  it.each([
    'he is starting kindergarten next month, what shots does he need',
    'she starts preschool in the fall, is she up to date',
    'what is the age to start kindergarten',
  ])('%s: a start today or planned dates nothing', (question) => {
    expect(readAgeAnchor(question)).toBeUndefined();
  });

  it('"in kindergarten" still spans the stage', () => {
    expect(readAgeAnchor('the shots he had in kindergarten')).toMatchObject({ age: 4, through: 6 });
  });
});

describe('a holiday named without its year', () => {
  const JUNE_2020 = new Date('2020-06-01T00:00:00Z');

  it.each([
    ['the checkup just after christmas', '2019-12-28', '2020-02-10'],
    ['were her jabs right before thanksgiving', '2019-11-10', '2019-12-20'],
    ['he was poorly over new year', '2019-12-31', '2019-11-01'],
    ['the visit around halloween', '2019-10-30', '2019-12-15'],
  ])('%s: the weeks it means in the latest year, %s in and %s out', (question, inside, outside) => {
    const period = parseDatePeriod(question, JUNE_2020);
    expect(period).toMatchObject({ yearless: true, approximate: true });
    expect(holds(period, inside)).toBe(true);
    expect(holds(period, outside)).toBe(false);
  });

  it.each([
    'the christmas tree made him sneeze, is that an allergy on his chart',
    'did she get a christmas present from the clinic',
    'what is easter',
  ])('%s: a holiday named as a thing is no date', (question) => {
    expect(parseDatePeriod(question, JUNE_2020)).toBeUndefined();
  });

  it('with an age: the holidays of those years ("just after christmas when he was a toddler")', () => {
    const period = periodOf('the checkup just after christmas when he was a toddler', '2015-10-20');
    expect(holds(period, '2016-12-27')).toBe(true);
    expect(holds(period, '2020-12-28')).toBe(false);
  });

  it("a month without its year beside an age is that month of those years, not the record's last March", () => {
    const period = periodOf('his shots in march when he was 2', '2015-10-20');
    expect(holds(period, '2017-03-15')).toBe(true);
    expect(holds(period, '2020-03-15')).toBe(false);
  });
});
