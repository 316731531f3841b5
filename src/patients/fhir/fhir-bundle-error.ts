/**
 * The uploaded document cannot be imported as one patient's FHIR bundle. The message is a
 * sentence meant for the person who uploaded it; the HTTP layer answers 422 with it, naming
 * `field` (the bundle's own field at fault; most faults are in its entries) in `errors`.
 */
export class FhirBundleError extends Error {
  constructor(
    message: string,
    readonly field: 'resourceType' | 'type' | 'entry' = 'entry',
  ) {
    super(message);
    this.name = 'FhirBundleError';
  }
}
