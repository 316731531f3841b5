import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 50 in the half of children, water, poisoning and injuries (issue 11): false alarms at the
 * urgent boundary, read as a clinician reads the protocol's edge, each beside emergency twins that share its words.
 * Written from the protocols (Resuscitation Council UK on drowning, NICE NG143 and NG51's age bands, Schmitt-Thompson
 * paediatric vomiting, TOXBASE paracetamol), never from a labelled set.
 *
 * Run first on the unchanged rules (main 8ba0643): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // Resuscitation Council UK: "dry" or "secondary" drowning is a lay name for a feared complication, not a
    // submersion; after a moment under water a child who breathes normally, does not keep coughing and is alert
    // has no drowning. A submersion told by its rescue, or any sign after it (a cough that goes on, fast breathing,
    // unusual sleepiness), stays an emergency.
    kind: 'a feared "dry drowning" after a moment under water, well since',
    emergencies: [
      'My daughter went under the water at the lake for a few seconds, now two hours later she is still coughing and breathing fast. Is this dry drowning?',
      'He slipped under the water in the bath for a second or two and since then he is unusually sleepy and his breathing is rapid.',
      'We pulled him out of the pool after he was face down in the water, he is coughing. Could it be secondary drowning?',
      'My son nearly drowned at the beach an hour ago, the lifeguard pulled him out.',
    ],
    lookAlikes: [
      'My 6-year-old gulped some pool water at his lesson, coughed briefly and has been totally fine for five hours. Should I worry about dry drowning?',
      'Is secondary drowning real? My niece went under in the sea for a moment yesterday and has been playing normally since.',
      'At bath time my toddler slipped under the water for a second before I lifted him out, he coughed once and has been breathing normally all evening.',
    ],
  },
  {
    // Schmitt-Thompson paediatric vomiting: projectile vomiting in a baby under 12 weeks is seen the same day
    // (pyloric stenosis is referred urgently, not by ambulance); green or bloody vomit, a dry nappy for 12 hours,
    // a sunken soft spot, floppiness or a baby who cannot keep anything down is an emergency (NICE NG143 red).
    kind: "a young baby's forceful vomiting, alert and wetting nappies",
    emergencies: [
      '6-week-old with projectile vomiting all day, now green vomit and he is floppy.',
      'My 4-week-old has forceful vomiting after every feed, no wet nappy since last night and her soft spot looks sunken.',
      'Baby 5 weeks, projectile vomiting, cannot keep any milk down at all, very sleepy.',
      'Our 6-week-old son has had projectile vomiting for three days and now he is not weeing much at all.',
      // Review V32 (09:54Z, STOP-THE-LINE twin): green vomit told by its colour after the sick itself.
      "My 10 day old has been projectile vomiting after every feed since yesterday and now the sick looks greenish. He's still feeding. Is it reflux?",
      'Our 3-week-old is bringing up feeds forcefully and her vomit is green-tinged today.',
    ],
    lookAlikes: [
      '6-week-old boy, projectile vomiting after feeds for two days, milky not green, hungry again straight after, plenty of wet nappies, alert. Disposition?',
      'My 5-week-old has started forceful vomiting after most feeds, then wants feeding again. Still wetting nappies and alert. Should the GP see him today?',
    ],
  },
  {
    // NICE NG51 and NG143: a baby breathes 30-50 times a minute and a newborn's heart beats 110-160; a rate under the
    // band for the age is no red flag. A rate told in a later clause or sentence of the same child's write-up is the
    // child's, and a newborn is under one year. A rate over the band stays a red flag.
    kind: "a baby's ordinary rates told after the child, or of a newborn",
    emergencies: [
      'Newborn day 3, feeding poorly; RR 72, grunting, HR 190. Mother asks what to do.',
      '4-month-old, T 38.8; not feeding, RR 68, HR 185. Father asks about A&E.',
      'Newborn day 2, mottled and floppy, RR 40.',
    ],
    lookAlikes: [
      'Newborn day 1 check: pink, feeding well, RR 46, HR 140.',
      '7-month-old boy with a cold for two days; alert, feeding, wet nappies, RR 38, HR 130. Mother wonders about A&E. Disposition?',
    ],
  },
  {
    // TOXBASE: paracetamol under 75 mg/kg in any 24 hours needs no blood test. An amount told as the total of the
    // doses before it is that total, not another dose; "500 mg paracetamol each" is a strength. Over the threshold,
    // or with symptoms or intent, it stays.
    kind: 'paracetamol told with its total',
    emergencies: [
      '60 kg woman took 4 g paracetamol this morning and another 4 g this afternoon, 8 g in total (133 mg/kg). Disposition?',
      '70 kg man took 6 g paracetamol plus two 500 mg paracetamol capsules over 24 h, 7 g in total, now vomiting. Disposition?',
    ],
    lookAlikes: [
      '85 kg man, over 24 h took 3 g paracetamol plus two cold remedy capsules (500 mg paracetamol each), 4 g in total. Well. Disposition?',
      'I weigh 90 kg and over the day took 3.5 g of paracetamol and then one more 500 mg tablet, so 4 g in total. I feel fine. Ok?',
    ],
  },
  {
    // TOXBASE: one tablet of vitamin D or C, folic acid, a contraceptive pill or an antacid in a child is of low
    // toxicity (home care unless unwell). Iron, several tablets, an adult's other medicine or a child unwell after it
    // stays a poisoning.
    kind: "a child's single tablet of a low-toxicity medicine",
    emergencies: [
      'My 2-year-old swallowed one of my iron tablets an hour ago.',
      'My 3-year-old ate four of my vitamin D tablets and now she is being sick.',
      "My son is 4 and swallowed one of his nan's heart tablets.",
      'My toddler swallowed one of my vitamin D tablets and now he is very drowsy.',
    ],
    lookAlikes: [
      'My 3-year-old swallowed one of my vitamin D tablets, she seems fine. Do I need to do anything?',
      'My daughter is 2 and ate one of my contraceptive pills this morning, she is playing happily.',
    ],
  },
];

describeKindsByRulesAndProduct('English urgent boundary, session 50, children, water and poisoning (%s)', KINDS);
