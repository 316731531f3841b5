import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false-alarm kinds of session 62 in chest pain, breathing, poisoning, self-harm and the wording model's own
 * adds (issue 11's false-positive goal): messages a clinician applying the protocol sends to the GP, a pharmacist, the
 * allergist or a talk with the mental-health team, each beside emergencies that share their words and must still be
 * flagged. Written from the protocols (MTS and NHS 111 chest pain, NICE CG95, TOXBASE and NPIS, RCUK anaphylaxis,
 * Columbia, NICE NG225, NHS carbon monoxide), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // MTS chest pain: a pain the patient's own pressing, twisting or reaching brings back, with the cardiac features
    // told absent, is the chest wall's (the GP). A cardiac feature, effort, rest or a clot's risk told beside it, or a
    // relative telling it, keeps it an emergency.
    kind: "a write-up's chest pain told as hurting when the patient presses on it or twists",
    emergencies: [
      'A 58-year-old man has chest pain that hurts when he presses on it, and it spreads to his left arm and he is sweating.',
      'A 62-year-old woman has had chest pain for an hour while resting; it hurts when she twists. She feels sick.',
      'A 45-year-old man gets chest pain when he walks up the stairs; it hurts when he presses on his chest too. No sweating.',
      'A 30-year-old woman who flew back from Australia yesterday has chest pain that hurts when she breathes in and when she twists; no sweating.',
      'My dad, 60, has chest pain, it hurts when he presses on it, he is not breathless. Should he go to A&E?',
    ],
    lookAlikes: [
      'A 29-year-old man has had sharp chest pain on the left side for two days since judo. It hurts when he presses on his ribs and when he twists, and he is not breathless. Where should he go?',
      'A 40-year-old woman has had a sore spot on the right of her chest since moving house; it hurts if she pushes on it or reaches up. No sweating, pulse 76. Where should she go?',
      'Woman, 52, chest pain under her left breast for 4 days since gardening, hurts when she stretches or twists, no shortness of breath, no nausea. GP or A&E?',
    ],
  },
  {
    // RCUK anaphylaxis and TOXBASE: a food a child is allergic to, eaten by mistake, is no medicine error; the allergy
    // rule reads its own signs. A medicine, a product, a plant or a berry taken by accident stays a poisoning, and
    // swelling or wheeze after the food stays anaphylaxis.
    kind: 'an allergen food eaten by accident, with hives that settled',
    emergencies: [
      'My son has a peanut allergy and accidentally ate a biscuit with nuts, now his lips are swelling and he is wheezing and struggling to breathe',
      'my 3 year old accidentally swallowed some of my tablets, not sure how many',
      "My daughter, 2, accidentally drank some of the dishwasher liquid, she's coughing and drooling",
      "my son accidentally took his brother's ADHD medicine this morning, he's 5",
      'my toddler accidentally ate a berry from the hedge and is now vomiting and drowsy',
    ],
    lookAlikes: [
      "My daughter is 7 and allergic to egg. She accidentally ate a slice of cake at a party that had egg in it and came up in a few blotches, gone after cetirizine. She's breathing fine and her lips look normal. Do I need to call anyone?",
      "my boy (6) accidentally ate a cookie with peanuts in it at school, he's got a peanut allergy, just a tingly mouth which settled, no swelling no wheeze. gp or allergy clinic?",
      'My son, 5, has a known egg allergy and accidentally had a bite of a quiche at his nan’s. A few hives round his mouth went after an antihistamine, no breathing trouble. Should I tell the allergist?',
    ],
  },
  {
    // Columbia and NICE NG225: a wish to die said in a moment and denied when asked directly about thoughts of killing
    // oneself is the lowest grade, for a talk with the GP or the team. A plan, a means, a time, an attempt or a denial
    // that is taken back keeps it an emergency.
    kind: 'a wish to die said in a moment and denied when asked',
    emergencies: [
      'My son said he wanted to die. When I asked him he said he has no thoughts of killing himself but he has been saving up his tablets.',
      "She said she wants to die. Asked directly, she said she isn't suicidal, but tonight she gave away her things and wrote a note.",
      'My brother tried to kill himself last night. When asked today he says he has no thoughts of killing himself now.',
      "I want to die. I'm not suicidal I guess, but I have the pills here.",
      'He says he wants to die and has a plan to jump off the bridge. When asked if he has thoughts of killing himself he said no.',
    ],
    lookAlikes: [
      "My daughter said she wanted to die after her exam results came out. When I asked her straight, she said she isn't suicidal, she was just upset. Should she see the GP?",
      'A 16-year-old told his teacher he wanted to be dead after being dropped from the team. Asked directly, he denies any thoughts of ending his life and says he was just gutted. Who should follow this up?',
      'My husband said "I just want to die" when he lost his job. I asked him about it and he said he doesn\'t actually want to die, he was just angry. Should he talk to someone?',
    ],
  },
  {
    // TOXBASE: paracetamol under 75 mg/kg in 24 hours needs no blood test. A total told in brackets after the count
    // ("8 tablets (4 g)") is the total, not a tablet's strength: no tablet is stronger than a gram. Over the threshold
    // it stays an emergency.
    kind: 'paracetamol under its threshold, the total told in brackets after the count',
    emergencies: [
      'I weigh 50 kg and took 10 paracetamol tablets (5 g) in one go this morning.',
      "I'm 60 kg, took 16 paracetamol (8 g) today, feel fine",
      'she is 40 kg and swallowed 8 tablets (4 g) of paracetamol an hour ago, feels fine',
    ],
    lookAlikes: [
      'I weigh 70 kg and took 7 paracetamol today (3.5 g) for a migraine because I lost my place in the day. I feel fine, no sickness. Is that ok?',
      'My husband is 90 kg, he took 10 paracetamol tablets (5000 mg) over the day yesterday for his back. He feels well. Does he need to go in?',
    ],
  },
  {
    // NPIS TOXBASE: an irritant's fumes whose cough or headache settled in fresh air need no hospital. Carbon monoxide
    // (a boiler, an alarm, an engine) harms after the fresh air, and a breath still short stays an emergency.
    kind: 'fumes whose symptoms cleared in fresh air',
    emergencies: [
      'We all had headaches and felt sick at home, went outside into fresh air and felt better, the boiler is old and the CO alarm was beeping',
      "I mixed bleach and ammonia and the fumes made me cough, went outside for fresh air but I'm still wheezing and short of breath",
      'My son breathed in fumes from the bleach, we got him into fresh air but he is still struggling to breathe and his lips look blue',
    ],
    lookAlikes: [
      "My husband was painting the spare room with the windows shut and got a headache and felt light-headed and sick. He's been sitting in the garden in the fresh air and feels fine now. Should he see someone?",
      'A 50-year-old cleaner felt wheezy and sick after using a strong chemical spray in a small office; after 30 minutes in fresh air she is breathing normally and feels well. What should she do?',
      '15-year-old at the leisure centre pool, coughing for a few minutes after a strong chlorine smell by the changing rooms; it cleared with fresh air, now chest clear, sats 98%.',
    ],
  },
  {
    // NHS 111 breathing problems: breathlessness with nerves that has ended, told as the person calm and breathing
    // normally once back, goes to no ambulance. A pain still there, a baby who stopped breathing or a collapse stays.
    kind: 'breathless with nerves, told calm and breathing normally once back',
    emergencies: [
      'My dad was short of breath and sweating with chest pain. Back home he is calm but the pain is still there.',
      'My baby stopped breathing and went blue for a minute. Now she is breathing normally.',
      'She collapsed and was not breathing. Back home she is calm.',
    ],
    lookAlikes: [
      'A 40-year-old woman on a zip line says she was breathless and shaking with nerves at the top. Back on the ground she is calm, breathing normally and asking whether she can book another ride. What should she do?',
      'My son, 12, was breathless and panicky on the rollercoaster. Back home he is calm and breathing normally. Should he avoid rides?',
      'A 30-year-old man was short of breath and trembling before his speech at the wedding. Ten minutes later he was calm and breathing normally. Does he need anything?',
    ],
  },
  {
    // NHS 111 answers a question asked ahead of a course with advice: a colleague's words supposed in a question, asked
    // before the writer's first aid course, tell no one's state. A colleague who said it today, or an overdose told as
    // taken, is read.
    kind: 'a question asked ahead of a first aid or safeguarding course',
    emergencies: [
      'My colleague told me today she is thinking of ending her life. Asking before I start the mental health first aid course, what should I do?',
      'If he takes more pills what do I do? He took 30 paracetamol an hour ago. Asking before I start my first aid course.',
    ],
    lookAlikes: [
      "I'm a first-aider at a garden centre. If a colleague told me they were thinking of ending their life, what should I say and who should I call? Asking before I start the mental health first aid course.",
      "What should I do if someone collapses and isn't breathing? Asking before I do the first aid course at work.",
    ],
  },
  {
    // BTS/SIGN asthma: a tight, wheezy chest that recurs over days beside its airway trigger is asthma's pattern, for the
    // GP. A cardiac feature, a failing reliever or a tightness that effort brings stays an emergency.
    kind: 'a tight wheezy chest recurring over days beside hay fever or pollen',
    emergencies: [
      "tight chest and wheezy, can't finish a sentence, inhaler not helping",
      'my chest is tight and wheezy and now the pain is going into my left arm',
      "I've had a tight wheezy chest every night this week and tonight it's crushing and I'm sweating",
    ],
    lookAlikes: [
      'working at the nursery, tight chest and wheezy every afternoon this week, hay fever season. no inhaler. gp or pharmacy?',
      'Tight chest and a bit wheezy every evening this week since the pollen went up, no inhaler yet. Can the pharmacist help?',
    ],
  },
  {
    // A character's emergency in a film or a story being written is nobody's state (NHS 111 answers it with
    // information). The writer's own state, or someone of theirs now, beside the story is read.
    kind: "a film's or a novel's emergency asked about",
    emergencies: [
      "I'm writing a novel but right now my own chest is crushing and I feel sick",
      'My son watched a film about an overdose and has just taken 20 pills',
      "I'm writing a story and I have crushing chest pain going into my arm",
      'In the film a character took an overdose. My daughter took 30 paracetamol an hour ago.',
    ],
    lookAlikes: [
      "In the movie the hero has a heart attack while running, clutching his chest. Is that realistic? I'm writing a novel.",
      "I'm writing a story where a character takes an overdose of sleeping pills. How long would it take for her to be found unconscious?",
      "My main character is a nurse whose patient stops breathing after an asthma attack. What would she do first? I'm a novelist.",
    ],
  },
  {
    // Drowning at, with or under a load of work is a figure; in water it is an emergency.
    kind: 'drowning at work as a figure',
    emergencies: [
      'my son is drowning in the pool help',
      'A man is drowning at the beach, he went under',
      'She was drowning at the lake and was pulled out not breathing',
    ],
    lookAlikes: [
      "I'm drowning at work haha, so many emails. Any tips for stress?",
      "Honestly drowning under deadlines this month and can't sleep. Any tips?",
    ],
  },
  {
    // NICE NG115 and the BTS oxygen guideline: COPD breathlessness at the person's usual with the saturation inside
    // their target is the rescue pack and the GP. A saturation under the target, confusion or chest pain is not.
    kind: "COPD breathlessness told at the person's usual, the saturation inside the target",
    emergencies: [
      'A 68-year-old man with COPD has saturations of 84% on air; his target range is 88-92%. He is at his usual breathlessness.',
      'My dad has COPD, sats 90 (usual 88-92), as breathless as usual but he is confused and drowsy today.',
    ],
    lookAlikes: [
      'A 70-year-old man with COPD has saturations of 90% on air; his target range is 88-92%. He is at his usual breathlessness. What should he do?',
      'Mum has COPD, sats 91 today, her usual is 88 to 92, she is no more breathless than usual, just wants a repeat inhaler.',
    ],
  },
  {
    // Columbia: thinking about not waking up is a passive wish to be dead, never someone who cannot be woken. Someone
    // not waking, or the wish beside a means and a time, is an emergency.
    kind: 'thinking about not waking up, with plan and intent denied',
    emergencies: [
      "My dad is not waking up, I've been shaking him for five minutes",
      'She has taken pills and is not waking up',
      "I keep thinking about not waking up and I've saved up 40 tablets for tonight",
    ],
    lookAlikes: [
      'A 19-year-old student says she sometimes thinks about not waking up, but she has no plan and no intention and has a safety plan from her GP. She wants to know about counselling.',
      'My husband says he thinks about not waking up some mornings, he has no plan and would never act on it, and he has a safety plan with his therapist. How do I support him?',
    ],
  },
  {
    // The BNF and a pharmacist answer a question about a medicine taken as prescribed; a symptom, a fall, a bleed or a
    // child who got into the tablets is what the rules read as an emergency.
    kind: 'a question about a high-risk medicine taken as prescribed',
    emergencies: [
      'My grandad takes warfarin and fell and hit his head, he is drowsy. Can he take paracetamol?',
      'My dad takes digoxin and is seeing yellow halos and feels sick, can he take his dose?',
      'My mum takes warfarin and her nose has been pouring blood for an hour, can she take anything?',
      "My 2 year old got into grandad's warfarin and digoxin tablets, can we give him anything?",
    ],
    lookAlikes: [
      'My grandad takes warfarin, digoxin and bisoprolol. Can he take paracetamol for his knee pain?',
      "I take methotrexate 10mg on Mondays. I forgot it this Monday and it's now Wednesday. Should I take it today or wait till next Monday?",
    ],
  },
];

describeKindsByRulesAndProduct('English false-alarm kinds, session 62 (%s)', KINDS);
