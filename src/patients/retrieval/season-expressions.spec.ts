import { seasonBeside } from './season-expressions.js';

describe('seasonBeside', () => {
  it('takes the season just before or just after a day', () => {
    expect(seasonBeside('spring', '2020-03-09', 'before')).toEqual({ from: '2019-02-15', to: '2019-07-16' });
    expect(seasonBeside('fall', '2020-03-07', 'after')).toEqual({ from: '2020-08-15', to: '2021-01-16' });
  });

  it('counts seasons back or on from the day ("two springs before covid")', () => {
    expect(seasonBeside('spring', '2020-03-09', 'before', 2)).toEqual({ from: '2018-02-15', to: '2018-07-16' });
    expect(seasonBeside('spring', '2020-03-09', 'before', 3)).toEqual({ from: '2017-02-15', to: '2017-07-16' });
    expect(seasonBeside('summer', '2020-12-20', 'after', 2)).toEqual({ from: '2022-05-15', to: '2022-10-16' });
  });
});
