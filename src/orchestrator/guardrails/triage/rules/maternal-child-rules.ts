// Pregnancy and infancy: obstetric bleeding and infant distress, where the thresholds differ from those for adults.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';
import { CONVULSION_FEATURES } from './signal-groups.js';

export const INFANT_DISTRESS_RULE: CategoryRule = {
  category: 'infant_distress',
  triggers: [
    { all: ['infant', 'no_urine'], name: 'no wet nappies' },
    { all: ['infant', 'colour_and_tone_episode'], name: 'blue or grey and floppy episode in a baby' },
    ...withEach(
      'infant with a life-threatening sign',
      'infant',
      'turning_blue',
      'cyanosis',
      'limp_floppy',
      'unresponsive',
      'choking',
      'choking_started',
      'airway_obstructed_then',
      'bulging_fontanelle',
      'seizure_now',
      'grunting_or_indrawing',
      'airway_noise',
      'not_waking',
      'weak_or_abnormal_cry',
      'mottled',
      'no_social_response',
      'dehydration_signs',
      'vomits_everything',
      'bilious_vomiting',
      'no_urine',
      'high_resp_rate',
      'pale',
      'drowsy',
      'purpuric_rash',
      'non_blanching_rash',
    ),
    // "Is this a seizure?" beside a startle, a sleep jerk or jitters that stop when held is a question.
    { all: ['infant', 'seizure_asked'], unless: ['ordinary_jerks'], name: 'infant with a life-threatening sign' },
    ...anyWithAny('infant with a life-threatening sign', ['seizure_asked'], CONVULSION_FEATURES).map((trigger) => ({
      ...trigger,
      all: ['infant', ...trigger.all],
    })),
    { all: ['infant', 'reduced_fetal_movement'], unless: ['pregnancy'], name: 'infant not moving' },
    // A fever in the two days after a baby's jabs is expected (NHS), unless the baby is too young for them or the
    // fever has gone on for days: see infant-vaccine-fever-signals.ts.
    ...anyWithAny(
      'fever in a baby under 3 months',
      ['newborn'],
      ['fever', 'high_temperature', 'infant_temperature'],
      ['recent_infant_jabs'],
    ),
    ...anyWithAny(
      'fever in a baby under 8 weeks',
      ['under_eight_weeks'],
      ['fever', 'high_temperature', 'infant_temperature'],
    ),
    ...anyWithAny('fever for days in a baby under 3 months', ['newborn', 'young_infant_age'], ['fever_for_days']),
    // A newborn who stops feeding can be seriously ill before any other sign shows.
    ...withEach('newborn not feeding', 'newborn', 'not_feeding', 'unable_to_drink'),
    ...withEach('unwell infant not feeding', 'infant', 'unable_to_drink'),
    // NICE NG143 and Schmitt-Thompson newborn red flags in plain words.
    ...withEach('newborn red flag', 'newborn', 'infant_cold_still', 'not_feeding_lay'),
    ...withEach('newborn red flag', 'young_infant_age', 'infant_cold_still', 'not_feeding_lay', 'not_feeding'),
    // Breathing told stopped, irregular or pausing in a baby, unless the message tells periodic breathing, which a
    // long pause or a colour change is not (see periodic-breathing-signals.ts).
    ...withEach(
      'infant with a life-threatening sign',
      'infant',
      'not_breathing',
      'cannot_breathe',
      'breathing_trouble',
    ).map((trigger) => ({
      ...trigger,
      unless: ['periodic_breathing'],
    })),
    { all: ['infant', 'apnoea'], unless: ['periodic_breathing'], name: 'apnoea in an infant' },
    { all: ['infant', 'long_breathing_pause'], name: 'apnoea in an infant' },
    { all: ['infant', 'breathing_failing_now'], name: 'infant with a life-threatening sign' },
    ...withEach('low temperature in a baby', 'infant', 'infant_low_temperature'),
    ...anyWithAny(
      'fever in a baby under 3 months',
      ['young_infant_age'],
      ['fever', 'high_temperature', 'infant_temperature'],
      ['pregnancy', 'recent_infant_jabs'],
    ),
    ...withEach('low temperature in a baby', 'young_infant_age', 'infant_low_temperature').map((trigger) => ({
      ...trigger,
      unless: ['pregnancy'],
    })),
    ...anyWithAny(
      'child with a red traffic-light feature (NICE NG143)',
      ['child'],
      [
        'weak_or_abnormal_cry',
        'no_social_response',
        'dehydration_signs',
        'vomits_everything',
        'no_urine',
        'mottled',
        'grunting_or_indrawing',
      ],
    ),
  ],
};

