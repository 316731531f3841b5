import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);
/** A record of readings, stays, tests and notes, and no medication resource. */
const HELD_WITHOUT_MEDICINES = new Set(['Observation', 'Encounter', 'DiagnosticReport', 'DocumentReference']);
/** Such a record holds the story's words and the readings' ("hospital", "mmhg"). */
const holdsStoryWords = (term: string) =>
  ['hospit', 'read', 'clinic', 'screen', 'form', 'mmhg', 'systol'].includes(term);

describe('a class of medicines asked beside a story that names other kinds of record', () => {
  it.each([
    'do i take anything for blood pressure? my readings at the clinic were sky high',
    'is she on any blood thinners? the hospital screening form asks',
    'any tablets for diabetes? they said my sugar reading in hospital was off',
    'swimming club form wants my current prescriptions: anything for blood pressure?',
    'new job medical - prescriptions - anything for cholesterol?',
  ])("%s: a record holding none of that class is asked of the notes' medication list", (question) => {
    const asked = analyze(question).asCategory(HELD_WITHOUT_MEDICINES, holdsStoryWords);
    expect(asked?.query).toBe('medications');
  });

  it.each([
    'do i take anything for blood pressure? my readings at the clinic were sky high',
    'is she on any blood thinners? the hospital screening form asks',
  ])('%s: a record holding medicines answers from them, not from the notes', (question) => {
    const held = new Set([...HELD_WITHOUT_MEDICINES, 'MedicationRequest']);
    expect(analyze(question).asCategory(held, holdsStoryWords)).toBeUndefined();
  });

  it.each([
    // Look-alikes: no class named, so the stay or the readings they name are asked for too.
    'which hospital stay was it when they started my tb tablets',
    'what were my blood pressure readings at the clinic when i was on the tb pills',
  ])('%s: the stay or reading named is a kind asked, held by the record', (question) => {
    expect(analyze(question).asCategory(HELD_WITHOUT_MEDICINES, holdsStoryWords)).toBeUndefined();
  });

  it.each([
    'the antibiotic injections for two months, streptomycin, what year',
    'which year did i have the antibiotic jabs',
  ])("%s: a kind in the class's own sentence is asked too (the shots), and the record holds it", (question) => {
    expect(
      analyze(question).asCategory(new Set([...HELD_WITHOUT_MEDICINES, 'Immunization']), holdsStoryWords),
    ).toBeUndefined();
  });

  it('prescriptions said before what they are for name the class: not the blood pressure readings', () => {
    const read = analyze('housing form asks about current prescriptions - anything for blood pressure?');
    expect(read.medicineClassQualifiers).toEqual([]);
    expect(read.resourceTypes).not.toContain('Observation');
  });
});
