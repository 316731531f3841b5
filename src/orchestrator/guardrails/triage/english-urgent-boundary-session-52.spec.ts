import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 52 at the protocols' urgent boundary (issue 11: the false-positive rate on English sets
 * written like the outside judge's material), each kind beside emergency twins that share its words and carry what the
 * protocol sends on at once. Written from the protocols, never from a labelled set.
 *
 * Run first on the unchanged rules (main 8435fc8): every emergency flagged by rules and product; look-alikes quiet 1 of 4
 * for the old stroke or palsy told unchanged, 1 of 3 for a child not working hard to breathe (its "not working" was read
 * as a remedy that failed, which swallowed the negation).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG128: a new deficit, or a known one that has got worse, is a stroke until proven otherwise; a deficit left
    // months or years ago and told as the same is rehabilitation (NICE NG236), and a Bell's palsy that never fully
    // recovered is referred routinely (NICE CKS Bell's palsy). What is new, worse, sudden or of today stays an emergency.
    kind: "a deficit an old stroke or Bell's palsy left, told unchanged",
    emergencies: [
      'My dad had a stroke in 2019 and his left arm has been weak ever since, no change for years, but this morning his speech went slurred.',
      "Mum had Bell's palsy 5 years ago and her mouth still droops a bit, same as always, but now her right arm is suddenly weak.",
      "my husband had a stroke 3 yrs ago, left side weak same as always. an hour ago his speech became garbled and he can't find his words",
      'Stroke 2021 with residual left arm weakness, at baseline per family. Today new right facial droop and slurred speech. Disposition?',
      'my mum has had a weak left hand since her stroke in 2018, no change, but she has the worst headache of her life and is being sick',
      'Dad had a stroke last year. His arm is weak as usual, unchanged, but he collapsed and is confused and vomiting',
    ],
    lookAlikes: [
      "I had Bell's palsy in 2019 and it never fully recovered. The corner of my mouth still droops when I smile. Nothing has changed in years, can Botox help?",
      "Mum had a stroke 3 years ago. Her left leg drags and her face droops a little on the left. No change since her last review, she's just asking about a walking frame.",
      'Grandad had a stroke in 2021. Since then his left arm is weak and his speech is slurred. Nothing new, the physio has finished and we want exercises for home.',
      '77M, right MCA stroke in 2022, residual left hemiparesis and mild dysarthria, unchanged at every review, attends for a medication review. Disposition?',
    ],
  },
  {
    // What a child is not doing to breathe is told absent ("not working hard to breathe"), not a remedy "not working".
    kind: 'a child told as not working hard to breathe',
    emergencies: [
      'My son is working really hard to breathe, his tummy is sucking in under his ribs and the inhaler is not working.',
      'She is struggling to breathe and the nebuliser is not working, her lips look grey.',
      "the blue inhaler isn't working, he's working so hard to breathe he can't talk",
    ],
    lookAlikes: [
      "My 3-year-old has a cold and a cough. Her breathing is a normal speed, she's not working hard to breathe and her lips are pink. Should I see the GP?",
      'He has a runny nose and a temperature of 38, but he is not working hard to breathe and is drinking well. Pharmacy or GP?',
      'Toddler with croup-y cough at night, no noisy breathing when calm, not working hard to breathe, playing now. Can it wait for the GP?',
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 52 at the urgent boundary (%s)', KINDS);
