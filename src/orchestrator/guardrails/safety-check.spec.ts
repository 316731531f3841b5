import { MEDICAL_DISCLAIMER, NOT_A_DIAGNOSIS_NOTE, ResponseSafetyCheck, SAFE_FALLBACK_ANSWER } from './safety-check.js';

const CALLER = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const OTHER = 'Bob12_Smith34_11111111-2222-4333-8444-555555555555';

const safety = new ResponseSafetyCheck();
const asPatient = { callerPatientId: CALLER };
const asGuest = { callerPatientId: null };

describe('ResponseSafetyCheck', () => {
  it('passes a safe answer through with the disclaimer appended once', () => {
    const answer = 'Your cholesterol was 190 mg/dL in March, which is within the usual range.';
    const result = safety.check(answer, asPatient);
    expect(result).toEqual({
      response: `${answer}\n\n${MEDICAL_DISCLAIMER}`,
      disclaimer_added: true,
      violations: [],
      response_replaced: false,
    });
    expect(safety.check(result.response, asPatient).response).toBe(result.response);
  });

  it('does not repeat a disclaimer the answer already carries, whatever its spacing', () => {
    const answer = `Rest and drink fluids.\n\n${MEDICAL_DISCLAIMER.replace(/ /g, '  ')}`;
    const result = safety.check(answer, asPatient);
    expect(result.response).toBe(answer);
    expect(result.disclaimer_added).toBe(true);
  });

  describe('replaces a dangerous answer with the safe fallback', () => {
    it.each([
      ['You have cancer.', 'definitive_diagnosis'],
      ['Based on these symptoms you definitely have diabetes.', 'definitive_diagnosis'],
      ['I diagnose you with a migraine.', 'definitive_diagnosis'],
      ['This is certainly a fungal infection.', 'definitive_diagnosis'],
      ['You should stop taking your medication.', 'stop_medication'],
      ['Stop taking your blood pressure pills for a week.', 'stop_medication'],
      ['You no longer need your inhaler.', 'stop_medication'],
      ['Double your dose of ibuprofen tonight.', 'dosage_change'],
      ['I recommend you reduce your insulin dose.', 'dosage_change'],
      ["You don't need to see a doctor for this.", 'discourage_care'],
      ['There is no need to see a doctor.', 'discourage_care'],
      ['It is safe to ignore these symptoms.', 'discourage_care'],
    ])('%s → %s', (answer, rule) => {
      const result = safety.check(answer, asPatient);
      expect(result.violations).toEqual([rule]);
      expect(result.response_replaced).toBe(true);
      expect(result.response).toBe(`${SAFE_FALLBACK_ANSWER}\n\n${MEDICAL_DISCLAIMER}`);
      expect(result.disclaimer_added).toBe(true);
    });

    it('names every rule an answer breaks', () => {
      const result = safety.check('You definitely have an ulcer, so stop taking your aspirin tablets.', asPatient);
      expect(result.violations).toEqual(['definitive_diagnosis', 'stop_medication']);
    });
  });

  describe('keeps safe advice that uses the same words', () => {
    it.each([
      'Do not stop taking your medication without talking to your doctor.',
      "Please don't stop your antidepressants suddenly.",
      'Do not double your dose if you miss one.',
      'Your doctor may increase your dose if your blood pressure stays high.',
      'Talk to your doctor before you increase your dose.',
      'There is no need to panic, but please see a doctor today.',
      'This is definitely something to discuss with your doctor.',
      'Your records show you have type 2 diabetes, diagnosed in 2015.',
      'If you have cancer, the treatment options depend on the type.',
      'You may have questions about these results.',
      'It sounds like you are worried about your results.',
    ])('%s', (answer) => {
      const result = safety.check(answer, asPatient);
      expect(result.violations).toEqual([]);
      expect(result.response).toBe(`${answer}\n\n${MEDICAL_DISCLAIMER}`);
    });
  });

  describe('annotates hedged diagnostic language', () => {
    it.each([
      'You likely have a viral infection.',
      'This sounds like a tension headache.',
      'It is probably a cold.',
      'These findings are consistent with pneumonia.',
    ])('%s', (answer) => {
      const result = safety.check(answer, asPatient);
      expect(result).toEqual({
        response: `${answer}\n\n${NOT_A_DIAGNOSIS_NOTE}\n\n${MEDICAL_DISCLAIMER}`,
        disclaimer_added: true,
        violations: ['diagnostic_language'],
        response_replaced: false,
      });
    });
  });

  describe('patient identifiers', () => {
    it("redacts another patient's identifier and keeps the caller's own", () => {
      const answer = `Your record ${CALLER} is unlike ${OTHER}, whose results differ.`;
      const result = safety.check(answer, asPatient);
      expect(result.response).toBe(
        `Your record ${CALLER} is unlike [redacted], whose results differ.\n\n${MEDICAL_DISCLAIMER}`,
      );
      expect(result.violations).toEqual(['other_patient_identifier']);
      expect(result.response_replaced).toBe(false);
    });

    it('redacts every identifier for a guest', () => {
      const result = safety.check(`Compare ${CALLER} with ${OTHER}.`, asGuest);
      expect(result.response.startsWith('Compare [redacted] with [redacted].')).toBe(true);
      expect(result.violations).toEqual(['other_patient_identifier']);
    });

    it('finds identifiers inside other text', () => {
      const result = safety.check(`(see:${OTHER})`, asPatient);
      expect(result.response.startsWith('(see:[redacted])')).toBe(true);
    });

    it('reports a leak even when the whole answer is replaced', () => {
      const result = safety.check(`Like ${OTHER}, you have cancer.`, asPatient);
      expect(result.violations).toEqual(['definitive_diagnosis', 'other_patient_identifier']);
      expect(result.response).not.toContain(OTHER);
    });
  });
});
