import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English long chatbot prompts that tell an alarm word's episode as over, as someone else's story, as something read
 * about, as a plan or as an everyday dose (issue 11: the held-out chatbot prompts' false alarms), each kind beside
 * emergency twins that share its words and tell a red flag now: a new finding today after the episode care met, the
 * relative's old story come back today, a finding told now after what was read. Written from the protocols (NICE NG232
 * head injury discharge advice, NICE CG95 chest pain assessed, NHS febrile seizure aftercare, TOXBASE therapeutic
 * excess) and from how people write, never from a labelled set.
 *
 * Run first on the unchanged rules (main 9961355): every emergency flagged by the rules and the product, every
 * look-alike flagged by the product; see the commits that wrote this file.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // Care met the episode and the person is well since: NICE NG232 sends a well patient with a clear scan home with a
    // list of what to come back for. A finding told as new, now or again anywhere in the message is read.
    kind: 'an episode dated days or weeks back that care has already met, well since',
    emergencies: [
      "My grandad fell and hit his head on Sunday, the hospital did a scan which was clear and sent him home. Since this morning he's been vomiting and really drowsy and confused.",
      "I went to A&E last week with chest pain and the ECG was normal. Now I have crushing chest pain again and I'm sweating.",
      "Our daughter had a febrile seizure three days ago and was checked at the children's hospital. She is fitting again right now and it has been 6 minutes.",
      "He had a fit last week and was seen at A&E. He had another one this morning that lasted 10 minutes and he still isn't answering us.",
      "My husband was in hospital last month with a clot in his leg and the scan showed it. Today he suddenly can't catch his breath and is coughing up blood.",
      "She hit her head on Monday and the CT was normal, she's been fine since. She just had a fit and is still jerking.",
      "He had a seizure last week, the hospital checked him and he's been fine since. He's not breathing properly now and his lips are blue.",
      "I took an overdose on Friday, was kept in and had the antidote, fine now. I've just taken another 20 tablets.",
      'Took 30 paracetamol two days ago, went to A&E but left before the bloods. I feel fine.',
      'My husband was treated in hospital last week for a clot, he coughed up blood and collapsed.',
      // Review V25, 11:11: a later event after a turn in the met episode's own sentence.
      "Last week the GP checked my dad's chest pain and said the ECG was normal, but yesterday evening he had crushing pain in his chest and collapsed in the garden. Should we book a GP appointment?",
    ],
    lookAlikes: [
      "My grandad fell and hit his head on Sunday; the hospital did a scan which was clear and sent him home, and he's been his usual self since. How long should we keep an eye on him?",
      'I ended up in A&E on Friday night with chest pains. Bloods and ECG were all normal and they said it was probably a pulled muscle. I feel fine now. When can I go back to the gym?',
      "Our daughter had a febrile seizure three days ago and was checked at the children's hospital. She has been running around as normal since. Should we cancel her nursery trip?",
      "Two weeks ago my nephew was knocked out falling off a trampoline. He was scanned at hospital, it was clear, and he's been fine since. When can he go back on it?",
      'my partner collapsed at work a few weeks back, got taken in, all the heart tests were fine. hes asking if he can drink at the wedding this weekend',
    ],
  },
  {
    // A date years back places the story; the sentences that go on telling it in the past, tied to it (what was said of
    // it, "back then") or ended after it ("well ever since"), are the same history. A sentence told now, today or
    // again, or a past event with no tie (review V25: "He went grey, clutched his chest and collapsed"), is read.
    kind: "a relative's past story told on in the sentences after its date",
    emergencies: [
      "My late father had a heart attack at 62. He said it felt like an elephant sitting on his chest. I've had that same crushing feeling for the last half hour and I'm sweating.",
      "Mum had a stroke in 2019. Her face dropped and she couldn't talk. This morning her face has dropped again and her speech is slurred.",
      'My brother had anaphylaxis to peanuts years ago. His throat closed up. He has just eaten a cake with nuts and his lips are swelling.',
      // Review V25, 11:11: today's event told in the past tense with no time word, after a remote date.
      'My dad had a heart attack in 2015. He went grey, clutched his chest and collapsed on the kitchen floor. What do I do?',
      "My mum had a small stroke in 2019 and recovered well. She couldn't lift her right arm when she woke up and her speech was slurred. What should I do?",
      'My daughter had an anaphylactic reaction to peanuts in 2020. She ate a satay skewer at the party, her lips swelled up and she was wheezing. Her EpiPen is at home. What should I do?',
      'My father had bypass surgery in 2012. He was short of breath lying down, his ankles swelled and he coughed pink froth all night. Should I take him to the GP tomorrow?',
      'I was diagnosed with asthma in 2001. I used my blue inhaler ten times and it did nothing, my lips went blue and I could only say a word at a time. What else can I take?',
      "I took an overdose in 2017 and was treated in hospital. I took forty of my mum's sleeping tablets and I feel really drowsy. Will they be able to help me like last time?",
      // Review V25, 11:45: words of any narrative tie nothing to the old date.
      'My dad had a heart attack in 2015. He went grey, then clutched his chest and collapsed on the kitchen floor. What do I do?',
      "My son was diagnosed with epilepsy in 2016. He had a fit at the swimming pool and afterwards he didn't wake up properly, the lifeguard said he was blue. Is that normal for him?",
      "My mum had a small stroke in 2019. She told me her vision went dark on one side and then she couldn't find her words. Should I call her GP?",
      'My grandad had a heart attack in 2010. He felt sick, then went clammy and said his chest was crushing him. Should we wait and see?',
      // Review V25, 12:05: an end told of someone else, of the last time, or cut off by today ends nothing.
      'My dad had a heart attack in 2015. He went grey, clutched his chest and collapsed on the kitchen floor. My uncle died of one, will he be ok?',
      "My mum had a small stroke in 2019. She couldn't lift her right arm when she woke up and her speech was slurred. She recovered last time, so should we just wait?",
      'My son was diagnosed with epilepsy in 2016. He had a fit at the pool that lasted 10 minutes and he went blue. He has been well ever since his diagnosis until today. What should I do?',
    ],
    lookAlikes: [
      "My late father had a heart attack at 62. He said it felt like an elephant sitting on his chest. I'm 45 now, what checks should I ask my GP for?",
      'My dad had a heart attack in 2015. He went grey and clutched his chest and the paramedics took him in. He had a stent and has been well ever since. Should he still take aspirin?',
      "My daughter had an anaphylactic reaction to peanuts in 2020. Her lips swelled up and she was wheezing. She's fine now and carries an EpiPen. Should the school keep a spare?",
      "My mum had a small stroke in 2019. She couldn't lift her right arm and her speech was slurred. She recovered fully. Can she drive?",
    ],
  },
  {
    // What was read or heard names a class of findings, like a leaflet's list; a clause that names anyone after the cue
    // (a person, a pronoun or possessive, reported speech, a reason, a colon) or a time of now keeps every finding in it.
    kind: 'findings named as the topic of something read or heard',
    emergencies: [
      "I read about blood clots after long flights and now my calf is swollen and I'm breathless and coughing blood since I landed.",
      "I've read scary stories about dry drowning. My son went under at the pool an hour ago and now he's coughing nonstop and struggling to breathe.",
      "Saw a post about meningitis on Facebook. My baby has a rash that doesn't fade under a glass and she's floppy.",
      "I read about sepsis, my dad's skin is mottled and he's not making sense.",
      "Watching a video about strokes when my husband's face suddenly drooped and he can't lift his arm.",
      'Heard about button batteries on the news, my son swallowed one an hour ago and is drooling.',
      "I read that chest pain and sweating can be a heart attack, I have crushing chest pain and I'm sweating.",
      // Review V25, 11:28: the case told after the cue, by anyone named, however long the way back.
      "I've seen so much about sudden cardiac arrest in young athletes, my 16 year old son collapsed on the pitch and isn't breathing.",
      "I'm watching a YouTube video about back blows on how to help my baby who is choking and turning blue, is that right?",
      "My sister read about meningitis and says my nephew, 2, has the purple rash that doesn't fade and a stiff neck. Should she ring the GP?",
      'I heard on the radio that a sudden severe headache can be a bleed, worst headache of my life hit me like a thunderclap at the gym.',
      'I read up on carbon monoxide because the whole family has headaches and is being sick, and my son fainted by the boiler.',
      "Been reading articles about sepsis for an hour trying to work out if that's what my mum has: mottled legs, confused, breathing fast, not peed since morning.",
    ],
    lookAlikes: [
      'What are the signs of a clot in the lung to watch for after my long flight? I read about breathlessness and coughing blood.',
      "I've read scary stories about dry drowning. We're off on holiday to a villa with a pool next week, what should I watch for?",
      "My friend shared an article about sepsis, about mottled skin and not passing urine, and now I'm scared. How common is it in adults?",
      'Heard on the radio that a sudden severe headache can be a bleed on the brain. Is that true for migraines too?',
    ],
  },
  {
    // A condition planned for, then what to keep or carry, or what others would do: "keep" tells a state going on only
    // with what keeps happening ("she keeps going blue"). A report told after the question is read.
    kind: 'a plan for a condition that may come, asking what to keep or who would act',
    emergencies: [
      "If he got chest pain on the plane what should we tell the cabin crew? He has it now, he keeps clutching his chest and he's grey and sweating.",
      'What should we do if she goes blue, she keeps going blue and floppy right now',
      'If my dad has chest pain and is sweating right now would the ambulance come quicker?',
      'If my son took 20 of my tablets an hour ago would the hospital pump his stomach?',
    ],
    lookAlikes: [
      'My dad has angina and we fly to Spain next month. If he got chest pain on the plane what should we tell the cabin crew, and can he keep his GTN spray in his hand luggage?',
      'If my daughter had an asthma attack at camp, would the leaders know what to do, and can she keep her inhaler in her tent?',
    ],
  },
  {
    // TOXBASE: one extra adult dose inside the day's limit is a pharmacist's question; a count of three or more, a whole
    // packet, dosing told as repeated or anyone unwell beside it is read.
    kind: 'one standard dose counted twice through a second product, asked about',
    emergencies: [
      'Which symptoms would mean I should see a doctor after I took 16 paracetamol this morning and then realised my cold remedy also had paracetamol in it?',
      "I've taken 8 paracetamol today and then realised my cold and flu sachets also had paracetamol in them, I've had 4 of those too.",
      "I took 2 paracetamol this morning and my flu capsules also have paracetamol, I've had them every 2 hours all day.",
      'I took the whole packet of paracetamol and my cold remedy also had paracetamol.',
    ],
    lookAlikes: [
      'Which symptoms would mean I should see a doctor after I took two paracetamol an hour ago and then realised my cold remedy also had paracetamol in it?',
    ],
  },
];

describeKindsByRulesAndProduct('English long prompts (session 43), %s', KINDS);
