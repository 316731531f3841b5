import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { Multipart } from '@fastify/multipart';
import type { MultipartBody, MultipartOptions } from '../../common/multipart/multipart-body.js';
import type { ProblemFieldError } from '../../common/problem/problem-details.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { UploadStorage } from '../storage/upload-storage.js';
import type { UploadKind } from '../upload-kind.js';
import { FileIntake, RequestBodyError, type StoredFile } from './file-intake.js';

/** What a multipart form of one upload route carries. */
export interface UploadForm {
  kind: UploadKind;
  /** The field of the one file: `file`, or `image` / `audio` on the chat routes. */
  fileField: string;
  /** Text fields the form may also have; any other field is refused. */
  textFields: readonly string[];
}

export interface ReceivedForm {
  file: StoredFile;
  /** The text fields that were sent, as sent (the caller validates them). */
  fields: Record<string, string>;
}

/** Largest text field (a chat message of 5000 characters fits with room to spare). */
const MAX_FIELD_BYTES = 32 * 1024;

/**
 * Reads a multipart upload as it arrives: the file part goes straight into FileIntake, text
 * fields are collected. Whatever goes wrong, nothing stays stored: a refused form's file is
 * removed, and the unread rest of the body is discarded so the client still receives the
 * problem response instead of a reset connection.
 */
@Injectable()
export class MultipartUploadReader {
  private readonly logger = new Logger(MultipartUploadReader.name);

  constructor(
    private readonly intake: FileIntake,
    private readonly storage: UploadStorage,
  ) {}

  async read(body: MultipartBody, form: UploadForm, maxBytes: number): Promise<ReceivedForm> {
    if (!body.isMultipart()) {
      throw new ProblemException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        `Send the ${form.kind} as multipart/form-data, with the file in the "${form.fileField}" field.`,
      );
    }
    let file: StoredFile | undefined;
    const fields: Record<string, string> = {};
    const problems: ProblemFieldError[] = [];
    try {
      // One byte over the limit reaches FileIntake, which refuses it; the parser drops the rest.
      const options: MultipartOptions = {
        limits: {
          fileSize: maxBytes + 1,
          files: 1,
          fields: 20,
          parts: 25,
          fieldSize: MAX_FIELD_BYTES,
          fieldNameSize: 100,
        },
      };
      for await (const part of partsOf(body, options)) {
        if (part.type === 'file') {
          if (part.fieldname !== form.fileField) {
            problems.push({
              field: part.fieldname,
              message: `${part.fieldname} is not a file field of this form; send the file as "${form.fileField}"`,
            });
            // Drained without waiting for its end: in a body cut off inside this part the stream
            // never ends, and the parser's own error is what ends the loop (400).
            part.file.resume();
            continue;
          }
          file = await this.intake.store(form.kind, {
            field: part.fieldname,
            filename: part.filename,
            declaredType: part.mimetype,
            stream: part.file,
          });
        } else {
          const problem = checkField(form, part.fieldname, part.valueTruncated, fields);
          if (problem) problems.push(problem);
          else fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      body.discardRest();
      if (file) await this.remove(file);
      throw toProblem(error, form);
    }
    if (!file)
      problems.push({ field: form.fileField, message: `${form.fileField} is required: attach the ${form.kind} file` });
    if (problems.length > 0) {
      if (file) await this.remove(file);
      throw new ProblemException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        `The form is invalid: check ${[...new Set(problems.map((p) => p.field))].join(', ')}.`,
        {
          errors: problems,
        },
      );
    }
    return { file: file!, fields };
  }

  /** The refusal is what the client must hear; a failed removal is logged (the clean-up job retries it). */
  private async remove(file: StoredFile): Promise<void> {
    await this.storage
      .delete(file.key)
      .catch((error: unknown) =>
        this.logger.error({ msg: 'Could not remove the file of a refused upload', storage_key: file.key, err: error }),
      );
  }
}

function checkField(
  form: UploadForm,
  name: string,
  truncated: boolean,
  seen: Record<string, string>,
): ProblemFieldError | undefined {
  if (!form.textFields.includes(name)) {
    return {
      field: name,
      message: name === form.fileField ? `${name} must be a file` : `${name} is not a field of this form`,
    };
  }
  if (truncated) return { field: name, message: `${name} is too long` };
  if (name in seen) return { field: name, message: `${name} was sent more than once` };
  return undefined;
}

/** The form's parts; an error of the parser itself becomes a RequestBodyError. */
async function* partsOf(body: MultipartBody, options: MultipartOptions): AsyncGenerator<Multipart> {
  const parts = body.parts(options);
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await parts.next();
    } catch (error) {
      throw new RequestBodyError(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Fastify multipart's own error codes, in terms the SPA can act on: the status, the detail and, for
 * a refusal of the form's content (422), the field it concerns, so `errors` names it as on every 422.
 */
const PARSER_PROBLEMS: Record<string, (form: UploadForm) => [number, string, string?]> = {
  FST_REQ_FILE_TOO_LARGE: (form) => [
    HttpStatus.PAYLOAD_TOO_LARGE,
    `The ${form.kind} is larger than this endpoint accepts.`,
  ],
  FST_FILES_LIMIT: (form) => [
    HttpStatus.UNPROCESSABLE_ENTITY,
    `Send exactly one file, in the "${form.fileField}" field.`,
    form.fileField,
  ],
  FST_FIELDS_LIMIT: () => [HttpStatus.PAYLOAD_TOO_LARGE, 'The form has too many fields.'],
  FST_PARTS_LIMIT: () => [HttpStatus.PAYLOAD_TOO_LARGE, 'The form has too many parts.'],
  // The parser does not say which name (__proto__, constructor, prototype) it met.
  FST_PROTO_VIOLATION: () => [
    HttpStatus.UNPROCESSABLE_ENTITY,
    'The form uses a field name that is not allowed.',
    'form',
  ],
  FST_INVALID_MULTIPART_CONTENT_TYPE: (form) => [
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    `Send the ${form.kind} as multipart/form-data.`,
  ],
  FST_MP_PREMATURE_CLOSE: () => [HttpStatus.BAD_REQUEST, 'The request ended before the whole form arrived.'],
};

function toProblem(error: unknown, form: UploadForm): unknown {
  if (!(error instanceof RequestBodyError)) return error;
  const code = (error.cause as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? PARSER_PROBLEMS[code] : undefined;
  if (known) {
    const [status, detail, field] = known(form);
    return new ProblemException(status, detail, field === undefined ? {} : { errors: [{ field, message: detail }] });
  }
  return new ProblemException(HttpStatus.BAD_REQUEST, 'The multipart/form-data body is malformed or was cut off.');
}
