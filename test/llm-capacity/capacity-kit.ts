import { chatEnv, ChatClient, type Caller, type JsonAnswer } from '../chat/chat-client.js';
import type { TestApp } from '../support/test-app.js';

/**
 * What the capacity tests share: an environment with generous limits (a loaded 2-core machine
 * must not turn a slow turn into a failure the test did not ask for), many sign-ins at once,
 * and metric readings.
 */
export function capacityEnv(
  baseUrl: string | undefined,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return chatEnv(baseUrl, {
    OLLAMA_TIMEOUT_MS: '60000',
    OLLAMA_MAX_RETRIES: '1',
    LLM_QUEUE_MAX_WAIT_SECONDS: '600',
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_HOUR: '1000000',
    LOGIN_MAX_FAILURES: '1000',
    ...extra,
  });
}

/** `count` patients signed in, a few at a time (sign-in bursts are another test's subject). */
export async function signInPatients(client: ChatClient, count: number): Promise<Caller[]> {
  const callers: Caller[] = [];
  for (let start = 0; start < count; start += 10) {
    callers.push(...(await Promise.all(Array.from({ length: Math.min(10, count - start) }, () => client.login()))));
  }
  return callers;
}

/** A question that names its asker, so the fake's request log shows whose call it served. */
export const taggedQuestion = (tag: string) => `Question from ${tag}: how much water should I drink each day?`;

export function tagOf(messages: Array<{ role: string; content: unknown }>): string | undefined {
  const lastUser = [...messages].reverse().find((message) => message.role === 'user');
  const text = typeof lastUser?.content === 'string' ? lastUser.content : JSON.stringify(lastUser?.content ?? '');
  return /Question from (\S+):/.exec(text)?.[1];
}

/** The sum of a metric's samples whose labels include `labels` (Prometheus text format). */
export async function metric(app: TestApp, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) total += Number(match[4]);
  }
  return total;
}

export async function health(client: ChatClient): Promise<any> {
  const answer: JsonAnswer = await client.call('GET', '/api/health');
  return answer.body;
}
