import { beforeAll } from '@jest/globals';
import os from 'node:os';
import { K, readShippedCollection } from '../../../../scripts/knowledge-eval/question-sets.mjs';
import type { KnowledgePassage } from '../../knowledge-passage.js';
import { KnowledgeIndex } from '../knowledge-index.js';

/** Building the index over the 16,407 shipped passages takes seconds of CPU on a loaded machine. */
const BUILD_TIMEOUT_MS = 240_000;

/** A question, the focus of a passage that answers it and, when it matters, that passage's kind. */
export type KnowledgeProbe = readonly [question: string, focus: string, questionType?: string];

export interface ShippedKnowledgeIndex {
  /** The index over the shipped MedQuAD collection; there once the `beforeAll` has run. */
  readonly index: KnowledgeIndex;
  /** The rank (1-based) of the first passage of the probe's focus (and kind) in the top 10; 0 when none. */
  rankOf(probe: KnowledgeProbe): number;
}

/**
 * Built at most once per Jest worker process, not once per test file: Jest gives each file its own
 * modules and globals, so a module-level memo lasted one file (five files built the index, each
 * its own); Node's built-in modules are the worker process's own, shared by every file it runs, so
 * the build is kept on one of them. Never stale: a worker process lives for one run, so neither the
 * collection file nor the index code can change under it, and the index is only read, its lazy
 * lookups answering every file alike. A run in band (one file, `-i`, watch mode) runs in Jest's own
 * process, which outlives a code change: there the memo is the file's own, as before. Built when
 * the first `describe` asking for it starts, not when a file is read (a run filtered to other tests
 * builds nothing); a failed build is not kept.
 */
const WORKER_BUILD = Symbol.for('medchat.testing.shippedKnowledgeIndex');
const IN_WORKER_PROCESS = /[\\/]jest-worker[\\/]build[\\/]processChild\.js$/.test(process.argv[1] ?? '');
const memo = (IN_WORKER_PROCESS ? os : {}) as { [WORKER_BUILD]?: Promise<KnowledgeIndex> };

function buildOnce(): Promise<KnowledgeIndex> {
  const building = (memo[WORKER_BUILD] ??= KnowledgeIndex.build(readShippedCollection() as KnowledgePassage[]));
  building.catch(() => {
    if (memo[WORKER_BUILD] === building) delete memo[WORKER_BUILD];
  });
  return building;
}

/**
 * The index over the shipped collection for the `describe` this is called in: a `beforeAll` there
 * builds it (under a timeout that allows for a loaded machine), read through what is returned.
 */
export function shippedKnowledgeIndex(): ShippedKnowledgeIndex {
  let index: KnowledgeIndex | undefined;
  beforeAll(async () => {
    index = await buildOnce();
  }, BUILD_TIMEOUT_MS);

  const built = (): KnowledgeIndex => {
    if (index === undefined) throw new Error('the shipped knowledge index is read before its beforeAll built it');
    return index;
  };
  return {
    get index() {
      return built();
    },
    rankOf: ([question, focus, questionType]) =>
      built()
        .find(question, K)
        .findIndex(
          ({ passage }) =>
            passage.focus.toLowerCase() === focus.toLowerCase() &&
            (questionType === undefined || passage.question_type === questionType),
        ) + 1,
  };
}
