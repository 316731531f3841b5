import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);
const MEDICINES = ['MedicationRequest', 'MedicationStatement'];

describe('a medicine asked by the malaria it is taken against', () => {
  it.each([
    'any malaria tablets on my record? need them for kenya',
    'am i taking any antimalarials',
    'is my son on any anti malaria pills',
    'is she on anything for malaria',
    'does he take anti-malarial medication',
  ])('%s: a class of medicines, asked of the medicines', (question) => {
    const read = analyze(question);
    expect(read.medicineClassQualifiers).toBeDefined();
    expect(read.resourceTypes).toEqual(expect.arrayContaining(MEDICINES));
  });

  it.each(['was i ever tested for malaria', 'did the malaria smear come back negative'])(
    '%s: no medicine, the test is asked',
    (question) => {
      expect(analyze(question).medicineClassQualifiers).toBeUndefined();
    },
  );
});

describe('a medicine told by its action on the immune system', () => {
  it.each([
    'it asks if im on steroids or immune suppressing drugs',
    'does he take immunosuppressants',
    'the form asks about immunosuppressive medication, do i have any',
    'any drugs that lower the immune system',
    'is she on medicines that suppress her immune system',
  ])('%s: a class of medicines, not the immunizations', (question) => {
    const read = analyze(question);
    expect(read.medicineClassQualifiers).toBeDefined();
    expect(read.resourceTypes).toEqual(expect.arrayContaining(MEDICINES));
    expect(read.resourceTypes).not.toContain('Immunization');
  });

  it.each(['is she immune to measles', 'did the shots boost his immune system'])(
    '%s: immunity asked, not a medicine',
    (question) => {
      expect(analyze(question).medicineClassQualifiers).toBeUndefined();
    },
  );
});
