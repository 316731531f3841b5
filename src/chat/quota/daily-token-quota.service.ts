import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AppConfig } from '../../config/app-config.js';
import { MetricsRecorder } from '../../metrics/index.js';
import { DailyBudgetExhaustedError } from './daily-budget-exhausted.error.js';
import { DAILY_TOKEN_USAGE_MODEL, type DailyTokenUsage } from './daily-token-usage.schema.js';
import { tokensOfTurn, type TurnOutcome } from './turn-tokens.js';
import { nextUtcMidnight, secondsUntilNextUtcDay, utcDay } from './utc-day.js';

/** Whose budget a turn spends: the patient's, or a guest's session (guests have no patient id). */
export interface QuotaSubject {
  patientId: string | null;
  sessionId: string;
}

/** Kept a day past the day it counts, so a clock slightly behind still finds it. */
const KEEP_AFTER_DAY_MS = 86_400_000;

/**
 * CHAT_DAILY_TOKEN_BUDGET: the tokens a patient may use per UTC day. Checked at the turn's model
 * gate (ChatTurnHooks.beforeModelCall), after triage: an emergency is answered whatever the
 * budget, since it needs no model. Counted when the answer is produced, in MongoDB so every
 * instance shares the count. Turns already past the gate when the budget runs out finish: the
 * budget can be overshot by their tokens, never by a turn that reaches the gate after. Tokens
 * are counted in the metrics by role whether a budget is set or not.
 */
@Injectable()
export class DailyTokenQuota {
  private readonly logger = new Logger(DailyTokenQuota.name);

  constructor(
    @InjectModel(DAILY_TOKEN_USAGE_MODEL) private readonly usage: Model<DailyTokenUsage>,
    private readonly config: AppConfig,
    private readonly metrics: MetricsRecorder,
  ) {}

  /** DailyBudgetExhaustedError (429, Retry-After until midnight UTC) once today's tokens reached the budget. */
  async assertWithinBudget(subject: QuotaSubject, now = new Date()): Promise<void> {
    const budget = this.config.env.CHAT_DAILY_TOKEN_BUDGET;
    if (budget === undefined) return;
    const today = await this.usage
      .findById(documentId(subject, now), { prompt_tokens: 1, completion_tokens: 1 })
      .lean<Pick<DailyTokenUsage, 'prompt_tokens' | 'completion_tokens'>>()
      .exec();
    if ((today?.prompt_tokens ?? 0) + (today?.completion_tokens ?? 0) < budget) return;
    throw new DailyBudgetExhaustedError(budget, secondsUntilNextUtcDay(now));
  }

  /** Erasure: the patient's counters of every day; returns how many. */
  async deleteByPatient(patientId: string): Promise<number> {
    return (await this.usage.deleteMany({ subject: { $eq: `patient:${patientId}` } }).exec()).deletedCount;
  }

  /**
   * Counts an answered turn's tokens; a failure to count is logged, never put before the patient's
   * answer. `admittedAt` is when the turn's budget was checked: the turn is counted on that UTC day,
   * so one whose answer ends after midnight does not spend the new day's budget. A turn that never
   * reached the check (an emergency, answered without the model) is counted on the day it ends.
   */
  async record(subject: QuotaSubject, message: string, outcome: TurnOutcome, admittedAt?: Date): Promise<void> {
    const now = admittedAt ?? new Date();
    const tokens = tokensOfTurn(message, outcome);
    this.metrics.llmTokens('prompt', tokens.prompt);
    this.metrics.llmTokens('completion', tokens.completion);
    if (this.config.env.CHAT_DAILY_TOKEN_BUDGET === undefined) return;
    try {
      await this.usage
        .updateOne(
          { _id: documentId(subject, now) },
          {
            $inc: { prompt_tokens: tokens.prompt, completion_tokens: tokens.completion },
            $setOnInsert: {
              subject: subjectKey(subject),
              day: utcDay(now),
              expires_at: new Date(nextUtcMidnight(now).getTime() + KEEP_AFTER_DAY_MS),
            },
          },
          { upsert: true },
        )
        .exec();
    } catch (error) {
      this.logger.error({ msg: 'Could not count the tokens of a chat turn', source: tokens.source, err: error });
    }
  }
}

function subjectKey(subject: QuotaSubject): string {
  return subject.patientId === null ? `session:${subject.sessionId}` : `patient:${subject.patientId}`;
}

function documentId(subject: QuotaSubject, now: Date): string {
  return `${subjectKey(subject)}|${utcDay(now)}`;
}
