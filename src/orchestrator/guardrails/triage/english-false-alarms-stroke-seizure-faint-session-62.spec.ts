import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false-alarm kinds of session 62 (issue 11's false-positive goal) in seizure, stroke, loss of consciousness
 * and pregnancy: messages a clinician applying the protocol does not send to an emergency department, each beside
 * emergencies that share its words and must still be flagged. Written from the protocols (NICE CG109, NICE NG128 and
 * FAST, NICE CKS, RCOG), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // A fit of temper or a machine misbehaving is no seizure; a seizure is set off by no news and told with its signs.
    kind: "a 'fit' of temper told with the news that set it off, or of a machine in quotes",
    emergencies: [
      'my dad had a fit when we were having dinner, he is still shaking and not answering',
      'my son had a fit when I told him to get up, he is jerking all over and his lips are blue',
      'she had a fit when i was on the phone, it lasted ten minutes and she is still not waking',
      'my husband had a fit an hour ago and is still confused',
    ],
    lookAlikes: [
      "A 70-year-old man says his computer 'had a fit' at the library. He wants advice about his mild back ache from carrying books. Where should he go?",
      'My boss had a fit when I told him I need next week off, but the physio says I must rest my shoulder.',
      'the printer "had a seizure" again at work and I pulled my back lifting it, what can I take?',
    ],
  },
  {
    // A question someone is reported to ask about what they would do if anyone fell ill plans for what may come; a
    // case told beside it, or the asker's own person told as ill now, is read.
    kind: 'a reported question of what the asker would do if anyone fell ill',
    emergencies: [
      'A mum asks what she should do, her son has had a seizure for 10 minutes and is still jerking.',
      'Caller asks what she should do now her baby has stopped breathing.',
      'A man asks what he should do if a child stops breathing, his son is blue and not breathing now.',
      'The teacher asks what she should do as a pupil has collapsed and is not breathing.',
    ],
    lookAlikes: [
      'A Scout leader asks what she should do if a scout with epilepsy had a seizure lasting more than five minutes during camp. No scout is unwell now. What should she do?',
      'Teacher asks what they should do if a pupil collapses and is not breathing during PE.',
      'A lifeguard wants to know what she should do if a swimmer has a seizure in the water and goes blue.',
      'A 38-year-old father asks what he should do if his 2-year-old son ever choked on food at home.',
    ],
  },
  {
    // NICE CG109 (1.1.2.2): an uncomplicated faint is told by its three Ps, "such as" a long standing, what provoked it
    // and a warning; a long standing in the heat with a full recovery is one even with no warning told. Heat stroke is
    // a heat that leaves someone confused or hot to touch; a faint on exertion, with chest pain or an injury is sent on.
    kind: 'a faint after a long standing in the heat, fully recovered, with or without its warning told',
    emergencies: [
      'My daughter collapsed at the festival in the heat, she is confused and burning hot to touch and not making sense.',
      'A 16-year-old fainted after standing for an hour in the sun, she came round but is still confused and very hot.',
      'He passed out while running a half marathon in the heat, came round after a few seconds but he is hot to touch and confused.',
      'A 70-year-old man fainted after standing in the sun, came round straight away but has chest pain.',
    ],
    lookAlikes: [
      'A 16-year-old girl fainted after standing for an hour in the sun at the cider festival. She was out for 10 seconds, came round straight away and is now chatting and eating. What should she do?',
      "Our 15-year-old daughter fainted at a concert last night. She'd been standing at the front for about three hours, it was very hot, and she hadn't eaten since lunch. Her friends say she felt hot and sick and her vision went fuzzy, then she went down and was out for a few seconds, no shaking, and came round straight away. She's been completely fine today. Should we still get her checked by the GP?",
      'A 20-year-old man fainted while queuing for an hour in the heat at a music festival; he was out for a few seconds and came round straight away, now sitting up and drinking water. Does he need hospital?',
    ],
  },
  {
    // RCOG (postpartum haemorrhage, antepartum haemorrhage): a bleed in an earlier pregnancy is a risk the midwife plans
    // this birth for, not a bleed now; a bleed, pain or a soaked pad told in this pregnancy is.
    kind: 'a bleed told of an earlier pregnancy, this one well',
    emergencies: [
      "In my last pregnancy I had a big bleed after delivery. I'm 30 weeks now and I've started bleeding heavily in the last hour.",
      "I had a miscarriage last year. I'm 8 weeks pregnant now with bad pain on one side and bleeding.",
      "With my first baby I had a big bleed. I'm 34 weeks now and bleeding bright red blood with tummy pain.",
      "In my last pregnancy I had a haemorrhage; I'm 12 weeks now and soaking a pad an hour.",
    ],
    lookAlikes: [
      "In my last pregnancy I had a big bleed after delivery and needed a transfusion. I'm now 12 weeks pregnant again and feeling fine. Will they plan anything different for this birth?",
      "During my previous pregnancy I had heavy bleeding at 10 weeks but the baby was fine. This time I'm 9 weeks and there's no bleeding at all. Is it likely to happen again?",
      "My wife haemorrhaged after our daughter's birth in 2021. She's 28 weeks pregnant now and well. Can she have a home birth this time?",
    ],
  },
  {
    // NICE CKS (compression neuropathy), FAST: a leg sat on goes heavy or numb and comes back; the arms, face and
    // speech told checked and normal are a FAST check, not a second limb. A deficit still there, a second limb, the
    // face or the speech told beside it is a stroke's.
    kind: 'a leg gone heavy from how it was sat on, the FAST check told normal',
    emergencies: [
      "Mum's leg felt heavy after sitting cross-legged, and now her arm is weak too and her face is drooping.",
      'After sitting cross-legged his leg went numb and it is still numb an hour later, his arms are fine.',
      'His leg went heavy after sitting for an hour, both arms fine, but his speech is slurred.',
      "my dad's leg went weak after sitting cross-legged and he can't lift his arm either",
      'her leg went heavy after kneeling, both arms are fine, she can walk, but her face has dropped on one side',
    ],
    lookAlikes: [
      'My mum, 74, said her leg felt heavy when she got off the bus. I checked her: face not drooping, both arms up fine, speech normal, she can walk. It was after sitting cross-legged for an hour. Should she still see a doctor?',
      "Dad's foot went numb after kneeling in the garden for an hour; his face and arms are fine and his speech is normal, and it came back after a few minutes.",
      "Grandad's left leg went numb and heavy after he'd been sitting cross-legged at the temple for an hour; arms fine, no facial droop, walking fine again within ten minutes.",
    ],
  },
  {
    // NHS pregnancy care: light-headed on getting up quickly or standing too long is postural, treated at home; "fit"
    // told of health ("fairly fit") is no fit. A fit, a faint, a headache with the sight changed, or a one-sided pain
    // beside the dizziness stays a danger sign (NICE NG133, NG126).
    kind: 'pregnancy with a postural dizziness, or told "fairly fit"',
    emergencies: [
      "I'm 34 weeks pregnant and I just had a fit, now very drowsy",
      "She's 36 weeks pregnant and had a fit in the kitchen",
      "I'm 30 weeks pregnant, dizzy when I stand up, and I have a bad headache and flashing lights.",
      "I'm 7 weeks pregnant, lightheaded when I stand and I have a sharp pain low on my right side.",
      "I'm 28 weeks and I fainted in the shower and I still feel dizzy when I stand",
      "I'm 33 weeks pregnant and I feel dizzy and faint all the time today",
    ],
    lookAlikes: [
      "I'm 27 weeks pregnant with twins and everything has been straightforward so far. Is it safe to fly at 30 weeks? I'm a lock keeper on the canal so I'm on my feet a lot and fairly fit.",
      "I'm 30 weeks pregnant and reasonably fit, can I keep running twice a week?",
      "I'm 32 weeks pregnant with one baby, no problems so far. I'm doing a reading at the church, which involves standing a while, and I sometimes get light-headed if I stand too long. Anything else I should plan for?",
      '20 weeks pregnant and I get dizzy when I stand up quickly, is that normal?',
      'My wife is 24 weeks pregnant and feels lightheaded when she gets up from the sofa too fast, otherwise fine.',
    ],
  },
  {
    // ICHD-3 1.2.3 and CKS migraine: a hemiplegic migraine's aura is a one-sided weakness; in someone diagnosed with it,
    // told as the usual attack, it is that person's migraine. A first attack, one told as different, a face or speech
    // change, a weakness still there hours on, or a sudden worst headache stays an emergency (NICE NG128, FAST).
    kind: "a known hemiplegic migraine's usual weakness",
    emergencies: [
      "I have hemiplegic migraine but this time the weakness is different, my face has dropped and I can't talk properly.",
      'My daughter has hemiplegic migraine, her usual weakness started 3 hours ago and her arm is still weak.',
      'Known hemiplegic migraine, usual aura, but this is the worst headache of my life and came on suddenly.',
      "I think I'm having a hemiplegic migraine, my right arm is weak, never had one before.",
      'My wife has hemiplegic migraine, her usual attack, but her speech is slurred and her face is drooping.',
    ],
    lookAlikes: [
      "A 17-year-old dancer with diagnosed hemiplegic migraine developed her usual tingling and weakness in the left hand before a ballet exam, lasting 30 minutes, followed by her typical headache. Her neurologist's plan says this pattern can be managed at home, and it has happened in the same way a dozen times. What should she do?",
      'I have hemiplegic migraine diagnosed by a neurologist. My usual attack started: right arm weak and tingly for 20 minutes, then the headache, exactly like always.',
      "My son (15) has known hemiplegic migraines; today's was the same as always, his left hand went weak and numb for half an hour then the headache came. He's back to normal now.",
    ],
  },
];

describeKindsByRulesAndProduct('English false-alarm kinds of session 62: stroke, seizure, faint, pregnancy', KINDS);
