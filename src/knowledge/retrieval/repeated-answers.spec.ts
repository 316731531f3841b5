import { describe, expect, it } from '@jest/globals';
import { shippedKnowledgeIndex } from './testing/shipped-knowledge-index.js';

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
  const shipped = shippedKnowledgeIndex();

  it.each(QUESTIONS)('no answer twice in the top 10: %s', (question) => {
    const answers = shipped.index.find(question, K).map(({ passage }) => passage.answer);
    expect(answers).toHaveLength(K);
    expect(new Set(answers).size).toBe(answers.length);
  });
});
