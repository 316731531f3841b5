import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_ACTOR_ROLES,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditActorRole,
  type AuditDetails,
  type AuditOutcome,
} from '../audit-event.js';

export class AuditActorDto {
  @ApiProperty({ enum: AUDIT_ACTOR_ROLES, example: 'patient' })
  role!: AuditActorRole;

  @ApiProperty({ type: String, nullable: true, example: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58' })
  patient_id!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '0b4c3f5e-9a8d-4e8b-a2a1-7f0f1c9d2e11' })
  session_id!: string | null;

  @ApiProperty({ required: false, description: 'How an admin or the system acted', example: 'admin-api-key' })
  via?: string;
}

export class AuditEventDto {
  @ApiProperty({ example: '6788f2a4c1d2e3f4a5b6c7d8' })
  event_id!: string;

  @ApiProperty({ example: '2026-01-15T14:30:28.123Z' })
  at!: string;

  @ApiProperty({ enum: AUDIT_ACTIONS, example: 'records.retrieved' })
  action!: AuditAction;

  @ApiProperty({ enum: AUDIT_OUTCOMES, example: 'success' })
  outcome!: AuditOutcome;

  @ApiProperty({ type: AuditActorDto })
  actor!: AuditActorDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The patient the event concerns',
    example: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58',
  })
  patient_id!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'X-Request-ID of the request it happened in',
    example: 'spa-1234.abc',
  })
  request_id!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  client_ip!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Ids of what was acted on',
    example: {},
  })
  targets!: Record<string, string>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true },
    description: 'Counts and reason codes; never message or record text',
    example: { records_returned: 4, candidates: 120 },
  })
  details!: AuditDetails;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto], description: 'Newest first' })
  events!: AuditEventDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `before` for older events; null on the last page',
  })
  next_cursor!: string | null;
}
