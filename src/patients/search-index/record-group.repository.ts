import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Db } from 'mongodb';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import { findInOneReply } from '../../common/mongo/find-in-one-reply.js';
import {
  PATIENT_RECORD_GROUP_MODEL,
  type GroupMemberEntry,
  type PatientRecordGroup,
} from '../schemas/patient-record-group.schema.js';

/** A record group as retrieval reads it (see PatientRecordGroup). */
export type RecordGroup = Omit<PatientRecordGroup, 'patient_id' | 'counted_in'>;

/** A written or replaced record as its group knows it: the group's key and terms, and the member. */
export type GroupedRecord = Omit<RecordGroup, 'count' | 'members'> & GroupMemberEntry;

/** The `patient_record_groups` collection: each patient's record groups with their members. */
@Injectable()
export class RecordGroupRepository {
  constructor(@InjectModel(PATIENT_RECORD_GROUP_MODEL) private readonly model: Model<PatientRecordGroup>) {}

  /**
   * The patient's groups holding any of the (hashed) terms, through the `{patient_id, terms}`
   * index; read as one find command (see findInOneReply): a common term's groups hold thousands
   * of members, whose ids, days and wording keys the driver's cursor and string validation
   * would otherwise go over again.
   */
  holding(patientId: string, terms: string[]): Promise<RecordGroup[]> {
    return findInOneReply<RecordGroup>(
      this.model.db.db as unknown as Db,
      this.model.collection.collectionName,
      { patient_id: { $eq: patientId }, terms: { $in: terms } },
      { projection: { _id: 0, lexicon: 1, resource_type: 1, terms: 1, term_stats: 1, count: 1, members: 1 } },
    );
  }

  /**
   * Takes replaced records from their groups, then adds written ones to theirs (a record whose
   * new version stays in its group leaves and comes back with its new day), one atomic update
   * per group and step; a new group is created with its terms, groups left empty are removed.
   */
  async change(patientId: string, added: readonly GroupedRecord[], removed: readonly GroupedRecord[]): Promise<void> {
    const operations: AnyBulkWriteOperation<PatientRecordGroup>[] = [];
    for (const { group, members } of byGroup(removed))
      operations.push({
        updateOne: {
          filter: groupFilter(patientId, group),
          update: {
            $pull: { members: { _id: { $in: members.map((member) => member._id) } } },
            $inc: { count: -members.length },
          },
        },
      });
    for (const { group, members } of byGroup(added))
      operations.push({
        updateOne: {
          filter: groupFilter(patientId, group),
          update: {
            $push: { members: { $each: members } },
            $inc: { count: members.length },
            $setOnInsert: { terms: group.terms, term_stats: group.term_stats },
          },
          upsert: true,
        },
      });
    if (operations.length === 0) return;
    await this.model.bulkWrite(operations, { ordered: true });
    if (removed.length > 0) await this.model.deleteMany({ patient_id: { $eq: patientId }, count: { $lte: 0 } }).exec();
  }

  /**
   * The patient's groups as a count of their records claimed at `revision` gives them: each
   * written whole over its kept version (an upsert keyed by patient and group, so two counts
   * writing at once write the same documents rather than collide), then the patient's groups
   * this count did not write removed. `confirmClaim` is awaited before each of the two writes and
   * throws if the count no longer holds the index: a count taken over must neither write its
   * groups over the newer count's nor remove the groups the newer count wrote.
   */
  async replace(
    patientId: string,
    revision: number,
    groups: readonly RecordGroup[],
    confirmClaim: () => Promise<void>,
  ): Promise<void> {
    await confirmClaim();
    if (groups.length > 0)
      await this.model.bulkWrite(
        groups.map(({ lexicon, resource_type, terms, term_stats, count, members }) => ({
          updateOne: {
            filter: groupFilter(patientId, { lexicon, resource_type }),
            update: { $set: { terms, term_stats, count, members, counted_in: revision } },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    await confirmClaim();
    await this.model.deleteMany({ patient_id: { $eq: patientId }, counted_in: { $ne: revision } }).exec();
  }

  async delete(patientId: string): Promise<void> {
    await this.model.deleteMany({ patient_id: { $eq: patientId } }).exec();
  }
}

function byGroup(records: readonly GroupedRecord[]): Array<{ group: GroupedRecord; members: GroupMemberEntry[] }> {
  const groups = new Map<string, { group: GroupedRecord; members: GroupMemberEntry[] }>();
  for (const record of records) {
    const key = `${record.lexicon}\u0000${record.resource_type}`;
    const entry = groups.get(key) ?? { group: record, members: [] };
    const member: GroupMemberEntry = { _id: record._id, date: record.date };
    if (record.wording !== undefined) member.wording = record.wording;
    entry.members.push(member);
    groups.set(key, entry);
  }
  return [...groups.values()];
}

function groupFilter(patientId: string, group: Pick<GroupedRecord, 'lexicon' | 'resource_type'>) {
  return {
    patient_id: { $eq: patientId },
    lexicon: { $eq: group.lexicon },
    resource_type: { $eq: group.resource_type },
  };
}
