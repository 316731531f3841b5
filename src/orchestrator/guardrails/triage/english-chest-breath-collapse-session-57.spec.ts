import {
  describeKindsByRulesAndProduct,
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
  type TriageProbeKind,
} from '../../../../test/support/triage-probe-table.js';

/**
 * English false alarms of chest pain of session 57 (issue 11), each kind beside its emergency twins: the same alarm
 * words with the red flag present, told by the writer, a relative, a clinician's note and in typos. Written from the
 * protocols (NICE CG95 chest pain, CG126 stable angina and the GTN leaflet, the BNF's GTN side effects), never from a
 * labelled set. On main a9539f36 the product flagged every emergency here, and of the look-alikes the GTN question
 * after a first use of the spray and the chest-wall pain beside "A&E tonight"; the other look-alikes guard the
 * readings' edges. The rules alone missed five of the emergencies on main, as now (the pain back after the spray, a
 * second dose, a faint after it): those are held by the product below, for a later session's rules.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG126: a known angina's pain eased within minutes by the first dose of GTN is the angina as treated (the GP
    // or its review); headache, flushing and light-headedness are the spray's common effects (BNF). A pain that is new,
    // back, lasting, needing a second dose, at rest, or with sweating, grey, fainting, breathlessness or a spread is an
    // emergency; so is a first pain eased by someone else's spray (review V39, 06:27).
    kind: "a known angina eased within minutes by the spray, asked about the spray's headache",
    emergencies: [
      'I have angina, used my GTN spray and the pain eased after 3 minutes, I got a headache, but now the pain is spreading to my left arm',
      'i have angina used gtn pain went in 5 mins now got headache and short of breath',
      'I have angina and used my spray, the pain went within two minutes but I got a headache. The chest pain has been coming on more often this week with less effort.',
      'first time ive ever had chest pain, my neighbour has angina and gave me a puff of his gtn spray, it went within 5 minutes, now i have a headache',
      "never had chest pain before today. used my husband's angina spray and the tightness eased within 3 minutes, just a thumping headache now",
      'my dad has angina, used his gtn spray, pain went in 3 mins but its come back while hes sat in his chair and he looks grey',
    ],
    lookAlikes: [
      'I was diagnosed with angina last month and given a GTN spray. Both times I used it the pain went within a couple of minutes, but I got a thumping headache and a flushed face afterwards. Is that normal?',
      'My GP gave me a GTN spray for angina and I used it for the first time today for my usual tightness walking up the hill. It went in two minutes, then I got a pounding headache and felt a bit light-headed for about twenty minutes. The chest pain has not come back. Will the headache happen every time?',
      'angina, used my gtn spray this morning, pain went in 2 mins but had a banging headache and hot face after. is that the spray',
      'My husband has angina. He used his GTN spray for his usual chest tightness and it eased within three minutes, but he gets a headache every time. Can he take paracetamol with it?',
      '68F known stable angina, GTN for usual exertional tightness, settled within 3 min, pain-free now, asks whether the headache afterwards is a side effect',
    ],
  },
  {
    // NICE CG95: the teller's own pain brought back by pressing, with the cardiac features told absent, is the chest
    // wall's; a word of despair read beside it ("A&E tonight") decides only beside self-harm and does not keep it.
    kind: 'a chest-wall pain told with the heart features absent, beside a word of the evening',
    emergencies: [
      'sharp pain on the left side of my chest since tonight, I press on it and it hurts but I am sweating and it goes into my arm',
      'my husband has pain on the left side of his chest, it hurts when he presses it, he is grey and breathless, should we go to A&E tonight',
    ],
    lookAlikes: [
      "For two days I've had a sharp pain on the left side of my chest next to my breastbone since I moved the amps. If I press on that spot with my finger it's exactly the same pain. I'm not breathless, not sweaty and it doesn't go into my arm or jaw. My wife wants me to go to A&E tonight because it's on the left. Can the GP see it?",
      "sharp pain left of my breastbone since I lifted the kegs on Saturday, if I press on the spot it's the same pain, no sweating, not breathless, nothing in my arm. Partner says go to A&E tonight, is GP ok?",
      "I've had a sore spot on the left of my chest for three days since decorating, if I press on it it's exactly the same pain, not breathless or sweaty and no arm or jaw pain. I'm a bit low about missing work tonight. Pharmacist or GP?",
    ],
  },
];

describeKindsByRulesAndProduct('English chest, breath and collapse kinds of session 57 (%s)', KINDS);

/** The emergency twins the rules alone missed on main a9539f36 and still miss, which the product flags. */
const HELD_BY_THE_PRODUCT: readonly LabelledProbeKind[] = [
  {
    kind: 'a known angina after the spray with the pain back, a second dose or a faint',
    emergencies: [
      [
        'writer',
        "I have angina and used my GTN spray, the pain went in two minutes but now it's back and I'm sweating",
      ],
      [
        'relative',
        'my mum has angina, she used her gtn spray twice, the pain eased a bit in 5 minutes but she is grey and sweaty and has a headache',
      ],
      ['writer', 'I have angina, used the GTN spray, pain went in 2 minutes, then I got a headache and I fainted'],
      ['note', '72M known angina, GTN x2 with partial relief, pain ongoing 30 min, clammy, headache after spray'],
      ['typos', 'pain left side of my chest tonight while I was sitting watching tv, hurts to press, feel sick'],
    ],
    lookAlikes: [
      [
        'writer',
        'angina, used my gtn spray this morning, pain went in 2 mins but had a banging headache and hot face after',
      ],
    ],
  },
];

describeKindsFlaggedByProduct('English chest kinds of session 57 held by the product', HELD_BY_THE_PRODUCT);
