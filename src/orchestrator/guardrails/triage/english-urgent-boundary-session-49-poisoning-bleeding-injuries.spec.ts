import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 49 in the half of poisoning, bleeding, injuries, pregnancy, mental health, fever and the
 * abdomen (issue 11): false alarms at the urgent boundary, read as a clinician reads the protocol's edge, each beside
 * emergency twins that share its words. Written from the protocols (NICE CKS iron deficiency anaemia and GI bleeding,
 * NICE NG232 head injury, NHS 111 bleeding, TOXBASE, NICE CG100 alcohol withdrawal, RCOG), never from a labelled set.
 *
 * Run first on the unchanged rules (main f78a4fa): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // "Cut down", "cut back", "cut out" are less of a habit, not a wound: no bleeding is told. A cut told as a wound
    // and bleeding that will not stop stays severe bleeding (NHS 111: over 10-15 minutes of pressure).
    kind: 'cutting down on a habit is no wound',
    emergencies: [
      'I cut my forearm on a broken bottle and it will not stop bleeding, 20 minutes of pressure already.',
      'He cut his hand badly with a Stanley knife, blood is pouring out and it will not stop.',
      'Trying to cut down on drinking but tonight I cut my wrist on glass and the bleeding will not stop.',
    ],
    lookAlikes: [
      "I smoke twenty a day and want to cut down, I've heard you should not stop all at once. How should I go about it?",
      'My mum wants to cut back on coffee, eight cups a day, and read that she should not stop all at once.',
      'I want to cut out sugar completely, is it dangerous to not stop slowly?',
    ],
  },
  {
    // NICE CKS (iron deficiency anaemia): oral iron turns stools black or dark green; melaena is black, sticky and
    // tarry and comes with the signs of a bleed. Stools darkened since starting iron or bismuth, told with no tar,
    // no faintness or collapse, no blood brought up, are the medicine. Tarry stools, dizziness, a racing heart, or
    // blood vomited on iron stay a GI bleed.
    kind: 'stools darkened by iron or bismuth',
    emergencies: [
      "I'm on iron tablets and today my poo is black, sticky and tarry and I nearly fainted on the toilet.",
      'Started ferrous sulfate two weeks ago. Now black stools and I feel dizzy and my heart is racing.',
      'Taking iron tablets, black poo since yesterday and this morning I vomited blood.',
      'My stools have been black like tar for two days and I feel weak and lightheaded.',
    ],
    lookAlikes: [
      'Since my GP put me on ferrous fumarate last week my stools have gone black. No pain, no dizziness. Is that the tablets?',
      'I started iron tablets for anaemia. Now my poo is really dark, nearly black, but formed and normal otherwise. Normal?',
      "I've been taking Pepto-Bismol for an upset stomach and my stool is black today. I feel fine.",
    ],
  },
  {
    // NICE NG232: age 65 or over makes a CT within 8 hours only beside some loss of consciousness or amnesia since the
    // injury; it is no referral criterion alone. A note telling both absent, with no other red flag, is a minor head
    // injury. Any loss of consciousness, amnesia, an anticoagulant, vomiting or confusion keeps it.
    kind: "an older adult's minor head knock with no loss of consciousness and no amnesia",
    emergencies: [
      '78F fell and hit her head on the kerb, brief loss of consciousness, GCS 15 now. Where should she go?',
      'My dad is 81 and bumped his head on a cupboard, he cannot remember the fall and keeps asking what happened.',
      '70M on apixaban, slipped and hit his head, no LOC, no amnesia. Disposition?',
      '69F tripped and hit her head, no LOC, no amnesia, vomited twice since. Level of care?',
    ],
    lookAlikes: [
      '71M walked into an open cupboard door and hit his head. No LOC, no amnesia, no vomiting, GCS 15, not on blood thinners. Needs a scan?',
      'My mum is 74 and banged her head on the car door frame. No loss of consciousness, remembers it all, no sickness, not on anticoagulants. Should she be seen?',
    ],
  },
  {
    // NICE CG100: withdrawal seizures and delirium tremens, or a history of them, make a medically assisted withdrawal
    // urgent; told as never had ("no history of fits or DTs") they are absent. A fit or confusion told now stays.
    kind: 'alcohol withdrawal with fits and delirium told absent',
    emergencies: [
      'Stopped drinking two days ago after years of a bottle of vodka a day, now shaking, seeing insects on the walls and confused.',
      '55M heavy drinker, last drink 36 h ago, had a fit at home this morning. Disposition?',
    ],
    lookAlikes: [
      '48M drinks 15 units a day, wants to stop, no history of withdrawal fits or DTs, mild tremor in the mornings. Advice?',
      'He drinks most nights and wants to quit. He has no history of fits or DTs. Can he do it with his GP?',
    ],
  },
  {
    // TOXBASE: a medicine error is a medicine or product taken by mistake. A child who swallowed a mouthful of pool,
    // bath or sea water by accident has swallowed no medicine (the submersion itself is read by its own signs).
    kind: 'water swallowed by accident is no medicine error',
    emergencies: [
      'My 4-year-old swallowed some of my tablets by accident, I do not know how many.',
      'My son accidentally drank from the bleach bottle under the sink.',
      'My 3-year-old was under the water for a minute in the pool, now coughing and breathing fast.',
    ],
    lookAlikes: [
      'My daughter is 6 and swallowed a gulp of bath water by accident. She coughed and is fine now, playing.',
      'My son swallowed some sea water by accident at the beach, no cough since, he is eating his lunch.',
    ],
  },
  {
    // TOXBASE counts tablets and adds their milligrams per kilogram: a tablet's strength ("400 mg", "4 x 200 mg") is no
    // count of tablets, and two of one's own statin and stomach tablets for one is an extra dose of medicines TOXBASE
    // expects no harm from. Twenty or thirty tablets counted, or a child's measure given for a smaller one, stay.
    kind: "a tablet's strength is no count",
    emergencies: [
      'I took 30 x 200 mg ibuprofen an hour ago because I wanted to sleep forever.',
      "I've taken 20 200mg ibuprofen since lunch and now my stomach is burning and I'm being sick.",
      'She took 24 paracetamol 500mg tablets this morning.',
      'My 2-year-old was given 10 ml instead of 2.5 ml of Calpol.',
      // Held-out counts of the first cut (one emergency lost, rules): five or more tablets counted keep their strength.
      'I took 8 x 500 mg paracetamol an hour ago, I weigh 45 kg.',
      'Took 6 x 500 mg paracetamol at once an hour ago, she weighs 40 kg.',
    ],
    lookAlikes: [
      '25M, 70 kg, took 4 x 200 mg ibuprofen together for toothache 3 h ago, feels fine. Advice?',
      'I took three 400 mg ibuprofen over the day for my back, weigh 68 kg, feel fine. Was that too much?',
      'Took two 500 mg paracetamol and two 200 mg ibuprofen at the same time for a migraine. Is that ok?',
      'I think I doubled up tonight: two simvastatin 40mg and two lansoprazole 30mg instead of one each. I feel fine.',
    ],
  },
  {
    // TOXBASE: silica gel is non-toxic, and a lick of a dishwasher or laundry tablet with the mouth rinsed gives at most
    // a mild irritation (NHS 111: home care unless the child is unwell). Tablets counted missing, a bite or a swallow of
    // the product, or a child drooling, coughing or sick after it stay a poisoning.
    kind: 'beads of a silica gel sachet, or a product only licked',
    emergencies: [
      'My 2-year-old got into my handbag, a few of my sleeping tablets are missing from the strip.',
      'My toddler was playing with my pill box, three of my blood pressure tablets are missing.',
      'My 3-year-old licked a dishwasher tablet and now she is drooling and crying, her lips look swollen.',
      "My son bit into a dishwasher tablet and swallowed some, now he's coughing.",
    ],
    lookAlikes: [
      'My toddler was chewing a silica gel sachet from a shoebox, a few of the little beads are missing. He is happy and playing.',
      'My 4-year-old licked a dishwasher tablet, I rinsed his mouth straight away. He is fine, no drooling, eating normally.',
    ],
  },
  {
    // Command hallucinations (NICE CG178): voices telling someone to harm themselves or others. Told as what the voices
    // do not say, they are absent; voices telling harm stay a crisis.
    kind: 'voices told as not telling harm',
    emergencies: [
      'My son has schizophrenia and says the voices are telling him to hurt himself tonight.',
      'Her voices keep telling her to jump off the bridge.',
      // Reviewer V31's STOP-THE-LINE on the first cut (06:12): a negated stopping affirms the command.
      "My brother (23) says the voices won't stop telling him to jump off his balcony. He's pacing near the window and hasn't slept for three days. He's not taken his medication for weeks. He told me not to fuss. Should I ring his care coordinator on Monday?",
      'The voices never stop saying she should hurt herself.',
    ],
    lookAlikes: [
      'Her voices are not telling her to hurt anyone, she says, they just mutter at night. She missed her depot injection. Who do we call?',
      "He says the voices aren't telling him to harm anyone, just criticising him. He missed his depot. Who do we contact?",
    ],
  },
  {
    // Hypothermia's sign is shivering that stops in the cold (NICE CKS, RLSS). "Not shivering" told by a feverish adult
    // among how well they are is no finding; told of someone cold and drowsy it stays.
    kind: 'not shivering told among what is well',
    emergencies: [
      'Found my grandad in his freezing flat, he is cold to touch, not shivering any more and very drowsy.',
      'Pulled him out of the cold lake twenty minutes ago, he has stopped shivering and is slurring his words.',
      // Review of the first cut (diff against main, development-33): the cold told in the sentence keeps it.
      'An old man asleep on a bench in the frost, freezing cold to touch, not shivering, I can barely get a word out of him.',
    ],
    lookAlikes: [
      'I have a temperature of 38 with a cough. Eating and drinking, not shivering, thinking clearly. Do I need the GP?',
    ],
  },
  {
    // Columbia: a plan or the means at hand with intent. A baby's prescribed doses given after immunisations are a
    // medicine as directed, not means at hand.
    kind: 'a prescribed dose given is no means at hand',
    emergencies: [
      "I've got all my tablets lined up and I'm going to take them tonight, I can't do this anymore.",
      'She has saved up her paracetamol and says she will take them all tonight.',
    ],
    lookAlikes: [
      '3-month-old had her jabs this morning, we gave the recommended paracetamol doses and she is feeding well. Can we go to the party tonight?',
      '5-month-old, fever 38.0 after her MenB jab. Had the advised preventive paracetamol doses, feeding and smiling. Anywhere to go tonight?',
    ],
  },
  {
    // "Didn't know what to do" is someone at a loss, not new confusion (NICE NG51's high-risk criterion).
    kind: 'not knowing what to do is no confusion',
    emergencies: [
      'My mum has a urine infection and since this morning she is confused, does not know where she is and is breathing fast.',
    ],
    lookAlikes: [
      'I have a small infected cut on my finger, red around it. I just did not know what to do about it, should I see the pharmacist?',
    ],
  },
];

describeKindsByRulesAndProduct(
  'English urgent boundary, session 49, poisoning, bleeding, injuries and mental health (%s)',
  KINDS,
);
