// Injury: bleeding, head injury, major trauma and burns, where the mechanism and the signs after it decide.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';
import { ALTERED_CONSCIOUSNESS, POOR_CIRCULATION, POOR_CIRCULATION_WITH_LOW_BP } from './signal-groups.js';

export const SEVERE_BLEEDING_RULE: CategoryRule = {
  category: 'severe_bleeding',
  triggers: [
    ...alone('uncontrolled major haemorrhage', 'severe_bleeding', 'penetrating_wound'),
    { all: ['bleeding_rhythm', 'wound_told'], name: 'pulsatile bleeding from a wound' },
    ...alone('vomiting blood or black stools', 'upper_gi_bleed', 'tarry_stool'),
    // Stools blackened since starting iron or bismuth are the medicine's (NICE CKS); tar, blood brought up or the
    // signs of shock beside them stay a bleed.
    { all: ['melaena'], unless: ['stool_darkening_medicine'], name: 'vomiting blood or black stools' },
    ...anyWithAny(
      'bleeding with signs of shock',
      ['rectal_bleeding', 'bleeding_any', 'heavy_blood_volume', 'melaena'],
      [...POOR_CIRCULATION_WITH_LOW_BP, 'faint_or_dizzy', 'tachycardia'],
    ),
    { all: ['rectal_bleeding', 'heavy_blood_volume'], name: 'heavy rectal bleeding' },
    ...withEach('bleeding on anticoagulants that will not stop', 'anticoagulant', 'prolonged_bleeding'),
    { all: ['bleeding_any', 'prolonged_bleeding'], name: 'bleeding that will not stop' },
    // Post-operative haemorrhage (tonsillectomy, any operation): heavy or continuing bleeding.
    ...withEach(
      'bleeding after an operation',
      'recent_surgery',
      'heavy_blood_volume',
      'prolonged_bleeding',
      'upper_gi_bleed',
    ),
    ...withEach('bleeding after a tonsillectomy', 'throat_surgery', 'bleeding_any', 'upper_gi_bleed'),
  ],
};

export const HEAD_INJURY_RULE: CategoryRule = {
  category: 'head_injury',
  triggers: [
    ...alone('knocked out', 'knocked_out'),
    ...withEach(
      'head injury red flag',
      'head_knock',
      'repeated_vomiting',
      'confusion',
      'drowsy',
      'brief_blackout',
      'unresponsive',
      'seizure_now',
      'seizure_asked',
      'head_fluid_leak',
      'unequal_pupils',
      'speech_difficulty',
      'worsening_headache',
      'sudden_vision_loss',
      'cannot_get_up',
      'amnesia',
      'anticoagulant',
      'not_alert',
      'low_gcs',
      'diplopia',
      'ataxia',
      'elderly',
      'limp_floppy',
      'not_waking',
      'weak_or_abnormal_cry',
      'basal_skull_signs',
      'limb_weakness',
      'one_sided_weakness',
      'limb_numbness',
      'face_droop',
      'convulsive_movements',
      'seizure_happened',
      'knocked_out',
      'skull_injury_sign',
      'focal_deficit_lay',
      'face_deficit_lay',
    ),
    // A single vomit told as once is no NG232 criterion (see `vomit_once`); a second one is (`repeated_vomiting`).
    { all: ['head_knock', 'vomiting'], unless: ['vomit_once'], name: 'head injury red flag' },
    ...alone('penetrating head injury', 'penetrating_head_injury'),
    // Any head injury in a baby, unless the baby cried at once and is behaving normally (NICE NG232).
    { all: ['head_knock', 'infant'], unless: ['well_after_knock'], name: 'head injury red flag' },
    { all: ['skull_injury_sign', 'infant'], name: 'head injury red flag' },
    { all: ['large_head_swelling', 'infant'], name: 'head injury red flag' },
    { all: ['skull_injury_sign', 'injury_mechanism'], name: 'head injury red flag' },
    {
      all: ['head_knock', 'neck_pain_after_injury', 'limb_tingling'],
      name: 'possible cervical spine injury with neurology',
    },
    ...anyWithAny(
      'injury with a head-injury red flag',
      ['injury_mechanism'],
      ['basal_skull_signs', 'head_fluid_leak', 'unequal_pupils', 'skull_injury_sign', 'knocked_out'],
    ),
    // NICE NG232: a headache that keeps worsening after a blow, a tackle or a fall, even a day on, whether or
    // not the head is named ("came off my bike yesterday ... today the headache is worse by the hour").
    { all: ['injury_mechanism', 'worsening_headache'], name: 'worsening headache after an injury' },
    {
      all: ['injury_mechanism', 'brief_blackout', 'vomiting'],
      name: 'loss of consciousness and vomiting after an injury',
    },
    {
      all: ['injury_mechanism', 'repeated_vomiting', 'headache'],
      name: 'headache and repeated vomiting after an injury',
    },
    ...anyWithAny(
      'basal skull signs after a fall',
      ['fall'],
      ['basal_skull_signs', 'head_fluid_leak', 'skull_injury_sign'],
    ),
    ...anyWithAny('amnesia after a fall or blow', ['fall', 'injury_mechanism'], ['amnesia']),
    ...anyWithAny(
      'fall in an older person with new confusion or drowsiness',
      ['fall'],
      ['confusion', 'drowsy', 'not_alert'],
    ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'elderly'] })),
    // NICE NG232: confusion, drowsiness or vomiting since an injury told as seeming harmless at first (the lucid
    // interval of a bleed inside the skull), whether or not the head is named.
    ...anyWithAny(
      'new confusion, drowsiness or vomiting after seeming fine after an injury',
      ['fine_at_first_after_an_injury'],
      [...ALTERED_CONSCIOUSNESS, 'repeated_vomiting', 'vomiting', 'amnesia', 'worsening_headache', 'unequal_pupils'],
      ['vomit_once'],
    ),
  ],
};

