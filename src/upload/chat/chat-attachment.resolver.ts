import type { AuthenticatedPrincipal } from '../../auth/index.js';
import type { TurnAttachment } from '../../orchestrator/index.js';

export interface AttachmentReferences {
  image_file_id?: string;
  audio_file_id?: string;
}

/**
 * Turns the file ids a chat message names into attachments the orchestrator can read. The
 * uploads module binds it; it must answer only with files the caller owns and throw a 404
 * ProblemException for any other id. Until it is bound, no id can name a file of the caller's.
 */
export abstract class ChatAttachmentResolver {
  abstract resolve(principal: AuthenticatedPrincipal, references: AttachmentReferences): Promise<TurnAttachment[]>;
}
