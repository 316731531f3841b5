import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class KnowledgeSearchQueryDto {
  @ApiProperty({
    description: 'The question, in any words (1–1000 characters)',
    example: 'is shingles contagious to my grandkids?',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Matches(/\S/, { message: 'q must not be empty' })
  @MaxLength(1000)
  q!: string;

  @ApiPropertyOptional({ description: 'Most results', minimum: 1, maximum: 50, default: 10 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}
