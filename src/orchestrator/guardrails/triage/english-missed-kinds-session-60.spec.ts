import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English emergencies of session 60 (issue 11: emergencies told in words the rules did not read), each beside its
 * look-alikes: the same words mild, passed, denied or asked in general. Written from the protocols (MTS haemorrhage:
 * pulsatile bleeding; NICE / GIRFT cauda equina red flags), never from a labelled set.
 *
 * Run first on the unchanged rules (main 35be896): a wound "spraying out in little spurts" or "spurting again every
 * time my heart beats" was missed (the jet was read only with "blood" as its subject and timed "with each beat"), a
 * billhook, an axe or a Stanley knife told no wound, "my back is killing me and i can't pee" lost its back pain to the
 * idiom "killing me", and "pain down into my bum, no numbness, peeing fine" was read as saddle numbness; a near-faint
 * "on the stairs", breathless "walking across the room", "I'm going to cut deep this time", "when she's gone to work
 * I'll take all my pills" and an effort angina "for the last month" now at rest (read as a date a month back) were
 * missed.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // MTS haemorrhage: a jet in time with the heart is arterial, and a bleed that had stopped and jets again is one too.
    // A throb in time with the heart is pain, and a jet of anything but a wound is no bleed.
    kind: 'a wound jetting, told by its rhythm',
    emergencies: [
      "I cut my hand on a broken glass earlier, it stopped after I held a towel on it, but now it's started spurting again every time my heart beats",
      'the axe slipped and caught his shin, it stopped for a bit but now its squirting out with every heartbeat',
      "my husband's wound from the op had dried up but tonight it's gushing out in spurts",
      'sliced my thumb with the stanley knife and it keeps spraying in little jets',
      "the billhook went into the back of my hand, I thought it had settled but I've just taken the bandage off and it's spraying out in little spurts in time with my heartbeat",
    ],
    lookAlikes: [
      'my cut finger is throbbing in time with my heartbeat, it stopped bleeding ages ago',
      "the cut was spurting earlier but it stopped after 5 minutes of pressure and hasn't bled since",
      'the hose is spraying out in little spurts, is the tap broken',
      'the graze started oozing a little again when I took the plaster off, is that normal',
    ],
  },
  {
    // NICE / GIRFT: back pain with retention, saddle numbness or both legs weak is cauda equina however the pain is
    // told; back pain with the saddle and the bladder told spared is not.
    kind: 'cauda equina red flags beside back pain told by its strength',
    emergencies: [
      "my back is killing me and i can't pee",
      "his back's been agony since Tuesday and today he hasn't been able to pee",
      "his lower back is excruciating and he says he can't feel the toilet paper when he wipes",
      'her back has been playing up for weeks and now both legs are weak',
      "my back is killing me, my bum has gone numb and I can't feel when I need a wee",
    ],
    lookAlikes: [
      'back went while lifting, pain down into my bum, no numbness, peeing fine',
      'my back is killing me after gardening, peeing fine, no numbness',
      'my back is killing me, can I take ibuprofen with paracetamol',
      'my back is killing me and it burns when I pee',
      'this headache is killing me, can I take more paracetamol',
    ],
  },
  {
    // NICE CG109 and the ESC syncope guideline: a faint or a near-faint during effort is cardiac until shown otherwise,
    // and the stairs or a hill are the effort; a near-faint on standing from a bath, or one checked and passed, is not.
    kind: 'a near-faint on the stairs or a hill',
    emergencies: [
      'been breathless for a few days and today I nearly blacked out on the stairs',
      "she nearly fainted on the stairs and she's been breathless for days",
      "grandad nearly passed out on the hill on our walk today, he's been puffed out all week",
      'my husband almost blacked out up the stairs just now, he is sitting down grey',
    ],
    lookAlikes: [
      'I nearly fainted when I stood up too fast from the bath, I feel fine now',
      'I tripped on the stairs and hurt my ankle',
      "my son fainted on the stairs at school last year, he's had an ECG and it was normal",
    ],
  },
  {
    // MRC dyspnoea and NHS 111: breathless walking across a room is breathlessness on the least effort, and in the
    // weeks after a long flight with a swollen calf it is a pulmonary embolism until shown otherwise (NICE NG158).
    // Breathless up hills, or across a room as a long-standing COPD baseline, is not.
    kind: 'breathless on the least effort, across a room',
    emergencies: [
      'after the long flight my calf swelled up and hurts, today I feel breathless walking across the room',
      "since yesterday I'm breathless walking to the toilet",
      'mum is suddenly breathless walking across the lounge',
    ],
    lookAlikes: [
      'I get breathless walking up hills',
      "I've had COPD for years and get breathless walking across the room, that's normal for me",
      'after a long flight my ankles are a bit swollen, is that normal',
    ],
  },
  {
    // NICE NG225: self-harm intended with a time set ("once they're asleep") is a crisis; the depth told with no
    // object is the cut to oneself. A cut into something, or a surgeon's cut, is no self-harm.
    kind: 'a cut to oneself told by its depth, to come',
    emergencies: [
      "once my parents are asleep I'm going to cut deep this time",
      "I'm going to cut deeper this time",
      "when everyone's in bed i'll cut really deep",
    ],
    lookAlikes: [
      "I'm going to cut deeper into the hedge this weekend",
      'the gardener will cut deep into the roots',
      'do I need to cut deep to remove the splinter',
      'the surgeon said he will cut deeper this time to get it all out',
    ],
  },
  {
    // Columbia scale: intent with a method and a time is suicidal intent, told with "will" as with "going to"; taking
    // one's tablets somewhere, at a time of day, or a promise to keep to them is no intent.
    kind: 'an overdose intended, told with a time and "will" or "the lot"',
    emergencies: [
      "when she's gone to work I'll take all my pills",
      "once he's asleep I'm going to take every tablet in the house",
      "when the kids are at school I'll swallow the lot",
      'he says when his mum goes out he will take all his tablets',
    ],
    lookAlikes: [
      "I'll take all my tablets with me on holiday",
      "I'll take all my pills to the pharmacist for a medication review",
      'I will take all my tablets in the morning from now on',
      "I promise I'll take all my tablets",
      "when she's gone to work I'll take all the washing to the launderette",
    ],
  },
  {
    // NICE CG95: an angina of recent onset (weeks) that now comes at rest or lasts is unstable; "for the last month" is
    // that course up to today, not a date a month back. A pain last month that was checked, or twinges for a month, is
    // not.
    kind: 'an effort angina of the last month, now at rest',
    emergencies: [
      "I've been getting chest tightness when I walk up hills for the last month, but today it came on while I was sitting watching tv and it's lasted 20 minutes",
      "I've had chest pain for the last month. Today it came on at rest.",
      'for the past month my dad gets chest pain when he mows the lawn, this morning it woke him up and he is sweaty',
      'over the last month my chest has gone tight on the stairs, tonight it came on in bed and will not go',
    ],
    lookAlikes: [
      "I've had chest twinges on and off for the last month, it goes in seconds, should I see my GP",
      'I had chest pain last month and it was checked, ECG normal',
      "I've been getting chest tightness when I walk up hills for the last month, it goes when I rest, what could it be",
      'I had a seizure last month, none since',
    ],
  },
  {
    // RCOG GTG50: once the waters have gone, something felt or seen coming down is the cord until shown otherwise, at
    // term as before it. The waters alone, a show, or a cord told of an earlier birth, are not.
    kind: 'something coming down after the waters have gone',
    emergencies: [
      'My partner is 38 weeks and her waters just went in the car. She says she can feel something hanging down, like a loop.',
      'my waters broke 10 minutes ago and I can feel something down there, soft, sort of hanging out',
      'waters have gone at 39 weeks, my husband looked and says it looks like a loop of the cord',
    ],
    lookAlikes: [
      'with my first baby my waters broke and something was hanging down, it was the cord, will it happen again?',
      'my waters broke this morning and I can feel the baby moving lots, is that normal?',
    ],
  },
  {
    // Columbia scale: intent with a method, told bare ("going to jump") by someone at a height told where they are, is
    // imminent danger (NICE NG225). A jump into water, over a railing, or with a parachute is not.
    kind: 'a jump told bare from a height where the person is',
    emergencies: [
      'my mate just messaged me from the top of the multi storey saying hes going to jump, hes not answering calls',
      'my sister is on the roof of the flats and says she will jump',
      "he's at the edge of the cliff, says he's going to jump",
    ],
    lookAlikes: ['at the top of the cliff the instructor said we will jump with the parachute at noon'],
  },
  {
    // NICE NG217: coming to on the floor with a bitten tongue is an unwitnessed seizure, a first one an emergency. Wet
    // clothes after a night's drinking, sleep on the floor, or a tongue bitten eating are not.
    kind: 'coming to on the floor with a bitten tongue',
    emergencies: [
      'passed out in bed?? woke up on the floor with my tongue bitten and i had wet myself. feel wiped out',
      "my son woke up on the bathroom floor, his tongue is bitten and he'd wet himself",
      'came round on the kitchen floor and had bitten my tongue, no idea how I got there',
    ],
    lookAlikes: [
      'I woke up on the floor after a night out, I was really drunk and had bitten my tongue, hungover now',
      "I bit my tongue eating, it's bleeding a bit",
    ],
  },
];

describeKindsByRulesAndProduct('session 60: English missed kinds (%s)', KINDS);
