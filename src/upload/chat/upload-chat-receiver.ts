import { Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal } from '../../auth/index.js';
import type { MultipartBody } from '../../common/multipart/multipart-body.js';
import { ChatUploadReceiver, type ChatFileKind, type ReceivedChatFile } from './chat-upload.receiver.js';
import { UploadService } from '../upload.service.js';

/** The file of a multipart chat message, in the field named like its kind, stored as the caller's upload. */
@Injectable()
export class UploadChatReceiver extends ChatUploadReceiver {
  constructor(private readonly uploads: UploadService) {
    super();
  }

  async receive(
    principal: AuthenticatedPrincipal,
    kind: ChatFileKind,
    body: MultipartBody,
    textFields: readonly string[],
  ): Promise<ReceivedChatFile> {
    const { upload, fields } = await this.uploads.receive(principal, { kind, fileField: kind, textFields }, body);
    return {
      file_id: upload.file_id,
      fields,
      discard: () => this.uploads.remove(principal, upload.file_id),
    };
  }
}
