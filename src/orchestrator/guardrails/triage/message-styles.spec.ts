import type { EmergencyCategory } from '../emergency-categories.js';
import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

/**
 * The two styles an outside check writes in: a symptom-checker vignette ("A 67-year-old man with
 * sudden ...") and a chatbot prompt (long context, the question at the end: "should I wait until
 * morning?"). Each probe is written from the discriminator's protocol definition (NHS FAST, NICE
 * NG143 / NG126, TOXBASE, RCOphth), in words none of the labelled sets uses; beside them, ordinary
 * messages in the same styles that must stay non-emergencies.
 */
describe('EmergencyTriage: vignettes and chatbot prompts', () => {
  it.each<readonly [string, EmergencyCategory]>([
    // Vignettes.
    ['A 3-year-old with fever and a rash that does not blanch.', 'meningitis_signs'],
    [
      'A 58-year-old man with central chest pressure radiating to the left shoulder, diaphoretic.',
      'cardiac_chest_pain',
    ],
    ['A 16-year-old who ingested 40 tablets of ibuprofen two hours ago.', 'poisoning_overdose'],
    ['A 22-year-old woman with lip swelling, wheeze and hypotension after a wasp sting.', 'anaphylaxis'],
    // NHS FAST: "the face may have dropped on one side".
    ['This morning his face dropped on the left and he cannot lift his arm. Can it wait?', 'stroke_signs'],
    ['The corner of her mouth has fallen to one side since tea. Should we wait until morning?', 'stroke_signs'],
    // Ectopic pregnancy in early weeks (NICE NG126): one-sided low pain with shoulder-tip pain.
    [
      'I am 6 weeks pregnant with a sharp pain low on one side and my shoulder tip hurts. Is that normal?',
      'obstetric_bleeding',
    ],
    // Staggered overdose told as two helpings (TOXBASE counts the total).
    [
      'I took 5 paracetamol at lunch, then another 6 with some codeine. I feel a bit sick, should I sleep?',
      'poisoning_overdose',
    ],
    [
      "My 4 year old ate some of the grandparents' heart pills, maybe 3 or 4. He is acting normal.",
      'poisoning_overdose',
    ],
    // Melaena in plain words.
    [
      "Dad's poo is black and sticky today and he went dizzy in the bathroom. Is it something he ate?",
      'severe_bleeding',
    ],
    // A blow to the eye with sight reduced to shadows (RCOphth).
    ['A squash ball hit me in the eye and now I can only see shapes out of it.', 'eye_emergency'],
    // CDC field triage: a fall of more than 10 ft is a trauma-centre mechanism by itself.
    ['A 30-year-old who fell from a third-floor window.', 'major_trauma'],
    ['he dropped about 5 metres off the loading bay onto concrete', 'major_trauma'],
    ['pt 60M, SI with a plan and means, high risk of suicide', 'suicide_self_harm'],
    // A submersion told by its rescue; heat work for hours; a CO alarm going off with symptoms.
    ['She slipped into the pond and we pulled her out, she is coughing and very sleepy now', 'drowning'],
    ['He has been digging for hours in the sun at 36 degrees, now confused and hot and dry', 'heat_stroke'],
    ['The carbon monoxide detector is bleeping and my husband has a headache and is drowsy', 'poisoning_overdose'],
    // Non-native and write-up English.
    ['doctor my husband face is going one side and he not talking properly since 1 hour', 'stroke_signs'],
    ['my daughter has fever from 3 days and now red spots which not going when press', 'meningitis_signs'],
    ['he is having fits continuously from 10 minutes not stopping', 'seizure'],
    ['19M, deliberate OD ~40 co-codamol 3h ago', 'poisoning_overdose'],
    // British lay "has a temperature" is a fever (NICE NG51 / NG143: cold hands and feet with it).
    ['my little girl has a temperature and her hands and feet are freezing and her legs hurt', 'sepsis'],
    ['our baby keeps stopping breathing in his sleep for 15 seconds and she goes blue', 'infant_distress'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    "I'm a paramedic student, what is the first aid for someone who is choking?",
    'I took 2 paracetamol at 8 and 2 more at 2pm for a headache. Can I take ibuprofen too?',
    'My 8 year old has a rash after a virus, it fades when I press a glass on it and he is running around.',
    'My dad had a fall last month, no head injury, he is fine now. How do we prevent falls?',
    'My poo is black since I started the iron tablets. Is that normal?',
    'My face dropped when I saw the gas bill. Any tips on saving energy?',
    'I slipped into the canal two winters ago, a friend pulled me out. Are cold-water swims safe for me?',
    'The smoke alarm keeps beeping at night, how do I change the battery?',
    'She fell out of a first floor window onto grass last summer and hurt her wrist. Can she do gymnastics now?',
    'My 3 week old makes grunting noises in her sleep and goes red when she poos. She feeds well.',
    "My baby's breathing is irregular when asleep, fast then slow, but she is pink and feeding fine.",
    'My toddler licked a dishwasher tablet but spat it out straight away, he is fine and playing.',
    'My son has a temperature of 37.6 after his jabs, he is a bit grumpy. Can I give paracetamol?',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});

/** Symptom-checker style vignettes in the third person, ordinary beside emergency, probed before any set was read. */
describe('EmergencyTriage: third-person vignettes, ordinary and emergency', () => {
  it.each([
    'A 25-year-old man has a sore throat and fever for two days. He is able to swallow fluids and has no difficulty breathing or drooling.',
    'A 4-year-old girl fell off a swing onto grass, cried immediately, and has a small bruise on her forehead. She has not vomited and is playing normally.',
    'A 68-year-old woman reports a brief episode of lightheadedness when standing from bed this morning that resolved after sitting. No chest pain, palpitations, or loss of consciousness.',
    'A 30-year-old woman at 12 weeks of pregnancy reports mild nausea and occasional vomiting in the mornings, keeping fluids down.',
    'A 50-year-old man with known GERD has burning behind his breastbone after large meals that is relieved by antacids, unchanged for months.',
    'A 2-month-old boy has had a blocked nose for three days, is feeding well with normal wet nappies, and has no fever.',
    'A 17-year-old reports feeling sad since failing an exam, denies thoughts of self-harm or suicide, and is sleeping and eating normally.',
    'A 45-year-old woman has had a tension-type headache most afternoons for a month, relieved by rest, with no visual changes or weakness.',
    'A 72-year-old man on warfarin noticed a small bruise on his arm after bumping it on a door frame. No other bleeding.',
    'A 28-year-old runner reports calf cramps after a long run that eased with stretching; no swelling or redness.',
    'A 9-year-old boy with asthma has a mild cough at night this week, is using his preventer, and can talk and play normally.',
    'A 33-year-old woman had a single episode of fainting when she saw her blood being drawn, recovered fully within a minute.',
    'A 60-year-old man asks whether his snoring could be sleep apnoea; his wife says he sometimes pauses for a few seconds in his sleep.',
    'An 80-year-old woman with dementia is more forgetful than usual this month, according to her daughter, with no sudden change.',
    'A 40-year-old man with hay fever has itchy eyes and sneezing; no swelling of lips or difficulty breathing.',
  ])('not an emergency: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each([
    'A 25-year-old man has a sore throat and fever, is drooling, cannot swallow his saliva and his voice is muffled.',
    'A 4-year-old girl fell off a swing onto concrete, was knocked out briefly and has vomited three times since.',
    'A 68-year-old woman collapsed without warning at the bus stop and has a slow irregular pulse.',
    'A 30-year-old woman at 8 weeks of pregnancy has sharp one-sided lower abdominal pain, shoulder tip pain and feels faint.',
    'A 2-month-old boy is breathing fast with grunting and has a temperature of 38.4.',
    'A 17-year-old says she has taken twenty paracetamol tablets after an argument.',
    'A 40-year-old man with hay fever ate prawns and now has swollen lips, a hoarse voice and wheeze.',
    'A 33-year-old woman fainted while her blood was being drawn and has not come round after five minutes.',
  ])('emergency: %s', (text) => {
    expect(categoriesOf(text).length).toBeGreaterThan(0);
  });
});

/** Safety-netting told back ("the GP said to ring 999 if ...", "warning signs like ...") is a condition, not a report. */
describe('EmergencyTriage: safety-net advice passed on, and the same red flags happening now', () => {
  it.each([
    'The GP said to ring 999 if his lips go blue or he struggles to breathe, but right now he just has a runny nose and a mild cough. How long do colds last in toddlers?',
    'The discharge leaflet says to come back if I get a severe headache, vomiting or drowsiness after my head injury. I feel fine, is it okay to have a glass of wine?',
    "My midwife told me to go straight in if I have heavy bleeding or my baby's movements slow down. Everything is normal so far, what else should I pack in my hospital bag?",
    'What warning signs should I watch for, like trouble breathing or confusion, while she recovers from flu at home?',
    "When should I worry about a fever in a 2 year old, for example if he gets a rash that doesn't fade or becomes floppy?",
    'The pharmacist told me that if my face or throat swells on this new antibiotic I should stop it and call an ambulance. So far just a bit of nausea. Can I take it with food?',
    "I've been told that any chest pain on exertion with my condition means stopping and calling for help. I've never had any. Is it safe for me to start running?",
    "Which symptoms after a tick bite mean I should get seen? Right now there's just a small red bump.",
    'Watch out for signs of sepsis, the nurse said, like mottled skin or not peeing. She seems fine today. Should she keep taking the antibiotics after the course ends?',
  ])('not an emergency: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each([
    "The GP said to ring 999 if his lips go blue, and now his lips are blue and he's struggling to breathe.",
    "The discharge leaflet said to come back if I got a severe headache after my head injury, and now I have a severe headache and I've vomited twice.",
    "My midwife said to go in if the baby's movements slow down, and now the baby hasn't moved at all since last night.",
    "She's recovering from flu and now she's confused, breathing fast and her skin is mottled.",
  ])('emergency: %s', (text) => {
    expect(categoriesOf(text).length).toBeGreaterThan(0);
  });
});

/** Other people's or one's own past, already assessed, and facts read or heard, beside the same findings now. */
describe('EmergencyTriage: events already over or assessed, and general claims', () => {
  it.each([
    "I read online that a sudden severe headache can mean a brain bleed. I've had a dull ache over my eyes for two days with a cold. Should I worry?",
    "My friend's dad had a stroke last week and is in rehab now. What are the usual long-term effects?",
    'My grandmother died of a heart attack at 60. At 35, am I at higher risk and what screening should I get?',
    "I'm a carer for my mum who had a stroke three months ago and still has weakness in her left arm. How can I help with her physio at home?",
    'He was in hospital last week after a seizure, was discharged on levetiracetam and has been well since. Can he take a bath alone?',
    "My son's friend was stung by a bee at school and his arm swelled up a lot, the teacher gave him an antihistamine. Should my son avoid bees too?",
    "My colleague collapsed at work last month and it turned out to be low blood sugar; she's fine now. How can we help diabetic colleagues at work?",
    'I was in A&E last night for chest pain, they did an ECG and bloods, all normal, and said it was muscular. How long will it ache?',
    'My wife had a miscarriage at 8 weeks last month and the bleeding has stopped. When can we try again?',
    'Yesterday my 3 year old swallowed a small coin, the doctor did an X-ray and said it had passed into the stomach. How long until it comes out?',
  ])('not an emergency: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each([
    "My friend's dad is having a stroke right now, his face has dropped and he can't speak.",
    "I was sent home from A&E yesterday with chest pain but it's back now, worse and spreading to my arm.",
    "My 3 year old swallowed a coin and now he's drooling and can't swallow his spit.",
    'My wife is 8 weeks pregnant and is bleeding heavily with severe pain and feels faint.',
  ])('emergency: %s', (text) => {
    expect(categoriesOf(text).length).toBeGreaterThan(0);
  });
});

