// Why a file of its own: how a question's term groups are made of the kept record groups,
// apart from reading them (ranked-record.repository.ts).
import type { DayRange } from '../patient-record.repository.js';
import type { TermGroup } from './ranked-record.repository.js';
import type { RecordGroup } from './record-group.repository.js';

/**
 * The question's term groups (see TermGroup) from the kept groups holding one of its terms: each
 * group's members within the period, newest first, at most `memberLimit` of them, with their
 * exact number, and the group's other records counted apart (term rarity counts them all).
 */
export function termGroupsOf(
  groups: readonly RecordGroup[],
  period: DayRange | undefined,
  memberLimit: number,
): TermGroup[] {
  const termGroups: TermGroup[] = [];
  for (const { terms, term_stats, resource_type, count, members } of groups) {
    const within = period ? members.filter(({ date }) => date >= period.from && date < period.to) : [...members];
    within.sort((left, right) =>
      left.date !== right.date ? (left.date < right.date ? 1 : -1) : String(right._id).localeCompare(String(left._id)),
    );
    const outside = Math.max(0, count - within.length);
    if (within.length > 0)
      termGroups.push({
        terms,
        term_stats,
        resource_type,
        in_period: true,
        count: within.length,
        members: within.slice(0, memberLimit),
      });
    if (outside > 0)
      termGroups.push({ terms, term_stats, resource_type, in_period: false, count: outside, members: [] });
  }
  return termGroups;
}
