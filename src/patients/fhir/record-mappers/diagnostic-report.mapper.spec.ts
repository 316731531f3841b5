import { narrativeOf } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

describe('mapDiagnosticReport', () => {
  it('describes contained and bundled results, and falls back to reference displays', () => {
    const potassium = {
      resourceType: 'Observation',
      id: 'f0e1d2c3-0000-4000-8000-00000000000a',
      subject: toPatient,
      code: { text: 'Potassium' },
      valueQuantity: { value: 4.1, unit: 'mmol/L' },
      effectiveDateTime: '2021-06-01',
    };
    const report = {
      resourceType: 'DiagnosticReport',
      id: 'dr1',
      subject: toPatient,
      code: { text: 'Basic metabolic panel' },
      issued: '2021-06-02T08:00:00Z',
      contained: [
        {
          resourceType: 'Observation',
          id: 'na',
          code: { text: 'Sodium' },
          valueQuantity: { value: 140, unit: 'mmol/L' },
        },
      ],
      result: [
        { reference: '#na' },
        { reference: `Observation/${potassium.id}` },
        { reference: 'Observation/elsewhere', display: 'Chloride' },
        { reference: 'Observation/unknown' },
      ],
      conclusion: 'Within normal limits.',
    };
    expect(narrativeOf(report, potassium)).toBe(
      '2021-06-02 — Diagnostic report: Basic metabolic panel, results Sodium 140 mmol/L; Potassium 4.1 mmol/L; ' +
        'Chloride, conclusion Within normal limits.',
    );
  });
});
