import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/roles.decorator.js';
import { AdminStatsDto } from './dto/admin-stats.dto.js';
import { StatsService } from './stats.service.js';

@ApiTags('admin')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing or wrong ADMIN_API_KEY' })
@ApiForbiddenResponse({ description: 'A patient or guest access token instead of the admin key' })
@Roles('admin')
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
