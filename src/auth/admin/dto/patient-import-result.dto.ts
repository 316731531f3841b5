import { ApiProperty } from '@nestjs/swagger';
import { PATIENT_ID_EXAMPLE } from '../../../common/patient-id.js';

export class SkippedEntriesDto {
  @ApiProperty({ description: 'Bundle entries that did not become records', example: 12 })
  total!: number;

  @ApiProperty({
    description: 'Counts by resource type, or by "Type (reason)"',
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { Claim: 10, 'Observation (no value)': 2 },
  })
  by_type!: Record<string, number>;
}

export class PatientImportResultDto {
  @ApiProperty({ example: PATIENT_ID_EXAMPLE })
  patient_id!: string;

  @ApiProperty({ description: 'Patient records stored from the bundle (new, changed or already stored)', example: 79 })
  records_imported!: number;

  @ApiProperty({ type: SkippedEntriesDto })
  skipped!: SkippedEntriesDto;
}
