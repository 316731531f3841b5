import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail, callerActor } from '../../audit/index.js';
import { SessionService, type AuthenticatedPrincipal } from '../../auth/index.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { ConversationRepository } from '../conversation.repository.js';
import type {
  ConsultationDto,
  ConsultationPageDto,
  ConsultationQueryDto,
  DeleteConsultationResponseDto,
} from '../dto/consultation.dto.js';
import { beforeHistoryCursor, encodeHistoryCursor } from '../history-cursor.js';
import type { StoredConsultation } from '../schemas/consultation.schema.js';
import { ConsultationRepository } from './consultation.repository.js';
import { FeedbackRepository } from '../feedback/feedback.repository.js';

/** A patient in a session: the only caller of these routes (the controller's @Roles says so). */
type PatientCaller = AuthenticatedPrincipal & { sub: string; sid: string };

/** GET, PATCH and DELETE /chat/sessions: a patient's consultations, one per sign-in session. */
@Injectable()
export class ChatSessionsService {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly conversations: ConversationRepository,
    private readonly feedback: FeedbackRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
  ) {}

  async list(principal: AuthenticatedPrincipal, query: ConsultationQueryDto): Promise<ConsultationPageDto> {
    const caller = asPatient(principal);
    const before = beforeHistoryCursor(query.before);
    const found = await this.consultations.findPage(caller.sub, query.limit + 1, before);
    const page = found.slice(0, query.limit);
    const sessions = await this.describe(caller.sub, page);
    const last = page.at(-1);
    return {
      sessions,
      next_cursor:
        found.length > query.limit && last ? encodeHistoryCursor({ createdAt: last.started_at, id: last._id }) : null,
    };
  }

  async rename(principal: AuthenticatedPrincipal, sessionId: string, title: string): Promise<ConsultationDto> {
    const caller = asPatient(principal);
    const renamed = await this.consultations.rename(sessionId, caller.sub, title.trim());
    if (!renamed) throw noSuchConsultation();
    await this.audit.record({
      action: 'chat.session.renamed',
      outcome: 'success',
      actor: callerActor(caller),
      patient_id: caller.sub,
      targets: { session_id: sessionId },
    });
    const [described] = await this.describe(caller.sub, [renamed]);
    return described!;
  }

  /** Deletes the consultation and every exchange in it; the sign-in itself, if live, goes on. */
  async delete(principal: AuthenticatedPrincipal, sessionId: string): Promise<DeleteConsultationResponseDto> {
    const caller = asPatient(principal);
    const existed = await this.consultations.delete(sessionId, caller.sub);
    const deleted = await this.conversations.deleteSessionTurns(sessionId, caller.sub);
    // Ratings of answers that no longer exist would be orphans nobody could read or erase by message.
    await this.feedback.deleteBySession(sessionId, caller.sub);
    if (!existed && deleted === 0) throw noSuchConsultation();
    await this.audit.record({
      action: 'chat.session.deleted',
      outcome: 'success',
      actor: callerActor(caller),
      patient_id: caller.sub,
      targets: { session_id: sessionId },
      details: { exchanges_deleted: deleted },
    });
    return { deleted_exchanges: deleted };
  }

  private async describe(patientId: string, page: readonly StoredConsultation[]): Promise<ConsultationDto[]> {
    const ids = page.map((consultation) => consultation.session_id);
    const [summaries, live] = await Promise.all([
      this.conversations.summarizeSessions(patientId, ids),
      Promise.all(ids.map(async (id) => (await this.sessions.findLive(id)) !== null)),
    ]);
    return page.map((consultation, index) => {
      const summary = summaries.get(consultation.session_id);
      return {
        session_id: consultation.session_id,
        title: consultation.title,
        started_at: consultation.started_at.toISOString(),
        last_message_at: summary ? new Date(summary.lastAt).toISOString() : null,
        exchange_count: summary?.exchanges ?? 0,
        active: live[index]!,
      };
    });
  }
}

function asPatient(principal: AuthenticatedPrincipal): PatientCaller {
  if (principal.role !== 'patient' || principal.sub === null || principal.sid === null) {
    throw new ProblemException(HttpStatus.FORBIDDEN, 'Consultations are kept for signed-in patients only.');
  }
  return principal as PatientCaller;
}

function noSuchConsultation(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'No such consultation.');
}
