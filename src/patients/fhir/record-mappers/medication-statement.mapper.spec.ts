import { mapOneResource } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

describe('mapMedicationStatement', () => {
  it('dates by the period taken, falling back to when it was asserted', () => {
    const statement = {
      resourceType: 'MedicationStatement',
      id: 'ms1',
      status: 'not-taken',
      subject: toPatient,
      medicationCodeableConcept: { text: 'Ibuprofen 200 MG Oral Tablet' },
      dosage: [{ text: 'as needed for pain' }],
    };
    expect(mapOneResource({ ...statement, effectivePeriod: { start: '2018-06-01' } }).record?.text).toBe(
      '2018-06-01 — Medication: Ibuprofen 200 MG Oral Tablet, as needed for pain, not taken',
    );
    expect(mapOneResource({ ...statement, dateAsserted: '2018-07-01' }).record?.date).toBe('2018-07-01');
    expect(mapOneResource(statement).skippedAs).toBe('MedicationStatement (no date)');
  });
});
