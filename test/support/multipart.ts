import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/**
 * multipart/form-data written by hand, so a test controls every byte a client could send:
 * raw filenames (control characters, traversal), declared types, and bodies that stream from
 * a generator (large files that never exist whole in the test process).
 */
export type FormPart =
  | { name: string; value: string }
  | { name: string; filename: string; contentType?: string; content: Buffer | (() => AsyncIterable<Buffer>) };

export interface MultipartBody {
  contentType: string;
  /** Known when every part is a Buffer; streamed bodies are sent chunked. */
  length?: number;
  stream(): Readable;
}

export function multipart(parts: FormPart[]): MultipartBody {
  const boundary = `----medchat-test-${randomBytes(8).toString('hex')}`;
  const pieces: Array<Buffer | (() => AsyncIterable<Buffer>)> = [];
  for (const part of parts) {
    if ('value' in part) {
      pieces.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
          'utf8',
        ),
      );
      continue;
    }
    const type = part.contentType === undefined ? '' : `Content-Type: ${part.contentType}\r\n`;
    pieces.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n${type}\r\n`,
        'utf8',
      ),
    );
    pieces.push(part.content);
    pieces.push(Buffer.from('\r\n', 'utf8'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  const known = pieces.every((piece): piece is Buffer => Buffer.isBuffer(piece));
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: known ? pieces.reduce((sum, piece) => sum + (piece as Buffer).length, 0) : undefined,
    stream: () =>
      Readable.from(
        (async function* () {
          for (const piece of pieces) {
            if (Buffer.isBuffer(piece)) yield piece;
            else yield* piece();
          }
        })(),
        { objectMode: false },
      ),
  };
}

/** Sends a multipart body; a streamed one goes chunked (no Content-Length). */
export async function postMultipart(
  url: string,
  body: MultipartBody,
  headers: Record<string, string> = {},
): Promise<Response> {
  const init: RequestInit & { duplex: 'half' } = {
    method: 'POST',
    headers: { 'content-type': body.contentType, ...headers },
    body: body.length === undefined ? (body.stream() as unknown as RequestInit['body']) : await readAll(body.stream()),
    duplex: 'half',
  };
  return fetch(url, init);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
