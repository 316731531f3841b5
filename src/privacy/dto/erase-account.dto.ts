import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ADMIN_PASSWORD_MAX_LENGTH } from '../../auth/index.js';

export class EraseAccountDto {
  @ApiPropertyOptional({ description: "The account's password; required when the account has one", format: 'password' })
  @IsOptional()
  @IsString()
  @MaxLength(ADMIN_PASSWORD_MAX_LENGTH)
  password?: string;
}
