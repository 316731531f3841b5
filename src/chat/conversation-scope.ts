import type { Filter } from 'mongodb';
import type { QueryFilter } from 'mongoose';
import type { Conversation, StoredTurn } from './schemas/conversation.schema.js';

/** Whose exchanges a read may see. Both ids always go into the query, never a filter afterwards. */
export type ConversationScope = { sessionId: string; patientId: string | null } | { patientId: string };

/** The scope for the driver, which casts nothing: every value compared with $eq. */
export function driverScopeFilter(scope: ConversationScope): Filter<StoredTurn> {
  return 'sessionId' in scope
    ? { session_id: { $eq: scope.sessionId }, patient_id: { $eq: scope.patientId } }
    : { patient_id: { $eq: scope.patientId } };
}

/** The scope for Mongoose, which casts the ids itself. */
export function scopeFilter(scope: ConversationScope): QueryFilter<Conversation> {
  return 'sessionId' in scope
    ? { session_id: scope.sessionId, patient_id: scope.patientId }
    : { patient_id: scope.patientId };
}
