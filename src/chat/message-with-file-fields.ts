import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { validationExceptionFactory } from '../common/problem/validation-exception.factory.js';
import { MessageWithFileFieldsDto } from './dto/message-with-file.dto.js';

/** Validates the text fields of a multipart chat message as the global ValidationPipe validates JSON (422 with `errors`). */
export function parseMessageWithFileFields(fields: Readonly<Record<string, string>>): MessageWithFileFieldsDto {
  const parsed = plainToInstance(MessageWithFileFieldsDto, { ...fields });
  const errors = validateSync(parsed, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw validationExceptionFactory(errors);
  return parsed;
}
