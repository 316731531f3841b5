import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const HISTORY_SCOPES = ['session', 'patient'] as const;
export type HistoryScope = (typeof HISTORY_SCOPES)[number];

export class HistoryQueryDto {
  @ApiPropertyOptional({ description: 'Exchanges per page (each is a user and an assistant message)', minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;

  @ApiPropertyOptional({ description: '`next_cursor` of the previous page: returns older exchanges', example: 'MTc2ODQ4NzQyODEyMy42Nzg4ZjJhNGMxZDJlM2Y0YTViNmM3ZDg' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  before?: string;

  @ApiPropertyOptional({ enum: HISTORY_SCOPES, default: 'session', description: '`session`: this sign-in; `patient`: all of the patient\'s sessions (not for guests)' })
  @IsOptional()
  @IsIn(HISTORY_SCOPES)
  scope: HistoryScope = 'session';
}