export const MAJOR_TRAUMA_RULE: CategoryRule = {
  category: 'major_trauma',
  triggers: [
    ...alone('open fracture, deformity or amputation', 'limb_deformity'),
    ...alone('fall from height or ejection', 'fall_from_height'),
    ...anyWithAny(
      'high-energy mechanism with injury',
      ['high_energy_mechanism'],
      [
        ...ALTERED_CONSCIOUSNESS,
        ...POOR_CIRCULATION,
        'cannot_get_up',
        'bilateral_leg_weakness',
        'cannot_breathe',
        'breathing_trouble',
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
        'seat_belt_sign',
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
    // ATLS: a hidden bleed or a spinal or chest injury showing hours after an injury told as seeming harmless at first.
    ...anyWithAny(
      'new shock, breathing or spinal signs after seeming fine after an injury',
      ['fine_at_first_after_an_injury'],
      [
        ...POOR_CIRCULATION,
        'abdominal_distension',
        'severe_abdominal_pain',
        'cannot_move_limbs',
        'bilateral_leg_weakness',
        'spine_impact',
        'cannot_breathe',
        'breathing_trouble',
        'upper_gi_bleed',
        'ischaemic_limb',
      ],
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
        'breathing_trouble',
        'abdominal_distension',
        'tachycardia',
        'brief_collapse',
        'upper_gi_bleed',
        'low_systolic_bp',
      ],
    ),
  ],
};

export const BURNS_RULE: CategoryRule = {
  category: 'burns',
  triggers: [
    ...withEach('large, deep or full-thickness burn', 'burn', 'burn_large_or_deep'),
    {
      all: ['burn', 'burn_blisters', 'burn_site'],
      unless: ['burn_small', 'burn_coin_sized_on_a_limb', 'burn_palm_sized', 'burn_teller_palm_sized'],
      name: 'blistering burn of face, hands, feet, limbs or genitals',
    },
    { all: ['burn', 'burn_face_or_genitals'], unless: ['burn_small'], name: 'burn of the face, eyes or genitals' },
    // A blister on the face or the genitals, whatever a coin or a palm says of its size (review V26, 13:59).
    {
      all: ['burn', 'burn_blisters', 'blister_site_face_or_genitals'],
      unless: ['burn_small'],
      name: 'blistering burn of the face, eyes or genitals',
    },
    {
      all: ['burn', 'scald_over_the_trunk', 'burn_blisters'],
      unless: ['burn_small'],
      name: 'blistering scald over the trunk or lap',
    },
    {
      all: ['burn', 'deep_scald_over_the_trunk'],
      unless: ['burn_small'],
      name: 'boiling water or hot oil over the trunk or lap',
    },
    { all: ['burn', 'scald_over_the_trunk', 'child'], unless: ['burn_small'], name: "scald over a child's trunk" },
    {
      all: ['burn', 'burn_blisters', 'child'],
      unless: ['burn_small', 'burn_coin_sized_on_a_limb', 'burn_palm_sized'],
      name: 'blistering burn in a child',
    },
    ...withEach('burn in a baby or child', 'burn', 'infant'),
    { all: ['burn', 'burn_blisters', 'elderly'], name: 'blistering burn in an older person' },
    ...alone('chemical or electrical injury', 'chemical_or_electrical_burn'),
    ...alone('smoke inhalation', 'smoke_inhalation'),
    ...anyWithAny(
      'burn with airway or breathing signs',
      ['burn'],
      ['airway_noise', 'cannot_breathe', 'breathing_trouble', 'short_of_breath', 'cyanosis'],
    ),
  ],
};
