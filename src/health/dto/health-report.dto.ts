import { ApiProperty } from '@nestjs/swagger';

export class HealthReportDto {
  @ApiProperty({
    enum: ['healthy', 'degraded', 'unhealthy'],
    example: 'degraded',
    description: '`degraded` when Ollama is down or the model is not pulled but MongoDB is up',
  })
  status!: 'healthy' | 'degraded' | 'unhealthy';

  @ApiProperty({ example: '0.1.0' })
  version!: string;

  @ApiProperty({ example: '2026-01-15T14:30:28.123Z' })
  timestamp!: string;

  @ApiProperty({ enum: ['ready', 'llm_not_configured', 'llm_unavailable'], example: 'ready' })
  orchestrator_status!: string;

  @ApiProperty({ enum: ['healthy', 'unhealthy'], example: 'healthy' })
  database_status!: string;

  @ApiProperty({ enum: ['healthy', 'model_missing', 'unreachable', 'not_configured'], example: 'healthy' })
  ollama_status!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Per-dependency details (database, ollama, ...)',
  })
  details!: Record<string, unknown>;
}

export class ReadinessDto {
  @ApiProperty({ example: 'ok' })
  status!: 'ok';

  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;
}
