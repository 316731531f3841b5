import { describe, expect, it } from '@jest/globals';
import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);
/** A record of a stay, its tests, diagnoses and notes, and no medication resource. */
const HELD_WITHOUT_MEDICINES = new Set([
  'Observation',
  'Encounter',
  'Condition',
  'DiagnosticReport',
  'DocumentReference',
]);
/** Such a record holds the disease the question names, in its tests and diagnoses only. */
const holdsTheDiseaseOnly = (term: string) =>
  ['hiv', 'aid', 'tb', 'tuberculosi', 'test', 'posit', 'rapid'].includes(term);

describe('the hospital named beside medicines as when or who gave them', () => {
  it.each([
    'was I put on any TB medicine after the hospital in 2012?',
    'were any tb pills started after my 2012 hospital stay',
    'did the hospital start her on tb antibiotics in october 2012',
    'what tablets has he been on since his admission',
    'did that hospital put me on anything for the tb',
    'my mum came out of hospital in 2012, what meds was she sent home on after the hospitalization',
  ])('%s: medicines are asked, not the stay', (question) => {
    const read = analyze(question);
    expect(read.resourceTypes).toEqual(['MedicationRequest', 'MedicationStatement']);
    expect(read.terms).not.toContain('hospit');
  });

  it.each([
    'is he on anything for his tb since the hospital',
    'which tb drugs did the hospital put her on',
    'am i on any hiv medication after my admission',
    'is my dad taking tablets for his tb after the hospital stay',
  ])("%s: a record holding no medicine is asked of its notes' medication list", (question) => {
    const asked = analyze(question).asCategory(HELD_WITHOUT_MEDICINES, holdsTheDiseaseOnly, true);
    expect(asked?.resourceTypes).toEqual(['DocumentReference']);
    expect(asked?.query.split(' ')[0]).toBe('medications');
  });

  it.each([
    // Look-alikes: the stay is what is asked, or the medicines were given in it.
    'which hospital stay was it when they started my tb tablets',
    'what meds did they give me in hospital in 2012',
    'when was I admitted after starting the tb tablets',
    'how long was the hospital stay after they changed my pills',
  ])('%s: the stay is asked too', (question) => {
    expect(analyze(question).resourceTypes).toContain('Encounter');
  });

  it.each([
    // No medicine asked: the stay after something is the stay.
    'the admission after my covid test, when was it',
    'did the hospital keep me in overnight in 2012',
  ])('%s: a stay asked without medicines keeps its kind', (question) => {
    expect(analyze(question).resourceTypes).toContain('Encounter');
  });
});
