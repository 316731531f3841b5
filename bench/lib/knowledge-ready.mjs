// An app answers as soon as it listens, but it loads the shipped knowledge collection and builds
// its search index in the background afterwards (seconds of CPU and tens of MB): a row that
// measures turns must start once that is over, or it measures the start-up beside the turns and
// its turns before the index exists skip the knowledge search entirely. Smoke runs (figures
// mean nothing) do not wait.
import { request } from './api-client.mjs';

const POLL_MS = 200;

/**
 * Resolves once the app's knowledge search answers (its index is built); the caller is a
 * signed-in guest. Rejects after `timeoutMs`, naming what it last saw.
 */
export async function knowledgeIndexBuilt(baseUrl, caller, { timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const answer = await request(baseUrl, 'GET', '/api/knowledge/search?q=headache&limit=1', { token: caller.token });
    if (answer.status === 200 && answer.body?.results?.length > 0) return;
    last = `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`the knowledge index was not built within ${timeoutMs} ms (last answer: ${last})`);
}
