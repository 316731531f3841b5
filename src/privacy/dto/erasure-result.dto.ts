import { ApiProperty } from '@nestjs/swagger';

export class ErasureCountsDto {
  @ApiProperty({ example: 1, description: 'The account (0 when it was already gone)' })
  account!: number;
  @ApiProperty({ example: 2, description: 'Sessions removed: every token of the patient is refused from now on' })
  sessions!: number;
  @ApiProperty({ example: 0 })
  login_failures!: number;
  @ApiProperty({ example: 12, description: 'Exchanges (a message and its answer)' })
  conversations!: number;
  @ApiProperty({ example: 3, description: 'Consultations (sessions) listed with their titles' })
  consultations!: number;
  @ApiProperty({ example: 1, description: 'Upload metadata rows' })
  uploads!: number;
  @ApiProperty({ example: 1, description: 'Stored files (disk or GridFS) removed with them' })
  stored_files!: number;
  @ApiProperty({ example: 40, description: 'Imported FHIR record facts' })
  patient_records!: number;
  @ApiProperty({ example: 0 })
  feedback!: number;
  @ApiProperty({ example: 1, description: 'Daily token counters' })
  token_usage!: number;
}

export class ErasureResultDto {
  @ApiProperty({ type: ErasureCountsDto })
  erased!: ErasureCountsDto;
}
