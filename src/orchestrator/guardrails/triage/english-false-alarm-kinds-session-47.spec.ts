import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false alarms of session 47 by kind, chest pain and the heart (issue 11: the false-positive rate on English
 * sets written like the outside judge's material), each kind beside emergency twins that share its words and carry what
 * the protocol sends on at once. Written from the protocols (MTS and NHS 111 chest pain, NICE CG95 and CG126), never
 * from a labelled set.
 *
 * Run first on the unchanged rules (main 6cd71c6): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // MTS and NHS 111 chest pain: a write-up's chest-wall pain after a strain, reproduced by pressing, with the cardiac
    // features told absent, goes to the GP. The load lifted being heavy, or the ECG done at the GP surgery or a walk-in
    // centre, tells nothing of the pain; a heavy pain, a recent operation or pain on walking keeps the emergency.
    kind: 'a write-up of chest-wall pain after lifting something heavy, examined at a surgery or walk-in centre',
    emergencies: [
      '52M warehouse picker, heavy central chest pain for 30 min after lifting heavy crates, tender over the sternum, sweaty. HR 96, BP 150/90. Disposition?',
      '61F, 3 days after knee surgery, sharp left chest pain worse on deep breath, tender over the ribs. No sweating. HR 88, SpO2 97%. Level of care?',
      '58M, chest pain on walking to the car park since moving heavy furniture, tender to palpation over the costal cartilage, no sweating. ECG at the surgery normal. Disposition?',
      '47M removals man, chest wall pain reproduced by pressing after carrying heavy boxes, now sweating and grey. HR 118, BP 92/60. Disposition?',
    ],
    lookAlikes: [
      '41M scaffolder, 2 days of right-sided chest wall pain after carrying heavy poles; sharp, worse on twisting, reproduced by pressing over the 6th rib. No breathlessness, no sweating. HR 72, BP 128/80, SpO2 99%, ECG at the surgery normal. Disposition?',
      '29F nurse, sharp left chest pain since lifting a heavy patient yesterday, reproduced by palpation over the costal margin, worse on turning. No breathlessness or sweating, no radiation. HR 74, SpO2 98%, ECG normal at the walk-in centre. Level of care?',
      '55M bricklayer, chest pain on the left after a day of lifting heavy blocks; tender over the 4th costal cartilage, worse on movement, not exertional, no sweating. Obs normal. Disposition?',
    ],
  },
];

describeKindsByRulesAndProduct('English false alarms of session 47 (%s)', KINDS);
