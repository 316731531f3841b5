import type { EmergencyCategory } from '../emergency-categories.js';
import type { SignalId } from './emergency-signals.js';

/**
 * A way a category is recognised: all of `all` were found in the message, and none of
 * `unless`. A category has several triggers; any one is enough.
 */
export interface CategoryTrigger {
  readonly all: readonly SignalId[];
  readonly unless?: readonly SignalId[];
}

export interface CategoryRule {
  readonly category: EmergencyCategory;
  readonly triggers: readonly CategoryTrigger[];
}

const alone = (...signals: SignalId[]): CategoryTrigger[] => signals.map((signal) => ({ all: [signal] }));
const withEach = (context: SignalId, ...signals: SignalId[]): CategoryTrigger[] =>
  signals.map((signal) => ({ all: [context, signal] }));

export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'cardiac_chest_pain',
    triggers: [
      ...alone('chest_pain', 'left_arm_radiation', 'heart_attack_now', 'no_pulse'),
      { all: ['heart_attack_named', 'episode_pronoun_now'] },
      { all: ['palpitations', 'faint_or_dizzy'] },
      ...withEach('chest_discomfort_vague', 'left_arm_pain', 'sweating', 'faint_or_dizzy', 'short_of_breath', 'cannot_breathe', 'palpitations'),
      { all: ['palpitations', 'short_of_breath'] },
    ],
  },
  {
    category: 'breathing_difficulty',
    triggers: alone('cannot_breathe', 'short_of_breath', 'not_breathing', 'choking', 'turning_blue', 'asthma_attack_now'),
  },
  {
    category: 'loss_of_consciousness',
    triggers: alone('unresponsive', 'collapsed', 'no_pulse'),
  },
  {
    category: 'severe_bleeding',
    triggers: alone('severe_bleeding', 'penetrating_wound'),
  },
  {
    category: 'stroke_signs',
    triggers: [
      ...alone('face_droop', 'speech_difficulty', 'one_sided_weakness', 'stroke_now', 'thunderclap_headache', 'sudden_vision_loss'),
      { all: ['stroke_named', 'episode_pronoun_now'] },
      // A numb left arm beside chest pain points to the heart; on its own, to a stroke.
      { all: ['limb_numbness'], unless: ['chest_pain', 'left_arm_radiation', 'heart_attack_now'] },
    ],
  },
  {
    category: 'anaphylaxis',
    triggers: [
      ...alone('anaphylaxis_now', 'airway_swelling'),
      ...withEach('allergen_exposure', 'allergic_swelling', 'cannot_breathe', 'short_of_breath', 'turning_blue'),
      { all: ['allergen_exposure', 'hives', 'faint_or_dizzy'] },
    ],
  },
  {
    category: 'infant_distress',
    triggers: [
      ...withEach('infant', 'not_breathing', 'turning_blue', 'limp_floppy', 'unresponsive', 'cannot_breathe', 'choking', 'bulging_fontanelle', 'seizure_now'),
      { all: ['infant', 'reduced_fetal_movement'], unless: ['pregnancy'] },
      { all: ['newborn', 'fever'] },
      // A newborn who stops feeding can be seriously ill before any other sign shows.
      { all: ['newborn', 'not_feeding'] },
    ],
  },
  {
    category: 'seizure',
    triggers: [...alone('seizure_now'), { all: ['seizure_named', 'episode_pronoun_now'] }],
  },
  {
    category: 'poisoning_overdose',
    triggers: alone('overdose', 'poison_ingestion', 'envenomation'),
  },
  {
    category: 'head_injury',
    triggers: [
      ...alone('knocked_out'),
      ...withEach(
        'head_knock',
        'vomiting',
        'confusion',
        'drowsy',
        'brief_blackout',
        'unresponsive',
        'seizure_now',
        'head_fluid_leak',
        'unequal_pupils',
        'speech_difficulty',
        'worsening_headache',
        'sudden_vision_loss',
        'cannot_get_up',
      ),
    ],
  },
  {
    category: 'obstetric_bleeding',
    triggers: [
      ...alone('miscarriage_now', 'cord_prolapse'),
      ...withEach(
        'pregnancy',
        'bleeding_mentioned',
        'severe_bleeding',
        'severe_abdominal_pain',
        'reduced_fetal_movement',
        'seizure_now',
        'thunderclap_headache',
        'worsening_headache',
        'sudden_vision_loss',
        'vision_disturbance',
      ),
    ],
  },
  {
    category: 'meningitis_signs',
    triggers: [
      ...alone('non_blanching_rash'),
      { all: ['stiff_neck', 'fever', 'rash'] },
      { all: ['stiff_neck', 'fever', 'photophobia'] },
      { all: ['stiff_neck', 'fever', 'confusion'] },
      { all: ['stiff_neck', 'fever', 'drowsy'] },
      { all: ['stiff_neck', 'fever', 'headache'] },
      { all: ['stiff_neck', 'headache', 'photophobia'] },
      { all: ['fever', 'purpuric_rash'] },
    ],
  },
  {
    category: 'suicide_self_harm',
    triggers: alone('suicidal_intent', 'self_harm'),
  },
];
