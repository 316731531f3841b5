import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false-alarm kinds of session 60 (issue 11's false-positive goal): messages a clinician applying the protocol
 * sends to a clinic or the GP, each beside emergencies that share its words and must still be flagged. Written from the
 * protocols (NICE NG128), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG128: a deficit that has fully gone is a TIA, seen in the TIA clinic within 24 hours of its onset; a
    // deficit now, one within the last hours, one come back, or one beside AF or a blood thinner is sent at once.
    kind: 'a stroke-like deficit that passed days ago, none since',
    emergencies: [
      "my mum's arm went numb for 10 minutes 3 days ago, fine since, she's on apixaban for her heart",
      "Dad's speech went funny for 5 minutes yesterday and it's happened twice more since, he's ok at the moment",
      'her face drooped for a few minutes two days ago and this morning her arm is weak',
      "his arm went numb for ten minutes 2 days ago, fine since, he has AF and isn't on anything for it",
      'my arm went numb and heavy for twenty minutes this morning, it is gone now, can I wait for the GP?',
      'my speech went slurred about 40 minutes ago for ten minutes, I feel fine now',
      'her left arm went numb 2 days ago for a few minutes, and today it is numb again',
    ],
    lookAlikes: [
      "my gran's hand went numb and clumsy for about ten minutes on Saturday, right as rain since, can the GP see her Monday?",
      '62M, 4 days ago 15 min of right arm weakness, fully resolved, asymptomatic since. Neuro exam normal today, pulse regular. Disposition?',
      "Last week my husband's speech went slurred for a few minutes while we were at the pub, it cleared and he's been normal since. Does he need a scan?",
      'my left arm went weak for a few minutes the day before yesterday, completely back to normal now. should I mention it to the GP?',
      "my sister said her face felt droopy for a few minutes two days ago but she's been fine since, she doesn't want a fuss",
    ],
  },
];

describeKindsByRulesAndProduct('session 60: English false alarms (%s)', KINDS);
