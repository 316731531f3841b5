/**
 * The emergencies the deterministic triage recognises. The order is the order in which
 * categories are reported and their guidance is composed: the most time-critical first.
 */
export const EMERGENCY_CATEGORIES = [
  'cardiac_chest_pain',
  'breathing_difficulty',
  'loss_of_consciousness',
  'severe_bleeding',
  'stroke_signs',
  'anaphylaxis',
  'infant_distress',
  'seizure',
  'poisoning_overdose',
  'head_injury',
  'obstetric_bleeding',
  'meningitis_signs',
  'suicide_self_harm',
] as const;

export type EmergencyCategory = (typeof EMERGENCY_CATEGORIES)[number];

/**
 * What `metadata.emergency_symptoms` shows for each category. Written for the patient who
 * reads it back in the chat history: plain words first, the clinical name in brackets.
 */
export const EMERGENCY_CATEGORY_LABELS: Readonly<Record<EmergencyCategory, string>> = {
  cardiac_chest_pain: 'chest pain (possible heart attack)',
  breathing_difficulty: 'difficulty breathing',
  loss_of_consciousness: 'loss of consciousness (collapsed or unresponsive)',
  severe_bleeding: 'severe bleeding',
  stroke_signs: 'signs of a stroke (face drooping, one-sided weakness, slurred speech)',
  anaphylaxis: 'severe allergic reaction (anaphylaxis)',
  infant_distress: 'baby in distress (breathing, colour, responsiveness or fever)',
  seizure: 'seizure',
  poisoning_overdose: 'poisoning or overdose',
  head_injury: 'serious head injury',
  obstetric_bleeding: 'bleeding or other danger signs in pregnancy',
  meningitis_signs: 'possible meningitis (stiff neck, fever, rash or light sensitivity)',
  suicide_self_harm: 'thoughts of suicide or self-harm',
};

/** Sorts and de-duplicates categories into the canonical order above. */
export function orderCategories(categories: Iterable<EmergencyCategory>): EmergencyCategory[] {
  const present = new Set(categories);
  return EMERGENCY_CATEGORIES.filter((category) => present.has(category));
}
