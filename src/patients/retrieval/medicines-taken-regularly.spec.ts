import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);
const MEDICINES = ['MedicationRequest', 'MedicationStatement'];

describe('what someone takes, told only by how often', () => {
  it.each([
    'the care home nurse wants a list of everything she takes each morning',
    'does my record say I take anything regularly these days',
    "what does she take daily? i'm her sister helping with forms",
    'anything i take every single day according to the notes',
    'what does dad take every night',
  ])('%s: the medicines', (question) => {
    expect(analyze(question).resourceTypes).toEqual(expect.arrayContaining(MEDICINES));
  });

  it.each([
    'how many breaths does he take every minute when he had the fever',
    'how many steps does she take each hour',
  ])('%s: no medicine, a rate', (question) => {
    expect(analyze(question).resourceTypes).not.toEqual(expect.arrayContaining(MEDICINES));
  });
});
