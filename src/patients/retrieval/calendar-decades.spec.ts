import { calendarDecade } from './calendar-decades.js';

describe('calendarDecade', () => {
  it.each([
    ['my physicals in the 2000s', '2000-01-01', '2010-01-01'],
    ['list my checkups in the 1990s', '1990-01-01', '2000-01-01'],
    ["jabs in the '80s", '1980-01-01', '1990-01-01'],
    ['which tetanus shot did i get in the nineties', '1990-01-01', '2000-01-01'],
    ['my yearly exams in the 2010s', '2010-01-01', '2020-01-01'],
    ['did he get a tetanus booster in the late 90s', '1996-01-01', '2000-01-01'],
    ['his physicals in the early 2000s', '2000-01-01', '2004-01-01'],
    ['visits in the mid-eighties', '1983-01-01', '1987-01-01'],
  ])('reads "%s" as a decade of the calendar', (question, from, to) => {
    expect(calendarDecade(question)).toMatchObject({ from, to });
  });

  it.each([
    // A decade of life, not of the calendar.
    'the hep b jab i had in my 20s',
    'in her early thirties',
    // A reading's range, told in two digits or in words.
    'her oxygen was in the 80s wasnt it',
    'was his pulse up in the 90s when he was admitted',
    'i was told her oxygen was in the seventies when she had the virus',
    // A year is not a decade.
    'my physical in 2000',
  ])('reads no decade in "%s"', (question) => {
    expect(calendarDecade(question)).toBeUndefined();
  });

  it('reads a decade of four digits even beside a reading', () => {
    expect(calendarDecade('my blood pressure in the 1990s')).toMatchObject({ from: '1990-01-01', to: '2000-01-01' });
  });
});
