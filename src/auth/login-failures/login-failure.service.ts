import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AppConfig } from '../../config/app-config.js';
import { LoginFailure } from '../schemas/login-failure.schema.js';
import { judgeLoginAttempt, strictestVerdict, type LoginFailurePolicy } from './login-failure-policy.js';

/** A sign-in attempt counted against its client and patient id until it succeeds. */
export interface CountedLoginAttempt {
  attemptId: string;
  patientKey: string;
}

export type LoginAttemptStart = { allowed: true; attempt: CountedLoginAttempt } | { allowed: false; retryAfterSeconds: number };

/**
 * Brute-force protection for sign-in, shared by all instances through MongoDB. Each attempt is
 * recorded before its password is checked, so a burst of parallel guesses is counted as it
 * arrives rather than after the slow password checks; a successful attempt is withdrawn again
 * and clears the patient id's count.
 */
@Injectable()
export class LoginFailureService {
  private readonly policy: LoginFailurePolicy;

  constructor(
    @InjectModel(LoginFailure.name) private readonly failures: Model<LoginFailure>,
    config: AppConfig,
  ) {
    this.policy = { maxFailures: config.env.LOGIN_MAX_FAILURES, windowMs: config.env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000 };
  }

  async begin(clientIp: string, patientId: string): Promise<LoginAttemptStart> {
    const now = new Date();
    const attemptId = randomUUID();
    const keys = [`ip:${clientIp}`, `patient:${patientId}`];
    const expiresAt = new Date(now.getTime() + this.policy.windowMs);
    await this.failures.insertMany(keys.map((key) => ({ key, attempt_id: attemptId, attempted_at: now, expires_at: expiresAt })));

    const earlier = await this.failures
      .find(
        { key: { $in: keys }, attempt_id: { $ne: attemptId }, attempted_at: { $gt: new Date(now.getTime() - this.policy.windowMs) } },
        { _id: 0, key: 1, attempted_at: 1 },
      )
      .lean<Array<{ key: string; attempted_at: Date }>>()
      .exec();
    const verdict = strictestVerdict(
      keys.map((key) => judgeLoginAttempt(earlier.filter((failure) => failure.key === key).map((failure) => failure.attempted_at), now, this.policy)),
    );
    if (!verdict.allowed) {
      // A refused attempt checks no password, so it is not counted: hammering a blocked key
      // does not push its release further away.
      await this.failures.deleteMany({ attempt_id: { $eq: attemptId } }).exec();
      return verdict;
    }
    return { allowed: true, attempt: { attemptId, patientKey: keys[1] as string } };
  }

  /** The attempt signed in: it is not a failure, and the patient id starts afresh. */
  async succeeded(attempt: CountedLoginAttempt): Promise<void> {
    await this.failures.deleteMany({ $or: [{ attempt_id: { $eq: attempt.attemptId } }, { key: { $eq: attempt.patientKey } }] }).exec();
  }
}
