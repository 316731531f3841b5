import { EmergencyWordingModel } from './emergency-wording-model.js';
import { EMERGENCY_WORDING_WEIGHTS } from './emergency-wording-weights.js';

let shared: EmergencyWordingModel | undefined;

/** The committed model, decoded once per process however many triage instances read it. */
export function defaultWordingModel(): EmergencyWordingModel {
  shared ??= new EmergencyWordingModel(EMERGENCY_WORDING_WEIGHTS);
  return shared;
}
