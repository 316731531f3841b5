import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  FEEDBACK_RATINGS,
  FEEDBACK_REASONS,
  type FeedbackRating,
  type FeedbackReason,
} from '../feedback/feedback.schema.js';
import { IsPlainText } from '../../common/validation/is-plain-text.js';

export const FEEDBACK_COMMENT_MAX_LENGTH = 1000;

export class GiveFeedbackDto {
  @ApiProperty({ enum: FEEDBACK_RATINGS, example: 'not_helpful' })
  @IsIn(FEEDBACK_RATINGS)
  rating!: FeedbackRating;

  @ApiPropertyOptional({ enum: FEEDBACK_REASONS, isArray: true, example: ['unclear'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(FEEDBACK_REASONS.length)
  @IsIn(FEEDBACK_REASONS, { each: true })
  reasons?: FeedbackReason[];

  @ApiPropertyOptional({
    maxLength: FEEDBACK_COMMENT_MAX_LENGTH,
    description: 'Encrypted at rest',
    example: 'It did not say when to see a doctor.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_COMMENT_MAX_LENGTH)
  @IsPlainText()
  comment?: string;
}

/** The feedback as its author sees it: PUT's answer, and `metadata.feedback` on the answer in history. */
export class FeedbackDto {
  @ApiProperty({ example: '6788f2a4c1d2e3f4a5b6c7d8' })
  message_id!: string;

  @ApiProperty({ enum: FEEDBACK_RATINGS })
  rating!: FeedbackRating;

  @ApiProperty({ enum: FEEDBACK_REASONS, isArray: true })
  reasons!: FeedbackReason[];

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

  @ApiProperty({ description: 'When it was last given or replaced', example: '2026-01-15T14:31:02.000Z' })
  updated_at!: string;
}

export class AdminFeedbackDto extends FeedbackDto {
  @ApiProperty({ example: '6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c' })
  session_id!: string;

  @ApiProperty({ type: String, nullable: true, description: 'null for a guest' })
  patient_id!: string | null;

  @ApiProperty({ example: '2026-01-15T14:31:02.000Z' })
  created_at!: string;
}

export class AdminFeedbackPageDto {
  @ApiProperty({ type: [AdminFeedbackDto], description: 'Most recently given or replaced first' })
  feedback!: AdminFeedbackDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `before` for the next page; null on the last',
    example: null,
  })
  next_cursor!: string | null;
}

export class AdminFeedbackQueryDto {
  @ApiPropertyOptional({ enum: FEEDBACK_RATINGS })
  @IsOptional()
  @IsIn(FEEDBACK_RATINGS)
  rating?: FeedbackRating;

  @ApiPropertyOptional({ enum: FEEDBACK_REASONS, description: 'Feedback that gives this reason (among others)' })
  @IsOptional()
  @IsIn(FEEDBACK_REASONS)
  reason?: FeedbackReason;

  @ApiPropertyOptional({
    description: 'Given or replaced at or after this time (ISO 8601)',
    example: '2026-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;

  @ApiPropertyOptional({ description: '`next_cursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  before?: string;
}
