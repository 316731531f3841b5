/** One coding a record carries, for retrieval by code (SNOMED CT, LOINC, CVX, RxNorm, ...). */
export interface RecordCode {
  system: string;
  code: string;
  display?: string;
}

/**
 * One retrievable fact from a FHIR bundle, ready to be stored in `patient_records` once the
 * importer adds the `patient_id`.
 */
export interface PatientRecordDraft {
  /** The FHIR resource type it came from, e.g. `Condition`. */
  resource_type: string;
  /** The clinically relevant day, `YYYY-MM-DD` (a partial FHIR date is padded to its first day). */
  date: string;
  codes: RecordCode[];
  /** The resource id (or the uuid of its `urn:uuid:` fullUrl): the key for idempotent imports. */
  source_id: string;
  /** A short plain-language narrative, starting with the date, without codes. */
  text: string;
  /** The full decoded text of a clinical note (DocumentReference only). */
  note_text?: string;
}
