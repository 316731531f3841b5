import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PATIENT_ID_EXAMPLE, PATIENT_ID_MAX_LENGTH, PATIENT_ID_PATTERN } from '../../common/patient-id.js';

export const PASSWORD_MAX_LENGTH = 256;

export class LoginRequestDto {
  @ApiProperty({ example: PATIENT_ID_EXAMPLE, pattern: PATIENT_ID_PATTERN.source, maxLength: PATIENT_ID_MAX_LENGTH })
  @IsString()
  @MaxLength(PATIENT_ID_MAX_LENGTH)
  @Matches(PATIENT_ID_PATTERN, { message: 'patient_id must have the form Given###_Family###_<uuid>' })
  patient_id!: string;

  @ApiPropertyOptional({
    description: 'Required for accounts that have a password. Without AUTH_PATIENT_ID_ONLY every account needs one.',
    example: 'correct horse battery staple',
    format: 'password',
    maxLength: PASSWORD_MAX_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}
