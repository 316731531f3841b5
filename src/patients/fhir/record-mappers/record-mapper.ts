import type { ClinicalDate } from '../clinical-date.js';
import type { FhirResource, Reference } from '../fhir-types.js';
import type { RecordCode } from '../patient-record-draft.js';

/**
 * What a mapper reads out of one resource. Mappers only describe; turning facts into a stored
 * record, or into a skip when the date or the description is missing, happens in one place
 * (`record-draft.ts`) so every resource type degrades the same way.
 */
export interface RecordFacts {
  /** Patient-friendly name of the kind of record, e.g. "Condition", "Prescription". */
  label: string;
  /** The clinically relevant date; without one the resource is skipped. */
  date: ClinicalDate | undefined;
  /** What it is (and, for an observation, its value); without one the resource is skipped. */
  summary: string | undefined;
  /** Short qualifiers ("resolved 2020-03-20", "reason Fever"); empty ones are dropped. */
  details?: Array<string | undefined>;
  /** A passage of note text appended after the summary. */
  excerpt?: string;
  codes: RecordCode[];
  note_text?: string;
}

/** What mappers may ask of the bundle around the resource they describe. */
export interface MappingContext {
  resolve(reference: Reference | undefined, container?: FhirResource): FhirResource | undefined;
}

export type RecordMapper<T extends FhirResource = FhirResource> = (resource: T, context: MappingContext) => RecordFacts;
