import { frameOrigin, largest, summarizeProfile, type CpuProfile } from '../../bench/lib/cpu-profile.mjs';

const APP = 'file:///srv/medchat/dist/';

/**
 * A profile as `node --cpu-prof` writes it: a call tree and, per sample, the node sampled and
 * the microseconds since the sample before. Each sample here stands for 100 µs (the gap to the
 * next), so a sum of n samples is n × 100.
 */
function profileOf(): CpuProfile {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9, columnNumber: 0 });
  const nodes = [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 6] },
    { id: 2, callFrame: frame('(idle)', '') },
    { id: 3, callFrame: frame('handle', `${APP}chat/chat-turn.service.js`), children: [4] },
    {
      id: 4,
      callFrame: frame('tick', 'file:///srv/medchat/node_modules/@langchain/langgraph/dist/pregel/loop.js'),
      children: [5],
    },
    { id: 5, callFrame: frame('assess', `${APP}orchestrator/guardrails/emergency-triage.js`) },
    {
      id: 6,
      callFrame: frame('serialize', 'file:///srv/medchat/node_modules/mongoose/node_modules/bson/lib/bson.cjs'),
    },
  ];
  // Samples at 0.1, 0.2, ... ms: idle, triage under the graph twice, the graph itself, bson, and one more idle to close.
  const samples = [2, 5, 5, 4, 6, 2];
  return { nodes, startTime: 0, endTime: 700, samples, timeDeltas: samples.map(() => 100) };
}

describe('CPU profile summary', () => {
  it('leaves idle time out and sums the rest by origin, by function and by the outermost app frame', () => {
    const summary = summarizeProfile(profileOf(), { appDist: '/dist/' });

    expect(summary.busyMicros).toBe(400);
    expect(Object.fromEntries(summary.byOrigin)).toEqual({
      'app:orchestrator/guardrails': 200,
      '@langchain/langgraph': 100,
      bson: 100,
    });
    expect(summary.byFunction.get('assess dist/orchestrator/guardrails/emergency-triage.js:10')).toBe(200);
    expect(Object.fromEntries(summary.byOwner)).toEqual({
      'handle dist/chat/chat-turn.service.js:10': 300,
      '(no app frame) bson': 100,
    });
  });

  it('splits the time below a named function by the frame it called, its own as (self)', () => {
    const summary = summarizeProfile(profileOf(), { under: 'tick' });

    expect(Object.fromEntries(summary.under)).toEqual({
      'assess dist/orchestrator/guardrails/emergency-triage.js:10': 200,
      '(self)': 100,
    });
  });

  it('keeps to a window of seconds since the profile began', () => {
    // 0.00025 s: the samples at 0.1 and 0.2 ms only (an idle one and a triage one).
    expect(summarizeProfile(profileOf(), { toSeconds: 0.00025 }).busyMicros).toBe(100);
    expect(summarizeProfile(profileOf(), { fromSeconds: 0.00035 }).busyMicros).toBe(200);
  });

  it('names a nested package by the innermost node_modules, V8 entries by their name', () => {
    const at = (url: string, functionName = 'f') => ({
      id: 1,
      callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 },
    });
    expect(frameOrigin(at('file:///a/node_modules/mongoose/node_modules/mongodb/lib/x.js'), '/dist/')).toBe('mongodb');
    expect(frameOrigin(at('node:internal/streams/readable'), '/dist/')).toBe('node:internal/streams/readable');
    expect(frameOrigin(at('', '(garbage collector)'), '/dist/')).toBe('(garbage collector)');
  });

  it('lists the largest entries first', () => {
    expect(
      largest(
        new Map([
          ['a', 1],
          ['b', 3],
          ['c', 2],
        ]),
        2,
      ),
    ).toEqual([
      ['b', 3],
      ['c', 2],
    ]);
  });
});