/** Structured chatbot prompts (age, history, symptoms, question) and pregnancy bleeding told as expected. */
describe('EmergencyTriage: structured prompts and expected findings, beside the same areas in an emergency', () => {
  it.each([
    "I'm 7 weeks pregnant and had a tiny bit of pink spotting when I wiped after sex, nothing since, no pain. My midwife appointment is next week, is that ok?",
    "I'm 5 weeks pregnant and had some light brown spotting that the early pregnancy unit said is likely implantation bleeding. No cramps. Can I still exercise?",
    "20 weeks pregnant and my gums bleed when I brush, the dentist said it's pregnancy gingivitis. Which toothpaste is best?",
    "Started the mini pill three weeks ago and I've had light breakthrough bleeding on and off, as the nurse warned. When does it settle?",
    "After my smear test yesterday I had a little light bleeding which the nurse said can happen. It's stopped now. Normal?",
    '30 weeks pregnant, had a small nosebleed this morning that stopped after pinching. Midwife says nosebleeds are common in pregnancy. Anything to help?',
    "My chest feels a bit tight and sore after a week of coughing with this cold, it's worse when I cough. Honey and lemon?",
    "I get a stitch-like pain in the left side of my chest now and then when I'm stressed, it lasts seconds. It's been happening for years.",
    "Slight headache and a bit of a temperature with a sore throat, neck is fine, no rash, I'm up and about. Can I go to work?",
    "My teenager has a headache and feels hot after a long day in the sun at the beach, she's drinking and chatty. Is it mild sunstroke?",
    'Age: 58. Sex: M. History: heart attack in 2019, stent placed, on aspirin and atorvastatin. Current symptoms: none. Question: is it safe to take ibuprofen for my knee?',
    'Patient profile: 34F, asthma since childhood, well controlled. Medications: Clenil, Ventolin PRN. Concern: wants to start swimming. Any advice?',
    "Context - I'm 62, had a TIA in 2020, fully recovered, on clopidogrel. I'm flying long-haul next month. Do I need compression stockings?",
    'Background: type 1 diabetic for 20 years, had a couple of hypos this month that I treated with jelly babies, all fine. How can I adjust my basal insulin?',
    'Symptoms: mild sore throat, runny nose. Negatives: no fever, no breathing difficulty, no rash. Duration: 2 days. What do you recommend?',
    'Presenting complaint: anxiety. PMH: panic disorder. Denies chest pain, SOB, palpitations currently. Request: CBT resources.',
    'My question is about my 2 year old: last week she had croup, the barking cough and noisy breathing at night, steroids from the GP sorted it. Can croup come back?',
  ])('not an emergency: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each([
    "I'm 7 weeks pregnant and I'm bleeding heavily with clots and strong cramps on one side.",
    "30 weeks pregnant and I have sudden abdominal pain, my bump is hard and I'm bleeding.",
    "I have a terrible headache, a temperature of 39.5, my neck is stiff and I'm getting confused.",
    "My teenager spent all day in the sun and now she's confused, vomiting and her skin is hot and dry.",
    'Age: 58. Sex: M. History: heart attack in 2019. Current symptoms: crushing central chest pain for 30 minutes, sweaty and grey.',
    "Symptoms: sore throat, fever, drooling, can't swallow, noisy breathing when breathing in. Duration: since this morning.",
    "My 2 year old has croup, she's making a harsh noise breathing in even at rest, her chest is sucking in and she's drowsy.",
  ])('emergency: %s', (text) => {
    expect(categoriesOf(text).length).toBeGreaterThan(0);
  });
});

