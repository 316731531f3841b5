import { Body, Controller, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AdminOnly } from '../../common/decorators/admin-only.decorator.js';
import { AdminPatientsService } from './admin-patients.service.js';
import { PatientIdParamDto } from './dto/patient-id-param.dto.js';
import { PatientImportResultDto } from './dto/patient-import-result.dto.js';
import { SetPasswordDto } from './dto/set-password.dto.js';
import { ImportRoute } from './import-route-options.js';

@AdminOnly()
@Controller('admin/patients')
export class AdminPatientsController {
  constructor(private readonly admin: AdminPatientsService) {}

  @Post('import')
  @ImportRoute()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: "Create or update a patient account from a FHIR R4 Bundle (Synthea's one-patient bundles)" })
  @ApiBody({
    description: 'A FHIR R4 Bundle with one Patient resource; up to IMPORT_BODY_LIMIT_BYTES',
    schema: {
      type: 'object',
      required: ['resourceType', 'entry'],
      properties: {
        resourceType: { type: 'string', example: 'Bundle' },
        entry: { type: 'array', items: { type: 'object' } },
      },
    },
  })
  @ApiCreatedResponse({ type: PatientImportResultDto })
  @ApiUnprocessableEntityResponse({ description: 'Not a usable one-patient FHIR bundle' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than IMPORT_BODY_LIMIT_BYTES' })
  importBundle(@Body() bundle: Record<string, unknown>): Promise<PatientImportResultDto> {
    return this.admin.importBundle(bundle);
  }

  @Put(':patient_id/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Set a patient's password (argon2id); ends the patient's open sessions" })
  @ApiNoContentResponse({ description: 'Password set' })
  @ApiNotFoundResponse({ description: 'No patient account has that id' })
  @ApiUnprocessableEntityResponse({
    description: 'Password shorter than 12 or longer than 256 characters, or a malformed patient id',
  })
  setPassword(@Param() params: PatientIdParamDto, @Body() body: SetPasswordDto): Promise<void> {
    return this.admin.setPassword(params.patient_id, body.password);
  }
}
