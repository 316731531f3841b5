import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-boundary kinds of session 55 (issue 11: the false-positive rate on English sets written like the outside
 * judge's material) for withdrawal, burns, head injury, falls, a nipple's bleed and sepsis asked about, each beside
 * emergency twins that share its words and carry what the protocol sends on at once. Written from the protocols (NICE
 * CG100 and the CIWA-Ar scale, NICE CKS burns and scalds, NICE NG232, RCOG and NICE NG194, NICE NG51), never from a
 * labelled set.
 *
 * Run first on the unchanged rules (main 8c64110, rules and product alike): look-alikes quiet 1 of 5 for a mild
 * withdrawal (a shaky, sweaty morning), 1 of 5 for a small burn measured after its blister, 4 of 6 for a head knock with
 * one vomit, 3 of 4 for a fall from a low ladder, 2 of 5 for an injury told months or years back, 0 of 4 for a cracked
 * nipple that bleeds, 1 of 3 for the signs of sepsis asked about; every emergency twin was flagged but one withdrawal
 * told as "day 3 off alcohol" with hallucinations (the stopping was not read).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG100 and CIWA-Ar: a tremor felt or barely seen and a moist skin are a mild withdrawal, for the GP or an
    // alcohol service (assisted withdrawal); hallucinations, confusion, a fit, a racing heart, a tremor that stops a cup
    // being held or a drenching sweat are the DTs' road and an emergency.
    kind: 'a withdrawal told by a mild tremor and a moist skin',
    emergencies: [
      'stopped drinking 2 days ago after a bottle of vodka a day, my hands are shaking badly and I am drenched in sweat',
      "he's been off the drink since monday, shaking so much he can't hold his tea and sweating through his shirt",
      'quit the booze cold turkey, a bit shaky but soaked in sweat and my heart is pounding',
      'day 3 off alcohol, slightly shaky and sweaty, and now I keep seeing spiders on the ceiling',
      'stopped drinking yesterday, a bit shaky and sweaty and just had a fit',
      'my mum stopped her diazepam suddenly 4 days ago, she is trembling all over and sweating and confused',
      '48hrs off the vodka after years on a bottle a day, hands shaking, sweating and theres bugs running all over the walls',
      // The mild word sets aside only the tremor it grades (review of 5c200acd): a tremor told past it or worsening, a
      // hallucination told plainly, or a racing heart told by its rate, anywhere in the message, keeps the emergency.
      "he was a bit shaky yesterday, today he's trembling uncontrollably and sweating, 3 days off the drink",
      "stopped drinking on saturday, felt a bit shaky at first but now he's shaking all over and can't stop shaking, sweating loads",
      "off the booze 3 days, hands were slightly trembly monday, tonight she's shaking violently and sweaty",
      'stopped drinking two days ago, a bit shaky and sweaty and the shaking is getting worse by the hour',
      "3 days off the booze, a bit shaky and sweaty and it's getting worse and worse",
      "day 2 without alcohol, slightly shaky, sweating and he thinks there are people in the room who aren't there",
      "no alcohol since thursday, a little jittery and sweaty, she keeps talking to a man by the window that isn't really there",
      'off the booze 2 days, bit shaky, clammy, he keeps shooing away kids on the stairs who are not there',
      'quit drinking 48 hours ago, jittery, sweating and my heart is going like 140',
      'stopped drinking yesterday morning, slightly shaky and sweaty, pulse is 130',
      'day 3 without a drink, a bit jittery, sweating, heart rate 125 on my watch',
    ],
    lookAlikes: [
      'quit drinking yesterday, slightly shaky and sweaty, pulse 88, thinking clearly, just anxious',
      'day 2 off the wine, hands a little shaky and sweaty, resting pulse 78, eating and sleeping ok',
      'stopped drinking 3 days ago, a bit shaky and sweaty, my sleep is getting worse, can the GP help',
      'stopped drinking 3 days ago, a bit shaky and sweaty, it is not getting worse, eating fine',
      'When I do not drink in the morning my hands shake a bit and I feel sweaty and anxious until the first glass. I have never had a fit. Is it ok to just stop on Saturday?',
      "I've been drinking heavily, about a bottle and a half of wine every night. Yesterday I skipped it, and this morning my hands were shaky and I felt sweaty and anxious, but I'm not seeing anything strange and never had a fit. Is it dangerous to just stop?",
      "Trying to quit alcohol. Day 2, feel jittery, sweaty, can't sleep, but thinking clearly. Is this normal withdrawal and should I see the GP?",
      'stopped drinking 3 days ago, slight tremor and a bit sweaty at night, eating ok, no hallucinations. can the gp give me librium',
      'my partner drinks 8 cans a day, he gets the morning shakes and sweats till he has his first can. how do we get him help to quit',
    ],
  },
  {
    // NICE CKS burns and scalds: a blister on a limb measured under 5 cm is well under the palm's 1 % of the body, for
    // first aid, a pharmacist or a minor injuries unit. The face, a baby, a deep (white, leathery, numb) burn or one
    // measured wider is referred whatever the words say of its size.
    kind: 'a small burn measured after its blister, on a limb',
    emergencies: [
      "I burned my leg on the motorbike exhaust, blister about 2cm but the skin around it is white and leathery and I can't feel it",
      'my 10 month old touched the oven door, blister about 2cm on her hand',
      'burnt my face on the grill, blister roughly 2 cm on my cheek',
      'scalded my arm with the kettle, the blister is about 8 cm and the skin is peeling off the whole forearm',
    ],
    lookAlikes: [
      'i burned my leg on the motorbike exhaust yesterday, blister about 2cm, bit weepy today, no redness spreading. pharmacist or minor injuries?',
      'scalded my forearm with the kettle, the blister is roughly 3 cm across, cooled it for 20 minutes',
      'burn on my calf from the exhaust pipe, blister around 1.5cm, bit sore',
      'caught my wrist on the oven shelf, blister measuring 2 cm, ran it under cold water, do I pop it',
      'my 12 year old touched the glue gun, burn is about 1 cm on his forearm with a blister, he is fine',
    ],
  },
  {
    // NICE NG232: vomiting is a CT criterion from its second episode (adults: more than one; children: three or more
    // beside another finding); one vomit told as once, in a child or adult who is behaving normally, is no red flag.
    // A second vomit, drowsiness, amnesia, an anticoagulant or a blackout beside it is.
    kind: 'a head knock with a single vomit told as once',
    emergencies: [
      "my son hit his head at the playground, he was sick once and now he's really drowsy and hard to wake",
      'she fell off the trampoline and hit her head, vomited once then again 20 minutes later',
      "banged my head on a beam, sick once, I'm on warfarin",
      'my 5 year old fell off the bunk bed onto his head, he was sick once and now he keeps asking the same question',
      'my husband hit his head in a car crash and was knocked out for a minute, sick once since',
      'she hit her head on the pavement and threw up, now she seems confused',
      'fell off his scooter and hit his head, he has been vomiting',
      // Amnesia and a worsening headache told in other words beside the one vomit (NICE NG232).
      'stood up into a beam in the loft this afternoon, sick once, and I have a headache that is getting worse',
      "hit my head on the cupboard, vomited once, and my wife says I've asked her four times what day it is",
      'banged my head getting out of the car, threw up once, cannot remember the drive home',
    ],
    lookAlikes: [
      'Yesterday my son 6 years hit his head in playground, he vomit one time just after, then nothing. Today he is normal, eat, play, go to school. Is he ok?',
      'My son is 3 and fell backwards off the arm of the sofa onto our carpet about an hour ago. He cried straight away, there is a small lump on the back of his head, and he was sick once about ten minutes later. Since then he has been playing with his trains and talking normally. Should I take him somewhere tonight?',
      'my daughter (9) banged heads with another girl at netball, cried, threw up once on the way home, now watching telly and chatting normally. is one vomit a worry?',
      'I walked into a lamppost and hit my forehead, was sick once from the shock I think, no blackout, no blood thinners, feel ok now. do I need A&E?',
      'my 7 year old bumped his head on the goalpost, one small vomit straight after, now running around and eating his tea',
      'hit my head on the cupboard, vomited once, my wife asked me four times if I was ok and I am fine, no headache',
    ],
  },
  {
    // NICE NG232 and the major-trauma triage tools: a dangerous fall is from over a metre or five stairs. A ladder, steps
    // or a wall told as low or small, or the bottom rung, is no such height; a ladder, a roof or scaffolding told
    // without it, or any fall with numb legs, a head knock and confusion, or a person who cannot get up, still is.
    kind: 'a fall from a low ladder or the bottom rung, with a bruise or a sprain',
    emergencies: [
      'fell off a ladder while cleaning gutters, landed on my back and now my legs are numb',
      'my dad fell from the roof ladder about 3 metres and is lying on the patio not moving properly',
      "he fell off the scaffolding and hit his head, he's confused",
      "fell from a ladder onto the patio, hurt my back badly and can't get up",
      "my 80 year old mum fell off the step ladder and now she can't get up, her hip hurts",
      'fell off a small stepladder and hit my head, blacked out for a minute',
    ],
    lookAlikes: [
      'A 44-year-old man fell from a low ladder onto his side yesterday; he has pain over one rib on deep breathing but is not short of breath, with normal colour and speech.',
      'I fell off a small stepladder putting up curtains, landed on my hip, bruised and sore but walking fine. ice?',
      'slipped off the bottom rung of the ladder and twisted my ankle, swollen, can put weight on it',
      'my husband came off the last two steps of the loft ladder and jarred his wrist, it is sore but he can move his fingers',
    ],
  },
  {
    // NICE NG232 and the major-trauma tools read a crash, a fall or a knock as the injury of now. Told weeks, months or
    // years back with a headache or an ache that has stayed, it is post-concussion symptoms or a chronic pain for the
    // GP; beside new confusion, drowsiness, vomiting, a worsening headache, a weak arm or an anticoagulant (a chronic
    // subdural shows weeks after a knock), or beside an injury of today, it is an emergency.
    kind: 'an injury told weeks, months or years back, with only what has lingered',
    emergencies: [
      "my dad hit his head on a cupboard three weeks ago and now he's getting more and more confused and sleepy",
      'had a car crash 2 months ago and today I crashed again and hit my head, blacked out',
      "fell off a ladder 3 weeks ago, I'm on warfarin and my headache is getting worse every day",
      "I was in a car accident last year, today I fell down the stairs and can't move my legs",
      'my husband was in a car crash two weeks ago and is now being sick repeatedly with a bad headache',
      'concussion from a crash a month ago, now suddenly my left arm is weak and my speech is slurred',
    ],
    lookAlikes: [
      "Had a concussion from a car crash three months ago. Mostly recovered but still get headaches when I'm on screens a long time. Is this normal post-concussion stuff and who should I see?",
      'Chronic back pain for years - new mattress? 52M, lower back pain for 10 years since a car accident, on amitriptyline. Same stiffness every morning, no change in bladder or bowels, no numbness. Worth it?',
      'I fell off a roof at work two years ago and broke my heel, it still aches in the cold. any tips?',
      'my son hit his head at rugby 6 weeks ago, concussion, still gets tired after school. when can he play again?',
      'knocked out in a motorbike crash in 2015, since then I get headaches a couple of times a month. should I get a scan?',
    ],
  },
  {
    // RCOG and NICE NG194 read a bleed of the pregnancy or the birth (the womb, the vagina): a cracked nipple that
    // bleeds with feeds is a breastfeeding question for the midwife or the health visitor. Heavy bleeding, clots, a
    // fever with shivers or a faint after the birth, or a bleed from below in pregnancy, stay emergencies beside it.
    kind: 'a cracked nipple that bleeds, in pregnancy or after the birth',
    emergencies: [
      "10 days postpartum, nipples sore, and now I'm bleeding heavily, soaking a pad an hour with big clots",
      'I had my baby a week ago, my nipples are cracked and bleeding, and today I have a fever of 39 and shivering and feel faint',
      // Infection after the birth (NICE NG51, RCOG: fever with shivers or an offensive discharge within six weeks) is read
      // by itself, told by the birth's date in any words, not through a bleeding word (review of 70f3ab58).
      'gave birth last week, nipples sore and bleeding, and now fever with shivers and smelly discharge',
      'c-section 10 days ago, feverish with rigors and foul smelling lochia',
      'since giving birth a fortnight ago i have had a temp of 38.8 and an offensive smell down below',
      'delivered on monday, cracked nipples, now burning up with a really smelly discharge',
      '2 weeks after the birth I suddenly started bleeding bright red and passing clots, feel dizzy',
      '30 weeks pregnant, cracked nipples but now bleeding from down below and tummy pain',
    ],
    lookAlikes: [
      '10 days postpartum and my nipples are cracked and bleeding every feed, toes curling pain. Anyone got tips before I see the health visitor?',
      '3 days after my c-section my nipples are sore and bleeding when he latches, what can I do',
      "I'm 36 weeks pregnant and my nipples are cracked and bleeding a bit, is that normal?",
      'postpartum 2 weeks, nipples raw and bleeding, feeding is agony, should I express instead?',
      'gave birth last week, nipples sore and bleeding, breastfeeding is agony, what cream can i use',
      'had my baby 10 days ago, the discharge is brown and a bit smelly, no fever, feel well',
      'gave birth 3 weeks ago, feeling a bit shivery and cold, no temperature, just tired from night feeds',
    ],
  },
  {
    // NICE NG51 and the UK Sepsis Trust: sepsis is named as a finding when someone is told to have it or to show its
    // signs; the early or warning signs asked about, to learn or to know them, tell no one ill. Named of someone now, or
    // beside an NG51 high-risk sign (new confusion, mottled skin, no urine, fast breathing), it is an emergency.
    kind: 'the early or warning signs of sepsis asked about',
    emergencies: [
      "I think my dad has the early signs of sepsis, he's shivering, confused and his skin is mottled",
      "the nurse said my mum is showing early signs of sepsis from her chest infection and she's getting more confused",
      "my husband has a kidney infection and now I'm worried about sepsis, he's not peed all day and is breathing really fast",
      'he has the warning signs of sepsis, mottled and cold hands with a temp of 39',
    ],
    lookAlikes: [
      "My mum had sepsis two years ago from a kidney infection and nearly died. She's fine now. I'd like to know what the early signs of sepsis are in older people. What should make me worry enough to call an ambulance rather than the GP, if it ever happens again?",
      'our care home wants staff to learn the warning signs of sepsis, where can we get training?',
      'I want to recognise the early signs of sepsis in my elderly dad, he has had two UTIs this year but is well now',
    ],
  },
];

describeKindsByRulesAndProduct('session 55: English urgent boundary, injuries, burns and withdrawal (%s)', KINDS);
