import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false alarms of session 47 at the urgent boundary (issue 11), the half of poisoning, children, water and
 * mental health: each kind beside emergency twins that share its words and carry what the protocol sends on at once.
 * Written from the protocols (TOXBASE and NHS medicines advice, Resuscitation Council UK drowning, NICE CG16 / NG225
 * self-harm, NICE CKS croup), in different voices and styles, never from a labelled set.
 *
 * Run first on the unchanged rules (main 6cd71c6): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // TOXBASE and NHS medicines advice: an adult who took one extra dose of their own daily tablet (twice this morning,
    // or twice the usual strength) asks the pharmacist or 111. A drug where one extra dose harms (insulin, digoxin,
    // lithium, an opioid, verapamil, a sulfonylurea), a child, a handful of tablets or symptoms keep the emergency.
    kind: "an adult's daily tablet taken twice, or at twice the usual strength",
    emergencies: [
      'My dad took his digoxin twice this morning by mistake and now he feels sick and his pulse is 44.',
      'I injected my insulin twice by mistake tonight and I feel shaky and sweaty.',
      'She took her verapamil 240 mg twice this morning by mistake and now she is dizzy and grey.',
      'My 2 year old got into the cupboard and swallowed one of my amlodipine tablets.',
      'He took 20 of his amlodipine tablets on purpose an hour ago.',
      'Took my lithium 800 mg twice by accident, now shaky and being sick.',
      'My 3 year old swallowed one of my amlodipine 10 mg tablets instead of her vitamin.',
      'My son is 4 and he took his amlodipine twice today by mistake.',
    ],
    lookAlikes: [
      '55M took his ramipril 5 mg twice this morning by mistake. Feels fine, BP 130/80. Level of care?',
      'I took my citalopram twice today by mistake, I feel fine, what should I do?',
      'My mum took 10 mg of her bisoprolol instead of her usual 5 mg this morning, she feels well. Do we need to do anything?',
      'Accidentally took my omeprazole twice this morning, so 40mg instead of 20, is that a problem?',
      '62M took amlodipine 10 mg instead of his usual 5 mg at breakfast. Well, BP 128/76. Level of care?',
      '71F took her amlodipine 5 mg twice today by mistake, feels fine, HR 70. Disposition?',
    ],
  },
  {
    // Resuscitation Council UK / RoSPA: water swallowed in a pool, a cough on coming up that settled, and normal
    // breathing since is no drowning; a cough that goes on, fast or hard breathing, drowsiness or a submersion told by
    // its rescue needs hospital now.
    kind: 'water swallowed while swimming, a cough that settled, well since',
    emergencies: [
      'My son swallowed water at the pool two hours ago and he is still coughing and breathing fast.',
      'She swallowed a lot of sea water, coughed, and now she is very drowsy and her lips look blue.',
      'We pulled him out of the pool after he went under, he swallowed water and is not breathing properly.',
      'He swallowed pool water in his lesson and since then his chest hurts and he keeps coughing.',
    ],
    lookAlikes: [
      'My 6 year old swallowed some water in her swimming lesson, coughed for a few seconds and has been absolutely fine for three hours. Is that ok?',
      '40F triathlete swallowed water during the swim leg, brief cough, now RR 14, SpO2 99%, no breathlessness. Needs anything?',
      'Swallowed water at the lido this morning, coughed it up straight away, feel completely normal now.',
    ],
  },
  {
    // NICE NG225: ask directly about thoughts of self-harm and suicide. A person asked who answered no, with low mood
    // and no plan, is seen by the GP; a yes, a plan, an act or thoughts told as present keeps the emergency.
    kind: 'thoughts of self-harm asked about directly and denied',
    emergencies: [
      'I asked my brother whether he has thought about ending his life and he said yes, he has a plan for tonight.',
      'I asked her if she was thinking of harming herself and she said she has already taken a load of pills.',
      "He admitted he has thoughts of killing himself every day and he's given his things away.",
    ],
    lookAlikes: [
      'My flatmate has been very low since losing her job. I asked her straight out if she had any thoughts of ending her life and she said no, never. Who can help her?',
      "I asked my dad whether he'd had thoughts of harming himself and he said absolutely not, he's just exhausted. Where should he start?",
    ],
  },
  {
    // A wish not to wake up is passive death-wish talk (NICE NG225: ask, and see the GP soon when there is no plan),
    // never a person who cannot be roused; a length of time in months told of a mood is no baby's age. Someone who
    // will not wake, and a baby told by months, keep the emergency.
    kind: 'a wish not to wake up, and a mood told by months',
    emergencies: [
      'My husband will not wake up, I have been shaking him and shouting and he just snores.',
      'Baby, 3 months, not waking for feeds and floppy. What do we do?',
      'My 2 year old would not wake up properly after her nap and she is really floppy.',
    ],
    lookAlikes: [
      "34F, 4 months low mood since her divorce, sometimes wishes she wouldn't wake up, no plan or intent, good support. Disposition?",
      "I sometimes think I wouldn't mind not waking up, but I'd never do anything. I'm 50 and my kids keep me going. Can my GP help?",
    ],
  },
];

describeKindsByRulesAndProduct('English urgent boundary, session 47, children and poisoning (%s)', KINDS);
