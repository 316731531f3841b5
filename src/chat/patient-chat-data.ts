import { Injectable } from '@nestjs/common';
import type { HistoryCursor } from './history-cursor.js';
import { ConsultationRepository } from './consultations/consultation.repository.js';
import { ConversationRepository } from './conversation.repository.js';
import { FeedbackRepository } from './feedback/feedback.repository.js';
import type { StoredFeedback } from './feedback/feedback.schema.js';
import { DailyTokenQuota } from './quota/daily-token-quota.service.js';
import type { StoredConsultation } from './schemas/consultation.schema.js';
import type { StoredTurn } from './schemas/conversation.schema.js';

/** An exchange with the feedback given on its answer, if any. */
export type TurnWithFeedback = StoredTurn & { feedback: StoredFeedback | null };

/** What erasing a patient's chat data removed, by collection: counts only. */
export interface PatientChatDataErased {
  conversations: number;
  consultations: number;
  feedback: number;
  token_usage: number;
}

const PAGE = 200;

/**
 * What the chat feature stores about patients, as the privacy feature needs it: a patient's
 * exchanges and consultations for an export, decrypted; their erasure; and retention's purge of
 * old exchanges. The repositories stay the chat module's own.
 */
@Injectable()
export class PatientChatData {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly consultations: ConsultationRepository,
    private readonly feedback: FeedbackRepository,
    private readonly quota: DailyTokenQuota,
  ) {}

  /** The patient's exchanges oldest first, a batch at a time so each batch's feedback is one query. */
  async *turnsWithFeedback(patientId: string): AsyncGenerator<TurnWithFeedback> {
    let batch: StoredTurn[] = [];
    const flush = async () => {
      const feedback = await this.feedback.findForMessages(batch.map((turn) => String(turn._id)));
      const shaped = batch.map((turn) => ({ ...turn, feedback: feedback.get(String(turn._id)) ?? null }));
      batch = [];
      return shaped;
    };
    for await (const turn of this.conversations.streamByPatient(patientId)) {
      batch.push(turn);
      if (batch.length === PAGE) yield* await flush();
    }
    if (batch.length > 0) yield* await flush();
  }

  /** The patient's consultations, newest first, page by page. */
  async *consultationsOf(patientId: string): AsyncGenerator<StoredConsultation> {
    let before: HistoryCursor | undefined;
    for (;;) {
      const page = await this.consultations.findPage(patientId, PAGE, before);
      yield* page;
      if (page.length < PAGE) return;
      const last = page[page.length - 1]!;
      before = { createdAt: last.started_at, id: last._id };
    }
  }

  /** Erasure: every exchange, consultation, rating and token counter of the patient; idempotent. */
  async eraseByPatient(patientId: string): Promise<PatientChatDataErased> {
    return {
      conversations: await this.conversations.deleteByPatient(patientId),
      consultations: await this.consultations.deleteByPatient(patientId),
      feedback: await this.feedback.deleteByPatient(patientId),
      token_usage: await this.quota.deleteByPatient(patientId),
    };
  }

  /**
   * Retention: answered or failed exchanges created before `cutoff`, counted per patient (null:
   * guests); pending ones are left to the stale-turn sweep.
   */
  deleteFinishedBefore(cutoff: Date): Promise<Map<string | null, number>> {
    return this.conversations.deleteFinishedBefore(cutoff);
  }
}
