import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PATIENT_ID_EXAMPLE, PATIENT_ID_MAX_LENGTH, PATIENT_ID_PATTERN } from '../../common/patient-id.js';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from '../audit-event.js';

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'Only events concerning this patient', example: PATIENT_ID_EXAMPLE })
  @IsOptional()
  @IsString()
  @MaxLength(PATIENT_ID_MAX_LENGTH)
  @Matches(PATIENT_ID_PATTERN, { message: 'patient_id must look like Given###_Family###_<uuid>' })
  patient_id?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, description: 'Only this action' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({ description: 'Events at or after this instant (ISO 8601)', example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Events before this instant (ISO 8601)', example: '2026-02-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ description: '`next_cursor` of the previous page: returns older events' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  before?: string;
}
