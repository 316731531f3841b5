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
  {
    // NHS 111 breathing problems and NHS "shortness of breath": breathlessness and a pounding heart that a hard effort
    // brings and a few minutes' rest takes away are the effort's, for the GP if the person wonders about fitness. Chest
    // pain or tightness, a faint or collapse, blue lips, breathlessness back or still there at rest, a swollen calf after
    // a flight, a child's ribs sucking in, water breathed in, or a heart told irregular send it on at once.
    kind: 'breathless and a pounding heart after a hard effort, settled within minutes, fine now',
    emergencies: [
      'did my first parkrun today and at the end i was gasping and my heart was pounding like mad, got my breath back after about 5 mins but now my chest feels tight and heavy',
      "Ran up the stairs, ended up breathless and my heart was thumping, it passed within a couple of minutes but now I'm breathless again sitting on the sofa and my lips look blue",
      'I sprinted for the bus and was gasping, got my breath back in 5 minutes, but I flew back from Australia yesterday and my calf is swollen',
      'after football training i was gasping and my heart was racing, it settled in a few minutes and i felt fine, but i collapsed in the changing room',
      "Five-a-side tonight, very breathless and heart pounding after a sprint, settled after 5 minutes, but I had crushing chest pain with it and I'm sweaty now",
      'My 7 year old was running around at the park and got really out of breath, it settled in a few minutes but his ribs were sucking in and he was grunting',
      'after a swim in the lake I was gasping and out of breath, got my breath back after 10 minutes, but I went under and swallowed a lot of water and now I am coughing up froth',
    ],
    lookAlikes: [
      'did my first parkrun today and at the end i was gasping and my heart was pounding like mad, got my breath back after about 5 mins and felt fine after. no chest pain or dizziness. is that normal for a beginner?',
      "My 15-year-old came off the pitch after a hockey match completely out of breath, heart racing, took him about ten minutes to recover and he's fine now, eating tea. No chest pain, didn't faint. Should he see the GP?",
      "Ran up three flights of stairs to catch the lift, ended up breathless and my heart was thumping, it passed within a couple of minutes and I'm fine now. Not dizzy, no pain in my chest.",
      "first spin class in years, by the end I couldn't catch my breath and my heart was going like the clappers. I sat on the bench and it calmed down within about ten minutes, felt fine driving home. no chest pain, didnt feel faint. am I just unfit?",
      '28M, 5-a-side football tonight, very short of breath and heart pounding after a long sprint, recovered after 5 minutes on the bench, felt fine after. No chest pain, no syncope. Does he need an ECG?',
      "Playing squash with my brother I ended up out of breath and gasping, had to stop for a few minutes to get my breath back and then I was fine for the rest of the game. No chest pain. I'm 40 and haven't played for years.",
    ],
  },
  {
    // NICE CG109 1.1.3.1: a collapse during exertion is an emergency however quickly the person came round and however
    // well they are now, told by the exertion or by where it is done ("on the bike", "on the pitch", "in spin class").
    // A faint with its trigger, warning and full recovery at rest (a blood test, a hot hall) stays the GP's.
    kind: 'a collapse told at the place of an effort, come round and fine now',
    emergencies: [
      "spin class, couldn't catch my breath and my heart was racing, it settled within ten minutes but I passed out on the bike",
      "I passed out on the bike in spin class, came round in seconds and I'm fine now",
      "my son collapsed on the pitch during the match, came round straight away and he's fine now",
      'she fainted on the treadmill at the gym, was only out a few seconds, seems fine now',
      'my dad collapsed in his spin class yesterday, came round quickly, feels ok today',
    ],
    lookAlikes: [
      'I fainted at my blood test this morning, felt hot and sweaty first and came round straight away, fine now',
      'she fainted in assembly after standing for ages in a hot hall, went pale first, back to herself in a few minutes',
    ],
  },
  {
    // NICE CKS Bell's palsy: a one-sided facial weakness that takes in the forehead, with no limb, speech or visual
    // sign, is the GP's today; the forehead told by what the person has an inability to do ("inability to raise the
    // right eyebrow") is read as "cannot raise" is. An arm or leg weak, or speech slurred, keeps the stroke.
    kind: 'a facial palsy taking in the forehead, told as an inability to raise the brow',
    emergencies: [
      '45F, left facial droop since waking, inability to wrinkle the left forehead, and now her left arm is weak. Level of care?',
      '62M, right facial weakness with inability to raise the right eyebrow, speech slurred. Disposition?',
      "my mum's face has dropped on one side, she has an inability to raise that eyebrow, and she can't lift her right arm",
    ],
    lookAlikes: [
      '36M fisherman, woke with right facial weakness including inability to raise the right eyebrow or close the right eye fully; taste altered, ear ache yesterday. Arms, legs, speech and vision normal; no headache. Disposition?',
      '45F, left facial droop since waking, inability to wrinkle the left forehead, speech normal, limbs normal. Level of care?',
      "Woke up with the left side of my face drooping and an inability to raise my left eyebrow or close that eye. My arms and legs are fine and my speech is normal. Is this Bell's palsy?",
    ],
  },
  {
    // NHS FAST and NICE NG128: a face that droops with an arm or leg failing, or speech, is a stroke whatever the
    // forehead does; the forehead reads a face told alone as a Bell's palsy (NICE CKS). The limb told any way, anywhere
    // in the message: weak, heavy, numb, an arm that cannot be lifted or held up, that drifts down, a hand that cannot
    // grip (reviewer V37's STOP-THE-LINEs at 00:33, and two rewordings of each).
    kind: 'a face droop with the forehead told involved, beside a limb or speech failing told any way',
    emergencies: [
      "not able to move his forehead, face has fallen on one side and he can't lift his arm above his head",
      'not able to move his forehead, face has fallen on one side and his arm is weak',
      'inability to raise the brow on the right, right facial droop, right arm weakness since 9am',
      'she cannot wrinkle her forehead, her face is drooping and her arm is weak',
      'cant wrinkle his forehead, face drooping on the left and he cannot hold his arm up',
      'her brow is affected too, one side of her face is drooping, and her arm keeps drifting down',
      'forehead wont move either, mouth has dropped on one side and her leg is weak',
      'not able to frown with his forehead, drooping face, and his leg has gone numb',
      'forehead is involved too, face drooping on the left, left leg weakness since lunch',
      'unable to raise his eyebrow, face fallen on the right, and his right arm feels heavy',
      "she cannot wrinkle her forehead, her face is drooping and she can't lift her arm",
      'dad cant move his forehead his face has gone droopy on one side and he cant grip with his right hand',
      "inability to raise the left brow, left facial droop, he's talking funny and his left arm is weak",
    ],
    lookAlikes: [
      "not able to raise my right eyebrow, right side of face drooped since waking, ear ache, GP thinks Bell's",
      'inability to wrinkle the forehead on the left, mouth drooping, no weakness elsewhere, talking normally',
      'not able to wrinkle his forehead, face drooping on one side, arms and legs are fine, speech normal',
      "cannot raise my eyebrow, face drooping on the left since this morning, no weakness in my arms or legs, GP says Bell's palsy",
      'forehead involved too, right facial droop, ear pain, can lift both arms fine, no slurring',
      'unable to wrinkle the forehead, mouth drooping on the right, my arm and leg are not weak',
      'not able to close my eye or raise my eyebrow on the left, face drooping, arm strength normal, talking normally',
    ],
  },
];

describeKindsByRulesAndProduct(
  'English urgent-boundary kinds of session 55: chest, breath, stroke, collapse (%s)',
  KINDS,
);