export const OBSTETRIC_BLEEDING_RULE: CategoryRule = {
  category: 'obstetric_bleeding',
  triggers: [
    ...alone('miscarriage or ectopic pregnancy', 'miscarriage_now'),
    ...alone('cord prolapse', 'cord_prolapse'),
    // RCOG GTG57: fewer movements from 24 weeks need assessment the same day, however the baby is named.
    { all: ['gestation_from_twenty_four_weeks', 'fetal_movement_told_by_a_pronoun'], name: 'reduced fetal movements' },
    ...withEach(
      'danger sign in pregnancy',
      'pregnancy',
      'bleeding_mentioned',
      'severe_bleeding',
      'severe_abdominal_pain',
      'reduced_fetal_movement',
      'baby_in_womb_gone_quiet',
      'seizure_now',
      'seizure_asked',
      'thunderclap_headache',
      'worsening_headache',
      'sudden_vision_loss',
      'vision_disturbance',
      'spots_before_eyes',
      'brief_collapse',
      'faint_or_dizzy',
      'high_temperature',
      'cannot_breathe',
      'breathing_trouble',
      'high_bp',
      'preeclampsia_swelling',
      'shoulder_tip_pain',
      'tachycardia',
      'low_systolic_bp',
      'seizure_named',
    ).map((trigger) =>
      // NHS pregnancy care: light-headed on getting up quickly or standing too long is postural, treated at home;
      // with a headache, a sight change, a pain or a bleed told beside it, those read it.
      trigger.all.includes('faint_or_dizzy') ? { ...trigger, unless: ['dizzy_with_its_posture'] } : trigger,
    ),
    // Spots before the eyes with a headache after 20 weeks or after the birth, whatever the posture (NICE NG133).
    {
      all: ['pregnancy', 'pregnancy_from_twenty_weeks_or_after_birth', 'spots_before_eyes_any_posture', 'headache'],
      name: 'danger sign in pregnancy',
    },
    ...withEach(
      'ruptured membranes before term or stained',
      'waters_broken',
      'preterm',
      'stained_liquor',
      'bleeding_mentioned',
      'fever',
      'high_temperature',
    ),
    ...alone('imminent birth', 'imminent_birth'),
    // RCOG trauma in pregnancy: a fall or a blow onto the bump or a road collision from 20 weeks is assessed the same
    // day on the labour ward (an abruption may show hours later), however well she feels (`trauma-in-pregnancy.ts`).
    ...withEach(
      'trauma in pregnancy from 20 weeks',
      'gestation_from_twenty_weeks',
      'trauma_to_the_bump',
      'high_energy_mechanism',
    ),
    { all: ['waters_broken', 'cord_prolapse'], name: 'cord prolapse' },
    { all: ['waters_broken', 'cord_felt'], name: 'cord prolapse' },
    // RCOG GTG50: once the waters have gone, something felt or seen coming down is the cord until shown otherwise, at
    // term as before it ("she can feel something hanging down, like a loop").
    { all: ['waters_broken', 'something_protruding'], name: 'cord prolapse' },
    { all: ['preterm', 'labour_signs'], name: 'preterm labour' },
    ...withEach('placental abruption', 'abruption_signs', 'pregnancy', 'preterm'),
    ...anyWithAny(
      'possible ectopic pregnancy',
      ['possible_pregnancy'],
      ['one_sided_pelvic_pain', 'severe_abdominal_pain'],
    ).flatMap((trigger) =>
      ['faint_or_dizzy', 'brief_collapse', 'pale', 'shoulder_tip_pain', 'bleeding_mentioned'].map((f) => ({
        ...trigger,
        all: [...trigger.all, f],
      })),
    ),
    // NICE NG126: shoulder-tip pain (blood under the diaphragm) with a period-like or one-sided pain, and periods
    // missed for weeks or months with a severe or one-sided pain, are an ectopic pregnancy until shown otherwise,
    // whichever is told first.
    ...withEach('possible ectopic pregnancy', 'shoulder_tip_pain', 'period_type_pain', 'one_sided_pelvic_pain'),
    ...withEach('possible ectopic pregnancy', 'periods_missed', 'severe_abdominal_pain', 'one_sided_pelvic_pain'),
    {
      all: ['pregnancy', 'preterm', 'abdominal_pain', 'bleeding_mentioned'],
      name: 'bleeding with pains before term',
    },
    { all: ['preterm', 'something_protruding'], name: 'something coming down before term' },
    ...anyWithAny(
      'fever after a birth with a sign of infection',
      ['postpartum'],
      ['offensive_discharge', 'rigors', 'tachycardia', 'impending_doom'],
    ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'fever'] })),
  ],
};
