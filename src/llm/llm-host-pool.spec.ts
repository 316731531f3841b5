import type { MetricsRecorder } from '../metrics/index.js';
import type { CircuitBreakerBoard } from './circuit-breaker-board.js';
import { LLM_BREAKER_THRESHOLD } from './host-breaker.js';
import type { LlmCapacitySettings } from './llm-capacity-settings.js';
import { LlmCallError } from './llm-failure.js';
import { LlmHostPool } from './llm-host-pool.js';
import type { LlmHost } from './llm-host.js';

const RESET_MS = 30_000;

function poolOf(...urls: string[]): LlmHostPool {
  const settings: LlmCapacitySettings = {
    provider: 'ollama',
    hostUrls: urls,
    slotsPerHost: 4,
    queueMaxWaitMs: 120_000,
    queueMaxLength: 1000,
    breakerResetMs: RESET_MS,
    healthTimeoutMs: 2000,
    probeIntervalMs: 10_000,
  };
  const board = { track: () => undefined } as unknown as CircuitBreakerBoard;
  const metrics = { watchLlmSlots: () => undefined } as unknown as MetricsRecorder;
  return new LlmHostPool(settings, board, metrics);
}

/** Opens the host's chat breaker the way real calls do: consecutive refused connections. */
async function openChatBreaker(host: LlmHost): Promise<void> {
  for (let failure = 0; failure < LLM_BREAKER_THRESHOLD; failure += 1) {
    const refused = new LlmCallError('connection', 'refused', true, undefined);
    await host.breakers.chat.policy.execute(() => Promise.reject(refused)).catch(() => undefined);
  }
  expect(host.breakers.chat.closed).toBe(false);
}

describe('LlmHostPool.pick', () => {
  it('sends a call to the host with the most free slots, avoiding the one that just failed among equals', () => {
    const pool = poolOf('http://a:11434', 'http://b:11434');
    const [a, b] = pool.hosts;
    a.inUse = 1;
    expect(pool.pick('chat', 0)).toBe(b);
    b.inUse = 1;
    expect(pool.pick('chat', 0, b)).toBe(a);
  });

  it('skips a host its probe marked down, even when it has the most free slots', () => {
    const pool = poolOf('http://a:11434', 'http://b:11434');
    const [a, b] = pool.hosts;
    b.inUse = 3;
    a.recordProbe(false, 0);
    expect(pool.pick('chat', 0)).toBe(b);
    b.inUse = 4;
    // The live host is full: the call waits for it rather than go to the dead one.
    expect(pool.pick('chat', 0)).toBeUndefined();
    a.recordProbe(true, 0);
    expect(pool.pick('chat', 0)).toBe(a);
  });

  it('uses every host as before when every host is probed down', () => {
    const pool = poolOf('http://a:11434', 'http://b:11434');
    const [a, b] = pool.hosts;
    a.recordProbe(false, 0);
    b.recordProbe(false, 0);
    a.inUse = 2;
    expect(pool.pick('chat', 0)).toBe(b);
  });

  it('never hands a patient the trial of an open breaker while another host can serve; a probe past the reset delay is the trial', async () => {
    const pool = poolOf('http://a:11434', 'http://b:11434');
    const [a, b] = pool.hosts;
    await openChatBreaker(a);
    b.inUse = 3;
    const afterReset = Date.now() + RESET_MS;
    expect(pool.pick('chat', afterReset)).toBe(b);

    // Too early: the breaker stays open however well the host answers.
    a.recordProbe(true, Date.now());
    expect(a.breakers.chat.closed).toBe(false);
    expect(pool.pick('chat', afterReset)).toBe(b);

    a.recordProbe(true, afterReset);
    expect(a.breakers.chat.closed).toBe(true);
    expect(pool.pick('chat', afterReset)).toBe(a);
  });

  it('lets a patient call be the trial when every host has its breaker open, as before probes', async () => {
    const pool = poolOf('http://a:11434', 'http://b:11434');
    const [a, b] = pool.hosts;
    await openChatBreaker(a);
    await openChatBreaker(b);
    b.inUse = 1;
    expect(pool.pick('chat', Date.now())).toBeUndefined();
    expect(pool.pick('chat', Date.now() + RESET_MS)).toBe(a);
  });

  it('with one host, ignores probe marks: there is nowhere else to send the call', () => {
    const pool = poolOf('http://a:11434');
    const [a] = pool.hosts;
    a.recordProbe(false, 0);
    expect(pool.probing).toBe(false);
    expect(pool.pick('chat', 0)).toBe(a);
  });
});
