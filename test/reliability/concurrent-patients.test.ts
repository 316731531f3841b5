import { useChatApp } from '../chat/chat-app.js';
import { eventually, newPatientId, type Caller, type JsonAnswer } from '../chat/chat-client.js';
import { metric } from '../llm-capacity/capacity-kit.js';
import type { OllamaChatRequest } from '../support/fake-ollama.js';

/**
 * 50 patients chatting at once, 5 messages each, against a model that takes 10–200 ms per
 * answer. Each message carries a tag naming its patient and position; the fake model answers
 * with the tag it finds in the final user turn, so every answer, history entry and prompt can
 * be traced to exactly one patient.
 */
const PATIENTS = 50;
const MESSAGES = 5;
const SLOTS = 4;
/**
 * A hang guard, not a measure of speed: 250 turns take 10-30 s of a loaded 2-core host, and the
 * time grows with the host's slowness, so jest's default 60 s is too near to be one.
 */
const HANG_GUARD_MS = 300_000;
const TAG = /ZQ(\d+)M(\d+)/g;

const tagOf = (patient: number, message: number) => `ZQ${patient}M${message}`;
const messageOf = (patient: number, message: number) =>
  `Reference ${tagOf(patient, message)}: what helps me sleep better at night?`;

function tagsIn(text: string): Array<{ patient: number; message: number }> {
  return [...text.matchAll(TAG)].map((match) => ({ patient: Number(match[1]), message: Number(match[2]) }));
}

/** Answers with the tag of the message being asked (the last user turn of the prompt). */
function echoTag(request: OllamaChatRequest): string {
  const lastUser = [...request.messages].reverse().find((message) => message.role === 'user')?.content ?? '';
  const tags = tagsIn(lastUser);
  const asked = tags[tags.length - 1];
  return asked ? `Answer for ${tagOf(asked.patient, asked.message)}: keep a regular bedtime.` : 'No tag found.';
}

describe('50 concurrent patients × 5 messages', () => {
  const { ollama, client } = useChatApp({
    ollama: { defaultReply: echoTag },
    env: {
      // A hang guard: the first answers are held at the model until the last patient's first message is in.
      OLLAMA_TIMEOUT_MS: '60000',
      LLM_SLOTS_PER_HOST: String(SLOTS),
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_HOUR: '1000000',
    },
  });
  beforeAll(() => ollama.latency(10, 200));

  it(
    'completes exactly 250 turns with no 5xx, and every history is complete, ordered and isolated',
    async () => {
      const answers: JsonAnswer[] = [];
      const record = (answer: JsonAnswer): JsonAnswer => {
        answers.push(answer);
        return answer;
      };

      // No answer comes until every patient's first message is in: the 50 are at once however slowly
      // a loaded host brings their sign-ins and messages in.
      ollama.holdAnswers();
      const chatting = Promise.all(
        Array.from({ length: PATIENTS }, async (_, p) => {
          const patientId = newPatientId();
          const login = record(await client.call('POST', '/api/auth/login', undefined, { patient_id: patientId }));
          expect(login.status).toBe(200);
          const caller: Caller = { token: login.body.access_token, sessionId: login.body.session_id, patientId };
          for (let m = 0; m < MESSAGES; m += 1) {
            const answer = record(await client.send(caller, { message: messageOf(p, m) }));
            expect(answer.status).toBe(200);
            expect(answer.body.response).toContain(`Answer for ${tagOf(p, m)}:`);
            expect(answer.body.session_id).toBe(caller.sessionId);
          }
          return caller;
        }),
      );
      // The model's slots' worth at the model, the rest waiting in the app's queue.
      await ollama.waitFor(() => ollama.chatRequests().length === SLOTS);
      await eventually(
        () => metric(client.app, 'medchat_llm_queue_length'),
        (queued) => queued === PATIENTS - SLOTS,
      );
      ollama.releaseAnswers();
      const sessions = await chatting;

      expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
      expect(await client.conversations.countDocuments({ status: 'completed' })).toBe(PATIENTS * MESSAGES);
      expect(await client.conversations.countDocuments({ status: { $ne: 'completed' } })).toBe(0);

      for (const [p, caller] of sessions.entries()) {
        const history = await client.history(caller, 'limit=100');
        expect(history.status).toBe(200);
        expect(history.body.total_messages).toBe(MESSAGES * 2);
        const expected = Array.from({ length: MESSAGES }, (_, m) => [
          { role: 'user', content: messageOf(p, m) },
          { role: 'assistant', content: expect.stringContaining(`Answer for ${tagOf(p, m)}:`) },
        ]).flat();
        expect(history.body.messages.map((entry: any) => ({ role: entry.role, content: entry.content }))).toEqual(
          expected,
        );
        expect(history.body.messages.every((entry: any) => entry.metadata.status === 'completed')).toBe(true);
        // Oldest first, without ties out of order.
        const times = history.body.messages.map((entry: any) => Date.parse(entry.timestamp));
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        // Nothing of any other patient anywhere in this patient's history.
        expect(tagsIn(JSON.stringify(history.body)).every((tag) => tag.patient === p)).toBe(true);
      }

      // Every prompt the model saw holds one patient's messages only: the asked one and all of its own earlier ones.
      const prompts = ollama.chatRequests();
      expect(prompts).toHaveLength(PATIENTS * MESSAGES);
      for (const prompt of prompts) {
        const tags = tagsIn(prompt.messages.map((message) => message.content).join('\n'));
        const asked = tags[tags.length - 1]!;
        expect(tags.every((tag) => tag.patient === asked.patient)).toBe(true);
        expect([...new Set(tags.map((tag) => tag.message))].sort()).toEqual(
          Array.from({ length: asked.message + 1 }, (_, m) => m),
        );
      }
    },
    HANG_GUARD_MS,
  );
});
