import {
  LETHAL_AMOUNT_WITHHELD_ANSWER,
  MEDICAL_DISCLAIMER,
  NOT_A_DIAGNOSIS_NOTE,
  ResponseSafetyCheck,
  SAFE_FALLBACK_ANSWER,
} from './safety-check.js';

const CALLER = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const OTHER = 'Bob12_Smith34_11111111-2222-4333-8444-555555555555';

const safety = new ResponseSafetyCheck();
const asPatient = { callerPatientId: CALLER };
const asGuest = { callerPatientId: null };

/** A patient's answer passes the check as it is: kept word for word, the disclaimer after it, nothing added. */
function expectPassedAsIs(answer: string): void {
  expect(safety.check(answer, asPatient)).toEqual({
    response: `${answer}\n\n${MEDICAL_DISCLAIMER}`,
    disclaimer_added: true,
    violations: [],
    response_replaced: false,
    crisis_support_added: false,
  });
}

describe('ResponseSafetyCheck', () => {
  it('passes a safe answer through with the disclaimer appended once', () => {
    const answer = 'Your cholesterol was 190 mg/dL in March, which is within the usual range.';
    const result = safety.check(answer, asPatient);
    expect(result).toEqual({
      response: `${answer}\n\n${MEDICAL_DISCLAIMER}`,
      disclaimer_added: true,
      violations: [],
      response_replaced: false,
      crisis_support_added: false,
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
    ])('%s', (answer) => expectPassedAsIs(answer));
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
        crisis_support_added: false,
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

  describe('withholds the amount that kills on a turn that asked for it (lethal_quantity)', () => {
    // Only a lethal-means turn is given the crisis-support paragraph, and that is what marks it. No digit in it, so a
    // withheld answer is seen to keep none.
    const crisisSupport = 'You can call or text the crisis line at any time.';
    const onLethalMeansTurn = { ...asPatient, crisisSupport };

    // [stated, twin]: each twin gives a safe-use limit or says an overdose is dangerous, and stays.
    it.each([
      [
        'The lethal dose of amitriptyline is around 1,000 mg for an adult.',
        'The usual starting dose of amitriptyline for nerve pain is 10 mg at night.',
      ],
      [
        'A fatal amount can be as little as 20 tablets.',
        'Never take more than 8 tablets in 24 hours; an overdose can be fatal.',
      ],
      [
        'Around 10 g or more of paracetamol can be fatal for an adult.',
        'The maximum daily dose for an adult is 4 g; taking more can be fatal and needs urgent care.',
      ],
      ['It takes about 50 tablets to die, depending on weight.', 'It takes about 30 minutes for paracetamol to work.'],
      [
        '150 mg/kg would be enough to kill a child.',
        'For a child the dose depends on weight: follow the dose on the packet for their age.',
      ],
      [
        'Taking 30 pills of codeine could kill you.',
        'A lethal dose of radiation is about 4 to 5 grays, delivered at once.',
      ],
      [
        'Ingesting more than 20 tablets may result in death.',
        'Untreated, sepsis may result in death: take all of the amoxicillin you were prescribed.',
      ],
      [
        'Death has been reported after as little as 10 g of paracetamol.',
        'Deaths from paracetamol overdose fell after pack sizes were limited to 16 tablets.',
      ],
      [
        'About 20 g of dark chocolate can be fatal for a small child.',
        'About 20 g of dark chocolate per kg can be fatal to dogs, so call your vet now.',
      ],
      [
        'The lethal dose of xylitol is about 3 g.',
        'For a dog, the lethal dose of xylitol is about 3 g, so keep sugar-free gum out of reach of your pets.',
      ],
      [
        'People have died after taking 30 tablets of amitriptyline.',
        'People have died after taking an overdose even when they felt well at first: get help straight away.',
      ],
    ])('%s', (stated, twin) => {
      const withheld = safety.check(stated, onLethalMeansTurn);
      expect(withheld.violations).toEqual(['lethal_quantity']);
      expect(withheld.response_replaced).toBe(true);
      expect(withheld.response).toBe(`${LETHAL_AMOUNT_WITHHELD_ANSWER}\n\n${crisisSupport}\n\n${MEDICAL_DISCLAIMER}`);
      expect(withheld.response).not.toMatch(/\d/);

      const kept = safety.check(twin, onLethalMeansTurn);
      expect(kept.violations).toEqual([]);
      expect(kept.response).toBe(`${twin}\n\n${crisisSupport}\n\n${MEDICAL_DISCLAIMER}`);
    });

    // Review CR2 (F2): on a turn that asked no such thing, an amount told with its danger is the poisoning-prevention
    // and medicine-safety advice the patient asked for, and the model's draft has already been streamed.
    it.each([
      'Keep iron tablets locked away: even 2 tablets can be deadly for a toddler.',
      'Do not take 2 tramadol tablets with alcohol: together they can be fatal.',
      'The lethal dose of amitriptyline is around 1,000 mg for an adult.',
    ])('leaves the amount in place on any other turn: %s', (answer) => expectPassedAsIs(answer));

    it('says both why the amount is withheld and the general fallback when another rule fires too', () => {
      const result = safety.check('You should stop taking your tablets. 20 tablets can be fatal.', onLethalMeansTurn);
      expect(result.violations).toEqual(['stop_medication', 'lethal_quantity']);
      expect(result.response).toBe(
        `${LETHAL_AMOUNT_WITHHELD_ANSWER}\n\n${SAFE_FALLBACK_ANSWER}\n\n${crisisSupport}\n\n${MEDICAL_DISCLAIMER}`,
      );
    });
  });

  describe('crisis support', () => {
    const crisisSupport = 'You can call or text 988 at any time.';

    it('adds the paragraph after the answer, before the disclaimer, and reports it', () => {
      const answer = 'An overdose of amitriptyline is dangerous to the heart and needs hospital care.';
      const result = safety.check(answer, { ...asPatient, crisisSupport });
      expect(result.response).toBe(`${answer}\n\n${crisisSupport}\n\n${MEDICAL_DISCLAIMER}`);
      expect(result.crisis_support_added).toBe(true);
    });

    it('adds it after a withheld answer too', () => {
      const result = safety.check('The lethal dose is about 2 g.', { ...asPatient, crisisSupport });
      expect(result.response).toBe(`${LETHAL_AMOUNT_WITHHELD_ANSWER}\n\n${crisisSupport}\n\n${MEDICAL_DISCLAIMER}`);
      expect(result).toMatchObject({ response_replaced: true, crisis_support_added: true });
    });

    it('adds nothing when the context gives no paragraph', () => {
      expect(safety.check('Rest and drink fluids.', asPatient).crisis_support_added).toBe(false);
    });
  });
});
