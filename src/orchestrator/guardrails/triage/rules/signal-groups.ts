// Why: the groups of signs several clinical areas combine with a finding, kept in one place so the
// area rule files share one definition. The two poor-circulation lists differ on purpose.

/** MTS "shock" and NEWS2 red scores: the signs of poor circulation, a low systolic pressure included. */
export const POOR_CIRCULATION_WITH_LOW_BP = [
  'pale',
  'clammy',
  'cold_peripheries',
  'mottled',
  'faint_on_standing',
  'weak_pulse',
  'low_bp_lay',
  'low_systolic_bp',
];

/**
 * The signs of poor circulation without the systolic pressure, for the categories that were
 * added with the discriminator-based triage (shock names the low pressure on its own).
 */
export const POOR_CIRCULATION = [
  'pale',
  'clammy',
  'cold_peripheries',
  'mottled',
  'faint_on_standing',
  'weak_pulse',
  'low_bp_lay',
];

/** Signs that consciousness or brain function is impaired. */
export const ALTERED_CONSCIOUSNESS = [
  'confusion',
  'drowsy',
  'not_alert',
  'unresponsive',
  'brief_collapse',
  'low_gcs',
  'not_waking',
  'seizure_now',
  'speech_difficulty',
];
