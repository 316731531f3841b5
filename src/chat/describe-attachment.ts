import type { StoredAttachment } from './schemas/conversation.schema.js';

/** What a turn keeps of an attachment: the reference and its type, never its content. */
export function describeAttachment(attachment: StoredAttachment): StoredAttachment {
  return {
    kind: attachment.kind,
    file_id: attachment.file_id,
    mime_type: attachment.mime_type,
    filename: attachment.filename,
  };
}
