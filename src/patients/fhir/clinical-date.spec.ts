import { firstClinicalDate, parseClinicalDate, untilDetail } from './clinical-date.js';

describe('parseClinicalDate', () => {
  it.each([
    ['2020-03-06T20:20:23-08:00', { day: '2020-03-06', asWritten: '2020-03-06' }],
    ['1966-09-21T10:44:24.930+00:00', { day: '1966-09-21', asWritten: '1966-09-21' }],
    ['2019-05-02T10:00:00Z', { day: '2019-05-02', asWritten: '2019-05-02' }],
    ['2019-05-02', { day: '2019-05-02', asWritten: '2019-05-02' }],
    ['2019-05', { day: '2019-05-01', asWritten: '2019-05' }],
    ['2019', { day: '2019-01-01', asWritten: '2019' }],
  ])('reads %s as written, in its own time zone', (value, expected) => {
    expect(parseClinicalDate(value)).toEqual(expected);
  });

  it.each([undefined, null, 20200306, '', 'yesterday', '03/06/2020', '2020-13-01', '2020-02-32'])(
    'finds no date in %p',
    (value) => {
      expect(parseClinicalDate(value)).toBeUndefined();
    },
  );
});

describe('firstClinicalDate', () => {
  it('takes the first candidate that parses', () => {
    expect(firstClinicalDate(undefined, 'soon', '2018-02-03T04:05:06+01:00', '2019-01-01')?.day).toBe('2018-02-03');
    expect(firstClinicalDate(undefined, 'soon')).toBeUndefined();
  });
});

describe('untilDetail', () => {
  const start = parseClinicalDate('2020-03-06');
  it('mentions an end on a later day only', () => {
    expect(untilDetail(start, '2020-03-20T10:00:00-07:00')).toBe('until 2020-03-20');
    expect(untilDetail(start, '2020-03-06T23:00:00-08:00')).toBeUndefined();
    expect(untilDetail(start, undefined)).toBeUndefined();
  });
});
