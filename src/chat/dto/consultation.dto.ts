import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { TITLE_MAX_LENGTH } from '../consultations/consultation-title.js';
import { IsPlainText } from '../../common/validation/is-plain-text.js';

/** Session ids are UUIDs; anything else cannot name one and is refused before a query is made. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export class ConsultationDto {
  @ApiProperty({ example: '6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c' })
  session_id!: string;

  @ApiProperty({
    description: 'From the first message (its first ~60 characters, cut at a word) until renamed',
    example: 'I have had a headache for three days',
  })
  title!: string;

  @ApiProperty({ description: 'When the first message was sent', example: '2026-01-15T14:30:00.000Z' })
  started_at!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the last message was sent; null once every exchange was purged',
    example: '2026-01-15T14:41:12.000Z',
  })
  last_message_at!: string | null;

  @ApiProperty({ description: 'Stored exchanges (a message and its answer)', example: 4 })
  exchange_count!: number;

  @ApiProperty({ description: 'The sign-in is still live: new messages can go to it', example: false })
  active!: boolean;
}

export class ConsultationPageDto {
  @ApiProperty({ type: [ConsultationDto], description: 'Newest first (by when each began)' })
  sessions!: ConsultationDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `before` for older consultations; null on the last page',
    example: null,
  })
  next_cursor!: string | null;
}

export class ConsultationQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;

  @ApiPropertyOptional({ description: '`next_cursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  before?: string;
}

export class SessionIdParamDto {
  @ApiProperty({ example: '6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c' })
  @Matches(SESSION_ID_PATTERN, { message: 'session_id must be a session id' })
  session_id!: string;
}

export class RenameConsultationDto {
  @ApiProperty({ minLength: 1, maxLength: TITLE_MAX_LENGTH, example: 'Headache, January' })
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MinLength(1)
  @MaxLength(TITLE_MAX_LENGTH)
  @IsPlainText()
  title!: string;
}

export class DeleteConsultationResponseDto {
  @ApiProperty({ description: 'Exchanges deleted with the consultation', example: 4 })
  deleted_exchanges!: number;
}
