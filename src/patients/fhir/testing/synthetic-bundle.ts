/** Hand-made bundles for the cases the Synthea fixtures do not exercise. */

export const SYNTHETIC_PATIENT_UUID = '0b6c1a52-3f1e-4c55-9d0e-8a4a5b6c7d8e';
export const SYNTHETIC_PATIENT_ID = `Ada123_Lovelace456_${SYNTHETIC_PATIENT_UUID}`;
export const SYNTHETIC_PATIENT_URL = `urn:uuid:${SYNTHETIC_PATIENT_UUID}`;

export function syntheticPatient(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: 'Patient',
    id: SYNTHETIC_PATIENT_UUID,
    name: [{ use: 'official', family: 'Lovelace456', given: ['Ada123'] }],
    gender: 'female',
    birthDate: '1985-12-10',
    ...overrides,
  };
}

/** A batch bundle holding the synthetic patient and the given resources, with urn:uuid fullUrls. */
export function syntheticBundle(resources: unknown[], type = 'batch'): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type,
    entry: [syntheticPatient(), ...resources].map((resource, index) => ({
      fullUrl: fullUrlOf(resource, index),
      resource,
    })),
  };
}

function fullUrlOf(resource: unknown, index: number): string {
  const id = (resource as { id?: unknown }).id;
  if (typeof id === 'string') return `urn:uuid:${id}`;
  return `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/** The subject reference every synthetic clinical resource uses. */
export const toPatient = { reference: SYNTHETIC_PATIENT_URL };
