/**
 * Minimal FHIR R4 typings for the parts of a bundle the record mapping reads.
 *
 * Bundles arrive as untrusted JSON, so every field is optional and the mapping code checks
 * shapes at run time (see `fhir-values.ts`); these types document intent, they guarantee nothing.
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Quantity {
  value?: number;
  comparator?: string;
  unit?: string;
  code?: string;
}

export interface Range {
  low?: Quantity;
  high?: Quantity;
}

export interface Attachment {
  contentType?: string;
  data?: string;
  url?: string;
  title?: string;
}

export interface HumanName {
  use?: string;
  family?: string;
  given?: string[];
}

export interface Dosage {
  text?: string;
}

export interface FhirResource {
  resourceType: string;
  id?: string;
  status?: string;
  contained?: FhirResource[];
  [field: string]: unknown;
}

export interface Patient extends FhirResource {
  resourceType: 'Patient';
  name?: HumanName[];
  birthDate?: string;
  gender?: string;
}

export interface Condition extends FhirResource {
  resourceType: 'Condition';
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  code?: CodeableConcept;
  subject?: Reference;
  onsetDateTime?: string;
  onsetPeriod?: Period;
  onsetString?: string;
  abatementDateTime?: string;
  abatementPeriod?: Period;
  abatementString?: string;
  recordedDate?: string;
}

/** The value[x] choices an Observation (or one of its components) can carry. */
export interface ObservationValue {
  valueQuantity?: Quantity;
  valueCodeableConcept?: CodeableConcept;
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueRange?: Range;
  valueDateTime?: string;
  dataAbsentReason?: CodeableConcept;
}

export interface ObservationComponent extends ObservationValue {
  code?: CodeableConcept;
}

export interface Observation extends FhirResource, ObservationValue {
  resourceType: 'Observation';
  code?: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  effectivePeriod?: Period;
  effectiveInstant?: string;
  issued?: string;
  component?: ObservationComponent[];
}

export interface Immunization extends FhirResource {
  resourceType: 'Immunization';
  vaccineCode?: CodeableConcept;
  patient?: Reference;
  occurrenceDateTime?: string;
  recorded?: string;
}

export interface Medication extends FhirResource {
  resourceType: 'Medication';
  code?: CodeableConcept;
}

export interface MedicationRequest extends FhirResource {
  resourceType: 'MedicationRequest';
  medicationCodeableConcept?: CodeableConcept;
  medicationReference?: Reference;
  subject?: Reference;
  authoredOn?: string;
  reasonCode?: CodeableConcept[];
  reasonReference?: Reference[];
  dosageInstruction?: Dosage[];
}

export interface MedicationStatement extends FhirResource {
  resourceType: 'MedicationStatement';
  medicationCodeableConcept?: CodeableConcept;
  medicationReference?: Reference;
  subject?: Reference;
  effectiveDateTime?: string;
  effectivePeriod?: Period;
  dateAsserted?: string;
  reasonCode?: CodeableConcept[];
  reasonReference?: Reference[];
  dosage?: Dosage[];
}

export interface AllergyReaction {
  substance?: CodeableConcept;
  manifestation?: CodeableConcept[];
}

export interface AllergyIntolerance extends FhirResource {
  resourceType: 'AllergyIntolerance';
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  criticality?: string;
  code?: CodeableConcept;
  patient?: Reference;
  onsetDateTime?: string;
  onsetPeriod?: Period;
  recordedDate?: string;
  lastOccurrence?: string;
  reaction?: AllergyReaction[];
}

export interface Procedure extends FhirResource {
  resourceType: 'Procedure';
  code?: CodeableConcept;
  subject?: Reference;
  performedDateTime?: string;
  performedPeriod?: Period;
  reasonCode?: CodeableConcept[];
  reasonReference?: Reference[];
}

export interface Encounter extends FhirResource {
  resourceType: 'Encounter';
  class?: Coding;
  type?: CodeableConcept[];
  subject?: Reference;
  period?: Period;
  reasonCode?: CodeableConcept[];
  reasonReference?: Reference[];
}

export interface DiagnosticReport extends FhirResource {
  resourceType: 'DiagnosticReport';
  code?: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  effectivePeriod?: Period;
  issued?: string;
  result?: Reference[];
  conclusion?: string;
}

export interface DocumentReferenceContent {
  attachment?: Attachment;
}

export interface DocumentReference extends FhirResource {
  resourceType: 'DocumentReference';
  docStatus?: string;
  type?: CodeableConcept;
  subject?: Reference;
  date?: string;
  description?: string;
  content?: DocumentReferenceContent[];
  context?: { period?: Period };
}

export interface CarePlanActivity {
  reference?: Reference;
  detail?: { code?: CodeableConcept; description?: string };
}

export interface CarePlan extends FhirResource {
  resourceType: 'CarePlan';
  title?: string;
  description?: string;
  category?: CodeableConcept[];
  subject?: Reference;
  period?: Period;
  created?: string;
  addresses?: Reference[];
  activity?: CarePlanActivity[];
}

export interface BundleEntry {
  fullUrl?: string;
  resource?: FhirResource;
}

export interface Bundle {
  resourceType: 'Bundle';
  type: string;
  entry?: BundleEntry[];
}
