import {
  describeKindsByRulesAndProduct,
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
  type TriageProbeKind,
} from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 58 (issue 11: stroke, seizure, head injury, infants, pregnancy and the spine), each beside
 * look-alikes that share its words and must stay quiet. Written from the protocols (NICE NG128 and BE-FAST, NICE CKS
 * carpal tunnel and cauda equina, NICE NG217, NICE NG232, NICE NG143, RCOG), never from a labelled set; the emergencies
 * are the protocol lines this session's changes must keep, told at least three ways each.
 *
 * Run first on the unchanged rules (main d91c444c): a speech lost this afternoon after an old stroke's slurring was
 * flagged by neither the rules nor the product; paralysis down one side and numbness between the legs or when wiping by
 * the product only (its wording model); of the look-alikes, a saddle told numb-free across a comma, a limb gone dead
 * on the toilet and a hand numb at night asked about as a stroke were flagged by both.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // Review, session 58: a change of an old deficit is new (NICE NG128: the time last known well), paralysis of one side is
    // FAST's arm in lay words, and numbness between the legs or when wiping is saddle anaesthesia (NICE CKS: cauda equina,
    // an emergency). A saddle told free of numbness across a comma ("tingling in my foot, no numbness around the bottom") is not.
    kind: 'a deficit told in words of its own or as a change of an old one, and saddle numbness beside back pain',
    emergencies: [
      "speech slurred since his stroke, but this afternoon he can't speak at all",
      'dads words have been a bit slurred since the stroke in 2019 but an hour ago he couldnt speak at all',
      "mum's speech has been slurred since her stroke in 2018, but this morning she can't speak at all",
      'suddenly paralysed down one side',
      'my husband is paralysed down his left side all of a sudden',
      'she went weak down the right side out of nowhere',
      'back pain and now numb between the legs',
      'bad back for a week and now i cant feel myself when i wipe',
      'my back is agony and its gone numb between my legs',
      "bad back and a tingling that won't go away around my bottom",
      "sciatica in both legs and pins and needles that aren't painful in my groin",
      'my husband cant get a word out since lunch',
      'my grandad could not speak properly an hour ago and his face looked odd, it has settled now',
    ],
    lookAlikes: [
      'back pain and tingling in my foot, no numbness around the bottom, peeing fine',
      'lower back ache after lifting, pins and needles down my calf, no numbness between my legs, bladder fine',
      'sciatica down my left leg, tingling in my toes, not numb around my bum, wee and poo normal',
      'my shoulder has been weak on the right side since I injured it at the gym',
    ],
  },
  {
    // NICE CKS: a nerve pressed by the body's weight (an arm slept on, a leg sat on) goes dead and comes back with pins and
    // needles in minutes. Anything else told beside it (a face, speech) or a limb told as not come back stays as read.
    kind: 'a limb gone dead from how it lay, which came back',
    emergencies: [
      "he woke with his left arm dead, he'd been lying on it, shook it and it came back, but now his speech is slurred",
      'slept on my arm and it went numb and came back, but now my face has dropped on one side and my speech is slurred',
      'sat with my legs crossed and then my left leg and left arm went numb together, wore off after 5 minutes',
      "I'd been lying on my arm on the couch and when I got up my whole right side was weak, fine now",
      'sat cross legged then my foot went dead and my hand went clumsy at the same time, all back to normal',
      'woke up with my arm and leg on one side numb, I had slept on that side, back to normal in 20 minutes',
      'his left arm and left leg went heavy while he was lying on the sofa, fine now',
    ],
    lookAlikes: [
      'slept funny on my arm and it went dead, came back after a few minutes with pins and needles, fine now',
      'my leg went numb sitting on the toilet too long, back to normal now',
      'sat cross legged at the school assembly and my left foot went completely dead, came back with pins and needles in a few minutes',
      "woke up with my right hand numb, I'd been lying on it all night, after shaking it the feeling came back and its fine now",
    ],
  },
  {
    // NICE NG128: an arm and a leg of one side told weak since an old stroke, for years, is the person's baseline (the
    // merge's spec run: a Chinese clinic note of a three-year-old stroke's weakness flagged once the pair became a signal
    // of its own). Told new, worse, on the other side or with an onset today, it is a stroke.
    kind: 'an arm and a leg of one side weak for years since an old stroke',
    emergencies: [
      'had a stroke 3 years ago, right arm and leg weak since, but this morning his left arm and leg went numb',
      "had a stroke years ago, right arm and leg weak ever since. This morning his right arm and leg are much weaker and he can't lift them",
      'his right arm and leg went weak an hour ago, he had a small stroke in 2015',
    ],
    lookAlikes: [
      '68 year old man, right arm and leg weak for three years after his stroke, here for repeat prescription',
      'right arm and leg have been weak for 3 years since his stroke, no change, asking about physio',
      'her left arm and leg have been weak since her stroke in 2016, same as always, she needs a new walking frame',
    ],
  },
  {
    // NICE CKS carpal tunnel: tingling of the thumb and fingers at night, waking the person, eased by shaking the hand, is
    // the GP's. A face, an arm, speech or an onset told today beside it keeps the stroke asked about a report.
    kind: 'a hand numb at night, eased by shaking it, asked about as a stroke',
    emergencies: [
      'my hand is numb and tingling at night and wakes me up, shaking helps, but today my face went droopy, is it a stroke',
      'my fingers tingle at night and i shake them, but this morning my right arm went weak and my speech is slurred, is it a stroke',
      'hand goes numb at night and I shake it off, now suddenly I cant lift my arm, could this be a stroke',
    ],
    lookAlikes: [
      'my hand tingles at night and wakes me, i shake it and it goes, is this a stroke',
      'pins and needles in my thumb and first two fingers most nights, wakes me up, hanging my hand out of bed helps, could it be a stroke',
      'numbness in my fingers every night, shaking my hand gets rid of it, is it a stroke or carpal tunnel',
    ],
  },
  {
    // NICE NG128: a passed focal deficit is a TIA, still an emergency; NICE NG217: a first seizure, one over 5 minutes,
    // clusters, or no recovery between seizures. A TIA already treated, a known epilepsy's usual fit and an old one are not.
    kind: 'protocol lines kept: a passed stroke-like episode (TIA), a first seizure, one over 5 minutes, clusters, no recovery',
    emergencies: [
      "my dad's arm went weak for ten minutes yesterday and now it's fine",
      "mum's face drooped and her speech went funny for about 15 mins this morning, back to normal now",
      "had a funny turn where I couldn't find my words for 5 minutes, all gone now",
      'my son has never had a seizure before and just had one',
      "first ever fit at 40, he's awake now",
      "my wife just had her first seizure, she's come round",
      'my epileptic wife has been fitting for 7 minutes',
      'the seizure went on for over 5 minutes before it stopped',
      'he was shaking on the floor for ten minutes',
      "three seizures in an hour and he's not coming round properly between them",
      "he had a seizure, then another one, he hasn't woken up between them",
      'she keeps having fits one after another',
    ],
    lookAlikes: [
      "I had a TIA last year and I'm on clopidogrel, can I drink alcohol",
      'my son has epilepsy and had one of his usual seizures this morning, lasted a minute, he is back to himself now',
      'can i drive after a seizure 6 months ago',
      'i had a seizure as a teenager, none since, can i take this antihistamine',
    ],
  },
  {
    // NICE NG232: the head injury findings that send a person for a CT within the hour or 8 hours; a knock without them
    // is not.
    kind: 'protocol lines kept: a head injury with vomiting, drowsiness, amnesia, a seizure, a blood thinner, or 65 and over',
    emergencies: [
      "banged my head and I've been sick three times since",
      "hit his head on the wall and now he's really drowsy",
      "my son hit his head and can't remember what happened",
      'banged his head and had a fit afterwards',
      "fell and hit my head, I'm on warfarin",
      'my dad is 78 and fell and hit his head this morning',
      'mum is 70 fell down the stairs and knocked her head',
      'she is 82 and had a fall, hit her head on the table',
    ],
    lookAlikes: [
      'banged my head on the cupboard, small lump, no sickness, feel fine',
      'my toddler bumped his head on the table, cried straight away, playing normally now',
      'i walked into a door frame, bit of a bump, how long will the lump last',
      'fell and hit my head 2 weeks ago, had a ct scan that was clear, still a bit of a headache',
    ],
  },
  {
    // NICE NG143 (red): a baby under 3 months with a temperature of 38 °C or more, floppy, not feeding, a non-blanching
    // rash or a bulging fontanelle; an older baby's fever told alert and feeding, and normal newborn behaviour, are not.
    kind: 'protocol lines kept: an infant under 3 months with 38 °C, floppy, not feeding, a non-blanching rash, a bulging fontanelle',
    emergencies: [
      'my 6 week old has a temperature of 38.2',
      'my 3 week old has a fever of 38',
      'my baby is 8 weeks old with a temperature of 38.5',
      'my 2 month old is floppy',
      'baby 7 weeks is limp and hardly waking',
      'my newborn is floppy and not responding normally',
      "my newborn won't feed and is very sleepy",
      'my 5 week old is refusing feeds',
      '6 week old baby not feeding at all since last night',
      "baby 10 weeks has a rash that doesn't fade under a glass",
      "my 2 month old has purple spots that don't go when pressed",
      'my 4 week old has a rash that stays when I press a glass on it',
      "my baby's soft spot is bulging and she's crying high pitched",
      'the fontanelle on my 2 month old is bulging',
      'baby 6 weeks, soft spot on his head is swollen and tight',
    ],
    lookAlikes: [
      'my 6 month old has a temperature of 38.2 but is feeding well and smiling',
      'baby is 5 months, fever 38.5, alert, drinking bottles, having wet nappies',
      'my 2 week old baby grunts in her sleep, feeding well',
      'my 6 week old cries every evening for a couple of hours but feeds well',
    ],
  },
  {
    // RCOG: heavy bleeding or pain in pregnancy, not early spotting without pain; NICE CKS: back pain with new
    // incontinence, retention or saddle numbness, not back pain with none of them.
    kind: 'protocol lines kept: heavy bleeding or pain in pregnancy, and back pain with the bladder or bowel or saddle told',
    emergencies: [
      '12 weeks pregnant and bleeding heavily with clots',
      'pregnant and soaking a pad every hour',
      '30 weeks pregnant and bleeding a lot',
      '8 weeks pregnant with bad pain low on one side and some bleeding',
      "pregnant 20 weeks, severe tummy pain that won't go",
      '34 weeks pregnant and bleeding with bad tummy pain',
      'back pain and i cant control my bladder',
      'back pain and wet myself without knowing',
      "back pain and I haven't been able to pee since this morning",
      "my back hurts and i've lost control of my bowels",
      'lower back pain and numbness around my bum',
    ],
    lookAlikes: [
      '7 weeks pregnant, bit of brown spotting, no pain',
      'spotting after sex at 10 weeks pregnant, no pain',
      'lower back pain after lifting, no numbness, peeing normally',
      'back pain for 3 days, going down my leg, no problems with bladder or bowels',
    ],
  },
  {
    // NHS, NICE NG217 and NICE CKS febrile seizure: a known epilepsy's usual short seizure, or a recurrent simple febrile
    // seizure, over in minutes with the person back to themselves, is not an ambulance's; the first, 5 minutes or more, a
    // cluster, an injury, water, blue, pregnancy or no recovery is.
    kind: "a known epilepsy's usual seizure, or one more febrile seizure, short, over and recovered from",
    emergencies: [
      'my son is epileptic, had a fit that lasted 6 minutes, now back to himself',
      "he's epileptic and had a seizure, fell and hit his head, alert now",
      "my wife has epilepsy and she's pregnant, had a fit this morning, alert now",
      'my son has epilepsy, fitting now for 3 minutes',
      'she has had febrile fits before but today she had two seizures in an hour, now alert',
    ],
    lookAlikes: [
      "i'm epileptic, had a short fit last night, usual for me, back to normal now, should i tell my neuro",
      'my daughter has had two febrile seizures before, today she had another with a temperature, 1 minute, stopped, now alert and playing',
      'my son has epilepsy and had one of his usual seizures this morning, lasted a minute, he is back to himself now',
    ],
  },
  {
    // Review V40, session 58 (extra-t106:53): NHS, a seizure with a serious injury is a 999, and the injury is often told
    // by its circumstance only (a crash at the wheel, a fall down the stairs, burnt on a cooker, hit by a car). A usual
    // fit that went down on the carpet, or a bitten tongue, is not such an injury.
    kind: "a known epilepsy's seizure with an injury told by its circumstance, and a second seizure of the episode",
    emergencies: [
      "my husband has epilepsy, had a fit while driving and crashed into a wall, he's talking normally",
      "my brother is epileptic, fell off his bike when the fit started, he's alert and chatting",
      "my dad is epileptic, had a fit at the top of the stairs and fell all the way down, he's alert now",
      "she has epilepsy, had a fit while crossing the road and was hit by a car, she's talking normally",
      "my son has epilepsy, had his usual fit next to the cooker and burnt his arm, he's alert now",
      'he is epileptic, had his normal fit then a second one ten minutes after, hes alert now',
    ],
    lookAlikes: [
      "he's epileptic, had his usual fit, went down on the carpet and bit his tongue, back to himself now",
      'my daughter has epilepsy, had one of her usual seizures in the lounge, lasted a minute, back to normal now',
      'she has epilepsy, had another of her usual short fits, back to herself and eating',
    ],
  },
];

