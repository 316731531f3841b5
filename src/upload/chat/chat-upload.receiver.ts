import type { AuthenticatedPrincipal } from '../../auth/index.js';
import type { MultipartBody } from '../../common/multipart/multipart-body.js';

export type ChatFileKind = 'image' | 'audio';

/** A file that came with a chat message, stored as the caller's upload. */
export interface ReceivedChatFile {
  file_id: string;
  /** The form's text fields as sent; the chat module validates them. */
  fields: Readonly<Record<string, string>>;
  /** Deletes the file and its metadata again: the message it came with was refused. */
  discard(): Promise<void>;
}

/**
 * Receives the multipart form of `POST /chat/message-with-image` and `-audio`: the file (in
 * the field named like its kind) becomes an upload of the caller's, then the turn names it by
 * id like any uploaded file. The uploads module binds it.
 */
export abstract class ChatUploadReceiver {
  abstract receive(
    principal: AuthenticatedPrincipal,
    kind: ChatFileKind,
    body: MultipartBody,
    textFields: readonly string[],
  ): Promise<ReceivedChatFile>;
}
