import { jest } from '@jest/globals';
import fc from 'fast-check';
import { FUZZ_PROPERTY_OPTIONS, FUZZ_TEST_TIMEOUT_MS, RUNS, type AuthChoice } from './support/fuzz-app.js';
import { sendAndJudge } from './support/fuzz-kit.js';
import { extraHeaders } from './support/hostile-inputs.js';
import { encode, form, validForm } from './support/multipart-forms.js';
import { MultipartFuzzTarget } from './support/multipart-fuzz-target.js';

jest.setTimeout(FUZZ_TEST_TIMEOUT_MS);

/**
 * Property-based fuzzing of the chat routes that take a photo or a recording: forms built byte by
 * byte, real turns (vision model, speech-to-text) among the refusals; nothing a refused request
 * sent is left on disk and no turn is stored for it.
 */
describe('fuzzing the chat-with-file routes', () => {
  const target = new MultipartFuzzTarget();

  beforeAll(() => target.start());
  afterAll(() => target.stop());

  for (const kind of ['image', 'audio'] as const) {
    const route = `/api/chat/message-with-${kind}`;
    it(`POST ${route}: ${RUNS} generated forms`, async () => {
      const stats = target.statsFor(route);
      const authorization: fc.Arbitrary<AuthChoice> = fc.oneof(
        { weight: 6, arbitrary: fc.constant<AuthChoice>({ kind: 'anchor' }) },
        { weight: 4, arbitrary: target.authorization() },
      );
      await fc.assert(
        fc.asyncProperty(
          authorization,
          fc.oneof({ weight: 3, arbitrary: validForm(kind, kind, true) }, { weight: 7, arbitrary: form }),
          extraHeaders,
          async (auth, candidate, headers) => {
            const { body, contentType } = encode(candidate);
            await sendAndJudge(
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
            await target.expectDiskMatchesRows();
          },
        ),
        FUZZ_PROPERTY_OPTIONS,
      );
      // Real turns ran among the refusals.
      expect(stats.byStatus.get(200) ?? 0).toBeGreaterThan(0);
    });
  }
});