/** Breath, choking and fits as figures of speech, and curiosity questions, beside the same words in an emergency. */
describe('EmergencyTriage: figures of speech and curiosity questions', () => {
  it.each([
    "I couldn't breathe for laughing at my nephew's school play, my sides still hurt. Is laughing good for the immune system?",
    "I feel like I'm suffocating in this job, the pressure is crushing me. How do I ask for a career break?",
    'I choked on my words in the interview and went blank. Tips for nerves?',
    "The heat in my flat is suffocating and I can't sleep, any tips for staying cool without air conditioning?",
    'My mum nearly had a fit when she saw my tattoo. How do I talk to her about it?',
    'I was completely out of it after the night shift, dead on my feet and grey with tiredness. Is shift work bad for you?',
    "My toddler's tantrums leave him breathless and red in the face, then he's fine after a cuddle. Is that normal?",
    'Is it possible for a strong swimmer to drown from cramp? My son swims in the sea a lot.',
    "How much alcohol would it take to poison someone my size? I'm asking because I'm researching for a novel.",
    'My daughter asked what happens if you swallow chewing gum. Is it dangerous?',
  ])('not an emergency: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each([
    "My toddler held his breath during a tantrum, went blue and limp and isn't coming round.",
    "My son got cramp swimming in the sea and went under, we pulled him out and he's coughing up water and breathing fast.",
  ])('emergency: %s', (text) => {
    expect(categoriesOf(text).length).toBeGreaterThan(0);
  });
});

