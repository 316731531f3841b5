import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 51 in the half of injuries, burns and eyes (issue 11): false alarms at the urgent boundary,
 * read as a clinician reads the protocol's edge, each beside emergency twins that share its words. Written from the
 * protocols (NHS and the British Burn Association on a burn's size and site, the Royal College of Ophthalmologists and
 * the College of Optometrists on flashes and floaters, NICE CKS bites and TOXBASE on envenomation), never from a labelled
 * set.
 *
 * Run first on the unchanged rules (main 09c99a6): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NHS / BBA: a burn bigger than the person's hand (about 1% of the body) or of the face, hands, feet or genitals goes
    // to A&E. A burn told at 1% of the body or less is no bigger than the hand; a site told as spared or unaffected is no
    // burn of that site. A larger share, a burn of the face or a deep burn stays an emergency.
    kind: 'a small burn told by its share of the body or with the face spared',
    emergencies: [
      '28F: scald to the face and neck from a pan of boiling water, blistered. Disposition?',
      'Burn across the chest and arms from a bonfire, blistering, face spared. What do we do?',
      '30F: partial-thickness burn to the trunk, 8% TBSA, from a chip pan fire. Level of care?',
      '6-year-old: scald to the chest and tummy, around 4% TBSA, blistering. Disposition?',
      '45M: flame burn to both hands, 2.5% TBSA, full thickness in places. Disposition?',
      'My son spilt boiling water on his face and hands, it is blistering.',
      // Review V33 (12:27, STOP-THE-LINE twins): the site told spared beside a deep burn of both hands.
      "Chip pan fire at home: burns on both his hands and forearms, face and neck spared, the skin on his hands is white and he says they don't hurt much.",
      'Burns to both of her feet from a hot bath, genitals spared, the skin on her feet has gone white.',
    ],
    lookAlikes: [
      '40M: 3 cm scald to the forearm from a kettle, blistered, face and hands spared. Disposition?',
      '19F, 2 cm blistered scald to the shin from a hot water bottle, sparing the feet. Disposition?',
      '52M superficial partial-thickness scald to the wrist, 0.5% TBSA, cooled for 20 minutes. Disposition?',
      '30F: superficial partial-thickness burn to the left forearm, about 1% TBSA, blistered, cooled. Level of care?',
      'Splashed hot oil on my forearm, a small blister, face and hands spared, about the size of a 10p.',
    ],
  },
  {
    // RCOphth / College of Optometrists: new flashes and floaters without any loss of the field are seen within 24 hours
    // (a posterior vitreous detachment, examined for a tear); a curtain or shadow over the vision is retinal detachment,
    // seen as an emergency now. Only a curtain or shadow told absent makes the flashes a "see today"; told without
    // saying, or with a shadow, they stay an emergency.
    kind: 'new flashes and floaters with the curtain told absent',
    emergencies: [
      'Since this afternoon a shower of new floaters in my right eye and flashes of light, and now a dark shadow creeping across from the side.',
      'loads of new floaters like soot and flashing lights in one eye since this evening',
      'Sudden shower of new floaters and flashes in my left eye this morning. No pain. Now a curtain is coming down over the top of my vision.',
      'New floaters and flashes since yesterday, no curtain, but now I have lost part of the vision at the bottom of that eye.',
      // Review V33 (12:27, STOP-THE-LINE twins): a field lost told in lay words beside the curtain told absent.
      'Flashes and a shower of new floaters in my left eye since this morning. No curtain, but the bottom half of what I see with that eye has gone dark. Can it wait for the optician tomorrow?',
      'Lots of new floaters and flashes in my right eye today, no shadow, but there is a grey smudge over the top of my sight.',
      'Sudden shower of floaters with flashes, no curtain, though half my vision in that eye is missing now.',
    ],
    lookAlikes: [
      '61M, myopic: new shower of floaters and flashes in the left eye since last night; no shadow or curtain, acuity 6/6. Level of care?',
      'This morning I suddenly got lots of new floaters in my right eye and a few flashes at the edge. There is no shadow or curtain over my vision and I can see normally. Does it need checking today?',
    ],
  },
  {
    // NICE CKS bites: a dog's or a cat's bite leaves puncture marks, and is seen the same day for antibiotics and
    // tetanus (a cat's bite or a hand's is prone to infection), not as a poisoning. Two puncture marks are a snake's
    // (TOXBASE: an adder's bite goes to hospital) only where no mammal is told as the biter; a snake, a spider or an
    // unseen biter named anywhere, or heavy bleeding, keeps the emergency.
    kind: "a dog's or a cat's bite told by its puncture marks",
    emergencies: [
      "Bitten by a snake on the heath an hour ago, two puncture marks on my ankle and it's swelling up.",
      'Walking the dog in the dunes, something bit my ankle, there are two puncture marks and my leg is swelling fast and I feel faint.',
      'Our dog was bitten by an adder on the walk. Then it bit me in a panic, there are two puncture marks on my hand.',
      "The neighbour's dog bit my son's face, two deep puncture marks and it's bleeding heavily and won't stop.",
      // What else a pet's bite does, heard only through its marks (review V7's twins, urgent-band-kinds.spec.ts).
      'Our cat bit my daughter on the hand, two puncture marks, and now her lips are swelling and she is wheezy.',
      'A dog bit my leg yesterday, two puncture marks, and today there is a red streak up to my knee and I am shivering.',
    ],
    lookAlikes: [
      'A cat bit my hand when I was putting her in the carrier, two puncture marks, a bit red, no fever. Do I need antibiotics?',
      "Got bitten by my friend's terrier on the calf this morning. There are two small puncture marks and some bruising, it stopped bleeding straight away. Should I get a tetanus jab?",
      'Bitten on the wrist by a frightened collie at the kennels where I work. Two puncture marks, it stopped bleeding with pressure and my fingers move fine. Where should I go?',
    ],
  },
];

describeKindsByRulesAndProduct('English urgent boundary, session 51: burns, eyes and bites', KINDS);
