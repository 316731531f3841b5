import { analyzeRecordQuestion } from './record-question.js';
import { daysOfShots, daysWithoutShots, shotsOfVisit } from './visits-told-by-shots.js';

const NOW = new Date('2026-12-06T12:00:00Z');

describe('a visit told by the shots given at it', () => {
  it.each([
    ['the visit where she got like 5 needles at once when she was about 5, which date was it', 5],
    ['the checkup when he had four jabs in one go', 4],
    ['which appointment was it that i got 3 vaccinations', 3],
    // Told after the visit's date, or as what the visit was had with.
    ['the checkup when he was 2 and had three needles', 3],
    ['the visit with 4 jabs in one go', 4],
    ['the one when she was about 5 with like five shots', 5],
  ])('%j counts %d shots', (question, shots) => {
    expect(shotsOfVisit(question)).toEqual({ shots });
  });

  it.each([
    ['the visit where she got all those shots'],
    ['the dates I attended to get vaccinated'],
    ['when was the appointment for his baby jabs'],
    ['the checkup where i got a few needles'],
    ['the well visit when she was around 5 and got her school shots'],
    ['the checkup with the big batch of shots'],
    ['his appointment with all those vaccinations'],
  ])('%j tells shots without counting them', (question) => {
    expect(shotsOfVisit(question)).toEqual({});
  });

  it.each([
    ['which shots did she get at the 5 year checkup'],
    ['how many shots has he had'],
    ['the visit where she got her ears checked'],
    ['the visit with the nurse when she was 5 and got weighed'],
    ['the checkup with dr patel and the blood test'],
  ])('%j is no visit told by its shots', (question) => {
    expect(shotsOfVisit(question)).toBeUndefined();
  });

  it('asks for the visit, found through its shots, when a visit is asked or attended', () => {
    const visit = analyzeRecordQuestion(
      'the middle school checkup where i got like 4 shots at once, when was that',
      NOW,
    );
    expect(visit.shotsOfVisit).toEqual({ shots: 4 });
    expect(visit.resourceTypes).toContain('Encounter');
    const attended = analyzeRecordQuestion('the dates I attended to get vaccinated against covid in april 2021', NOW);
    expect(attended.shotsOfVisit).toEqual({});
    expect(attended.resourceTypes).toEqual(expect.arrayContaining(['Immunization', 'Encounter']));
  });

  it('leaves shots asked for as shots: no visit asked', () => {
    const shots = analyzeRecordQuestion('what shots did she get the day she got 5 needles', NOW);
    expect(shots.shotsOfVisit).toBeUndefined();
    expect(shots.resourceTypes).not.toContain('Encounter');
  });
});

describe('the days of shots a visit is told by', () => {
  const dates = [
    '2016-11-21',
    '2016-11-21',
    '2016-11-21',
    '2016-11-21',
    '2017-11-27',
    '2018-12-03',
    '2018-12-03',
    '2019-12-09',
    '2019-12-09',
  ];

  it('are the days nearest the count, newest first', () => {
    expect(daysOfShots(dates, { shots: 5 })).toEqual(['2016-11-21']);
    expect(daysOfShots(dates, { shots: 2 })).toEqual(['2019-12-09', '2018-12-03']);
  });

  it('of days as near the count, are those with more shots', () => {
    expect(daysOfShots(dates, { shots: 3 })).toEqual(['2016-11-21']);
  });

  it('with no count, are the days with the most shots', () => {
    expect(daysOfShots(dates, {})).toEqual(['2016-11-21']);
  });

  it('are none when no shot was given', () => {
    expect(daysOfShots([], { shots: 4 })).toEqual([]);
  });
});

describe('a visit told by the shots it did not have', () => {
  it.each([
    ["the appointment in the autumn of 2016 when he didn't get any jabs"],
    ['the checkup in 2012 where she didnt get any shots'],
    ['which of her well visits in 2015 had no vaccines'],
    ['his appointment in january 2013 without any injections'],
    ['the spring 2019 check, the one with no needles'],
    ["that visit in autumn 2013 where he wasn't given any vaccinations"],
  ])('%j tells a visit without shots', (question) => {
    expect(shotsOfVisit(question)).toEqual({ none: true });
  });

  it.each([
    ['did he not get any shots at his 18 month check?'],
    ["what vaccines did he get at the 2 year check up, he didn't cry"],
    ['the checkup where i got a few needles'],
  ])('%j tells no visit without shots', (question) => {
    expect(shotsOfVisit(question)).not.toEqual({ none: true });
  });

  it('asks for the visit of that period, found as a day of a visit without shots', () => {
    const visit = analyzeRecordQuestion("the appointment last october when he didn't get any injections", NOW);
    expect(visit.shotsOfVisit).toEqual({ none: true });
    expect(visit.resourceTypes).toContain('Encounter');
  });

  it('keeps the days of visits with no shot that day, newest first', () => {
    expect(
      daysWithoutShots(['2016-06-28', '2016-09-27', '2016-12-27', '2016-09-27'], ['2016-06-28', '2016-12-27']),
    ).toEqual(['2016-09-27']);
    expect(daysWithoutShots(['2019-03-26', '2020-03-07'], [])).toEqual(['2020-03-07', '2019-03-26']);
  });
});
