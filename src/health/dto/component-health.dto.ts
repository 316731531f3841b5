import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Body of a 200 from `/api/health/<component>`; the other fields depend on the component. */
export class ComponentHealthDto {
  @ApiProperty({ enum: ['up'], example: 'up' })
  status!: 'up';

  @ApiPropertyOptional({ description: 'Why the component is down (in the 503 problem, under `details`)' })
  reason?: string;
}
