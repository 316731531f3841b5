import { offsetFromBefore, parseDatePeriod, shiftedBy, shiftedPeriod } from './date-expressions.js';

// A Wednesday in mid-January, so "last month" crosses a year boundary.
const NOW = new Date('2026-01-14T15:30:00Z');
const period = (question: string) => {
  const found = parseDatePeriod(question, NOW);
  return found && { from: found.from, to: found.to };
};

describe('parseDatePeriod', () => {
  it.each([
    ['What did the doctor find in March 2020?', '2020-03-01', '2020-04-01'],
    ['my results from Sept. 2019', '2019-09-01', '2019-10-01'],
    ['what happened in december of 2019', '2019-12-01', '2020-01-01'],
    ['labs from 2020-03', '2020-03-01', '2020-04-01'],
    ['visit on 03/2020', '2020-03-01', '2020-04-01'],
    ['what was done on 2020-03-07?', '2020-03-07', '2020-03-08'],
    // A day with slashes is read both ways (7 March or 3 July), never as "7/2020".
    ['my temperature on 3/7/2020', '2020-03-07', '2020-07-04'],
    ['seen on 13/03/2020', '2020-03-13', '2020-03-14'],
    ['vaccines in 2020', '2020-01-01', '2021-01-01'],
    ['between 2015 and 2018', '2015-01-01', '2019-01-01'],
    ['from 2018 to 2016', '2016-01-01', '2019-01-01'],
    ['in 2016 and 2019', '2016-01-01', '2020-01-01'],
    ['since 2018', '2018-01-01', '2026-01-15'],
    ['after 2018', '2019-01-01', '2026-01-15'],
    ['before 2015', '0000-01-01', '2015-01-01'],
    ['last year', '2025-01-01', '2026-01-01'],
    ['this year', '2026-01-01', '2027-01-01'],
    ['last month', '2025-12-01', '2026-01-01'],
    ['this month', '2026-01-01', '2026-02-01'],
    ['in the last year', '2025-01-14', '2026-01-15'],
    ['over the past 2 years', '2024-01-14', '2026-01-15'],
    ['in the last six months', '2025-07-14', '2026-01-15'],
    ['past year', '2025-01-14', '2026-01-15'],
    ['last week', '2026-01-07', '2026-01-15'],
    ['3 years ago', '2023-01-01', '2024-01-01'],
    ['two months ago', '2025-11-01', '2025-12-01'],
    ['yesterday', '2026-01-13', '2026-01-14'],
    ['today', '2026-01-14', '2026-01-15'],
    ['in March', '2025-03-01', '2025-04-01'],
    ['in January', '2026-01-01', '2026-02-01'],
    // A day of the month names its month, with or without the year ("may" only with an ordinal).
    ['what did they say he had on 2nd march', '2025-03-01', '2025-04-01'],
    ['the swab from march the 2nd', '2025-03-01', '2025-04-01'],
    ['his shots on 12 sept', '2025-09-01', '2025-10-01'],
    ['the visit on may 2nd', '2025-05-01', '2025-06-01'],
    ['the visit on the 2nd of may', '2025-05-01', '2025-06-01'],
    ['the covid test from march 2 2020', '2020-03-01', '2020-04-01'],
    ['her temperature on march 2nd, 2020', '2020-03-01', '2020-04-01'],
    ['twenty-one years ago', '2005-01-01', '2006-01-01'],
    // Seasons, generously (a filter; half a month either side): a winter with its year from the December before to the March after.
    ['her temperature in the spring of 2020', '2020-02-15', '2020-07-16'],
    ['shots in summer 2018', '2018-05-15', '2018-10-16'],
    ['my checkup in the fall of 2019', '2019-08-15', '2020-01-16'],
    ['the flu shot in autumn, 2017', '2017-08-15', '2018-01-16'],
    ['was she sick in winter 2020', '2019-11-15', '2021-04-16'],
    ['the 2020 winter', '2019-11-15', '2021-04-16'],
    ['did she fall in 2019', '2019-01-01', '2020-01-01'],
    // Without a year: the latest such season begun by the clock.
    ['was he seen in the winter', '2025-11-15', '2026-04-16'],
    ['his shots during the summer', '2025-05-15', '2025-10-16'],
  ])('%s → [%s, %s)', (question, from, to) => {
    expect(period(question)).toEqual({ from, to });
  });

  it.each([
    'When was my last visit?',
    'Which vaccines have I had?',
    'May I see my results?',
    'I had COVID-19',
    'my viral load was 83503',
    'I am 10 years old',
    'he may 2 have had it',
    'i had 2 may be 3 flu jabs',
    // The event dates it, not the latest winter.
    'what was my weight the winter i had covid',
  ])('finds no period in %s', (question) => {
    expect(parseDatePeriod(question, NOW)).toBeUndefined();
  });

  it('clamps a rolling period to the end of a shorter month', () => {
    expect(parseDatePeriod('in the last month', new Date('2026-03-31T12:00:00Z'))).toMatchObject({
      from: '2026-02-28',
      to: '2026-04-01',
    });
  });

  it('keeps the words it read', () => {
    expect(parseDatePeriod('What did the doctor find in March 2020?', NOW)?.expression).toBe('march 2020');
  });
});

