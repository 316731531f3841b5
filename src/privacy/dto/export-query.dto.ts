import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ExportFormat } from '../export/patient-export.service.js';

export class ExportQueryDto {
  @ApiPropertyOptional({
    enum: ['json', 'fhir'],
    default: 'json',
    description: '`fhir`: a FHIR R4 Bundle (type collection)',
  })
  @IsOptional()
  @IsIn(['json', 'fhir'])
  format?: ExportFormat;
}
