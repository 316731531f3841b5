// The brain and spinal cord: collapse, stroke, seizures and cord compression, recognised by their neurological red flags.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';
import { CONVULSION_FEATURES, POOR_CIRCULATION_WITH_LOW_BP } from './signal-groups.js';

export const LOSS_OF_CONSCIOUSNESS_RULE: CategoryRule = {
  category: 'loss_of_consciousness',
  triggers: [
    ...alone('unresponsive', 'unresponsive', 'collapsed', 'found_down', 'low_gcs', 'limp_floppy'),
    ...alone('no signs of life', 'no_pulse'),
    ...alone('altered conscious level', 'not_alert'),
    { all: ['confusion', 'sudden_onset'], name: 'sudden confusion' },
    ...alone('repeated or exertional faint', 'repeated_faint', 'faint_on_exertion'),
    ...withEach('child not rousable', 'child', 'not_waking', 'no_social_response'),
    ...anyWithAny(
      'faint with poor circulation or heart signs',
      ['brief_collapse'],
      [...POOR_CIRCULATION_WITH_LOW_BP, 'chest_pain', 'palpitations', 'short_of_breath', 'anticoagulant'],
    ),
    ...withEach('drowsy and hard to rouse', 'drowsy', 'not_waking', 'confusion'),
    // A sudden collapse seen by a bystander, with a sign that the person is not all right now.
    ...anyWithAny(
      'collapse with an abnormal sign',
      ['collapsed', 'found_down', 'brief_collapse'],
      ['cyanosis', 'turning_blue', 'not_alert', 'clammy', 'airway_noise', 'not_moving', 'confusion', 'not_waking'],
    ),
    ...anyWithAny('collapse with an abnormal sign', ['collapsed', 'found_down'], ['pale']),
    ...alone('cardiac arrest: resuscitation under way', 'cpr_in_progress'),
    ...withEach('faint without warning or at rest', 'brief_collapse', 'no_warning'),
    // NICE CG109 / ESC syncope: a faint in someone whose relative died suddenly young may be an inherited arrhythmia.
    ...withEach('faint with a family history of sudden death', 'brief_collapse', 'family_sudden_death'),
    ...withEach('not coming round after a faint', 'brief_collapse', 'still_out'),
  ],
};

/**
 * FAST's arm and speech in any of their tellings: a weak, heavy or numb arm or leg, an arm that cannot be lifted, speech
 * slurred or gone. Beside a face that droops they make it FAST, whatever the forehead does.
 */
const LIMB_OR_SPEECH_FAILING = [
  'speech_lost_plain',
  'arm_failing_plain',
  'speech_difficulty',
  'one_sided_weakness',
  'limb_numbness',
  'focal_deficit_lay',
] as const;

export const STROKE_SIGNS_RULE: CategoryRule = {
  category: 'stroke_signs',
  triggers: [
    ...alone(
      'acute focal neurological deficit',
      'speech_difficulty',
      'one_sided_weakness',
      'arm_and_leg_of_one_side',
      'stroke_now',
    ),
    // A face droop with the forehead drooping too, and nothing else, is a Bell's palsy, not a stroke (CKS).
    { all: ['face_droop'], unless: ['forehead_involved'], name: 'acute focal neurological deficit' },
    // The forehead reads only a face told alone: a limb or speech failing told anywhere in the message keeps the face a
    // stroke's ("cannot wrinkle her forehead, her face is drooping and her arm is weak": review V37, 00:33).
    ...anyWithAny('acute focal neurological deficit', ['face_droop', 'face_deficit_lay'], [...LIMB_OR_SPEECH_FAILING]),
    // The forehead sets a face aside as a Bell's palsy only when the face is all there is: confusion, dizziness,
    // vomiting or legs that give way beside it are a stroke's (BE-FAST balance, posterior circulation; review V17).
    ...anyWithAny(
      'acute focal neurological deficit',
      ['face_droop', 'face_deficit_lay', 'face_dropped_plain'],
      ['confusion', 'faint_or_dizzy', 'vomiting', 'cannot_get_up'],
    ),
    ...alone('sudden severe (thunderclap) headache', 'thunderclap_headache'),
    ...alone('sudden loss of vision', 'sudden_vision_loss'),
    ...alone('new double vision', 'diplopia'),
    ...alone('sudden loss of balance or coordination', 'ataxia'),
    ...alone('neglect of one side', 'neglect'),
    ...withEach('sudden memory loss', 'amnesia', 'sudden_or_severe', 'new_onset'),
    { all: ['focal_deficit_lay', 'acute_onset'], name: 'acute focal neurological deficit' },
    {
      all: ['face_deficit_lay', 'acute_onset'],
      unless: ['forehead_involved'],
      name: 'acute focal neurological deficit',
    },
    // NHS FAST: a face told as dropped, with speech or a limb failing beside it.
    ...anyWithAny(
      'acute focal neurological deficit',
      ['face_dropped_plain'],
      [...LIMB_OR_SPEECH_FAILING, 'face_deficit_lay'],
    ),
    // Speech lost of a sudden is dysphasia, FAST's S, whatever else is told (review, session 57: "had a stroke years
    // ago ... an hour ago he suddenly couldn't speak"), unless told as words failing with a feeling.
    {
      all: ['speech_lost_plain', 'sudden_onset'],
      unless: ['speechless_with_feeling'],
      name: 'acute focal neurological deficit',
    },
    // Speech lost at an hour told today is as new (review, session 58: "speech slurred since his stroke, but this
    // afternoon he can't speak at all": a change of an old deficit is new).
    {
      all: ['speech_lost_plain', 'onset_told_by_the_hour'],
      unless: ['speechless_with_feeling'],
      name: 'acute focal neurological deficit',
    },
    { all: ['stroke_named', 'episode_pronoun_now'], name: 'possible stroke now' },
    { all: ['stroke_named', 'same_as_before'], name: 'symptoms like a previous stroke' },
    // Slurring or staggering "like drunk" in someone who has not been drinking.
    { all: ['seems_drunk', 'not_drinking'], name: 'acts drunk without alcohol' },
    ...withEach('sudden loss of balance or coordination', 'leaning_to_side', 'sudden_onset', 'seems_drunk', 'vomiting'),
    // A numb left arm beside chest pain points to the heart; on its own, to a stroke.
    {
      all: ['limb_numbness'],
      unless: ['chest_pain', 'left_arm_radiation', 'heart_attack_now'],
      name: 'one-sided numbness or weakness',
    },
  ],
};

