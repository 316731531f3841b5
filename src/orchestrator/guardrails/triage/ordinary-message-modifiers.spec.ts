import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Ordinary messages in the styles of health-chatbot prompts (context, then a question) and case
 * vignettes, each beside an emergency twin that must still fire. Written before any labelled
 * false alarm was read, in words none of the labelled sets uses.
 */

describe('EmergencyTriage, ordinary messages: an episode that has resolved', () => {
  it.each([
    "Hi, some background: I'm 34, I had a nosebleed after sneezing on the train this morning, it poured for a few minutes then stopped with pressure and I've been completely fine since. Should I see anyone about it?",
    'A 27-year-old woman reports she choked on a piece of steak at dinner, coughed it up herself within seconds and has been breathing normally since, eating and talking fine. Does she need follow-up?',
    "My son had a febrile convulsion two days ago, the paramedics checked him, he's back to his usual cheeky self and playing with his trains now. How do I bring his temperature down if it goes up again?",
    "Context: my dad went a bit woozy standing up from a hot bath, sat down for a minute and it passed, he's been pottering in the garden all afternoon. Is it the hot water?",
    "I got stung by a wasp on the arm at lunch, it swelled up round the sting and itched, the swelling's gone down now and I'm fine. Do I need antihistamine tonight?",
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "Hi, some background: I'm 34, my nose has been pouring blood for forty minutes, pinching does nothing and I feel faint. Should I see anyone about it?",
    'A 27-year-old woman choked on a piece of steak at dinner, cannot cough or speak and is clutching her throat. Does she need follow-up?',
    'My son is having a convulsion right now with a high temperature, it has gone on for eight minutes. How do I bring his temperature down?',
    "Context: my dad passed out getting up from the bath and hit his head on the tap, he's confused about where he is. Is it the hot water?",
    'I got stung by a wasp at lunch and now my tongue is swelling and my voice is going hoarse. Do I need antihistamine?',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage, an episode that passed but still needs care now', () => {
  it.each([
    "Yesterday my husband's left arm went weak and his speech came out garbled for about twenty minutes, then it all came back and he feels normal now. Can this wait until his GP appointment next week?",
    'A 70-year-old man had crushing central chest pain at rest last night lasting half an hour that eased by itself; he feels fine this morning. Does he need to be seen?',
    "My 4 month old went limp and blue for about half a minute during a feed, she's pink and feeding again now. Should I mention it to the health visitor?",
    "My teenage son keeled over with no warning while playing football, came round after a few seconds and says he's fine now. Should we just let him rest?",
    'Half an hour after his antibiotic injection at the clinic his throat swelled and he wheezed, it settled after the EpiPen and he feels ok now. Can we go home?',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage, ordinary messages: hypothetical or conditional questions', () => {
  it.each([
    'My toddler has a cold and a mild temperature today. What should I do if he ever has a fit from a high temperature, is there anything I should keep at home?',
    "Planning a hiking trip to the Alps next month. In case my friend gets altitude sickness and can't breathe properly up there, what should we carry?",
    "Would it be an emergency if a child swallowed one of those small button batteries? I'm childproofing the house before my grandson visits.",
    'My mum worries that every headache she gets means a brain bleed, she had a normal scan last year. How can I reassure her?',
    "Is it true that pins and needles in your hand means you're having a stroke? I get it when I sleep on my arm.",
    "Quick question for a first aid course I'm writing: if someone is bleeding heavily from a cut to the thigh, how long should you press on it?",
    "Suppose my dad took his blood thinner twice by mistake one day, would that be dangerous? He's careful but I want to know.",
    "If my waters break at 36 weeks and there's some blood in them, do I go straight to the hospital or ring first? I'm 33 weeks now and fine.",
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "My toddler has a cold and a high temperature and has just started fitting, he's jerking all over. What should I keep at home?",
    "We are hiking in the Alps and my friend can't breathe properly, his lips are grey and he is coughing pink froth. What should we do?",
    "My grandson just swallowed one of those small button batteries from the remote. I'm childproofing the house.",
    "My mum has the worst headache of her life, it came on like a thunderclap while she was gardening and she's vomiting. How can I reassure her?",
    "I suddenly can't feel my right hand and the right side of my face has gone droopy, it started ten minutes ago.",
    "Someone cut their thigh on a glass door and it's spurting blood everywhere, I'm pressing on it. How long should I press on it?",
    "My dad took his blood thinner twice by mistake today and now he's vomiting blood. Would that be dangerous?",
    'My waters broke at 36 weeks and there is a lot of bright red blood coming out with clots. Do I go straight to the hospital?',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage, ordinary messages: a known episode with its usual course', () => {
  it.each([
    "My 15-year-old gets her usual migraine aura, zigzag lines for twenty minutes then a headache, same as always; she's had them since she was 11. Can she take ibuprofen at school?",
    "I'm having one of my typical panic attacks, heart pounding and shaky hands, it's the same as the others and my therapist taught me breathing. Any other tips to ride it out?",
    'He gets these faints at the sight of blood, always has, went pale and slid down the wall at the blood test today then was fine after a drink. Is there a way to stop it?',
    'A 40-year-old with known epilepsy had one of her usual brief absence spells at work, over in seconds, back to normal immediately. Her manager asks whether she needs to go home.',
    'My cluster headaches are back, the usual stabbing pain behind my right eye every night at 2am for about an hour, the same pattern as every spring. Can oxygen help?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'My 15-year-old has zigzag lines and now one side of her body has gone weak and her words are jumbled, it has never happened before. Can she take ibuprofen?',
    "I'm 58 and my heart is pounding with a heavy pain spreading to my jaw and I'm drenched in sweat, I've never had this before. Any tips to ride it out?",
    "He fainted at the blood test today, slid down the wall and has not woken up, he's breathing noisily. Is there a way to stop it?",
    'A 40-year-old with known epilepsy has been fitting at work for seven minutes and is not stopping. Her manager asks whether she needs to go home.',
    'I have a sudden stabbing pain in my right eye and my vision in that eye has gone blurry, the eye is red and I am being sick. Can oxygen help?',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage, ordinary messages: idioms and figures of speech', () => {
  it.each([
    "I'm drowning in paperwork at the clinic and my boss is about to have a heart attack over the targets, any tips for stress relief?",
    "My flatmate's cooking is killing me, every night it's chilli so hot my mouth is on fire. Can spicy food damage the stomach?",
    "The kids were bouncing off the walls all day and I'm absolutely dead on my feet, is it normal to be this tired in the third trimester?",
    'That exam nearly gave me a stroke, my head was spinning with all the formulas. How do I sleep better before the next one?',
    'My grandad says he nearly choked laughing at the comedy show last night. Good for the lungs?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'My boss collapsed at the clinic clutching his chest and is not breathing, what do we do?',
    "My flatmate drank drain cleaner by mistake, his mouth is burning and he's drooling and struggling to swallow. Can this damage the stomach?",
    "I'm in the third trimester and my vision went spotty, I have a pounding headache and my face has puffed up since this morning. Is it normal?",
    "During the exam my head started spinning, my face went numb on one side and I couldn't get my words out. How do I sleep better?",
    "My grandad choked on a boiled sweet and can't get any air in, his face is going purple.",
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage, ordinary messages: a side effect told as expected', () => {
  it.each([
    "Started metformin last week, I've got the loose stools and tummy rumbling the leaflet warned about. Does it settle?",
    'A 60-year-old man on a new blood pressure tablet mentions his ankles have swollen a bit as the pharmacist said they might. Should he keep taking it?',
    'After my chemo yesterday I feel sick and tired, which the nurses said is expected for the first couple of days. What can I eat?',
    "The mirena coil went in on Monday and I've had cramps and spotting since, the nurse said that's normal for a few days. When should it stop?",
    'My arm is sore and I felt a bit shivery the night after my flu jab, as expected. Can I take paracetamol?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "Started metformin last week, now I'm vomiting non-stop, breathing deep and fast and very drowsy. Does it settle?",
    "A 60-year-old man on a new blood pressure tablet says his lips and tongue swelled up within an hour and he's struggling to swallow. Should he keep taking it?",
    "After my chemo last week I'm shivering with a temperature of 38.6 and feel awful. What can I eat?",
    "The coil went in on Monday and now I have severe pain on one side, I'm bleeding through a pad every half hour and feel faint. When should it stop?",
    'Ten minutes after my flu jab my face swelled, my throat feels tight and I came out in hives all over. Can I take paracetamol?',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage, ordinary messages: negation in lists and write-up shorthand', () => {
  it.each([
    'My 6 year old has had a temperature of 38.2 since yesterday; no rash, no stiff neck, not bothered by light, drinking and weeing fine. Calpol dosing?',
    '45M, 2/7 productive cough, afebrile, no SOB, no chest pain, no haemoptysis, sats 98% RA. Antibiotics indicated?',
    '30F, headache x3 days, denies visual disturbance, denies weakness, no vomiting, no neck stiffness, obs normal. Advice?',
    "My dad slipped on the stairs and banged his head. He didn't black out, hasn't been sick, isn't confused and isn't on blood thinners, just a bump. Ice pack okay?",
    'Vignette: 52-year-old woman with indigestion after a large meal; denies chest pain, sweating, breathlessness or arm pain. Antacid appropriate?',
    "I'm feeling low since the breakup but I'm not having any thoughts of hurting myself and have no plans to end my life. Can you suggest some self-help books?",
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "My 6 year old has a temperature of 39.5, a rash that doesn't fade under a glass and a stiff neck. Calpol dosing?",
    '45M, 2/7 productive cough, now SOB at rest, sats 86% RA, RR 32, central chest pain. Antibiotics indicated?',
    '30F, sudden severe headache 1 hour ago, vomiting, neck stiffness, photophobia. Advice?',
    "My dad slipped on the stairs and banged his head, he's been sick three times and keeps asking the same questions. Ice pack okay?",
    'Vignette: 52-year-old woman with heavy chest pain spreading into her left arm, sweating and short of breath after a large meal. Antacid appropriate?',
    "I'm feeling low since the breakup and I've been thinking of ending my life, I've got the pills saved up. Can you suggest some self-help books?",
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage, ordinary messages: normal infant behaviour, past events, routine questions, everyday mishaps', () => {
  it.each([
    "My 3 week old sneezes a lot and her breathing sounds snuffly when she feeds, she's pink, feeding well and has lots of wet nappies. Is that normal for newborns?",
    "My 2 month old's hands and feet look a bit bluish when he gets cold after his bath but his lips and face are pink. Normal?",
    'Back in 2015 I had a pulmonary embolism after a long-haul flight and was on warfarin for six months. What precautions for a 12-hour flight next month?',
    'Routine question: how often should a 70-year-old on warfarin have their INR checked?',
    'I sliced my thumb cutting a bagel, it bled for a bit and stopped with a plaster. Do I need a tetanus jab?',
    'I sat in the sun at the beach too long and got a pink sunburn on my shoulders that stings a bit. Best after-sun?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'My 3 week old is breathing really fast with her ribs sucking in and is too breathless to feed. Is that normal?',
    "My 2 month old's lips and face went blue and he's hard to wake. Normal?",
    "I'm on a long-haul flight and my calf is swollen and now I'm suddenly breathless with a sharp chest pain when I breathe in. What precautions?",
    'My 70-year-old on warfarin fell and now has a huge swelling on his head and is getting drowsy.',
    "I sliced deep into my thumb cutting a bagel and it won't stop bleeding after twenty minutes of pressure, it's soaking through towels.",
    'After a long day in the sun my brother is confused, very hot, not sweating and has stopped making sense. Best after-sun?',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});