describe('shiftedPeriod', () => {
  const shifted = (question: string) => {
    const found = parseDatePeriod(question, NOW)!;
    const moved = shiftedPeriod(question, found);
    return { from: moved.from, to: moved.to, approximate: moved.approximate };
  };

  it.each([
    // The unit after the period's end, or before its start.
    ['the month after june 2014 what did he get', '2014-07-01', '2014-08-01'],
    ['the year after june 2016', '2016-07-01', '2017-07-01'],
    ['a week before 2019-05-06', '2019-04-29', '2019-05-06'],
    // A clause of the patient's own between the offset and its period.
    ['the month after she was sick in march 2020', '2020-04-01', '2020-05-01'],
    // The start or end named: a unit shorter than the period, counted from that day.
    ['the day before march 2020 began', '2020-02-29', '2020-03-01'],
    ['the week after december 2019 ended', '2020-01-01', '2020-01-08'],
  ])('%s → %s..%s, a reading', (question, from, to) => {
    expect(shifted(question)).toEqual({ from, to, approximate: true });
  });

  it.each([
    // A unit shorter than the period, no start or end named: no such unit.
    'the week after 2019',
    // Another occasion between: "the week before christmas" is no week before the year.
    'the week before christmas 2019',
  ])('leaves %s as named', (question) => {
    const found = parseDatePeriod(question, NOW)!;
    expect(shiftedPeriod(question, found)).toBe(found);
  });
});

describe('offsetFromBefore and shiftedBy', () => {
  it.each([
    ["and the following year's one?", { from: '2019-02-15', to: '2019-07-16' }],
    ["and the next year's?", { from: '2019-02-15', to: '2019-07-16' }],
    ['what about two years after that', { from: '2020-02-15', to: '2020-07-16' }],
    ['and the one six months later?', { from: '2018-08-15', to: '2019-01-16' }],
    ['and 3 weeks before then?', { from: '2018-01-25', to: '2018-06-25' }],
  ])('%s moves the period asked before whole', (question, moved) => {
    const spring = { from: '2018-02-15', to: '2018-07-16', expression: 'spring 2018', approximate: true as const };
    expect(shiftedBy(spring, offsetFromBefore(question)!)).toMatchObject({ ...moved, approximate: true });
  });

  it('a count of one is the unit beside the period, as before', () => {
    expect(offsetFromBefore('and one year later?')).toMatchObject({ unit: 'year', direction: 'after' });
    expect(offsetFromBefore('and one year later?')?.moved).toBeUndefined();
  });

  it('counts a unit from the period asked before', () => {
    const offset = offsetFromBefore('and the checkup the year after that one?')!;
    expect(offset).toMatchObject({ unit: 'year', direction: 'after' });
    const spring = { from: '2018-03-01', to: '2018-06-01', expression: 'spring 2018' };
    expect(shiftedBy(spring, offset)).toMatchObject({ from: '2018-06-01', to: '2019-06-01', approximate: true });
    const march = { from: '2018-03-01', to: '2018-04-01', expression: 'march 2018' };
    expect(shiftedBy(march, offsetFromBefore('the month before that')!)).toMatchObject({
      from: '2018-02-01',
      to: '2018-03-01',
    });
    // A unit shorter than the period asked before: that period itself.
    expect(shiftedBy(spring, offsetFromBefore('the month before that')!)).toBe(spring);
  });

  it('reads the one before or after the period asked before, no unit told, as all the time on that side', () => {
    const august = { from: '2020-08-01', to: '2020-09-01', expression: 'aug 2020' };
    const before = offsetFromBefore('and when was his checkup before that one')!;
    expect(before).toMatchObject({ unit: 'any', direction: 'before' });
    expect(shiftedBy(august, before)).toMatchObject({ from: '0000-01-01', to: '2020-08-01', approximate: true });
    expect(shiftedBy(august, offsetFromBefore('and the one after that?')!)).toMatchObject({
      from: '2020-09-01',
      to: '9999-12-31',
    });
    // A unit told stays that unit.
    expect(offsetFromBefore('and the year before that one?')).toMatchObject({ unit: 'year', direction: 'before' });
    // "Prior to" is "before" (R32).
    expect(offsetFromBefore('ok and the one prior to that')).toMatchObject({ unit: 'any', direction: 'before' });
  });

  it('reads no offset where none points back', () => {
    expect(offsetFromBefore('the year after 2016')).toBeUndefined();
    expect(offsetFromBefore('what happened after that')).toBeUndefined();
  });
});
