import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-boundary kinds of session 55 in chest pain, breathing, stroke and collapse (issue 11: the false-positive
 * rate on English sets written like the outside judge's material), each beside emergency twins that share its words and
 * carry what the protocol sends on at once. Written from the protocols (NICE CG95 chest pain, NHS 111 chest pain),
 * never from a labelled set.
 *
 * Run first on the unchanged rules (main ab07c26, rules and product alike): look-alikes quiet 4 of 6 for the teller's
 * own chest-wall pain whose cardiac features are told absent in the ways people tell them. Every emergency twin was
 * flagged before and after.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95 and NHS 111 chest pain: a pain the teller brings back by pressing on the spot, with the heart's signs
    // told absent, is the chest wall's (GP or pharmacist). People tell the absence of effort by the verb it does not
    // provoke ("it doesn't come on when I walk up hills", "it doesn't get worse on the stairs", "nothing on exertion"),
    // list the features absent across commas ("no pain in my arm, jaw or back"), play in a band, and quote someone
    // else's fear of a heart attack. A cardiac character or companion told present (crushing, heavy, spreading to the
    // arm or jaw, sweating, grey, sick, breathless), a pain told as a band round the chest, a heart attack had, or a
    // pain at rest keeps the emergency however the rest is told.
    kind: "the teller's own chest-wall pain, its cardiac features told absent by the verb, a list or someone's fear",
    emergencies: [
      'I play in a brass band and I have a pain in my chest that gets worse when I press on it, it does not come on when I walk but it goes down my left arm and I feel sick.',
      "I'm 42 and play bass in a touring band. For two days I've had a pain on the left of my chest that hurts if I press on it, but tonight it's crushing and I'm sweaty.",
      'my chest hurts when i press on it, does not get worse walking up the stairs, but i am grey and clammy and my colleague says it is a heart attack',
      "I have a sharp pain in my chest when I press on it, my wife thinks it's a heart attack, and I'm really short of breath.",
      "Pain in my chest that hurts when I press on it. There's no pain in my arm, jaw or back but I'm sweaty and sick.",
      "I'm 50, pain on the left of my chest sore to touch since gardening. My brother says it could be a heart attack. It spreads to my jaw.",
      "I have a tight band round my chest since I lifted boxes, sore if I press on it, I'm not sweaty",
      '44M, burning chest pain after meals relieved by antacids, nothing on exertion, but now clammy and pale, HR 112. Disposition?',
      'sharp pain in my chest when i press it, my colleague says it means a heart attack, no sweating, crushing pain in the middle now',
      "My chest hurts when I press on it, it doesn't get worse with walking but I'm grey and sweating",
      'I think I am having a heart attack, my chest hurts when I press on it',
    ],
    lookAlikes: [
      "I drum in a band and since carrying the kit two days ago I've had a sore spot on the right of my chest. It hurts when I press on it and when I twist. Not breathless, not sweaty, and it doesn't come on when I walk.",
      'My mate says chest pain always means a heart attack. Mine is a sharp pain at one spot on my ribs since I moved a sofa yesterday, sore when I press it, it does not get worse when I climb stairs, no sweating or breathlessness.',
      '52F, 2 weeks of burning chest pain after large meals, eased by Gaviscon, nothing on exertion, no sweating, HR 76, BP 130/82. Level of care?',
      "I've got a sore patch left of my breastbone since I shifted some paving slabs on Sunday. It's painful if I push on it. There's no pain in my shoulder, neck or jaw, I'm not clammy or sick, and it doesn't get any worse going uphill with the dog.",
      '61M retired teacher, 4 days of sharp left parasternal pain after moving furniture, tender on palpation, nothing on exertion, no radiation, no sweating, HR 70, SpO2 98%. Disposition?',
      "I play trumpet in a jazz band and after a long gig my left chest muscle aches and is sore when I press it. No sweating, no breathlessness, it doesn't spread anywhere.",
    ],
  },
];

describeKindsByRulesAndProduct(
  'English urgent-boundary kinds of session 55: chest, breath, stroke, collapse (%s)',
  KINDS,
);
