import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 53 in the breath (issue 11: the false-positive rate on English sets
 * written like the outside judge's material): what the protocols call urgent and not an emergency, each beside
 * emergency twins that share its alarm words and carry what the protocol sends on at once. Written from the protocols,
 * never from a labelled set.
 *
 * Run first on the unchanged rules (main aa0dd6c): emergencies 5 of 5 flagged by the rules and the product; look-alikes 1
 * of 3 quiet, rules and product alike. After the breathing read with its negation after the subject: 5 of 5 and 3 of 3.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG143: a raised breathing rate is amber, with recession, grunting or a colour change red. A breathing told
    // "isn't fast" tells the rate normal: the negation stands after the subject, where the clause negation does not read.
    kind: "a child's breathing told not fast",
    emergencies: [
      "My son is 10 months old with a fever and his breathing is really fast and he's grunting.",
      "my 2 year old has a cough and her breathing is fast, not fast like panting but fast, and she's sucking in under her ribs",
      "Toddler, 18 months, temp 39, breathing is so fast I can't count it and his lips look a bit blue",
      'my baby is 4 months old and she is breathing very fast and not feeding',
      "My 3 year old's breathing isn't normal, it's really fast and hard, and he's floppy",
    ],
    lookAlikes: [
      "My son is 10 months old with a temperature of 38.8 and a runny nose. His breathing isn't fast, he's drinking his milk and has wet nappies. GP tomorrow or today?",
      "my 2 year old has a cough and a temperature, her breathing is not fast and her lips are pink, she's playing. can it wait till monday?",
      "Daughter, 3, chesty cough for 2 days, breathing's not fast or noisy, eating and drinking ok. Pharmacy?",
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 53, heart and breath (%s)', KINDS);
