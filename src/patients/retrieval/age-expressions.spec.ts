import { agePeriod, readAgeAnchor } from './age-expressions.js';

describe('readAgeAnchor', () => {
  it.each([
    ['did i get hepatitis a shots the year i turned 40', 40, 'the year i turned 40'],
    ['ive had the shingles vaccine right? the year i turned 50', 50, 'the year i turned 50'],
    ['did i get the whooping cough booster when i was 11', 11, 'when i was 11'],
    ['what vaccines did she have when she was 11 years old', 11, 'when she was 11 years old'],
    ['what shots did my son get when my son was five', 5, 'when my son was five'],
    ['my weight at age 5', 5, 'at age 5'],
    ['my height at the age of 12?', 12, 'at the age of 12'],
    ['blood pressure aged 40', 40, 'aged 40'],
    ['what checkups did he have as a 5-year-old', 5, 'as a 5-year-old'],
    ['did i get a flu shot at 40?', 40, 'at 40'],
    ['what vaccines did i have at 65 and 66', 65, 'at 65'],
    // A birthday told as a milestone reached.
    ['my yearly check the autumn i hit fifty', 50, 'i hit fifty'],
    ['the routine check when i reached 40', 40, 'when i reached 40'],
    ['the annual check the year he got to 50', 50, 'the year he got to 50'],
  ])('reads "%s" as age %i', (question, age, expression) => {
    expect(readAgeAnchor(question)).toEqual({ age, expression });
  });

  it.each([
    // Doses, counts, readings and durations are not ages.
    'was i on 40 mg of atorvastatin',
    'did she get 5 shots at that visit',
    'she had a temperature of 40',
    'my fever was at 40',
    'my temperature stayed at 39 for two days',
    'was my blood pressure at 140/90',
    'did my pulse go up to 120 at 40 bpm',
    'he was at 98.6 in the morning',
    'when i was 40 weeks pregnant',
    'at 5 pm did they check my oxygen',
    'when my temperature was 40 did they give me tylenol',
    // Today's age, not a period: the year it names dates the question.
    'my son is 11, did he get the tdap at his checkup in may 2020',
    'what vaccines does my 5 year old need',
    // Beyond any age.
    'was my sugar at 140',
    'what stage 3 disease did i have',
  ])('reads no age in "%s"', (question) => {
    expect(readAgeAnchor(question)).toBeUndefined();
  });
});

describe('readAgeAnchor: spans of age', () => {
  it.each([
    // Two ages, an approximate one, a decade of life.
    ['what shots did she get when she was 11 or 12', { age: 11, through: 12 }],
    ['his weight between the ages of three and four', { age: 3, through: 4 }],
    ['immunizations at 4 to 6 years old', { age: 4, through: 6 }],
    ['did i have a tetanus shot when i was about forty', { age: 39, through: 41 }],
    ['was i tested for tb at age 30ish', { age: 29, through: 31 }],
    ['hep b shots when i was twenty-two', { age: 22 }],
    ['what vaccines did i get in my twenties', { age: 20, through: 29 }],
    ['my blood pressure in my early 40s', { age: 40, through: 43 }],
    ['did she have any shots in her late teens', { age: 16, through: 19 }],
    ['was he ever sick as a teenager', { age: 13, through: 19 }],
    ['she was 4 going on 5 when she had a round of booster shots', { age: 4, through: 5 }],
    ['hep a as a toddler for my boy', { age: 1, through: 3 }],
    // The year of the birth, by the calendar: see agePeriod.
    ['his well baby visits the year he was born', { age: 0, birthYear: true }],
    ['what shots did he get when he was a baby', { age: 1, through: 12, months: true }],
    // School grades and stages that date the question.
    ['what vaccines did he get in 5th grade', { age: 9, through: 11 }],
    ['the seventh grade shots', { age: 11, through: 13 }],
    ['her kindergarten shots', { age: 4, through: 6 }],
    ['was he sick at all during middle school', { age: 10, through: 14 }],
    ['the shots she needed for 7th grade', { age: 11, through: 13 }],
    ['what vaccines did he get for kindergarten', { age: 4, through: 6 }],
    ['his first birthday shots', { age: 1 }],
    // School entry is kindergarten's start; the visit just before a stage is the year before it begins.
    ['the school entry shots visit', { age: 4, through: 6 }],
    ['what jabs did he have at school entry', { age: 4, through: 6 }],
    ['the checkup right before kindergarten', { age: 4, through: 5 }],
    ['her last visit just before she started kindergarten', { age: 4, through: 5 }],
    ['which shots did i get prior to starting middle school', { age: 10, through: 11 }],
    ['a physical ahead of high school', { age: 13, through: 14 }],
    // A baby's age in months.
    ['did she get the rotavirus at her 2 month shots', { age: 2, months: true }],
    ['his 18-month checkup', { age: 18, months: true }],
    ['when she was 6 months old did she get the hep b shot', { age: 6, months: true }],
    ['what was his weight as a 9 month old', { age: 9, months: true }],
    // Or in years and a half, as a toddler's age is told: months, not the whole year before.
    ['at a year and a half which vaccines did he get', { age: 18, months: true }],
    ['when he was two and a half did he have a checkup', { age: 30, months: true }],
    ['her weight aged 1.5 years', { age: 18, months: true }],
    ['at one year and a half', { age: 18, months: true }],
    ['the checkup when he was about a year and a half', { age: 18, months: true }],
    ['which jab did she have when she was around two and a half', { age: 30, months: true }],
    // Or in weeks, as the first visits are named.
    ['what he got at six weeks old', { age: 6, weeks: true }],
    ['his 8 week jabs', { age: 8, weeks: true }],
    // The baby told between the age and the visit, as parents name the first checks.
    ['the one month old baby check', { age: 1, months: true, visit: true }],
    ['her 6 week baby check', { age: 6, weeks: true, visit: true }],
    ['his two-month-old infant shots', { age: 2, months: true, visit: true }],
    ['the very first appointment he ever had, as a brand new baby', { age: 1, through: 12, months: true }],
    ['when she was a new baby did she see the doctor', { age: 1, through: 12, months: true }],
    // An age naming a visit: what that visit gave is asked for (see periodMissed).
    ['did he get the hpv vaccine at his 11 yr checkup', { age: 11, expression: '11 yr', visit: true }],
    ['the form wants what he got at his 15 month check', { age: 15, months: true, visit: true }],
    ['his 8 week jabs for the daycare form', { age: 8, weeks: true, visit: true }],
  ])('reads "%s"', (question, anchor) => {
    expect(readAgeAnchor(question)).toMatchObject(anchor);
  });

  it.each(['did she have hep a at 18 months', 'when she was 6 months old did she get the hep b shot'])(
    'reads "%s" as an age, naming no visit',
    (question) => {
      expect(readAgeAnchor(question)?.visit).toBeUndefined();
    },
  );

  it.each([
    // Today's stage or context, not a period; a treatment's length; a grade that is no school.
    "she's in 5th grade now, has she had the tdap",
    'kindergarten registration wants his shot record',
    'im doing a form for college, how many hpv doses have i had',
    'was i on streptomycin for 2 months',
    'did i stop the tb pills at 2 months of treatment',
    'the fever started 6 months ago',
    'the cough lasted 3 weeks',
    'was she tested at 6 weeks pregnant',
    'was it a low grade fever',
    'did i fall in 2019',
    // A length of time, not an age.
    'the cough went on for a year and a half',
    // Months counted from an event told after the visit, not a baby's age.
    'the two month checkup after covid',
    'his 6 week visit after the hospital stay',
    'the 6 week baby check after she came home from the hospital',
    // A new baby in the family, not the patient as one; a stage named without 'before'.
    'did she get her whooping cough jab before the new baby arrived',
    'kindergarten registration before the summer wants his shots',
  ])('reads no age in "%s"', (question) => {
    expect(readAgeAnchor(question)).toBeUndefined();
  });
});

