import { Types } from 'mongoose';
import type { GroupMemberEntry } from '../schemas/patient-record-group.schema.js';
import type { RecordGroup } from './record-group.repository.js';
import { termGroupsOf } from './term-groups.js';

const member = (date: string): GroupMemberEntry => ({ _id: new Types.ObjectId(), date, wording: 'w' });
const group = (lexicon: string, members: GroupMemberEntry[]): RecordGroup => ({
  lexicon,
  resource_type: 'Immunization',
  terms: [`term-${lexicon}`],
  term_stats: { text_tf: [1], text_length: 4 },
  count: members.length,
  members,
});

describe('termGroupsOf (the kept groups as a question reads them)', () => {
  const flu = [member('2018-10-01'), member('2020-10-01'), member('2019-10-01'), member('2021-10-01')];
  const mmr = [member('2012-05-01')];

  it('gives each group its members within the period, newest first, and counts its other records apart', () => {
    const groups = termGroupsOf([group('flu', flu), group('mmr', mmr)], { from: '2019-01-01', to: '2021-01-01' }, 100);
    expect(groups).toEqual([
      expect.objectContaining({ terms: ['term-flu'], in_period: true, count: 2, members: [flu[1], flu[2]] }),
      expect.objectContaining({ terms: ['term-flu'], in_period: false, count: 2, members: [] }),
      expect.objectContaining({ terms: ['term-mmr'], in_period: false, count: 1, members: [] }),
    ]);
  });

  it('without a period every member is within it; at most memberLimit members, the newest, with the exact count', () => {
    expect(termGroupsOf([group('flu', flu)], undefined, 2)).toEqual([
      expect.objectContaining({ in_period: true, count: 4, members: [flu[3], flu[1]] }),
    ]);
  });

  it('orders members of one day by id, newest first, as the date index read backwards does', () => {
    const sameDay = [member('2020-01-01'), member('2020-01-01')];
    const [read] = termGroupsOf([group('flu', sameDay)], undefined, 10);
    expect(read.members).toEqual([sameDay[1], sameDay[0]]);
  });
});
