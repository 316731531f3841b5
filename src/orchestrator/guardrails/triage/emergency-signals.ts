import { ALLERGY_AND_POISONING_SIGNALS } from './signals/allergy-and-poisoning-signals.js';
import { BLEEDING_AND_COLLAPSE_SIGNALS } from './signals/bleeding-and-collapse-signals.js';
import { CARDIORESPIRATORY_SIGNALS } from './signals/cardiorespiratory-signals.js';
import { MENINGITIS_SIGNALS } from './signals/meningitis-signals.js';
import { NEUROLOGICAL_SIGNALS } from './signals/neurological-signals.js';
import { PREGNANCY_AND_INFANT_SIGNALS } from './signals/pregnancy-and-infant-signals.js';
import { SELF_HARM_SIGNALS } from './signals/self-harm-signals.js';
import type { SignalDefinition } from './signals/signal-definition.js';

export type { SignalDefinition, SignalId } from './signals/signal-definition.js';

/** Every signal the triage looks for, one file per clinical area under `signals/`. */
export const SIGNALS: readonly SignalDefinition[] = [
  ...CARDIORESPIRATORY_SIGNALS,
  ...BLEEDING_AND_COLLAPSE_SIGNALS,
  ...NEUROLOGICAL_SIGNALS,
  ...ALLERGY_AND_POISONING_SIGNALS,
  ...SELF_HARM_SIGNALS,
  ...PREGNANCY_AND_INFANT_SIGNALS,
  ...MENINGITIS_SIGNALS,
];
