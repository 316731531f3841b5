import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);
/** A record of tests, diagnoses, stays and notes, and no medication resource. */
const HELD_WITHOUT_MEDICINES = new Set([
  'Observation',
  'Condition',
  'Encounter',
  'DiagnosticReport',
  'DocumentReference',
]);
/** Such a record holds the disease the question names, in its tests and diagnoses only. */
const holdsTheDiseaseOnly = (term: string) =>
  ['hiv', 'aid', 'tb', 'tuberculosi', 'test', 'posit', 'rapid'].includes(term);
/** A record that also holds treatment records ("TUBERCULOSIS TREATMENT STARTED: Isoniazid"). */
const holdsTreatmentToo = (term: string) => holdsTheDiseaseOnly(term) || term === 'treatment';

describe('a medicine asked by the disease it is for, of a record holding that disease only in other kinds of record', () => {
  it.each([
    'am i on any hiv medication right now',
    'is my dad taking tablets for his tb',
    'which tb drugs is she on',
    'does my son get hiv pills? his test was positive years ago',
    'the new gp wants to know: is he on anything for his tb?',
  ])("%s: the notes' medication list answers, the tests and diagnoses of the disease do not", (question) => {
    const asked = analyze(question).asCategory(HELD_WITHOUT_MEDICINES, holdsTheDiseaseOnly, true);
    expect(asked?.resourceTypes).toEqual(['DocumentReference']);
    expect(asked?.query.split(' ')[0]).toBe('medications');
    // The disease named orders the notes: the one of the visit that found it first.
    expect(asked?.query.split(' ').slice(1)).toEqual([/\bhiv\b/.test(question) ? 'hiv' : 'tb']);
    expect(asked?.specific).toBe(false);
  });

  it.each(['am i on any hiv medication right now', 'which tb drugs is she on'])(
    '%s: a record holding treatment records answers from them',
    (question) => {
      expect(analyze(question).asCategory(HELD_WITHOUT_MEDICINES, holdsTreatmentToo, true)).toBeUndefined();
    },
  );

  it("a diagnosis's status disputed beside the medicine asks for the diagnosis", () => {
    const question = 'my file still says the tb is active even though the pills finished, how come';
    expect(analyze(question).asCategory(HELD_WITHOUT_MEDICINES, holdsTheDiseaseOnly, true)).toBeUndefined();
  });

  it('a record holding medication resources answers from them', () => {
    const held = new Set([...HELD_WITHOUT_MEDICINES, 'MedicationRequest']);
    expect(analyze('is my dad taking tablets for his tb').asCategory(held, holdsTheDiseaseOnly, true)).toBeUndefined();
  });

  it.each([
    // Look-alikes: the test, the diagnosis or the stay is asked, in the medicine's own sentence or alone.
    'what did my hiv test show',
    'was my tb test positive before they started the pills',
    'which hospital stay was it when he got his tb tablets',
    'when was she diagnosed with tb',
  ])('%s: the kind of record the disease is held in is asked, so its records answer', (question) => {
    expect(analyze(question).asCategory(HELD_WITHOUT_MEDICINES, holdsTheDiseaseOnly, true)).toBeUndefined();
  });

  it('a kind told in a sentence beside the one asked is the story, one in the asked sentence is not', () => {
    const story = 'am i on hiv meds? the rapid test says positive and no pills are listed';
    expect(analyze(story).asCategory(HELD_WITHOUT_MEDICINES, holdsTheDiseaseOnly, true)?.resourceTypes).toEqual([
      'DocumentReference',
    ]);
    const asked = 'the rapid test says positive, am i on hiv meds or was the test all they did?';
    expect(analyze(asked).asCategory(HELD_WITHOUT_MEDICINES, holdsTheDiseaseOnly, true)).toBeUndefined();
  });
});

describe('thyroid medicines as a class', () => {
  it.each([
    'is she on any thyroid tablets',
    'does he take anything for his thyroid or blood pressure',
    'care home form: any diabetes or thyroid meds?',
  ])('%s: a class of medicines is named, asked of the medicines', (question) => {
    const read = analyze(question);
    expect(read.medicineClassQualifiers).toBeDefined();
    expect(read.resourceTypes).toContain('MedicationRequest');
    expect(read.resourceTypes).not.toContain('Observation');
  });

  it.each(['what were her thyroid levels', 'was my thyroid test normal'])(
    '%s: no medicine, the test is asked',
    (question) => {
      const read = analyze(question);
      expect(read.medicineClassQualifiers).toBeUndefined();
      expect(read.resourceTypes).toContain('Observation');
    },
  );
});
