import { narrativeOf } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

describe('mapCarePlan', () => {
  it('names the plan by its meaningful category, not the US Core assess-plan tag', () => {
    expect(
      narrativeOf({
        resourceType: 'CarePlan',
        id: 'cp1',
        subject: toPatient,
        category: [
          { coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan' }] },
          { text: 'Diabetes self management plan' },
        ],
        period: { start: '2018-01-10' },
        activity: [
          { detail: { code: { text: 'Diabetic diet' } } },
          { detail: { description: 'Walk 30 minutes a day' } },
          { detail: { code: { text: 'Diabetic diet' } } },
          { reference: { display: 'Metformin prescription' } },
        ],
        addresses: [{ display: 'Diabetes' }],
      }),
    ).toBe(
      '2018-01-10 — Care plan: Diabetes self management plan, for Diabetes, ' +
        'activities Diabetic diet, Walk 30 minutes a day and Metformin prescription',
    );
  });
});