describe('agePeriod', () => {
  const at = (age: number) => ({ age, expression: `at ${age}` });

  it('runs from 1 January of the year the age was reached to the next birthday (by birthday or by calendar year)', () => {
    expect(agePeriod(at(40), '1975-06-17')).toEqual({ from: '2015-01-01', to: '2016-06-17', expression: 'at 40' });
  });

  it('gives the calendar year of the birth for "the year he was born", whatever the day', () => {
    const birthYear = { age: 0, birthYear: true as const, expression: 'the year he was born' };
    expect(agePeriod(birthYear, '2015-10-20')).toEqual({
      from: '2015-01-01',
      to: '2016-01-01',
      expression: 'the year he was born',
    });
    expect(agePeriod(birthYear, '2015')).toMatchObject({ from: '2015-01-01', to: '2016-01-01' });
  });

  it('puts a 29 February birthday on 1 March in other years', () => {
    expect(agePeriod(at(1), '2016-02-29')).toMatchObject({ from: '2017-01-01', to: '2018-03-01' });
  });

  it('spans every day the age can fall on when only the month or the year of birth is known', () => {
    expect(agePeriod(at(40), '1975-06')).toMatchObject({ from: '2015-01-01', to: '2016-07-01' });
    expect(agePeriod(at(40), '1975-12')).toMatchObject({ from: '2015-01-01', to: '2017-01-01' });
    expect(agePeriod(at(40), '1975')).toMatchObject({ from: '2015-01-01', to: '2017-01-01' });
  });

  it('runs from the first age to the birthday after the last one', () => {
    expect(agePeriod({ age: 11, through: 12, expression: 'at 11 or 12' }, '2009-08-06')).toMatchObject({
      from: '2020-01-01',
      to: '2022-08-06',
    });
    expect(agePeriod({ age: 20, through: 29, expression: 'in my twenties' }, '1966')).toMatchObject({
      from: '1986-01-01',
      to: '1997-01-01',
    });
  });

  it('reads months of age from a month before to three months after (shots are given late, not early)', () => {
    expect(agePeriod({ age: 2, months: true, expression: '2 month shots' }, '2017-05-13')).toMatchObject({
      from: '2017-06-13',
      to: '2017-10-13',
    });
    expect(agePeriod({ age: 2, months: true, expression: '2 month shots' }, '2017')).toMatchObject({
      from: '2017-02-01',
      to: '2018-05-28',
    });
  });

  it('reads weeks of age from three weeks before to eight after, widened by an unknown day or month of birth', () => {
    expect(agePeriod({ age: 6, weeks: true, expression: 'at 6 weeks' }, '2018-01-01')).toMatchObject({
      from: '2018-01-22',
      to: '2018-04-09',
    });
    expect(agePeriod({ age: 6, weeks: true, expression: 'at 6 weeks' }, '2018-01')).toMatchObject({
      from: '2018-01-22',
      to: '2018-05-09',
    });
  });

  it('gives nothing for a birth date it cannot read', () => {
    expect(agePeriod(at(40), 'unknown')).toBeUndefined();
    expect(agePeriod(at(40), '1975-06-17T10:00:00Z')).toBeUndefined();
  });
});
