import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type AuthenticatedPrincipal } from '../auth/index.js';
import { EraseAccountDto } from './dto/erase-account.dto.js';
import { ErasureResultDto } from './dto/erasure-result.dto.js';
import { ExportQueryDto } from './dto/export-query.dto.js';
import { AccountErasureService } from './erasure/account-erasure.service.js';
import { PatientExportService } from './export/patient-export.service.js';
import { JSON_EXPORT_SCHEMA } from './dto/export-schema.js';

@ApiTags('privacy')
@ApiBearerAuth('bearer')
@Controller('me')
export class MeController {
  constructor(
    private readonly erasure: AccountErasureService,
    private readonly exporter: PatientExportService,
  ) {}

  @Get('export')
  @ApiOperation({
    summary:
      'Download everything stored about the caller (right of access): JSON, or a FHIR R4 Bundle with ?format=fhir',
  })
  @ApiProduces('application/json', 'application/fhir+json')
  @ApiOkResponse({ description: 'An attachment (Content-Disposition), streamed', schema: JSON_EXPORT_SCHEMA })
  @ApiForbiddenResponse({ description: 'A guest: there is no account to export' })
  async export(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ExportQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.exporter.export(principal, query.format ?? 'json');
    return new StreamableFile(file.body, {
      type: `${file.contentType}; charset=utf-8`,
      disposition: `attachment; filename="${file.filename}"`,
    });
  }

  @Delete()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Erase the account and everything stored about the patient; every session ends at once' })
  @ApiOkResponse({ type: ErasureResultDto })
  @ApiForbiddenResponse({ description: 'A guest, or the password is missing or wrong (nothing is erased)' })
  erase(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: EraseAccountDto = {},
  ): Promise<ErasureResultDto> {
    return this.erasure.eraseOwn(principal, body?.password);
  }
}
