import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-but-not-emergency kinds of chest pain and breathing of session 59 (issue 11), read from the story's
 * course and the speaker's function rather than one more phrase, each beside its emergency twins: the same alarm words
 * with the red flag present, told by the writer, a relative, a clinician's note and in typos. Written from the
 * protocols (NHS 111 / Pathways breathing problems, Manchester Triage "shortness of breath", BTS/SIGN asthma, NICE
 * NG115 COPD, NG106 heart failure, NG158 pulmonary embolism, RCOG GTG37a, CG95 chest pain), never from a labelled set.
 * On main the rules flagged the look-alikes of the first kind (a breathlessness of days in someone talking and
 * walking) and of the stable angina told "never at rest", and missed the emergencies of the clot's risk told with a
 * date ("knee operation last week, now ... chest pain": review V41).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NHS 111 / MTS: breathlessness over days in someone talking in sentences, walking, eating or working is the
    // GP's the same day; sudden, severe, at rest, blue, with chest pain, a clot's risk, a child's recession or a
    // reliever that does not help is an emergency.
    kind: 'a breathlessness over days in someone told talking and walking',
    emergencies: [
      "I've been short of breath for 3 days and now I can't finish a sentence",
      'breathless for 3 days, lips going blue, she can still talk',
      'my mum has been breathless for a few days and today she is breathless sitting still, she can talk',
      'short of breath for 2 days since my flight from australia, I can walk about',
      'been breathless for a week after my knee op, talking fine',
      'breathless for a few days with chest pain, can walk about',
      "he's been short of breath for 2 days, his inhaler isn't helping, he can talk",
      'breathless for 2 days suddenly much worse today, she can talk',
      'breathles for 3 days, sats 89, can talk in full sentences',
      'short of breath for 3 days, sucking in under his ribs, he is playing',
      '70M, SOB x 3 days, now SOB at rest, RR 28, talking in short phrases',
      // Red flags told in words a list of flags may not hold (review V41, 12:44): a leg swollen, a hormone, a cast, a
      // fracture fixed, a rate in times a minute, an o2 reading.
      "breathless for 3 days, can still talk ok, but i'm on HRT and my left leg is swollen",
      'short of breath for 4 days since my leg was put in plaster, i can talk normally',
      'shortness of breath over the last 2 days, can still talk, had my hip fracture fixed 10 days ago',
      'breathless for a few days, still eating ok, but now breathing 35 times a minute',
      'breathless for the last 3 days, can talk fine, but my o2 is reading 88',
      'last week I had my knee op and now sharp chest pain when I breathe in',
      'a week ago she had a c-section, now she is breathless and her chest hurts',
      'a bit breathless for 3 days, can talk fine, pulse ox 90',
    ],
    lookAlikes: [
      'A 60-year-old woman with COPD has been more breathless than usual for 3 days with more phlegm, she can still talk in full sentences. What should she do?',
      'my nan with heart failure is a bit more breathless than usual this week and her ankles are more swollen, she can still talk and walk to the loo',
      "I've been a bit short of breath for the last week with a cold, I can talk normally and walk to the shops. Should I see the GP?",
      'A 35-year-old man has had a cough and breathlessness for 5 days, he is talking in full sentences and his sats are 96%. What should he do?',
      'short of breath for a few days with this chest infection, still going to work, fine at rest',
      // A passed breathlessness dated last week is no clot's risk told with a date (the merge's spec run: a Portuguese
      // look-alike of the reviewed kinds, "semana passada tive falta de ar, agora está tudo bem").
      'last week i had shortness of breath, now everything is fine',
      'last week I had a bit of a tight chest with a cold, all fine now',
      'my son has been a bit breathless for 2 days with his cold, he is eating normally and playing',
    ],
  },
  {
    // NICE NG158 and RCOG GTG37a: a new chest pain or breathlessness in the weeks after an operation, a birth or a long
    // flight is a pulmonary embolism's until shown otherwise, however mildly it is told and whatever cough comes with
    // it; the date is the risk's, not a course of the pain. The same words years after the risk are the GP's.
    kind: "a clot's risk told with a date beside a chest pain or breathlessness",
    emergencies: [
      'knee operation last week, now a cough and sharp chest pain when I breathe in',
      'just had a baby last week, cough, stabbing chest pain',
      'had my hip replacement 10 days ago and now a bit short of breath',
      "I gave birth last week and I'm a bit breathless today",
      'my wife had a c-section last week, she now has mild chest pain when she breathes in',
      "I've been breathless for a week since my knee operation",
    ],
    lookAlikes: [
      'knee operation 3 years ago, chest pain on and off for weeks when I cough, otherwise well',
      'I had a baby 2 years ago and now mild chest ache for weeks when I cough, GP?',
      'my knee operation was last week and the wound is a bit red, no chest pain, no breathlessness',
    ],
  },
  {
    // NICE CG95 1.3: chest pain on effort that rest settles within minutes, in a pattern, never at rest, is for the
    // rapid-access chest pain clinic; pain at rest, over 15 minutes or with sweating is an emergency.
    kind: 'an exertional chest pain told never at rest',
    emergencies: [
      'I get chest tightness walking up hills for the last month, it goes within 2 minutes of stopping, never at rest, today I was sweating with it',
      'chest tightness on the stairs for weeks, settles in 3 minutes with rest, never at rest until tonight when it came on in bed and wont go',
      '62M, 3/52 exertional chest tightness relieved by rest in 2 min, never at rest, now 25 min of central chest pain at rest, grey',
    ],
    lookAlikes: [
      '55F, 3 weeks of exertional chest tightness walking uphill, settles in a few minutes with rest, never at rest. Referral to rapid access chest pain clinic?',
      'I get chest tightness walking up hills for the last month, it goes within 2 minutes of stopping, never at rest. GP?',
      'my dad gets a tight chest walking up the hill to the shops for a few weeks now, goes in a couple of minutes when he stops, never at rest, he feels fine now',
    ],
  },
  {
    // NICE CG95 and NHS 111: a pain on breathing in with the cold or chest infection it comes with, or one a move of the
    // arm or shoulder brings on, is the GP's, told "chest pain" or "a pain in my chest" alike; a cardiac companion,
    // a spread, breathlessness or a clot's risk keeps it an emergency.
    kind: 'a pain in the chest told by breathing in with a cold, or by moving the arm',
    emergencies: [
      'i have a pain in my chest when i breathe in, i have a cold, and im sweating and grey',
      'my dad has a pain in his chest when he breathes in and a cough, he is really short of breath',
      'pain in my chest when i breathe in since my flight home 3 days ago, i have a cold',
      'pain in my chest when I move my arm and it goes into my jaw, feel sick',
      'chest ache worse when i move my arm, clammy and dizzy',
    ],
    lookAlikes: [
      'i have a pain in my chest when i breathe in since having a cold for 4 days, i am 22, no other problems',
      'My son has a pain in his chest when he breathes in deeply, he has had a cough and cold all week, he is playing fine',
      'Chest ache on the left side for two days, worse when I move my arm, I cannot remember straining it. I am 45, no sweating, no breathlessness. GP?',
      'sharp pain in my chest when i move my right arm since i painted the ceiling, otherwise fine',
    ],
  },
  {
    // NICE CG109: a faint on exertion, with chest pain or palpitations, without full recovery, or in someone old or on a
    // blood thinner after a head knock is an emergency; a faint in the heat or at a blood test, back to normal within
    // a minute, is the GP's. RCUK 2021: a swelling tongue or throat, wheeze, faintness or a known anaphylaxis with an
    // allergic reaction is an emergency; hives or a local swelling with breathing fine is not.
    kind: 'a faint or an allergic reaction, with and without its red flags',
    emergencies: [
      'my dad collapsed while jogging and is slowly coming round',
      'i fainted on the treadmill at the gym, came round after a minute',
      'she passed out with chest pain and her heart racing',
      "he collapsed and he's still not with it 20 minutes later, confused",
      'my mum is 80 and on warfarin, she fainted and hit her head',
      'pt 78F on apixaban, syncope with head strike this am',
      'my tongue is swelling after eating peanuts',
      'his throat feels like its closing after a wasp sting',
      'she ate prawns and now she is wheezing with hives all over',
      'I have had anaphylaxis before and now my lips are swelling after a kiwi',
      'after the amoxicillin her face is swelling and she feels faint',
    ],
    lookAlikes: [
      'I fainted yesterday at church after standing for ages in the heat, came round straight away, fine now. Do I need to see someone?',
      'My 15 year old daughter fainted when she had her blood test this morning, she was back to normal within a minute. Should we worry?',
      'my son fainted at assembly, he had not had breakfast, he came round straight away and is fine now, eating his lunch',
      "I've come out in hives after eating prawns, itchy all over, no swelling of lips or tongue, breathing fine. What should I take?",
      "I've been stung by a wasp on my arm and it's swollen up and red, about 10cm, itchy, no other symptoms, breathing fine",
      'A 30-year-old woman developed an itchy rash after starting amoxicillin yesterday, no swelling of the face or breathing problems. What should she do?',
    ],
  },
];

describeKindsByRulesAndProduct(
  'English chest and breathing kinds of session 59, read by their course and function (%s)',
  KINDS,
);
