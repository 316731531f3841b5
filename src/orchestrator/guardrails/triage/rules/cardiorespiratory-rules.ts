// Heart, airway and circulation: chest pain, breathing, anaphylaxis, shock and vascular emergencies, where minutes decide the outcome.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';
import { POOR_CIRCULATION } from './signal-groups.js';

export const CARDIAC_CHEST_PAIN_RULE: CategoryRule = {
  category: 'cardiac_chest_pain',
  triggers: [
    ...alone('cardiac chest pain', 'chest_pain', 'heart_attack_now', 'no_pulse'),
    ...alone('chest pain radiating to arm, jaw or back', 'left_arm_radiation'),
    { all: ['heart_attack_named', 'episode_pronoun_now'], name: 'possible heart attack now' },
    { all: ['heart_attack_named', 'same_as_before'], name: 'pain like a previous heart attack' },
    { all: ['gtn_not_working'], name: 'angina unrelieved by GTN' },
    { all: ['gtn_used', 'not_relieved'], name: 'angina unrelieved by GTN' },
    // NICE CG126: after the spray, a pain that comes back or is not eased, or one told with sweating, greyness, a
    // faint, breathlessness, a spread or at rest, is a possible heart attack (see angina-after-the-spray.ts); the
    // spray's headache, flushing and light-headedness are not among them.
    { all: ['angina_spray_taken', 'angina_pain_back_or_lasting'], name: 'angina back or unrelieved after GTN' },
    ...withEach(
      'angina with cardiac features after GTN',
      'angina_spray_taken',
      'sweating',
      'clammy',
      'pale',
      'turning_blue',
      'brief_collapse',
      'short_of_breath',
      'pain_radiation',
      'pain_at_rest',
    ),
    ...withEach(
      'palpitations with collapse or poor circulation',
      'palpitations',
      'faint_or_dizzy',
      'short_of_breath',
      'brief_collapse',
      'pale',
      'clammy',
    ),
    ...withEach(
      'chest discomfort with cardiac features',
      'chest_discomfort_vague',
      'left_arm_pain',
      'sweating',
      'clammy',
      'faint_or_dizzy',
      'short_of_breath',
      'cannot_breathe',
      'breathing_trouble',
      'palpitations',
      'pain_radiation',
    ),
    // A sore chest with the companions NICE CG95 reads a cardiac pain by (see chest_sore); a faintness or a vomit, which
    // a tummy bug, the heat or a missed meal explain as often, is not counted with it (review V38, 03:32).
    ...withEach(
      'sore chest with cardiac features',
      'chest_sore',
      'left_arm_pain',
      'sweating',
      'clammy',
      'pale',
      'short_of_breath',
      'cannot_breathe',
      'breathing_trouble',
      'pain_radiation',
      'pain_at_rest',
      'impending_doom',
    ),
    { all: ['bradycardia', 'faint_or_dizzy'], name: 'slow heart rate with faintness' },
    // NEWS2 scores a pulse of 40 or less red; with the brain or the circulation failing it is an emergency
    // (MTS: abnormal pulse with shock or altered conscious level), as in a heart block or a digoxin toxicity.
    // Pallor alone is left out: a fit young person may be pale with a slow resting pulse.
    ...anyWithAny(
      'slow heart rate with poor circulation or altered consciousness',
      ['bradycardia'],
      [
        ...POOR_CIRCULATION.filter((sign) => sign !== 'pale'),
        'confusion',
        'drowsy',
        'not_alert',
        'unresponsive',
        'brief_collapse',
        'collapsed',
        'low_gcs',
      ],
    ),
    ...withEach('chest pain with autonomic features', 'chest_discomfort_vague', 'pale', 'vomiting', 'impending_doom'),
    // NICE CG95: pain in the jaw, neck or arms alone is cardiac when it comes with autonomic signs.
    ...withEach(
      'jaw or arm pain with cardiac features',
      'referred_cardiac_pain',
      'sweating',
      'clammy',
      'nausea',
      'vomiting',
      'short_of_breath',
      'faint_or_dizzy',
      'pale',
      'impending_doom',
    ),
    ...anyWithAny(
      'chest pain or angina coming on at rest',
      ['chest_pain', 'chest_discomfort_vague', 'cardiac_history'],
      ['pain_at_rest'],
    ),
    ...withEach(
      'known heart disease with pain like before or spreading',
      'cardiac_history',
      'same_as_before',
      'pain_radiation',
      'referred_cardiac_pain',
      'chest_discomfort_vague',
    ),
  ],
};

