import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { png, wav } from '../support/media-samples.js';
import { multipart, postMultipart } from '../support/multipart.js';
import {
  asAnswer,
  BACKENDS,
  expectProblem,
  newPatientId,
  sha256,
  UploadHarness,
  suiteHarness,
} from './upload-test-kit.js';

// Where an accepted upload goes and who reaches it: names never become paths, only the owner
// reads or deletes a file, and the bytes stream into storage as they arrive. What is accepted
// and refused is in uploads.test.ts.

const MB = 1024 * 1024;

describe.each(BACKENDS)('stored uploads on %s storage', (backend) => {
  const { harness, patient } = suiteHarness(backend);

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
      const answer = await harness.uploadFile(patient(), 'image', raw, bytes, 'image/png');

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
      expectProblem(await harness.json('GET', '/api/upload/..%2F..%2Fetc%2Fpasswd', patient()), 422, /file_id/);
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
      authorization: `Bearer ${patient().token}`,
    }).then(asAnswer);

    // Half-way through the body, the first megabytes are already in storage. The client holds the rest
    // back until then, so a server that buffered the body before storing it never gets here (the test
    // ends on Jest's timeout); no deadline of its own, which a slow host could miss.
    let storedBytes = 0;
    while (storedBytes < MB) {
      storedBytes = await bytesInStorage(harness);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
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