export const SEIZURE_RULE: CategoryRule = {
  category: 'seizure',
  triggers: [
    ...alone('active or prolonged seizure', 'seizure_now', 'prolonged_seizure', 'seizure_kind_named'),
    // The episode pointed at ("is this a fit?") is one, unless what is pointed at is a movement that only looks like one.
    { all: ['seizure_asked'], unless: ['ordinary_jerks'], name: 'active or prolonged seizure' },
    ...anyWithAny('active or prolonged seizure', ['seizure_asked'], CONVULSION_FEATURES),
    { all: ['seizure_named', 'episode_pronoun_now'], name: 'seizure now' },
    { all: ['seizure_stopped', 'episode_started_again'], name: 'seizure now' },
    ...alone('repeated seizures without recovery', 'repeated_seizures'),
    ...anyWithAny(
      'seizure still going',
      ['seizure_happened', 'convulsive_movements', 'seizure_named'],
      ['still_convulsing'],
    ),
    ...anyWithAny(
      'first seizure',
      ['seizure_happened', 'convulsive_movements', 'seizure_aftermath'],
      ['first_episode'],
    ),
    ...anyWithAny(
      'seizure without recovery',
      ['seizure_happened', 'convulsive_movements'],
      ['not_waking', 'unresponsive', 'not_alert', 'low_gcs', 'not_recovered_after'],
    ),
    ...anyWithAny(
      'unwitnessed seizure',
      ['seizure_aftermath'],
      ['found_down', 'collapsed', 'brief_collapse', 'confusion', 'convulsive_movements', 'came_to_on_the_floor'],
    ),
    ...anyWithAny('seizure after a head injury', ['head_knock'], ['seizure_happened', 'convulsive_movements']),
    ...anyWithAny(
      'seizure with impaired awareness',
      ['convulsive_movements'],
      ['absent_during_episode', 'recurring_episodes'],
    ),
    ...anyWithAny('stiffening then jerking', ['stiffening', 'seizure_aftermath'], ['jerking_now']),
    // NICE NG217: absences or focal seizures that keep coming (a cluster) are an emergency.
    { all: ['absent_during_episode', 'recurring_episodes'], name: 'cluster of seizures' },
    ...anyWithAny('seizure in water', ['seizure_happened', 'convulsive_movements'], ['in_water', 'drowning']),
    ...withEach('infantile spasms', 'infant', 'infant_spasms'),
  ],
};

export const SPINAL_CORD_COMPRESSION_RULE: CategoryRule = {
  category: 'spinal_cord_compression',
  triggers: [
    ...alone('saddle anaesthesia', 'saddle_numbness'),
    ...alone('numb below a level on the trunk', 'sensory_level'),
    ...anyWithAny(
      'back pain with bladder, bowel or bilateral leg symptoms',
      ['back_pain', 'high_energy_mechanism', 'head_knock'],
      ['sphincter_disturbance', 'bilateral_leg_weakness'],
    ),
    {
      all: ['bilateral_leg_weakness', 'sphincter_disturbance'],
      name: 'weak legs with loss of bladder or bowel control',
    },
    // NICE NG234: a cancer with back pain and new neurology is metastatic cord compression.
    ...anyWithAny(
      'cancer with back pain and leg weakness or walking difficulty',
      ['cancer_history'],
      ['bilateral_leg_weakness', 'difficulty_walking', 'sphincter_disturbance'],
    ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'back_pain'] })),
  ],
};
