import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 50 (issue 11: the false-positive rate on English sets written like the outside judge's
 * material), each kind beside emergency twins that share its words and carry what the protocol sends on at once.
 * Written from the protocols, never from a labelled set.
 *
 * Run first on the unchanged rules (main 8ba0643), a deficit passed days ago: emergencies 6 of 6 flagged, look-alikes 0
 * of 3 quiet (rules and product alike); after transient-deficit-passed-days-ago.ts, 6 of 6 and 3 of 3.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG128 (1.1.3, 1.1.4): a suspected TIA, its deficit fully resolved, is referred for a specialist's assessment
    // within 24 hours of its onset, and one more than a week back within 7 days: a same-day or next-days referral, not
    // an ambulance. A deficit there now, one that came back (a crescendo TIA), or one within the last day stays an
    // emergency; so does a TIA told beside an anticoagulant (a bleed is scanned at once).
    kind: 'a transient focal deficit that passed days ago, with none since',
    emergencies: [
      'Two days ago my dad had ten minutes of weakness in his left arm that got better, but this morning his speech is slurred and his face is drooping.',
      'My mum had numbness down her right arm for a few minutes three days ago, it went away, and it came back again this morning for twenty minutes.',
      'Last week I had an episode where my left hand went clumsy and weak for five minutes, it resolved, and I have had two more of the same since, the last one an hour ago.',
      'Four days ago my husband had slurred speech for a quarter of an hour and then recovered completely. He is on warfarin for his heart rhythm.',
      '70M, 3 days ago 10 min of right arm weakness, resolved. Today still some numbness in the right hand and his grip is weaker. Disposition?',
      'My speech went muddled for a few minutes this morning and came back to normal, and my right arm felt numb at the same time. It has all gone now.',
    ],
    lookAlikes: [
      'My 68-year-old father had about ten minutes of tingling and weakness in his left hand four days ago that went away completely. He has had nothing since and is his normal self. Where should he be seen, and how quickly?',
      'Last week my speech went muddled for about five minutes at work and then came back to normal. No symptoms at all since then. My GP appointment is on Friday, should I be seen sooner?',
      '72M, 5 days ago 15 min of right-sided arm weakness and word-finding difficulty, fully resolved, none since. Today neurologically normal, BP 146/84, pulse regular. Not on anticoagulants. Referral?',
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 50 (%s)', KINDS);
