import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Collection, Document } from 'mongodb';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../common/mongo/duplicate-key.js';
import { AppConfig } from '../../config/app-config.js';
import { LoginFailure } from '../schemas/login-failure.schema.js';
import { claimUpdate, settleUpdate, type AttemptEnd } from './login-attempt-updates.js';
import { judgeClaim, type LoginFailurePolicy } from './login-failure-policy.js';
import { ReleasedPlaces } from './released-places.js';

/** A sign-in attempt holding a place on its patient id and on its client address. */
export interface CountedLoginAttempt {
  attemptId: string;
  patientKey: string;
  clientKey: string;
}

/** Why an attempt was refused: failures fill a window, or checks in flight did not end in time. */
export type LoginRefusal = 'too_many_failures' | 'too_many_in_flight';

export type LoginAttemptStart =
  { allowed: true; attempt: CountedLoginAttempt } | { allowed: false; reason: LoginRefusal; retryAfterSeconds: number };

type Claimed = { admitted: true } | { admitted: false; reason: LoginRefusal; retryAfterSeconds: number };

/** Longest an attempt waits for attempts in flight to end before it is refused. */
const MAX_WAIT_MS = 10_000;
const FIRST_POLL_MS = 10;
const LONGEST_POLL_MS = 200;

/**
 * Brute-force protection for sign-in, shared by all instances through MongoDB.
 *
 * Each key (the patient id, and the client address with its own higher limit) has a number of
 * places: failures inside the window take one each, and so does every attempt whose password is
 * being checked. An attempt takes a place on both keys before its check, so N parallel guesses
 * against one patient id get at most LOGIN_MAX_FAILURES checks. Successful attempts give their
 * place back and are never counted, so a burst of correct sign-ins from one address (a clinic
 * behind NAT) waits briefly for places instead of being refused.
 *
 * Places are taken patient id first, then client address, always in that order, so an attempt
 * holding a place never waits for one that an attempt waiting on it holds.
 */
@Injectable()
export class LoginFailureService {
  private readonly patientPolicy: LoginFailurePolicy;
  private readonly clientPolicy: LoginFailurePolicy;
  private readonly released = new ReleasedPlaces();

  constructor(
    @InjectModel(LoginFailure.name) private readonly counters: Model<LoginFailure>,
    config: AppConfig,
  ) {
    const windowMs = config.env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000;
    this.patientPolicy = { maxFailures: config.env.LOGIN_MAX_FAILURES, windowMs };
    this.clientPolicy = { maxFailures: config.env.LOGIN_MAX_FAILURES_PER_CLIENT, windowMs };
  }

  async begin(clientIp: string, patientId: string): Promise<LoginAttemptStart> {
    const attempt: CountedLoginAttempt = {
      attemptId: randomUUID(),
      patientKey: `patient:${patientId}`,
      clientKey: `ip:${clientIp}`,
    };
    const deadline = Date.now() + MAX_WAIT_MS;
    const patient = await this.claim(attempt.patientKey, attempt.attemptId, this.patientPolicy, deadline);
    if (!patient.admitted)
      return { allowed: false, reason: patient.reason, retryAfterSeconds: patient.retryAfterSeconds };
    const client = await this.claim(attempt.clientKey, attempt.attemptId, this.clientPolicy, deadline);
    if (!client.admitted) {
      await this.settle(attempt.patientKey, attempt.attemptId, 'withdrawn', this.patientPolicy);
      return { allowed: false, reason: client.reason, retryAfterSeconds: client.retryAfterSeconds };
    }
    return { allowed: true, attempt };
  }

  /** A wrong credential was checked: it counts against both keys for the window. */
  async failed(attempt: CountedLoginAttempt): Promise<void> {
    await this.end(attempt, 'failed');
  }

  /** The attempt signed in: it is not a failure, and the patient id starts afresh. */
  async succeeded(attempt: CountedLoginAttempt): Promise<void> {
    await this.end(attempt, 'succeeded');
  }

  /** The attempt broke off before its credentials were judged (a database error): it counts as nothing. */
  async withdrawn(attempt: CountedLoginAttempt): Promise<void> {
    await this.end(attempt, 'withdrawn');
  }

  private async end(attempt: CountedLoginAttempt, how: AttemptEnd): Promise<void> {
    await Promise.all([
      this.settle(attempt.patientKey, attempt.attemptId, how, this.patientPolicy),
      this.settle(attempt.clientKey, attempt.attemptId, how, this.clientPolicy),
    ]);
  }

  /** Takes a place on the key, waiting (bounded by the deadline) while attempts in flight hold them all. */
  private async claim(key: string, attemptId: string, policy: LoginFailurePolicy, deadline: number): Promise<Claimed> {
    const update = claimUpdate(attemptId, policy);
    for (let poll = FIRST_POLL_MS; ; poll = Math.min(LONGEST_POLL_MS, poll * 2)) {
      const counts = await this.upsert(key, update);
      if (!counts) throw new Error(`login_failures: the upsert of ${key} returned no document`);
      const claim = judgeClaim(counts, attemptId, policy);
      if (claim.outcome === 'admitted') return { admitted: true };
      if (claim.outcome === 'blocked')
        return { admitted: false, reason: 'too_many_failures', retryAfterSeconds: claim.retryAfterSeconds };
      const left = deadline - Date.now();
      if (left <= 0) return { admitted: false, reason: 'too_many_in_flight', retryAfterSeconds: 1 };
      // Jitter spreads the waiters' polls, so places freed on another instance are not stampeded.
      await this.released.wait(key, Math.min(left, poll / 2 + Math.random() * poll));
    }
  }

  private async upsert(key: string, update: Document[]): Promise<LoginFailure | null> {
    const options = { upsert: true, returnDocument: 'after' as const };
    try {
      return await this.collection().findOneAndUpdate({ _id: key }, update, options);
    } catch (error) {
      // Two first attempts on a key raced to insert its document: the loser updates the winner's.
      if (!isDuplicateKey(error)) throw error;
      return await this.collection().findOneAndUpdate({ _id: key }, update, options);
    }
  }

  private async settle(key: string, attemptId: string, how: AttemptEnd, policy: LoginFailurePolicy): Promise<void> {
    await this.collection().updateOne({ _id: key }, settleUpdate(attemptId, how, key.startsWith('patient:'), policy));
    this.released.release(key);
  }

  /** The driver's collection: pipeline updates, no Mongoose casting. */
  private collection(): Collection<LoginFailure> {
    return this.counters.collection as unknown as Collection<LoginFailure>;
  }
}
