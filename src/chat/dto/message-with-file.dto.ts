import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { ChatFileKind } from '../../upload/index.js';
import { MAX_MESSAGE_LENGTH } from './send-message.dto.js';
import { IsPlainText } from '../../common/validation/is-plain-text.js';

/** The text fields of the multipart chat routes, besides the file itself. */
export const MESSAGE_WITH_FILE_FIELDS = ['message', 'session_id'] as const;

const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Unlike the JSON route, the text is optional: the photo or the recording may say it all. */
export class MessageWithFileFieldsDto {
  @IsOptional()
  @Transform(trimString)
  @IsString({ message: 'message must be a string' })
  @MaxLength(MAX_MESSAGE_LENGTH, { message: `message must be at most ${MAX_MESSAGE_LENGTH} characters long` })
  @IsPlainText()
  message?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  session_id?: string;
}

/** The OpenAPI description of the form: the file in a field named like its kind, and the optional text. */
export function messageWithFileForm(kind: ChatFileKind, extensions: string) {
  return {
    schema: {
      type: 'object',
      required: [kind],
      properties: {
        [kind]: {
          type: 'string',
          format: 'binary',
          description: `The ${kind === 'image' ? 'photo' : 'voice recording'} (${extensions})`,
        },
        message: {
          type: 'string',
          maxLength: MAX_MESSAGE_LENGTH,
          description: 'What the patient writes with it (optional)',
          example: kind === 'image' ? 'What is this rash on my forearm?' : '',
        },
        session_id: {
          type: 'string',
          description: "The caller's own session id (optional); any other session answers 404.",
        },
      },
    },
  };
}
