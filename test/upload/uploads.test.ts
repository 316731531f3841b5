import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { bmp, exe, html, jpeg, mp3, ogg, png, wav, webp } from '../support/media-samples.js';
import { multipart, postMultipart } from '../support/multipart.js';
import {
  asAnswer,
  BACKENDS,
  newPatientId,
  sha256,
  UploadHarness,
  type Answer,
  type Caller,
} from './upload-test-kit.js';

const MB = 1024 * 1024;

function expectProblem(answer: Answer, status: number, detail: RegExp): void {
  expect({ status: answer.status, body: answer.body }).toMatchObject({
    status,
    body: { status, detail: expect.stringMatching(detail) },
  });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
}

describe.each(BACKENDS)('uploads on %s storage', (backend) => {
  const harness = new UploadHarness(backend);
  let patient: Caller;

  beforeAll(async () => {
    await harness.start();
    patient = await harness.login(newPatientId());
  });
  afterAll(() => harness.stop());
  afterEach(() => harness.clear());

  describe('accepted files', () => {
    it.each([
      ['a PNG', 'rash.png', 'image/png', png()],
      ['a JPEG', 'rash.jpg', 'image/jpeg', jpeg()],
      ['a JPEG named .jpeg', 'rash.JPEG', 'image/jpeg', jpeg()],
      ['a WebP', 'rash.webp', 'image/webp', webp()],
      ['a BMP', 'rash.bmp', 'image/bmp', bmp()],
    ])(
      'stores %s with its size and SHA-256, and reads its metadata back',
      async (_label, filename, mimeType, bytes) => {
        const answer = await harness.uploadFile(patient, 'image', filename, bytes, mimeType);

        expect(answer.status).toBe(201);
        expect(answer.body).toEqual({
          file_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          filename,
          file_type: 'image',
          mime_type: mimeType,
          size_bytes: bytes.length,
          sha256: sha256(bytes),
          uploaded_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        });
        const read = await harness.json('GET', `/api/upload/${answer.body.file_id}`, patient);
        expect(read).toMatchObject({ status: 200, body: answer.body });

        const [row] = await harness.uploads.find({}).lean<any[]>();
        expect(row).toMatchObject({
          owner_patient_id: patient.patientId,
          kind: 'image',
          sha256: sha256(bytes),
          storage_backend: backend,
        });
        expect(row.storage_key).toMatch(/^[0-9a-f]{32}$/);
        expect((await harness.storedObjects()).names).toEqual([row.storage_key]);
      },
    );

    it.each([
      ['a WAV', 'note.wav', 'audio/wav', 'audio/wav', wav()],
      ['a WAV declared audio/x-wav', 'note.wav', 'audio/x-wav', 'audio/wav', wav(0.1)],
      ['an MP3', 'note.mp3', 'audio/mpeg', 'audio/mpeg', mp3()],
      ['an Ogg Opus recording', 'note.ogg', 'audio/ogg', 'audio/ogg', ogg()],
      [
        'an Ogg recording declared application/octet-stream',
        'note.ogg',
        'application/octet-stream',
        'audio/ogg',
        ogg(),
      ],
    ])('stores %s', async (_label, filename, declared, mimeType, bytes) => {
      const answer = await harness.uploadFile(patient, 'audio', filename, bytes, declared);

      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        file_type: 'audio',
        filename,
        mime_type: mimeType,
        size_bytes: bytes.length,
        sha256: sha256(bytes),
      });
    });

    it('answers the public limits', async () => {
      const answer = await fetch(`${harness.app.url}/api/upload/limits`).then(asAnswer);

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        image: {
          max_size_mb: 10,
          allowed_extensions: ['.jpg', '.jpeg', '.png', '.webp', '.bmp'],
          mime_types: ['image/jpeg', 'image/png', 'image/webp', 'image/bmp'],
        },
        audio: {
          max_size_mb: 50,
          allowed_extensions: ['.wav', '.mp3', '.m4a', '.ogg', '.webm'],
          mime_types: ['audio/wav', 'audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm'],
        },
      });
    });
  });

  describe('refused files leave no file and no metadata', () => {
    it.each([
      [
        'PNG bytes named .jpg',
        'image',
        'photo.jpg',
        'image/jpeg',
        png(),
        422,
        /content of "photo\.jpg" is image\/png, but its name ends in \.jpg/,
      ],
      [
        'PNG bytes named .png but declared image/jpeg',
        'image',
        'photo.png',
        'image/jpeg',
        png(),
        422,
        /declared type image\/jpeg does not match the file name "photo\.png"/,
      ],
      [
        'an executable named .png',
        'image',
        'photo.png',
        'image/png',
        exe(),
        415,
        /content of "photo\.png" is application\/x-msdownload \(\.exe\), not an accepted image/,
      ],
      [
        'HTML named .png',
        'image',
        'photo.png',
        'image/png',
        html(),
        415,
        /not a recognisable image: it is text \(HTML\)/,
      ],
      [
        'HTML declared text/html',
        'image',
        'photo.png',
        'text/html',
        html(),
        415,
        /declared type text\/html is not an accepted image type/,
      ],
      [
        'an image sent as audio',
        'audio',
        'photo.png',
        'image/png',
        png(),
        415,
        /Files named \.png are not accepted as audio/,
      ],
      [
        'an image renamed .wav and sent as audio',
        'audio',
        'note.wav',
        'audio/wav',
        png(),
        415,
        /content of "note\.wav" is image\/png \(\.png\), not an accepted audio/,
      ],
      [
        'audio sent as an image',
        'image',
        'note.wav',
        'audio/wav',
        wav(),
        415,
        /Files named \.wav are not accepted as image/,
      ],
      ['a file without an extension', 'image', 'photo', 'image/png', png(), 415, /"photo" has no extension/],
      ['an empty file', 'image', 'empty.png', 'image/png', Buffer.alloc(0), 422, /The file "empty\.png" is empty/],
    ] as const)('%s', async (_label, kind, filename, declared, bytes, status, detail) => {
      const answer = await harness.uploadFile(patient, kind, filename, bytes, declared);

      expectProblem(answer, status, detail);
      expect(answer.body.errors).toEqual([{ field: 'file', message: answer.body.detail }]);
      await harness.expectNothingStored();
    });

    it('a form without the file field', async () => {
      const answer = await harness.upload(patient, '/api/upload/image', [{ name: 'note', value: 'no file here' }]);

      expectProblem(answer, 422, /The form is invalid: check note, file/);
      expect(answer.body.errors).toEqual([
        { field: 'note', message: 'note is not a field of this form' },
        { field: 'file', message: 'file is required: attach the image file' },
      ]);
      await harness.expectNothingStored();
    });

    it('a file under another field name', async () => {
      const answer = await harness.upload(patient, '/api/upload/image', [
        { name: 'image', filename: 'rash.png', contentType: 'image/png', content: png() },
      ]);

      expectProblem(answer, 422, /check image, file/);
      await harness.expectNothingStored();
    });

    it('a valid file followed by an unknown field', async () => {
      const answer = await harness.upload(patient, '/api/upload/image', [
        { name: 'file', filename: 'rash.png', contentType: 'image/png', content: png() },
        { name: 'owner_patient_id', value: 'someone-else' },
      ]);

      expectProblem(answer, 422, /check owner_patient_id/);
      await harness.expectNothingStored();
    });

    it('two files', async () => {
      const answer = await harness.upload(patient, '/api/upload/image', [
        { name: 'file', filename: 'one.png', contentType: 'image/png', content: png() },
        { name: 'file', filename: 'two.png', contentType: 'image/png', content: png() },
      ]);

      expectProblem(answer, 422, /Send exactly one file, in the "file" field/);
      await harness.expectNothingStored();
    });

    it('a body that is not multipart', async () => {
      const answer = await harness.json('POST', '/api/upload/image', patient, { file: png().toString('base64') });

      expectProblem(answer, 415, /Send the image as multipart\/form-data, with the file in the "file" field/);
      await harness.expectNothingStored();
    });

    it('an 11 MB image: 413 while streaming, and nothing left behind', async () => {
      const head = png();
      const body = multipart([
        {
          name: 'file',
          filename: 'huge.png',
          contentType: 'image/png',
          content: async function* () {
            yield head;
            const block = Buffer.alloc(256 * 1024, 7);
            for (let sent = head.length; sent < 11 * MB; sent += block.length) yield block;
          },
        },
      ]);

      const answer = await postMultipart(`${harness.app.url}/api/upload/image`, body, {
        authorization: `Bearer ${patient.token}`,
      }).then(asAnswer);

      expectProblem(answer, 413, /The image is larger than the 10 MB limit/);
      expect(answer.body.max_size_bytes).toBe(10 * MB);
      await harness.expectNothingStored();
      // The connection is still usable: the rest of the body was drained, not left on the wire.
      expect((await harness.json('GET', '/api/upload/limits')).status).toBe(200);
    });
  });

  describe('file names are metadata, never paths', () => {
    it.each([
      ['../../../../etc/passwd.png', 'passwd.png'],
      ['..\\..\\..\\windows\\win.ini.png', 'win.ini.png'],
      ['/tmp/absolute.png', 'absolute.png'],
      ['..', 'upload'],
      ['.htaccess.png', 'htaccess.png'],
      ['bell\u0007escape\u001b[31mred\u0001.png', 'bellescape[31mred.png'],
      ['null\u0000byte.png', 'nullbyte.png'],
      ['rtl\u202egnp.exe.png', 'rtlgnp.exe.png'],
      ['Ünïcödé photo.png', 'Ünïcödé photo.png'],
    ])('%j is kept as %j and stored under a random name inside UPLOAD_DIR', async (raw, expected) => {
      const bytes = png();
      // A name that sanitizes to no extension (`..`) is refused by type; the rest are stored.
      const answer = await harness.uploadFile(patient, 'image', raw, bytes, 'image/png');

      if (expected === 'upload') {
        expectProblem(answer, 415, /"upload" has no extension/);
        await harness.expectNothingStored();
      } else {
        expect(answer.status).toBe(201);
        expect(answer.body.filename).toBe(expected);
        const stored = await harness.storedObjects();
        expect(stored.names).toHaveLength(1);
        expect(stored.names[0]).toMatch(/^[0-9a-f]{32}$/);
      }
      // Nothing was written anywhere but UPLOAD_DIR; with GridFS, nothing on disk at all.
      expect(await harness.strayEntries()).toEqual([]);
      if (backend === 'gridfs') expect(await readdir(harness.root)).toEqual([]);
    });
  });

  describe('owner-only access', () => {
    it('only the owner reads or deletes a file; anyone else gets 404 and changes nothing', async () => {
      const owner = await harness.login(newPatientId());
      const other = await harness.login(newPatientId());
      const guest = await harness.guest();
      const uploaded = await harness.uploadFile(owner, 'image', 'mine.png', png(), 'image/png');
      const route = `/api/upload/${uploaded.body.file_id}`;

      for (const stranger of [other, guest]) {
        expectProblem(await harness.json('GET', route, stranger), 404, /No file of yours has the id/);
        expectProblem(await harness.json('DELETE', route, stranger), 404, /No file of yours has the id/);
      }
      expect((await harness.storedObjects()).names).toHaveLength(1);

      const deleted = await fetch(`${harness.app.url}${route}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${owner.token}` },
      });
      expect(deleted.status).toBe(204);
      expectProblem(await harness.json('GET', route, owner), 404, /No file of yours/);
      await harness.expectNothingStored();
    });

    it('a patient sees their files from another session; a guest only within its own session', async () => {
      const patientId = newPatientId();
      const first = await harness.login(patientId);
      const second = await harness.login(patientId);
      const fromPatient = await harness.uploadFile(first, 'audio', 'note.wav', wav(), 'audio/wav');
      expect((await harness.json('GET', `/api/upload/${fromPatient.body.file_id}`, second)).status).toBe(200);

      const guest = await harness.guest();
      const otherGuest = await harness.guest();
      const fromGuest = await harness.uploadFile(guest, 'image', 'guest.png', png(), 'image/png');
      expect(fromGuest.status).toBe(201);
      expect((await harness.json('GET', `/api/upload/${fromGuest.body.file_id}`, guest)).status).toBe(200);
      expect((await harness.json('GET', `/api/upload/${fromGuest.body.file_id}`, otherGuest)).status).toBe(404);
    });

    it('refuses a malformed file id and an anonymous caller', async () => {
      expectProblem(await harness.json('GET', '/api/upload/..%2F..%2Fetc%2Fpasswd', patient), 422, /file_id/);
      const anonymous = await postMultipart(
        `${harness.app.url}/api/upload/image`,
        multipart([{ name: 'file', filename: 'x.png', contentType: 'image/png', content: png() }]),
      );
      expect(anonymous.status).toBe(401);
      await harness.expectNothingStored();
    });
  });

  it('streams into storage while the body is still arriving', async () => {
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    const block = Buffer.alloc(256 * 1024, 1);
    const first = Buffer.concat([wav(0.01).subarray(0, 44), Buffer.alloc(3 * MB - 44, 2)]);
    const rest = 2 * MB;
    const body = multipart([
      {
        name: 'file',
        filename: 'long.wav',
        contentType: 'audio/wav',
        content: async function* () {
          yield first;
          await paused;
          for (let sent = 0; sent < rest; sent += block.length) yield block;
        },
      },
    ]);
    const sending = postMultipart(`${harness.app.url}/api/upload/audio`, body, {
      authorization: `Bearer ${patient.token}`,
    }).then(asAnswer);

    // Half-way through the body, the first megabytes are already in storage.
    const deadline = Date.now() + 5000;
    let storedBytes = 0;
    while (storedBytes < MB && Date.now() < deadline) {
      storedBytes = await bytesInStorage(harness);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(storedBytes).toBeGreaterThanOrEqual(MB);
    expect(await harness.uploads.countDocuments()).toBe(0);
    release();

    const answer = await sending;
    expect(answer.status).toBe(201);
    expect(answer.body.size_bytes).toBe(first.length + rest);
    expect(answer.body.sha256).toBe(sha256(Buffer.concat([first, Buffer.alloc(rest, 1)])));
  });
});

/** Bytes written so far: sizes of files in UPLOAD_DIR, or GridFS chunks (255 KiB each). */
async function bytesInStorage(harness: UploadHarness): Promise<number> {
  if (harness.backend === 'gridfs') return (await harness.storedObjects()).chunks * 255 * 1024;
  const names = await readdir(harness.uploadDir).catch(() => [] as string[]);
  const sizes = await Promise.all(
    names.map((name) =>
      stat(path.join(harness.uploadDir, name)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
