import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-but-not-emergency kinds of chest pain, breathing, collapse and allergy of session 58 (issue 11), each
 * beside its emergency twins: the same alarm words with the red flag present, told by the writer, a relative, a
 * clinician's note and in typos. Written from the protocols (NICE CG95 chest pain, CG126 stable angina, NG138 and
 * NHS 111 chest infection, NG158 pulmonary embolism, CG109 transient loss of consciousness, NG225 self-harm, RCUK 2021
 * anaphylaxis), never from a labelled set. On main d91c444c the rules flagged the look-alikes of the first three kinds
 * (a chest infection's pain, a course told before the pain, a wish not to wake), and missed the emergencies of the
 * last three (the angina back after its spray, a tongue swelling with the lips after a new medicine, a collapse in a
 * named match).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95 reads pain on breathing in or on coughing as non-cardiac; with the chest infection it comes with, the
    // GP's the same day (NICE NG138). Breathlessness, blood coughed up, a swollen calf, a flight, or a cardiac
    // character or companion keep it an emergency (NICE NG158, CG95).
    kind: "a chest infection's pain on coughing or breathing in",
    emergencies: [
      'chest infection and now sharp chest pain when I breathe in and I am really short of breath',
      'pleuritic chest pain with a cough, calf swollen since my flight last week',
      'I have a cold and now crushing chest pain going into my arm',
      'mum has a cough and now chest pain going down her left arm, she is grey',
      "I've got a chest infection and now a heavy pain across my chest and I'm clammy",
      'chest pain when i cough, sweatin and grey, 60M',
      // A clot's risk told beside a pleuritic pain: the weeks after a birth, the pill
      // (NICE NG158, RCOG GTG37a), however the birth is told (reviewer V40, session 58).
      'had my baby 2 weeks ago, now a cough and stabbing chest pain when I breathe in',
      'my wife delivered our daughter 10 days ago and has a cold, now sharp chest pain when she takes a deep breath',
      'c section 3 weeks back, bit of a cough and sharp chest pain when i breathe in',
      'on the pill, got a cold and a stabbing chest pain whenever I breathe in',
    ],
    lookAlikes: [
      "I'm 29 and have had a chest infection for a week, coughing up green phlegm, and now I get a sharp pain on the right side of my chest when I breathe in deeply or cough. Temperature 38.1. At rest I'm fine and I can talk normally. GP today?",
      'My husband has chest pain when he coughs, he has had flu for a week and a temperature, pain only when coughing',
      "My son is 12 and complained of chest pain after coughing all night with his cold. He's eating breakfast and playing, no trouble breathing. Should he go to school?",
      'My wife has a pain under her left breast when she breathes in since she had flu last week. She is 40, no breathlessness, no fever now. GP?',
      '26F, sharp chest pain worse on deep breath, recent cold.',
      'sharp chest pain when I breathe in, I have a chest infection',
    ],
  },
  {
    // A note tells the course before the finding ("6 weeks of ..."); NHS 111 grades a pain told so by its course, and
    // the same pain at rest, lasting or with sweating now is still an emergency (NICE CG95).
    kind: 'a course of weeks told before the pain',
    emergencies: [
      '6 weeks of chest tightness on the stairs, but today it came on sitting down and will not go, sweating',
      '3 weeks of chest pain on and off, now crushing central chest pain for 30 minutes and I feel sick',
      "my dad's had 2 weeks of chest aches, tonight it's going into his jaw and he's grey",
    ],
    lookAlikes: [
      '4 weeks of intermittent central chest ache, no other symptoms',
      'the left side of my chest aches when I lie on it, been weeks, no breathlessness no sweating',
      '60M, chest discomfort on brisk walking for 6 weeks, relieved by rest in 2-3 min, no rest pain, no nocturnal pain, stable pattern. HR 74, BP 142/88. No GTN prescribed. Referral urgency?',
    ],
  },
  {
    // NICE NG225: a wish not to wake is passive suicidal ideation, for the same-day mental health assessment; with a
    // means, a plan or a decision it is an emergency. Someone who cannot be woken is an emergency however told.
    kind: 'a wish not to wake, told of oneself or someone else',
    emergencies: [
      "wish i could just not wake up. i've got enough insulin to make sure of it and i've decided",
      'she wished she could just not wake up and now she is unconscious on the bathroom floor',
      "my son said he wants to not wake up and I can't wake him now, there are empty packets",
      'Mum is not waking up and there are empty tablet boxes beside her bed',
      // A worry or a prayer told before someone who cannot be roused is no wish not to wake: the one who does not wake
      // is named after the wish word, in a sentence of their own (reviewer V40, session 58).
      'i pray to god please help my husband will not wake up',
      'praying someone sees this my wife will not wake up',
      'i hope this is the right place my grandad will not wake up',
      'really hope someone answers my son will not wake up and he took pills',
      'hope someone replies fast my daughter took tablets and will not wake up',
      "I hope she's ok she does not wake up when I shake her",
      'hoping he is alright he does not wake up when i shout his name',
      'i hope he is fine he will not wake up even when i pinch him',
      "please i'd rather ask than wait my dad won't wake up properly and he's snoring oddly",
      "i'd rather be safe my nan won't wake up properly and her breathing sounds funny",
    ],
    lookAlikes: [
      "my daughter said she wishes she could just not wake up some days, she's 15, no self harm, eating and going to school. is this ER or a therapist",
      "my son (17) says it would be easier if he just didn't wake up one day, he's not self harming and has no plan, seeing CAMHS next month, should we push for sooner",
      "My wife says some nights she hopes she just won't wake up. She has never hurt herself, no plan. How do I get her help?",
      "My 14 year old wrote in her diary that she wishes she would not wake up. She has never self harmed and says she doesn't want to die, just wanted it all to stop. Urgent GP?",
      "I wish I could not wake up some mornings but I'm not going to do anything, I have my kids",
      "some nights i wish i could just not wake up, but i'd never do anything, i have my kids",
      'he prays every night that he will not wake up, he has no plan and is seeing his GP on Monday',
    ],
  },
  {
    // NICE CG126 and the GTN leaflet: a pain back after the spray eased it, not eased after a second dose, or told with
    // sweating, greyness, a faint or breathlessness is a possible heart attack; the spray's headache, flushing and
    // light-headedness after a pain it took away are its effects.
    kind: 'a known angina after its spray',
    emergencies: [
      "I have angina and used my GTN spray, the pain went in two minutes but now it's back and I'm sweating",
      'my mum has angina, she used her gtn spray twice, the pain eased a bit in 5 minutes but she is grey and sweaty and has a headache',
      'I have angina, used the GTN spray, pain went in 2 minutes, then I got a headache and I fainted',
      '72M known angina, GTN x2 with partial relief, pain ongoing 30 min, clammy, headache after spray',
      'Known angina, used GTN spray twice and the pain is not going, 30 minutes now',
      "used my angina spray, it eased then came back worse and now i'm all sweaty",
      "dad's angina pain went with his spray then came back 10 minutes later, he's clammy",
    ],
    lookAlikes: [
      'I have angina and had my usual tightness walking to the shops, used my GTN spray and it went in 2 minutes like it always does. Should I tell my GP it is happening more?',
      'My husband has angina. He used his GTN spray for his usual chest tightness and it eased within three minutes, but he gets a headache every time. Can he take paracetamol with it?',
      "I've got angina and a GTN spray, can I use a nasal spray for my hay fever?",
      "My GTN spray is out of date, the pain hasn't come back since my stent, do I need a new one?",
      'I am on nitrofurantoin for a UTI and feel sick and sweaty, temperature 37.8',
    ],
  },
  {
    // RCUK 2021: a tongue or throat swelling after a new drug is anaphylaxis or angioedema at the airway; a lip or a
    // face told swelling with the tongue told fine, or a rash with the swelling told absent, is not.
    kind: 'a tongue swelling after a medicine, and a swelling told absent',
    emergencies: [
      'my son took nurofen and now his tongue and lips are swelling',
      'her tongue and lips have swelled up after the amoxicillin',
      'I took ibuprofen for the first time an hour ago and now my tongue is swelling up',
      'took ibuprofin and tounge swelling up',
      '34F tongue swelling 40 min after ibuprofen 400mg, no previous NSAID use',
    ],
    lookAlikes: [
      'her lips are swollen but her tongue and throat are fine',
      'tongue and lips are not swollen, just an itchy rash after the antibiotics',
      "I think I'm allergic to my new face cream, face is red and itchy, no swelling in mouth",
      'Swollen lip after eating pineapple, going down with piriton, breathing normal, no tongue swelling',
    ],
  },
  {
    // NICE CG109: a collapse during exertion is cardiac until shown otherwise, in a match named by its sport too; a
    // faint standing in the heat or at the sight of blood with a full quick recovery is the uncomplicated faint.
    kind: 'a collapse in a match, and a faint with its trigger',
    emergencies: [
      '15yo collapsed during a football match, no warning, came round after a minute',
      'my husband collapsed during his 5k run and it took him a couple of minutes to come round',
      'collapsed during a rugby match, back up now but had chest pain before it',
    ],
    lookAlikes: [
      'My 14 year old daughter fainted in assembly standing in the heat, she came round straight away and is fine now',
      'My husband fainted at the sight of blood when I cut my finger, he came round in seconds and is completely fine',
      'Fainted after giving blood, was out for about 10 seconds, staff said normal, feel ok now',
    ],
  },
];

