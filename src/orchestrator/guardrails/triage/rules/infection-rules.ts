// Serious infection: sepsis and meningitis, recognised by infection together with the signs of organ failure or a rash.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';

export const SEPSIS_RULE: CategoryRule = {
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
      ['vomits_everything', 'forceful_vomiting'],
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
};

export const MENINGITIS_SIGNS_RULE: CategoryRule = {
  category: 'meningitis_signs',
  triggers: [
    ...alone('non-blanching rash', 'non_blanching_rash'),
    ...anyWithAny(
      'meningism with fever',
      ['stiff_neck'],
      ['fever', 'high_temperature', 'photophobia', 'rash', 'confusion', 'drowsy', 'vomiting', 'not_alert'],
    ),
    ...anyWithAny('meningism', ['photophobia'], ['fever', 'high_temperature'], ['stiff_neck']).map((trigger) => ({
      ...trigger,
      all: [...trigger.all, 'headache'],
    })),
    ...withEach(
      'fever with a purpuric rash',
      'purpuric_rash',
      'fever',
      'high_temperature',
      'drowsy',
      'not_alert',
      'headache',
      'vomiting',
      'stiff_neck',
    ),
    ...withEach('bulging fontanelle with fever', 'bulging_fontanelle', 'fever', 'high_temperature'),
    { all: ['glass_test', 'spots_persist'], name: 'non-blanching rash' },
    ...anyWithAny(
      'fever and rash with reduced consciousness',
      ['rash'],
      ['drowsy', 'not_alert', 'not_waking', 'reduced_activity'],
    ).flatMap((trigger) => ['fever', 'high_temperature'].map((f) => ({ ...trigger, all: [...trigger.all, f] }))),
    ...withEach('spreading rash with fever', 'spreading_rash', 'fever', 'high_temperature'),
    // NICE CKS headache red flags: a severe headache with vomiting and light sensitivity, even before a fever is measured.
    ...withEach(
      'severe headache with vomiting and light sensitivity',
      'worsening_headache',
      'vomiting',
      'repeated_vomiting',
    ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'photophobia'] })),
    ...anyWithAny('fever, light sensitivity and a sore neck', ['sore_neck'], ['photophobia']).flatMap((trigger) =>
      ['fever', 'high_temperature', 'headache'].map((f) => ({ ...trigger, all: [...trigger.all, f] })),
    ),
  ],
};
