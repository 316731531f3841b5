import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Ordinary messages in the styles of health-chatbot prompts (context, then a question) and case
 * vignettes, each kind beside emergency twins that must still fire. Written before any labelled
 * false alarm was read, in words none of the labelled sets uses.
 */

describe('EmergencyTriage, ordinary messages: an episode that has resolved', () => {
  it.each([
    "Hi, some background: I'm 34, I had a nosebleed after sneezing on the train this morning, it poured for a few minutes then stopped with pressure and I've been completely fine since. Should I see anyone about it?",
    'A 27-year-old woman reports she choked on a piece of steak at dinner, coughed it up herself within seconds and has been breathing normally since, eating and talking fine. Does she need follow-up?',
    "My son had a febrile convulsion two days ago, the paramedics checked him, he's back to his usual cheeky self and playing with his trains now. How do I bring his temperature down if it goes up again?",
    "Context: my dad went a bit woozy standing up from a hot bath, sat down for a minute and it passed, he's been pottering in the garden all afternoon. Is it the hot water?",
    "I got stung by a wasp on the arm at lunch, it swelled up round the sting and itched, the swelling's gone down now and I'm fine. Do I need antihistamine tonight?",
    "I'm 29 and had an asthma flare on Saturday, needed my blue inhaler every couple of hours but it has calmed right down, I'm sleeping through and breathing easily again. Should I still book a review with the asthma nurse?",
    "My daughter bumped her head on the coffee table yesterday, cried straight away, had a small lump, and today she's running around, eating and herself. When can she go back to gymnastics?",
    "Background: my husband felt lightheaded in the queue at the supermarket on a hot day, sat on the floor for a minute, had some water and was right as rain afterwards. He's 45 and healthy. Is it worth a GP visit?",
    'Patient vignette: 19-year-old had a single fit after a night without sleep last month, assessed in the first fit clinic, EEG booked, no further events. Can she drive?',
    'My breathing went funny and fast when I got the exam results, my hands tingled, I breathed into a paper bag and it settled after ten minutes. Was that a panic attack?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "Hi, some background: I'm 34, my nose has been pouring blood for forty minutes, pinching does nothing and I feel faint. Should I see anyone about it?",
    'A 27-year-old woman choked on a piece of steak at dinner, cannot cough or speak and is clutching her throat. Does she need follow-up?',
    'My son is having a convulsion right now with a high temperature, it has gone on for eight minutes. How do I bring his temperature down?',
    "Context: my dad passed out getting up from the bath and hit his head on the tap, he's confused about where he is. Is it the hot water?",
    'I got stung by a wasp at lunch and now my tongue is swelling and my voice is going hoarse. Do I need antihistamine?',
    "I'm 29 and my asthma is flaring, I've used my blue inhaler ten times in an hour and I can only say a couple of words between breaths. Should I book a review?",
    "My daughter bumped her head on the coffee table yesterday and today she's vomited four times and is very sleepy and hard to wake. When can she go back to gymnastics?",
    "Background: my husband felt lightheaded in the queue, then crumpled to the floor and is still not answering me, his breathing sounds like snoring. He's 45.",
    'Patient vignette: 19-year-old found having a fit in her room, now on her second fit without waking in between.',
    "My breathing is fast and I can't catch my breath, my lips are going blue and it won't settle. Was that a panic attack?",
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
    "We're going on a boat holiday with the grandchildren. If one of them fell in the water and swallowed some, what symptoms in the following hours would mean we need a doctor?",
    "My teenager is going to a festival. What should his friends do if someone there takes too many pills and won't wake up?",
    "My son's school asked us to fill in an asthma plan. At what point during an attack should we give up on the inhaler and call an ambulance?",
    'I keep worrying that my newborn could stop breathing at night. Are breathing monitors worth it?',
    "Asking for a leaflet I'm preparing for our care home staff: when a resident is found on the floor, how do we decide if they can be helped up or need an ambulance?",
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
    "My grandson fell off the boat and swallowed a lot of water, he's now coughing constantly and breathing fast and seems drowsy.",
    "My teenager's friend took too many pills at the festival and now he won't wake up.",
    "My son is having an asthma attack, the inhaler isn't helping, he's pulling in at the ribs and too breathless to talk.",
    'My newborn stopped breathing for about twenty seconds in his cot and went a bit blue before I picked him up.',
    "A resident in our care home was found on the floor, she can't get up, her hip looks twisted and she's confused.",
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
    "I get the same chest twinges every few weeks when I'm anxious, my cardiologist did a full workup last year including an angiogram and said my heart is healthy. How can I manage the anxiety?",
    'My sister has known vasovagal syncope; she faints now and then when she stands up too quickly in the heat, always comes round straight away. How can she prevent it?',
    'My husband has heavy nosebleeds every winter when the heating is on, they always stop with pinching in about ten minutes. Any tips to prevent them?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'My 15-year-old has zigzag lines and now one side of her body has gone weak and her words are jumbled, it has never happened before. Can she take ibuprofen?',
    "I'm 58 and my heart is pounding with a heavy pain spreading to my jaw and I'm drenched in sweat, I've never had this before. Any tips to ride it out?",
    "He fainted at the blood test today, slid down the wall and has not woken up, he's breathing noisily. Is there a way to stop it?",
    'A 40-year-old with known epilepsy has been fitting at work for seven minutes and is not stopping. Her manager asks whether she needs to go home.',
    'I have a sudden stabbing pain in my right eye and my vision in that eye has gone blurry, the eye is red and I am being sick. Can oxygen help?',
    "I get chest twinges sometimes but tonight it's a crushing pain that has lasted 40 minutes and I feel sick and sweaty.",
    "My sister fainted and hit her head on the kerb, there's blood pouring from her scalp and she's not making sense.",
    "My husband's nosebleed has gone on for an hour, it's pouring down his throat and he's gone pale and clammy. He's on warfarin.",
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
    'The smell of the new paint took my breath away, I had to open all the windows. Can fumes from emulsion paint be harmful?',
    'My granddad passed out on the sofa after Christmas dinner, snoring away as usual. Is it normal to be so sleepy after a big meal at 80?',
    'I nearly died of embarrassment when I fainted—well, almost—during my wedding speech. How do I calm nerves for public speaking?',
    'This traffic is giving me a heart attack, and my back is killing me from the drive. Any stretches for long journeys?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'My boss collapsed at the clinic clutching his chest and is not breathing, what do we do?',
    "My flatmate drank drain cleaner by mistake, his mouth is burning and he's drooling and struggling to swallow. Can this damage the stomach?",
    "I'm in the third trimester and my vision went spotty, I have a pounding headache and my face has puffed up since this morning. Is it normal?",
    "During the exam my head started spinning, my face went numb on one side and I couldn't get my words out. How do I sleep better?",
    "My grandad choked on a boiled sweet and can't get any air in, his face is going purple.",
    "After painting in a closed room with solvent paint I'm dizzy, confused and struggling to breathe.",
    "My granddad slumped on the sofa after dinner and we can't wake him, his face looks droopy on one side.",
    "I'm giving a speech and I suddenly went numb down one side and my speech is slurred.",
    'My back pain came on suddenly tearing through to my chest and I feel faint.',
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
    "Ten days after my miscarriage management with tablets I'm still having period-like bleeding that the leaflet said can last up to three weeks. Is it okay to use tampons?",
    "My son started a new epilepsy medicine, he's a bit drowsy and wobbly in the mornings which the neurologist said is common at the start. Will it wear off?",
    'The doctor warned that my new antidepressant might make me feel more anxious and queasy for the first two weeks, and it has. Does that pass?',
    "I'm on morphine after my operation and I'm constipated and a bit itchy like they said. What helps?",
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "Started metformin last week, now I'm vomiting non-stop, breathing deep and fast and very drowsy. Does it settle?",
    "A 60-year-old man on a new blood pressure tablet says his lips and tongue swelled up within an hour and he's struggling to swallow. Should he keep taking it?",
    "After my chemo last week I'm shivering with a temperature of 38.6 and feel awful. What can I eat?",
    "The coil went in on Monday and now I have severe pain on one side, I'm bleeding through a pad every half hour and feel faint. When should it stop?",
    'Ten minutes after my flu jab my face swelled, my throat feels tight and I came out in hives all over. Can I take paracetamol?',
    "After my miscarriage tablets I'm soaking a large pad every 20 minutes, passing clots the size of a lemon and feel dizzy.",
    "My son started a new epilepsy medicine and today he's had three fits back to back without waking between them.",
    "Since starting my new antidepressant I've been having thoughts of killing myself and I've written goodbye letters.",
    "I'm on morphine after my operation and my husband can't keep me awake, my breathing is very slow and my pupils are pinpoint.",
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
    '24F, 2/52 low mood after job loss. Denies SI/SH, no plan, good support from family, sleeping ok. Suitable for talking therapy referral?',
    "My sister has low mood but she told me she'd never hurt herself and has no thoughts of suicide. How can I support her?",
    'Child with earache 2 days, temp 37.9, no neck stiffness, no drowsiness, no rash, eating ok. Can I give ibuprofen and paracetamol together?',
    'Elderly man with a cough, no fever, not short of breath, not confused, eating and drinking. Honey and lemon ok?',
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
    '24F, low mood, active SI with plan to hang herself tonight, has bought rope.',
    "My sister told me she's going to kill herself tonight and has been giving her things away.",
    "Child with earache now drowsy and floppy, temp 40, purple spots that don't fade.",
    'Elderly man with a cough now confused, breathing 30 a minute, blue lips and cold hands.',
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
    "My 5 week old makes jerky startle movements with his arms when he's falling asleep or hears a loud noise, then settles straight away. Is that the Moro reflex?",
    'My 10 week old sometimes goes red and strains and grunts for ages before doing a soft poo. Is she constipated?',
    "When I was 17 I overdosed on paracetamol and spent a week in hospital; I'm 35 now and well. Will it have damaged my liver long-term?",
    "What's the normal resting heart rate for a 9-year-old? Hers is 95 while watching telly.",
    'I tripped over the dog and landed on my bottom, a bit bruised and sore to sit on. How long do bruises take?',
    'I dozed off on the train and missed my stop, I was out like a light for an hour. Is it bad to nap in the afternoon?',
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
    "My 5 week old keeps having rhythmic jerking of his arm and leg that doesn't stop when I hold the limb, and he's staring.",
    "My 10 week old is grunting with every breath, very pale and won't feed.",
    "I took 40 paracetamol an hour ago and I'm scared now.",
    "My 9-year-old's heart rate is 210 and she's pale, sweaty and says her chest hurts.",
    "I tripped over the dog and hit the back of my head on the floor, I'm on apixaban and now I've got a bad headache and feel sick.",
    "My dad dozed off on the train and we couldn't wake him at his stop, he's grey and breathing strangely.",
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});
