import { jest } from '@jest/globals';
import fc from 'fast-check';
import { FUZZ_PROPERTY_OPTIONS, FUZZ_TEST_TIMEOUT_MS, FuzzTarget, RUNS, type Session } from './support/fuzz-app.js';
import { sendAndJudge, type RawResponse } from './support/fuzz-kit.js';
import { bodyText, contentTypeHeader, extraHeaders, queryString } from './support/hostile-inputs.js';

jest.setTimeout(FUZZ_TEST_TIMEOUT_MS);

/**
 * Property-based fuzzing of the chat routes. Bodies that pass validation become real turns
 * against the fake Ollama; everything else must be refused cleanly. The anchor session's
 * history is only ever read: writes go through a second session of the same patient.
 */
const message = fc.oneof(
  fc.constantFrom(
    'Is it normal to feel tired after a flu shot?',
    'How much sleep do adults need?',
    'I have chest pain and cannot breathe',
  ),
  fc.string({ minLength: 1, maxLength: 200 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }),
  fc.integer({ min: 4990, max: 5010 }).map((n) => 'm'.repeat(n)),
);
const fileId = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/));

/** An event stream answered 200 must start, then end with `done` or `error`. */
function expectCompleteStream(response: RawResponse): void {
  if (response.status !== 200 || !String(response.headers['content-type']).startsWith('text/event-stream')) return;
  const events = [...response.text.matchAll(/^event: (\w+)$/gm)].map((match) => match[1]);
  expect(events[0]).toBe('start');
  expect(['done', 'error']).toContain(events[events.length - 1]);
}

describe('fuzzing the chat routes', () => {
  const target = new FuzzTarget();
  let writer: Session;
  let historyBefore: unknown;

  beforeAll(async () => {
    await target.start();
    writer = await target.login();
    historyBefore = await target.anchorHistory();
  });
  afterAll(() => target.stop());

  const sessionId = () => fc.oneof(fc.constant(writer.sessionId), fc.constant(target.anchor.sessionId), fc.uuid());

  for (const path of ['/api/chat/message', '/api/chat/message/stream']) {
    it(`POST ${path}: ${RUNS} generated bodies, tokens and headers`, async () => {
      const stats = target.statsFor(path);
      await fc.assert(
        fc.asyncProperty(
          target.authorization(),
          fc.oneof(
            // Plain, valid messages often enough that real turns run among the hostile ones.
            {
              weight: 3,
              arbitrary: fc.record({ message }, { requiredKeys: ['message'] }).map((body) => JSON.stringify(body)),
            },
            {
              weight: 7,
              arbitrary: bodyText({ message, session_id: sessionId(), image_file_id: fileId, audio_file_id: fileId }),
            },
          ),
          contentTypeHeader,
          extraHeaders,
          async (auth, body, contentType, headers) => {
            const response = await sendAndJudge(
              target.client,
              target.watch,
              {
                method: 'POST',
                path,
                headers: {
                  ...headers,
                  'content-type': contentType,
                  ...(await target.authorizationHeader(auth, writer.token)),
                },
                body,
              },
              stats,
            );
            expectCompleteStream(response);
          },
        ),
        FUZZ_PROPERTY_OPTIONS,
      );
    });
  }

  it(`GET /api/chat/history: ${RUNS} generated query strings and tokens`, async () => {
    const stats = target.statsFor('history');
    const params = {
      limit: fc.oneof(
        fc.integer({ min: 0, max: 101 }).map(String),
        fc.constantFrom('1.5', '-1', '1e2', '0x10', ' 5', ''),
      ),
      before: fc.oneof(
        fc.base64String({ maxLength: 60 }),
        fc.constantFrom('MTc2ODQ4NzQyODEyMy42Nzg4ZjJhNGMxZDJlM2Y0YTViNmM3ZDg', 'MS4x', ''),
      ),
      scope: fc.constantFrom('session', 'patient', 'all', 'SESSION', ''),
    };
    await fc.assert(
      fc.asyncProperty(target.authorization(), queryString(params), extraHeaders, async (auth, query, headers) => {
        const response = await sendAndJudge(
          target.client,
          target.watch,
          {
            method: 'GET',
            path: `/api/chat/history${query}`,
            headers: { ...headers, ...(await target.authorizationHeader(auth)) },
          },
          stats,
        );
        // Whatever the query, an answer is the caller's own: the anchor's patient, or a guest's nothing.
        if (response.status === 200) {
          const history = JSON.parse(response.text) as { patient_id: string | null; messages: unknown[] };
          if (auth.kind === 'fresh') expect(history).toMatchObject({ patient_id: null, messages: [] });
          else expect(history.patient_id).toBe(target.anchor.patientId);
        }
      }),
      FUZZ_PROPERTY_OPTIONS,
    );
  });

  it(`DELETE /api/chat/history: ${RUNS} generated query strings and tokens`, async () => {
    const stats = target.statsFor('delete history');
    await fc.assert(
      fc.asyncProperty(
        target.authorization(),
        queryString({ purge: fc.constantFrom('true', 'false', 'TRUE', '1', 'yes', '') }),
        extraHeaders,
        async (auth, query, headers) => {
          await sendAndJudge(
            target.client,
            target.watch,
            {
              method: 'DELETE',
              path: `/api/chat/history${query}`,
              headers: { ...headers, ...(await target.authorizationHeader(auth, writer.token)) },
            },
            stats,
          );
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
  });

  it("leaves the anchor session's history exactly as it was", async () => {
    expect(await target.anchorHistory()).toEqual(historyBefore);
  });
});
