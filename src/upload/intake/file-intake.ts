import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { extensionOf, sanitizeFilename } from '../filename.js';
import { newStorageKey } from '../storage/storage-key.js';
import { UploadStorage, type StorageWrite } from '../storage/upload-storage.js';
import type { UploadKind } from '../upload-kind.js';
import { describeSize, UPLOAD_RULES, type UploadRules } from '../upload-rules.js';
import { ByteLimitStream, UploadTooLargeError } from './byte-limit.stream.js';
import { checkContent, checkNameAndDeclaredType } from './content-check.js';
import { Sha256Stream } from './sha256.stream.js';

/** How much of the start of a file `file-type` needs to recognise every format it knows. */
export const SNIFF_BYTES = 4100;

/** A file part as the multipart parser hands it over, still streaming. */
export interface IncomingFile {
  /** The form field that carried it. */
  field: string;
  /** As the client sent it; used only (sanitized) as metadata. */
  filename: string | undefined;
  /** The part's declared Content-Type. */
  declaredType: string | undefined;
  stream: Readable;
}

/** A file completely stored under `key` and checked; no metadata has been written for it yet. */
export interface StoredFile {
  key: string;
  kind: UploadKind;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

/** The client's body failed while the file was being read (malformed form, connection closed). */
export class RequestBodyError extends Error {
  constructor(cause: unknown) {
    super(`The request body failed while it was being read: ${(cause as Error | null)?.message ?? String(cause)}`, {
      cause,
    });
    this.name = 'RequestBodyError';
  }
}

/**
 * Streams one uploaded file into storage without ever holding it whole: the first bytes are
 * sniffed and checked against the name and declared type before anything is stored, then the
 * rest flows through a byte limit and a SHA-256 hash into the storage backend. Any failure
 * removes what was written; the part may be left partly unread (the caller discards the body).
 */
@Injectable()
export class FileIntake {
  private readonly logger = new Logger(FileIntake.name);

  constructor(
    @Inject(UPLOAD_RULES) private readonly rules: UploadRules,
    private readonly storage: UploadStorage,
  ) {}

  async store(kind: UploadKind, file: IncomingFile): Promise<StoredFile> {
    const rules = this.rules[kind];
    const filename = sanitizeFilename(file.filename);
    const described = { field: file.field, filename, extension: extensionOf(filename), declared: file.declaredType };
    const accepted = checkNameAndDeclaredType(rules, described);

    // Not destroyed when the head has been read: the rest of the same stream follows it.
    const chunks = file.stream.iterator({ destroyOnReturn: false });
    const { head, ended } = await readHead(chunks, SNIFF_BYTES);
    checkContent(rules, accepted, described, head, await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES)));

    const key = newStorageKey();
    let write: StorageWrite;
    try {
      write = await this.storage.beginWrite(key);
    } catch (error) {
      throw this.storageFailed(key, error);
    }
    const limit = new ByteLimitStream(rules.maxBytes);
    const hash = new Sha256Stream();
    try {
      await pipeline(
        Readable.from(headThenRest(head, ended ? undefined : chunks), { objectMode: false }),
        limit,
        hash,
        write.sink,
      );
      await write.commit();
    } catch (error) {
      await write.abort().catch((abortError: unknown) =>
        this.logger.error({
          msg: 'Could not remove a refused upload from storage',
          storage_key: key,
          err: abortError,
        }),
      );
      if (error instanceof UploadTooLargeError) throw tooLarge(kind, rules.maxBytes);
      if (error instanceof RequestBodyError) throw error;
      throw this.storageFailed(key, error);
    }
    return { key, kind, filename, mimeType: accepted.mimeType, sizeBytes: limit.bytes, sha256: hash.digest() };
  }

  /** The backend could not take the bytes (unwritable directory, full disk, MongoDB down): the client may retry later. */
  private storageFailed(key: string, error: unknown): ProblemException {
    this.logger.error({ msg: 'Upload storage failed', backend: this.storage.backend, storage_key: key, err: error });
    return new ProblemException(
      HttpStatus.SERVICE_UNAVAILABLE,
      'The file could not be stored right now; nothing was kept. Please try again shortly.',
      {
        headers: { 'retry-after': '30' },
      },
    );
  }
}

/** Reads until at least `size` bytes (or the end): the sniffing window, plus whatever the last chunk brought. */
async function readHead(chunks: AsyncIterator<Buffer>, size: number): Promise<{ head: Buffer; ended: boolean }> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const next = await nextChunk(chunks);
    if (next.done) return { head: Buffer.concat(parts), ended: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: Buffer.concat(parts), ended: false };
}

async function* headThenRest(head: Buffer, rest: AsyncIterator<Buffer> | undefined): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  if (!rest) return;
  for (let next = await nextChunk(rest); !next.done; next = await nextChunk(rest)) yield next.value;
}

/** Errors of the part's own stream are the request body's fault, not the storage's. */
async function nextChunk(chunks: AsyncIterator<Buffer>): Promise<IteratorResult<Buffer>> {
  try {
    return await chunks.next();
  } catch (error) {
    throw new RequestBodyError(error);
  }
}

function tooLarge(kind: UploadKind, maxBytes: number): ProblemException {
  return new ProblemException(
    HttpStatus.PAYLOAD_TOO_LARGE,
    `The ${kind} is larger than the ${describeSize(maxBytes)} limit.`,
    {
      extensions: { max_size_bytes: maxBytes },
    },
  );
}
