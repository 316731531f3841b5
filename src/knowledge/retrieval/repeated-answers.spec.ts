import { beforeAll, describe, expect, it } from '@jest/globals';
import { readShippedCollection } from '../../../scripts/knowledge-eval/question-sets.mjs';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { KnowledgeIndex } from './knowledge-index.js';

/** Building the index over the 16,407 shipped passages takes seconds of CPU on a loaded machine. */
const BUILD_TIMEOUT_MS = 240_000;
const K = 10;

/**
 * MedQuAD repeats some answers word for word under several ids (NIDDK's "Causes of Diabetes"
 * sections in four publications, eight alike): ten hits holding one answer eight times leave the
 * asker two. Probes written before the change (session 46): a search shows each answer once, and
 * the other passages move up into the places the copies held.
 */
const QUESTIONS = [
  'what causes type 2 diabetes? my father and his brother both have it',
  'why does insulin resistance happen, what causes it',
  'my legs cramp when I walk and I have diabetes. what causes this?',
];

describe('an answer the collection repeats is shown once', () => {
  let index: KnowledgeIndex;

  beforeAll(async () => {
    index = await KnowledgeIndex.build(readShippedCollection() as KnowledgePassage[]);
  }, BUILD_TIMEOUT_MS);

  it.each(QUESTIONS)('no answer twice in the top 10: %s', (question) => {
    const answers = index.find(question, K).map(({ passage }) => passage.answer);
    expect(answers).toHaveLength(K);
    expect(new Set(answers).size).toBe(answers.length);
  });
});
