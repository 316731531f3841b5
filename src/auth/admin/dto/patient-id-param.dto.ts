import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { PATIENT_ID_EXAMPLE, PATIENT_ID_MAX_LENGTH, PATIENT_ID_PATTERN } from '../../../common/patient-id.js';

export class PatientIdParamDto {
  @ApiProperty({ example: PATIENT_ID_EXAMPLE, pattern: PATIENT_ID_PATTERN.source })
  @IsString()
  @MaxLength(PATIENT_ID_MAX_LENGTH)
  @Matches(PATIENT_ID_PATTERN, { message: 'patient_id must have the form Given###_Family###_<uuid>' })
  patient_id!: string;
}
