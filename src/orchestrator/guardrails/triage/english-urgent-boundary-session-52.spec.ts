import {
  describeKindsByRulesAndProduct,
  rulesAndProductTriages,
  type TriageProbeKind,
} from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 52 at the protocols' urgent boundary (issue 11: the false-positive rate on English sets
 * written like the outside judge's material), each kind beside emergency twins that share its words and carry what the
 * protocol sends on at once. Written from the protocols, never from a labelled set.
 *
 * Run first on the unchanged rules (main 8435fc8): every emergency flagged by rules and product; look-alikes quiet 1 of 3
 * for a child not working hard to breathe (its "not working" was read as a remedy that failed, which swallowed the
 * negation), 1 of 3 for a COPD flare at its usual, 0 of 3 for fitting as a job, 2 of 3 for breathlessness after sprints
 * or laps, 0 of 3 for choking cleared by back blows or a cough. Two more kinds (an old stroke's deficit told unchanged, a
 * febrile seizure over and seen) were taken back at the merge; their emergencies stay as a guard at the end.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG115 and the BTS oxygen guideline: a COPD flare at the person's own target saturation (88-92 %), talking in
    // sentences and alert, starts the rescue pack and tells the GP; a saturation under the target, blue lips, drowsiness,
    // breathlessness at rest, a fast rate or chest pain go to hospital.
    kind: "a COPD flare at the person's usual saturation, talking in sentences",
    emergencies: [
      "Mum's COPD flare: sats 90 (usual 88-92) but her lips are blue and she's drowsy.",
      'COPD, usual SpO2 88-90%, now breathless even sitting down, can only say a few words, sats 89.',
      '70M COPD, usual sats 88-92, SpO2 90, alert, but RR 32 and using his neck muscles. Disposition?',
      "my husband has copd, his sats are 91 which is his usual (90-92) and he's talking fine but he has crushing chest pain going into his arm",
    ],
    lookAlikes: [
      "My dad's COPD is flaring, more phlegm, a bit more breathless than normal but fine sitting, sats 91 (his usual 90-92), talking normally. Should he start his rescue pack?",
      '70F with COPD, usual SpO2 88-90%. 3 days increased cough and a little more breathless than usual. Alert, talking in sentences, SpO2 89%. Disposition?',
      "Mum has COPD, usual sats 88-92, today 90, a bit more breathless walking about but talking normally and she's got her rescue pack, GP today?",
    ],
  },
  {
    // "Fitting" a kitchen, a carpet or a boiler is a job of work (NICE NG217 reads a fit by its look and course); fitting
    // on the floor, in the bath, for minutes or the whole time stays a seizure.
    kind: 'fitting as a job of work: a kitchen, a carpet, a boiler',
    emergencies: [
      'My son is fitting in the bath and his lips are going blue',
      "she was fitting for 10 minutes and still isn't waking up",
      "he's been fitting on and off all morning",
      'my husband was fitting the whole time the ambulance took, still jerking',
      // Reviewer V34 (15:11): no article before the thing, no fitter's job.
      'my son is fitting floor shaking pls help',
    ],
    lookAlikes: [
      'I hit my head on the corner of a kitchen cupboard I was fitting two weeks ago, no blackout, just a sore lump. Should I get it looked at?',
      'My dad was fitting the carpet all day and now his knees ache, what can he take?',
      'He was fitting a new boiler in the loft and now has a sore back, ibuprofen ok?',
    ],
  },
  {
    // Breathlessness after a sprint, laps or a training session that settles in minutes is the effort's (NHS 111
    // breathing problems: breathless on exertion that settles with rest is for the GP); a collapse, blue lips, broken
    // speech or breathlessness at rest after it is an emergency.
    kind: 'out of breath after sprints, laps or training, settled',
    emergencies: [
      "after the hill sprints he collapsed and isn't breathing properly, lips blue",
      "out of breath after the laps and now she can't speak in full sentences and her chest is tight",
      "he was out of breath after the race and now he's breathless even sitting still and grey and sweaty",
      // Reviewer V34 (15:11): hills are no session that ends.
      "really short of breath after the hills on my ride an hour ago and it's not settling, now can barely talk",
    ],
    lookAlikes: [
      'runners all out of breath after the hill sprints, everyone recovered in a couple of minutes',
      'I was out of breath after the training session but it settled within five minutes and I felt fine.',
      'Everyone was out of breath after the laps, coach says it is normal, no chest pain or dizziness.',
    ],
  },
  {
    // Resuscitation Council UK choking: an obstruction relieved by back blows or a cough, the person breathing, talking
    // and swallowing normally, needs no ambulance (a check only after abdominal thrusts or a lasting cough); a wheeze, a
    // cough that will not stop, blue lips or an object still in is an emergency.
    kind: 'choking cleared by back blows or a cough, talking and swallowing normally',
    emergencies: [
      "he choked on a sweet, it cleared after back blows but he's still wheezing and can't stop coughing",
      "she choked on meat, it cleared after back blows but now her lips are blue and she's struggling to breathe",
      "my son choked on a grape, back blows haven't cleared it, he can't cough or breathe",
      'choked on a bone, cleared after abdominal thrusts, now has chest pain and coughing blood',
    ],
    lookAlikes: [
      '45M choked on a piece of steak at a Burns Night supper; cleared after three back blows 20 minutes ago. Now talking normally, no cough, no stridor, swallowing fluids comfortably, SpO2 98%.',
      "my daughter choked on a grape, it cleared with a big cough and she's eating again now, does she need checking?",
      "Grandad choked on some chicken at lunch, cleared after a couple of back slaps, he's chatting and drinking tea.",
    ],
  },
  {
    // What a child is not doing to breathe is told absent ("not working hard to breathe"), not a remedy "not working".
    kind: 'a child told as not working hard to breathe',
    emergencies: [
      'My son is working really hard to breathe, his tummy is sucking in under his ribs and the inhaler is not working.',
      'She is struggling to breathe and the nebuliser is not working, her lips look grey.',
      "the blue inhaler isn't working, he's working so hard to breathe he can't talk",
    ],
    lookAlikes: [
      "My 3-year-old has a cold and a cough. Her breathing is a normal speed, she's not working hard to breathe and her lips are pink. Should I see the GP?",
      'He has a runny nose and a temperature of 38, but he is not working hard to breathe and is drinking well. Pharmacy or GP?',
      'Toddler with croup-y cough at night, no noisy breathing when calm, not working hard to breathe, playing now. Can it wait for the GP?',
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 52 at the urgent boundary (%s)', KINDS);

/**
 * Emergencies told beside an old stroke's deficit or a febrile seizure already seen (NICE NG128: a new or worse deficit is
 * a stroke until proven otherwise; NICE CKS febrile seizures: another seizure, drowsiness, floppiness, a rash or a stiff
 * neck sends the child on however the first was seen). Readings that set the old deficit or the seen seizure aside were
 * written this session and taken back at the merge: reviewer V34 showed, four rounds running, an event told after the
 * old cause in words no list held lost by rules and product (its STOP-THE-LINEs 1, 4, 5 and 6, the last three below).
 * The look-alikes those readings quietened (a deficit told unchanged for years, a child well after a seen febrile
 * seizure) stay flagged: a false alarm is the cheaper error.
 */
const TOLD_BESIDE_AN_OLD_DEFICIT: readonly string[] = [
  'My dad had a stroke in 2019 and his left arm has been weak ever since, no change for years, but this morning his speech went slurred.',
  "Mum had Bell's palsy 5 years ago and her mouth still droops a bit, same as always, but now her right arm is suddenly weak.",
  "my husband had a stroke 3 yrs ago, left side weak same as always. an hour ago his speech became garbled and he can't find his words",
  'Stroke 2021 with residual left arm weakness, at baseline per family. Today new right facial droop and slurred speech. Disposition?',
  'my mum has had a weak left hand since her stroke in 2018, no change, but she has the worst headache of her life and is being sick',
  'Dad had a stroke last year. His arm is weak as usual, unchanged, but he collapsed and is confused and vomiting',
  'he had a stroke in 2018 and his left arm has been weak since, no change there, but today his face dropped on the right side',
  "grandpa's stroke was in 2020 and he's at his baseline mostly but he keeps dropping things from his good hand since breakfast",
  'stroke eight years ago, his speech has not changed, but his face began drooping at dinner',
  "my husband's stroke was 4 years ago, his limp is the same as ever, but he's been slurring his words for the last half hour",
  'Dad had a stroke in 2019, his arm is weak, unchanged. His face drooped at dinner and his speech is slurred.',
  'Since his stroke in 2019 his left arm has been weak and unchanged, and his right arm feels numb and heavy',
  'Since his stroke in 2019 his left arm has been weak and unchanged, and his right arm is numb and heavy',
  'He had a stroke in 2015, his weakness is the same as always, and his speech is slurred which is not usual for him',
  'He had a stroke in 2015 and his left arm is weak as always, but his speech is slurred for the first time',
  "He had a stroke in 2015, his weakness is the same as always, and his speech is slurred, which it wasn't after the stroke",
];

const TOLD_AFTER_A_SEEN_FEBRILE_SEIZURE: readonly string[] = [
  "My son had a febrile seizure last week and was checked in hospital. Today he had another one and it's lasted 6 minutes.",
  "She had a febrile seizure yesterday, they sent us home from A&E, but now she's really drowsy and hard to wake.",
  'my 2 yr old had a febrile fit last month, seen at hospital. now hes fitting again, arms and legs jerking',
  "Febrile convulsion 3 days ago, discharged from ED. Today temp 39.5, purple spots that don't fade under a glass, drinking a little.",
  "My 14 month old had a febrile seizure last night, checked in A&E and discharged. This morning he's floppy and won't feed.",
  'Boy 2y, febrile seizure yesterday, checked by paramedics, today alert and playing but a stiff neck and vomiting.',
  "febrile seizure two days ago seen by the paediatrician, now playing, but a fit just happened again that won't stop",
  'febrile convulsion 3 days ago, assessed in hospital, he seems fine but his eyes keep rolling up and his arm is twitching',
  "febrile convulsion yesterday, sent home from hospital, today she's chatty but she fitted once more this morning",
  "febrile seizure last week, checked in A&E, he's playing, but he had a seizure this afternoon",
  'febrile seizure 2 days ago, sent home from A&E, she is playing but had a further fit at teatime',
  'my boy had a febrile seizure last week and was seen in hospital; he is eating but shook all over for a couple of minutes at lunch',
];

describe.each([
  ['rules', () => rulesAndProductTriages().rules],
  ['product', () => rulesAndProductTriages().product],
])('session 52: emergencies beside an old deficit or a seen febrile seizure stay emergencies (%s)', (_name, triage) => {
  it.each([...TOLD_BESIDE_AN_OLD_DEFICIT, ...TOLD_AFTER_A_SEEN_FEBRILE_SEIZURE])('an emergency: %s', (text) => {
    expect(triage().assess(text).isEmergency).toBe(true);
  });
});
