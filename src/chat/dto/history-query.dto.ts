import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { SESSION_ID_PATTERN } from './consultation.dto.js';

export const HISTORY_SCOPES = ['session', 'patient'] as const;
export type HistoryScope = (typeof HISTORY_SCOPES)[number];

export class HistoryQueryDto {
  @ApiPropertyOptional({
    description: 'Exchanges per page (each is a user and an assistant message)',
    minimum: 1,
    maximum: 100,
    default: 50,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;

  @ApiPropertyOptional({
    description: '`next_cursor` of the previous page: returns older exchanges',
    example: 'MTc2ODQ4NzQyODEyMy42Nzg4ZjJhNGMxZDJlM2Y0YTViNmM3ZDg',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  before?: string;

  @ApiPropertyOptional({
    enum: HISTORY_SCOPES,
    default: 'session',
    description: "`session`: this sign-in; `patient`: all of the patient's sessions (not for guests)",
  })
  @IsOptional()
  @IsIn(HISTORY_SCOPES)
  scope: HistoryScope = 'session';

  @ApiPropertyOptional({
    description: "An earlier consultation of the caller's (a `session_id` from GET /chat/sessions); overrides `scope`",
    example: '6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c',
  })
  @IsOptional()
  @Matches(SESSION_ID_PATTERN, { message: 'session_id must be a session id' })
  session_id?: string;
}
