import { jest } from '@jest/globals';
import fc from 'fast-check';
import { FUZZ_PROPERTY_OPTIONS, FUZZ_TEST_TIMEOUT_MS, RUNS, type AuthChoice } from './support/fuzz-app.js';
import { sendAndJudge } from './support/fuzz-kit.js';
import { extraHeaders, hostileString, percentEncode } from './support/hostile-inputs.js';
import { BOUNDARY, encode, form, validForm } from './support/multipart-forms.js';
import { expectAcceptedUpload, MultipartFuzzTarget } from './support/multipart-fuzz-target.js';
import { png } from '../support/media-samples.js';

jest.setTimeout(FUZZ_TEST_TIMEOUT_MS);

/**
 * Property-based fuzzing of the upload routes with forms built byte by byte. Besides the usual
 * invariants: nothing a refused request sent is left on disk, every stored file is named by its
 * random key only, and an accepted upload reports exactly the bytes that were sent.
 */
describe('fuzzing the upload routes', () => {
  const target = new MultipartFuzzTarget();

  beforeAll(() => target.start());
  afterAll(() => target.stop());

  for (const kind of ['image', 'audio'] as const) {
    const route = `/api/upload/${kind}`;
    it(`POST ${route}: ${RUNS} generated forms`, async () => {
      const stats = target.statsFor(route);
      const authorization: fc.Arbitrary<AuthChoice> = fc.oneof(
        { weight: 6, arbitrary: fc.constant<AuthChoice>({ kind: 'anchor' }) },
        { weight: 4, arbitrary: target.authorization() },
      );
      await fc.assert(
        fc.asyncProperty(
          authorization,
          fc.oneof({ weight: 3, arbitrary: validForm('file', kind, false) }, { weight: 7, arbitrary: form }),
          extraHeaders,
          async (auth, candidate, headers) => {
            const { body, contentType } = encode(candidate);
            const response = await sendAndJudge(
              target.client,
              target.watch,
              {
                method: 'POST',
                path: route,
                headers: { ...headers, ...(await target.authorizationHeader(auth)), 'content-type': contentType },
                body,
              },
              stats,
            );
            expectAcceptedUpload(
              response,
              candidate.parts.find((part) => part.name === 'file' && part.filename !== undefined),
            );
            await target.expectDiskMatchesRows();
          },
        ),
        FUZZ_PROPERTY_OPTIONS,
      );
      // Real uploads ran among the refusals.
      expect(stats.byStatus.get(201) ?? 0).toBeGreaterThan(0);
    });
  }

  it.each([
    ['a file in another field, no closing boundary', 'audio', (part: Buffer) => part],
    ['a file in another field, cut off inside the file', 'audio', (part: Buffer) => part.subarray(0, part.length - 20)],
    ['the right field, no closing boundary', 'file', (part: Buffer) => part],
  ])('answers a form cut off (%s) with 400, never a hang', async (_label, field, cut) => {
    const part = Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="rash.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      png(),
      Buffer.from('\r\n'),
    ]);
    const response = await sendAndJudge(
      target.client,
      target.watch,
      {
        method: 'POST',
        path: '/api/upload/image',
        headers: {
          authorization: `Bearer ${target.anchor.token}`,
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        },
        body: cut(part),
      },
      target.statsFor('cut-off forms'),
    );
    expect(response.status).toBe(400);
    await target.expectDiskMatchesRows();
  });

  it(`GET and DELETE /api/upload/:file_id: ${RUNS} generated ids and tokens`, async () => {
    const stats = target.statsFor('upload by id');
    const stored = (await target.uploads.find({}, { file_id: 1 }).limit(5).lean<Array<{ file_id: string }>>()).map(
      (row) => row.file_id,
    );
    const fileId = fc.oneof(
      { weight: 2, arbitrary: stored.length > 0 ? fc.constantFrom(...stored) : fc.uuid() },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 3, arbitrary: hostileString.filter((text) => text.length > 0 && text.length < 300) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'GET', 'DELETE'),
        fileId,
        target.authorization(),
        async (method, id, auth) => {
          // Deleting with the anchor's own token would only shrink the pool; a fresh session owns nothing.
          const choice = method === 'DELETE' && auth.kind === 'anchor' ? { kind: 'fresh' as const } : auth;
          await sendAndJudge(
            target.client,
            target.watch,
            { method, path: `/api/upload/${percentEncode(id)}`, headers: await target.authorizationHeader(choice) },
            stats,
          );
          await target.expectDiskMatchesRows();
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
  });
});
