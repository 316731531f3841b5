import { ApiProperty } from '@nestjs/swagger';
import { UPLOAD_KINDS, type UploadKind } from '../upload-kind.js';

export class UploadResponseDto {
  @ApiProperty({ example: 'a3f9c2d4-1b7e-4c1a-9f0e-5d6c7b8a9e01' })
  file_id!: string;

  @ApiProperty({ description: "The client's file name, sanitized (metadata only)", example: 'rash-left-forearm.jpg' })
  filename!: string;

  @ApiProperty({ enum: UPLOAD_KINDS, example: 'image' })
  file_type!: UploadKind;

  @ApiProperty({
    description: 'The type the extension, the declared type and the content agreed on',
    example: 'image/jpeg',
  })
  mime_type!: string;

  @ApiProperty({ example: 482113 })
  size_bytes!: number;

  @ApiProperty({
    description: 'Hex SHA-256 of the stored bytes',
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  })
  sha256!: string;

  @ApiProperty({ example: '2026-01-15T14:30:25.412Z' })
  uploaded_at!: string;
}
