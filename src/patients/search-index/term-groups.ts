// Why a file of its own: how a question's term groups are made of the kept record groups,
// apart from reading them (ranked-record.repository.ts).
import type { DayRange } from '../patient-record.repository.js';
import type { StoredPatientRecord } from '../schemas/patient-record.schema.js';
import type { TermStats } from './record-lexicon.js';
import type { RecordGroup } from './record-group.repository.js';

/**
 * What ranking reads of one record of a term group: what is not shared. Never the embedding:
 * at 768 numbers a record, a group of a few thousand would pass the 16 MB a document may hold.
 */
export type GroupMember = Pick<StoredPatientRecord, '_id' | 'date' | 'wording'>;

/**
 * The records holding a question term that are alike in everything BM25 and the type signal
 * read (terms with their statistics, i.e. the `lexicon` key, and resource type): a series of readings of one measurement, a
 * yearly vaccine. Read once, with each member's own date, id and wording.
 */
export interface TermGroup {
  terms: string[];
  term_stats: TermStats;
  resource_type: string;
  /** Whether its records are within the query's period (always, without a period). */
  in_period: boolean;
  /** Its records, all of them, whatever their period: term rarity counts them. */
  count: number;
  /** Its newest records within the period, at most the query's `memberLimit` (none for a group outside it). */
  members: GroupMember[];
  /**
   * Each member's id as text (lowercase hex), in the order of `members`, as the order of the
   * members was made with: what ranking keys records by. Taken from `members` when absent.
   */
  ids?: string[];
}

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
    // Each member's id as text once, for the order below and the question's ranking.
    const within: Array<{ member: GroupMember; id: string }> = [];
    for (const member of members)
      if (period === undefined || (member.date >= period.from && member.date < period.to))
        within.push({ member, id: String(member._id) });
    within.sort(newestFirst);
    const outside = Math.max(0, count - within.length);
    if (within.length > 0) {
      const kept = within.length > memberLimit ? within.slice(0, memberLimit) : within;
      termGroups.push({
        terms,
        term_stats,
        resource_type,
        in_period: true,
        count: within.length,
        members: kept.map(({ member }) => member),
        ids: kept.map(({ id }) => id),
      });
    }
    if (outside > 0)
      termGroups.push({ terms, term_stats, resource_type, in_period: false, count: outside, members: [], ids: [] });
  }
  return termGroups;
}

/**
 * By day, then id, descending: the `{patient_id, date}` index read backwards. Ids are hex of one
 * length, so comparing them as strings orders them as the index does.
 */
function newestFirst(left: { member: GroupMember; id: string }, right: { member: GroupMember; id: string }): number {
  if (left.member.date !== right.member.date) return left.member.date < right.member.date ? 1 : -1;
  return left.id === right.id ? 0 : left.id < right.id ? 1 : -1;
}
