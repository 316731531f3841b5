import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false-alarm kinds of session 61 (issue 11's false-positive goal) in seizure, stroke and the infant's
 * categories: messages a clinician applying the protocol sends to the GP, each beside emergencies that share its words
 * and must still be flagged. Written from the protocols (NICE CKS febrile seizure, NICE NG217, NHS), never from a
 * labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CKS febrile seizure: a first febrile seizure is assessed at once; once a clinician has seen it and called it
    // simple, with the child back to normal, the GP follows up. Still sent: a fit of 5 minutes or more, another one, not
    // back to normal, a rash, a baby under six months, or a clinician who sends the child on.
    kind: 'a first febrile seizure a clinician has already seen and named, the child back to normal',
    emergencies: [
      'My 2 year old had her first febrile seizure, the doctor said it was a febrile convulsion but she is still drowsy and not herself.',
      'My son, 18 months, has had his first fit with a temperature of 39.4, it lasted 7 minutes. The GP said it was a febrile seizure. He is alert now.',
      'The doctor said it was a simple febrile seizure last week, but today he had another one lasting 6 minutes and is now playing.',
      'My 4 month old baby had a fit with a temperature of 38.5, the GP said it was a febrile seizure, she is alert now.',
      'She has a rash that does not fade and had a fit with fever, the doctor said febrile seizure, she is alert and playing now.',
      'My 3-year-old just had his first fit with a temperature of 39, it lasted a minute and he is sleepy now. What do I do?',
      'He had a fit lasting 2 minutes, we took him to the GP who said he needs to go to A&E, he is still drowsy.',
    ],
    lookAlikes: [
      'My 3-year-old had a 90-second febrile convulsion this morning at his temperature of 39.2, his first one. He was back to his usual self within 15 minutes and has been playing, eating and chatting since. We took him to the out-of-hours doctor who said it looks like a simple febrile seizure. Do we need a GP follow-up?',
      'Yesterday my 18-month-old had his first febrile seizure, about one minute of shaking with a temperature of 39.2. We called an ambulance, he was checked at the hospital and they said it was a simple febrile seizure from an ear infection. Today he is alert, drinking, and playing.',
      'Our son had a short fit with a high temperature last night, his first. The paramedics came and the out of hours GP said simple febrile seizure. He is fine and playing today. What should we watch for?',
      'Our 2 year old had a febrile convulsion on Sunday with a temperature of 39.5, lasting about a minute. The doctor at the hospital diagnosed it as a simple febrile seizure. He has been back to his normal self since, playing with his cars. Does he need follow-up?',
    ],
  },
  {
    // NICE CKS febrile seizure: one more short seizure of a child with known febrile seizures, stopped by itself, the
    // child back to normal, is the GP's the same day; its fever told as a number is the febrile seizure's own.
    kind: "a known febrile convulser's short seizure, its fever told as a number, the child back to normal",
    emergencies: [
      '3-year-old with two previous febrile seizures, today temp 39.0, a generalised seizure for 6 minutes, now alert.',
      '3-year-old with previous febrile seizures, temp 39.2, a one minute seizure, then he had another seizure 20 minutes later, now chatting.',
      'My son has had febrile fits before, tonight he had two fits in half an hour with a temperature of 39, he is alert now.',
      '2-year-old with previous febrile convulsions, temp 39.5, a one minute fit, still drowsy an hour later.',
    ],
    lookAlikes: [
      '3-year-old boy with two previous febrile seizures. Today, temp 39.0 with a cold, had a 1-minute generalised seizure, stopped by itself. 30 min later alert, chatting, eating toast, HR 120, no rash, neck supple.',
      'My daughter has had febrile fits before. Tonight with a temperature of 38.9 she had one lasting about a minute, and she is back to her usual self, playing with her sister.',
    ],
  },
  {
    // A clinician's verdict on a passed episode is care already met, unless it sends the person on (NICE CG109 faint;
    // NICE NG128 keeps a passed stroke-like episode).
    kind: "a passed episode with a clinician's verdict on what it was",
    emergencies: [
      'He had chest pain for 20 minutes this morning, it has gone now. The GP said it sounds like a heart attack.',
      'She had slurred speech for 10 minutes yesterday, back to normal. The doctor said it was a TIA.',
    ],
    lookAlikes: [
      'My son fainted at school yesterday, he came round straight away, the doctor said it was a simple faint and he is fine now.',
      'I had a nosebleed for 20 minutes yesterday that stopped, the GP said it was from dry air.',
    ],
  },
  {
    // BE-FAST and NICE NG128 send a stroke by what is found, not by the name: a stroke (or a heart attack) asked about in
    // a reported question ("she asks if it is a stroke") with its signs told normal is the teller's worry. A sign told
    // present still counts.
    kind: 'a stroke or heart attack asked about in a reported question, its signs told normal',
    emergencies: [
      'He asks if it is a stroke: his face is drooping on one side and his speech is slurred.',
      'She wonders whether it is a stroke, her arm suddenly went weak and her face looks normal.',
      "My wife asks if it's a stroke, she suddenly can't see out of one eye, her speech is normal and her smile is even.",
      'He asks if this is a stroke, his speech is fine and both arms are strong but he suddenly cannot walk straight and the room is spinning.',
    ],
    lookAlikes: [
      'A 58-year-old postal worker has had a tension-type headache since her night shift. She asks if it is a stroke: her face moves equally when she smiles, she can hold both arms out without drift, her speech is normal, and the headache built up gradually over hours.',
      "My husband asks whether it's a stroke: his smile is even, both arms lift fine, his speech is normal. He has had a sore neck since sleeping badly.",
      'Mum wonders if this is a stroke because her hand tingled after gardening, but her face moves equally, she can hold both arms up without drift and her speech is clear.',
      'My dad keeps asking if it is a heart attack. He has no chest pain, no sweating and no breathlessness, just a pulled muscle in his back from lifting.',
    ],
  },
  {
    // NICE NG143 reads a baby's skin that is pale or white; the colour of what a baby brought up ("the vomit is white,
    // never green") or of a tongue is no pallor. A baby gone white, or green sick, still counts.
    kind: "a thing told white (a baby's vomit, a tongue), not the baby's colour",
    emergencies: [
      'My 6-week-old has gone white and floppy and keeps vomiting.',
      "My 5 week old baby's sick is green and she has gone very pale.",
    ],
    lookAlikes: [
      "A 2-month-old boy brings up small amounts of milk after most feeds; he's gaining weight, content, and the vomit is white, never green. How urgently?",
      "My 4-week-old's tongue is white, she is feeding fine and happy. Could it be thrush?",
    ],
  },
  {
    // AAP: pauses of 5-10 seconds with fast breaths after, the baby pink, are periodic breathing, however the range's
    // dash is written ("5–10 seconds"); a pause of 20 seconds, or one with a colour change, is an apnoea.
    kind: "a newborn's breathing pauses told as a range up to ten seconds, whatever dash",
    emergencies: [
      'My 3-week-old stopped breathing for 20 seconds and went blue.',
      '4 week old with pauses in her breathing of 10–15 seconds, she went a bit dusky.',
    ],
    lookAlikes: [
      'Six week old, pauses in his breathing of 5–10 seconds when asleep then a few fast breaths; pink, feeding and gaining well.',
      'A 3-week-old girl has periods of fast breathing with short pauses of 5–10 seconds while asleep; pink throughout, feeding well, gaining weight. What should her parents do?',
    ],
  },
  {
    // Unresponsiveness is the patient not answering; a question the teller could not answer is no one unresponsive.
    kind: 'questions the teller could not answer, not a person not answering',
    emergencies: [
      'Dad collapsed in the kitchen and does not answer me when I shout.',
      'The paramedic asked him questions and he could not answer, he is barely awake.',
      "Earlier, driving here, I had a gap and no memory of the last mile. My son said I didn't answer him for about a minute and my arm was jerking.",
    ],
    lookAlikes: [
      "My son's sex-ed class at school covered testicular torsion and he came home asking me questions I couldn't answer. Is it more common in teenagers? He's perfectly well, just curious.",
      'My daughter asked me questions about epilepsy that I could not answer. She is perfectly well, just curious after a school talk.',
    ],
  },
  {
    // ConText: a general question ("is it normal for a baby to ...?") turns into a report when the next sentence tells
    // the asker's own child did it tonight; a child who did it long ago, or does it while well, stays a question.
    // A baby's pause in breathing with a colour change is a BRUE (AAP), and "went a bit grey" is a colour change.
    kind: "a general question the next sentence tells the asker's child did tonight",
    emergencies: [
      'is it normal for a 3 week old to stop breathing for 20 seconds? my son did it twice tonight and went grey.',
      'is it normal for a newborn to go blue round the lips when feeding? my son did it twice this evening',
    ],
    lookAlikes: [
      "is it normal for toddlers to hold their breath when they're cross? my son did that as a baby, he's 6 now and fine.",
      "is it normal for a baby to sneeze a lot? my daughter does it all the time, she's feeding well and happy.",
      'My son went a bit grey after running the cross country but was fine after a drink.',
    ],
  },
];

describeKindsByRulesAndProduct('English false-alarm kinds of session 61: seizure, stroke, infant', KINDS);
