import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false alarms of session 46 by kind (issue 11: the false-positive rate on English sets written like the
 * outside judge's material), each kind beside emergency twins that share its words and carry what the protocol sends on
 * at once. Written from the protocols (NICE NG143 traffic light, BTS oxygen guideline, Resuscitation Council UK
 * choking algorithm, JBDS / NHS sick-day rules), in different voices and styles, never from a labelled set.
 *
 * Run first on the unchanged rules (main 7ed525f): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // A colour or a rate told absent in the sentence that names it ("her lips are not blue", "he isn't breathing
    // fast") is a pertinent negative (NICE NG143 asks for both), not cyanosis or apnoea. Breathing told as not
    // happening, not properly or not normally, and a colour told as there, keep the emergency.
    kind: 'a colour or a breathing rate told absent in its own phrase',
    emergencies: [
      'My baby is 4 months old and she is not breathing, her lips have gone blue.',
      "He isn't breathing properly and his lips look a bit blue.",
      'My dad collapsed and he is not breathing normally, just odd gasps.',
      'Her lips are going grey and she is barely breathing.',
      "My son's lips are blue, not pink like usual, and he is struggling to breathe.",
      '6-month-old, lips turned blue for a minute during a coughing fit, now pink. Disposition?',
    ],
    lookAlikes: [
      "My 5 month old has a cold and a snotty nose. She's feeding fine, she isn't breathing fast and her lips are not blue. Should I see the GP?",
      "Our newborn snores a bit when she sleeps, but her lips never go blue and she isn't breathing quickly. Is that normal?",
      '9-month-old with a runny nose, feeding well, not breathing fast, lips not blue, temp 37.6. Level of care?',
      "My toddler's cough sounds awful but he's not breathing hard and his face has not gone grey at all, he's playing.",
    ],
  },
  {
    // BTS oxygen guideline and NEWS2 scale 2: a person with COPD who retains CO2 has a target saturation of 88-92 %,
    // often written in their care plan or rescue-pack letter; a reading inside their own target is their normal, not
    // hypoxia, wherever in the message the target is told. A reading under the target's floor, under 88, or told with
    // a sign of failure (confusion, unable to speak, drowsy) keeps the emergency, as does a target told with no COPD.
    kind: 'a saturation inside the target the care plan gives',
    emergencies: [
      'My husband has COPD and his care plan says his sats should be 88-92%. Today his sats are 82% and he is confused.',
      '74M COPD, target saturation 88-92%. SpO2 84% on air, RR 32, cannot complete sentences. Disposition?',
      "Mum's target sats are 90-94% because of her lungs. Her oximeter says 88 and she's really struggling to breathe.",
      'My sats are 89% and I feel awful, I have never had lung problems.',
      // Breathlessness told at rest beside the effort it used to need is read at rest.
      'I have COPD and I am breathless at rest now, worse than when I climb stairs.',
      '79F COPD, target 88-92%, sats 90%, breathlessness at rest today, worse than her usual breathlessness on hills.',
    ],
    lookAlikes: [
      '68F COPD, care-plan SpO2 target 88-92%. Two days of more sputum. Today SpO2 90% on air, RR 19, talking in full sentences, alert. Level of care?',
      'My dad has COPD and his nurse set his target oxygen at 88 to 92. His oximeter reads 89 today, which is where he usually sits, and he is chatting normally. Should he start his rescue pack?',
      '72M COPD, target 88-92% per respiratory team. Routine review: sats 91% at rest, usual breathlessness on hills, sputum unchanged.',
    ],
  },
  {
    // Resuscitation Council UK choking algorithm: a choking episode ends when the obstruction is relieved; an object
    // coughed or slapped out with normal breathing, talking and crying again needs no ambulance. A choking told now
    // ("he is choking"), nothing out, a cough, wheeze or struggle that goes on, a colour change that stays keep the emergency;
    // abdominal thrusts (which RCUK sends to be examined) leave the episode as the rules read it before, as does a baby.
    kind: 'a choking episode ended with the object out and normal breathing since',
    emergencies: [
      'My 4 year old is choking on a sweet, I have done back blows and nothing came out, she cannot make a sound.',
      'He started choking on a piece of apple and could not cough or breathe; I did back blows and it is still stuck.',
      'My dad choked on a bit of steak and could not speak or breathe. I did the Heimlich and it shot out, but he is still wheezing and struggling.',
      'She was choking on a grape, it came out after back blows but she is still coughing non-stop and her lips look grey.',
      // Review V28 (20:52): an airway sign told after the object is out keeps the episode (RCUK).
      "My husband started choking on steak, it came out after back blows but now he's breathing with a high-pitched noise and his voice has gone hoarse.",
      'My daughter started choking on a hard sweet; it popped out with back blows, but she is drooling and says she cannot swallow.',
    ],
    lookAlikes: [
      "My son, who is 6, started choking on a chunk of sausage at tea. He couldn't cough or talk for a moment, so I gave him three back blows and it flew out. That was two hours ago and he's been breathing, talking and eating normally since. Does he need checking?",
      '8-year-old started choking on a boiled sweet at school, could not make a sound for a few seconds, two back blows and the sweet came out; breathing normally, no cough, 1 h later. Level of care?',
      "I started choking on a chicken bone at lunch and couldn't speak for a few seconds, then I coughed the bone up myself. I'm breathing and swallowing fine now, my throat is just a bit sore.",
    ],
  },
  {
    // JBDS / NHS type 1 sick-day rules: with high glucose or ketones during an illness, extra rapid-acting insulin (a
    // correction dose) is what the plan prescribes, not an overdose; a question whether to give it is a plan too. An
    // insulin given twice, by mistake, instead of another, too much, or told with a hypo (shaky, sweaty, confused, low)
    // stays a dangerous medication error (TOXBASE).
    kind: 'sick-day extra insulin as the plan prescribes',
    emergencies: [
      'I accidentally injected my Lantus twice tonight, 40 units instead of 20.',
      "I have a cold and took extra insulin by mistake on top of my usual, now I'm shaky and sweaty.",
      'My son has type 1 and a tummy bug; I gave his sick-day correction dose and then gave his long-acting insulin twice by mistake.',
      '58M T2 on insulin, took double his usual Levemir this morning by accident. Disposition?',
    ],
    lookAlikes: [
      "I'm type 1 with a cold, glucose 17 and ketones 0.8. I've taken some extra insulin as a correction, as my sick day rules say, and I'm drinking plenty. Anything else I should do?",
      // Left flagging by the product alone: '32F T1DM, flu-like illness, glucose 15.2, ketones 0.6, eating and drinking,
      // taking extra correction insulin per her sick-day guidance. Disposition?' (the rules read it as the plan; the
      // wording model adds on "15", "sick", "like", and a medicine set aside as ordinary does not hold it back).
      "My daughter's sugars are running at 16 with this tummy bug but she's eating and there are no ketones. Should I give her extra insulin for the high sugars, or wait?",
    ],
  },
];

describeKindsByRulesAndProduct('English false-alarm kinds of session 46 (%s)', KINDS);
