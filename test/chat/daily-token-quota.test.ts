import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { DAILY_TOKEN_USAGE_MODEL, type DailyTokenUsage } from '../../src/chat/quota/daily-token-usage.schema.js';
import { secondsUntilNextUtcDay, utcDay } from '../../src/chat/quota/utc-day.js';
import { nextUtcNoon } from '../support/day-clock.js';
import { holdDate, runDateFrom } from '../support/fake-date.js';
import { metric } from '../llm-capacity/capacity-kit.js';
import { useChatApp, type ChatApp } from './chat-app.js';
import { readEvents, type ChatClient, type JsonAnswer } from './chat-client.js';

const QUESTION = 'Is it normal to feel tired for a week after a cold?';
const EMERGENCY = 'I have crushing chest pain and my left arm is numb';

function tokensMetric(text: string, role: 'prompt' | 'completion'): number {
  const line = text.split('\n').find((entry) => entry.startsWith(`medchat_llm_tokens_total{role="${role}"}`));
  return line === undefined ? 0 : Number(line.split(' ').pop());
}

function expectOverBudget(answer: JsonAnswer): void {
  expect(answer.status).toBe(429);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  expect(answer.body.detail).toMatch(
    /^You have used today's allowance of 1 tokens\. It starts afresh at midnight UTC, in about \d+ (hour|minute)s?\.$/,
  );
  const retryAfter = Number(answer.headers.get('retry-after'));
  // Until the next midnight UTC (a few seconds of slack for the request itself).
  expect(Math.abs(retryAfter - secondsUntilNextUtcDay(new Date()))).toBeLessThanOrEqual(5);
}

/** The usage counters the app writes. */
function usageOf(client: ChatClient): Model<DailyTokenUsage> {
  return client.app.medchat.app.get(getModelToken(DAILY_TOKEN_USAGE_MODEL));
}

/** The app with a 1-token daily budget, its fake Ollama and chat client, and the usage counters it writes. */
function useBudgetedApp(): ChatApp & { usage(): Model<DailyTokenUsage> } {
  const chat = useChatApp({ env: { CHAT_DAILY_TOKEN_BUDGET: '1' } });
  return { ...chat, usage: () => usageOf(chat.client) };
}

describe('CHAT_DAILY_TOKEN_BUDGET (1 token: the first turn of the day spends it)', () => {
  // Every turn here and the test's own "today" fall on one UTC day, whatever the hour the run starts at.
  beforeAll(() => runDateFrom(nextUtcNoon(new Date())));
  const { ollama, client, usage } = useBudgetedApp();
  afterAll(() => {
    jest.useRealTimers();
  });

  it('answers the first turn, counts its tokens per patient and UTC day, then refuses with 429 until midnight UTC', async () => {
    const patient = await client.login();
    expect((await client.send(patient, { message: QUESTION })).status).toBe(200);

    const counted = await usage()
      .findById(`patient:${patient.patientId}|${utcDay(new Date())}`)
      .lean()
      .exec();
    expect(counted).toMatchObject({
      subject: `patient:${patient.patientId}`,
      day: utcDay(new Date()),
      expires_at: expect.any(Date),
    });
    expect(counted!.prompt_tokens).toBeGreaterThan(0);
    expect(counted!.completion_tokens).toBeGreaterThan(0);

    const modelCallsBefore = ollama.chatRequests().length;
    expectOverBudget(await client.send(patient, { message: QUESTION }));
    // The refusal comes at the model gate, after the message was stored: it is kept, failed with reason quota.
    expect(ollama.chatRequests()).toHaveLength(modelCallsBefore);
    const refused = await client.conversations
      .find({ patient_id: patient.patientId })
      .sort({ created_at: 1 })
      .lean()
      .exec();
    expect(refused).toHaveLength(2);
    expect(refused[1]).toMatchObject({ status: 'failed', failure_reason: 'quota' });
    const history = await client.history(patient);
    expect(history.body.messages.at(-1)).toMatchObject({
      role: 'assistant',
      content: expect.stringMatching(/allowance/),
      metadata: { status: 'failed', failure_reason: 'quota' },
    });

    // The stream opens (the turn could have been an emergency) and ends with the refusal as its error event.
    const stream = await client.openStream(patient, { message: QUESTION });
    expect(stream.status).toBe(200);
    const { events } = await readEvents(stream);
    expect(events.map((event) => event.event)).toEqual(['start', 'error']);
    expect(events[1]!.data).toMatchObject({ status: 429, detail: expect.stringMatching(/allowance of 1 tokens/) });
    expect(Math.abs(events[1]!.data.retry_after - secondsUntilNextUtcDay(new Date()))).toBeLessThanOrEqual(5);
    expect(ollama.chatRequests()).toHaveLength(modelCallsBefore);
  });

  it('answers an emergency from a patient over the budget at once, without the model', async () => {
    const patient = await client.login();
    expect((await client.send(patient, { message: QUESTION })).status).toBe(200);
    expectOverBudget(await client.send(patient, { message: QUESTION }));
    const modelCallsBefore = ollama.chatRequests().length;

    const emergency = await client.send(patient, { message: EMERGENCY });
    expect(emergency.status).toBe(200);
    expect(emergency.body.metadata.emergency_detected).toBe(true);
    expect(emergency.body.response).toMatch(/emergency/i);

    const stream = await client.openStream(patient, { message: EMERGENCY });
    const { events } = await readEvents(stream);
    expect(events.at(-1)!.event).toBe('done');
    expect(events.at(-1)!.data.metadata.emergency_detected).toBe(true);
    expect(ollama.chatRequests()).toHaveLength(modelCallsBefore);
    expect(await metric(client.app, 'medchat_chat_turns_total', { outcome: 'quota' })).toBeGreaterThanOrEqual(1);
  });

  it('counts per patient: another patient is not affected, and a new session of the same patient is', async () => {
    const first = await client.login();
    expect((await client.send(first, { message: QUESTION })).status).toBe(200);
    expect((await client.send(await client.login(), { message: QUESTION })).status).toBe(200);
    expectOverBudget(await client.send(await client.login(first.patientId!), { message: QUESTION }));
  });

  it('counts a guest per session: a new guest session starts afresh', async () => {
    const guest = await client.guest();
    expect((await client.send(guest, { message: QUESTION })).status).toBe(200);
    expectOverBudget(await client.send(guest, { message: QUESTION }));
    expect(await usage().countDocuments({ subject: `session:${guest.sessionId}` })).toBe(1);
    expect((await client.send(await client.guest(), { message: QUESTION })).status).toBe(200);
  });

  it('reports tokens per role in the metrics and keeps the counters under a TTL index', async () => {
    const metrics = await (await fetch(`${client.app.url}/metrics`)).text();
    expect(tokensMetric(metrics, 'prompt')).toBeGreaterThan(0);
    expect(tokensMetric(metrics, 'completion')).toBeGreaterThan(0);
    const indexes = await usage().collection.indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: { expires_at: 1 }, expireAfterSeconds: 0 })]),
    );
  });
});

