import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English long chatbot prompts and case vignettes that name a red flag without telling it of this person now (issue
 * 11: the held-out chatbot prompts' false alarms), each kind beside emergency twins that share its words and keep a
 * red flag told now: a watch-for list or a "which signs mean ..." question beside a report after it, a reading at the
 * person's own COPD target beside one under it, a stable angina settled by its spray as always beside one the spray
 * left unchanged, croup's stridor only when crying beside stridor at rest, a feeling wished away beside the feeling
 * told. Written from the protocols (NHS 111 and NICE safety-netting lists, BTS oxygen targets and NEWS2 scale 2, NICE
 * CG95 and CG126 angina, NICE CKS croup) and from how people write, never from a labelled set.
 *
 * Run first on the unchanged rules (main f0fb188): see the figures in the commit that wrote this file. Kinds whose
 * look-alikes the rules still flag are named in the commit message, not here: every probe below holds.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // The person in the question is whoever would act on the answer; a case told inside it (someone's own by a possessive, a number, an act, a time passed; review V24, 07:36) or a report after it is read.
    kind: 'a watch-for list or a signs-of question asked to plan, its audience told by a pronoun',
    emergencies: [
      "My mum is 78 and lives on her own. What are the signs of a heart attack? She has crushing chest pain right now and she's grey and sweating.",
      "We run a toddler group. Which signs of meningitis should make us phone an ambulance? One of the boys has a purple rash that doesn't fade under a glass and he's floppy.",
      "I'm 30 weeks pregnant. Which symptoms should make me go straight to the maternity unit? I'm bleeding heavily now and have bad tummy pain.",
      "What stroke symptoms should we watch for? Dad's face has dropped on one side and his speech is slurred right now.",
      "What signs of anaphylaxis should staff look out for? A pupil's lips are swelling and she is wheezing.",
      "Which symptoms mean I should go in, I've had crushing chest pain for an hour and I'm sweating",
      'what are the signs of a stroke that mean 999 because my grandad is sitting here and one side of his mouth is drooping',
      'Which symptoms would mean he needs the ER after he hit his head on the concrete and vomited twice?',
      "Which red flags should send us to A&E with my son's head injury: vomiting 3 times, drowsy, confused?",
      'What signs should make me worry with a baby of 5 weeks with a 38.5 fever and not feeding?',
      'What signs mean I should use my EpiPen, with my throat tightening and lips swelling since I ate the cake?',
      'What symptoms mean I need to go to hospital after taking 30 paracetamol an hour ago?',
      'What signs should I look for after my daughter swallowed a button battery about 20 minutes ago?',
      'Which symptoms would mean an emergency after my toddler drank some drain cleaner a few minutes ago?',
    ],
    lookAlikes: [
      "My mum is 78 and lives on her own. I'm making a card for her kitchen wall. What are the signs of a heart attack that mean she should call 999 rather than wait for the GP?",
      'We run a toddler group. Which signs of meningitis should make us phone an ambulance straight away, and which can wait for the parent?',
      "I'm 30 weeks pregnant and everything is fine so far. Which kinds of bleeding later on should make me go straight to the maternity unit?",
      'My dad was just diagnosed with atrial fibrillation. What stroke symptoms should we watch for, like a drooping face or slurred speech?',
      'Our school is writing an allergy policy. What signs of anaphylaxis should staff look out for, and when do they use the adrenaline pen?',
    ],
  },
  {
    // A date years or months back places the episode and what its clause goes on to tell in the past; a state now told after it about something else does not bring it back. Anything told now, or as happening again, is read.
    kind: "the writer's own past event, checked and over, asked about now",
    emergencies: [
      "I had a seizure two years ago after heavy drinking and have been fine since. I stopped drinking two days ago and now I'm shaking, seeing things that aren't there, and I had a fit an hour ago.",
      'Three months ago I collapsed at the gym and the heart tests were normal. Today I collapsed again while running and my heart is still racing and I feel faint.',
      'My wife had a postpartum haemorrhage with our first baby in 2022. She gave birth yesterday and is now soaking a pad every 20 minutes and feels faint.',
      'I had a TIA in 2021, now my face is drooping on the left and my words are coming out wrong.',
      "My 3-year-old had a febrile seizure last month, now he's fitting again and it's been 6 minutes.",
    ],
    lookAlikes: [
      "I had a seizure two years ago after a night of heavy drinking, had a brain scan and an EEG which were normal, and I've been fine ever since. Can I get my driving licence back?",
      "Three months ago I collapsed at the gym and was taken to hospital; they found nothing wrong on the heart tests. I've had no symptoms since. Is it safe to start running again?",
      "Last year my son swallowed a button battery and had it removed in hospital. He's fully recovered now. How do other parents keep batteries out of reach?",
      "My wife had a postpartum haemorrhage with our first baby in 2022 and needed a transfusion. We're thinking about a second. Is she more likely to bleed again?",
      'My 3-year-old had a febrile seizure last month, now temp 38.2 and a runny nose, no fit. Anything I should do differently?',
      'I had a TIA in 2020, my speech went funny for ten minutes, had scans, now on clopidogrel and been fine since. Can I fly to Spain?',
    ],
  },
  {
    // A relative's or neighbour's dated story, or a dead parent's, is history; the writer's own red flag now is read.
    kind: "someone else's story told as background",
    emergencies: [
      "My friend's little boy had a febrile convulsion last year. My daughter is 2 and has been fitting for 6 minutes now and won't wake up.",
      "My late father died of a heart attack at 60. I'm 45 and for the last half hour I've had crushing chest pain going into my left arm and I'm sweating.",
      "My neighbour's husband had a stroke last spring. Now my own husband's face has drooped on one side and he can't get his words out.",
      "A girl in my daughter's class had meningitis last winter. Now my daughter has a rash that doesn't fade under a glass and a high fever.",
      "My dad died of a heart attack at 60. Now my brother has crushing chest pain and he's grey and sweating.",
    ],
    lookAlikes: [
      "My friend's little boy had a febrile convulsion last year and it really scared her. My daughter is 2 and has a temperature of 38.2 but she's playing and drinking well. Should I give Calpol?",
      "My late father died of a heart attack at 60, he had crushing chest pain and collapsed. I'm 45 and healthy; should I ask my GP for a cholesterol test?",
      "My neighbour's husband had a stroke last spring, his face drooped and he couldn't speak. It got me thinking, how can I lower my own blood pressure?",
      "A girl in my daughter's class had meningitis last winter with a rash that didn't fade. Should my daughter have the MenB vaccine?",
    ],
  },
  {
    // NHS 111 safety-netting told back names red flags as conditions; the same red flag told now is read.
    kind: "a leaflet's or a clinician's warning told back, nothing of it now",
    emergencies: [
      "The leaflet with my new blood pressure tablets says to get help if my lips swell. My lips and tongue are swelling up now and I'm struggling to breathe.",
      "The discharge sheet said to come back if he vomits repeatedly. He's vomited four times since lunch and is very drowsy and hard to wake.",
      "The midwife said to ring if the baby moves less. I'm 34 weeks and I'm bleeding heavily with constant pain.",
    ],
    lookAlikes: [
      "The leaflet with my new blood pressure tablets says to stop them and get help straight away if my face, lips or tongue swell or I have trouble breathing. I've been on them a week and feel fine. Can I take them with ibuprofen?",
      "The discharge sheet after my son's head injury says to come back if he vomits repeatedly, gets very sleepy or has a fit. He's been completely normal all day. When can he go back to football?",
      'The midwife told me to ring the unit if I have any bleeding, severe headache or the baby moves less. Everything is normal so far at 34 weeks. Is it OK to fly?',
    ],
  },
  {
    // NICE NG133 pre-eclampsia swelling named as absent inside its own words ("aren't swollen").
    kind: 'a negated finding in a list',
    emergencies: [
      "I'm 35 weeks with a bad headache and flashing lights. No pain under my ribs, but my face and hands have swollen up since this morning and my blood pressure is 162/110.",
      'A 40-year-old man has a sore throat for two days. He is drooling and cannot swallow his saliva, and his voice is muffled.',
      'child had hives after kiwi at lunch, antihistamine given, but now her lips are swelling and she is wheezing',
    ],
    lookAlikes: [
      "I'm 35 weeks and have a mild headache after a poor night's sleep. No blurred vision, my face and hands aren't swollen, no pain under my ribs, and my blood pressure at the pharmacy was 118/76. Can I take paracetamol?",
      'A 40-year-old man has a sore throat for two days. He is not drooling, has no trouble swallowing or breathing, and his voice is normal.',
      'child had a few hives after kiwi at lunch, antihistamine given, gone in half an hour, lips never swelled, breathing fine',
    ],
  },
  {
    // A dose asked about is no excess taken; a large amount taken is read (TOXBASE).
    kind: 'a dose asked about, none taken in excess',
    emergencies: [
      'My son is 4 and weighs 16 kg. He drank the whole bottle of ibuprofen syrup an hour ago, 100 ml.',
      "I've taken 40 of my sertraline tablets to end it.",
      'I took 24 paracetamol since this morning for toothache, 500 mg each, and now I feel sick.',
    ],
    lookAlikes: [
      'Is it safe to take two 500 mg paracetamol with my cold and flu sachet, or would that be too much paracetamol?',
      'My son is 4 and weighs 16 kg. How much ibuprofen can he have in 24 hours, and what happens if you give too much?',
      "What's the maximum dose of sertraline, and is 200 mg a lot?",
    ],
  },
  {
    // NEWS2 scores normal readings 0; an abnormal one beside them is read.
    kind: 'a normal vital sign told beside ordinary symptoms',
    emergencies: [
      "My 6-month-old has a cold. Temperature 37.6 but he's breathing 70 a minute, oxygen 89% on the monitor, and he's sucking in under his ribs.",
      "Dad, 80, felt dizzy standing up. BP 78/40, heart rate 130, and he's grey and clammy.",
      'A 60-year-old woman with COPD has green sputum; saturations 84% on air, respiratory rate 32, unable to finish sentences.',
    ],
    lookAlikes: [
      'My 6-month-old has a cold. Temperature 37.6, breathing about 40 a minute, oxygen 98% on the home monitor, feeding well. Should I worry about the snotty noisy breathing?',
      "Dad, 80, felt dizzy standing up this morning. BP 128/78 sitting, heart rate 72, sugar 6.2. He's fine now. Could it be his tablets?",
    ],
  },
  {
    // A risk or an effect named in general ("can cause", "more likely to") is no finding told; one told now is read.
    kind: 'a question about a condition, nothing of it told now',
    emergencies: [
      "What's the difference between a panic attack and a heart attack? I have crushing chest pain and sweating right now and my left arm is numb.",
      "How is sepsis different from an ordinary infection? My nan has a UTI and now she's confused, breathing fast and her skin is mottled.",
      "What causes febrile seizures? My son is having one now, it's been going 7 minutes.",
    ],
    lookAlikes: [
      "What's the difference between a panic attack and a heart attack? I've read both can cause chest pain and sweating.",
      'Can you explain how sepsis is different from an ordinary infection? My nan had a UTI last month and I want to understand the risks.',
    ],
  },
  {
    // BTS: in COPD with CO2 retention the target is 88-92%; a reading under 88, or one told beside a lower usual, stays a red flag.
    kind: "a reading told as the person's usual or inside a care plan's target",
    emergencies: [
      "Mum has COPD. Her oxygen is 82% on the finger monitor, her usual is 90, and she can't finish a sentence.",
      '68M COPD, SpO2 84% on air, target 88-92%, RR 30, cannot complete sentences.',
    ],
    lookAlikes: [
      "Mum has COPD. Her oxygen is 90% on the finger monitor, which is her usual, the respiratory nurse said 88 to 92 is her target. She's chatting and eating. Can she go to the day centre?",
      '68M COPD, SpO2 89% on air, within his care-plan target of 88-92%, speaking full sentences, RR 18.',
    ],
  },
  {
    // NICE CG126: stable angina settles with GTN within minutes; NICE CG95: pain the spray leaves unchanged is an emergency.
    kind: "a known angina relieved by its spray as always, 'no change' told of the pattern",
    emergencies: [
      "I have angina. The tightness came on at rest an hour ago, I used my GTN spray twice, no change, it's still crushing and I'm sweating.",
      'Angina patient, 2 puffs of GTN 10 minutes apart, no change in the pain.',
      "Dad's chest pain was relieved by his GTN spray in 2 minutes as usual the first time, but then it came back an hour later much worse and won't go.",
      'Known angina, chest pain for 40 minutes despite 3 sprays.',
    ],
    lookAlikes: [
      'I have stable angina. Got my usual tightness walking up the hill, one puff of GTN and it went in two minutes like always. No change in pattern. Do I need a new prescription?',
      '72F known stable angina, exertional chest tightness relieved by GTN within 2 minutes as usual, no change in frequency or pattern.',
      'Chest tightness walking uphill, relieved by my spray as always, same as it has been for years.',
    ],
  },
  {
    // NICE CKS croup: stridor only when upset is mild croup; stridor at rest, recession or drooling is not.
    kind: 'stridor or noisy breathing only when a child cries',
    emergencies: [
      "My 2-year-old has croup and the noisy breathing is there even when he's resting, he's sucking in under his ribs.",
      'My 2 year old has croup and has stridor at rest now, not only when crying.',
    ],
    lookAlikes: [
      'My 2-year-old has croup, barking cough, and a bit of stridor only when he cries. Quiet and playing when calm, no sucking in at the ribs. Should we see the GP for steroids?',
      '3-year-old with croup, stridor only when upset, none at rest, no recession, drinking well.',
    ],
  },
  {
    // NICE NG143: fever is 38 C or more; the word asked about as a threshold is no fever told, a reading of 38 or a baby felt hot is.
    kind: 'a normal temperature told beside the word fever',
    emergencies: [
      'My 5-week-old felt warm after her bath and her temperature is 38.3.',
      'my 6 week old has a fever of 38.1 and is sleepy',
      'My 7-week-old has a fever of 38.3, at what point is it a fever that needs hospital?',
      'my 6 week old feels hot, is it a fever?',
    ],
    lookAlikes: [
      "My 5-week-old felt warm after her bath, I took her temperature and it's 37.2. Is that a fever?",
      '7-week-old, temperature 37.3 after being bundled in blankets, feeding well, alert and pink. Parent asks whether this counts as a fever.',
      'My 5 week old has a temperature of 37.5, at what point is it a fever?',
      'A 6-week-old is brought for a routine check; temperature 36.9, feeding well, parent asks at what temperature a fever starts.',
    ],
  },
  {
    // The finding is a feeling the writer wants to avoid; told as felt now it stays.
    kind: 'a wish not to feel a finding',
    emergencies: [
      "I feel like I can't breathe even sitting still and my lips are going blue.",
      "I went for a run and now I can't breathe and can't get my words out.",
    ],
    lookAlikes: [
      "How can I get fitter for running without feeling like I can't breathe after the first kilometre?",
      "I've taken up swimming again. Any tips for breathing so I can do a length without feeling like I'm suffocating?",
    ],
  },
  {
    // A teaching or exam case names no one of the writer's own; a bare "hypothetical", or a case told as now, lately or in a present state, is read (review V24, 08:16).
    kind: 'a case put for teaching, about no one now',
    emergencies: [
      'Training scenario aside, my patient right now is on warfarin, fell from a ladder, hit his head and keeps vomiting.',
      'Teaching question: my dad on warfarin fell from a ladder an hour ago, hit his head and is now vomiting.',
      'Hypothetical question: a friend took 40 paracetamol an hour ago and is vomiting, what should she do?',
      'Hypothetical, someone swallowed 30 of their sleeping pills with vodka half an hour ago and is hard to wake. What happens next?',
      'Hypothetical scenario: a person has the rope ready and has said goodbye to everyone, what would you say to them?',
      'Training scenario: a patient took 40 paracetamol an hour ago and is vomiting, what next?',
    ],
    lookAlikes: [
      'Teaching question: an adult on warfarin who falls from a ladder and hits their head but has no symptoms, what does guidance recommend?',
      'Exam question: a child swallows a button battery, what is the first step?',
    ],
  },
  {
    // Sleep told in a faint's words; someone who cannot be woken stays an emergency.
    kind: 'asleep after a long journey, told as passed out on a bed',
    emergencies: [
      "He passed out on the bathroom floor after a bottle of vodka and he's out cold, I can't wake him.",
      "She passed out on the bed and I can't wake her, her breathing is really slow.",
      "My son hit his head on the ice and passed out for two hours, he's awake now but groggy.",
    ],
    lookAlikes: [
      'Just back from Australia and I passed out on the hotel bed for 11 hours, out cold. Woke up fine. Best way to beat jet lag?',
      'Slept 12 hours straight after my night shifts, out cold, feel fine now. Is that too much sleep?',
    ],
  },
  {
    // NHS: a seizure in someone with epilepsy that stops and recovers needs no ambulance; a first one, a long one or a cluster does.
    kind: "a known epilepsy's usual seizure, back to baseline",
    emergencies: [
      '41M, first ever tonic-clonic seizure in the library; back to baseline in 10 min.',
      'Known epilepsy, seizure lasted 2 minutes, back to baseline but had a second one straight after.',
      'Known epilepsy, seizure has gone on for 6 minutes and he is still jerking.',
    ],
    lookAlikes: [
      '38F with known epilepsy, her usual 1-minute tonic-clonic seizure at work; back to baseline in 15 min per her care plan, no injury.',
      'My son has epilepsy. He had one of his usual short seizures at school and was back to his normal self within 10 minutes.',
    ],
  },
  {
    // NICE NG143: tachypnoea alone is amber; recession, grunting, not feeding or a colour change beside it are read.
    kind: 'a child breathing a bit fast with a cold, no red feature',
    emergencies: [
      'My 11-month-old is breathing a bit fast and sucking in under her ribs.',
      'My 11 month old is breathing a bit fast and grunting with every breath.',
      'My 4 month old is breathing really fast and not feeding.',
    ],
    lookAlikes: [
      "My 11-month-old has a cold and is wheezy and breathing a bit fast after her bath, but she's feeding, lots of wet nappies, no sucking in under the ribs, lips pink. Can we wait for the GP tomorrow?",
      "2-year-old with a cold, slightly fast breathing when he's upset, playing and drinking normally, pink, no recession.",
    ],
  },
];

describeKindsByRulesAndProduct('English long prompts and vignettes (session 42), %s', KINDS);
