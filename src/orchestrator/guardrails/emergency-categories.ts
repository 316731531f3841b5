/**
 * The emergencies the deterministic triage recognises. The order is the order in which
 * categories are reported and their guidance is composed: the most time-critical first.
 */
/** The thirteen categories the triage began with; the recall goal for unseen messages is measured inside them. */
export const ORIGINAL_EMERGENCY_CATEGORIES = [
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

export const EMERGENCY_CATEGORIES = [
  ...ORIGINAL_EMERGENCY_CATEGORIES,
  // Added with the discriminator-based triage: red flags of the published triage systems
  // (Manchester Triage System, NHS 111 / Pathways, Schmitt-Thompson) outside the first thirteen.
  'shock',
  'sepsis',
  'diabetic_emergency',
  'acute_abdomen',
  'vascular_emergency',
  'major_trauma',
  'burns',
  'heat_stroke',
  'hypothermia',
  'drowning',
  'withdrawal',
  'psychiatric_crisis',
  'spinal_cord_compression',
  'testicular_torsion',
  'eye_emergency',
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
  infant_distress: 'baby or young child in distress (breathing, colour, responsiveness, feeding or fever)',
  seizure: 'seizure',
  poisoning_overdose: 'poisoning or overdose',
  head_injury: 'serious head injury',
  obstetric_bleeding: 'bleeding or other danger signs in pregnancy',
  meningitis_signs: 'possible meningitis (stiff neck, fever, rash or light sensitivity)',
  suicide_self_harm: 'thoughts of suicide or self-harm',
  shock: 'signs of shock (pale, cold, clammy, fast heartbeat, faint)',
  sepsis: 'possible sepsis (infection with signs of serious illness)',
  diabetic_emergency: 'diabetic emergency (very high or very low blood sugar)',
  acute_abdomen: 'severe abdominal pain with danger signs',
  vascular_emergency: 'possible blood-vessel emergency (tearing pain, cold or blue limb, clot)',
  major_trauma: 'serious injury (high-energy accident, fall or crush)',
  burns: 'serious burn (large, deep, electrical, chemical or to the face or airway)',
  heat_stroke: 'heat stroke (overheated and confused or collapsed)',
  hypothermia: 'hypothermia (very cold, drowsy or confused)',
  drowning: 'drowning or near-drowning',
  withdrawal: 'dangerous withdrawal (alcohol or drugs: shaking, confusion, hallucinations, fits)',
  psychiatric_crisis: 'mental-health crisis with danger to the person or others',
  spinal_cord_compression:
    'possible spinal cord or nerve compression (numb saddle area, bladder or bowel change, weak legs)',
  testicular_torsion: 'sudden severe testicle pain (possible torsion)',
  eye_emergency: 'eye emergency (chemical splash, penetrating injury, sudden painful red eye or vision change)',
};

/** Sorts and de-duplicates categories into the canonical order above. */
export function orderCategories(categories: Iterable<EmergencyCategory>): EmergencyCategory[] {
  const present = new Set(categories);
  return EMERGENCY_CATEGORIES.filter((category) => present.has(category));
}
