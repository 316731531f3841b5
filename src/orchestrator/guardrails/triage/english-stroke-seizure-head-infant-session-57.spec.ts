import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 57 (issue 11: false alarms and misses of stroke, seizure, head injury, infants, pregnancy),
 * each beside look-alikes that share its words and must stay quiet. Written from the protocols (NICE NG128 and BE-FAST,
 * NICE NG232, NICE CG137 / NG217, NICE NG143 and Schmitt-Thompson, RCOG), never from a labelled set; the emergencies
 * are the protocol lines this session's changes must keep, told at least three ways each.
 *
 * Run first on the unchanged rules (main a9539f36): a head knock with its amnesia told beside "feel ok now" was flagged
 * by the rules 0 of 5 (the product 2 of 5, by the wording model); a sudden loss of speech after a stroke years ago 0 of
 * 1 by both; of the look-alikes, a residual deficit of an old stroke 1 of 4 and a stroke feared with its signs told
 * absent 1 of 1 were flagged.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG232: any amnesia since a head injury sends the person for assessment, however well they feel; the gap in
    // memory is told after the event by nature, so "feel ok now" does not end it (review, session 57).
    kind: 'a head knock with no memory of the blow or what came after, told as feeling fine now',
    emergencies: [
      "I got hit by a cricket ball on the head at practice, I don't remember the next bit, feel ok now",
      "my son was hit on the head by a cricket ball, he can't remember being hit, seems fine now",
      'got hit in the head with a ball and cant remember what happened after, i feel fine',
      "fell off my bike and banged my head, can't remember the ride home but feel ok",
      "she took a knock to the head in the tackle and doesn't remember the impact, says she's fine now",
      'my son took a knock to the head at rugby, he cant remember the collision, seems fine now',
    ],
    lookAlikes: [
      'hit my head on the cupboard door, remember everything, bit of a bump, feel fine',
      "I can't remember what happened in the film, I fell asleep halfway, feel fine now",
      "came off my bike last month, don't remember the crash, had a CT that was normal, just want advice on helmets",
      'banged my head on a shelf yesterday, no vomiting, not drowsy, remember it all, small bruise',
    ],
  },
  {
    // BE-FAST and NICE NG128: a weakness, droop or slurring an old stroke or palsy left, told as the same as ever, is the
    // person's baseline; a deficit told new, sudden, worse, on the other side or with an onset of hours is a stroke.
    kind: "a deficit an old stroke or Bell's palsy left, told unchanged, beside a new one",
    emergencies: [
      "My dad had a stroke years ago, an hour ago he suddenly couldn't speak",
      'mum had a stroke in 2018 and her left arm has been weak ever since, this morning her face dropped on the other side',
      'dad had a stroke 3 years ago, his arm has been weak ever since, today his speech is suddenly slurred',
      "grandad's speech has been slurred since his stroke in 2020, but tonight he can't lift his right arm",
      'had bells palsy 5 years ago face never fully recovered, now my arm went numb and weak an hour ago',
      // Review V39, 07:14: a second deficit told after the old one (after "but", "however" or "now", told "too" or "as
      // well", of the whole side) is not the residual one; only the deficit told beside the old cause is set aside.
      "his old stroke left his left arm weak, same as always, but his right arm is now weak too and he's slurring",
      'stroke in 2020, weak right hand ever since, but his left hand has gone numb and clumsy in the last half hour',
      "she had bell's palsy last year and the droop never fully recovered, but her whole right side went weak when she stood up",
      'mums old stroke left her right leg weak, same as ever, but her left leg has given way as well and her words are muddled',
      'Grandad has had a weak left arm since his stroke in 2016, no change there. Now his right arm is weak too.',
      'stroke in 2018 and my left hand has been weak ever since, but my right hand has gone numb and weak',
      'cva in 2019, residual right sided weakness, however his left arm has gone weak and numb',
      'bells palsy 2 years ago, her mouth still droops like always, but her whole left side has gone weak since she got up',
      'he had bells palsy in 2020, face never recovered, but his whole left side has gone weak',
      // Review V39, final: a second deficit told in a stretch or a sentence of its own, with no turn word, is a second
      // one too: only a deficit whose own stretch names the old cause, its course or "still" is set aside.
      "Dad's left arm has been weak since his stroke in 2018, no change there. His speech is slurred and his face has dropped on the right.",
      'mum had bells palsy 3 years ago and her left eyelid never fully recovered. her right arm wont lift and her words are jumbled',
      'residual right leg weakness from a stroke in 2021, unchanged; also cant lift his left arm and is slurring his words',
      'old stroke 5 years ago, weak left hand as always, and his right leg has stopped working and his mouth is drooping',
      'stroke in 2019, left leg weak ever since, no change. she cannot find her words at all and her smile is lopsided',
      'he had a stroke 4 years ago, his left hand is weak as always; his speech is garbled and his face droops on one side',
    ],
    lookAlikes: [
      "What exercises help an old stroke? Dad's left arm has been weak and his speech slurred since his stroke in 2021, nothing new, physio finished.",
      "I had Bell's palsy six years ago and my face never fully recovered, my mouth still droops a little when I smile. It hasn't changed in years. Is botox an option?",
      "my mum's left leg has been weak since her stroke in 2017, exactly the same as always, can she get a mobility scooter on the NHS",
      'grandpa slurs his words a bit since his stroke four years ago, no change, the speech therapist discharged him, any apps for practice?',
      // "Too late", "the other side" and a "but" that tells the course again add no second deficit.
      "my dad's left arm has been weak since his stroke in 2019, no change, is it too late for more physio?",
      "I had bell's palsy 5 years ago and my mouth still droops, it never fully recovered. Would botox on the other side help?",
      'mum had a stroke in 2018 and her left leg is weak, but it has been the same as always for years, can she get a blue badge',
    ],
  },
  {
    // Issue 11 and NICE NG128: a passed stroke-like episode is a TIA and still needs care now, hours or days ago (the
    // coordinator's 09:26Z decision of session 50 stands: a reading that set aside TIAs passed days ago was tried here and
    // dropped); what stays quiet is a question about one, or one already seen at the clinic.
    kind: 'a stroke-like episode that passed, hours or days ago',
    emergencies: [
      "my dad's arm went numb for 10 minutes this morning, it's gone now and he's fine",
      'mum had slurred speech for a few minutes an hour ago, totally back to normal now',
      "my husband's face drooped for 5 mins last night and went back to normal, he feels fine",
      'grandma couldnt get her words out for about ten mins at lunch today, fine since',
      'had a mini stroke 3 days ago, arm weak for 10 min, fine since, but now it is numb again',
      // Review V39, 06:27: within the 24 hours NICE NG128 counts, and on an anticoagulant, a passed episode goes in at once.
      'yesterday mum lost her words for about 20 minutes, fully recovered, she takes warfarin for her AF',
      'my uncle said his arm went numb for a few mins at the bbq 2 days ago, fine since. gp today ok?',
      "last week my mum's speech went muddled for about five minutes and then it fully recovered, nothing since",
    ],
    lookAlikes: [
      "if someone's arm goes numb for a few minutes and then recovers, is that a mini stroke?",
      'my dad was seen at the TIA clinic last month and started on clopidogrel, can he take it with omeprazole',
      'what is the difference between a TIA and a stroke, our first aid course asked',
    ],
  },
  {
    // FAST: a stroke is sent by what is found, not by its name; a fear told beside a normal face, arms and speech is no
    // finding, and words failing with a feeling are speechlessness, not dysphasia.
    kind: "a stroke named as someone's fear, with its signs told present or absent",
    emergencies: [
      'my friend said it could be a stroke, my face has dropped on one side and my arm feels heavy',
      "is it a stroke? her speech is slurred and she can't lift her left arm",
      "she suddenly can't speak and her right arm is weak, could this be a stroke",
    ],
    lookAlikes: [
      'my friend said it could be a stroke but my face is normal and there is no weakness, speech is fine, the room just spins when I roll over in bed',
      "I was so shocked when he proposed I suddenly couldn't speak",
      "I was so nervous at my viva I suddenly couldn't speak, is that stage fright",
    ],
  },
  {
    // NICE CG137 / NG217 and NHS seizure first aid: 999 for a first seizure, one over 5 minutes, or one after another
    // without recovery; a known epileptic's usual short seizure with full recovery needs no ambulance.
    kind: "a seizure: first, over 5 minutes, one after another, or a known epileptic's usual one with recovery",
    emergencies: [
      "my 19 year old just had a fit, never had one before, he's come round now",
      "my wife has been fitting for 6 minutes and it's not stopping",
      'she had one seizure then another straight after without waking up in between',
      'she has epilepsy and her seizure has lasted over 5 minutes now',
    ],
    lookAlikes: [
      'my son has epilepsy and had one of his usual seizures this morning, lasted a minute, he is back to himself now',
      "I'm epileptic, had a tonic clonic last night about 2 mins, recovered fully, do I need to tell the DVLA",
      'my daughter has epilepsy, she had her usual absence this afternoon for a few seconds and carried on playing',
    ],
  },
  {
    // NICE NG232: vomiting more than once, drowsiness, amnesia, a seizure, a blood thinner, or 65 or over after a fall
    // with a head injury sends for a CT; a knock with none of them is advice at home.
    kind: 'a head injury with a red flag, or a knock without one',
    emergencies: [
      "my son fell off the climbing frame and hit his head, he's been sick 3 times since",
      "hit my head on the car door this morning and now i can't stay awake",
      'dad is 78 and fell in the garden and hit his head, he seems ok',
      'my mum is on warfarin and bumped her head on a shelf, small lump',
      'he hit his head on the pool edge and then had a fit',
    ],
    lookAlikes: [
      'my toddler bumped his head on the coffee table, cried straight away, small bump, playing normally now',
      'hit my head on a cupboard yesterday, slight headache, no vomiting, no confusion, should I worry',
      'my 10 year old headed the ball a lot at football practice, bit of a headache, remembers everything, no sickness',
    ],
  },
  {
    // NICE NG143 and Schmitt-Thompson: 38 degrees under 3 months, floppy, not feeding, a non-blanching rash or a bulging
    // fontanelle is an emergency; hiccups, grunting in sleep, spitting up, or a fever in an older child who is alert
    // and drinking is not.
    kind: "a baby under 3 months with a red flag, or normal infant behaviour and a well older child's fever",
    emergencies: [
      'my 6 week old has a temperature of 38.2',
      'my 2 month old is floppy and not waking properly',
      "my 5 week old hasn't fed since this morning and is very sleepy",
      "my 10 week old has a rash of purple spots that don't fade under a glass",
      'baby is 7 weeks, the soft spot on her head is bulging and she has a fever',
    ],
    lookAlikes: [
      "my 2 year old has a temperature of 38.5, she's drinking well and playing, should I give calpol",
      'my newborn hiccups a lot after feeds, is this normal',
      'my 3 week old grunts and squeaks when asleep, is that ok',
      'my 6 week old spits up a bit of milk after most feeds but is gaining weight',
    ],
  },
  {
    // RCOG: heavy bleeding or pain in pregnancy is an emergency; spotting in early pregnancy without pain or heavy loss is
    // not. A red eye without pain or loss of vision is not an eye emergency.
    kind: 'bleeding or pain in pregnancy, or early spotting without pain, or a red eye without pain',
    emergencies: [
      "i'm 30 weeks pregnant and bleeding heavily, soaked two pads",
      'im 12 weeks pregnant and have really bad pain on one side and some bleeding',
      '34 weeks pregnant, severe constant tummy pain and my bump is rock hard',
    ],
    lookAlikes: [
      "I'm 7 weeks pregnant and had a bit of brown spotting today, no pain, is this normal",
      '6 weeks pregnant and I noticed some light pink spotting when I wiped, no cramps',
      'my eye is red and a bit itchy, no pain and my vision is fine',
    ],
  },
];

describeKindsByRulesAndProduct('session 57: English stroke, seizure, head injury, infants and pregnancy (%s)', KINDS);
