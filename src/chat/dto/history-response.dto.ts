import { ApiProperty } from '@nestjs/swagger';

export class HistoryMessageDto {
  @ApiProperty({ enum: ['user', 'assistant'], example: 'assistant' })
  role!: 'user' | 'assistant';

  @ApiProperty({ example: 'A headache lasting three days is common with tension or dehydration...' })
  content!: string;

  @ApiProperty({ example: '2026-01-15T14:30:28.123Z' })
  timestamp!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Always `message_id` and `status` (`pending`/`completed`/`failed`). A completed answer adds the ChatResponse metadata, and `feedback` (`{ message_id, rating, reasons, comment, updated_at }`) once the caller rated it; a failed one adds `failure_reason`.',
    example: {
      message_id: '6788f2a4c1d2e3f4a5b6c7d8',
      status: 'completed',
      input_type: 'text',
      emergency_detected: false,
      model: 'medgemma1.5',
    },
  })
  metadata!: Record<string, unknown>;
}

export class ChatHistoryDto {
  @ApiProperty({ example: '6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c' })
  session_id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58' })
  patient_id!: string | null;

  @ApiProperty({ type: [HistoryMessageDto], description: 'Oldest first' })
  messages!: HistoryMessageDto[];

  @ApiProperty({ description: 'Messages in the whole scope, all pages together', example: 12 })
  total_messages!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `before` for the previous (older) page; null on the oldest page',
    example: null,
  })
  next_cursor!: string | null;
}
