import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English messages at the emergency / urgent boundary as the protocols draw it (issue 11: the English false alarms on
 * vignettes and long chatbot prompts, spread over every reason a message is no emergency), each kind of "see a GP,
 * urgent care or a pharmacist today" message beside emergency twins that share its words and carry what the protocol
 * sends on at once. Written from the protocols (NICE NG225 self-harm and the Columbia scale's passive ideation, NICE
 * CKS scrotal pain, TOXBASE paracetamol thresholds), in different voices and styles, never from a labelled set.
 *
 * Run first on the unchanged rules (main a502dc6): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // A wish not to wake up, told by the person about themselves ("I'd rather not wake up", "easier if I just didn't
    // wake up") is passive suicidal ideation (Columbia: wish to be dead), read by the self-harm signals and their
    // plan, intent and means; it is not someone found unresponsive. Someone who did not wake, will not wake or cannot
    // be woken stays a collapse, and a wish beside a plan or means stays a crisis.
    kind: 'a wish not to wake up, told as a wish',
    emergencies: [
      'My dad went for a nap after lunch and did not wake up when I called him, he is snoring and floppy.',
      'He would not wake up this morning, his lips are grey and his breathing is very slow.',
      "I've saved up my tablets and I'm going to take them all tonight so I just don't wake up. I've written letters to my kids.",
      '34F, known depression, says she would rather not wake up, has stockpiled 40 amitriptyline and plans to take them tonight. Disposition?',
      'My nan fell asleep in her chair and I cannot wake her, she is breathing but not responding to anything.',
    ],
    lookAlikes: [
      "I'm 26 and since losing my job I've been flat for weeks. Some nights I think it would be simpler if I just didn't wake up, but I have no plan, I'm not going to act on it and I've got my dog to look after. I'd like to talk to someone. Is my GP the right place and how soon?",
      '51M shop fitter, low mood for 6 weeks after a divorce, says he would rather not wake up some mornings, denies any plan or intent, no self-harm, good support from his brother. Disposition?',
      "My sister told me she sometimes wishes she wouldn't wake up, but she was clear she has no plans and would never do anything, she just feels exhausted by everything. How do I help her find support this week?",
    ],
  },
  {
    // NICE CKS scrotal pain and swelling: torsion comes on suddenly and severely (often with vomiting, often in a boy
    // or a young man) and goes to A&E at once; epididymo-orchitis builds gradually over hours to days with burning on
    // passing urine, a discharge or a fever, and is seen the same day in primary care or a sexual health clinic.
    // A pain that came on suddenly, an agony, vomiting, a high-riding testicle, or an ache that then suddenly worsened
    // keeps the emergency.
    kind: 'a testicular ache that built up gradually over days',
    emergencies: [
      'My 14 year old woke at 5am screaming with pain in his left testicle and has been sick twice.',
      'Sudden severe pain in my right testicle an hour ago while playing football, it feels higher than the other one.',
      "I've had a dull ache in my left ball for two days but this morning it suddenly became agony and I've been sick.",
      '16M, abrupt onset of severe left scrotal pain 3 h ago, testis high-riding and exquisitely tender, vomited once. Disposition?',
      "My son is 12, his testicle is swollen and red and he can't walk properly, it started a couple of hours ago.",
      // Review V27 (17:17): a boy's testicle swelling over hours beside a cold's temperature stays torsion.
      "My son is 10 and has had a temperature with a cold; since lunchtime his right testicle has gradually become swollen and red and he's limping. Calpol and see tomorrow?",
      "My 9 year old's testicle hurts and looks swollen, it came on gradually over the afternoon. He had a bit of a temp last week. Should I give him ibuprofen and wait?",
      '15M, testicular pain building over 2 days, now swollen and tender, no dysuria, no discharge, afebrile. Disposition?',
      "My son is 10, he's had a cold for three days, and since this afternoon his testicle has gradually swelled up and it hurts when he pees. Can it wait till tomorrow?",
      "My son is 10, he's had a cold for three days, and since yesterday his testicle has gradually swelled up and it hurts when he pees. Can it wait till tomorrow?",
      // Review V27 (final pass): however a boy's course is told, a child's testicle keeps its trigger.
      'My son is 10 and has had a cold for three days, from teatime yesterday his testicle has gradually got swollen and it stings when he wees. Can it wait for the GP?',
      "My 8 year old's testicle has been swollen and sore for two days now and he says it burns a bit when he pees. GP on Monday ok?",
    ],
    lookAlikes: [
      '27M, 3 days of right scrotal ache gradually worsening, dysuria, T 37.8, testis tender and swollen posteriorly, normal lie. Level of care?',
      "I'm 35 and my left testicle has been aching and slowly getting a bit swollen over the last few days, and it burns when I pee. No sickness. GP or sexual health clinic?",
      // Left flagging: "my son is 19 ... testicle building up slowly ... stinging when he wees" (the child signal reads
      // "son" whatever age is told, and a child's testicle keeps its trigger: reviewer V27, session 45).
    ],
  },
  {
    // TOXBASE and the MHRA 2012 advice: paracetamol under 75 mg/kg in 24 hours, told with the body weight, in someone
    // well and with no intent, needs no blood test or antidote (a pharmacist or NHS 111 for advice); 75 mg/kg or more in
    // 24 hours, staggered or at once, goes to hospital, as does any amount with vomiting, a pain under the ribs, a yellow
    // tinge or drowsiness, any amount taken on purpose, and an amount not known.
    kind: 'paracetamol under 75 mg/kg in a day, told with the weight',
    emergencies: [
      'Took 16 paracetamol, 500 mg each, in one go about two hours ago, I weigh 60 kg. I feel fine. Do I need to do anything?',
      "I'm 50 kg and I've taken 6 g of paracetamol since this morning for my back, now I feel sick and my stomach hurts on the right.",
      '24F, 55 kg, took 5 g paracetamol deliberately after an argument 3 h ago, now regrets it, asymptomatic. Disposition?',
      'I weigh 70 kg and have taken about 8 g of paracetamol over the last 24 hours for toothache, I lost count. Is that ok?',
      'My husband is 90 kg and took 10 g of paracetamol yesterday because of his back, today he is yellow and vomiting.',
      "I'm 60 kg and I've been taking 1000 mg of paracetamol every two hours today for a migraine. Is that ok?",
      'My 2 year old is 12 kg and drank about 60 ml of Calpol an hour ago. She seems fine.',
      'I weigh 80 kg and took 10 paracetamol last night after a lot of wine, feel rough this morning.',
      "I'm 60 kg and took 8 paracetamol in one go an hour ago because I wanted everything to stop.",
      // Review V27 (17:36): counts told after "of my", in words with a hyphen or a space, and in two helpings.
      "I took 30 of my 500mg paracetamol this morning, I weigh 60 kg. I feel fine and don't want a fuss.",
      "I took twenty-four paracetamol this morning, I'm 70 kg and I feel absolutely fine. Do I need to go anywhere?",
      "Took 8 paracetamol at 10am today and 8 more at 4pm for a bad toothache, I'm 70 kg. I feel fine, is that ok?",
      'Took twenty four paracetamol today for period pain, I weigh 65 kg, I feel ok though',
      // Review V27 (17:47): a strength told in grams, and a helping taken twice.
      "I took 12 of my 1g paracetamol tablets this morning, I'm 90 kg and I feel fine. Do I need to do anything?",
      "I took 8 paracetamol twice today for toothache, I'm 60 kg. Feel ok, is that alright?",
    ],
    lookAlikes: [
      'I weigh 85 kg and took 10 paracetamol over the day yesterday, 500 mg each, so 5 g, for a migraine. One more than the daily limit, I feel completely fine. Is that a problem?',
      '48M, 75 kg, 4.5 g of paracetamol over 24 h for toothache, no other products, no nausea, well. Level of care?',
      'took 5g of paracetamol today by mistake instead of 4g, im 90kg and feel totally fine, do i need to do anything',
    ],
  },
];

describeKindsByRulesAndProduct('English emergency / urgent boundary (session 45), %s', KINDS);
