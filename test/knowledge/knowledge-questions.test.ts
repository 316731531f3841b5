import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  evaluateQuestions,
  FLOORS,
  presentQuestionSets,
  readQuestionSet,
  type KnowledgeQuestionCase,
} from '../../scripts/knowledge-eval/question-sets.mjs';
import { shippedKnowledgeIndex } from '../../src/knowledge/retrieval/testing/shipped-knowledge-index.js';

/**
 * Knowledge retrieval measured as `npm run knowledge:report` measures it (the same evaluation
 * code): every question of each set in scripts/knowledge-eval asked of the index built over the
 * shipped MedQuAD collection. Each set with floors in FLOORS must keep success@10 and MRR@10 at
 * or above them. A held-out set's failure names only its figures, never its questions.
 */
describe('knowledge questions: success@10 and MRR@10 of knowledge retrieval', () => {
  const sets = presentQuestionSets().filter((set) => FLOORS[set.name] !== undefined);
  const shipped = shippedKnowledgeIndex();

  it('reads the development sets', () => {
    expect(sets.map((set) => set.name)).toEqual(expect.arrayContaining(['development', 'development-2']));
  });

  it.each(sets.map((set) => [set.name, set] as const))('the %s set keeps its floors', (name, set) => {
    const evaluation = evaluateQuestions(shipped.index, set.questions);
    const floor = FLOORS[name]!;
    const misses = set.showTexts
      ? evaluation.misses.map(({ question }) => question.question)
      : evaluation.misses.length;
    expect({
      success: evaluation.success >= floor.success ? `≥ ${floor.success}` : evaluation.success,
      mrr: evaluation.mrr >= floor.mrr ? `≥ ${floor.mrr}` : evaluation.mrr,
      misses,
    }).toEqual({ success: `≥ ${floor.success}`, mrr: `≥ ${floor.mrr}`, misses });
  });
});

describe('the evaluation behind it', () => {
  const question = (relevant: string[]): KnowledgeQuestionCase => ({
    question: 'what are the symptoms of shingles?',
    focus: ['Shingles'],
    question_types: ['symptoms'],
    relevant,
  });
  const hit = (id: string) => ({ passage: { id, focus: 'Shingles', question_type: 'symptoms' } });
  const index = { find: (_question: string, limit: number) => [hit('A'), hit('B'), hit('C')].slice(0, limit) };

  it('counts a question found at the rank of its first relevant passage', () => {
    const evaluation = evaluateQuestions(index, [question(['B', 'C']), question(['A']), question(['Z'])]);
    expect(evaluation).toMatchObject({ total: 3, found: 2, success: 2 / 3, mrr: (1 / 2 + 1) / 3 });
    expect(evaluation.misses.map((miss) => miss.question.relevant)).toEqual([['Z']]);
  });

  it('refuses a malformed question file, naming the question', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'knowledge-questions-')), 'questions.json');
    writeFileSync(file, JSON.stringify({ questions: [question(['A']), { ...question(['A']), relevant: [] }] }));
    expect(() => readQuestionSet(file)).toThrow('questions.json: question 2: relevant must list at least one id');
    writeFileSync(file, '{not json');
    expect(() => readQuestionSet(file)).toThrow('questions.json: not JSON');
  });
});
