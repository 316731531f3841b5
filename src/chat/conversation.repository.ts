import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Collection, Db, Filter } from 'mongodb';
import type { Model, QueryFilter } from 'mongoose';
import { Types } from 'mongoose';
import type { Role } from '../auth/index.js';
import { FieldCipher } from '../common/encryption/field-cipher.js';
import { DecodedDocuments, type DocumentDecoding } from '../common/mongo/decoded-documents.js';
import { findDocumentBytesInOneReply } from '../common/mongo/find-in-one-reply.js';
import type { ChatResponseMetadata } from '../orchestrator/index.js';
import { conversationFields, type TurnOwner } from './conversation-encryption.js';
import { driverScopeFilter, scopeFilter, type ConversationScope } from './conversation-scope.js';
import type { HistoryCursor } from './history-cursor.js';
import {
  CONVERSATION_MODEL,
  type Conversation,
  type FailureReason,
  type StoredAttachment,
  type StoredTurn,
} from './schemas/conversation.schema.js';

/** An earlier exchange as the model's context shows it. */
export type ContextTurn = Pick<StoredTurn, 'message' | 'response' | 'created_at'>;

/**
 * What findContext reads of each exchange: the two texts and the owner they are sealed to, and its
 * _id, by which DecodedDocuments remembers what it made of them.
 */
const CONTEXT_FIELDS = { _id: 1, session_id: 1, patient_id: 1, message: 1, response: 1, created_at: 1 } as const;

export type { ConversationScope } from './conversation-scope.js';

/** One page of exchanges, newest first, decrypted; `more`: older exchanges in the scope are left. */
export interface ConversationPage {
  newestFirst: StoredTurn[];
  more: boolean;
}

export interface NewTurn {
  sessionId: string;
  patientId: string | null;
  role: Role;
  message: string;
  attachments: StoredAttachment[];
}

/**
 * The `conversations` collection: one document per exchange. The health data in it (message,
 * answer, transcript, image findings, quoted records) is encrypted here on the way in and
 * decrypted on the way out (FieldCipher, when DATA_ENCRYPTION_KEY is set): callers see plaintext.
 *
 * The four calls every chat turn and history read make (insertPending, markCompleted,
 * findContext, findPage) go to the driver's collection: their documents and filters are built
 * here from typed, already checked values (ids from the verified session), so Mongoose's
 * casting, validation and document hydration would only cost CPU — about half the client CPU
 * of those calls. Every other call keeps Mongoose.
 */
@Injectable()
export class ConversationRepository {
  private readonly collection: Collection<StoredTurn>;
  /** History pages' exchanges as decoded and opened, reused while their stored bytes are the same. */
  private readonly pageTurns = new DecodedDocuments<StoredTurn>();
  /** The model's context exchanges as decoded and opened, reused while their stored bytes are the same. */
  private readonly contextTurns = new DecodedDocuments<ContextTurn>();

  constructor(
    @InjectModel(CONVERSATION_MODEL) private readonly model: Model<Conversation>,
    private readonly cipher: FieldCipher,
  ) {
    this.collection = model.collection as unknown as Collection<StoredTurn>;
  }

  /** Read when a call is made: the connection's database handle exists once it has connected. */
  private get db(): Db {
    return this.model.db.db as unknown as Db;
  }

  async insertPending(turn: NewTurn): Promise<StoredTurn> {
    const owner: TurnOwner = { patient_id: turn.patientId, session_id: turn.sessionId };
    // Inserted through the driver, which applies none of the schema's defaults: every field is written out here.
    const stored: StoredTurn = {
      _id: new Types.ObjectId(),
      session_id: turn.sessionId,
      patient_id: turn.patientId,
      role: turn.role,
      status: 'pending',
      message: conversationFields.sealMessage(this.cipher, turn.message, owner),
      response: null,
      failure_reason: null,
      metadata: null,
      attachments: turn.attachments.map(({ kind, file_id, mime_type, filename }) => ({
        kind,
        file_id,
        mime_type,
        filename,
      })),
      created_at: new Date(),
      completed_at: null,
      feedback_given: false,
    };
    await this.collection.insertOne(stored);
    return { ...stored, message: turn.message }; // the plaintext, not a decryption of what was sealed
  }

  /** Takes back a pending turn whose request failed before its answer started (see ChatTurnService.startTurn). */
  async discardPending(id: Types.ObjectId): Promise<void> {
    await this.collection.deleteOne({ _id: id, status: 'pending' });
  }

