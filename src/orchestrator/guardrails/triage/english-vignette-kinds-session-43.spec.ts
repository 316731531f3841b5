import {
  describeKindsByRulesAndProduct,
  describeTriageProbes,
  type TriageProbeKind,
} from '../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../emergency-triage.js';

/**
 * English clinical case vignettes (issue 11: the symptom-checker audit vignettes' false alarms), each kind of urgent or
 * self-care write-up beside emergency twins that share its words and carry a red flag: the same child with a rate over
 * the band for the age or a saturation under 92, the same chest pain with sweating, spreading or a low blood pressure,
 * the same baby's fever too young for the jabs or floppy beside them. Written from the protocols (NICE NG143 traffic
 * light, NICE NG51 sepsis age bands, NHS 111 and MTS chest pain, NHS vaccine aftercare), the way different clinicians
 * write (prose, shorthand, vitals in a list, "O/E", "PMH", ages in months), never from a labelled set.
 *
 * Run first on the unchanged rules (main 9961355): see the figures in the commit that wrote this file.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG51 high-risk rates by age (under 1: RR 60, HR 160; 1-2 years: RR 50, HR 150; 3-4 years: RR 40, HR 140;
    // 5 years: HR 130) and NICE NG143 red (RR over 60): a child's rate under its band is no red flag, read as an adult's.
    kind: "a child's breathing or heart rate inside the band for the age",
    emergencies: [
      'A 9-month-old girl with a cold and a temperature of 38.3 for a day: feeding poorly, RR 66, HR 150, grunting.',
      '3yo boy, fever 38.7 since yesterday, runny nose, resp rate 46, pulse 150, drowsy.',
      'Boy aged 20 months, coryzal, T 38.1, RR 42, HR 138, SpO2 89% in air.',
      'Boy aged 20 months, coryzal, T 38.6, RR 56, HR 158, not interested in drinking.',
      '6 week old with a snuffly nose, temp 38.2, breathing at 48 breaths a minute, pink and alert.',
      '4-year-old, O/E: T 38.4, RR 44, HR 146, CRT 4 s, mottled legs.',
      'A 45-year-old man with a chest infection: temp 38.7, RR 32, HR 125, new confusion.',
      '55M, productive cough, T 38.9, RR 31, HR 124, sats 93%.',
      // Review V25 (10:58): a rate beside an adult named with no age is the adult's, not the child's.
      "My husband has had pneumonia for 3 days, now his breathing rate is 40 and his pulse is 140 on the oximeter, he can't get out of bed. Our 2-year-old has a cold too. What level of care?",
      "A 4-year-old brought in after being found with his father's methadone bottle, unclear how much taken, now sleepy. HR 130, RR 34. Pupils small. Level of care?",
      // Review V25 (12:00, the merged tree): bleeding through a timed pressure, beside rates normal for the age.
      'A 3-year-old boy with a 3 cm cut to the forearm from glass, pulsatile bright red bleeding despite 15 minutes of direct pressure. HR 135, RR 32. Level of care?',
      // Review V25 (12:00, the merged tree): the writer's own rates are an adult's, whatever child the message tells of.
      "Me and my 2 year old both have flu. My pulse is 138 and I'm breathing 36 times a minute, I feel faint when I stand. Should I see someone today?",
      "I'm 41 weeks pregnant and my baby is 1 week overdue. Since this afternoon my heart rate is 135 and my breathing rate is 34 and I feel shivery and awful. Can it wait till my midwife appointment?",
    ],
    lookAlikes: [
      'A 9-month-old girl with a cold and a temperature of 38.3 for a day: feeding, alert, pink, wet nappies, RR 44, HR 150. What level of care?',
      '3yo boy, fever 38.7 since yesterday, runny nose, eating and drinking, playing, resp rate 32, pulse 135, no rash.',
      'Boy aged 20 months, coryzal, T 38.1, RR 42, HR 138, well hydrated, smiling, SpO2 97%.',
      '6 week old with a snuffly nose, temp 37.2, breathing at 48 breaths a minute, feeding well, pink and alert.',
      '4-year-old, O/E: alert, T 38.4, RR 36, HR 128, CRT under 2 s, chest clear. Mum asks whether she needs to be seen today.',
      'PMH nil. Girl, 11 months, 2 days of cough and a temperature, RR 45, HR 145, sats 97% in air, taking her bottles.',
      'A 4-year-old with a fever of 38.4 and a cold, HR 132, RR 34, playing, eating, drinking.',
      'A 2-year-old with a cough for 3 days, HR 140, RR 42, alert, drinking well, no recession.',
    ],
  },
  {
    // MTS and NHS 111 chest pain: pain reproduced by pressing, by twisting or by breathing in, after a strain or with
    // reflux, for days or weeks, with the cardiac features told absent, is for the GP; a clinician's write-up tells
    // it of the patient in the third person. Sweating, spreading, pain at rest, a low pressure or a saturation under
    // 92 beside it is read.
    kind: "a clinician's write-up of chest-wall, pleuritic or reflux pain with the cardiac features told absent",
    emergencies: [
      'A 41-year-old woman has had a sore spot on the right of her breastbone for a week; for the last hour a heavy pain in the centre of her chest spreading to her jaw, sweaty, BP 88/50.',
      '35M, 40 min central chest pain after heavy lifting at work, radiating to L arm, clammy, HR 110.',
      'Woman, 52, burning discomfort behind the breastbone for an hour, not relieved by Gaviscon, sweating and grey, BP 92/60.',
      '28F on the pill, 2/7 sharp L chest pain on deep inspiration, SpO2 89% RA, HR 122.',
      'PMH asthma. 28F, 2/7 sharp L chest pain on deep inspiration after a chest cold, chest wall tender. SpO2 98% RA, HR 108, RR 22.',
      'A 34-year-old woman on the combined pill with pleuritic chest pain for 2 days after a long-haul flight, tender over the ribs, obs normal.',
      'O/E: 40 year old male, anterior chest wall tenderness reproducing his pain, 1 week since painting a ceiling. Now sweaty and grey, BP 84/50.',
      'Man, 52, ache in his chest for a week since moving house, tender over the sternum on examination. This evening it is tight and spreading into his jaw.',
      // Review V25 (11:26): a relative's telling in apposition ("My husband, a 58-year-old") is no write-up.
      "My husband, a 58-year-old smoker, has chest pain that he says is tender to touch and worse when he breathes in, but he looks awful and it's been an hour. Level of care?",
      'A 34-year-old woman, 6 days post-partum, pleuritic right chest pain worse on inspiration, tachypnoeic RR 28, HR 118.',
      'A 66-year-old woman with reflux, burning chest pain after a large meal, not relieved by Gaviscon this time, with palpitations and a sense of impending doom.',
      'A 60-year-old man with chest pain for 3 days that is worse when he presses on it; today it came on at rest with sweating and he is breathless.',
    ],
    lookAlikes: [
      'A 41-year-old woman has had a sore spot on the right of her breastbone for a week since starting a new gym class; pressing on it reproduces the pain exactly. No sweating, no breathlessness, pulse 70.',
      '35M, 3/7 L anterior chest pain after heavy lifting at work, tender on palpation over the 4th rib, worse on twisting. Obs normal. Nil radiation.',
      'Woman, 52, burning discomfort behind the breastbone after evening meals and on lying down for a fortnight, eased by Gaviscon. Not brought on by walking.',
      'PMH asthma. 28F, 2/7 sharp L chest pain on deep inspiration after a chest cold, chest wall tender. SpO2 98% RA, HR 80, RR 16.',
      'O/E: 40 year old male, anterior chest wall tenderness reproducing his pain, 1 week since painting a ceiling. Obs within normal limits. No SOB.',
      'Man, 52, ache in his chest for a week since moving house, worse when he lifts his arm, tender over the sternum on examination. No sweating. HR 74.',
      '62-year-old with chest pain for 2 weeks, worse on deep inspiration and on lying flat, relieved sitting forward; ECG at the GP normal, HR 88, SpO2 97%. Same-day or emergency?',
      'A 60-year-old man has had chest pain for 3 days that is worse when he presses on it or turns in bed, since he fell against the bath; he is not sweaty or breathless.',
    ],
  },
  {
    // NHS vaccine aftercare: a fever after a baby's MenB jabs in the same day is expected; a baby under 8 weeks (too
    // young for them), a fever for days or a red feature beside it keeps the emergency (NICE NG143).
    kind: "a baby's fever told hours after the MenB jabs by a clock time",
    emergencies: [
      '5-week-old, no jabs yet, temp 38.2 at 16:00, feeding well.',
      '8-week-old boy, had his MenB jab at 09:30; temp 38.2 at 16:00, floppy and not feeding.',
    ],
    lookAlikes: [
      '8-week-old boy, had his MenB jab at 09:30; temp 38.2 at 16:00, feeding well, alert, no rash.',
      'Baby girl, 8 weeks, first set of jabs including MenB at 11am, now 38.1 at 7pm, given paracetamol as advised, settled and feeding.',
    ],
  },
];

describeKindsByRulesAndProduct('English case vignettes (session 43), %s', KINDS);

// Review V25 (10:58): a child's rate read as under the band for the age sets the rate aside and no more; the wording
// model still reads the message without it, and adds what the rules miss ("pulsatile bleeding despite pressure").
describeTriageProbes(
  'English case vignettes (session 43), product: a rate under the band beside what the wording model reads: %s',
  [
    [
      'a child with normal-for-age rates and a bleed the rules miss',
      [
        'A 3-year-old boy with a 3 cm cut to the forearm from glass, pulsatile bright red bleeding despite 15 minutes of direct pressure. HR 135, RR 32. Level of care?',
      ],
      [
        'A 3-year-old boy with a small graze on the forearm from a fall in the garden, cleaned and covered with a plaster, playing happily. HR 135, RR 32. Level of care?',
      ],
    ],
  ],
  EmergencyTriage.withWordingModel(),
);