export const BREATHING_DIFFICULTY_RULE: CategoryRule = {
  category: 'breathing_difficulty',
  triggers: [
    // Breathing told irregular or pausing, held back where the message tells newborn periodic breathing
    // (see periodic-breathing-signals.ts); a long pause or a colour change is read on its own.
    { all: ['not_breathing'], unless: ['periodic_breathing'], name: 'inadequate breathing' },
    { all: ['breathing_failing_now'], name: 'inadequate breathing' },
    // Air hunger in a panic attack told as passed is the attack's course (see panic-episode-signals.ts).
    {
      all: ['cannot_breathe'],
      unless: ['periodic_breathing'],
      unlessAll: ['panic_attack_named', 'attack_passed'],
      name: 'inadequate breathing',
    },
    { all: ['cannot_breathe', 'breathless_again'], unless: ['periodic_breathing'], name: 'inadequate breathing' },
    // Breathing trouble told alone, or with the breathlessness of a panic attack coming back (see breathing_trouble).
    {
      all: ['breathing_trouble'],
      unless: ['periodic_breathing'],
      unlessAll: ['panic_attack_named', 'attack_passed'],
      name: 'inadequate breathing',
    },
    { all: ['breathing_trouble', 'breathless_again'], unless: ['periodic_breathing'], name: 'inadequate breathing' },
    ...alone('inadequate breathing', 'choking', 'asthma_attack_now', 'low_oxygen', 'low_peak_flow', 'breathing_effort'),
    ...alone('airway compromise', 'airway_noise', 'airway_obstructed', 'drooling'),
    // A choking episode, unless the object is told as out and nothing lingers (see choking-episode-signals.ts).
    { all: ['choked_on'], unless: ['choking_cleared'], name: 'airway compromise' },
    { all: ['choked_on', 'lingering_after_choking'], name: 'airway compromise' },
    // A choking that began, or the silence it brought, read as choked_on is; abdominal thrusts keep it.
    ...(
      [
        ['choking_started', 'inadequate breathing'],
        ['airway_obstructed_then', 'airway compromise'],
      ] as const
    ).flatMap(([episode, name]) => [
      { all: [episode], unless: ['choking_cleared'], name },
      { all: [episode, 'lingering_after_choking'], name },
      { all: [episode, 'choking_thrusts_given'], name },
    ]),
    ...alone('cyanosis', 'turning_blue', 'cyanosis', 'cyanosis_told_by_a_likeness'),
    ...anyWithAny(
      'wheeze or breathlessness too severe to speak',
      ['wheeze', 'short_of_breath', 'asthma_attack_now'],
      ['cannot_speak', 'pale'],
    ),
    { all: ['short_of_breath'], unless: ['pregnancy'], name: 'breathless at rest' },
    { all: ['breathless_at_rest'], name: 'breathless at rest' },
    { all: ['pregnancy', 'short_of_breath'], name: 'breathless in pregnancy' },
    { all: ['high_resp_rate'], unless: ['infant'], name: 'respiratory rate 30 or more' },
    { all: ['very_high_resp_rate'], name: 'very fast breathing' },
    { all: ['low_resp_rate'], name: 'respiratory rate 8 or less' },
    ...withEach(
      'barking cough with airway signs',
      'barking_cough',
      'drooling',
      'grunting_or_indrawing',
      'fast_breathing',
    ),
    ...withEach('increased work of breathing in a child', 'child', 'grunting_or_indrawing'),
    {
      all: ['child', 'fast_breathing'],
      unless: ['periodic_breathing'],
      name: 'increased work of breathing in a child',
    },
  ],
};

export const ANAPHYLAXIS_RULE: CategoryRule = {
  category: 'anaphylaxis',
  triggers: [
    ...alone('anaphylaxis', 'anaphylaxis_now', 'airway_swelling', 'adrenaline_given', 'settled_after_adrenaline'),
    ...withEach(
      'allergic reaction with airway, breathing or circulation signs',
      'allergen_exposure',
      'allergic_swelling',
      'cannot_breathe',
      'breathing_trouble',
      'short_of_breath',
      'turning_blue',
      'cyanosis',
      'airway_noise',
      'faint_or_dizzy',
      'brief_collapse',
      'pale',
      'clammy',
      'wheeze',
      'low_oxygen',
      'impending_doom',
    ),
    ...withEach(
      'widespread hives with breathing or circulation signs',
      'hives',
      'wheeze',
      'faint_or_dizzy',
      'pale',
      'brief_collapse',
      'allergic_swelling',
    ),
    { all: ['hives', 'allergic_swelling'], name: 'widespread hives with swelling' },
    { all: ['new_medicine', 'allergic_swelling'], name: 'swelling of the lips, tongue or face after a new medicine' },
    // Mucosal swelling with a breathing problem is anaphylaxis whether or not a trigger is named (RCUK 2021).
    { all: ['allergic_swelling', 'wheeze'], name: 'swelling of the lips, tongue or face with wheeze' },
    { all: ['hives', 'short_of_breath'], name: 'hives with breathlessness' },
    { all: ['food_or_sting_allergen', 'allergic_throat'], name: 'food or sting with throat symptoms' },
    // Angioedema reaching the airway: swollen lips or face with a hoarse or croaky voice or throat symptoms.
    { all: ['allergic_swelling', 'allergic_throat'], name: 'swelling with throat or voice symptoms' },
    { all: ['visible_swelling', 'swallow_or_breath_trouble'], name: 'swelling with throat or voice symptoms' },
    { all: ['visible_swelling', 'throat_tight'], name: 'swelling with throat or voice symptoms' },
  ],
};

