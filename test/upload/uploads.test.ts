import { bmp, exe, html, jpeg, mp3, ogg, png, wav, webp } from '../support/media-samples.js';
import { multipart, postMultipart } from '../support/multipart.js';
import { asAnswer, BACKENDS, sha256, expectProblem, suiteHarness } from './upload-test-kit.js';

const MB = 1024 * 1024;

describe.each(BACKENDS)('uploads on %s storage', (backend) => {
  const { harness, patient } = suiteHarness(backend);

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
        const answer = await harness.uploadFile(patient(), 'image', filename, bytes, mimeType);

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
        const read = await harness.json('GET', `/api/upload/${answer.body.file_id}`, patient());
        expect(read).toMatchObject({ status: 200, body: answer.body });

        const [row] = await harness.uploads.find({}).lean<any[]>();
        expect(row).toMatchObject({
          owner_patient_id: patient().patientId,
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
      const answer = await harness.uploadFile(patient(), 'audio', filename, bytes, declared);

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
      const answer = await harness.uploadFile(patient(), kind, filename, bytes, declared);

      expectProblem(answer, status, detail);
      expect(answer.body.errors).toEqual([{ field: 'file', message: answer.body.detail }]);
      await harness.expectNothingStored();
    });

    it('a form without the file field', async () => {
      const answer = await harness.upload(patient(), '/api/upload/image', [{ name: 'note', value: 'no file here' }]);

      expectProblem(answer, 422, /The form is invalid: check note, file/);
      expect(answer.body.errors).toEqual([
        { field: 'note', message: 'note is not a field of this form' },
        { field: 'file', message: 'file is required: attach the image file' },
      ]);
      await harness.expectNothingStored();
    });

    it('a file under another field name', async () => {
      const answer = await harness.upload(patient(), '/api/upload/image', [
        { name: 'image', filename: 'rash.png', contentType: 'image/png', content: png() },
      ]);

      expectProblem(answer, 422, /check image, file/);
      await harness.expectNothingStored();
    });

    it('a valid file followed by an unknown field', async () => {
      const answer = await harness.upload(patient(), '/api/upload/image', [
        { name: 'file', filename: 'rash.png', contentType: 'image/png', content: png() },
        { name: 'owner_patient_id', value: 'someone-else' },
      ]);

      expectProblem(answer, 422, /check owner_patient_id/);
      await harness.expectNothingStored();
    });

    it('two files', async () => {
      const answer = await harness.upload(patient(), '/api/upload/image', [
        { name: 'file', filename: 'one.png', contentType: 'image/png', content: png() },
        { name: 'file', filename: 'two.png', contentType: 'image/png', content: png() },
      ]);

      expectProblem(answer, 422, /Send exactly one file, in the "file" field/);
      await harness.expectNothingStored();
    });

    it('a body that is not multipart', async () => {
      const answer = await harness.json('POST', '/api/upload/image', patient(), { file: png().toString('base64') });

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
        authorization: `Bearer ${patient().token}`,
      }).then(asAnswer);

      expectProblem(answer, 413, /The image is larger than the 10 MB limit/);
      expect(answer.body.max_size_bytes).toBe(10 * MB);
      await harness.expectNothingStored();
      // The connection is still usable: the rest of the body was drained, not left on the wire.
      expect((await harness.json('GET', '/api/upload/limits')).status).toBe(200);
    });
  });
});