describeKindsByRulesAndProduct('English chest, breath and collapse kinds of session 58 (%s)', KINDS);

/**
 * The protocol lines the brief keeps, with look-alikes of the same words: cardiac chest pain at rest or with its companions however
 * played down, even if pressing hurts; breathlessness with blue or grey lips, broken speech, a child's recession or
 * grunting, or the reliever not working; a collapse on exertion, with chest pain or a racing heart, without full
 * recovery, or an older or anticoagulated head knock; an allergic reaction at the tongue or throat, with wheeze or
 * faintness, or after a known anaphylaxis.
 */
const PROTOCOL_LINES: readonly TriageProbeKind[] = [
  {
    kind: 'cardiac chest pain played down',
    emergencies: [
      "I've had a pain in my chest for 40 minutes sitting on the sofa, it hurts a bit when I press on it but I'm sweating and it's going into my jaw",
      "my husband says it's only a pulled muscle because it hurts when he presses it, but he's grey and sweaty with chest pain since he sat down",
      '64M central chest pain at rest 30 min, tender on palpation, diaphoretic, nausea',
      'chest pain wen i press it but im sweatin loads and feel sick, 58',
    ],
    lookAlikes: [
      'Pain under my left boob when I press it, started after a heavy gym session yesterday, not breathless',
      'I pulled something in my chest lifting a wardrobe on Sunday, it hurts when I twist or press on it. Can I see a GP?',
    ],
  },
  {
    kind: 'breathlessness with its red flags',
    emergencies: [
      'my lips have gone blue and i cant breathe properly',
      "my dad's COPD is bad today, his lips are grey and he can only say a few words at a time",
      '71M COPD, SpO2 84% on air, speaking in single words, cyanosed',
      'my toddler is sucking in under her ribs with every breath and grunting',
      "baby's chest is caving in when he breathes and he's grunting",
      "my asthma inhaler isn't working, I've had 10 puffs and still can't breathe",
      "my son's blue inhaler is doing nothing, he's wheezing and can't finish a sentence",
      'asthma attak, ventolin not helpin, cant talk proply',
    ],
    lookAlikes: [
      'had an asthma attack this afternoon, used my blue inhaler 4 puffs and it settled, breathing normal now. Should I see my GP?',
      'cough and wheeze for 3 days, I can talk fine, no temperature, just annoying',
      'my 4 year old has a barking cough and a hoarse voice, no noise when he breathes at rest, happy and playing',
    ],
  },
  {
    kind: 'a collapse with its red flags',
    emergencies: [
      'my husband collapsed while running for the bus and it took him a couple of minutes to come round',
      'i fainted halfway up the stairs and had chest pain before it',
      'she passed out with her heart racing and chest pain',
      "my mum fainted and isn't back to her normal self an hour later, still confused",
      '82F on apixaban, fell and hit her head, now a headache',
      "my gran fainted and hit her head on the table, she's on blood thinners",
    ],
    lookAlikes: [
      'I passed out in a hot shower last night, felt sweaty and dizzy first, woke up after a few seconds, fine since. Should I see a GP?',
      'Felt light headed when I stood up quickly from the sofa, went away in a few seconds. Happens sometimes',
    ],
  },
  {
    kind: 'an allergic reaction with its red flags',
    emergencies: [
      'my daughter ate a cashew and her tongue is swelling',
      'after the peanut his throat feels tight and his voice has gone croaky',
      '24F wasp sting, generalised urticaria and wheeze, feels faint',
      'ate prawns, lips swelling and I feel faint and dizzy',
      "I've had anaphylaxis before to nuts and my lips are tingling and swelling after a biscuit",
      'itchy rash after amoxicillin and now wheezy and throat tight',
    ],
    lookAlikes: [
      "I've come out in hives all over after eating prawns, itchy, no swelling of my lips or tongue, breathing fine",
      "My top lip swelled up after I ate some nuts, took cetirizine and it's going down now, tongue and throat fine, breathing ok",
    ],
  },
];

describeKindsByRulesAndProduct(
  'English protocol lines of chest, breath, collapse and allergy, session 58 (%s)',
  PROTOCOL_LINES,
);
