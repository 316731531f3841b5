import { ChatClient, closedPortUrl } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, health, signInPatients, taggedQuestion } from './capacity-kit.js';

/** OLLAMA_BASE_URL with two hosts: each its own slots, breaker and probe; a down host is skipped. */
describe('several Ollama hosts', () => {
  const first = new FakeOllama({ parallel: 4, maxQueue: 0 });
  const second = new FakeOllama({ parallel: 4, maxQueue: 0 });
  const apps: TestApp[] = [];

  beforeAll(async () => {
    await Promise.all([first.start(), second.start()]);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await Promise.all([first.stop(), second.stop()]);
  });

  it('spreads turns over both hosts, never beyond either one’s slots, and lists both in /api/health', async () => {
    const app = await startTestApp(capacityEnv(`${first.url},${second.url}`, { LLM_SLOTS_PER_HOST: '4' }));
    apps.push(app);
    const client = new ChatClient(app);
    const patients = await signInPatients(client, 40);
    // The burst is let through in rounds: every answer is held at its host until all 8 slots are
    // taken, so the hosts fill up because the app sent them turns at once, not because a latency
    // outlasted how spread out the turns reached the app.
    first.holdAnswers();
    second.holdAnswers();
    const onEach = () => [first.chatRequests().length, second.chatRequests().length];

    const answers = Promise.all(
      patients.map((patient, index) => client.send(patient, { message: taggedQuestion(`h${index}`) })),
    );
    const rounds: number[][] = [];
    for (let round = 1; round <= 5; round += 1) {
      await first.waitFor(() => onEach()[0] + onEach()[1] >= 8 * round);
      rounds.push(onEach());
      first.releaseAnswers();
      second.releaseAnswers();
      if (round < 5) {
        first.holdAnswers();
        second.holdAnswers();
      }
    }

    expect((await answers).map((answer) => answer.status)).toEqual(patients.map(() => 200));
    expect(first.chatRequests().length + second.chatRequests().length).toBe(40);
    // Most free slots first: under a burst both hosts work, each with all 4 of its slots, neither
    // ever over them nor refusing.
    expect(rounds).toEqual([1, 2, 3, 4, 5].map((round) => [4 * round, 4 * round]));
    expect(Math.max(first.capacity.peakActive, second.capacity.peakActive)).toBeLessThanOrEqual(4);
    expect(first.capacity.refused + second.capacity.refused).toBe(0);

    const report = await health(client);
    expect(report.ollama_status).toBe('healthy');
    expect(report.details.ollama.hosts.map((host: any) => [host.base_url, host.status, host.slots_total])).toEqual([
      [first.url, 'healthy', 4],
      [second.url, 'healthy', 4],
    ]);
    expect(Object.keys(report.details.circuit_breakers)).toEqual(
      expect.arrayContaining([`ollama@${new URL(first.url).host}`, `ollama@${new URL(second.url).host}`]),
    );
  }, 180_000);

  it('skips a host that is down: every turn is answered by the other, which alone keeps ollama_status healthy', async () => {
    first.latency(50);
    const down = await closedPortUrl();
    const app = await startTestApp(
      capacityEnv(`${down},${first.url}`, {
        LLM_SLOTS_PER_HOST: '4',
        OLLAMA_MAX_RETRIES: '1',
        OLLAMA_BREAKER_RESET_MS: '600000',
      }),
    );
    apps.push(app);
    const client = new ChatClient(app);
    const [patient] = await signInPatients(client, 1);
    const before = first.chatRequests().length;

    for (let turn = 0; turn < 8; turn += 1) {
      expect((await client.send(patient, { message: taggedQuestion(`d${turn}`) })).status).toBe(200);
    }

    expect(first.chatRequests().length - before).toBe(8);
    const report = await health(client);
    expect(report.ollama_status).toBe('healthy');
    expect(report.status).toBe('healthy');
    const [downHost, upHost] = report.details.ollama.hosts;
    expect(downHost).toMatchObject({ base_url: down, status: 'unreachable', probed: 'down' });
    expect(upHost).toMatchObject({ base_url: first.url, status: 'healthy', probed: 'up' });
    // The periodic probe (its first round runs at start-up) took the down host out of routing, so
    // turns stopped reaching it before five refused connections could open its breaker.
    expect(report.details.circuit_breakers[`ollama@${new URL(down).host}`]).toBe('closed');
    expect(report.details.circuit_breakers[`ollama@${new URL(first.url).host}`]).toBe('closed');
  }, 120_000);
});
