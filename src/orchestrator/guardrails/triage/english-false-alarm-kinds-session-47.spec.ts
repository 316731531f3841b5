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
  {
    // NICE CG95 (1.3) and CG126: chest pain brought on by effort that settles within minutes of rest or GTN, as it
    // always does, and has gone, is stable angina: a rapid-access chest pain clinic or the GP, not an ambulance. Pain at
    // rest or waking, lasting over 15 minutes, coming more often or on less effort, not relieved by the spray, with
    // sweating, sickness, breathlessness or spreading, or a first episode with no pattern, keeps the emergency.
    kind: 'chest pain on effort settling within minutes of rest or GTN as always, gone now',
    emergencies: [
      'My dad has angina and today the tightness came on while he was sitting watching TV, he used his spray twice and it is still there.',
      '66M known stable angina, chest tightness on the stairs this morning, GTN x2 with no relief, now 25 min, sweaty. Disposition?',
      'I get chest pain walking up hills and it usually goes in a few minutes of resting, but this week it comes on with less and less walking and today it lasted 20 minutes.',
      'My husband had tightness in his chest walking the dog, it went after a few minutes of rest but he was grey and sweating and felt sick.',
      'Chest tightness climbing the stairs at work an hour ago, the first time ever, it went after 5 minutes of sitting down. I am 58 and smoke.',
      'For 3 weeks I get a tight chest climbing stairs, it goes within 2 min of rest every time. I am fine now. It has started coming on more and more.',
      'Known angina. For a month I get a tight chest on the hill, gone within 3 minutes of my spray. This week the chest tightness comes with hardly any effort. Fine now.',
      'I have stable angina. The chest pain came on walking up the hill and went within 3 minutes of my spray, but it has come back now while I am sitting down.',
    ],
    lookAlikes: [
      'I am 62 with stable angina for four years. I got my usual tightness in the chest climbing the steps to the library, I stopped and used my GTN spray and it went within two minutes as it always does. No pain now, I feel fine. Should I mention it to my GP?',
      '59F, 4 weeks of central chest tightness when walking briskly uphill, always settling within 2-3 min of stopping, never at rest, pain-free now. HR 70, BP 138/84, SpO2 98%. Level of care?',
      'For the last month my mum gets a tight chest when she carries the shopping up the stairs. It goes every time within a few minutes of sitting down and she is completely fine now. It has not changed and never comes on at rest. Who should she see?',
    ],
  },
  {
    // NICE NG217 and the NHS seizure first aid: a typical seizure in known epilepsy, or in a child known to have febrile
    // seizures, that stops within the care plan's time and is followed by the person's usual recovery needs no ambulance.
    // A first seizure, one over 5 minutes, another without recovery in between, an injury, a pregnancy, breathing
    // trouble or no recovery after keeps the emergency.
    kind: 'a typical seizure in known epilepsy or known febrile seizures, over with the usual recovery',
    emergencies: [
      '30F known epilepsy, tonic-clonic seizure lasting 7 minutes, now drowsy and not back to her baseline. Disposition?',
      'My brother has epilepsy. He had a tonic-clonic seizure, then another one before he came round, and he is still not responding.',
      '19M, first ever tonic-clonic seizure at college, lasted 2 min, recovered fully within 20 min. Disposition?',
      'My husband has epilepsy and had a generalised seizure on the stairs, he fell and has a deep cut on his head and is confused.',
      '4-year-old, no previous seizures, febrile seizure lasting 3 minutes at home, now sleepy and floppy. Level of care?',
    ],
    lookAlikes: [
      '27F known epilepsy on levetiracetam, a typical 90-second tonic-clonic seizure at work, no injury. Recovered as usual within 15 min, talking normally now. Care plan: ambulance only if over 5 min or repeated. Level of care?',
      'My son has epilepsy and had one of his usual tonic-clonic seizures at school for about a minute. He recovered fully and is back to his baseline now. Does he need to be seen today?',
      '2-year-old girl with three previous febrile seizures; today a 1-minute generalised seizure with a temperature of 38.9, stopped by itself, fully recovered within 20 min and now alert and playing. Level of care?',
    ],
  },
  {
    // NICE CKS Bell's palsy: a one-sided facial weakness that takes in the forehead (cannot wrinkle the brow or close
    // the eye), with no limb, speech or visual sign, is a lower motor neurone palsy for the GP today; saliva running
    // from that corner of the mouth is the lip's weak seal, not an airway. A forehead spared, an arm or leg weak,
    // speech slurred, or drooling with a muffled voice, stridor or no swallowing keep the emergency.
    kind: 'a one-sided facial palsy taking in the forehead, drooling from that corner of the mouth',
    emergencies: [
      '62M woke with L facial droop, forehead spared, drooling from the L corner of the mouth, L arm weak, speech slurred. Disposition?',
      '50F R facial droop since an hour ago, cannot wrinkle R forehead, and now R arm and leg weak. Level of care?',
      '35M sore throat, drooling, cannot swallow his saliva, muffled voice, sitting forward to breathe. Disposition?',
      'My mum suddenly has a droopy face on the left side and she is drooling from that side of her mouth, her words are muddled.',
    ],
    lookAlikes: [
      '33F woke with L-sided facial droop: cannot close the L eye or wrinkle the L forehead, drooling from L side of mouth. No limb weakness, speech normal, no visual change. Disposition?',
      '58M, R facial weakness since this morning, unable to raise his R eyebrow, saliva drooling from the R corner of his mouth. Arms and legs normal, speech clear. Level of care?',
    ],
  },
];

describeKindsByRulesAndProduct('English false alarms of session 47 (%s)', KINDS);
