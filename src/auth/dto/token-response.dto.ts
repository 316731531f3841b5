import { ApiProperty } from '@nestjs/swagger';
import { PATIENT_ID_EXAMPLE } from '../../common/patient-id.js';

export class TokenResponseDto {
  @ApiProperty({
    description: 'HS256 JWT; send it as Authorization: Bearer <access_token>',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiIzZjJiIn0.c2lnbmF0dXJl',
  })
  access_token!: string;

  @ApiProperty({ enum: ['bearer'], example: 'bearer' })
  token_type!: 'bearer';

  @ApiProperty({ format: 'uuid', example: '0b6f6e36-8a57-4c0b-9d7e-3f4d5c1e2a10' })
  session_id!: string;

  @ApiProperty({ type: String, nullable: true, description: 'null for guests', example: PATIENT_ID_EXAMPLE })
  patient_id!: string | null;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 3600 })
  expires_in!: number;
}
