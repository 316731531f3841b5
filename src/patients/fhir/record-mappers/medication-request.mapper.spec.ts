import { mapOneResource, narrativeOf } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

const amoxicillin = {
  coding: [
    {
      system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
      code: '308182',
      display: 'Amoxicillin 250 MG Oral Capsule',
    },
  ],
  text: 'Amoxicillin 250 MG Oral Capsule',
};

function request(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    resourceType: 'MedicationRequest',
    id: 'mr1',
    status: 'active',
    subject: toPatient,
    authoredOn: '2019-01-04T09:00:00-05:00',
    ...fields,
  };
}

describe('mapMedicationRequest', () => {
  it('names the medicine, the instructions, the reason and a notable status', () => {
    const { record } = mapOneResource(
      request({
        status: 'stopped',
        medicationCodeableConcept: amoxicillin,
        dosageInstruction: [{ text: 'one capsule three times a day' }],
        reasonCode: [{ text: 'Acute bacterial sinusitis' }],
      }),
    );
    expect(record).toEqual({
      resource_type: 'MedicationRequest',
      date: '2019-01-04',
      codes: [amoxicillin.coding[0]],
      source_id: 'mr1',
      text:
        '2019-01-04 — Prescription: Amoxicillin 250 MG Oral Capsule, one capsule three times a day, ' +
        'reason Acute bacterial sinusitis, stopped',
    });
  });

  it('resolves a Medication referenced by urn:uuid, with its codes', () => {
    const medication = { resourceType: 'Medication', id: 'b1c2d3e4-0000-4000-8000-000000000001', code: amoxicillin };
    const { record } = mapOneResource(
      request({ medicationReference: { reference: `urn:uuid:${medication.id}` } }),
      medication,
    );
    expect(record?.text).toBe('2019-01-04 — Prescription: Amoxicillin 250 MG Oral Capsule');
    expect(record?.codes).toEqual([amoxicillin.coding[0]]);
  });

  it('resolves a contained Medication, and falls back to the reference display', () => {
    expect(
      narrativeOf(
        request({
          contained: [{ resourceType: 'Medication', id: 'med', code: { text: 'Ibuprofen 200 MG' } }],
          medicationReference: { reference: '#med' },
        }),
      ),
    ).toBe('2019-01-04 — Prescription: Ibuprofen 200 MG');
    expect(
      narrativeOf(request({ medicationReference: { reference: 'Medication/gone', display: 'Paracetamol' } })),
    ).toBe('2019-01-04 — Prescription: Paracetamol');
  });

  it('resolves a referenced Condition as the reason', () => {
    const sinusitis = {
      resourceType: 'Condition',
      id: 'c9',
      subject: toPatient,
      code: { text: 'Sinusitis' },
      recordedDate: '2019-01-04',
    };
    const prescription = request({
      medicationCodeableConcept: amoxicillin,
      reasonReference: [{ reference: 'Condition/c9' }],
    });
    expect(narrativeOf(prescription, sinusitis)).toBe(
      '2019-01-04 — Prescription: Amoxicillin 250 MG Oral Capsule, reason Sinusitis',
    );
  });

  it('skips a prescription that names no medicine', () => {
    expect(mapOneResource(request({})).skippedAs).toBe('MedicationRequest (no description)');
  });
});
