// Toxic and metabolic emergencies: poisoning and overdose, withdrawal and diabetic emergencies.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule, type CategoryTrigger } from './rule-helpers.js';
import { ALTERED_CONSCIOUSNESS } from './signal-groups.js';

export const POISONING_OVERDOSE_RULE: CategoryRule = {
  category: 'poisoning_overdose',
  triggers: [
    ...alone(
      'overdose or poisoning',
      'overdose',
      'overdose_quantity',
      'poison_ingestion',
      'envenomation',
      'medication_error',
    ),
    ...withEach('child has swallowed medicines, alcohol or a battery', 'child', 'child_ingestion', 'swallowed_object'),
    ...alone('swallowed button battery or magnets', 'swallowed_object'),
    // NPIS / TOXBASE: a swallow of a product toxic in a mouthful, the act and the product told apart.
    { all: ['swallow_told', 'toxic_product_named'], name: 'household product swallowed' },
    // Diabetes UK / TOXBASE: an insulin dose given in error, told by its units beside the diabetes it is for.
    { all: ['insulin_units_slip', 'diabetes'], name: 'insulin dose given in error' },
    // NPIS: a battery gone from a device a child was handling is swallowed until shown otherwise.
    { all: ['battery_gone_missing', 'child'], name: 'battery missing from a device a child handled' },
    ...withEach(
      'medicine error in a child',
      'child',
      'dosing_error',
      'excess_dose',
      'several_doses',
      'child_dose_error',
    ),
    ...alone('wrong medicines given', 'dosing_error'),
    // NPIS / TOXBASE: digoxin toxicity shows in the eyes (a yellow or green tint, yellow rings round lights).
    { all: ['cardiac_glycoside', 'yellow_vision'], name: 'digoxin with yellow vision' },
    ...anyWithAny(
      'more than a dose with toxic effects',
      ['excess_dose', 'several_doses', 'empty_medicine_pack', 'recreational_drug'],
      [
        'toxic_effects',
        'drowsy',
        'not_waking',
        'unresponsive',
        'confusion',
        'tachycardia',
        'palpitations',
        'bradycardia',
        'faint_or_dizzy',
        'vomiting',
        'seizure_happened',
        'high_temperature',
        'hallucinations',
        'not_alert',
        'chest_pain',
        // Stimulant toxicity told by a friend: "burning up and jerking" (TOXBASE: hyperthermia, seizures).
        'fever',
        'convulsive_movements',
        'jerking_now',
      ],
    ),
    ...alone('large staggered or timed overdose', 'excess_dose'),
    ...anyWithAny(
      'pinpoint pupils with slow breathing or drowsiness (opioid toxicity)',
      ['pinpoint_pupils'],
      ['slow_or_shallow_breathing', 'drowsy', 'not_alert', 'unresponsive', 'not_waking', 'low_resp_rate'],
    ),
    ...anyWithAny(
      'paracetamol beyond the daily limit with symptoms',
      ['paracetamol_excess'],
      ['vomiting', 'nausea', 'abdominal_pain', 'jaundice', 'drowsy', 'confusion'],
    ),
    ...anyWithAny(
      'paracetamol doubled with a remedy that holds it, with symptoms',
      ['paracetamol_remedy'],
      ['vomiting', 'abdominal_pain', 'jaundice'],
    ).map((trigger) => ({ ...trigger, all: [...trigger.all, 'paracetamol_named'] })),
    {
      all: ['paracetamol_named', 'dose_per_kg_over_the_paracetamol_threshold'],
      name: 'paracetamol at or over 75 mg/kg in a day (TOXBASE)',
    },
    { all: ['took_some_pills', 'pill_count'], name: 'overdose disclosed as a count' },
    { all: ['pill_helping', 'another_helping'], name: "two helpings past a day's dose" },
    ...alone('further tablets taken just now', 'more_pills_just_taken'),
    ...anyWithAny('carbon monoxide exposure', ['fuel_appliance'], ['household_unwell']),
    ...alone('carbon monoxide exposure', 'symptoms_beside_an_engine_indoors'),
    ...withEach('child found with empty packets', 'child', 'empty_medicine_pack'),
  ],
};

