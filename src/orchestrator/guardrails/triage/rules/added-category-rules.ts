import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';

/**
 * The fifteen categories added with the discriminator-based triage. Each trigger is a red
 * flag of a published protocol; the signal files name the protocol each finding comes from.
 */

const POOR_CIRCULATION = ['pale', 'clammy', 'cold_peripheries', 'mottled', 'faint_on_standing', 'weak_pulse', 'low_bp_lay'];
const ALTERED_CONSCIOUSNESS = ['confusion', 'drowsy', 'not_alert', 'unresponsive', 'brief_collapse', 'low_gcs', 'not_waking', 'seizure_now', 'speech_difficulty'];

export const ADDED_CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'shock',
    triggers: [
      ...alone('low blood pressure', 'low_systolic_bp'),
      // Breathlessness with signs of poor circulation (MTS "shock").
      ...anyWithAny('breathless with poor circulation', ['short_of_breath', 'cannot_breathe', 'fast_breathing', 'high_resp_rate'], POOR_CIRCULATION),
      ...anyWithAny('poor circulation with a fast pulse or collapse', ['tachycardia', 'palpitations', 'brief_collapse', 'drowsy', 'confusion'], POOR_CIRCULATION),
      { all: ['pale', 'clammy'], name: 'pale and clammy' },
      { all: ['mottled', 'cold_peripheries'], name: 'mottled and cold' },
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
        ['confusion', 'not_alert', 'drowsy', 'mottled', 'no_urine', 'low_systolic_bp', 'low_bp_lay', 'impending_doom', 'non_blanching_rash', 'cyanosis', 'high_resp_rate', 'low_oxygen', 'weak_pulse', 'cold_peripheries', 'unresponsive'],
      ),
      ...anyWithAny('infection with breathlessness and a fast pulse', ['fever', 'high_temperature', 'infection'], ['tachycardia']),
      ...anyWithAny('fever during chemotherapy or after surgery', ['chemotherapy'], ['fever', 'high_temperature', 'rigors', 'infection']),
      ...anyWithAny('fever with shivering after surgery', ['recent_surgery'], ['rigors', 'high_temperature']),
      ...anyWithAny('fever with a racing heart after birth, surgery or infection', ['fever', 'high_temperature'], ['palpitations', 'tachycardia']).flatMap((trigger) =>
        ['infection', 'pregnancy', 'recent_surgery', 'vomiting', 'rigors'].map((context) => ({ ...trigger, all: [...trigger.all, context] })),
      ),
      ...anyWithAny('low temperature with infection and confusion', ['low_body_temperature'], ['confusion', 'infection', 'tachycardia']),
    ],
  },
  {
    category: 'diabetic_emergency',
    triggers: [
      ...alone('severe hypoglycaemia', 'low_glucose', 'hypo_not_responding'),
      ...anyWithAny('hypo with altered consciousness', ['hypo_named', 'diabetes'], ALTERED_CONSCIOUSNESS),
      ...anyWithAny('very high glucose with ketones, vomiting or drowsiness', ['high_glucose', 'hyper_named', 'high_ketones'], ['vomiting', 'repeated_vomiting', 'drowsy', 'confusion', 'not_alert', 'kussmaul_breathing', 'abdominal_pain', 'severe_abdominal_pain', 'fast_breathing', 'high_ketones', 'unresponsive']),
      ...anyWithAny('diabetes with ketotic breathing', ['diabetes'], ['kussmaul_breathing', 'high_ketones']),
      ...anyWithAny('diabetic child vomiting and drowsy', ['diabetes'], ['vomits_everything']),
    ],
  },
  {
    category: 'acute_abdomen',
    triggers: [
      ...alone('peritonism', 'peritonism'),
      ...alone('bilious or faecal vomiting', 'bilious_vomiting', 'bowel_obstruction'),
      ...anyWithAny('abdominal pain with tenderness or pain on movement', ['abdominal_pain', 'severe_abdominal_pain'], ['pain_on_movement']),
      ...anyWithAny('severe abdominal pain radiating to the back or with a known aneurysm', ['severe_abdominal_pain', 'abdominal_pain'], ['pulsating_mass', 'low_systolic_bp']),
      ...anyWithAny('severe abdominal pain with a red flag', ['severe_abdominal_pain'], [...POOR_CIRCULATION, 'repeated_vomiting', 'vomiting', 'fever', 'high_temperature', 'brief_collapse', 'tachycardia', 'elderly', 'upper_gi_bleed', 'rectal_bleeding', 'melaena', 'cannot_get_up']),
      { all: ['severe_abdominal_pain', 'sudden_or_severe'], unless: ['pregnancy'], name: 'sudden severe abdominal pain' },
    ],
  },
  {
    category: 'vascular_emergency',
    triggers: [
      // Aortic dissection: tearing or ripping pain through to the back (MTS, ESC guidelines).
      ...alone('tearing chest or back pain', 'tearing_pain'),
      ...alone('cold, pale, pulseless limb', 'ischaemic_limb'),
      // Pulmonary embolism: a swollen calf with breathlessness or chest pain (NICE NG158).
      ...withEach('swollen leg with breathlessness or chest pain', 'swollen_calf', 'short_of_breath', 'cannot_breathe', 'chest_pain', 'brief_collapse'),
      ...withEach('pulsating abdominal mass with pain', 'pulsating_mass', 'severe_abdominal_pain', 'back_pain', 'brief_collapse', 'abdominal_pain', 'collapsed'),
    ],
  },
  {
    category: 'major_trauma',
    triggers: [
      ...alone('open fracture, deformity or amputation', 'limb_deformity'),
      ...anyWithAny('high-energy mechanism with injury', ['high_energy_mechanism'], [...ALTERED_CONSCIOUSNESS, ...POOR_CIRCULATION, 'cannot_get_up', 'bilateral_leg_weakness', 'cannot_breathe', 'short_of_breath', 'severe_bleeding', 'bleeding_any', 'back_pain', 'severe_abdominal_pain', 'abdominal_pain', 'chest_pain', 'head_knock', 'elderly', 'child', 'limb_deformity', 'vomiting', 'cannot_move_limbs', 'pale']),
      ...alone('penetrating injury', 'penetrating_wound'),
    ],
  },
  {
    category: 'burns',
    triggers: [
      ...withEach('large, deep or full-thickness burn', 'burn', 'burn_large_or_deep'),
      { all: ['burn', 'burn_blisters', 'burn_site'], name: 'blistering burn of face, hands, feet, limbs or genitals' },
      ...withEach('burn in a baby or child', 'burn', 'infant'),
      { all: ['burn', 'burn_blisters', 'elderly'], name: 'blistering burn in an older person' },
      ...alone('chemical or electrical injury', 'chemical_or_electrical_burn'),
      ...alone('smoke inhalation', 'smoke_inhalation'),
      ...anyWithAny('burn with airway or breathing signs', ['burn'], ['airway_noise', 'cannot_breathe', 'short_of_breath', 'cyanosis']),
    ],
  },
  {
    category: 'heat_stroke',
    triggers: [
      ...anyWithAny('overheated with altered consciousness', ['heat_exposure', 'stopped_sweating'], [...ALTERED_CONSCIOUSNESS, 'collapsed']),
      ...anyWithAny('very high temperature in the heat', ['heat_exposure'], ['high_temperature', 'stopped_sweating']),
    ],
  },
  {
    category: 'hypothermia',
    triggers: [
      ...alone('core temperature below 35 C', 'low_body_temperature'),
      ...anyWithAny('cold with altered consciousness', ['cold_exposure', 'shivering_stopped'], [...ALTERED_CONSCIOUSNESS, 'collapsed', 'shivering_stopped']),
    ],
  },
  {
    category: 'drowning',
    triggers: [
      ...alone('drowning or submersion', 'drowning'),
    ],
  },
  {
    category: 'withdrawal',
    triggers: [
      ...alone('delirium tremens or withdrawal fit', 'dts_named'),
      ...anyWithAny('withdrawal with hallucinations, confusion or fits', ['substance_stopped'], ['hallucinations', 'confusion', 'seizure_now', 'seizure_named', 'not_alert', 'brief_collapse']),
      { all: ['substance_stopped', 'tremor', 'fever'], name: 'withdrawal with tremor and fever' },
      { all: ['substance_stopped', 'tremor', 'sweating'], name: 'withdrawal with tremor and sweating' },
      { all: ['substance_stopped', 'tremor', 'palpitations'], name: 'withdrawal with tremor and racing heart' },
      { all: ['substance_stopped', 'tremor', 'vomiting'], name: 'withdrawal with tremor and vomiting' },
    ],
  },
  {
    category: 'psychiatric_crisis',
    triggers: [
      ...alone('threat of harm to others', 'harm_to_others'),
      ...alone('command hallucinations', 'command_voices'),
      ...alone('behaviour putting life at risk', 'danger_behaviour'),
      ...withEach('psychosis with danger', 'psychosis', 'hallucinations', 'confusion', 'suicidal_intent', 'no_sleep_days', 'pregnancy'),
    ],
  },
  {
    category: 'spinal_cord_compression',
    triggers: [
      ...alone('saddle anaesthesia', 'saddle_numbness'),
      ...anyWithAny('back pain with bladder, bowel or bilateral leg symptoms', ['back_pain', 'high_energy_mechanism', 'head_knock'], ['sphincter_disturbance', 'bilateral_leg_weakness']),
    ],
  },
  {
    category: 'testicular_torsion',
    triggers: [
      ...withEach('sudden severe testicular pain', 'testicle_pain', 'sudden_or_severe', 'vomiting', 'testicle_swollen', 'child'),
      { all: ['testicle_swollen', 'sudden_or_severe'], name: 'sudden painful swollen testicle' },
    ],
  },
  {
    category: 'eye_emergency',
    triggers: [
      ...alone('chemical in the eye', 'chemical_in_eye'),
      ...alone('penetrating eye injury', 'penetrating_eye_injury'),
      ...alone('curtain over the vision with flashes and floaters', 'retinal_detachment_signs'),
      ...alone('painful red eye with vision change', 'painful_red_eye'),
    ],
  },
];
