import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Db } from 'mongodb';
import type { Model } from 'mongoose';
import { findInOneReply } from '../common/mongo/find-in-one-reply.js';
import { AppConfig } from '../config/app-config.js';
import { Session } from './schemas/session.schema.js';
import type { SessionRole } from './session-role.js';

/** A session that can still be used: active and not idle past its expiry. */
export interface LiveSession {
  session_id: string;
  patient_id: string | null;
  role: SessionRole;
  expires_at: Date;
  last_activity_at: Date;
  context_cleared_at: Date | null;
  created_at: Date;
}

export type SessionCheck = { status: 'live'; session: LiveSession } | { status: 'unknown' | 'ended' | 'expired' };

/**
 * A session slides at most once a minute: every request reads it, but only a request more than
 * this long after the last recorded activity writes, so a busy client costs one read per request.
 */
export const SESSION_SLIDE_INTERVAL_MS = 60_000;

const LIVE_FIELDS = {
  _id: 0,
  session_id: 1,
  patient_id: 1,
  role: 1,
  active: 1,
  expires_at: 1,
  last_activity_at: 1,
  context_cleared_at: 1,
  created_at: 1,
} as const;

type StoredSession = LiveSession & { active: boolean };

/** Sessions in MongoDB: one per sign-in, shared by every instance of the service. */
@Injectable()
export class SessionService {
  constructor(
    @InjectModel(Session.name) private readonly sessions: Model<Session>,
    private readonly config: AppConfig,
  ) {}

  private get idleMs(): number {
    return this.config.env.SESSION_IDLE_MINUTES * 60_000;
  }

  async start(patientId: string | null, role: SessionRole): Promise<LiveSession> {
    const now = new Date();
    const session: LiveSession = {
      session_id: randomUUID(),
      patient_id: patientId,
      role,
      expires_at: new Date(now.getTime() + this.idleMs),
      last_activity_at: now,
      context_cleared_at: null,
      created_at: now,
    };
    await this.sessions.create({ ...session, active: true, ended_at: null });
    return session;
  }

  /** What state a session is in, without changing it. */
  async check(sessionId: string, now = new Date()): Promise<SessionCheck> {
    // The read every authenticated request makes: the find command itself, no Mongoose query
    // building or casting and no driver cursor (see findInOneReply).
    const [stored] = await findInOneReply<StoredSession>(
      this.sessions.db.db as unknown as Db,
      this.sessions.collection.collectionName,
      { session_id: { $eq: sessionId } },
      { limit: 1, projection: LIVE_FIELDS },
    );
    if (!stored) return { status: 'unknown' };
    if (!stored.active) return { status: 'ended' };
    // The TTL monitor removes expired sessions only every minute or so; expiry is decided here.
    if (stored.expires_at.getTime() <= now.getTime()) return { status: 'expired' };
    const { active: _active, ...session } = stored;
    return { status: 'live', session };
  }

  /** Checks a session for an authenticated request and slides its expiry when it is live. */
  async authenticate(sessionId: string): Promise<SessionCheck> {
    const now = new Date();
    const checked = await this.check(sessionId, now);
    if (checked.status !== 'live') return checked;
    const { session } = checked;
    if (now.getTime() - session.last_activity_at.getTime() < SESSION_SLIDE_INTERVAL_MS) return checked;
    const expiresAt = new Date(now.getTime() + this.idleMs);
    // `active: true` in the filter: a sign-out racing this request is never undone.
    await this.sessions
      .updateOne(
        { session_id: { $eq: sessionId }, active: true },
        { $set: { last_activity_at: now, expires_at: expiresAt } },
      )
      .exec();
    return { status: 'live', session: { ...session, last_activity_at: now, expires_at: expiresAt } };
  }

  async findLive(sessionId: string): Promise<LiveSession | null> {
    const checked = await this.check(sessionId);
    return checked.status === 'live' ? checked.session : null;
  }

  /** From now on chat shows the model only later turns. Returns the instant, or null if the session is not live. */
  async clearContext(sessionId: string): Promise<Date | null> {
    const now = new Date();
    const result = await this.sessions
      .updateOne(
        { session_id: { $eq: sessionId }, active: true, expires_at: { $gt: now } },
        { $set: { context_cleared_at: now } },
      )
      .exec();
    return result.matchedCount > 0 ? now : null;
  }

  /** Signs a session out; its tokens are refused from the next request on. */
  async end(sessionId: string): Promise<boolean> {
    const result = await this.sessions
      .updateOne({ session_id: { $eq: sessionId }, active: true }, { $set: { active: false, ended_at: new Date() } })
      .exec();
    return result.modifiedCount > 0;
  }

  /** Signed-out or revoked sessions: their tokens are refused already, so the documents serve nothing. */
  async removeEnded(): Promise<number> {
    return (await this.sessions.deleteMany({ active: false }).exec()).deletedCount;
  }

  /** Sessions idle past their expiry; the TTL index removes them too, but only when the server gets to it. */
  async removeExpired(now: Date = new Date()): Promise<number> {
    return (await this.sessions.deleteMany({ expires_at: { $lte: now } }).exec()).deletedCount;
  }

  /** For the operator statistics: every stored session, and those still usable at `now`. */
  async countSessions(now: Date): Promise<{ total: number; active: number }> {
    const [total, active] = await Promise.all([
      this.sessions.countDocuments({}).exec(),
      this.sessions.countDocuments({ active: true, expires_at: { $gt: now } }).exec(),
    ]);
    return { total, active };
  }

  async endAllForPatient(patientId: string): Promise<number> {
    const result = await this.sessions
      .updateMany({ patient_id: { $eq: patientId }, active: true }, { $set: { active: false, ended_at: new Date() } })
      .exec();
    return result.modifiedCount;
  }
}