  /**
   * `owner` is the turn's, as inserted: the answer's ciphertext is bound to it. Returns when it was
   * stored, or null when no pending turn matched: the stale-turn sweep closed it, or a purge or an
   * erasure deleted it, before the answer was ready (see `exists`).
   */
  async markCompleted(
    id: Types.ObjectId,
    response: string,
    metadata: ChatResponseMetadata,
    owner: TurnOwner,
  ): Promise<Date | null> {
    const completedAt = new Date();
    const result = await this.collection.updateOne(
      { _id: id, status: 'pending' },
      {
        $set: {
          status: 'completed',
          response: conversationFields.sealResponse(this.cipher, response, owner),
          metadata: conversationFields.sealMetadata(this.cipher, metadata, owner),
          completed_at: completedAt,
        },
      },
    );
    return result.matchedCount === 1 ? completedAt : null;
  }

  async exists(id: Types.ObjectId): Promise<boolean> {
    return (await this.collection.countDocuments({ _id: id }, { limit: 1 })) === 1;
  }

  /**
   * Called before the answer's feedback is stored (see Conversation.feedback_given): a history
   * page then asks for it. Never unset: feedback that is later deleted leaves a lookup that finds none.
   */
  async markFeedbackGiven(id: Types.ObjectId): Promise<void> {
    await this.collection.updateOne({ _id: id }, { $set: { feedback_given: true } });
  }

  async markFailed(id: Types.ObjectId, reason: FailureReason): Promise<void> {
    await this.model.updateOne(
      { _id: id, status: 'pending' },
      { $set: { status: 'failed', failure_reason: reason, completed_at: new Date() } },
    );
  }

  /**
   * The session's last answered exchanges after `since` (and before `until`, for a retried
   * turn), oldest first: the model's context. Only the message and the answer are read and
   * decrypted (with the owner ids their ciphertexts are bound to): every turn reads up to 20
   * earlier exchanges, whose metadata (quoted sources, image findings, transcript) the context
   * never shows.
   */
  async findContext(
    sessionId: string,
    patientId: string | null,
    since: Date | null,
    limit: number,
    until?: Date,
  ): Promise<ContextTurn[]> {
    const filter: Filter<StoredTurn> = {
      session_id: { $eq: sessionId },
      patient_id: { $eq: patientId },
      status: 'completed',
    };
    if (since || until) filter.created_at = { ...(since ? { $gt: since } : {}), ...(until ? { $lt: until } : {}) };
    // One reply, no driver cursor, as findPage: every turn makes this read. The documents come as
    // their bytes: a session's turns read each other's context, so all but the newest exchange
    // were decoded and opened for the turn before (see DecodedDocuments), and that work was
    // most of this read's CPU after the round trip.
    const sort = { created_at: -1, _id: -1 };
    const read = { sort, limit, projection: CONTEXT_FIELDS };
    const newestFirst = await findDocumentBytesInOneReply(this.db, this.collection.collectionName, filter, read);
    const decoding = this.decoding;
    return newestFirst.reverse().map((bytes) =>
      this.contextTurns.decode(bytes, decoding, (document) => {
        const turn = document as StoredTurn;
        return {
          message: conversationFields.openMessage(this.cipher, turn.message, turn),
          response: conversationFields.openResponse(this.cipher, turn.response, turn),
          created_at: turn.created_at,
        };
      }),
    );
  }

  /**
   * Up to `limit` exchanges older than `before`, newest first, and whether older ones are left.
   * One more exchange is read to tell, but it is not decrypted: it is not shown, and decrypting
   * it (its message, answer and sealed metadata) was work thrown away on every page of a
   * history longer than one page.
   */
  async findPage(scope: ConversationScope, limit: number, before?: HistoryCursor): Promise<ConversationPage> {
    const filter: Filter<StoredTurn> = { ...driverScopeFilter(scope) };
    if (before) {
      filter.$or = [
        { created_at: { $lt: before.createdAt } },
        { created_at: before.createdAt, _id: { $lt: before.id } },
      ];
    }
    // One reply, no driver cursor: about 0.4 ms less client CPU per page (see findInOneReply). The
    // documents come as their bytes: an exchange read before in the same bytes is not decoded
    // and opened again (see DecodedDocuments), and the extra one is never decoded at all.
    const sort = { created_at: -1, _id: -1 };
    const read = { sort, limit: limit + 1 };
    const found = await findDocumentBytesInOneReply(this.db, this.collection.collectionName, filter, read);
    const shown = found.length > limit ? found.slice(0, limit) : found;
    const decoding = this.decoding;
    return {
      newestFirst: shown.map((bytes) =>
        this.pageTurns.decode(bytes, decoding, (turn) => this.open(turn as StoredTurn)),
      ),
      more: found.length > limit,
    };
  }

  /** As the driver decodes this connection's replies (its client's BSON options). */
  private get decoding(): DocumentDecoding {
    const { promoteLongs, promoteValues, promoteBuffers, bsonRegExp, useBigInt64 } = this.db.bsonOptions;
    return { promoteLongs, promoteValues, promoteBuffers, bsonRegExp, useBigInt64 };
  }