/**
 * Review V40, session 58 (extra-t106:47): two seizures in one episode are a cluster (NICE NG217; NHS: one seizure
 * follows another) however the gap is told, so the usual-seizure reading must not set such a message aside. The rules
 * alone never read a cluster told as recovered (main neither); the product's wording model does.
 */
const CLUSTERS_FLAGGED_BY_PRODUCT: readonly LabelledProbeKind[] = [
  {
    kind: "a known epilepsy's usual seizure followed by another, recovered",
    emergencies: [
      ['en', 'she has epilepsy, had her usual fit, then another one 20 minutes later, back to herself now'],
      ['en', "my son's epileptic, usual fit this morning and another just now, he's back to himself"],
    ],
    lookAlikes: [
      [
        'en',
        'my 2 year old has had febrile seizures before, had a 1 minute one with a temperature today, stopped by itself, now playing and drinking',
      ],
      [
        'en',
        "he's epileptic, had his typical absence at school, lasted seconds, teacher says he's fine and back in class",
      ],
    ],
  },
];

describeKindsByRulesAndProduct(
  'session 58: English stroke, seizure, head injury, infants, pregnancy and the spine (%s)',
  KINDS,
);

describeKindsFlaggedByProduct(
  "session 58: a known epilepsy's seizure cluster, flagged by the product",
  CLUSTERS_FLAGGED_BY_PRODUCT,
);
