import { describe, expect, it } from '@jest/globals';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { KnowledgeIndex } from './knowledge-index.js';

const TYPES = ['information', 'symptoms', 'causes', 'treatment'] as const;
const QUESTIONS: Record<(typeof TYPES)[number], string> = {
  information: 'What is (are) {focus} ?',
  symptoms: 'What are the symptoms of {focus} ?',
  causes: 'What causes {focus} ?',
  treatment: 'What are the treatments for {focus} ?',
};

/** 300 made-up conditions, each with the four kinds of passage: 1,200 passages, enough to have common words. */
const CONDITIONS = ['Zorblax', 'Quindle', ...Array.from({ length: 298 }, (_unused, n) => `Kwix${n}`)];

/**
 * "symptom", "caus" and "treatment" are in every passage (common words), a condition's name in
 * four of 1,200.
 */
const passages: KnowledgePassage[] = CONDITIONS.flatMap((focus, document) =>
  TYPES.map((type, section) => ({
    id: `TEST_${document}_Sec${section}`,
    source: 'TEST',
    url: `https://example.org/${document}`,
    focus,
    question_type: type,
    question: QUESTIONS[type].replace('{focus}', focus),
    answer: `${focus} is a made-up condition. Its ${type} are described here, as for any disease with symptoms, causes and treatment.`,
  })),
);

describe('KnowledgeIndex.find', () => {
  it('ranks the passage of the named condition and the asked kind first; common words alone find nothing more', async () => {
    const index = await KnowledgeIndex.build(passages);
    const hits = index.find('what are the symptoms of zorblax', 10);
    expect(hits[0].passage).toMatchObject({ focus: 'Zorblax', question_type: 'symptoms' });
    expect(hits.map((hit) => hit.passage.focus)).toEqual(Array(4).fill('Zorblax'));
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('scores every word for every passage in a collection of under 1,000 passages', async () => {
    const index = await KnowledgeIndex.build(passages.slice(0, 60));
    const hits = index.find('what are the symptoms of zorblax', 10);
    expect(hits[0].passage).toMatchObject({ focus: 'Zorblax', question_type: 'symptoms' });
    expect(hits).toHaveLength(10);
  });

  it('still searches when the question has only common words', async () => {
    const index = await KnowledgeIndex.build(passages);
    const hits = index.find('symptoms causes treatment', 3);
    expect(hits).toHaveLength(3);
    expect(hits.every((hit) => hit.score > 0)).toBe(true);
  });

  it("returns a hit's passage whole, its answer as loaded and its focus's other names read from it", async () => {
    const shingles: KnowledgePassage = {
      id: 'TEST_shingles_Sec0',
      source: 'TEST',
      url: 'https://example.org/shingles',
      focus: 'Shingles',
      question_type: 'information',
      question: 'What is (are) Shingles ?',
      answer: 'Shingles, also called herpes zoster, is a painful rash — “zona” in French; 帯状疱疹 in Japanese.',
    };
    const index = await KnowledgeIndex.build([shingles, ...passages]);
    const hits = index.find('what is herpes zoster', 1);
    expect(hits[0].passage).toEqual({ ...shingles, synonyms: ['herpes zoster'] });
  });

  it('returns at most the asked number, and nothing for a question of stop words or unknown words', async () => {
    const index = await KnowledgeIndex.build(passages);
    expect(index.find('quindle treatment', 2)).toHaveLength(2);
    expect(index.find('what is it', 5)).toEqual([]);
    expect(index.find('xyzzy plugh', 5)).toEqual([]);
  });
});
