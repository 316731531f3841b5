import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);

describe('analyzeRecordQuestion (the record question classifier)', () => {
  it.each([
    'What did the doctor find in March 2020?',
    'Which vaccines have I had?',
    'What were my lab results?',
    'Show me my test results from last year',
    'What medications am I on?',
    'Do I have any allergies?',
    'What was I diagnosed with?',
    'When was my last visit?',
    'How has my weight changed?',
    'What was my blood pressure at my last check-up?',
    'Did I have tuberculosis?',
    'Have I ever been vaccinated against the flu?',
    'What happened to me in 2020?',
    "What's in my record?",
    'Did I test positive for covid?',
    'What did the nurse write in the notes?',
  ])('is about the record: %s', (question) => {
    expect(analyze(question).aboutRecords).toBe(true);
  });

  it.each([
    'What is a fever?',
    'How do vaccines work?',
    'I have had a mild cough for two days. What can help?',
    'My head hurts, what should I do?',
    'What are the side effects of ibuprofen?',
    'Hello',
    'Is a blood pressure of 140/90 high?',
  ])('is not about the record: %s', (question) => {
    expect(analyze(question).aboutRecords).toBe(false);
  });

  it('reads the period and the topic of "what did the doctor find in March 2020?"', () => {
    expect(analyze('What did the doctor find in March 2020?')).toMatchObject({
      aboutRecords: true,
      period: { from: '2020-03-01', to: '2020-04-01' },
      resourceTypes: ['Condition'],
      specific: false,
      wantsLatest: false,
      wantsHistory: false,
    });
  });

  it("maps patient words to resource types and to the narratives' words", () => {
    const vaccines = analyze('Which vaccines have I had?');
    expect(vaccines.resourceTypes).toEqual(['Immunization']);
    expect(vaccines.query).toContain('immunization');
    expect(analyze('What medications am I taking?').resourceTypes).toEqual([
      'MedicationRequest',
      'MedicationStatement',
    ]);
    expect(analyze('Do I have allergies?').resourceTypes).toEqual(['AllergyIntolerance']);
    expect(analyze('When was my last appointment?').resourceTypes).toEqual(['Encounter']);
    expect(analyze('What were my lab results?').resourceTypes).toEqual(['Observation', 'DiagnosticReport']);
    expect(analyze('What was my bp?').query).toContain('systolic');
    expect(analyze('Did I test positive for covid?').query).toContain('sars');
  });

  it('tells a specific question from a category question', () => {
    expect(analyze('How has my weight changed?').specific).toBe(true);
    expect(analyze('Did I have tuberculosis?').specific).toBe(true);
    expect(analyze('Which vaccines have I had?').specific).toBe(false);
    expect(analyze('What were my test results?').specific).toBe(false);
  });

  it('reads emphasis: latest, or a history across time', () => {
    expect(analyze('When was my last visit?')).toMatchObject({ wantsLatest: true, wantsHistory: false });
    expect(analyze('How has my weight changed?')).toMatchObject({ wantsLatest: false, wantsHistory: true });
    expect(analyze('Have I ever had chickenpox?')).toMatchObject({ wantsHistory: true });
    // "last year" is a period, not a wish for the newest records.
    expect(analyze('What vaccines did I get last year?')).toMatchObject({
      wantsLatest: false,
      period: { from: '2025-01-01', to: '2026-01-01' },
    });
  });

  it('keeps cue words out of the search terms ("changed" must not find "Change regimen")', () => {
    expect(analyze('How has my weight changed?').terms).toEqual(['weight']);
    expect(analyze("What's in my record?").terms).toEqual([]);
  });
});
