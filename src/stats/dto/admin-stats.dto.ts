import { ApiProperty } from '@nestjs/swagger';

export class PatientRecordCountsDto {
  @ApiProperty({ example: 1446 })
  total!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { Condition: 56, Immunization: 384, Observation: 430 },
  })
  by_type!: Record<string, number>;
}

export class FeedbackCountsDto {
  @ApiProperty({ description: 'Answers rated (one rating each; a replaced rating counts once)', example: 40 })
  total!: number;

  @ApiProperty({ example: 31 })
  helpful!: number;

  @ApiProperty({ example: 9 })
  not_helpful!: number;
}

export class AdminStatsDto {
  @ApiProperty({ description: 'Patient accounts', example: 13 })
  patients!: number;

  @ApiProperty({ description: 'Stored sessions (expired ones are removed by a TTL index)', example: 42 })
  sessions!: number;

  @ApiProperty({ description: 'Sessions still active and not past their expiry', example: 5 })
  active_sessions!: number;

  @ApiProperty({ description: 'Chat exchanges (a patient message and its answer)', example: 310 })
  messages!: number;

  @ApiProperty({ description: 'Exchanges triage answered as an emergency', example: 3 })
  emergencies!: number;

  @ApiProperty({ description: 'Uploaded files', example: 12 })
  uploads!: number;

  @ApiProperty({ type: PatientRecordCountsDto })
  patient_records!: PatientRecordCountsDto;

  @ApiProperty({ type: FeedbackCountsDto, description: 'Feedback on answers (GET /api/admin/feedback to review it)' })
  feedback!: FeedbackCountsDto;

  @ApiProperty({ example: '2026-01-15T14:30:28.123Z' })
  generated_at!: string;
}
