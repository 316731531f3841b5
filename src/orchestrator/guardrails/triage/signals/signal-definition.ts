/**
 * The shape of a triage signal and the helpers every signal file uses.
 *
 * Signals are the findings the triage looks for in each clause: "chest pain", "cannot breathe",
 * "is pregnant". Categories are then decided from which signals were found (see
 * `../emergency-rules.ts`), so one finding can serve several categories ("not breathing" is a
 * breathing emergency, and an infant emergency when a baby is involved) and combinations
 * ("hit his head" + "vomiting") need no combined sentence pattern.
 *
 * Patterns work on `normalizeText` output: lower case, contractions spelled out.
 */
export type SignalId =
  | 'chest_pain'
  | 'left_arm_radiation'
  | 'heart_attack_now'
  | 'no_pulse'
  | 'palpitations'
  | 'chest_discomfort_vague'
  | 'left_arm_pain'
  | 'sweating'
  | 'vision_disturbance'
  | 'cannot_breathe'
  | 'short_of_breath'
  | 'not_breathing'
  | 'choking'
  | 'turning_blue'
  | 'asthma_attack_now'
  | 'severe_bleeding'
  | 'penetrating_wound'
  | 'unresponsive'
  | 'collapsed'
  | 'face_droop'
  | 'speech_difficulty'
  | 'one_sided_weakness'
  | 'limb_numbness'
  | 'stroke_now'
  | 'thunderclap_headache'
  | 'sudden_vision_loss'
  | 'anaphylaxis_now'
  | 'airway_swelling'
  | 'allergic_swelling'
  | 'hives'
  | 'allergen_exposure'
  | 'faint_or_dizzy'
  | 'head_knock'
  | 'knocked_out'
  | 'brief_blackout'
  | 'vomiting'
  | 'cannot_get_up'
  | 'confusion'
  | 'drowsy'
  | 'head_fluid_leak'
  | 'unequal_pupils'
  | 'worsening_headache'
  | 'overdose'
  | 'poison_ingestion'
  | 'envenomation'
  | 'seizure_now'
  | 'episode_pronoun_now'
  | 'seizure_named'
  | 'stroke_named'
  | 'heart_attack_named'
  | 'suicidal_intent'
  | 'self_harm'
  | 'pregnancy'
  | 'miscarriage_now'
  | 'bleeding_mentioned'
  | 'severe_abdominal_pain'
  | 'reduced_fetal_movement'
  | 'cord_prolapse'
  | 'infant'
  | 'newborn'
  | 'limp_floppy'
  | 'not_feeding'
  | 'bulging_fontanelle'
  | 'fever'
  | 'stiff_neck'
  | 'rash'
  | 'purpuric_rash'
  | 'non_blanching_rash'
  | 'photophobia'
  | 'headache';

export interface SignalDefinition {
  readonly id: SignalId;
  readonly patterns: readonly RegExp[];
  /**
   * A circumstance rather than a symptom: it stays relevant when told in the past ("he hit his
   * head two days ago and now he is vomiting", "I am pregnant"), so the past-resolved rule
   * does not drop it. Negation still does ("I am not pregnant").
   */
  readonly timeless?: boolean;
  /** A context in the same sentence in which the finding is ordinary, not alarming. */
  readonly ordinaryWhen?: RegExp;
}

export function define(
  id: SignalId,
  sources: readonly string[],
  options: { timeless?: boolean; ordinaryWhen?: RegExp } = {},
): SignalDefinition {
  return { id, patterns: sources.map((source) => new RegExp(source, 'g')), ...options };
}

/** Patterns are written as raw template strings so backslashes need no doubling. */
export const r = String.raw;

export const CANNOT = r`(?:cannot|could\s+not|unable\s+to|not\s+able\s+to)`;
export const POSSESSIVE = r`(?:my|his|her|their|the|our|its)`;
