import { applyDecorators, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { MultipartBody } from '../common/multipart/multipart-body.js';
import { MultipartForm } from '../common/decorators/multipart-form.decorator.js';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import { CurrentPrincipal } from '../auth/index.js';
import { SessionCallerRoutes } from '../common/decorators/session-caller-routes.decorator.js';
import { MultipartRoute } from '../common/decorators/multipart-route.decorator.js';
import { Public } from '../common/decorators/public.decorator.js';
import { FileIdParamDto } from './dto/file-id-param.dto.js';
import { UploadLimitsDto } from './dto/upload-limits.dto.js';
import { UploadResponseDto } from './dto/upload-response.dto.js';
import type { UploadKind } from './upload-kind.js';
import { UploadService } from './upload.service.js';
import { PROBLEM_BODY_NOTE } from '../common/problem/problem-details.js';

/** The multipart body of both upload routes: one file in the field `file`. */
const fileForm = (kind: UploadKind, extensions: string) => ({
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: `The ${kind} (${extensions})` } },
  },
});

/** An upload route for one kind of file, as Swagger shows it: the form, the answer and the refusals. */
const ApiUploadRoute = (kind: UploadKind, what: string, extensions: string) =>
  applyDecorators(
    HttpCode(HttpStatus.CREATED),
    ApiOperation({
      summary: `Upload ${what} (multipart field \`file\`)`,
      description: 'Accepted only when the extension, the declared Content-Type and the content (magic numbers) agree.',
    }),
    ApiConsumes('multipart/form-data'),
    ApiBody(fileForm(kind, extensions)),
    ApiCreatedResponse({ type: UploadResponseDto }),
    ApiPayloadTooLargeResponse({ description: `Larger than the ${kind} limit; nothing is kept${PROBLEM_BODY_NOTE}` }),
    ApiUnsupportedMediaTypeResponse({
      description: `Not multipart, or not an accepted ${kind} type${PROBLEM_BODY_NOTE}`,
    }),
    ApiUnprocessableEntityResponse({
      description: `No file, an empty file, or name, declared type and content disagree${PROBLEM_BODY_NOTE}`,
    }),
  );

@SessionCallerRoutes({ tag: 'uploads', forbidden: "The caller's role cannot use this route", rateLimited: true })
@Controller('upload')
export class UploadController {
  constructor(private readonly uploads: UploadService) {}

  @Get('limits')
  @Public()
  @ApiOperation({ summary: 'Accepted file types and size limits of image and audio uploads' })
  @ApiOkResponse({ type: UploadLimitsDto })
  limits(): UploadLimitsDto {
    return this.uploads.limits();
  }

  @Post('image')
  @MultipartRoute()
  @ApiUploadRoute('image', 'an image', '.jpg, .jpeg, .png, .webp, .bmp')
  uploadImage(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @MultipartForm() form: MultipartBody,
  ): Promise<UploadResponseDto> {
    return this.uploads.store(principal, 'image', form);
  }

  @Post('audio')
  @MultipartRoute()
  @ApiUploadRoute('audio', 'a voice recording', '.wav, .mp3, .m4a, .ogg, .webm')
  uploadAudio(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @MultipartForm() form: MultipartBody,
  ): Promise<UploadResponseDto> {
    return this.uploads.store(principal, 'audio', form);
  }

  @Get(':file_id')
  @ApiOperation({ summary: "An upload's metadata (the caller's own files only)" })
  @ApiOkResponse({ type: UploadResponseDto })
  @ApiNotFoundResponse({ description: `No file of the caller's has this id${PROBLEM_BODY_NOTE}` })
  @ApiUnprocessableEntityResponse({ description: `Malformed file id${PROBLEM_BODY_NOTE}` })
  get(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param() params: FileIdParamDto,
  ): Promise<UploadResponseDto> {
    return this.uploads.describe(principal, params.file_id);
  }

  @Delete(':file_id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Delete an upload: its bytes and its metadata (the caller's own files only)" })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: `No file of the caller's has this id${PROBLEM_BODY_NOTE}` })
  @ApiUnprocessableEntityResponse({ description: `Malformed file id${PROBLEM_BODY_NOTE}` })
  remove(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Param() params: FileIdParamDto): Promise<void> {
    return this.uploads.remove(principal, params.file_id);
  }
}
