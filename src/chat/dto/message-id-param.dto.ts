import { ApiProperty } from '@nestjs/swagger';
import { IsMongoId } from 'class-validator';

/** A stored exchange's id, as `message_id` in answers and history: checked before any query is made. */
export class MessageIdParamDto {
  @ApiProperty({ example: '6788f2a4c1d2e3f4a5b6c7d8' })
  @IsMongoId({ message: 'message_id must be a message id' })
  message_id!: string;
}
