import { FhirBundleError } from './fhir-bundle-error.js';
import type { Patient } from './fhir-types.js';
import { patientIdentityOf } from './patient-identity.js';
import { SYNTHETIC_PATIENT_ID, syntheticPatient } from './testing/synthetic-bundle.js';

function patient(overrides: Record<string, unknown> = {}): Patient {
  return syntheticPatient(overrides) as Patient;
}

describe('patientIdentityOf', () => {
  it('builds the Synthea-style id and a display name without digits', () => {
    expect(patientIdentityOf(patient())).toEqual({
      patient_id: SYNTHETIC_PATIENT_ID,
      display_name: 'Ada Lovelace',
      birth_date: '1985-12-10',
      gender: 'female',
    });
  });

  it('uses the first given name and prefers the official name', () => {
    const identity = patientIdentityOf(
      patient({
        name: [
          { use: 'nickname', family: 'Byron1', given: ['Augusta2'] },
          { use: 'official', family: "O'Neil-Smith7", given: ['Mary3', 'Ann4'], prefix: ['Mrs.'] },
        ],
      }),
    );
    expect(identity.patient_id).toBe("Mary3_O'Neil-Smith7_0b6c1a52-3f1e-4c55-9d0e-8a4a5b6c7d8e");
    expect(identity.display_name).toBe("Mary O'Neil-Smith");
  });

  it.each([
    ['names without digits', { name: [{ family: 'Lovelace', given: ['Ada'] }] }],
    ['a name with a space', { name: [{ family: 'Lovelace456', given: ['Ada Mary123'] }] }],
    ['an id that is not a uuid', { id: 'example' }],
    ['an upper-case uuid', { id: '0B6C1A52-3F1E-4C55-9D0E-8A4A5B6C7D8E' }],
  ])('rejects %s, saying the id does not match the format', (_label, overrides) => {
    expect(() => patientIdentityOf(patient(overrides))).toThrow(FhirBundleError);
    expect(() => patientIdentityOf(patient(overrides))).toThrow(/does not match the required format/);
  });

  it('keeps a partial birth date at its precision and drops values that are not FHIR', () => {
    expect(patientIdentityOf(patient({ birthDate: '1985' })).birth_date).toBe('1985');
    const identity = patientIdentityOf(patient({ birthDate: '10/12/1985', gender: 'F' }));
    expect(identity).not.toHaveProperty('birth_date');
    expect(identity).not.toHaveProperty('gender');
  });
});
