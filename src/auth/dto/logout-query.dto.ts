import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class LogoutQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "The session to end; it must be the caller's own (the session of the access token)",
    example: '0b6f6e36-8a57-4c0b-9d7e-3f4d5c1e2a10',
  })
  @IsOptional()
  @IsUUID()
  session_id?: string;
}
