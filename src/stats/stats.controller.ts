import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminOnly } from '../common/decorators/admin-only.decorator.js';
import { AdminStatsDto } from './dto/admin-stats.dto.js';
import { StatsService } from './stats.service.js';

@AdminOnly()
@Controller('admin')
export class StatsController {
  constructor(private readonly service: StatsService) {}

  @Get('stats')
  @ApiOperation({ summary: 'Counts of patients, sessions, messages, emergencies, uploads and patient records by type' })
  @ApiOkResponse({ type: AdminStatsDto })
  collect(): Promise<AdminStatsDto> {
    return this.service.collect();
  }
}
