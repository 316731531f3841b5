import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export const FILE_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export class FileIdParamDto {
  @ApiProperty({ example: 'a3f9c2d4-1b7e-4c1a-9f0e-5d6c7b8a9e01', pattern: FILE_ID_PATTERN.source })
  @Matches(FILE_ID_PATTERN, { message: 'file_id must be 1 to 64 letters, digits or dashes' })
  file_id!: string;
}
