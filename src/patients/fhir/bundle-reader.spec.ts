import { readBundle } from './bundle-reader.js';
import { FhirBundleError } from './fhir-bundle-error.js';
import { mapFhirBundle } from './fhir-bundle-mapper.js';
import { SYNTHETIC_PATIENT_UUID, syntheticBundle, syntheticPatient } from './testing/synthetic-bundle.js';

function bundleWith(entries: unknown[], type = 'batch'): Record<string, unknown> {
  return { resourceType: 'Bundle', type, entry: entries.map((resource) => ({ resource })) };
}

/** The FhirBundleError mapFhirBundle throws for the input, or a failure when it does not throw one. */
function bundleErrorOf(input: unknown): FhirBundleError {
  try {
    mapFhirBundle(input);
  } catch (error) {
    if (error instanceof FhirBundleError) return error;
    throw error;
  }
  throw new Error('expected a FhirBundleError');
}

describe('readBundle', () => {
  it.each([
    ['null', null],
    ['a string', '{"resourceType":"Bundle"}'],
    ['a number', 42],
    ['an array', [syntheticBundle([])]],
  ])('rejects %s as not a JSON object', (_label, input) => {
    expect(bundleErrorOf(input).message).toBe('The document is not a JSON object, so it cannot be a FHIR Bundle.');
  });

  it('rejects a resource that is not a Bundle', () => {
    expect(bundleErrorOf(syntheticPatient()).message).toBe('The document is a FHIR Patient resource, not a Bundle.');
    expect(bundleErrorOf({ type: 'batch', entry: [] }).message).toBe(
      'The document has no resourceType, so it is not a FHIR Bundle.',
    );
  });

  it.each(['document', 'message', 'history', 'transaction-response', undefined])(
    'rejects a bundle of type %s',
    (type) => {
      const bundle = { ...syntheticBundle([]), type };
      expect(bundleErrorOf(bundle).message).toMatch(
        /^The bundle type .+ is not supported; use a transaction, batch, collection or searchset bundle\.$/,
      );
    },
  );

  it.each(['transaction', 'batch', 'collection', 'searchset'])('accepts a %s bundle', (type) => {
    expect(readBundle(syntheticBundle([], type)).patientEntry.resource.id).toBe(SYNTHETIC_PATIENT_UUID);
  });

  it('rejects a bundle whose entry is not a list', () => {
    expect(bundleErrorOf({ resourceType: 'Bundle', type: 'batch', entry: {} }).message).toBe(
      'The bundle has an entry field that is not a list.',
    );
  });

  it.each([
    ['no entries at all', { resourceType: 'Bundle', type: 'batch' }],
    ['only other resources', bundleWith([{ resourceType: 'Organization', id: 'o1', name: 'Clinic' }])],
    ['a Patient without a name', bundleWith([syntheticPatient({ name: undefined })])],
    ['a Patient whose name has no family part', bundleWith([syntheticPatient({ name: [{ given: ['Ada123'] }] })])],
    ['a Patient whose name has no given part', bundleWith([syntheticPatient({ name: [{ family: 'Lovelace456' }] })])],
    ['a Patient without an id', bundleWith([syntheticPatient({ id: undefined })])],
    ['entries that are not objects', { resourceType: 'Bundle', type: 'batch', entry: [null, 3] }],
  ])('rejects a bundle with %s', (_label, bundle) => {
    expect(bundleErrorOf(bundle).message).toBe('The bundle has no Patient resource with an id and a name.');
  });

  it('rejects a bundle with two usable patients', () => {
    const other = syntheticPatient({ id: '11111111-2222-4333-8444-555555555555' });
    expect(bundleErrorOf(bundleWith([syntheticPatient(), other])).message).toBe(
      'The bundle has more than one Patient resource with an id and a name; upload one patient per bundle.',
    );
  });

  it('uses the one usable Patient when another lacks a name', () => {
    const nameless = syntheticPatient({ id: '11111111-2222-4333-8444-555555555555', name: [] });
    expect(readBundle(bundleWith([nameless, syntheticPatient()])).patientEntry.resource.id).toBe(
      SYNTHETIC_PATIENT_UUID,
    );
  });

  it('raises errors that are named and usable with instanceof', () => {
    const error = bundleErrorOf(null);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FhirBundleError');
  });
});
