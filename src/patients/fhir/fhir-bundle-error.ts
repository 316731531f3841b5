/**
 * The uploaded document cannot be imported as one patient's FHIR bundle. The message is a
 * sentence meant for the person who uploaded it; the HTTP layer answers 422 with it.
 */
export class FhirBundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FhirBundleError';
  }
}
