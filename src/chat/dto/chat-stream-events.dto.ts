import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** `event: start`: the exchange is stored (pending) under this id. */
export class ChatStreamStartEventDto {
  @ApiProperty({ example: '6788f2a4c1d2e3f4a5b6c7d8' })
  message_id!: string;
}

/** `event: token`: the next piece of the answer, in order. */
export class ChatStreamTokenEventDto {
  @ApiProperty({ example: 'A headache ' })
  delta!: string;
}

/**
 * `event: queued`: every LLM slot is taken and the turn waits its turn (round-robin across
 * patients). Sent when it starts waiting and again when its place changes, at most once a
 * second, always before the first `token`. An emergency never waits and never gets one.
 */
export class ChatStreamQueuedEventDto {
  @ApiProperty({ example: 3, minimum: 1, description: 'Place in the queue; 1 is served next' })
  position!: number;

  @ApiProperty({
    example: 4,
    minimum: 1,
    description:
      'Seconds until the turn is expected to get a slot, from its place, the usable slots and recent generation times',
  })
  estimated_wait_seconds!: number;
}

/** `event: error`: the answer could not be produced; the stream ends after it. */
export class ChatStreamErrorEventDto {
  @ApiProperty({ example: 503 })
  status!: number;

  @ApiProperty({ example: 'The language model (Ollama) is unreachable; please try again shortly.' })
  detail!: string;

  @ApiPropertyOptional({
    example: 30,
    description:
      "What a response's Retry-After header would say: present on a 503 (the model unreachable or at capacity) and on a 429 (today's token allowance used up: seconds until midnight UTC).",
  })
  retry_after?: number;
}
