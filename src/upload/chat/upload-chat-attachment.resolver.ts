import { Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal } from '../../auth/index.js';
import { ChatAttachmentResolver, type AttachmentReferences } from './chat-attachment.resolver.js';
import type { TurnAttachment } from '../../orchestrator/index.js';
import type { UploadKind } from '../upload-kind.js';
import { UploadService } from '../upload.service.js';

/** `image_file_id` / `audio_file_id` of a chat message: the caller's own uploads of that kind, else 404. */
@Injectable()
export class UploadChatAttachmentResolver extends ChatAttachmentResolver {
  constructor(private readonly uploads: UploadService) {
    super();
  }

  async resolve(principal: AuthenticatedPrincipal, references: AttachmentReferences): Promise<TurnAttachment[]> {
    const wanted: Array<[UploadKind, string | undefined]> = [
      ['image', references.image_file_id],
      ['audio', references.audio_file_id],
    ];
    const attachments: TurnAttachment[] = [];
    for (const [kind, fileId] of wanted) {
      if (fileId === undefined) continue;
      const upload = await this.uploads.get(principal, fileId, kind);
      attachments.push({
        kind,
        file_id: upload.file_id,
        mime_type: upload.mime_type,
        filename: upload.filename,
        read: () => this.uploads.read(upload),
      });
    }
    return attachments;
  }
}
