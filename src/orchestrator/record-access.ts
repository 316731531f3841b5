import type { RecordSource } from './chat-turn.js';

/**
 * What the model may know of the caller's health record this turn. The three "no records"
 * cases are kept apart so the prompt can tell the model why, and the model never presents
 * "the search found nothing" when the truth is "you are a guest".
 */
export type RecordAccess =
  | { status: 'guest' }
  /** A signed-in patient, but this deployment has no record retriever bound, or the search failed this turn. */
  | { status: 'unavailable' }
  | { status: 'retrieved'; records: RecordSource[] };
