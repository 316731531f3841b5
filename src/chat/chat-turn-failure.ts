import type { FailureReason } from './schemas/conversation.schema.js';

/** What the history shows in place of an answer that could not be produced. */
export const FAILED_ANSWER_TEXT: Record<FailureReason, string> = {
  dependency_unavailable:
    'The answer could not be produced because the medical assistant was unavailable. Your message was kept; please try again in a moment.',
  capacity:
    'The answer could not be produced because the medical assistant was answering as many patients as it could. Your message was kept; please try again in a moment.',
  quota:
    "The answer could not be produced because today's allowance of the medical assistant was used up. Your message was kept; please ask again after midnight UTC. In an emergency, call your local emergency number.",
  client_disconnected:
    'The answer could not be produced because the connection closed before it was finished. Please send your message again.',
  interrupted: 'The answer could not be produced because the service was interrupted. Please send your message again.',
  storage_unavailable:
    'The answer could not be saved because the database was unavailable for a moment. Your message was kept; please ask again.',
  internal_error: 'The answer could not be produced because of an unexpected error. Please try again.',
};
