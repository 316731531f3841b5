import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * Ordinary English messages that carry alarm words, by kind, each beside emergency twins: the same words with the red
 * flag that makes them an emergency. Written here from the protocols, never from a labelled set or a published
 * vignette: NHS 111 "when it's not an emergency" and self-care pages, Schmitt-Thompson home-care dispositions, NICE
 * CKS (infantile colic, head injury, postnatal care), NHS and RCOG leaflets on the normal newborn, lochia, bleeding in
 * pregnancy and reduced fetal movements (RCOG GTG57), NPIS advice on low-toxicity household products, NICE NG232 head
 * injury, NICE NG126 ectopic pregnancy, patient leaflets on the expected side effects of medicines and vaccines. In the
 * two styles issue 11 is judged in: chatbot messages and third-person clinician vignettes, with urgent-but-not-emergency
 * vignettes (a same-day GP or midwife) that must stay non-emergencies.
 *
 * Run first on the unchanged rules (ad5547f), the whole probe set (74 emergencies, 86 look-alikes; the first commit of
 * this file held 43 and 60, the twins added after a reading's first draft, and review V20's texts, are the lines its
 * guards must not silence): emergencies flagged by the rules 57, by the product 61; look-alikes flagged 24 and 24.
 * After: 74 and 74; 0 and 0.
 * The look-alikes flagged fell into kinds, each mended by what makes it ordinary, never beside its twin's red flag:
 * colic in a thriving baby (`signals/child-signals.ts`), a newborn's swelling from the birth
 * (`signals/head-injury-signals.ts`), bleeding settling after a birth or a miscarriage
 * (`signals/bleeding-settling-after-a-birth.ts`), a wall told as low (`signals/trauma-signals.ts`), a taste of a
 * low-toxicity product (`signals/low-toxicity-product-tasted.ts`), "by accident" in an everyday accident beside a child
 * (`child_dose_error` now wants a medicine or a swallow in the sentence), a baby's bump told as back to normal in other
 * words (`well_after_knock`), hay fever read as a fever beside drowsiness (`signals/meningitis-signals.ts`). The misses: reduced movements told by a pronoun or as
 * "hardly moved" (`fetal_movement_told_by_a_pronoun`), an ectopic pregnancy's red flags told before a period-like pain
 * (`periods_missed`, `period_type_pain`, pads counted over hours), a hypo not over told after the recheck (one list in
 * `signals/hypo-treated-and-recovered.ts`). Left out (still flagged, by design): a soft or boggy swelling on a newborn's
 * head (a subgaleal bleed after ventouse is told so), a small bleed at 20 weeks that has stopped (any bleed in
 * pregnancy is a danger sign in these rules).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    kind: 'normal newborn behaviour and marks of the birth (NHS "your newborn baby"; NICE CKS infantile colic)',
    emergencies: [
      'my 3 week old has pauses in her breathing over 20 seconds when she sleeps and her lips go blue',
      'A 6-week-old infant with inconsolable high-pitched crying, floppy and refusing feeds.',
      'my newborn has a lump on the back of his head since he rolled off the changing table, he is very sleepy and has vomited twice',
      'my newborn keeps sneezing and now he is grunting with every breath and sucking in under his ribs',
      'baby brings up milk after every feed and now the sick is bright green',
      'A 10-day-old girl has vaginal bleeding and a temperature of 38.2, feeding poorly.',
      'my baby has a new lump on his head, 2 weeks after the birth',
      'my newborn has a boggy swelling spreading over his head since the ventouse delivery and he is pale',
      'my 3 week old has a lump on his head, he rolled off the sofa a few days after the birth',
      'my 5 week old has had inconsolable crying every evening for 2 weeks, feeding well, but tonight she has a temperature of 38.3',
      'my 6 week old has constant high-pitched crying every evening and is not feeding',
      'my baby has inconsolable crying today, feeding well',
    ],
    lookAlikes: [
      'my newborn sneezes a lot, no temperature, feeding well, is that normal?',
      '2 week old baby gets hiccups after every feed, otherwise happy and feeding',
      "my 3 week old startles and throws her arms out when there's a loud noise, is that a seizure?",
      'my 4 week old breathing pauses for a few seconds when she sleeps then she carries on, colour stays pink',
      'newborn has tiny white spots on his nose, milk spots?',
      'baby brings up a bit of milk after feeds, gaining weight and happy',
      'my 5 day old baby girl has a little bit of blood in her nappy from her vagina, feeding fine',
      "my newborn son's breasts look swollen, no redness, is that normal",
      'A 10-day-old girl has a small amount of vaginal blood on her nappy; she is feeding well, alert and pink.',
      'A 3-week-old baby has periodic breathing in sleep with pauses of under 10 seconds, pink throughout, feeding well.',
      'A 6-week-old infant has episodes of inconsolable crying every evening, feeding well and thriving, normal examination.',
      'baby is 5 weeks and cries for 3 hours every evening, feeding well, gaining weight, colic?',
      'my newborn has a lump on the back of his head from the delivery, midwife said it is normal',
      'my newborn has a swelling on his head from the birth, feeding well',
      'A 2-day-old baby has a swelling over the back of the head since the delivery; feeding well and alert.',
      'A 1-day-old baby born by forceps has a bruise on the side of the head from the forceps; feeding well.',
      'my 5 week old screams inconsolably every evening for 3 hours, feeding well and gaining weight, is it colic?',
      "my newborn's chin and bottom lip tremble when he cries, is that normal?",
      'my 3 week old has jerky twitches in his sleep that stop when he wakes, feeding well',
    ],
  },
  {
    kind: 'bleeding after the birth, after a miscarriage, or a small bleed in pregnancy that has stopped (NHS: lochia for up to 6 weeks; call the midwife about any bleed)',
    emergencies: [
      "I had my baby 3 weeks ago and now I'm soaking a pad every hour with big clots and feel dizzy",
      'I had my baby 10 days ago and the bleeding smells foul and I have a temperature of 38.5',
      "I'm 20 weeks pregnant and bleeding heavily with bad tummy pain",
      "I had a miscarriage 2 weeks ago and I'm still bleeding, now I've got a fever and the smell is awful",
      'A 30-year-old woman two weeks after delivery has sudden heavy vaginal bleeding with clots, pulse 120, feeling faint.',
      "had my baby 2 weeks ago, bleeding had gone light but today it's bright red again",
      "I had my baby 3 weeks ago and I'm still bleeding a bit, lighter now. I feel faint and my heart is racing.",
      'i had a miscarriage 3 weeks ago, still bleeding a little and i feel really dizzy',
    ],
    lookAlikes: [
      "I had my baby 3 weeks ago and I'm still bleeding a bit, lighter now",
      "I had a miscarriage 2 weeks ago and I'm still bleeding lightly, no pain, no fever",
      'A 34-year-old woman 4 weeks postpartum has lochia that is now pinkish-brown and reducing; she is afebrile and well.',
      'had my baby 2 weeks ago, still getting some brown discharge, no smell, no fever, is that normal?',
      'A 28-year-old woman at 22 weeks had a small streak of blood after intercourse that has stopped; no pain, fetal movements normal.',
      "I'm 8 weeks pregnant and had a little bit of brown spotting, no pain",
      "I gave birth 4 weeks ago and I'm still bleeding a little",
      'had my baby 3 days ago, still bleeding like a period, a bit less each day, no clots or fever. normal?',
    ],
  },
  {
    kind: 'a fall from a low height, or a bump to the head with its red flags denied (NICE NG232; NHS 111 self-care)',
    emergencies: [
      'A 4-year-old fell from a wall onto his head, was knocked out for a minute and has vomited three times.',
      'my son fell off a low wall and hit his head, now he is really drowsy and was sick twice',
      'my dad fell off a ladder from about 3 metres and is confused',
      'he fell off a wall',
      'she fell off the low wall and hit her head, knocked out for a minute',
    ],
    lookAlikes: [
      'A 4-year-old fell from a low wall and bumped his head; there was no loss of consciousness, no vomiting and no drowsiness, and he is behaving normally.',
      'my son fell off a low wall and bumped his head, he cried straight away, no vomiting, playing now',
      'my daughter fell off a small wall in the park and grazed her knee',
      'bumped my head on the cupboard door this morning, small bump, no headache, no sickness, feel fine',
      'A 30-year-old woman bumped her head on a cupboard; she denies loss of consciousness, vomiting, amnesia or visual disturbance.',
      "my son banged his head, he didn't pass out, wasn't sick, isn't sleepy, just has a red mark",
    ],
  },
  {
    kind: "an everyday accident told 'by accident' beside a child, no medicine in it (Schmitt-Thompson medication error)",
    emergencies: [
      'I gave my son his calpol twice by mistake',
      'my daughter accidentally drank some bleach',
      'my son took 2 of my tablets by accident',
      "by mistake my 3 year old was given his sister's medicine",
      // Review V20, 20:30: silenced when only a listed medicine or swallow word let "accidentally" count.
      'my 2 year old accidentally licked the e-cig refill, now vomiting',
      'my toddler accidentally got hold of the nicotine gum',
    ],
    lookAlikes: [
      "my son headbutted me by accident, I've got a sore nose but no bleeding",
      'my daughter accidentally broke my glasses, can I claim on insurance',
      'A 6-year-old boy accidentally kicked his sister while playing; she has a small bruise on her shin.',
    ],
  },
  {
    kind: "a baby's bump to the head, then back to normal (NICE NG232; NHS head injury self-care)",
    emergencies: [
      "my baby rolled off the bed and bumped his head, he's been fine since but now he's vomiting",
      'my baby fell off the bed, he was fine since but he is very sleepy now',
      'A 7-month-old rolled off a changing table onto a hard floor and has a large boggy swelling on the side of the head.',
      // Review V20, 20:30: "now feeding happily" / "fine since" stood the reading down before a big swelling.
      "my 7 month old fell from the sofa, now feeding happily but there's a big swelling over his ear and he screamed when I touched it",
      "my 7 month old fell from the sofa, he's fine since but there's a big swelling over his ear",
    ],
    lookAlikes: [
      'my baby bumped his head on the cot bars, he cried for a minute and is now feeding happily',
      "baby rolled off the bed last week onto the carpet, he's been fine since, should i still see someone",
      'A 9-month-old bumped her head on a table edge while crawling; she cried for a minute and is now playing happily.',
    ],
  },
  {
    kind: 'a small amount of a low-toxicity household product (NPIS: bubble bath, toothpaste, hand soap; home care)',
    emergencies: [
      'my 2 year old may have swallowed some dishwasher liquid and is drooling and coughing',
      'A 2-year-old may have swallowed some of his grandmother’s tablets; several are missing.',
      'my toddler may have swallowed a button battery',
      'my son may have swallowed some toothpaste. He is vomiting.',
      'my son may have swallowed some toothpaste and 2 of my tablets are missing',
    ],
    lookAlikes: [
      'A 2-year-old may have swallowed a small amount of bubble bath; he is well with no coughing or vomiting.',
      'my son may have swallowed a bit of toothpaste, is that ok',
      'my toddler may have drunk some bubble bath in the bath, he seems fine',
      'she may have eaten a crayon, no coughing, playing',
    ],
  },
  {
    kind: 'expected side effects after a vaccine or a medicine (patient leaflets; NHS vaccine side effects)',
    emergencies: [
      'had my flu jab 10 minutes ago and now my lips are swelling and I feel wheezy',
      'started amoxicillin yesterday and my face and tongue are swelling up',
      'my baby had her jabs today and now she is floppy, pale and not responding to me',
    ],
    lookAlikes: [
      'had my flu jab yesterday, arm is sore and i feel a bit achy and shivery, is that normal',
      'A 35-year-old woman has a sore arm, mild fever and aches the day after her COVID booster; she is eating and drinking normally.',
      'my baby had her 8 week jabs today and has a temp of 38 and is grizzly, gave paracetamol as the nurse said',
      'my 12 week old had her jabs and has been sleepy and a bit off her feed today, the nurse said that can happen',
      'codeine is making me constipated and a bit drowsy, i am still able to talk and walk fine',
      'ramipril has given me a dry tickly cough, no swelling of lips or tongue',
    ],
  },
  {
    kind: 'hay fever (an allergy, no temperature) beside the drowsiness its tablets bring (NHS hay fever; antihistamine leaflets)',
    emergencies: [
      'my hay fever is bad, and now I have a fever of 39 and feel really drowsy and confused',
      'he has a fever and is really drowsy, hard to keep awake',
    ],
    lookAlikes: [
      'I feel drowsy after my hay fever tablet',
      'my hay fever is bad and I feel drowsy',
      'A 24-year-old with hay fever feels drowsy on chlorphenamine and asks about a non-drowsy alternative.',
    ],
  },
  {
    kind: 'low mood with self-harm denied, idioms (NHS mental health self-referral)',
    emergencies: [
      "I feel hopeless and I've decided to end my life tonight, I've got the tablets ready",
      'my friend texted me goodbye and says she has taken all her pills',
    ],
    lookAlikes: [
      "I'm not suicidal, I just feel low and tired since the baby, can I talk to my GP",
      'A 29-year-old woman with low mood for 2 months, sleeping poorly; she denies suicidal ideation or self-harm.',
      "I feel hopeless about my job, but I'm not going to do anything stupid",
      'my boss is going to kill me when he sees this mistake',
      'that workout nearly killed me, my legs are dead',
    ],
  },
  {
    kind: 'a faint over at once with its known trigger (NHS fainting; NICE CG109 uncomplicated faint)',
    emergencies: [
      'my daughter fainted while running at sports day and had chest pain before she went down',
      'A 70-year-old man collapsed without warning and is still not responding.',
    ],
    lookAlikes: [
      'A 16-year-old girl fainted in church after standing for a long time; she came round within a minute, no injury, no palpitations, now well.',
      'I had a faint at the hairdresser, came round straight away, been fine since, GP says vasovagal',
      'A 42-year-old woman fainted once while having blood taken; she recovered within seconds and has no chest pain or palpitations.',
    ],
  },
  {
    kind: 'reduced fetal movements after 28 weeks, however the baby is named (RCOG GTG57: same-day assessment)',
    emergencies: [
      "first baby, 39 weeks, he's been much quieter today, is that normal?",
      "36 weeks pregnant and I haven't felt the baby move yet today",
      "I'm 34 weeks and the baby has hardly moved since yesterday",
      "38 weeks and she's been much quieter since yesterday",
      '34 weeks, the baby has hardly moved today',
      'A 31-year-old woman at 38 weeks reports that her baby has moved much less than usual since this morning.',
      "my wife is 37 weeks and she says he's hardly moved since last night",
      "I'm 35 weeks and he's been really quiet since yesterday, normally he kicks loads",
      "30 weeks pregnant, I haven't felt him move since yesterday evening",
    ],
    lookAlikes: [
      "I'm 20 weeks, haven't felt her move yet, first baby, is that normal?",
      '18 weeks and no kicks yet',
      "first baby, 39 weeks, he's been kicking loads today, is that normal?",
      "39 weeks, he's moving as much as usual, just hiccups",
      '36 weeks pregnant, baby moved loads today',
      "38 weeks and she's been much more active since yesterday",
      "22 weeks, first baby, I haven't felt him move yet, is that normal?",
      'my 2 year old has been much quieter today, eating and playing, no temperature',
      '32 weeks, she still kicks a lot at night',
      'it has been thirty weeks since my knee op and it still aches going downstairs',
      "I'm 30 weeks pregnant and my toddler has been quieter today, eating and playing",
      // Review V20, 20:16.
      "I'm 30 weeks pregnant, my toddler has been quiet and off his food today, he's been still on the sofa",
      "I'm 28 weeks, the heartburn is bad at night but it's quiet during the day",
    ],
  },
  {
    kind: 'period-type pain whose ectopic or bleeding red flags are told before it (NICE NG126; NHS heavy periods)',
    emergencies: [
      "I've soaked 6 pads in 2 hours. Period pain like every month.",
      'soaked 6 pads in 2 hours with period cramps',
      'Shoulder tip pain since this morning. Period cramps, ibuprofen helps.',
      "I've got pain in my shoulder tip and period type pain",
      'No period for 3 months. Now bad period pain, paracetamol helps a bit.',
      'I have not had a period for 3 months and now I have period pain on one side',
      'A 19-year-old woman whose period is 3 weeks late has pain low on the left side of her abdomen and in her shoulder tip.',
    ],
    lookAlikes: [
      'period pain like every month, ibuprofen helps, using a pad every 4 hours',
      'my shoulder hurts from the gym and I have my usual period cramps',
      'my periods stopped 3 months ago because of the pill I take back to back, no pain',
      'A 32-year-old woman with heavy periods for 6 months, changing pads every 2 to 3 hours on the worst day, no dizziness.',
      "no period for 3 months, I'm breastfeeding, mild period-type cramps today",
      // Review V20, 20:16: the gas of a laparoscopy; periods stopped by a contraceptive.
      'had a laparoscopy for endometriosis yesterday, I have shoulder tip pain from the gas and period-type pain on the left side, is that normal?',
      'no periods for 6 months since the implant, and I get mild one-sided pelvic pain mid-cycle, not severe, is that ovulation?',
      'really bad period cramps, same as every month, ibuprofen not quite enough. can i take co-codamol too',
      'I used 3 pads in 6 hours, period pain like every month',
    ],
  },
  {
    kind: 'a treated hypo that is not over, told in another sentence (NICE NG17; Diabetes UK)',
    emergencies: [
      'Her sugar was 2.2, we gave her juice and now it is 5.1. She keeps waking and drifting off.',
      'His sugar was 2.0, I gave him jelly babies and now it is 4.8. We called an ambulance.',
      'Sugar was 2.6 at 3am, had glucose tablets, rechecked 5.8. The paramedics are on their way.',
      'sugar was 2.4, had lucozade and it is now 5.0. I have been vomiting since.',
      "Dad's sugar was 1.9, gave him glucose gel and now 4.6. He's pale and staring.",
      "Mum's sugar was 2.5, she had some toast and now it is 5.5. She can't swallow properly.",
      "Nan's sugar was 2.1, gave her juice, now it is 5.2. She's not herself.",
      "His sugar was 2.0, gave him juice and now it is 5.1. He's barely making sense.",
    ],
    lookAlikes: [
      'Sugar was 2.9, had juice, now 6.1. No vomiting, feel fine.',
      "Sugar was 3.1, ate a biscuit, now 5.9. I'm not pale or sweaty, all good.",
      'type 1, sugar was 2.6 at 3am, had glucose tablets, rechecked 5.8. Feel fine now, going back to sleep.',
      "His sugar was 2.0, gave him juice and now it is 5.1. He's talking normally and making sense.",
    ],
  },
];

describeKindsByRulesAndProduct('EmergencyTriage (%s): English false-alarm kinds of session 38', KINDS);
