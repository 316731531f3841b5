import { Controller, Delete, HttpCode, HttpStatus, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AdminOnly } from '../common/decorators/admin-only.decorator.js';
import { PatientIdParamDto } from '../auth/index.js';
import { ErasureResultDto } from './dto/erasure-result.dto.js';
import { AccountErasureService } from './erasure/account-erasure.service.js';

@AdminOnly()
@Controller('admin/patients')
export class AdminErasureController {
  constructor(private readonly erasure: AccountErasureService) {}

  @Delete(':patient_id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Erase a patient: the account and everything stored about them (idempotent: a second call counts zeros)',
  })
  @ApiOkResponse({ type: ErasureResultDto })
  @ApiUnprocessableEntityResponse({ description: 'A malformed patient id' })
  erase(@Param() params: PatientIdParamDto): Promise<ErasureResultDto> {
    return this.erasure.eraseByAdmin(params.patient_id);
  }
}
