import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AdminOnly } from '../common/decorators/admin-only.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditPageDto } from './dto/audit-page.dto.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

@AdminOnly()
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: 'The audit trail: sign-ins, record retrievals, uploads, deletions, purges and admin actions, newest first',
    description:
      "Filter by patient, action, outcome and time; page with `before` = the previous page's `next_cursor`. Events hold ids, counts and reason codes, never health data.",
  })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiUnprocessableEntityResponse({
    description: 'A filter is malformed (unknown action, bad date, a cursor this endpoint did not issue)',
  })
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.page(query);
  }
}
