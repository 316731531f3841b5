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

describe('the list of what someone takes now, asked beside a story of a visit', () => {
  const held = new Set(['Encounter', 'Observation', 'DocumentReference']);

  it.each([
    "I'm her carer, packing a hospital bag for Kanisha - what tablets does she take every day?",
    'new job physical next week, what pills am i on',
    'after her stay the home nurse asks what tablets does she take',
    'the examiner at my physical wants all the medicines i take',
  ])('%s: the notes of medicines are asked, not the visits', (question) => {
    const asked = analyze(question).asCategory(held, () => false);
    expect(asked?.query).toBe('medications');
    expect(asked?.resourceTypes).not.toContain('Encounter');
  });

  it.each(['what meds was she on during her hospital stay', 'which pills did they give him at the clinic visit'])(
    '%s: a time asked, not the list of now: its kinds stay',
    (question) => {
      const read = analyze(question);
      const asked = read.asCategory(held, () => false);
      expect(asked === undefined || asked.resourceTypes.length === read.resourceTypes.length).toBe(true);
    },
  );
});
