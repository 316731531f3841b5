import {
  describeKindsByRulesAndProduct,
  describeTriageProbes,
  rulesAndProductTriages,
  type TriageProbeKind,
} from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 57 (issue 11: false alarms of self-harm and poisoning on English held-out sets, and the
 * shared modifiers), each beside its emergency twins: the same alarm words with the red flag present, told other ways
 * and played down. Written from the protocols (NICE NG225 self-harm and the Columbia scale's warning signs), never from
 * a labelled set.
 *
 * Run first on the unchanged rules (main a9539f36): a goodbye told of a journey ("we said goodbye to everyone at the
 * airport", "... to the kids at the school gates") flagged by the rules and the product as a suicide plan; with the
 * plan read apart, the product still flagged most of them through the wording model, until the rules told the goodbye
 * as set aside (which the wording model does not overrule).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG225 names the goodbye that tells an intent to die; Columbia counts one's goodbyes said to everyone as a
    // preparatory act. A goodbye at a departure gate, a station or the school gates is a parting: it is still a
    // farewell that flags beside a means, a plan, despair or a silence after it.
    kind: 'a goodbye told of a journey or a parting',
    emergencies: [
      "said goodbye to everyone at the airport and tonight I'm going to take all my pills",
      'we said goodbye to everyone at the airport. tonight i will take all my tablets, i cannot go on',
      'I said my goodbyes at the airport, I have written the letters and tonight is the night',
      'she said goodbye to her kids before the flight and then texted me that she has the tablets saved up',
      'he said goodbye to everyone and gave away his guitar, now his phone is off',
      "i've said goodbye to everyone, I have the pills ready, probably nothing but can it wait till monday",
      'I said my goodbyes to my family, written the letters, tonight is the night',
      'my brother texted me goodbye from the station and now he will not answer his phone',
      'my sister said goodbye to everyone at the airport and said she will not be around much longer, probably nothing',
    ],
    lookAlikes: [
      'we said goodbye to everyone at the airport',
      'we said goodbye to everyone at the airport, how do I cope with the jet lag',
      'we said goodbye to the kids at the school gates and now I have a migraine',
      'we said goodbye to our family at the station before uni, feeling a bit homesick, is that normal',
      'we said goodbye to all of them before the flight, my mum cried, I have a cold now',
    ],
  },
  {
    // NPIS TOXBASE: silica gel, crayons and toothpaste are of low toxicity in the amount a child takes by taste; NHS 111
    // gives home care unless the child is unwell. The product is often named first, the hedged swallow after it.
    kind: 'a low-toxicity product named before a hedged swallow of a little of it',
    emergencies: [
      'my son found a silica gel packet and might have swallowed a few beads, now he is vomiting and very sleepy',
      'found my toddler with a silica gel sachet chewed open, might have swallowed a few beads, he is coughing and struggling to breathe',
      'found her with the silica gel sachet, she might have swallowed a few of my iron tablets too',
      "silica gel packet chewed open, he might have swallowed a few beads, probably nothing but he's gone floppy",
      'crayon box open and she might have swallowed a few bits, can it wait till monday, she has been sick 4 times and is very drowsy',
    ],
    lookAlikes: [
      'Found my 18 month old with a silica gel sachet chewed open, might have swallowed a few beads. She is totally fine, no choking, no coughing. Do I need to do anything?',
      'my 2 year old chewed a crayon and might have swallowed a few bits, she is fine',
      'silica gel packet from a new shoe box, my son might have swallowed one or two beads, he is playing happily',
    ],
  },
];

describeKindsByRulesAndProduct('session 57: English self-harm, poisoning and modifiers (%s)', KINDS);

// Review V39, 07:21: a place of parting is also a place of method. The rules alone miss this one on main as on this
// branch (nothing reads "step in front of a train" as a method); the product's wording model flags it, and the goodbye
// of a journey must not set the message aside from it.
describeTriageProbes(
  'session 57: a goodbye at a place of method (%s, product)',
  [
    [
      'a goodbye at a station told with a method',
      ["he said goodbye to us at the station and texted that he's going to step in front of a train"],
      ['we said goodbye to him at the station, he is off to uni, how do I stop worrying'],
    ],
  ],
  rulesAndProductTriages().product,
);
