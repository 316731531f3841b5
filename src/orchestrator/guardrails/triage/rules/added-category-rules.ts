import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';

/**
 * The fifteen categories added with the discriminator-based triage. Each trigger is a red
 * flag of a published protocol; the signal files name the protocol each finding comes from.
 */

const POOR_CIRCULATION = [
  'pale',
  'clammy',
  'cold_peripheries',
  'mottled',
  'faint_on_standing',
  'weak_pulse',
  'low_bp_lay',
];
const ALTERED_CONSCIOUSNESS = [
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

export const ADDED_CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'shock',
    triggers: [
      ...alone('low blood pressure', 'low_systolic_bp'),
      // Breathlessness with signs of poor circulation (MTS "shock").
      ...anyWithAny(
        'breathless with poor circulation',
        ['short_of_breath', 'cannot_breathe', 'fast_breathing', 'high_resp_rate'],
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
  },
  {
    category: 'sepsis',
    triggers: [
      ...alone('suspected sepsis', 'sepsis_named'),
      // NICE NG51 / UK Sepsis Trust red flags in someone with fever or infection.
      ...anyWithAny(
        'infection with a sepsis red flag',
        ['fever', 'high_temperature', 'infection', 'rigors'],
        [
          'confusion',
          'not_alert',
          'drowsy',
          'mottled',
          'no_urine',
          'low_systolic_bp',
          'low_bp_lay',
          'impending_doom',
          'non_blanching_rash',
          'cyanosis',
          'high_resp_rate',
          'low_oxygen',
          'weak_pulse',
          'cold_peripheries',
          'unresponsive',
        ],
      ),
      ...anyWithAny(
        'infection with breathlessness and a fast pulse',
        ['fever', 'high_temperature', 'infection'],
        ['tachycardia'],
      ),
      ...anyWithAny(
        'fever during chemotherapy or after surgery',
        ['chemotherapy'],
        ['fever', 'high_temperature', 'temperature_38', 'rigors', 'infection'],
      ),
      // Infection with rigors or unable to keep fluids or antibiotics down (NICE NG51 amber, UK Sepsis Trust).
      ...anyWithAny(
        'infection and fever with faintness',
        ['infection'],
        ['faint_or_dizzy', 'faint_on_standing', 'brief_collapse'],
      ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'fever'] })),
      ...anyWithAny(
        'infection with rigors and vomiting everything',
        ['infection', 'fever', 'high_temperature', 'rigors'],
        ['vomits_everything'],
      ),
      ...anyWithAny(
        'fever with fast breathing in an older person',
        ['fever', 'high_temperature', 'rigors', 'infection'],
        ['fast_breathing'],
      ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'elderly'] })),
      ...anyWithAny('fever with shivering after surgery', ['recent_surgery'], ['rigors', 'high_temperature']),
      ...anyWithAny(
        'fever with a racing heart after birth, surgery or infection',
        ['fever', 'high_temperature'],
        ['palpitations', 'tachycardia'],
      ).flatMap((trigger) =>
        ['infection', 'pregnancy', 'recent_surgery', 'vomiting', 'rigors'].map((context) => ({
          ...trigger,
          all: [...trigger.all, context],
        })),
      ),
      ...anyWithAny(
        'low temperature with infection and confusion',
        ['low_body_temperature'],
        ['confusion', 'infection', 'tachycardia'],
      ),
    ],
  },
  {
    category: 'diabetic_emergency',
    triggers: [
      ...alone('severe hypoglycaemia', 'low_glucose', 'hypo_not_responding'),
      ...anyWithAny('hypo with altered consciousness', ['hypo_named', 'diabetes'], ALTERED_CONSCIOUSNESS),
      ...anyWithAny(
        'very high glucose with ketones, vomiting or drowsiness',
        ['high_glucose', 'hyper_named', 'high_ketones'],
        [
          'vomiting',
          'repeated_vomiting',
          'drowsy',
          'confusion',
          'not_alert',
          'kussmaul_breathing',
          'abdominal_pain',
          'severe_abdominal_pain',
          'fast_breathing',
          'high_ketones',
          'unresponsive',
        ],
      ),
      ...anyWithAny('diabetes with ketotic breathing', ['diabetes'], ['kussmaul_breathing', 'high_ketones']),
      ...anyWithAny('diabetic child vomiting and drowsy', ['diabetes'], ['vomits_everything']),
    ],
  },
  {
    category: 'acute_abdomen',
    triggers: [
      ...alone('peritonism', 'peritonism'),
      ...alone('bilious or faecal vomiting', 'bilious_vomiting', 'bowel_obstruction'),
      // Appendicitis: pain moving to the lower right with fever, vomiting or pain on movement (NICE CKS).
      ...withEach(
        'migratory right iliac fossa pain',
        'migratory_rif_pain',
        'fever',
        'high_temperature',
        'vomiting',
        'pain_on_movement',
        'peritonism',
      ),
      ...withEach(
        'right iliac fossa pain with peritonism or fever',
        'right_lower_pain',
        'pain_on_movement',
        'peritonism',
      ),
      { all: ['right_lower_pain', 'fever', 'vomiting'], name: 'right iliac fossa pain with peritonism or fever' },
      ...withEach(
        'painful irreducible hernia with vomiting',
        'hernia_trouble',
        'vomiting',
        'repeated_vomiting',
        'bilious_vomiting',
        'abdominal_distension',
      ),
      ...withEach(
        'abdominal pain through to the back with vomiting',
        'abdominal_pain_to_back',
        'vomiting',
        'repeated_vomiting',
        'brief_collapse',
        'pale',
      ),
      ...anyWithAny(
        'abdominal pain after an operation with fever or swelling',
        ['recent_surgery'],
        ['fever', 'high_temperature', 'abdominal_distension', 'vomiting', 'rigors'],
      ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'abdominal_pain'] })),
      ...withEach(
        'migratory right iliac fossa pain',
        'umbilical_pain_onset',
        'fever',
        'high_temperature',
        'vomiting',
        'pain_on_movement',
        'peritonism',
      ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'right_lower_pain'] })),
      // Obstruction: a swollen belly with vomiting, or no stool or wind (MTS abdominal pain).
      ...anyWithAny(
        'distended abdomen with vomiting or no bowel movement',
        ['abdominal_distension'],
        ['vomiting', 'no_bowel_movement', 'bilious_vomiting'],
      ),
      ...withEach(
        'abdominal pain with jaundice and fever (cholangitis)',
        'jaundice',
        'fever',
        'high_temperature',
        'rigors',
      ),
      ...anyWithAny(
        'abdominal pain with tenderness or pain on movement',
        ['abdominal_pain', 'severe_abdominal_pain'],
        ['pain_on_movement'],
      ),
      ...anyWithAny(
        'severe abdominal pain radiating to the back or with a known aneurysm',
        ['severe_abdominal_pain', 'abdominal_pain'],
        ['pulsating_mass', 'low_systolic_bp'],
      ),
      ...anyWithAny(
        'severe abdominal pain with a red flag',
        ['severe_abdominal_pain'],
        [
          ...POOR_CIRCULATION,
          'repeated_vomiting',
          'vomiting',
          'fever',
          'high_temperature',
          'brief_collapse',
          'tachycardia',
          'elderly',
          'upper_gi_bleed',
          'rectal_bleeding',
          'melaena',
          'cannot_get_up',
          'cannot_breathe',
          'short_of_breath',
        ],
      ),
      {
        all: ['severe_abdominal_pain', 'sudden_or_severe'],
        unless: ['pregnancy'],
        name: 'sudden severe abdominal pain',
      },
    ],
  },
  {
    category: 'vascular_emergency',
    triggers: [
      // Aortic dissection: tearing or ripping pain through to the back (MTS, ESC guidelines).
      ...alone('tearing chest or back pain', 'tearing_pain'),
      ...alone('cold, pale, pulseless limb', 'ischaemic_limb'),
      // Pulmonary embolism: a swollen calf with breathlessness or chest pain (NICE NG158).
      ...withEach(
        'swollen leg with breathlessness or chest pain',
        'swollen_calf',
        'short_of_breath',
        'cannot_breathe',
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
  },
  {
    category: 'major_trauma',
    triggers: [
      ...alone('open fracture, deformity or amputation', 'limb_deformity'),
      ...anyWithAny(
        'high-energy mechanism with injury',
        ['high_energy_mechanism'],
        [
          ...ALTERED_CONSCIOUSNESS,
          ...POOR_CIRCULATION,
          'cannot_get_up',
          'bilateral_leg_weakness',
          'cannot_breathe',
          'short_of_breath',
          'severe_bleeding',
          'bleeding_any',
          'back_pain',
          'severe_abdominal_pain',
          'abdominal_pain',
          'chest_pain',
          'head_knock',
          'elderly',
          'limb_deformity',
          'vomiting',
          'cannot_move_limbs',
          'pale',
          'spine_impact',
          'not_moving',
          'upper_gi_bleed',
          'ischaemic_limb',
          'entrapment',
          'injury_pain',
        ],
      ),
      ...alone('penetrating injury', 'penetrating_wound'),
      ...alone('entrapment or crush', 'entrapment'),
      // Any injury followed by new weakness, numbness or tingling of the limbs: spinal injury (NEXUS, Canadian C-spine rule).
      ...anyWithAny(
        'injury with new limb weakness or numbness',
        ['injury_mechanism', 'high_energy_mechanism', 'head_knock'],
        ['cannot_move_limbs', 'bilateral_leg_weakness', 'spine_impact'],
      ),
      // Blunt trunk injury with shock or breathing signs: hidden haemorrhage or chest injury (ATLS).
      ...anyWithAny(
        'blow to the trunk with shock or breathing signs',
        ['trunk_blow'],
        [
          ...POOR_CIRCULATION,
          'faint_or_dizzy',
          'short_of_breath',
          'cannot_breathe',
          'abdominal_distension',
          'tachycardia',
          'brief_collapse',
          'upper_gi_bleed',
          'low_systolic_bp',
        ],
      ),
    ],
  },
  {
    category: 'burns',
    triggers: [
      ...withEach('large, deep or full-thickness burn', 'burn', 'burn_large_or_deep'),
      {
        all: ['burn', 'burn_blisters', 'burn_site'],
        unless: ['burn_small'],
        name: 'blistering burn of face, hands, feet, limbs or genitals',
      },
      { all: ['burn', 'burn_face_or_genitals'], unless: ['burn_small'], name: 'burn of the face, eyes or genitals' },
      { all: ['burn', 'burn_blisters', 'child'], unless: ['burn_small'], name: 'blistering burn in a child' },
      ...withEach('burn in a baby or child', 'burn', 'infant'),
      { all: ['burn', 'burn_blisters', 'elderly'], name: 'blistering burn in an older person' },
      ...alone('chemical or electrical injury', 'chemical_or_electrical_burn'),
      ...alone('smoke inhalation', 'smoke_inhalation'),
      ...anyWithAny(
        'burn with airway or breathing signs',
        ['burn'],
        ['airway_noise', 'cannot_breathe', 'short_of_breath', 'cyanosis'],
      ),
    ],
  },
  {
    category: 'heat_stroke',
    triggers: [
      ...anyWithAny(
        'overheated with altered consciousness',
        ['heat_exposure', 'stopped_sweating'],
        [...ALTERED_CONSCIOUSNESS, 'collapsed'],
      ),
      ...anyWithAny(
        'very high temperature in the heat',
        ['heat_exposure'],
        ['high_temperature', 'stopped_sweating', 'body_hot'],
      ),
      ...anyWithAny(
        'hot to touch with collapse or confusion',
        ['body_hot'],
        ['collapsed', 'brief_collapse', 'confusion', 'not_alert', 'unresponsive', 'seizure_now', 'low_gcs'],
      ),
    ],
  },
  {
    category: 'hypothermia',
    triggers: [
      ...alone('core temperature below 35 C', 'low_body_temperature'),
      ...anyWithAny(
        'cold with altered consciousness',
        ['cold_exposure', 'shivering_stopped'],
        [...ALTERED_CONSCIOUSNESS, 'collapsed', 'shivering_stopped'],
      ),
    ],
  },
  {
    category: 'drowning',
    triggers: [...alone('drowning or submersion', 'drowning')],
  },
  {
    category: 'withdrawal',
    triggers: [
      ...alone('delirium tremens or withdrawal fit', 'dts_named'),
      ...anyWithAny(
        'withdrawal with hallucinations, confusion or fits',
        ['substance_stopped'],
        [
          'hallucinations',
          'delirious_behaviour',
          'confusion',
          'seizure_now',
          'seizure_named',
          'not_alert',
          'brief_collapse',
        ],
      ),
      { all: ['substance_stopped', 'tremor', 'fever'], name: 'withdrawal with tremor and fever' },
      { all: ['substance_stopped', 'tremor', 'sweating'], name: 'withdrawal with tremor and sweating' },
      { all: ['substance_stopped', 'tremor', 'palpitations'], name: 'withdrawal with tremor and racing heart' },
      { all: ['substance_stopped', 'tremor', 'vomiting'], name: 'withdrawal with tremor and vomiting' },
      ...withEach('withdrawal with vomiting that keeps nothing down', 'substance_stopped', 'vomits_everything'),
    ],
  },
  {
    category: 'psychiatric_crisis',
    triggers: [
      ...alone('threat of harm to others', 'harm_to_others'),
      ...alone('command hallucinations', 'command_voices'),
      ...alone('behaviour putting life at risk', 'danger_behaviour'),
      ...withEach(
        'psychosis with danger',
        'psychosis',
        'hallucinations',
        'confusion',
        'suicidal_intent',
        'no_sleep_days',
        'pregnancy',
      ),
      ...withEach(
        'weapon with psychosis or threats',
        'weapon_held',
        'psychosis',
        'hallucinations',
        'command_voices',
        'confusion',
        'no_sleep_days',
        'despair',
      ),
      ...withEach(
        'postnatal with hallucinations or no sleep',
        'pregnancy',
        'hallucinations',
        'no_sleep_days',
        'confusion',
      ),
      // UK Mental Health Triage Scale: a disturbed mental state with an act that puts a life at risk.
      { all: ['disturbed_mind', 'risk_act'], name: 'disturbed mental state with risk to life' },
      ...withEach(
        'disturbed mental state with risk to life',
        'disturbed_mind',
        'weapon_held',
        'danger_behaviour',
        'no_sleep_days',
      ),
      ...alone('behaviour putting life at risk', 'uncontrolled_self_injury'),
      ...withEach('psychosis after a birth', 'pregnancy', 'disturbed_mind'),
    ],
  },
  {
    category: 'spinal_cord_compression',
    triggers: [
      ...alone('saddle anaesthesia', 'saddle_numbness'),
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
  },
  {
    category: 'testicular_torsion',
    triggers: [
      ...withEach(
        'sudden severe testicular pain',
        'testicle_pain',
        'sudden_or_severe',
        'vomiting',
        'testicle_swollen',
        'child',
      ),
      { all: ['testicle_swollen', 'sudden_or_severe'], name: 'sudden painful swollen testicle' },
      {
        all: ['abdominal_pain', 'genital_area', 'vomiting'],
        name: 'lower abdominal and groin pain with vomiting in a boy',
      },
      ...withEach(
        'swollen or discoloured testicle in a boy',
        'testicle_swollen',
        'child',
        'infant',
        'vomiting',
        'testicle_pain',
      ),
    ],
  },
  {
    category: 'eye_emergency',
    triggers: [
      ...alone('chemical in the eye', 'chemical_in_eye'),
      ...alone('penetrating eye injury', 'penetrating_eye_injury'),
      ...alone('curtain over the vision with flashes and floaters', 'retinal_detachment_signs'),
      ...alone('painful red eye with vision change', 'painful_red_eye'),
      ...alone('hot liquid in the eye', 'hot_splash_in_eye'),
      ...anyWithAny(
        'painful red eye with poor sight or vomiting',
        ['red_eye'],
        ['reduced_vision', 'vomiting', 'nausea'],
      ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'eye_pain'] })),
      { all: ['eye_blow', 'reduced_vision'], name: 'blow to the eye with blood in it or poor sight' },
    ],
  },
];
