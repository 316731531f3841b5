import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 48 in the half of children, pregnancy, injuries, burns, poisoning and mental health
 * (issue 11): two recall gaps (someone who cannot be woken told by what they still do, a blow to the bump from 20
 * weeks) and false alarms at the urgent boundary, each beside emergency twins that share its words. A pet's bite marks
 * stay a possible envenomation (urgent-band-kinds.spec.ts, reviews V6 and V7). Written from the protocols (AVPU, RCOG
 * trauma in pregnancy, NICE CKS burns and scalds, lower urinary tract infection, TOXBASE paracetamol, NICE NG225 and
 * NG133, JBDS hypoglycaemia), never from a labelled set.
 *
 * Run first on the unchanged rules (main b992254): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // AVPU: a person no one can wake, who groans, moans or grunts only when pinched, shaken or rubbed, responds to pain
    // alone (P) and is treated as unresponsive. A heavy sleeper who grunts and rolls over, a teenager who gets up after
    // a moan, is woken.
    kind: 'no way to wake someone, who only groans when pinched',
    emergencies: [
      'My husband is on the sofa and there is no way to wake him, he only groans when I pinch his arm.',
      "There's no way of waking my grandad, he just grunts when we rub his chest.",
      'Impossible to wake her, she only moans when I shake her shoulders hard.',
      '70M, no way to rouse him, groans to a sternal rub only, eyes closed. Disposition?',
      'Found my mum on the kitchen floor and there is no way to wake her, pill bottles found on the floor next to her.',
    ],
    lookAlikes: [
      'My husband groans when I wake him for work, he is not a morning person, he is fine once up.',
      "There's no way to wake my teenager before noon at weekends, he grunts and rolls over. Is that normal?",
      "There's no way to wake my teenager before noon at weekends, he just groans when I shake him and rolls over.",
    ],
  },
  {
    // RCOG (trauma in pregnancy) and NHS: a fall onto the bump, a blow, a kick or a punch to the abdomen, or a road
    // collision from 20 weeks is assessed the same day on the labour ward (abruption may show late). Before 20 weeks,
    // a fall that spared the bump, a cat or a wriggling toddler, or the baby's own kicks are no trauma.
    kind: 'a fall or a blow onto the bump, or a car crash, from 20 weeks',
    emergencies: [
      "I'm 24 weeks pregnant and slipped in the shower and landed hard on my bump an hour ago.",
      '32 weeks pregnant, slipped on ice and fell hard onto my tummy, baby seems ok. Do I need to go in?',
      "I'm 28 weeks and my toddler kicked me really hard in the bump, now I have some pain.",
      '30 weeks pregnant and was in a car crash, seat belt across my bump, I feel fine.',
      '26 weeks pregnant, my partner punched me in the stomach last night.',
      '34 weeks pregnant, rear-ended at a junction at 30 mph this morning, seatbelt on, no pain. Level of care?',
    ],
    lookAlikes: [
      "I'm 12 weeks pregnant and tripped on the kerb, landed on my hands and knees, no tummy pain, no bleeding.",
      '30 weeks pregnant, my cat jumped on my bump while I was lying down, feel fine, baby moving lots. Is that ok?',
      "I'm 34 weeks pregnant and my toddler kicks me in the bump when I read to him in bed, he's so wriggly. Normal?",
      "I'm 29 weeks pregnant and the baby kicks me so hard in the ribs it hurts, is that normal?",
    ],
  },
  {
    // NICE CKS lower UTI: burning or stinging on passing urine is dysuria, not a burn, in pregnancy too (a same-day
    // antibiotic); a fever with rigors or loin pain in pregnancy keeps the emergency, as a real burn on a baby does.
    kind: 'it burns when passing urine',
    emergencies: [
      'Pregnant at 10 weeks and it burns when I wee, and now I have a fever of 39 and shaking chills and back pain.',
      'My baby grabbed my coffee and it went over his arm, it is red and blistering.',
    ],
    lookAlikes: [
      "I'm 18 weeks pregnant and it burns when I wee and I'm going every half hour, the baby seems fine, no fever.",
      "It stings and burns when I pee since yesterday, no fever or back pain. I'm 30 and female. Pharmacy?",
      'My son is 6 and says it burns when he pees, no temperature, playing normally. GP today?',
    ],
  },
  {
    // NICE CKS burns and scalds: a blister on a hand measured under 5 cm each way is well under 1 % of the body and
    // managed in primary care or a minor injuries unit; a blister bigger than the palm, a deep, white or charred burn,
    // or one of the face or genitals keeps the emergency.
    kind: 'a measured small blister on a hand or a limb',
    emergencies: [
      'I burnt my hand on the oven door and the blister is bigger than my palm.',
      'Scald to the back of the hand from the kettle, 6 x 10 cm, blistered, and the skin in the middle is white.',
    ],
    lookAlikes: [
      'Scalded the back of my hand on the kettle, a blister about 2 x 3 cm, ran it under the cold tap. Walk-in centre?',
      'Burnt my forearm on the oven shelf, a blister about 3 by 1 cm, ran it under cold water. Minor injuries?',
    ],
  },
  {
    // TOXBASE paracetamol: a single swallow under 75 mg/kg needs no blood test or antidote, in a child as in an adult:
    // one 500 mg tablet in a 14 kg toddler, counted and weighed, is for NHS 111 or the GP. A count not known or told as
    // a guess, a liquid, several tablets over the threshold, another medicine or a symptom keeps the emergency.
    kind: "a child's single paracetamol tablet under 75 mg/kg",
    emergencies: [
      'My 2 year old (12 kg) swallowed 4 of my 500 mg paracetamol tablets an hour ago.',
      '3-year-old, 14 kg, drank about 60 ml of Calpol an hour ago, bottle was nearly full.',
      'My son is 2, 12 kg, swallowed one paracetamol tablet I dropped this morning, now he is sleepy and vomiting.',
      'My 18 month old, 11 kg, swallowed two 500 mg paracetamol tablets and one of my amlodipine an hour ago.',
      'My son is 3, 14 kg, might have swallowed one of my 500 mg paracetamol tablets an hour ago, it was on the floor.',
    ],
    lookAlikes: [
      '2-year-old, 14 kg, swallowed one 500 mg paracetamol tablet found on the floor about 1 h ago. Well, no vomiting. Disposition?',
      "My 3 year old weighs 15 kg and chewed one 500mg paracetamol tablet from my bag this morning, she's fine. Do we need to go in?",
    ],
  },
  {
    // NICE NG225 / Mental Health Act: a threat of harm to others is someone set on getting, hurting or hitting another
    // person. Wanting to get a child help, or a hammer on one's own thumb, is no threat.
    kind: "help wanted for someone, or a hammer on one's own finger",
    emergencies: [
      "He keeps saying he is going to get her for what she did, and he's taken a knife from the kitchen.",
      'My husband hit my mum with a hammer and is threatening us.',
      'He is hitting my brother with a bat in the garden right now.',
      // Review V30, 03:53: the victim's own wrist, hit by someone else, is an assault.
      "Dad's dementia has got worse, tonight he hit my wrist with the hammer from the shed and he's still waving it around.",
      'My brother hit my hand with a hammer and is threatening to do it again.',
    ],
    lookAlikes: [
      'My daughter has been low and I want to get her some proper help, who do I call?',
      "Hit my finger with a hammer putting up shelves, it's bruised and throbbing but I can bend it.",
    ],
  },
  {
    // A sense of impending doom ("I feel like I'm going to die") is what a panic attack or a heart attack feels like,
    // read by their own signals; it tells no intent to die (NICE NG225 asks about intent and plans).
    kind: 'feeling as if one is going to die',
    emergencies: [
      "I am going to die tonight, I've saved up my tablets.",
      "I've decided I'm going to die, I've written the letters to my kids.",
    ],
    lookAlikes: [
      'How do I tell a panic attack from a heart attack? Both can make you feel like you are going to die.',
      'When my panic attacks come I feel like I am going to die, then they pass after ten minutes. What helps?',
    ],
  },
  {
    // JBDS hypoglycaemia: a bottle of a glucose drink is the treatment, not an overdose; a bottle of a medicine is.
    kind: 'a full bottle of a drink',
    emergencies: [
      'My 3 year old drank a full bottle of my methadone.',
      'He swallowed a full bottle of his sleeping tablets an hour ago.',
    ],
    lookAlikes: [
      'Type 1 diabetic, hypo of 3.2 after the gym, drank a full bottle of Lucozade and now 6.8 and feel fine. Anything else tonight?',
    ],
  },
  {
    // NICE NG133 and antenatal care: hands and feet that swell by the evening are the common swelling of pregnancy, for
    // the midwife; sudden swelling, a puffy face, a pain under the ribs or a bad headache beside it is pre-eclampsia
    // until shown otherwise.
    kind: 'hands and feet puffy by the evening in pregnancy',
    emergencies: [
      "I'm 34 weeks and my face and hands have suddenly swollen up since this morning, and I have a headache.",
      "30 weeks pregnant, my fingers are so puffy today I can't get my rings off and my face looks swollen.",
      '36 weeks pregnant, my hands swell up by the evening but today my face has puffed up too and I have a bad headache.',
      '35 weeks, I get a pain under my ribs and my hands are swollen by the evening.',
    ],
    lookAlikes: [
      '28 weeks and my ankles and fingers are puffy by the evening, rings getting tight, BP 124/80 at the pharmacy. Normal?',
      '33 weeks pregnant, my hands get a bit puffy towards the end of the day, no headache or vision problems.',
    ],
  },
];

describeKindsByRulesAndProduct('English urgent boundary, session 48, injuries and pregnancy (%s)', KINDS);
