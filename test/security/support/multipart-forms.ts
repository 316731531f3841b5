import fc from 'fast-check';
import { bmp, exe, html, jpeg, mp3, ogg, png, wav, webp } from '../../support/media-samples.js';
import { hostileString } from './hostile-inputs.js';

/**
 * Multipart forms built byte by byte for the upload and chat-with-file fuzzing: real and fake
 * media, truncated and padded files, hostile file names and declared types, wrong field names,
 * extra and missing parts, broken framing (boundaries, line endings, truncation) — and, often
 * enough, a well-formed form the route accepts.
 */
export interface Part {
  name: string;
  filename?: string;
  declaredType?: string;
  content: Buffer;
}

export interface Form {
  parts: Part[];
  framing:
    'normal' | 'no-closing-boundary' | 'truncated' | 'lf-only' | 'preamble' | 'other-boundary' | 'no-disposition';
  contentType: 'form' | 'form-without-boundary' | 'form-quoted-boundary' | 'form-long-boundary' | 'mixed' | 'json';
}

export const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW';

const samples: Record<string, Buffer> = {
  png: png(),
  jpeg: jpeg(),
  webp: webp(),
  bmp: bmp(),
  wav: wav(0.05),
  mp3: mp3(2),
  ogg: ogg(),
  exe: exe(),
  html: html(),
};
const sample = fc.constantFrom(...Object.values(samples));
const content = fc.oneof(
  { weight: 5, arbitrary: sample },
  { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 2, arbitrary: sample.chain((bytes) => fc.nat({ max: bytes.length }).map((cut) => bytes.subarray(0, cut))) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(sample, fc.uint8Array({ maxLength: 5000 }))
      .map(([head, tail]) => Buffer.concat([head, Buffer.from(tail)])),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), sample)
      .map(([junk, rest]) => Buffer.concat([Buffer.from(junk), rest])),
  },
);
const filename = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'rash.png',
      'photo.JPG',
      'scan.jpeg',
      'skin.webp',
      'old.bmp',
      'cough.wav',
      'note.mp3',
      'voice.ogg',
      'memo.m4a',
      'clip.webm',
      'x.exe',
      'page.html',
      'rash.png.exe',
      'cough.wav.php',
      '.png',
      'noextension',
      '',
      '../../../../etc/passwd',
      '..\\..\\windows\\win.ini',
      '/etc/shadow.png',
      'C:\\rash.png',
      'a/b/c.png',
      '%2e%2e%2fescape.png',
      'nul\u0000.png',
      'new\r\nline.png',
      'quote".png',
      'semi;colon.png',
      'résumé.png',
      'снимок.jpg',
      '😀.wav',
      'CON.png',
      'a'.repeat(400) + '.png',
    ),
  },
  { weight: 2, arbitrary: hostileString.filter((text) => text.length < 500) },
);
const declaredType = fc.option(
  fc.constantFrom(
    'image/png',
    'image/jpeg',
    'image/jpg',
    'image/webp',
    'image/bmp',
    'image/x-png',
    'image/svg+xml',
    'image/gif',
    'audio/wav',
    'audio/x-wav',
    'audio/mpeg',
    'audio/ogg',
    'audio/webm',
    'audio/mp4',
    'video/webm',
    'application/octet-stream',
    'text/html',
    'application/x-msdownload',
    'image/png; charset=utf-8',
    'IMAGE/PNG',
    '',
    '*/*',
  ),
  { nil: undefined, freq: 6 },
);
const fieldName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('file', 'image', 'audio') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('message', 'session_id', 'files', 'file[]', '', '__proto__', 'constructor', 'x'),
  },
);
const filePart = fc.record({
  name: fieldName,
  filename: fc.option(filename, { nil: undefined, freq: 8 }),
  declaredType,
  content,
});
const textPart = fc.record({
  name: fc.constantFrom('message', 'session_id', 'image_file_id', 'audio_file_id', 'role', '__proto__', 'patient_id'),
  content: fc
    .oneof(
      fc.constantFrom(
        'What is this rash on my arm?',
        'Listen to my cough.',
        '',
        '0b6f6e36-8a57-4c0b-9d7e-3f4d5c1e2a10',
        '{"$ne":null}',
      ),
      hostileString.filter((text) => text.length < 6000),
    )
    .map((text) => Buffer.from(text, 'utf8')),
});
export const form: fc.Arbitrary<Form> = fc.record({
  parts: fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.array(textPart, { maxLength: 2 }), filePart)
        .map(([texts, file]) => [...texts, file] as Part[]),
    },
    { weight: 1, arbitrary: fc.array(fc.oneof(textPart, filePart), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(textPart, { minLength: 22, maxLength: 30 }) },
  ),
  framing: fc.oneof(
    { weight: 10, arbitrary: fc.constant<Form['framing']>('normal') },
    {
      weight: 3,
      arbitrary: fc.constantFrom<Form['framing']>(
        'no-closing-boundary',
        'truncated',
        'lf-only',
        'preamble',
        'other-boundary',
        'no-disposition',
      ),
    },
  ),
  contentType: fc.oneof(
    { weight: 10, arbitrary: fc.constant<Form['contentType']>('form') },
    {
      weight: 2,
      arbitrary: fc.constantFrom<Form['contentType']>(
        'form-without-boundary',
        'form-quoted-boundary',
        'form-long-boundary',
        'mixed',
        'json',
      ),
    },
  ),
});

