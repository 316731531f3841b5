import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English long chatbot prompts that tell an alarm word's episode as over, as someone else's story, as something read
 * about, as a plan or as an everyday dose (issue 11: the held-out chatbot prompts' false alarms), each kind beside
 * emergency twins that share its words and tell a red flag now: a new finding today after the episode care met, the
 * relative's old story come back today, a finding told now after what was read. Written from the protocols (NICE NG232
 * head injury discharge advice, NICE CG95 chest pain assessed, NHS febrile seizure aftercare, TOXBASE therapeutic
 * excess) and from how people write, never from a labelled set.
 *
 * Run first on the unchanged rules (main 9961355): every emergency flagged by the rules and the product, every
 * look-alike flagged by the product; see the commits that wrote this file.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // Care met the episode and the person is well since: NICE NG232 sends a well patient with a clear scan home with a
    // list of what to come back for. A finding told as new, now or again anywhere in the message is read.
    kind: 'an episode dated days or weeks back that care has already met, well since',
    emergencies: [
      "My grandad fell and hit his head on Sunday, the hospital did a scan which was clear and sent him home. Since this morning he's been vomiting and really drowsy and confused.",
      "I went to A&E last week with chest pain and the ECG was normal. Now I have crushing chest pain again and I'm sweating.",
      "Our daughter had a febrile seizure three days ago and was checked at the children's hospital. She is fitting again right now and it has been 6 minutes.",
      "He had a fit last week and was seen at A&E. He had another one this morning that lasted 10 minutes and he still isn't answering us.",
      "My husband was in hospital last month with a clot in his leg and the scan showed it. Today he suddenly can't catch his breath and is coughing up blood.",
      "She hit her head on Monday and the CT was normal, she's been fine since. She just had a fit and is still jerking.",
      "He had a seizure last week, the hospital checked him and he's been fine since. He's not breathing properly now and his lips are blue.",
      "I took an overdose on Friday, was kept in and had the antidote, fine now. I've just taken another 20 tablets.",
      'Took 30 paracetamol two days ago, went to A&E but left before the bloods. I feel fine.',
      'My husband was treated in hospital last week for a clot, he coughed up blood and collapsed.',
    ],
    lookAlikes: [
      "My grandad fell and hit his head on Sunday; the hospital did a scan which was clear and sent him home, and he's been his usual self since. How long should we keep an eye on him?",
      'I ended up in A&E on Friday night with chest pains. Bloods and ECG were all normal and they said it was probably a pulled muscle. I feel fine now. When can I go back to the gym?',
      "Our daughter had a febrile seizure three days ago and was checked at the children's hospital. She has been running around as normal since. Should we cancel her nursery trip?",
      "Two weeks ago my nephew was knocked out falling off a trampoline. He was scanned at hospital, it was clear, and he's been fine since. When can he go back on it?",
      'my partner collapsed at work a few weeks back, got taken in, all the heart tests were fine. hes asking if he can drink at the wedding this weekend',
    ],
  },
  {
    // A date years back places the story; the sentences that go on telling it in the past, by the same people, are the
    // same history. A sentence told now, today or again brings it back.
    kind: "a relative's past story told on in the sentences after its date",
    emergencies: [
      "My late father had a heart attack at 62. He said it felt like an elephant sitting on his chest. I've had that same crushing feeling for the last half hour and I'm sweating.",
      "Mum had a stroke in 2019. Her face dropped and she couldn't talk. This morning her face has dropped again and her speech is slurred.",
      'My brother had anaphylaxis to peanuts years ago. His throat closed up. He has just eaten a cake with nuts and his lips are swelling.',
    ],
    lookAlikes: [
      "My late father had a heart attack at 62. He said it felt like an elephant sitting on his chest. I'm 45 now, what checks should I ask my GP for?",
      "Grandma had a stroke back in 2018. Her face drooped and she couldn't get her words out. Is stroke something that runs in families?",
    ],
  },
];

describeKindsByRulesAndProduct('English long prompts (session 43), %s', KINDS);
