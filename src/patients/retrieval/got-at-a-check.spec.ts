import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);

describe('what someone got at a routine check, with nothing named', () => {
  it.each([
    'what did he get at his 1 year check, the babysitter is filling a daycare sheet',
    'the school nurse sent a form home, what did he get at his 4 month visit',
    'what did she get at her 2 month check',
    'what did my son get at his 18 month review',
    'what did i get at my last physical',
  ])('%s: the shots given there, beside the visit', (question) => {
    const read = analyze(question);
    expect(read.resourceTypes).toEqual(expect.arrayContaining(['Immunization', 'Encounter']));
  });

  it.each(['what did she have at the hospital', 'what did he get diagnosed with at the clinic'])(
    '%s: no routine check, no shots',
    (question) => {
      expect(analyze(question).resourceTypes).not.toContain('Immunization');
    },
  );
});