describe('a turn admitted before midnight UTC and answered after it', () => {
  // The clock stands still a second before a midnight and is moved past it while the answer is held at the model.
  const midnight = new Date(nextUtcNoon(new Date()).getTime() + 12 * 3_600_000);
  const dayBefore = utcDay(new Date(midnight.getTime() - 1));
  const dayAfter = utcDay(midnight);
  beforeAll(() => holdDate(midnight.getTime() - 1_000));
  const { ollama, client, usage } = useBudgetedApp();
  afterAll(() => {
    jest.useRealTimers();
  });

  it('is counted on the day its budget was checked, so the new day starts with the whole budget', async () => {
    const patient = await client.login();
    ollama.holdAnswers();
    const answered = client.send(patient, { message: QUESTION });
    // The turn has passed the budget check (before midnight) once its model call has reached the fake.
    await ollama.waitFor(() => ollama.chatRequests().length === 1);
    jest.setSystemTime(midnight.getTime() + 1_000);
    ollama.releaseAnswers();
    expect((await answered).status).toBe(200);

    const counted = await usage()
      .find({ subject: `patient:${patient.patientId}` })
      .lean()
      .exec();
    expect(counted.map((counter) => counter.day)).toEqual([dayBefore]);
    expect(counted[0]!.prompt_tokens).toBeGreaterThan(0);
    expect((await client.send(patient, { message: QUESTION })).status).toBe(200);
    expect(
      (
        await usage()
          .find({ subject: `patient:${patient.patientId}` })
          .lean()
          .exec()
      )
        .map((c) => c.day)
        .sort(),
    ).toEqual([dayBefore, dayAfter]);
  });
});

describe('without CHAT_DAILY_TOKEN_BUDGET', () => {
  const { client } = useChatApp();

  it('never refuses for tokens and keeps no counters, but still reports tokens in the metrics', async () => {
    const patient = await client.login();
    for (let turn = 0; turn < 3; turn += 1)
      expect((await client.send(patient, { message: QUESTION })).status).toBe(200);
    expect(await usageOf(client).countDocuments({})).toBe(0);
    expect(tokensMetric(await (await fetch(`${client.app.url}/metrics`)).text(), 'completion')).toBeGreaterThan(0);
  });
});
