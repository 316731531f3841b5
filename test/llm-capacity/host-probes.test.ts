import { ChatClient } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, health, signInPatients, taggedQuestion } from './capacity-kit.js';

/** Generous: the probe runs every second, but a loaded 2-core machine may be slow to schedule it. */
const PROBE_WAIT_MS = 30_000;

/** Polls /api/health until the periodic probe reports `state` for the host at `url`. */
async function probedAs(client: ChatClient, url: string, state: 'up' | 'down'): Promise<void> {
  const deadline = Date.now() + PROBE_WAIT_MS;
  for (;;) {
    const report = await health(client);
    const host = report.details.ollama.hosts.find((entry: any) => entry.base_url === url);
    if (host?.probed === state) return;
    if (Date.now() > deadline) throw new Error(`${url} was never probed ${state}; last seen ${JSON.stringify(host)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * With several hosts a periodic probe marks each up or down, and routing skips the down ones
 * before any patient's turn is sent there. OLLAMA_MAX_RETRIES=0 makes that visible: a turn
 * routed to the dead host would have no second attempt and fail, so every turn answered 200
 * means none was sent there.
 */
describe('periodic probes of several Ollama hosts', () => {
  const live = new FakeOllama({ parallel: 4, maxQueue: 0 });
  const flaky = new FakeOllama({ parallel: 4, maxQueue: 0 });
  let app: TestApp | undefined;

  beforeAll(async () => {
    await Promise.all([live.start(), flaky.start()]);
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([live.stop(), flaky.stop()]);
  });

  it('leaves a stopped host out of routing after a probe, and takes it back once it answers on the same port', async () => {
    const flakyUrl = flaky.url;
    app = await startTestApp(
      capacityEnv(`${flakyUrl},${live.url}`, {
        LLM_SLOTS_PER_HOST: '4',
        LLM_HOST_PROBE_INTERVAL_SECONDS: '1',
        OLLAMA_MAX_RETRIES: '0',
        OLLAMA_BREAKER_RESET_MS: '600000',
      }),
    );
    const client = new ChatClient(app);
    const patients = await signInPatients(client, 8);
    await probedAs(client, flakyUrl, 'up');

    await flaky.stop();
    await probedAs(client, flakyUrl, 'down');
    const liveBefore = live.chatRequests().length;
    // Eight at once: by free slots alone half would go to the dead host, which has all four free.
    const whileDown = await Promise.all(
      patients.map((patient, index) => client.send(patient, { message: taggedQuestion(`down${index}`) })),
    );
    expect(whileDown.map((answer) => answer.status)).toEqual(patients.map(() => 200));
    expect(live.chatRequests().length - liveBefore).toBe(patients.length);
    const report = await health(client);
    expect(report.ollama_status).toBe('healthy');
    expect(report.details.ollama.hosts.map((host: any) => [host.base_url, host.probed])).toEqual([
      [flakyUrl, 'down'],
      [live.url, 'up'],
    ]);

    await flaky.start(Number(new URL(flakyUrl).port));
    expect(flaky.url).toBe(flakyUrl);
    await probedAs(client, flakyUrl, 'up');
    // Both hosts hold their answers until all eight turns have reached one: the burst is shared
    // because the app sent the turns at once, not because a latency outlasted the time until the
    // restored host could take them (a probe that times out on a loaded machine leaves it out of
    // routing until the next one answers; the turns beyond the live host's slots wait for it in
    // the queue). Should it never come back, four turns would wait and the wait below time out.
    live.holdAnswers();
    flaky.holdAnswers();
    const before = [flaky.chatRequests().length, live.chatRequests().length];
    const sinceBefore = () => [flaky.chatRequests().length - before[0], live.chatRequests().length - before[1]];
    const whileUp = Promise.all(
      patients.map((patient, index) => client.send(patient, { message: taggedQuestion(`up${index}`) })),
    );
    await live.waitFor(() => sinceBefore()[0] + sinceBefore()[1] >= patients.length);
    const shared = sinceBefore();
    live.releaseAnswers();
    flaky.releaseAnswers();
    expect((await whileUp).map((answer) => answer.status)).toEqual(patients.map(() => 200));
    // Most free slots first: with both hosts in routing, the burst is shared again, four slots each.
    expect(shared).toEqual([4, 4]);
  }, 180_000);
});
