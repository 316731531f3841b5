import { beforeAll, describe, expect, it } from '@jest/globals';
import { readShippedCollection } from '../../../scripts/knowledge-eval/question-sets.mjs';
import { drugClassExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { KnowledgeIndex } from './knowledge-index.js';

/** Building the index over the 16,407 shipped passages takes seconds of CPU on a loaded machine. */
const BUILD_TIMEOUT_MS = 240_000;
const K = 10;

/**
 * development-3's misses as kinds (session 26), probed in other words and on other topics than
 * the set's own questions, over the shipped MedQuAD collection: a medicine named by its generic
 * or brand name whose answer is its class. Each probe names the
 * focus (and kind) of a passage that answers it; it passes when one is in the top 10.
 */
type Probe = [question: string, focus: string, questionType?: string];

const DRUG_NAMED_FOR_ITS_CLASS: Probe[] = [
  ['been on lexapro three weeks and I still cant sleep, is that from the tablets?', 'Antidepressants'],
  [
    'my dad takes lisinopril and has had a dry tickly cough for months, could it be the pill?',
    'Blood Pressure Medicines',
  ],
  ['does atorvastatin cause muscle aches? my legs hurt since I started it', 'Statins'],
  ['warfarin - which foods do I have to watch out for', 'Blood Thinners'],
  ['glipizide made my sugar drop really low twice this week, is this common', 'Diabetes Medicines'],
  ['prednisone has made my face puffy and I am starving all the time', 'Steroids'],
  ['my mum is on metoprolol and feels tired and cold all the time, normal?', 'Blood Pressure Medicines'],
  ['Subject: crestor\nIs it true you should take it at night? and does it hurt your liver', 'Statins'],
  ['started jardiance last month, peeing a lot more, is that how it works?', 'Diabetes Medicines'],
  ['amoxicillin for my sons ear infection - does he have to finish all of it if he is better', 'Antibiotics'],
  ['can I drink alcohol while taking eliquis?', 'Blood Thinners'],
];

/** A medicine named beside the disease asked about does not take the question over. */
const DRUG_IN_PASSING: Probe[] = [
  ['my husband takes lisinopril for his pressure. what are the warning signs of a stroke?', 'Stroke', 'symptoms'],
  [
    'I am on metformin, what are the symptoms of gestational diabetes?',
    'What I need to know about Gestational Diabetes',
  ],
];

describe('drugClassExpansions', () => {
  it('gives the class of a medicine named by its generic name, its brand name or its sub-class', () => {
    expect(drugClassExpansions('is sertraline ok in pregnancy')).toEqual(['antidepressants']);
    expect(drugClassExpansions('my zoloft dose')).toEqual(['antidepressants']);
    expect(drugClassExpansions('are ssris addictive')).toEqual(['antidepressants']);
    expect(drugClassExpansions('lipitor and grapefruit')).toEqual(['statins', 'cholesterol medicines']);
  });

  it('goes one way: a class, a disease or a word inside another adds nothing', () => {
    expect(drugClassExpansions('which antidepressants cause weight gain')).toEqual([]);
    expect(drugClassExpansions('what is high blood pressure')).toEqual([]);
    expect(drugClassExpansions('heparinase deficiency')).toEqual([]);
  });
});

describe('development-3 kinds: knowledge retrieval of the answer a patient means', () => {
  let index: KnowledgeIndex;

  beforeAll(async () => {
    index = await KnowledgeIndex.build(readShippedCollection() as KnowledgePassage[]);
  }, BUILD_TIMEOUT_MS);

  /** The rank (1-based) of the first passage of that focus (and kind) in the top 10; 0 when none. */
  const rankOf = ([question, focus, questionType]: Probe): number =>
    index
      .find(question, K)
      .findIndex(
        ({ passage }) =>
          passage.focus.toLowerCase() === focus.toLowerCase() &&
          (questionType === undefined || passage.question_type === questionType),
      ) + 1;

  it.each(DRUG_NAMED_FOR_ITS_CLASS)('a medicine asked by name finds its class: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(DRUG_IN_PASSING)('a medicine named in passing leaves the disease first: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBe(1);
  });
});