  /** Exchanges in the scope, and how many of them are still pending (those have no answer yet), in one query. */
  async countExchanges(scope: ConversationScope): Promise<{ total: number; pending: number }> {
    const [counts] = await this.model
      .aggregate<{ total: number; pending: number }>([
        { $match: scopeFilter(scope) },
        {
          $group: {
            _id: null,
            total: { $sum: 1 },
            pending: { $sum: { $cond: [{ $eq: ['$status', 'pending'] }, 1, 0] } },
          },
        },
      ])
      .exec();
    return { total: counts?.total ?? 0, pending: counts?.pending ?? 0 };
  }

  /** Per session of the patient's among `sessionIds`: how many exchanges it holds and when the last was written. */
  async summarizeSessions(
    patientId: string,
    sessionIds: readonly string[],
  ): Promise<Map<string, { exchanges: number; lastAt: Date }>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await this.model
      .aggregate<{ _id: string; exchanges: number; lastAt: Date }>([
        { $match: { patient_id: patientId, session_id: { $in: [...sessionIds] } } },
        { $group: { _id: '$session_id', exchanges: { $sum: 1 }, lastAt: { $max: '$created_at' } } },
      ])
      .exec();
    return new Map(rows.map((row) => [row._id, { exchanges: row.exchanges, lastAt: row.lastAt }]));
  }

  async deleteSessionTurns(sessionId: string, patientId: string | null): Promise<number> {
    const result = await this.model.deleteMany({ session_id: sessionId, patient_id: patientId }).exec();
    return result.deletedCount;
  }

  /** Erasure: every exchange of the patient, across sessions; returns how many. */
  async deleteByPatient(patientId: string): Promise<number> {
    return (await this.model.deleteMany({ patient_id: { $eq: patientId } }).exec()).deletedCount;
  }

  /**
   * Retention: answered or failed exchanges created before `cutoff`, counted per patient (null:
   * guests) so each patient's purge can be audited; pending ones are left to the stale-turn job.
   */
  async deleteFinishedBefore(cutoff: Date): Promise<Map<string | null, number>> {
    const filter: QueryFilter<Conversation> = { status: { $ne: 'pending' }, created_at: { $lt: cutoff } };
    const groups = await this.model
      .aggregate<{ _id: string | null; count: number }>([
        { $match: filter },
        { $group: { _id: '$patient_id', count: { $sum: 1 } } },
      ])
      .exec();
    const removed = new Map<string | null, number>();
    for (const group of groups) {
      const result = await this.model.deleteMany({ ...filter, patient_id: group._id }).exec();
      if (result.deletedCount > 0) removed.set(group._id, result.deletedCount);
    }
    return removed;
  }

  /** Export: the patient's exchanges oldest first, decrypted one at a time from a cursor. */
  async *streamByPatient(patientId: string): AsyncGenerator<StoredTurn> {
    const cursor = this.model
      .find({ patient_id: { $eq: patientId } })
      .sort({ created_at: 1, _id: 1 })
      .lean<StoredTurn[]>()
      .cursor();
    for await (const turn of cursor) yield this.open(turn as StoredTurn);
  }

  /** One exchange, if it is in the scope (the caller's): a single query, so another's id reads as absent. */
  async findOwned(id: Types.ObjectId, scope: ConversationScope): Promise<StoredTurn | null> {
    const found = await this.model
      .findOne({ _id: id, ...scopeFilter(scope) })
      .lean<StoredTurn>()
      .exec();
    return found ? this.open(found) : null;
  }

  /** A failed exchange back to pending for a retry; false when it is no longer failed (another retry took it). */
  async reopenFailed(id: Types.ObjectId): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: id, status: 'failed' },
        { $set: { status: 'pending', failure_reason: null, completed_at: null } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Fails every turn still pending since before `olderThan`; returns how many. */
  async failPendingOlderThan(olderThan: Date, reason: FailureReason): Promise<number> {
    const result = await this.model
      .updateMany(
        { status: 'pending', created_at: { $lt: olderThan } },
        { $set: { status: 'failed', failure_reason: reason, completed_at: new Date() } },
      )
      .exec();
    return result.modifiedCount;
  }

  /** A stored turn with its health data decrypted. */
  private open(turn: StoredTurn): StoredTurn {
    return {
      ...turn,
      message: conversationFields.openMessage(this.cipher, turn.message, turn),
      response: conversationFields.openResponse(this.cipher, turn.response, turn),
      metadata: conversationFields.openMetadata(this.cipher, turn.metadata, turn),
    };
  }

  /** For the operator statistics: every stored exchange, and those triage or the model flagged as emergencies. */
  async countTurns(): Promise<{ total: number; emergencies: number }> {
    const [total, emergencies] = await Promise.all([
      this.model.countDocuments({}).exec(),
      this.model.countDocuments({ 'metadata.emergency_detected': true }).exec(),
    ]);
    return { total, emergencies };
  }
}
