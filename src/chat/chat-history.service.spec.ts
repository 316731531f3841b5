// Why a file of its own: the history page's JSON text is assembled from pieces kept with its
// messages (see json-text.ts); this pins that text to JSON.stringify of the page, whatever its turns.
import { Types } from 'mongoose';
import type { AuditTrail } from '../audit/index.js';
import type { AuthenticatedPrincipal, SessionService } from '../auth/index.js';
import { serializeReply } from '../common/http/json-text.js';
import { ChatHistoryService } from './chat-history.service.js';
import type { ConversationRepository } from './conversation.repository.js';
import type { ConsultationRepository } from './consultations/consultation.repository.js';
import type { FeedbackRepository } from './feedback/feedback.repository.js';
import type { StoredFeedback } from './feedback/feedback.schema.js';
import type { StoredTurn } from './schemas/conversation.schema.js';

const PATIENT: AuthenticatedPrincipal = { sub: 'patient-1', sid: 'session-1', role: 'patient' };
const GUEST: AuthenticatedPrincipal = { sub: null, sid: 'session-2', role: 'guest' };

function turn(status: StoredTurn['status'], fields: Partial<StoredTurn> = {}): StoredTurn {
  return {
    _id: new Types.ObjectId(),
    session_id: 'session-1',
    patient_id: 'patient-1',
    role: 'patient',
    status,
    message: `A "quoted" question with a line break\nand ünïcödé (${status})`,
    response: status === 'completed' ? 'An answer.' : null,
    failure_reason: status === 'failed' ? 'dependency_unavailable' : null,
    metadata:
      status === 'completed'
        ? ({ input_type: 'text', emergency_detected: false, sources: [], model: 'medgemma1.5' } as never)
        : null,
    attachments: [],
    created_at: new Date('2026-12-05T10:00:00.000Z'),
    completed_at: status === 'pending' ? null : new Date('2026-12-05T10:00:01.500Z'),
    feedback_given: false,
    ...fields,
  } as StoredTurn;
}

/** The service over a page of `newestFirst` turns, `more` older ones left, and feedback on `rated`. */
function serviceOver(newestFirst: StoredTurn[], more: boolean, rated: StoredTurn[] = []): ChatHistoryService {
  const conversations = {
    findPage: async () => ({ newestFirst: [...newestFirst], more }),
    countExchanges: async () => ({ total: newestFirst.length + 7, pending: 1 }),
  } as unknown as ConversationRepository;
  const feedback = {
    findForMessages: async (ids: readonly string[]) =>
      new Map(
        rated
          .filter((rated) => ids.includes(rated._id.toHexString()))
          .map((rated): [string, StoredFeedback] => [
            rated._id.toHexString(),
            {
              _id: new Types.ObjectId(),
              message_id: rated._id.toHexString(),
              session_id: rated.session_id,
              patient_id: rated.patient_id,
              rating: 'not_helpful',
              reasons: ['unclear'],
              comment: null,
              created_at: new Date('2026-12-05T10:02:00.000Z'),
              updated_at: new Date('2026-12-05T10:03:00.000Z'),
            },
          ]),
      ),
  } as unknown as FeedbackRepository;
  return new ChatHistoryService(
    conversations,
    {} as ConsultationRepository,
    feedback,
    {} as SessionService,
    {} as AuditTrail,
  );
}

describe('ChatHistoryService: the page as JSON', () => {
  it('writes exactly JSON.stringify of the page: answered, rated, failed and pending turns, a next page', async () => {
    const rated = turn('completed', { feedback_given: true });
    const page = [turn('pending'), rated, turn('failed'), turn('completed')];
    const service = serviceOver(page, true, [rated]);

    const history = await service.history(PATIENT, { limit: 4 } as never);

    expect(history.next_cursor).not.toBeNull();
    expect(history.messages).toHaveLength(7);
    expect(serializeReply(history)).toBe(JSON.stringify(history));
  });

  it('writes the same text again when the kept messages are reused, and for a guest or an empty page', async () => {
    const page = [turn('completed'), turn('completed')];
    const service = serviceOver(page, false);

    const first = await service.history(PATIENT, { limit: 20 } as never);
    const second = await service.history(PATIENT, { limit: 20 } as never);
    const guest = await service.history(GUEST, { limit: 20 } as never);
    const empty = await serviceOver([], false).history(GUEST, { limit: 20 } as never);

    expect(second.messages[0]).toBe(first.messages[0]);
    for (const history of [first, second, guest, empty]) expect(serializeReply(history)).toBe(JSON.stringify(history));
    expect(JSON.parse(serializeReply(guest))).toMatchObject({ patient_id: null, next_cursor: null });
  });

  it('leaves the page an ordinary object for every other reader', async () => {
    const history = await serviceOver([turn('completed')], false).history(PATIENT, { limit: 20 } as never);

    expect(Object.keys(history)).toEqual(['session_id', 'patient_id', 'messages', 'total_messages', 'next_cursor']);
    expect(JSON.parse(JSON.stringify(history))).toEqual(JSON.parse(serializeReply(history)));
  });
});
