import { ApiProperty } from '@nestjs/swagger';

export class UploadKindLimitsDto {
  @ApiProperty({ example: 10 })
  max_size_mb!: number;

  @ApiProperty({ type: [String], example: ['.jpg', '.jpeg', '.png', '.webp', '.bmp'] })
  allowed_extensions!: string[];

  @ApiProperty({ type: [String], example: ['image/jpeg', 'image/png', 'image/webp', 'image/bmp'] })
  mime_types!: string[];
}

export class UploadLimitsDto {
  @ApiProperty({ type: UploadKindLimitsDto })
  image!: UploadKindLimitsDto;

  @ApiProperty({
    type: UploadKindLimitsDto,
    example: {
      max_size_mb: 50,
      allowed_extensions: ['.wav', '.mp3', '.m4a', '.ogg', '.webm'],
      mime_types: ['audio/wav', 'audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm'],
    },
  })
  audio!: UploadKindLimitsDto;
}
