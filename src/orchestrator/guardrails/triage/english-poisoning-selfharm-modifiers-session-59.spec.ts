import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 59 (issue 11: false alarms of the hypothetical kind on English held-out sets, and the shared
 * modifiers), each beside its emergency twins: the same alarm words with the red flag present, told other ways and
 * played down. Written from the protocols (NHS 111 answers a question asked for study or in advance with advice, not a
 * disposition; NICE NG225 reads a crisis plan as no one's state; NPIS / TOXBASE read an intake told done as a case),
 * never from a labelled set.
 *
 * Run first on the unchanged rules (main f9f845c5): of 42 hypothetical look-alikes written from the protocols, the rules
 * flagged 5 (an exam's question, a heading "signs of sepsis in adults?", a care plan's "if he becomes suicidal we will
 * ring the crisis team", "what would you do if a kid fell in the pool and wasn't breathing", a bare "hypothetically ...
 * how long would they have", left alone as a lethality question); and missed "what happens now, i swallowed 30
 * paracetamol an hour ago" and "what would you do, a kid fell in the pool and isnt breathing". A "student teaching
 * question:" about a febrile 6-week-old was flagged too, and so was a cut told "stopped now it's about a centimetre
 * long" (the "now" of the ending read as a new state).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // A frame of study at the head of the sentence tells whose question it is, never anyone's state.
    kind: 'a question put for study',
    emergencies: [
      // A teacher is also someone asking for a child in front of them: a reason told for asking is a case (the merge's
      // spec run: development-10's teacher and pupil).
      "A teacher asks how to use an adrenaline auto-injector because a pupil's throat is closing up after peanuts",
      "our swimming coach asks how to use an epipen because a girl's lips are swelling after a sting",
      'my tutor wants to know what to do cos a lad in our class has gone blue and is not breathing',
      'my first aid exam is tomorrow but my flatmate is choking and cant breathe right now',
      'for my nursing exam: i took 40 paracetamol an hour ago and feel sick',
      'revising for my exam - my dad has just collapsed and is not breathing',
      'my homework asks about sepsis, my son is mottled, floppy and wont wake up',
      'student question: my flatmate has a fever, is confused, mottled and breathing really fast, is it sepsis?',
      'student question - i have just taken 30 paracetamol, how long until it hurts my liver',
      // A student's case is a vignette to triage, and a question told with a case in it is read.
      'student case: 30M, witnessed tonic-clonic seizure lasting 3 minutes at the gym, an hour later still confused and not himself. disposition?',
      'student question: 19M, fitting for 10 minutes and not stopping, what level of care?',
      'student question: for a man who took 40 paracetamol an hour ago, what level of care?',
    ],
    lookAlikes: [
      'my first aid exam asks what to do for someone who is choking',
      'for my nursing exam: signs of sepsis in adults?',
      'revising for my paramedic exam - what are the signs of a stroke',
      'our homework question is how to treat a burn from boiling water',
      'my first aid exam asks what to do if someone has taken an overdose',
      'student question: which signs put an adult with an infection in the high-risk sepsis group?',
      'student teaching question: which findings in a febrile 6-week-old put them in the high-risk group?',
      'nursing exam question: what is the first aid for a child who has swallowed a button battery?',
    ],
  },
  {
    // A topic asked for by its heading, with no one in it.
    kind: 'a topic asked for by its heading',
    emergencies: [
      'signs of sepsis? my son is mottled and wont wake up',
      'symptoms of overdose, i took 40 paracetamol',
      'signs of a stroke. my mums face has dropped and she cant lift her arm',
      // A heading that tells a case (review V41, 13:34): a time of now, a dose taken, someone with an act told.
      'signs of poisoning in a toddler who drank bleach ten minutes ago?',
      'symptoms of bleach poisoning in my 2yo that swallowed some just now',
      'signs of poisoning in a little boy who got into the dishwasher tablets earlier',
      'symptoms of paracetamol overdose after taking 16 tablets yesterday?',
      'symptoms of paracetamol od after swallowing twenty pills last night',
      'signs of liver damage after taking a whole packet of paracetamol this morning',
      "first aid for someone who took 30 sleeping pills an hour ago and is snoring and won't wake?",
      'first aid for my flatmate who swallowed a box of sleeping tablets and cant be woken',
      'first aid for a friend who overdosed on her pills tonight and wont respond',
      'treatment for an overdose of 40 sertraline taken tonight?',
      'treatment for overdose of 25 amitriptyline tablets swallowed 2 hours ago',
      'treatment for an overdose of 60 propranolol tablets taken just now',
      "first aid for a burn on a 1 year old's chest from the kettle just now?",
      "first aid for a burn on my baby's arm from the kettle ten minutes ago",
      'first aid for a burn on my toddlers face from the pan this evening',
      'signs of a bleed on the brain in an elderly man on warfarin who fell and hit his head this morning?',
      'symptoms of brain bleed in my nan on blood thinners who fell down the stairs today',
      'signs of bleeding on the brain in dad who is on apixaban and hit his head on the floor earlier',
    ],
    lookAlikes: [
      'signs of sepsis in adults?',
      'symptoms of carbon monoxide poisoning',
      'first aid for a burn?',
      'signs of carbon monoxide poisoning?',
      'first aid for swallowing a button battery?',
      'signs of sepsis in the elderly?',
      'causes of chest pain in teenagers?',
      'treatment for a sertraline overdose?',
      'signs of a bleed on the brain in the elderly on warfarin?',
    ],
  },
  {
    // A plan told for the future: the writer's own act on a condition that may come (NICE NG225 crisis and safety plans).
    kind: 'a plan told for the future',
    emergencies: [
      'if he does it again i will call the police, he has cut his wrists',
      'when she gets a fever we will give calpol, she is floppy and blue now',
      'if he becomes suicidal we will call, he has already taken a whole box of his tablets',
      "i'll call the crisis team if it gets worse. i've got the pills out in front of me and i'm going to take them tonight",
    ],
    lookAlikes: [
      'if he becomes suicidal we will ring the crisis team',
      'we are writing a care plan: if he becomes suicidal we will ring the crisis team',
      'if the urges come back i will use my safety plan',
      'when she gets a fever we will give calpol and call 111',
    ],
  },
  {
    // An act of intake told done after a question, in the writer's own voice: a report, not a question.
    kind: "the writer's own intake told after a question",
    emergencies: [
      'what happens now, i swallowed 30 paracetamol an hour ago',
      'what should i do, i took 20 of my sertraline',
      'is this bad, we drank some of the weedkiller',
      'how long do i have, i have just taken all my sleeping pills',
    ],
    lookAlikes: [
      'what happens if you swallow toothpaste',
      'would taking two sleeping pills by mistake harm me?',
      'is it dangerous to take ibuprofen and paracetamol together',
    ],
  },
  {
    // A verb joined by "and" to a condition about anyone tells the same person, not someone new run on.
    kind: 'a condition about anyone with a second verb',
    emergencies: [
      'what would you do, a kid fell in the pool and isnt breathing',
      'if a child falls in the pool what do you do the boy and his sister are not breathing',
      'what should i do if someone collapses my neighbour just fell down and isnt breathing',
    ],
    lookAlikes: [
      'what would you do if a kid fell in the pool and wasnt breathing',
      'what would you do if a kid fell in the pool and was not breathing?',
      'what would you do if someone fell in the pool and stopped breathing?',
    ],
  },
  {
    // NHS first aid: a cut that bled hard and stopped under pressure is a wound to close, not a bleed to stop. The "now"
    // that ends the bleed, run on into how the wound looks, tells no new state; a wound told gaping, bleeding again or
    // beside signs of shock is still read.
    kind: 'a bleed told stopped, run on into how the wound looks',
    emergencies: [
      "cut my leg on the mower it was spurting, it's stopped now it's about 5cm and gaping",
      'the cut stopped bleeding now it is pouring again',
      'the bleeding stopped now its about 3cm long but he is pale and clammy',
      "i cut my thumb on the bread knife it was bleeding loads, held it for ten minutes and it's still pouring",
    ],
    lookAlikes: [
      "sliced my finger on the bread knife, it was bleeding loads but i held it and it's stopped now it's about a centimetre long, do i need a stitch",
      "my nose was pouring for 20 minutes, it has stopped now it's only a trickle",
      "was bleeding a lot from my palm but it's stopped now it's just a small flap of skin",
    ],
  },
];

describeKindsByRulesAndProduct('session 59: English poisoning, self-harm and modifiers (%s)', KINDS);