export const SHOCK_RULE: CategoryRule = {
  category: 'shock',
  triggers: [
    ...alone('low blood pressure', 'low_systolic_bp'),
    // Breathlessness with signs of poor circulation (MTS "shock").
    ...anyWithAny(
      'breathless with poor circulation',
      ['short_of_breath', 'cannot_breathe', 'breathing_trouble', 'fast_breathing', 'high_resp_rate'],
      POOR_CIRCULATION,
    ),
    ...anyWithAny(
      'poor circulation with a fast pulse or collapse',
      ['tachycardia', 'palpitations', 'brief_collapse', 'drowsy', 'confusion'],
      POOR_CIRCULATION,
    ),
    { all: ['pale', 'clammy'], name: 'pale and clammy' },
    { all: ['mottled', 'cold_peripheries'], name: 'mottled and cold' },
    { all: ['pale', 'cold_peripheries', 'faint_or_dizzy'], name: 'pale, cold and faint' },
    // A weak or thready pulse, or a low blood pressure, with any other sign of poor perfusion.
    ...anyWithAny(
      'weak pulse or low blood pressure with poor perfusion',
      ['weak_pulse', 'low_bp_lay'],
      [
        'pale',
        'clammy',
        'cold_peripheries',
        'mottled',
        'faint_or_dizzy',
        'faint_on_standing',
        'confusion',
        'brief_collapse',
      ],
    ),
    ...anyWithAny(
      'shock named with a sign of poor perfusion',
      ['shock_named'],
      ['pale', 'clammy', 'cold_peripheries', 'mottled', 'confusion', 'not_alert', 'faint_or_dizzy', 'weak_pulse'],
    ),
    // Faint on standing or too weak to stand, with pale, cold or clammy skin (MTS "shock").
    ...anyWithAny(
      'faint on standing with poor perfusion',
      ['faint_on_standing', 'cannot_stand'],
      POOR_CIRCULATION.filter((sign) => sign !== 'faint_on_standing'),
    ),
    // Fluid loss with little urine and faintness or unable to stand: hypovolaemia (NHS 111, NICE NG143 red).
    ...anyWithAny(
      'dehydration with poor perfusion',
      ['no_urine'],
      ['faint_or_dizzy', 'faint_on_standing', 'cannot_stand', 'tachycardia', 'brief_collapse'],
    ),
  ],
};

export const VASCULAR_EMERGENCY_RULE: CategoryRule = {
  category: 'vascular_emergency',
  triggers: [
    // Aortic dissection: tearing or ripping pain through to the back (MTS, ESC guidelines).
    ...alone('tearing chest or back pain', 'tearing_pain'),
    ...alone('cold, pale, pulseless limb', 'ischaemic_limb'),
    // NICE NG136: 180/120 or more with headache, sight, chest or brain symptoms is an emergency.
    ...withEach(
      'very high blood pressure with symptoms',
      'very_high_bp',
      'headache',
      'reduced_vision',
      'vision_disturbance',
      'spots_before_eyes_any_posture',
      'chest_pain',
      'confusion',
      'short_of_breath',
    ),
    // Pulmonary embolism: a swollen calf with breathlessness or chest pain (NICE NG158).
    ...withEach(
      'swollen leg with breathlessness or chest pain',
      'swollen_calf',
      'short_of_breath',
      'cannot_breathe',
      'breathing_trouble',
      'chest_pain',
      'brief_collapse',
    ),
    // A known aneurysm with back or belly pain, or collapse, is a leak until proven otherwise.
    ...withEach(
      'pulsating abdominal mass with pain',
      'pulsating_mass',
      'severe_abdominal_pain',
      'back_pain',
      'brief_collapse',
      'abdominal_pain',
      'collapsed',
    ),
  ],
};
