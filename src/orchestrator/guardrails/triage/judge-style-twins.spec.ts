import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Ordinary messages in the outside judge's two styles (chatbot prompts, symptom-checker vignettes)
 * that carry alarm words - hypotheticals, usual episodes, expected side effects, idioms, normal newborn
 * breathing, past events - each beside an emergency twin that differs by the discriminator. Written
 * before development-7 was read, in words none of the labelled sets uses.
 */
describe("EmergencyTriage: ordinary messages in the judge's styles beside their emergency twins", () => {
  it.each<readonly [string, string]>([
    // A question about what would happen, beside the same event told as real.
    [
      'My husband is 68 and on blood thinners. If he ever had a fall and hit his head, would he need to go to hospital even if he felt fine?',
      'My husband is 68 and on blood thinners. He had a fall and hit his head an hour ago; he says he feels fine. Does he need to go to hospital?',
    ],
    [
      'What are the signs that a baby is too hot at night? Mine sleeps in a grobag and feels warm on the tummy.',
      "My baby is burning hot, floppy and won't wake properly for feeds tonight, she's 6 weeks old.",
    ],
    [
      'Is it true that a numb arm in the morning means a stroke? I slept on my arm funny and it was dead for a few minutes until the pins and needles went.',
      "My arm went numb and heavy this morning and it still won't move properly an hour later, and my face feels odd on that side.",
    ],
    // The person's known, usual episode.
    [
      "I get my usual migraine with the zigzag lights in one eye before the headache, same as the last ten years, it's just started. Should I take my triptan now?",
      "I've never had migraines, but an hour ago I lost the vision in one eye like a curtain coming down and it hasn't come back.",
    ],
    [
      "A 45-year-old woman with known panic disorder whose chest goes tight and who feels she can't get air in during her usual attacks, which pass in 10 minutes. Should she change her medication?",
      'A 45-year-old woman with crushing chest tightness and breathlessness for 40 minutes, never had this before, sweaty and pale.',
    ],
    [
      'My boyfriend gets a heavy nosebleed every few months because of his hay fever and he knows to pinch it. This one stopped after 15 minutes like always. Is it worth getting his nose cauterised?',
      "My boyfriend's nosebleed has been pouring down the back of his throat for over an hour despite pinching, he's gone white and dizzy. Is it worth getting his nose cauterised?",
    ],
    [
      "I'm a carer for my 88-year-old nan. She gets muddled in the evenings, which she has done for about two years with her dementia, and tonight is no different. She's eating and drinking fine. Is there anything that helps sundowning?",
      "I'm a carer for my 88-year-old nan. Normally she's sharp as a tack, but since this afternoon she's suddenly confused, hot to touch and breathing fast. Is there anything that helps?",
    ],
    // An effect told as expected of a treatment.
    [
      "His arm is sore and swollen round the jab and he's got a low fever the evening after his 12-month vaccines, as the nurse said might happen. Is Calpol okay?",
      "Ten minutes after his 12-month vaccines his face swelled up, he's wheezing and covered in blotches.",
    ],
    [
      'Since starting the new blood pressure tablet I feel lightheaded when I stand up quickly, which the leaflet mentions. Will it settle?',
      "Since starting the new blood pressure tablet this morning my tongue and throat have swollen up and I can't swallow properly.",
    ],
    // Figures of speech built from alarm words.
    [
      "I'm drowning in revision and my head is about to explode with all these dates, any tips for exam stress?",
      "My head feels like it's about to explode - sudden, the worst headache of my life, came on while lifting weights, and I keep vomiting.",
    ],
    [
      'I nearly died of fright when the smoke alarm went off at 3am for burnt toast, my heart is still thumping. Normal?',
      'The smoke alarm went off at 3am, the kitchen was full of smoke and my dad is now coughing black stuff, hoarse and breathless.',
    ],
    [
      "My mum keeps saying the heat is killing her in this top-floor flat, she's fine otherwise and drinking plenty. How can we keep the place cool?",
      "My mum has been in this boiling top-floor flat all day, she's stopped sweating, she's hot to touch and talking nonsense.",
    ],
    // Normal newborn breathing (Schmitt-Thompson periodic breathing).
    [
      "Our 2-week-old sometimes stops breathing for five seconds or so while asleep and then carries on, pink the whole time. The midwife said that's periodic breathing - is it?",
      'Our 2-week-old stopped breathing for about 20 seconds while asleep and went blue round the lips until I picked her up.',
    ],
    // Second-hand or past events.
    [
      "My neighbour's son overdosed on paracetamol last year and had liver problems afterwards. How much is safe for me with a bad back?",
      "My neighbour's son has just told me he swallowed two packets of paracetamol an hour ago. What should I do?",
    ],
    [
      "Last month I had the worst headache of my life after a night out; the CT at the hospital was normal and I've been fine since. Can I drink again?",
      "An hour ago the worst headache of my life came on in seconds while I was lifting, and I've been sick since.",
    ],
    // Fetal movements: quieter then back, beside none at all today (RCOG GTG 57).
    [
      "I'm 34 weeks and the baby was quieter this morning while I was rushing about, but after lunch and a lie down she kicked loads. Is that okay?",
      "I'm 34 weeks and the baby hasn't moved at all today, not even after cold water and lying on my side.",
    ],
    // Symptom-checker vignettes: an age, a sex, findings and a course.
    [
      'A 25-year-old man with a sprained ankle after football, able to weight bear, swelling over the outside of the ankle, no numbness.',
      'A 25-year-old man with a deformed lower leg after football, bone showing through the skin, foot cold and pale.',
    ],
    [
      'A 72-year-old woman with a gradually worsening cough and mild breathlessness on exertion over 3 weeks, sats 96%.',
      'A 72-year-old woman breathless at rest, sats 86%, confused, resp rate 32.',
    ],
    [
      'A 19-year-old student with a headache, runny nose and a temperature of 37.9 for 2 days; neck moves freely, no rash.',
      'A 19-year-old student with a headache, temperature 39.6, neck stiffness and photophobia since this morning, now drowsy.',
    ],
    [
      'A 50-year-old man with lower back pain after gardening for 2 days, walking normally, passing water normally, no numbness in the saddle area.',
      'A 50-year-old man with lower back pain for 2 days, now numb around the back passage and unable to pass urine.',
    ],
    [
      'A 14-year-old boy with a dull ache in his left testicle after a football knock yesterday, settling, no swelling.',
      'A 14-year-old boy with sudden severe pain in his left testicle that woke him an hour ago, vomiting.',
    ],
    [
      'A 40-year-old woman with type 1 diabetes whose sugar was 3.5 before lunch; she had glucose tablets, rechecked 6.2 and feels fine.',
      "A 40-year-old woman with type 1 diabetes whose sugar is 2.1; she's sweaty, confused and can't swallow the glucose tablets.",
    ],
    [
      'An 80-year-old man with a small burn on the back of his hand from the kettle yesterday, the size of a coin, one blister.',
      'An 80-year-old man with burns over his chest and both arms from a pan fire, the skin is white and leathery and he feels no pain there.',
    ],
    [
      'A 3-year-old with diarrhoea for 2 days, still drinking, wet nappies, playful between episodes.',
      'A 3-year-old with diarrhoea for 2 days, no wet nappy since yesterday, sunken eyes, very sleepy and hard to rouse.',
    ],
    [
      'A 28-year-old with a single episode of vomiting after a night out, now keeping water down, no blood.',
      'A 28-year-old vomiting coffee-ground material three times since midnight, dizzy when standing, pulse 120.',
    ],
    [
      'A 65-year-old man whose left calf ached after a long walk, no swelling, settled overnight.',
      'A 65-year-old man with a cold, white, painful left leg for an hour, cannot feel his toes.',
    ],
    [
      'A 33-year-old woman, 7 weeks pregnant, with light brown spotting when she wipes and no pain.',
      'A 33-year-old woman, 7 weeks pregnant, with one-sided lower abdominal pain, shoulder-tip pain and fainting.',
    ],
    [
      'A 55-year-old woman with a red, gritty eye and crusty lashes in the morning for 2 days, vision normal.',
      'A 55-year-old woman with a painful red eye, haloes round lights, blurred vision and vomiting since this evening.',
    ],
    [
      'A 22-year-old who drank 6 pints last night and has a hangover with a headache and nausea this morning.',
      "A 22-year-old who drank a bottle of vodka and now can't be woken, breathing slowly with vomit around his mouth.",
    ],
    [
      "A 46-year-old heavy drinker who has cut down from 8 to 4 cans a day over a fortnight with his GP's plan, mild tremor in the mornings.",
      'A 46-year-old heavy drinker who stopped suddenly 2 days ago, now shaking, seeing insects on the walls and confused.',
    ],
    [
      "A 16-year-old who feels low, has been staying in her room and says she doesn't see the point of school; no thoughts of harming herself.",
      "A 16-year-old who has written goodbye letters and given away her things, and says she won't be here next week.",
    ],
    [
      'A 30-year-old man who went cold water swimming for 20 minutes, now shivering and chatty under blankets.',
      'A 30-year-old man pulled from the river after 20 minutes, now not shivering, mumbling and very drowsy.',
    ],
    [
      'A 5-year-old who went under at swimming lessons for a second, spluttered and climbed out laughing; no cough since.',
      'A 5-year-old who was underwater at the pool for about a minute, now coughing constantly and breathing fast.',
    ],
    // Chatbot prompts: context first, the question last.
    [
      "Hi, I'm 29 and about 20 weeks pregnant with my first. Last night I had some sharp pains low in my tummy when I turned over in bed. They only last a second and the midwife says it's probably round ligament pain. No bleeding and baby is moving lots. Is there anything I can do to ease it?",
      "Hi, I'm 29 and about 20 weeks pregnant with my first. Since last night I've had a constant severe pain in my tummy that won't ease, and now there's bright red bleeding. Is there anything I can do to ease it?",
    ],
    [
      "Hello. My son is 15 and plays rugby. He took a knock to the head in a tackle on Saturday, didn't lose consciousness, finished the game and has been fine all weekend apart from being tired. The club wants him to follow a return-to-play plan. When can he train again?",
      "Hello. My son is 15 and plays rugby. He took a knock to the head in a tackle this afternoon, was out cold for a minute, and since then he's been sick three times and keeps asking the same questions. When can he train again?",
    ],
    [
      "Long story, but: I was at a concert, someone near us passed out, the first aiders took care of her and I'm fine. Since then I've been anxious about fainting myself. How do I stop worrying?",
      "At a concert tonight, my friend passed out and she's still not responding to us, her breathing sounds like snoring. What do I do?",
    ],
    [
      "Context: I'm 62, diabetic, and my feet have been numb for years, the podiatrist knows. I trod on a drawing pin today and didn't feel it. How should I look after the wound?",
      "Context: I'm 62, diabetic, and this morning the left side of my face and my left hand suddenly went numb. How should I look after myself?",
    ],
    [
      'My 9-month-old fell off the bed onto carpet, about 60 cm, cried straight away, fed and is crawling around normally now. What should I watch for?',
      'My 9-month-old fell down a flight of stairs, has a big soft swelling on the side of her head and keeps being sick. What should I watch for?',
    ],
    [
      "I took two paracetamol at 8am and then by mistake another two at 10am, that's 4 in total today. I'm an adult and weigh 70 kg. Is that OK?",
      "I took sixteen paracetamol at 8am and then another twelve at 10am, I'm 70 kg. Is that OK?",
    ],
    [
      "I know chest pain can be serious, so to be clear: the pain is only when I twist, it's been there since I carried the sofa upstairs on Sunday, and paracetamol helps. Do I need an X-ray?",
      "I know chest pain can be serious: the pain is in the middle of my chest, it came on while I was resting an hour ago, it's heavy and going down my left arm. Do I need an X-ray?",
    ],
    [
      "My toddler has had croup before; tonight he has the barking cough again but no noisy breathing at rest, he's chatty and eating. Steam or GP?",
      "My toddler has croup; tonight he has noisy breathing even while sitting still, his chest sucks in and he's very pale and drowsy. Steam or GP?",
    ],
    [
      'My dad (78) has been forgetful for a year and sometimes loses his words. Mum wants a memory clinic referral. How do we get one?',
      "My dad (78) suddenly lost his words an hour ago, he can't get a sentence out and his right hand is weak. What do we do?",
    ],
    [
      "After my tooth extraction yesterday there's a bit of oozing and a metallic taste, no gushing. The dentist said some ooze is normal for 24 hours. Ok?",
      'After my tooth extraction yesterday the socket has been gushing blood for two hours, filling my mouth, even biting on gauze. Ok?',
    ],
    // A second round in more structures: a parenthesis, a bulleted background, "because", a worry, a conditional in the present, a past clause before a new event.
    [
      'My dad (he had a mini-stroke back in 2018, fully recovered) wants to know if he can take up cycling again at 70. Any advice?',
      "My dad (70, on blood thinners) suddenly can't lift his right arm and his words are jumbled since twenty minutes ago.",
    ],
    [
      "Is a nosebleed that lasts ten minutes something to worry about? Mine stopped on its own this morning and hasn't come back.",
      'Is a nosebleed that lasts an hour something to worry about? Mine is still pouring despite pinching and I feel faint.',
    ],
    [
      'The consultant said my chest pain last year was costochondritis and not my heart. It still twinges when I lift weights. Should I stop lifting?',
      'The consultant said to ring 999 if it came back, and now the heavy chest pain is back and going into my jaw.',
    ],
    [
      'Background for the GP form: - asthma since childhood, well controlled - last attack 2019 - uses brown inhaler daily. Do I need a flu jab?',
      "Background: - asthma since childhood - attack started an hour ago - blue inhaler not working - can't finish a sentence. Do I need a flu jab?",
    ],
    [
      "Because my son has had febrile convulsions before, I panic every time he gets a temperature. He's 38.2 today and playing. How do I keep calm?",
      "Because my son has had febrile convulsions before, I know what they look like, and this one has lasted over five minutes and he isn't stopping.",
    ],
    [
      'A 52-year-old man with three days of lower back pain after gardening; no leg weakness, no numbness in the groin, passing urine normally, no fever.',
      'A 52-year-old man with lower back pain; now weakness in both legs, numbness in the groin and unable to pass urine.',
    ],
    [
      'A 24-year-old woman who felt her heart racing for ten minutes after an energy drink, now settled with a normal pulse, no chest pain.',
      'A 24-year-old woman whose heart has been racing at 190 for an hour, with chest pain and near fainting.',
    ],
    [
      "Years ago I took an overdose, but I've been well for a long time now. Can I still get life insurance?",
      "Years ago I took an overdose and tonight I've taken another thirty tablets.",
    ],
    [
      "What should I do if my daughter ever has: a seizure, trouble breathing, or a rash that won't fade? Trying to be prepared for her starting nursery.",
      "My daughter has a rash that won't fade under a glass, a high temperature and she's very drowsy.",
    ],
    [
      "I keep worrying that every headache is a brain bleed. Today's is mild, behind my eyes after a long day on screens. Is this health anxiety?",
      "Today's headache came on like being hit with a bat, the worst of my life, and I've vomited and my neck is stiff.",
    ],
    [
      'My 3-week-old sneezes a lot and sometimes breathes fast for a few seconds then slows down, pink and feeding well. Normal?',
      "My 3-week-old is breathing fast all the time, grunting, and won't feed. Her lips look dusky.",
    ],
    [
      "I burnt my finger on the oven tray, it's red and stings, no blisters. Cold water?",
      "I spilled boiling oil over my arm and chest, huge blisters and white patches, it's bigger than my hand.",
    ],
    [
      "Her wheeze comes and goes with the seasons, and today it's just her usual spring tightness; she's talking and walking fine. Antihistamine?",
      "Her wheeze got worse all afternoon and now she's sitting forward, too breathless to talk, and her lips are blue.",
    ],
    [
      "If I bend down quickly I see stars for a second, but it passes. I'm 19 and healthy. Is it low blood pressure?",
      'I bent down and when I stood up the room went black and I collapsed, and now my chest hurts and my heart is racing.',
    ],
    [
      "The news about my job floored me and I felt like I couldn't breathe for a minute, but I'm ok now. How do I cope with the stress?",
      "I was floored by a sudden pain in my chest and I can't breathe properly, it's been ten minutes.",
    ],
  ])('an ordinary message stays quiet and its emergency twin fires: %s', (ordinary, twin) => {
    expect({ ordinary: isEmergency(ordinary), twin: isEmergency(twin) }).toEqual({ ordinary: false, twin: true });
  });
});
