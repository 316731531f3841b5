import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { DAILY_TOKEN_USAGE_MODEL, type DailyTokenUsage } from '../../src/chat/quota/daily-token-usage.schema.js';
import { utcDay } from '../../src/chat/quota/utc-day.js';
import { ChatClient, type Caller } from '../chat/chat-client.js';
import { nextUtcNoon } from '../support/day-clock.js';
import { runDateFrom } from '../support/fake-date.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { FakeOpenAi } from '../support/fake-openai.js';
import { tokenize } from '../support/fakes/model-output.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, metric } from './capacity-kit.js';

const ANSWER = 'Most colds clear within ten days; rest, fluids and paracetamol for aches usually help.';
const QUESTION = 'How long does a common cold usually last?';
/** Large enough never to refuse, set so the quota's counter is written. */
const BUDGET = '10000000';

/** What each fake reports: prompt tokens of the messages it was sent, joined by newlines, and the answer's tokens. */
const promptTokensOf = (messages: Array<{ content?: unknown }>) =>
  tokenize(messages.map((message) => String(message.content ?? '')).join('\n')).length;

interface Counted {
  prompt: number;
  completion: number;
}

async function tokenMetrics(app: TestApp): Promise<Counted> {
  return {
    prompt: await metric(app, 'medchat_llm_tokens_total', { role: 'prompt' }),
    completion: await metric(app, 'medchat_llm_tokens_total', { role: 'completion' }),
  };
}

async function quotaCounter(app: TestApp, caller: Caller): Promise<Counted | undefined> {
  const usage: Model<DailyTokenUsage> = app.medchat.app.get(getModelToken(DAILY_TOKEN_USAGE_MODEL));
  const today = await usage
    .findById(`patient:${caller.patientId}|${utcDay(new Date())}`)
    .lean()
    .exec();
  return today ? { prompt: today.prompt_tokens, completion: today.completion_tokens } : undefined;
}

/**
 * The model server's own token counts, not the chars/4 estimate, reach the metrics by role and
 * the patient's daily counter. A REST turn asks for the answer in one reply (nothing reads it as it
 * comes): Ollama's reply carries prompt_eval_count and eval_count, the OpenAI-compatible server's
 * its `usage`; a streamed turn reads the same counts from Ollama's final NDJSON chunk and the
 * server's usage chunk (stream_options.include_usage).
 */
describe('token usage reported by the model server, end to end', () => {
  // The turn is counted under its UTC day and read back under the test's: one day, whatever the hour.
  beforeAll(() => runDateFrom(nextUtcNoon(new Date())));
  afterAll(() => {
    jest.useRealTimers();
  });

  it("Ollama: the reply's prompt_eval_count and eval_count", async () => {
    const ollama = new FakeOllama({ defaultReply: ANSWER });
    await ollama.start();
    const app = await startTestApp(capacityEnv(ollama.url, { CHAT_DAILY_TOKEN_BUDGET: BUDGET }));
    try {
      const client = new ChatClient(app);
      const patient = await client.login();
      const before = await tokenMetrics(app);

      expect((await client.send(patient, { message: QUESTION })).status).toBe(200);

      const [call] = ollama.chatRequests();
      const reported = { prompt: promptTokensOf(call!.messages), completion: tokenize(ANSWER).length };
      // The estimate (≈ chars/4 of the message and answer) would be far smaller than the whole prompt's count.
      expect(reported.prompt).toBeGreaterThan(Math.ceil(QUESTION.length / 4) * 2);
      const after = await tokenMetrics(app);
      expect({ prompt: after.prompt - before.prompt, completion: after.completion - before.completion }).toEqual(
        reported,
      );
      expect(await quotaCounter(app, patient)).toEqual(reported);
    } finally {
      await app.close();
      await ollama.stop();
    }
  });

  it("OpenAI-compatible server: the reply's usage", async () => {
    const model = 'google/medgemma-4b-it';
    const server = new FakeOpenAi({ models: [model], defaultReply: ANSWER });
    await server.start();
    const app = await startTestApp(
      capacityEnv(undefined, {
        LLM_PROVIDER: 'openai',
        OPENAI_BASE_URL: `${server.url}/v1`,
        OPENAI_API_KEY: 'sk-test-key',
        OPENAI_MODEL: model,
        CHAT_DAILY_TOKEN_BUDGET: BUDGET,
      }),
    );
    try {
      const client = new ChatClient(app);
      const patient = await client.login();
      const before = await tokenMetrics(app);

      expect((await client.send(patient, { message: QUESTION })).status).toBe(200);

      const [call] = server.chatRequests;
      expect(call).toMatchObject({ stream: false });
      const reported = { prompt: promptTokensOf(call!.messages), completion: tokenize(ANSWER).length };
      const after = await tokenMetrics(app);
      expect({ prompt: after.prompt - before.prompt, completion: after.completion - before.completion }).toEqual(
        reported,
      );
      expect(await quotaCounter(app, patient)).toEqual(reported);
    } finally {
      await app.close();
      await server.stop();
    }
  });
});
