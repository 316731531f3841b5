import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);
const MEDICINES = ['MedicationRequest', 'MedicationStatement'];

describe('a common medicine named by its own name and asked whether it is taken', () => {
  it.each([
    'does she take insulin',
    'is she on insulin',
    'is he taking metformin',
    'does dad take warfarin',
    'am i taking any aspirin',
    'is she using the prednisolone still',
  ])('%s: asks for medicines, as its class would', (question) => {
    const read = analyze(question);
    expect(read.aboutRecords).toBe(true);
    expect(read.resourceTypes).toEqual(expect.arrayContaining(MEDICINES));
    expect(read.medicineClassQualifiers).toEqual([]);
  });

  it.each(['is she allergic to ibuprofen', 'what does metformin do'])(
    '%s: a medicine named without a verb of taking is not asked as taken',
    (question) => {
      expect(analyze(question).resourceTypes).not.toEqual(expect.arrayContaining(MEDICINES));
    },
  );

  it.each(['is he on bactrim', 'does she take efavirenz'])(
    '%s: a medicine the records may name (an antibiotic, an HIV medicine) stays what is named',
    (question) => {
      const read = analyze(question);
      expect(read.medicineClassQualifiers).toBeUndefined();
      expect(read.namedTerms.length).toBeGreaterThan(0);
    },
  );
});
