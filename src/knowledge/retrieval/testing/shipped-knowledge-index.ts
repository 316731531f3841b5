import { beforeAll } from '@jest/globals';
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
 * Jest gives each test file its own modules, so this is built at most once per file, however many
 * of its `describe`s ask for it: when the first of them starts, not when the file is read (a run
 * filtered to other tests builds nothing).
 */
let building: Promise<KnowledgeIndex> | undefined;

/**
 * The index over the shipped collection for the `describe` this is called in: a `beforeAll` there
 * builds it (under a timeout that allows for a loaded machine), read through what is returned.
 */
export function shippedKnowledgeIndex(): ShippedKnowledgeIndex {
  let index: KnowledgeIndex | undefined;
  beforeAll(async () => {
    building ??= KnowledgeIndex.build(readShippedCollection() as KnowledgePassage[]);
    index = await building;
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
