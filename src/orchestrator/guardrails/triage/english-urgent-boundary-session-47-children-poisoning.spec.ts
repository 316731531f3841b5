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
  {
    // AAP and NHS newborn care: periodic breathing pauses for 5-10 seconds, then a few quick breaths, with a pink
    // colour; a range whose top is 10 seconds is that pattern. A pause of 10 seconds or more told on its own or as a
    // range from 10, a colour change or floppiness is an apnoea (BRUE) and keeps the emergency.
    kind: "a newborn's pauses told as a range up to 10 seconds",
    emergencies: [
      '5-week-old, pauses in breathing of 10-20 s, dusky round the lips. Disposition?',
      'My newborn has pauses in her breathing of 20 seconds while asleep.',
      'My 3 week old stopped breathing for 15 seconds and went blue.',
      'My 4 week old pauses in breathing for 10 seconds and then goes pale and floppy.',
      'Our 2-week-old pauses for 5-10 seconds in her sleep and turns blue around the mouth each time.',
    ],
    lookAlikes: [
      '6-week-old, pauses in breathing of 5-10 s in deep sleep then some quick breaths, stays pink, feeding well. Level of care?',
      "My 2 week old's breathing pauses for 5 to 10 seconds when she sleeps, then she breathes fast for a bit. She is pink and feeding well.",
    ],
  },
  {
    // NHS and NICE NG126: light bleeding or spotting before 24 weeks, with no pain, is for the early pregnancy unit or
    // the midwife the same day; a show at term is the start of labour (NICE NG235). Any bleeding from 24 weeks (RCOG
    // GTG63: an antepartum haemorrhage), heavy or fresh red bleeding, clots, pain, feeling faint, a fall, and a show
    // before 37 weeks keep the emergency.
    kind: 'bleeding in pregnancy told as a trace before 24 weeks, or as a show at term',
    emergencies: [
      "I'm 30 weeks pregnant and there's a bit of blood on the tissue and constant tummy pain.",
      '36 weeks pregnant, bit of bleeding after I fell down the stairs.',
      '8 weeks pregnant, small amount of bleeding and I feel faint and dizzy.',
      '32 weeks pregnant, small bleed this morning and now bright red blood soaking a pad.',
      '34 weeks pregnant, a small amount of painless bleeding on the tissue this morning.',
      "I'm 31 weeks and lost my mucus plug with streaks of blood, tightenings every 10 minutes.",
      "I'm 12 weeks pregnant and bleeding heavily with clots and bad cramps.",
    ],
    lookAlikes: [
      "I'm 11 weeks pregnant and noticed a tiny amount of pink blood when I wiped after sex, no pain. Who do I ring?",
      "I'm 39 weeks pregnant and I think I've had a show, some mucus with pink streaks of blood, no waters, baby moving well.",
      '9 wks pregnant, a small streak of brown blood on the toilet paper this morning, no cramps. Midwife or EPU?',
    ],
  },
  {
    // NICE CKS croup (Westley score): stridor heard only when the child is upset or crying, none at rest, is mild croup
    // for the GP; stridor at rest or all the time, recession, drooling or a colour change sends to hospital now.
    kind: "croup's noise heard when the child was upset",
    emergencies: [
      "My 2 year old has a barking cough and a noisy breath in when she gets upset, and now it's there all the time even when calm.",
      'Toddler with croup, stridor when he is upset and sucking in under his ribs, lips look blue.',
      "My son has stridor at rest and is drooling, he won't lie down.",
      '2-year-old, barking cough, noisy breathing in all the time even asleep, pulling in at the neck.',
    ],
    lookAlikes: [
      "My 3 year old has a barking cough and makes a squeaky noise breathing in when he gets upset, but he's playing and drinking fine.",
      "18-month-old with croup, stridor when she was crying at the GP, settled on her mum's lap, no recession. Home or hospital?",
    ],
  },
];

describeKindsByRulesAndProduct('English urgent boundary, session 47, children and poisoning (%s)', KINDS);
