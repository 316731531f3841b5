import type { ChatTurnInput, TurnAttachment } from '../orchestrator/index.js';
import type { AttachmentReferences, ChatAttachmentResolver } from '../upload/index.js';
import type { ChatCaller } from './chat-caller.js';
import type { ContextTurn } from './conversation.repository.js';
import type { StoredAttachment } from './schemas/conversation.schema.js';

/*
 * What the model is given besides the patient's message, built the same way for a new message
 * (ChatTurnService) and for a failed one asked again (FailedTurnRetry): a retried exchange is
 * answered as if it had just been sent.
 */

/** Earlier exchanges handed to the orchestrator, which then trims them to its token budget. */
export const CONTEXT_TURNS = 20;

/** The files a turn names by id: a message's fields, or what a stored exchange kept of them. */
export type NamedFiles = { image_file_id?: string | null; audio_file_id?: string | null };

/** The ids of a stored exchange's files, as the message that sent them named them. */
export function namedFiles(attachments: readonly StoredAttachment[]): NamedFiles {
  const files: NamedFiles = {};
  for (const attachment of attachments) {
    if (attachment.kind === 'image') files.image_file_id = attachment.file_id;
    else files.audio_file_id = attachment.file_id;
  }
  return files;
}

/** The named files, resolved as the caller's (the resolver refuses another's with a 404); none named, nothing is looked up. */
export async function resolveAttachments(
  resolver: ChatAttachmentResolver,
  caller: ChatCaller,
  files: NamedFiles,
): Promise<TurnAttachment[]> {
  const references: AttachmentReferences = {};
  if (files.image_file_id) references.image_file_id = files.image_file_id;
  if (files.audio_file_id) references.audio_file_id = files.audio_file_id;
  if (!references.image_file_id && !references.audio_file_id) return [];
  return resolver.resolve(caller, references);
}

/** The earlier exchanges as the orchestrator reads them. */
export function priorExchanges(context: readonly ContextTurn[]): ChatTurnInput['history'] {
  return context.map((turn) => ({ user: turn.message, assistant: turn.response ?? '', at: turn.created_at }));
}
