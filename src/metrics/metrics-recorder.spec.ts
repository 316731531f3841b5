import { MetricsRecorder } from './metrics-recorder.js';
import { MetricsToken } from './metrics-token.js';

async function valueOf(
  recorder: MetricsRecorder,
  name: string,
  labels: Record<string, string> = {},
): Promise<number | undefined> {
  const metric = await recorder.registry.getSingleMetric(name)?.get();
  const sample = metric?.values.find((value) =>
    Object.entries(labels).every(([key, label]) => value.labels[key] === label),
  );
  return sample?.value;
}

describe('MetricsRecorder', () => {
  it('keeps each recorder in a registry of its own', async () => {
    const first = new MetricsRecorder();
    const second = new MetricsRecorder();
    first.chatTurn('completed');
    expect(await valueOf(first, 'medchat_chat_turns_total', { outcome: 'completed' })).toBe(1);
    expect(await valueOf(second, 'medchat_chat_turns_total', { outcome: 'completed' })).toBeUndefined();
  });

  it('counts a stream as closed once, however often its end is reported', async () => {
    const recorder = new MetricsRecorder();
    const closeFirst = recorder.streamOpened();
    const closeSecond = recorder.streamOpened();
    closeFirst();
    closeFirst();
    expect(await valueOf(recorder, 'medchat_chat_active_streams')).toBe(1);
    closeSecond();
    expect(await valueOf(recorder, 'medchat_chat_active_streams')).toBe(0);
  });

  it('names rate-limit windows by their length', async () => {
    const recorder = new MetricsRecorder();
    recorder.rateLimited('/api/chat/message', 60_000);
    recorder.rateLimited('/api/chat/message', 3_600_000);
    recorder.rateLimited('/api/chat/message', 10_000);
    for (const window of ['minute', 'hour', '10s']) {
      expect(
        await valueOf(recorder, 'medchat_rate_limited_requests_total', { route: '/api/chat/message', window }),
      ).toBe(1);
    }
  });

  it('times calls and counts failures by kind', async () => {
    const recorder = new MetricsRecorder();
    recorder.startLlmCall('chat')();
    recorder.startLlmCall('chat')('timeout');
    recorder.startSttCall()('connection');
    expect(
      await valueOf(recorder, 'medchat_llm_call_duration_seconds', {
        operation: 'chat',
        outcome: 'success',
        le: '+Inf',
      }),
    ).toBe(1);
    expect(await valueOf(recorder, 'medchat_llm_call_errors_total', { operation: 'chat', kind: 'timeout' })).toBe(1);
    expect(await valueOf(recorder, 'medchat_stt_call_errors_total', { kind: 'connection' })).toBe(1);
  });

  it('reads circuit breakers at every scrape', async () => {
    const recorder = new MetricsRecorder();
    let status: 'closed' | 'open' = 'closed';
    recorder.watchCircuitBreakers(() => ({ ollama: status }));
    expect(await valueOf(recorder, 'medchat_circuit_breaker_state', { breaker: 'ollama' })).toBe(0);
    status = 'open';
    expect(await valueOf(recorder, 'medchat_circuit_breaker_state', { breaker: 'ollama' })).toBe(2);
  });
});

describe('MetricsToken', () => {
  it('lets everything through when no token is configured', () => {
    const token = new MetricsToken(undefined);
    expect(token.required).toBe(false);
    expect(token.matches('anything')).toBe(true);
  });

  it('accepts only the configured token', () => {
    const token = new MetricsToken('metrics-token-0123456789');
    expect(token.required).toBe(true);
    expect(token.matches('metrics-token-0123456789')).toBe(true);
    expect(token.matches('metrics-token-012345678')).toBe(false);
    expect(token.matches('')).toBe(false);
  });
});
