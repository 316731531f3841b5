import type { Observation } from '../fhir-types.js';
import { describeObservation } from './observation-value.js';

function observation(fields: Record<string, unknown>): Observation {
  return { resourceType: 'Observation', code: { text: 'Glucose' }, ...fields } as Observation;
}

describe('describeObservation', () => {
  it.each([
    [{ valueQuantity: { value: 5.4, unit: 'mmol/L' } }, 'Glucose 5.4 mmol/L'],
    [{ valueQuantity: { value: 3, comparator: '<', code: 'mmol/L' } }, 'Glucose <3 mmol/L'],
    [{ valueQuantity: { value: 83503 } }, 'Glucose 83503'],
    [{ valueCodeableConcept: { coding: [{ display: 'High' }] } }, 'Glucose: High'],
    [{ valueString: '  normal for age ' }, 'Glucose: normal for age'],
    [{ valueBoolean: false }, 'Glucose: no'],
    [{ valueInteger: 7 }, 'Glucose: 7'],
    [
      { valueRange: { low: { value: 4, unit: 'mmol/L' }, high: { value: 6, unit: 'mmol/L' } } },
      'Glucose: 4 mmol/L to 6 mmol/L',
    ],
    [{ valueDateTime: '2020-01-02T03:04:05Z' }, 'Glucose: 2020-01-02'],
    [{ dataAbsentReason: { text: 'Sample hemolyzed' } }, 'Glucose: no result (Sample hemolyzed)'],
    [{}, 'Glucose'],
    [{ valueQuantity: { unit: 'mmol/L' } }, 'Glucose'],
  ])('describes %j', (fields, expected) => {
    expect(describeObservation(observation(fields))).toBe(expected);
  });

  it('shortens component names that repeat the observation name', () => {
    const bloodPressure = observation({
      code: { text: 'Blood Pressure' },
      component: [
        { code: { text: 'Diastolic Blood Pressure' }, valueQuantity: { value: 82, unit: 'mm[Hg]' } },
        { code: { text: 'Systolic Blood Pressure' }, valueQuantity: { value: 128, unit: 'mm[Hg]' } },
      ],
    });
    expect(describeObservation(bloodPressure)).toBe('Blood Pressure: Diastolic 82 mm[Hg], Systolic 128 mm[Hg]');
  });

  it('lists coded components and leaves out components without a value', () => {
    const panel = observation({
      code: { text: 'Symptom review' },
      component: [
        { code: { text: 'Cough' }, valueCodeableConcept: { text: 'Present' } },
        { code: { text: 'Fever' } },
        { valueQuantity: { value: 3, unit: 'd' } },
      ],
    });
    expect(describeObservation(panel)).toBe('Symptom review: Cough: Present, 3 d');
  });

  it('has nothing to say without a name', () => {
    expect(
      describeObservation(observation({ code: { coding: [{ code: '1234-5' }] }, valueInteger: 1 })),
    ).toBeUndefined();
  });
});
