import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-but-not-emergency kinds of session 63 (issue 11's false-positive goal): messages the protocol sends
 * to a GP, NHS 111 or urgent care the same day, each beside emergencies that share its words and must still be
 * flagged. Written from the protocols (NICE CKS febrile seizure, the NHS), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CKS febrile seizure and the NHS: the first febrile seizure, one lasting 5 minutes or more, a second in the
    // same illness, no recovery, blue lips or a baby under six months go at once; a recurrence told by its count in the
    // child's life or by one had before, short and with the child back to normal, is the GP's the same day.
    kind: "a child's febrile seizure told as one more of the child's own, short and recovered from",
    emergencies: [
      'My 2 year old had a febrile seizure, this is her second one ever, and it has now lasted 6 minutes',
      'My son had a febrile seizure 10 minutes ago, he has had one before, and he is still very drowsy and floppy, will not wake properly',
      "My 3 year old had her first ever febrile fit 20 minutes ago, lasted a minute, she's awake and playing now",
      'She has had febrile seizures before; today she had one, then a second febrile seizure 20 minutes later, she is playing now',
      "He has had one before; today's febrile seizure lasted 2 minutes and he went blue, now playing",
    ],
    lookAlikes: [
      'My son is 2 and had a febrile convulsion this morning that lasted about a minute. He has had one before last winter. He is back to his normal self now, eating and playing, temperature 38.2. Does he need to be seen?',
      "my daughter had a febrile fit an hour ago, under 2 minutes, she's had 3 before. she's now running around and playing. gp today?",
      "Grandson (4) had his third febrile convulsion ever at teatime, about a minute of shaking with a temperature of 39, stopped on its own and he's chatting away now. Do we need the GP?",
      'It was his second febrile seizure, 90 seconds long, with a high temperature from an ear infection; he is alert and watching cartoons now. Should I ring 111?',
    ],
  },
];

describeKindsByRulesAndProduct('English urgent-but-not-emergency kinds of session 63', KINDS);
