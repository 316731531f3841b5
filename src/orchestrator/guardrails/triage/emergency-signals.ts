import { AIRWAY_SIGNALS } from './signals/airway-signals.js';
import { ALLERGY_AND_POISONING_SIGNALS } from './signals/allergy-and-poisoning-signals.js';
import { BLEEDING_AND_COLLAPSE_SIGNALS } from './signals/bleeding-and-collapse-signals.js';
import { CARDIORESPIRATORY_SIGNALS } from './signals/cardiorespiratory-signals.js';
import { CHILD_SIGNALS } from './signals/child-signals.js';
import { CHOKING_EPISODE_SIGNALS } from './signals/choking-episode-signals.js';
import { CIRCULATION_SIGNALS } from './signals/circulation-signals.js';
import { DOSE_EXCESS_SIGNALS } from './signals/dose-excess-signals.js';
import { ENVIRONMENTAL_SIGNALS } from './signals/environmental-signals.js';
import { EYE_SIGNALS } from './signals/eye-signals.js';
import { GASTROINTESTINAL_SIGNALS } from './signals/gastrointestinal-signals.js';
import { GENITOURINARY_SIGNALS } from './signals/genitourinary-signals.js';
import { INFANT_VACCINE_FEVER_SIGNALS } from './signals/infant-vaccine-fever-signals.js';
import { INFECTION_SIGNALS } from './signals/infection-signals.js';
import { MENINGITIS_SIGNALS } from './signals/meningitis-signals.js';
import { METABOLIC_SIGNALS } from './signals/metabolic-signals.js';
import { NEUROLOGICAL_SIGNALS } from './signals/neurological-signals.js';
import { PANIC_EPISODE_SIGNALS } from './signals/panic-episode-signals.js';
import { PERIODIC_BREATHING_SIGNALS } from './signals/periodic-breathing-signals.js';
import { PREGNANCY_AND_INFANT_SIGNALS } from './signals/pregnancy-and-infant-signals.js';
import { PSYCHIATRIC_SIGNALS } from './signals/psychiatric-signals.js';
import { SELF_HARM_SIGNALS } from './signals/self-harm-signals.js';
import type { SignalDefinition, SignalId } from './signals/signal-definition.js';
import { SPINAL_SIGNALS } from './signals/spinal-signals.js';
import { TRAUMA_SIGNALS } from './signals/trauma-signals.js';
import { TRAUMA_IN_PREGNANCY_SIGNALS } from './signals/trauma-in-pregnancy.js';
import { FINE_AT_FIRST_AFTER_AN_INJURY_SIGNALS } from './signals/fine-at-first-after-an-injury.js';
import { MORE_PILLS_JUST_TAKEN_SIGNALS } from './signals/more-pills-just-taken.js';
import { SYMPTOMS_BESIDE_AN_ENGINE_INDOORS_SIGNALS } from './signals/symptoms-beside-an-engine-indoors.js';
import { VASCULAR_SIGNALS } from './signals/vascular-signals.js';
import { VITAL_SIGNS_SIGNALS } from './signals/vital-signs-signals.js';
import { WITHDRAWAL_SIGNALS } from './signals/withdrawal-signals.js';

export type { SignalDefinition, SignalId } from './signals/signal-definition.js';

/** Circumstances that are background, not events (see `SignalOptions.background`). */
const BACKGROUND = new Set<SignalId>([
  'cardiac_history',
  'heart_attack_named',
  // Named conditions are the topic a later "he is having one" refers to, whenever they were first had.
  'seizure_named',
  'stroke_named',
  'family_sudden_death',
  'self_harm_history',
  'dependence_named',
  'diabetes',
  'chemotherapy',
  'anticoagulant',
  'cancer_history',
  'elderly',
  'infant',
  'newborn',
  'young_infant_age',
  'under_eight_weeks',
  'child',
  'pregnancy',
  'possible_pregnancy',
  'preterm',
  'postpartum',
  'hernia_named',
  'infection',
  'gtn_used',
  'food_or_sting_allergen',
  'acute_onset',
  'panic_attack_named',
  'glass_test',
  'back_pain',
  'swollen_calf',
  'pulsating_mass',
]);

/** Every signal the triage looks for, one file per clinical area under `signals/`. */
export const SIGNALS: readonly SignalDefinition[] = [
  ...AIRWAY_SIGNALS,
  ...CHOKING_EPISODE_SIGNALS,
  ...CARDIORESPIRATORY_SIGNALS,
  ...CIRCULATION_SIGNALS,
  ...VITAL_SIGNS_SIGNALS,
  ...BLEEDING_AND_COLLAPSE_SIGNALS,
  ...NEUROLOGICAL_SIGNALS,
  ...MENINGITIS_SIGNALS,
  ...ALLERGY_AND_POISONING_SIGNALS,
  ...DOSE_EXCESS_SIGNALS,
  ...MORE_PILLS_JUST_TAKEN_SIGNALS,
  ...SYMPTOMS_BESIDE_AN_ENGINE_INDOORS_SIGNALS,
  ...SELF_HARM_SIGNALS,
  ...PSYCHIATRIC_SIGNALS,
  ...PANIC_EPISODE_SIGNALS,
  ...WITHDRAWAL_SIGNALS,
  ...PREGNANCY_AND_INFANT_SIGNALS,
  ...INFANT_VACCINE_FEVER_SIGNALS,
  ...PERIODIC_BREATHING_SIGNALS,
  ...CHILD_SIGNALS,
  ...GASTROINTESTINAL_SIGNALS,
  ...METABOLIC_SIGNALS,
  ...INFECTION_SIGNALS,
  ...ENVIRONMENTAL_SIGNALS,
  ...TRAUMA_SIGNALS,
  ...TRAUMA_IN_PREGNANCY_SIGNALS,
  ...FINE_AT_FIRST_AFTER_AN_INJURY_SIGNALS,
  ...SPINAL_SIGNALS,
  ...GENITOURINARY_SIGNALS,
  ...EYE_SIGNALS,
  ...VASCULAR_SIGNALS,
].map((signal) => (BACKGROUND.has(signal.id) ? { ...signal, background: true } : signal));
