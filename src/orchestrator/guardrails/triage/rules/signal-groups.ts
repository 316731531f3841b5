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

/**
 * What makes a movement asked about ("is this a seizure?") a convulsion whatever ordinary movement
 * (a startle, a sleep jerk, jitters) is told beside it: stiffening, jerking of the limbs or going on,
 * episodes that keep coming, blanking out, the traces a fit leaves, a subtle seizure's signs, spasms, a
 * contrast with the usual movement, or a drink or drug just stopped.
 */
export const CONVULSION_FEATURES = [
  'stiffening',
  'convulsive_movements',
  'jerking_now',
  'still_convulsing',
  'recurring_episodes',
  'repeated_seizures',
  'absent_during_episode',
  'seizure_aftermath',
  'seizure_features_told',
  'infant_spasms',
  'substance_stopped',
  'stopped_recently',
  'dependence_named',
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
  'seizure_asked',
  'speech_difficulty',
];
