import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { getContextVariable, setContextVariable } from '@langchain/core/context';
import { RunnableLambda } from '@langchain/core/runnables';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { installUntracedRunContext } from './untraced-run-context.js';

class ChainStarts extends BaseCallbackHandler {
  override name = 'chain_starts';
  count = 0;
  override handleChainStart(): void {
    this.count += 1;
  }
}

/** What a runnable sees of its run context while it runs. */
const seen = RunnableLambda.from(async (_input: string) => ({
  configurable: AsyncLocalStorageProviderSingleton.getRunnableConfig()?.configurable,
  contextVariable: getContextVariable<string>('turn'),
  storeIsPlain: Object.getPrototypeOf(AsyncLocalStorageProviderSingleton.getInstance().getStore()) === Object.prototype,
}));

describe('installUntracedRunContext', () => {
  beforeAll(() => installUntracedRunContext({}));

  it('keeps the run config and the context variables where LangChain reads them, in a plain store', async () => {
    setContextVariable('turn', 'turn-1');
    const inside = await seen.invoke('hello', { configurable: { thread_id: 'session-1' } });
    expect(inside).toEqual({
      configurable: expect.objectContaining({ thread_id: 'session-1' }),
      contextVariable: 'turn-1',
      storeIsPlain: true,
    });
  });

  it("leaves a run with a callback handler to LangChain's own context, and the handler hears it", async () => {
    const handler = new ChainStarts();
    const inside = await seen.invoke('hello', { callbacks: [handler] });
    expect(inside.storeIsPlain).toBe(false);
    expect(handler.count).toBe(1);
  });

  it('is written against the @langchain/core it was checked with (package.json pins it exactly)', () => {
    // It re-implements runWithConfig of @langchain/core 1.4.0 for untraced runs: an upgrade must
    // re-check that body (LC_CHILD_KEY, the context variables, avoidCreatingRootRunTree) first.
    const manifest = createRequire(import.meta.url).resolve('@langchain/core/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    expect(version).toBe('1.4.0');
    expect(AsyncLocalStorageProviderSingleton.runWithConfig.length).toBe(3);
  });
});