export const WITHDRAWAL_RULE: CategoryRule = {
  category: 'withdrawal',
  triggers: withStoppingToldApart([
    // Fits and the DTs told as none ("no history of fits or DTs") are no withdrawal fit (NICE CG100).
    { all: ['dts_named'], unless: ['withdrawal_complications_denied'], name: 'delirium tremens or withdrawal fit' },
    ...anyWithAny(
      'withdrawal with hallucinations, confusion or fits',
      ['substance_stopped'],
      [
        'hallucinations',
        'presence_told_in_the_room',
        'delirious_behaviour',
        'confusion',
        'seizure_now',
        'seizure_asked',
        'not_alert',
        'brief_collapse',
      ],
    ),
    {
      all: ['substance_stopped', 'seizure_named'],
      unless: ['withdrawal_complications_denied'],
      name: 'withdrawal with hallucinations, confusion or fits',
    },
    { all: ['substance_stopped', 'tremor', 'fever'], name: 'withdrawal with tremor and fever' },
    // A tremor told at its mild grade (CIWA-Ar 1) with a moist skin is the mild withdrawal CG100 assists at home or in
    // the community; with a drenching sweat it is read whatever the tremor's grade.
    {
      all: ['substance_stopped', 'tremor', 'sweating'],
      unless: ['withdrawal_tremor_mild'],
      name: 'withdrawal with tremor and sweating',
    },
    { all: ['substance_stopped', 'tremor', 'drenching_sweat'], name: 'withdrawal with tremor and sweating' },
    // The mild grade sets aside only the tremor it names: a tremor told past it anywhere in the message (uncontrolled,
    // all over, worsening) keeps the emergency, as a rate told by its number keeps the racing heart.
    {
      all: ['substance_stopped', 'tremor', 'withdrawal_tremor_raised', 'sweating'],
      name: 'withdrawal with tremor and sweating',
    },
    { all: ['substance_stopped', 'tremor', 'tachycardia'], name: 'withdrawal with tremor and racing heart' },
    { all: ['substance_stopped', 'tremor', 'palpitations'], name: 'withdrawal with tremor and racing heart' },
    { all: ['substance_stopped', 'tremor', 'vomiting'], name: 'withdrawal with tremor and vomiting' },
    ...withEach(
      'withdrawal with vomiting that keeps nothing down',
      'substance_stopped',
      'vomits_everything',
      'forceful_vomiting',
    ),
  ]),
};

/**
 * The substance and its stopping are often told in separate clauses ("he has been using heroin,
 * and he stopped two days ago"): each trigger on `substance_stopped` also holds for the pair.
 */
function withStoppingToldApart(triggers: CategoryTrigger[]): CategoryTrigger[] {
  return triggers.flatMap((trigger) =>
    trigger.all.includes('substance_stopped')
      ? [
          trigger,
          {
            ...trigger,
            all: [...trigger.all.filter((id) => id !== 'substance_stopped'), 'dependence_named', 'stopped_recently'],
          },
        ]
      : [trigger],
  );
}

export const DIABETIC_EMERGENCY_RULE: CategoryRule = {
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
    // NICE NG18: thirst and passing urine a lot, then ketotic breath or vomiting, is new type 1 in DKA.
    ...anyWithAny('new diabetes with ketosis', ['extreme_thirst'], ['kussmaul_breathing', 'high_ketones']),
    { all: ['extreme_thirst', 'vomiting', 'child'], name: 'new diabetes with ketosis' },
    // New type 1 told as a story is DKA with what ketosis does (NICE NG18): drowsiness, deep breathing, ketones, or
    // vomiting that keeps on or comes with tummy pain or sleepiness. One vomit is not that (review V19: "vomited once"
    // after starting water tablets, which explain the weeing), nor the sickness and frequency of early pregnancy.
    ...anyWithAny(
      'new diabetes with ketosis',
      ['new_diabetes_told'],
      ['drowsy', 'not_alert', 'confusion', 'kussmaul_breathing', 'high_ketones'],
    ),
    ...anyWithAny(
      'new diabetes with ketosis',
      ['new_diabetes_told'],
      ['repeated_vomiting', 'vomits_everything', 'forceful_vomiting'],
      ['pregnancy'],
    ),
    ...['abdominal_pain', 'ketosis_told_plainly'].map((companion) => ({
      all: ['new_diabetes_told', 'vomiting', companion],
      unless: ['pregnancy'],
      name: 'new diabetes with ketosis',
    })),
    ...anyWithAny('diabetic child vomiting and drowsy', ['diabetes'], ['vomits_everything', 'forceful_vomiting']),
  ],
};