/** NHS seizure first aid: a fit in known epilepsy that stops and is followed by recovery needs no ambulance; a first, long or repeated one does. */
describe('EmergencyTriage: a passed seizure in known epilepsy, beside fits that still need care', () => {
  it.each([
    'My husband has epilepsy and had a seizure yesterday that lasted about two minutes, he slept afterwards and is fine now. Should he tell his neurologist?',
    "Our daughter's epilepsy is usually well controlled but she had a tonic-clonic seizure at breakfast, just over a minute, and she's back to herself now. Do we need to change her meds?",
    'A 24-year-old with known epilepsy had a typical seizure lasting 90 seconds at home, recovered fully within 20 minutes, no injury. Does he need the emergency department?',
    "My brother has epilepsy and had one of his fits at the weekend, he bit his tongue and it's sore. Mouthwash?",
  ])('not an emergency: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each([
    'My husband has epilepsy and has had three seizures in the last hour without waking up in between.',
    "I'm epileptic and had a seizure in the bath, my flatmate pulled me out and I'm coughing and breathless.",
    'A 24-year-old with known epilepsy had a seizure lasting six minutes and is still very drowsy and not making sense after an hour.',
    'My 30-year-old sister just had her first ever seizure at work, it lasted about a minute.',
  ])('emergency: %s', (text) => {
    expect(categoriesOf(text).length).toBeGreaterThan(0);
  });
});

/** An ending told in a sentence of its own reaches the sentence before it; an opinion that all is well does not. */
describe('EmergencyTriage: an episode ended in the next sentence', () => {
  it.each([
    'My daughter had a racing heart and felt short of breath on the bus. It passed after ten minutes. She is fine now.',
  ])('not an emergency: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it.each([
    'My mum has had a drooping mouth on the left for twenty minutes. She insists she is fine.',
    'I had a heavy chest pain while resting on the sofa. It went away after twenty minutes. I feel fine now.',
    'My 3 month old went blue and floppy in his cot. He seems fine now.',
    'He was struggling to breathe after the bee sting. It settled, but now his lips are swelling again.',
  ])('emergency: %s', (text) => {
    expect(categoriesOf(text).length).toBeGreaterThan(0);
  });
});
