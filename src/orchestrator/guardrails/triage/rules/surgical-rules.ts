// Acute surgical and specialist emergencies: the abdomen, testicular torsion and the eye.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule, type CategoryTrigger } from './rule-helpers.js';
import { POOR_CIRCULATION } from './signal-groups.js';

export const ACUTE_ABDOMEN_RULE: CategoryRule = {
  category: 'acute_abdomen',
  triggers: [
    ...alone('peritonism', 'peritonism'),
    ...alone('bilious or faecal vomiting', 'bilious_vomiting', 'bowel_obstruction'),
    ...alone('redcurrant jelly stool (intussusception)', 'redcurrant_stool'),
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
    ...anyWithAny(
      'painful irreducible hernia with vomiting',
      ['hernia_named'],
      ['vomiting', 'repeated_vomiting', 'bilious_vomiting', 'abdominal_distension'],
    ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'will_not_reduce'] })),
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
        'breathing_trouble',
        'short_of_breath',
      ],
    ),
    {
      all: ['severe_abdominal_pain', 'sudden_or_severe'],
      unless: ['pregnancy'],
      name: 'sudden severe abdominal pain',
    },
  ],
};

/**
 * A testicle that aches or swells, built up gradually over days and told beside burning on passing urine or a discharge,
 * is epididymo-orchitis (NICE CKS scrotal pain: seen the same day), not torsion: it holds back the triggers that read a
 * testicle's pain or swelling with no sudden or severe onset and no vomiting. A sudden or severe pain, vomiting or
 * nausea, a baby's testicle, a course of hours and a fever without a urethritis keep their triggers, and so does a
 * child's: epididymo-orchitis is uncommon before puberty and a torsion can build over hours, so a boy's painful or
 * swollen testicle stays an emergency however its course is told (reviewer V27's twins, session 45).
 */
const BUILT_UP_WITH_URETHRITIS = ['testicle_ache_built_up', 'urethritis_told'];

/** Holds a testicle trigger back when an epididymo-orchitis is told, never one that reads a child's testicle. */
const unlessEpididymoOrchitisInAnAdult = (trigger: CategoryTrigger): CategoryTrigger =>
  trigger.all.includes('child') ? trigger : { ...trigger, unlessAll: BUILT_UP_WITH_URETHRITIS };

export const TESTICULAR_TORSION_RULE: CategoryRule = {
  category: 'testicular_torsion',
  triggers: [
    ...withEach('sudden severe testicular pain', 'testicle_pain', 'sudden_or_severe', 'vomiting', 'nausea'),
    ...withEach('sudden severe testicular pain', 'testicle_pain', 'testicle_swollen', 'child').map(
      unlessEpididymoOrchitisInAnAdult,
    ),
    { all: ['testicle_swollen', 'sudden_or_severe'], name: 'sudden painful swollen testicle' },
    {
      all: ['abdominal_pain', 'genital_area', 'vomiting'],
      name: 'lower abdominal and groin pain with vomiting in a boy',
    },
    ...withEach('swollen or discoloured testicle in a boy', 'testicle_swollen', 'infant', 'vomiting'),
    ...withEach('swollen or discoloured testicle in a boy', 'testicle_swollen', 'child', 'testicle_pain').map(
      unlessEpididymoOrchitisInAnAdult,
    ),
  ],
};

export const EYE_EMERGENCY_RULE: CategoryRule = {
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
};
