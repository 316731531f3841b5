import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';

/**
 * The first thirteen categories, re-founded on the discriminators of the Manchester Triage
 * System (MTS), NHS 111 / NHS Pathways red flags and the Schmitt-Thompson protocols. Where a
 * single finding is not enough, the combination that the protocol names is the trigger.
 */

/** MTS "shock" and NEWS2 red scores: the signs of poor circulation. */
const POOR_CIRCULATION = ['pale', 'clammy', 'cold_peripheries', 'mottled', 'faint_on_standing', 'weak_pulse', 'low_bp_lay', 'low_systolic_bp'];

export const CORE_CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'cardiac_chest_pain',
    triggers: [
      ...alone('cardiac chest pain', 'chest_pain', 'heart_attack_now', 'no_pulse'),
      ...alone('chest pain radiating to arm, jaw or back', 'left_arm_radiation'),
      { all: ['heart_attack_named', 'episode_pronoun_now'], name: 'possible heart attack now' },
      { all: ['heart_attack_named', 'same_as_before'], name: 'pain like a previous heart attack' },
      { all: ['gtn_not_working'], name: 'angina unrelieved by GTN' },
      ...withEach('palpitations with collapse or poor circulation', 'palpitations', 'faint_or_dizzy', 'short_of_breath', 'brief_collapse', 'pale', 'clammy'),
      ...withEach('chest discomfort with cardiac features', 'chest_discomfort_vague', 'left_arm_pain', 'sweating', 'clammy', 'faint_or_dizzy', 'short_of_breath', 'cannot_breathe', 'palpitations', 'pain_radiation'),
      { all: ['bradycardia', 'faint_or_dizzy'], name: 'slow heart rate with faintness' },
      ...withEach('chest pain with autonomic features', 'chest_discomfort_vague', 'pale', 'vomiting', 'impending_doom'),
      // NICE CG95: pain in the jaw, neck or arms alone is cardiac when it comes with autonomic signs.
      ...withEach('jaw or arm pain with cardiac features', 'referred_cardiac_pain', 'sweating', 'clammy', 'nausea', 'vomiting', 'short_of_breath', 'faint_or_dizzy', 'pale', 'impending_doom'),
      ...withEach('known heart disease with pain like before or spreading', 'cardiac_history', 'same_as_before', 'pain_radiation', 'referred_cardiac_pain', 'chest_discomfort_vague'),
    ],
  },
  {
    category: 'breathing_difficulty',
    triggers: [
      ...alone('inadequate breathing', 'cannot_breathe', 'not_breathing', 'choking', 'asthma_attack_now', 'low_oxygen', 'low_peak_flow'),
      ...alone('airway compromise', 'airway_noise', 'airway_obstructed', 'drooling'),
      ...alone('cyanosis', 'turning_blue', 'cyanosis'),
      ...anyWithAny('wheeze or breathlessness too severe to speak', ['wheeze', 'short_of_breath', 'asthma_attack_now'], ['cannot_speak', 'pale']),
      { all: ['short_of_breath'], unless: ['pregnancy'], name: 'breathless at rest' },
      { all: ['pregnancy', 'short_of_breath'], name: 'breathless in pregnancy' },
      { all: ['high_resp_rate'], unless: ['infant'], name: 'respiratory rate 30 or more' },
      { all: ['very_high_resp_rate'], name: 'very fast breathing' },
      ...withEach('barking cough with airway signs', 'barking_cough', 'drooling', 'grunting_or_indrawing', 'fast_breathing'),
      ...withEach('increased work of breathing in a child', 'child', 'grunting_or_indrawing', 'fast_breathing'),
    ],
  },
  {
    category: 'loss_of_consciousness',
    triggers: [
      ...alone('unresponsive', 'unresponsive', 'collapsed', 'found_down', 'low_gcs', 'limp_floppy'),
      ...alone('no signs of life', 'no_pulse'),
      ...alone('altered conscious level', 'not_alert'),
      { all: ['confusion', 'sudden_onset'], name: 'sudden confusion' },
      ...alone('repeated or exertional faint', 'repeated_faint'),
      ...withEach('child not rousable', 'child', 'not_waking', 'no_social_response'),
      ...anyWithAny('faint with poor circulation or heart signs', ['brief_collapse'], [...POOR_CIRCULATION, 'chest_pain', 'palpitations', 'short_of_breath', 'anticoagulant']),
      ...withEach('drowsy and hard to rouse', 'drowsy', 'not_waking', 'confusion'),
      // A sudden collapse seen by a bystander, with a sign that the person is not all right now.
      ...anyWithAny('collapse with an abnormal sign', ['collapsed', 'found_down', 'brief_collapse'], ['cyanosis', 'turning_blue', 'not_alert', 'clammy', 'airway_noise', 'not_moving', 'confusion', 'not_waking']),
      ...anyWithAny('collapse with an abnormal sign', ['collapsed', 'found_down'], ['pale']),
      ...alone('cardiac arrest: resuscitation under way', 'cpr_in_progress'),
      ...withEach('faint without warning or at rest', 'brief_collapse', 'no_warning'),
    ],
  },
  {
    category: 'severe_bleeding',
    triggers: [
      ...alone('uncontrolled major haemorrhage', 'severe_bleeding', 'penetrating_wound'),
      ...alone('vomiting blood or black stools', 'upper_gi_bleed', 'melaena'),
      ...anyWithAny('bleeding with signs of shock', ['rectal_bleeding', 'bleeding_any', 'heavy_blood_volume'], [...POOR_CIRCULATION, 'faint_or_dizzy', 'tachycardia']),
      { all: ['rectal_bleeding', 'heavy_blood_volume'], name: 'heavy rectal bleeding' },
      ...withEach('bleeding on anticoagulants that will not stop', 'anticoagulant', 'prolonged_bleeding'),
      { all: ['bleeding_any', 'prolonged_bleeding'], name: 'bleeding that will not stop' },
      // Post-operative haemorrhage (tonsillectomy, any operation): heavy or continuing bleeding.
      ...withEach('bleeding after an operation', 'recent_surgery', 'heavy_blood_volume', 'prolonged_bleeding', 'upper_gi_bleed'),
    ],
  },
  {
    category: 'stroke_signs',
    triggers: [
      ...alone('acute focal neurological deficit', 'face_droop', 'speech_difficulty', 'one_sided_weakness', 'stroke_now'),
      ...alone('sudden severe (thunderclap) headache', 'thunderclap_headache'),
      ...alone('sudden loss of vision', 'sudden_vision_loss'),
      ...alone('new double vision', 'diplopia'),
      ...alone('sudden loss of balance or coordination', 'ataxia'),
      ...alone('neglect of one side', 'neglect'),
      ...withEach('sudden memory loss', 'amnesia', 'sudden_or_severe', 'new_onset'),
      { all: ['focal_deficit_lay', 'acute_onset'], name: 'acute focal neurological deficit' },
      { all: ['stroke_named', 'episode_pronoun_now'], name: 'possible stroke now' },
      { all: ['stroke_named', 'same_as_before'], name: 'symptoms like a previous stroke' },
      // A numb left arm beside chest pain points to the heart; on its own, to a stroke.
      { all: ['limb_numbness'], unless: ['chest_pain', 'left_arm_radiation', 'heart_attack_now'], name: 'one-sided numbness or weakness' },
    ],
  },
  {
    category: 'anaphylaxis',
    triggers: [
      ...alone('anaphylaxis', 'anaphylaxis_now', 'airway_swelling'),
      ...withEach('allergic reaction with airway, breathing or circulation signs', 'allergen_exposure', 'allergic_swelling', 'cannot_breathe', 'short_of_breath', 'turning_blue', 'cyanosis', 'airway_noise', 'faint_or_dizzy', 'brief_collapse', 'pale', 'clammy', 'wheeze', 'low_oxygen'),
      ...withEach('widespread hives with breathing or circulation signs', 'hives', 'wheeze', 'faint_or_dizzy', 'pale', 'brief_collapse', 'allergic_swelling'),
      { all: ['hives', 'allergic_swelling'], name: 'widespread hives with swelling' },
      { all: ['hives', 'short_of_breath'], name: 'hives with breathlessness' },
    ],
  },
  {
    category: 'infant_distress',
    triggers: [
      { all: ['infant', 'no_urine'], name: 'no wet nappies' },
      ...withEach('infant with a life-threatening sign', 'infant', 'not_breathing', 'turning_blue', 'cyanosis', 'limp_floppy', 'unresponsive', 'cannot_breathe', 'choking', 'bulging_fontanelle', 'seizure_now', 'grunting_or_indrawing', 'airway_noise', 'not_waking', 'weak_or_abnormal_cry', 'mottled', 'no_social_response', 'dehydration_signs', 'vomits_everything', 'bilious_vomiting', 'no_urine', 'high_resp_rate', 'pale', 'drowsy', 'purpuric_rash', 'non_blanching_rash'),
      { all: ['infant', 'reduced_fetal_movement'], unless: ['pregnancy'], name: 'infant not moving' },
      { all: ['newborn', 'fever'], name: 'fever in a baby under 3 months' },
      { all: ['newborn', 'high_temperature'], name: 'fever in a baby under 3 months' },
      // A newborn who stops feeding can be seriously ill before any other sign shows.
      ...withEach('newborn not feeding', 'newborn', 'not_feeding', 'unable_to_drink'),
      ...withEach('unwell infant not feeding', 'infant', 'unable_to_drink'),
      // NICE NG143 and Schmitt-Thompson newborn red flags in plain words.
      ...withEach('newborn red flag', 'newborn', 'infant_temperature', 'infant_cold_still', 'not_feeding_lay'),
      ...withEach('apnoea in an infant', 'infant', 'apnoea'),
      ...withEach('low temperature in a baby', 'infant', 'infant_low_temperature'),
      ...anyWithAny('fever in a baby under 3 months', ['young_infant_age'], ['fever', 'high_temperature', 'infant_temperature', 'infant_low_temperature'], ['pregnancy']),
      ...anyWithAny('child with a red traffic-light feature (NICE NG143)', ['child'], ['weak_or_abnormal_cry', 'no_social_response', 'dehydration_signs', 'vomits_everything', 'no_urine', 'mottled', 'grunting_or_indrawing']),
    ],
  },
  {
    category: 'seizure',
    triggers: [
      ...alone('active or prolonged seizure', 'seizure_now'),
      { all: ['seizure_named', 'episode_pronoun_now'], name: 'seizure now' },
      ...alone('repeated seizures without recovery', 'repeated_seizures'),
      ...anyWithAny('seizure still going', ['seizure_happened', 'convulsive_movements'], ['still_convulsing']),
      ...anyWithAny('first seizure', ['seizure_happened', 'convulsive_movements', 'seizure_aftermath'], ['first_episode']),
      ...anyWithAny('seizure without recovery', ['seizure_happened', 'convulsive_movements'], ['not_waking', 'unresponsive', 'not_alert', 'low_gcs']),
      ...anyWithAny('unwitnessed seizure', ['seizure_aftermath'], ['found_down', 'collapsed', 'brief_collapse', 'confusion', 'convulsive_movements']),
      ...anyWithAny('seizure after a head injury', ['head_knock'], ['seizure_happened', 'convulsive_movements']),
      ...anyWithAny('seizure with impaired awareness', ['convulsive_movements'], ['absent_during_episode', 'recurring_episodes']),
      ...anyWithAny('stiffening then jerking', ['stiffening', 'seizure_aftermath'], ['jerking_now']),
      ...anyWithAny('seizure in water', ['seizure_happened', 'convulsive_movements'], ['in_water', 'drowning']),
      ...withEach('infantile spasms', 'infant', 'infant_spasms'),
    ],
  },
  {
    category: 'poisoning_overdose',
    triggers: [
      ...alone('overdose or poisoning', 'overdose', 'overdose_quantity', 'poison_ingestion', 'envenomation', 'medication_error'),
      ...withEach('child has swallowed medicines, alcohol or a battery', 'child', 'child_ingestion', 'swallowed_object'),
      ...alone('swallowed button battery or magnets', 'swallowed_object'),
      ...withEach('medicine error in a child', 'child', 'dosing_error', 'excess_dose', 'several_doses', 'child_dose_error'),
      ...alone('wrong medicines given', 'dosing_error'),
      ...anyWithAny('more than a dose with toxic effects', ['excess_dose', 'several_doses', 'empty_medicine_pack', 'recreational_drug'], ['toxic_effects', 'drowsy', 'not_waking', 'unresponsive', 'confusion', 'tachycardia', 'palpitations', 'bradycardia', 'faint_or_dizzy', 'vomiting', 'seizure_happened', 'high_temperature', 'hallucinations', 'not_alert', 'chest_pain']),
      ...alone('large staggered or timed overdose', 'excess_dose'),
      { all: ['took_some_pills', 'pill_count'], name: 'overdose disclosed as a count' },
      ...anyWithAny('carbon monoxide exposure', ['fuel_appliance'], ['household_unwell']),
      ...withEach('child found with empty packets', 'child', 'empty_medicine_pack'),
    ],
  },
  {
    category: 'head_injury',
    triggers: [
      ...alone('knocked out', 'knocked_out'),
      ...withEach(
        'head injury red flag',
        'head_knock',
        'vomiting', 'repeated_vomiting', 'confusion', 'drowsy', 'brief_blackout', 'unresponsive', 'seizure_now', 'head_fluid_leak',
        'unequal_pupils', 'speech_difficulty', 'worsening_headache', 'sudden_vision_loss', 'cannot_get_up', 'amnesia', 'anticoagulant',
        'not_alert', 'low_gcs', 'diplopia', 'ataxia', 'elderly', 'limp_floppy', 'not_waking', 'weak_or_abnormal_cry', 'infant',
        'basal_skull_signs', 'limb_weakness', 'one_sided_weakness', 'limb_numbness', 'face_droop', 'convulsive_movements', 'seizure_happened', 'knocked_out',
        'skull_injury_sign', 'focal_deficit_lay',
      ),
      { all: ['head_knock', 'neck_pain_after_injury', 'limb_tingling'], name: 'possible cervical spine injury with neurology' },
      ...anyWithAny('injury with a head-injury red flag', ['injury_mechanism'], ['basal_skull_signs', 'head_fluid_leak', 'unequal_pupils', 'skull_injury_sign', 'knocked_out']),
      { all: ['injury_mechanism', 'brief_blackout', 'vomiting'], name: 'loss of consciousness and vomiting after an injury' },
      { all: ['injury_mechanism', 'repeated_vomiting', 'headache'], name: 'headache and repeated vomiting after an injury' },
      ...anyWithAny('basal skull signs after a fall', ['fall'], ['basal_skull_signs', 'head_fluid_leak', 'skull_injury_sign']),
      ...anyWithAny('amnesia after a fall or blow', ['fall', 'injury_mechanism'], ['amnesia']),
      ...anyWithAny('fall in an older person with new confusion or drowsiness', ['fall'], ['confusion', 'drowsy', 'not_alert']).map((trigger) => ({ ...trigger, all: [...trigger.all, 'elderly'] })),
    ],
  },
  {
    category: 'obstetric_bleeding',
    triggers: [
      ...alone('miscarriage or ectopic pregnancy', 'miscarriage_now'),
      ...alone('cord prolapse', 'cord_prolapse'),
      ...withEach(
        'danger sign in pregnancy',
        'pregnancy',
        'bleeding_mentioned', 'severe_bleeding', 'severe_abdominal_pain', 'reduced_fetal_movement', 'seizure_now', 'thunderclap_headache',
        'worsening_headache', 'sudden_vision_loss', 'vision_disturbance', 'brief_collapse', 'faint_or_dizzy', 'high_temperature', 'cannot_breathe',
        'high_bp', 'preeclampsia_swelling', 'shoulder_tip_pain', 'tachycardia', 'low_systolic_bp', 'seizure_named',
      ),
      ...withEach('ruptured membranes before term or stained', 'waters_broken', 'preterm', 'stained_liquor', 'bleeding_mentioned', 'fever', 'high_temperature'),
      ...alone('imminent birth', 'imminent_birth'),
      { all: ['waters_broken', 'cord_prolapse'], name: 'cord prolapse' },
      { all: ['preterm', 'labour_signs'], name: 'preterm labour' },
      ...withEach('placental abruption', 'abruption_signs', 'pregnancy', 'preterm'),
      ...anyWithAny('possible ectopic pregnancy', ['possible_pregnancy'], ['one_sided_pelvic_pain', 'severe_abdominal_pain']).flatMap((trigger) =>
        ['faint_or_dizzy', 'brief_collapse', 'pale', 'shoulder_tip_pain', 'bleeding_mentioned'].map((f) => ({ ...trigger, all: [...trigger.all, f] })),
      ),
      { all: ['pregnancy', 'preterm', 'abdominal_pain', 'bleeding_mentioned'], name: 'bleeding with pains before term' },
    ],
  },
  {
    category: 'meningitis_signs',
    triggers: [
      ...alone('non-blanching rash', 'non_blanching_rash'),
      ...anyWithAny('meningism with fever', ['stiff_neck'], ['fever', 'high_temperature', 'photophobia', 'rash', 'confusion', 'drowsy', 'vomiting', 'not_alert']),
      ...anyWithAny('meningism', ['photophobia'], ['fever', 'high_temperature'], ['stiff_neck']).map((trigger) => ({ ...trigger, all: [...trigger.all, 'headache'] })),
      ...withEach('fever with a purpuric rash', 'purpuric_rash', 'fever', 'high_temperature', 'drowsy', 'not_alert', 'headache', 'vomiting', 'stiff_neck'),
      ...withEach('bulging fontanelle with fever', 'bulging_fontanelle', 'fever', 'high_temperature'),
      { all: ['glass_test', 'spots_persist'], name: 'non-blanching rash' },
      ...anyWithAny('fever and rash with reduced consciousness', ['rash'], ['drowsy', 'not_alert', 'not_waking', 'reduced_activity']).flatMap((trigger) => ['fever', 'high_temperature'].map((f) => ({ ...trigger, all: [...trigger.all, f] }))),
      ...withEach('spreading rash with fever', 'spreading_rash', 'fever', 'high_temperature'),
      ...anyWithAny('fever, light sensitivity and a sore neck', ['sore_neck'], ['photophobia']).flatMap((trigger) => ['fever', 'high_temperature', 'headache'].map((f) => ({ ...trigger, all: [...trigger.all, f] }))),
    ],
  },
  {
    category: 'suicide_self_harm',
    // Columbia Suicide Severity Rating Scale and NICE NG225: any two of a suicidal context, a
    // method or means, a plan or preparation, an attempt, or a lost contact after a goodbye.
    triggers: [
      ...alone('suicidal intent or self-harm', 'suicidal_intent', 'self_harm').map((trigger) => ({ ...trigger, unless: ['self_harm_history'] })),
      ...alone('imminent danger at a lethal place or method', 'at_lethal_place'),
      ...alone('suicide attempt', 'suicide_attempt').map((trigger) => ({ ...trigger, unless: ['self_harm_history'] })),
      ...anyWithAny('means at hand with intent', ['suicide_means'], ['despair', 'suicidal_context', 'suicidal_intent']),
      ...anyWithAny('plan or preparations for suicide', ['suicide_plan'], ['suicide_means', 'despair', 'suicidal_intent', 'suicidal_context', 'uncontactable']),
      ...anyWithAny('attempt with ongoing intent', ['suicide_attempt', 'overdose', 'overdose_quantity', 'suicide_means', 'suicidal_context'], ['ongoing_intent']),
      ...anyWithAny('attempt with ongoing intent', ['suicide_attempt'], ['suicidal_context']),
      ...anyWithAny('asking about a lethal dose with means or despair', ['lethality_query'], ['suicide_means', 'despair', 'suicidal_context', 'ongoing_intent', 'suicide_plan']),
      ...anyWithAny('uncontactable after a suicidal message', ['uncontactable'], ['suicidal_intent', 'suicide_means', 'suicidal_context']),
      ...anyWithAny('poisoning in despair', ['despair', 'suicidal_context'], ['poison_ingestion', 'overdose', 'overdose_quantity']),
      ...anyWithAny('self-harm injury needing care', ['self_harm', 'self_injury_told', 'suicidal_intent'], ['wound_needs_care', 'suicidal_context'], ['self_harm_history']),
    ],
  },
];