/** Well-formed forms the route accepts, so real uploads and turns run among the hostile ones. */
const VALID_FILES: Record<'image' | 'audio', Array<[Buffer, string, string]>> = {
  image: [
    [samples.png!, 'rash.png', 'image/png'],
    [samples.jpeg!, 'photo.jpg', 'image/jpeg'],
    [samples.webp!, 'skin.webp', 'image/webp'],
    [samples.bmp!, 'old.bmp', 'image/bmp'],
  ],
  audio: [
    [samples.wav!, 'cough.wav', 'audio/wav'],
    [samples.mp3!, 'note.mp3', 'audio/mpeg'],
    [samples.ogg!, 'voice.ogg', 'audio/ogg'],
  ],
};

export function validForm(field: string, kind: 'image' | 'audio', withMessage: boolean): fc.Arbitrary<Form> {
  return fc
    .record({
      file: fc.constantFrom(...VALID_FILES[kind]),
      message: withMessage
        ? fc.option(fc.constantFrom('What is this?', 'Is this normal?', 'Please have a look.'), { nil: undefined })
        : fc.constant(undefined),
    })
    .map(({ file: [content, filename, declaredType], message }) => ({
      parts: [
        ...(message === undefined ? [] : [{ name: 'message', content: Buffer.from(message) }]),
        { name: field, filename, declaredType, content },
      ],
      framing: 'normal' as const,
      contentType: 'form' as const,
    }));
}

/** The bytes and Content-Type header of a form, framed as the case says. */
export function encode(candidate: Form): { body: Buffer; contentType: string } {
  const newline = candidate.framing === 'lf-only' ? '\n' : '\r\n';
  const boundary = candidate.contentType === 'form-long-boundary' ? 'b'.repeat(120) : BOUNDARY;
  const pieces: Buffer[] = [];
  if (candidate.framing === 'preamble') pieces.push(Buffer.from(`this is a preamble${newline}`));
  for (const part of candidate.parts) {
    const disposition =
      candidate.framing === 'no-disposition'
        ? ''
        : `Content-Disposition: form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}${newline}`;
    const type = part.declaredType === undefined ? '' : `Content-Type: ${part.declaredType}${newline}`;
    pieces.push(
      Buffer.from(`--${boundary}${newline}${disposition}${type}${newline}`, 'utf8'),
      part.content,
      Buffer.from(newline),
    );
  }
  if (candidate.framing !== 'no-closing-boundary') pieces.push(Buffer.from(`--${boundary}--${newline}`));
  let body = Buffer.concat(pieces);
  if (candidate.framing === 'truncated') body = body.subarray(0, Math.floor(body.length / 2));
  const declared = candidate.framing === 'other-boundary' ? 'someOtherBoundary' : boundary;
  const contentType = {
    form: `multipart/form-data; boundary=${declared}`,
    'form-without-boundary': 'multipart/form-data',
    'form-quoted-boundary': `multipart/form-data; boundary="${declared}"`,
    'form-long-boundary': `multipart/form-data; boundary=${declared}`,
    mixed: `multipart/mixed; boundary=${declared}`,
    json: 'application/json',
  }[candidate.contentType];
  return { body, contentType };
}
