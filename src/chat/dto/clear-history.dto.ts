import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** Query strings carry text; only the two spellings of a boolean are accepted. */
const parseBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ClearHistoryQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: "Also delete this session's stored exchanges" })
  @IsOptional()
  @Transform(parseBoolean)
  @IsBoolean({ message: 'purge must be true or false' })
  purge: boolean = false;
}

export class ClearHistoryResponseDto {
  @ApiProperty({ example: 'Conversation history cleared.' })
  message!: string;

  @ApiProperty({ example: true })
  cleared!: true;

  @ApiProperty({ description: 'Stored exchanges deleted (0 unless purge=true)', example: 0 })
  purged!: number;
}
