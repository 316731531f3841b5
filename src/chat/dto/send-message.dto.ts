import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsPlainText } from '../../common/validation/is-plain-text.js';

export const MAX_MESSAGE_LENGTH = 5000;
const FILE_ID = /^[A-Za-z0-9-]{1,64}$/;

/** Only strings are trimmed: anything else must reach @IsString() unchanged and fail it. */
const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SendMessageDto {
  @ApiProperty({
    description: `What the patient writes; 1 to ${MAX_MESSAGE_LENGTH} characters after trimming.`,
    minLength: 1,
    maxLength: MAX_MESSAGE_LENGTH,
    example: 'I have had a headache for three days. Should I be worried?',
  })
  @Transform(trimString)
  @Length(1, MAX_MESSAGE_LENGTH, { message: `message must be between 1 and ${MAX_MESSAGE_LENGTH} characters long` })
  @IsString({ message: 'message must be a string' })
  @IsPlainText()
  message!: string;

  @ApiPropertyOptional({
    description: "The caller's own session id (as returned at sign-in); any other session answers 404.",
    example: '6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c',
  })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  session_id?: string;

  @ApiPropertyOptional({
    description: 'An uploaded image of the caller (`file_id` from POST /api/upload/image).',
    example: 'a3f9c2d4-1b7e-4c1a-9f0e-5d6c7b8a9e01',
  })
  @IsOptional()
  @IsString()
  @Matches(FILE_ID, { message: 'image_file_id must be 1 to 64 letters, digits or dashes' })
  image_file_id?: string;

  @ApiPropertyOptional({
    description: 'An uploaded recording of the caller (`file_id` from POST /api/upload/audio).',
    example: 'c7d1e2f3-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  })
  @IsOptional()
  @IsString()
  @Matches(FILE_ID, { message: 'audio_file_id must be 1 to 64 letters, digits or dashes' })
  audio_file_id?: string;
}
