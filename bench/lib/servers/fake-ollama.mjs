// The scripted Ollama of test/support in a process of its own. BENCH_FAKE_OPTIONS (JSON):
// { tokenDelayMs, reply, parallel, maxQueue, latencyMs } (capacity unlimited unless given).
import { loadFakes } from '../fakes.mjs';
import { announce, stopOnSignal } from './child-protocol.mjs';

const options = JSON.parse(process.env.BENCH_FAKE_OPTIONS ?? '{}');
const { FakeOllama } = await loadFakes();
const fake = new FakeOllama({
  tokenDelayMs: options.tokenDelayMs ?? 0,
  defaultReply: options.reply,
  parallel: options.parallel,
  maxQueue: options.maxQueue,
});
await fake.start();
if (options.latencyMs) fake.latency(options.latencyMs);
// The bench sends tens of thousands of calls; the fake's request log would only grow.
const requests = fake.requests;
setInterval(() => {
  requests.length = 0;
}, 1000).unref();
stopOnSignal(() => fake.stop());
announce({ url: fake.url });
