import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Development-14's misses and false alarms as kinds, each told in voices and wordings that set does not
 * use, beside look-alikes that must stay quiet (probes written before the rules were changed).
 */
describe('EmergencyTriage: development-14 kinds', () => {
  describe('a pregnancy told by its weeks in words or after "her\'s" (RCOG: headache with visual disturbance or swelling in late pregnancy)', () => {
    it.each([
      "my girlfriend's 34 weeks, banging headache and she keeps seeing zigzag lights",
      'wife is thirty six weeks, terrible headache since lunch and her vision has gone blurry with flashes',
      'she is twenty eight weeks and bleeding quite a lot from down below',
      'Pt is thirty-two weeks, severe headache, seeing spots, hands and face swollen',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'my wife is thirty five weeks and her ankles are a bit puffy by evening, normal?',
      'my son is 36 weeks old today, teething and grumpy, can he have calpol?',
      'it has been thirty weeks since my knee op and it still aches going downstairs',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('spots that stay under a glass, told as specks or pinpricks (NICE NG240, NG143)', () => {
    it.each([
      'my son is burning up and has tiny purple specks on his tummy, i put a glass on them and they are still there',
      'temp 39 and pinprick red dots on her legs, pressed a tumbler on them and they stay showing',
      'fever since lunch, little dark red freckles appeared on his chest, did the glass test, they dont fade',
      'Child 3y febrile, purple-red specks to trunk, non blanching on glass test',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'tiny red specks on my face after a coughing fit, they faded when I pressed a glass on them',
      'my daughter has freckles on her nose from the sun, are they normal?',
      'red dots on his legs from midge bites, itchy, they go white when i press',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('a blow to the head with knocking out or lost memory (NICE NG232: any loss of consciousness or amnesia)', () => {
    it.each([
      'took a ball to the head at football, he was out for about 20 seconds and now cant remember the game',
      'my son banged his head on the goalpost, went out cold for a bit, now he keeps asking what happened',
      "head clash in the match, she was spark out for a few secs and can't remember how she got off the pitch",
      'Fall from bike, struck head, LOC approx 1 min, amnesic for event',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'I bumped my head on the cupboard, no knock out, remember everything, small lump, paracetamol ok?',
      "I was out for dinner last night and can't remember the name of the restaurant, my head aches from the wine",
      'my son hit his head on the table, cried straight away, was never out, playing normally now',
      'he went out for 5 minutes to get air after bumping his head on the door, no other problems',
      "my dad can't remember the match score from last night, he is 80 and a bit forgetful, is that dementia?",
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('an opioid overdose seen by a bystander: pinpoint pupils with slow breathing or hardly conscious (TOXBASE, Resuscitation Council)', () => {
    it.each([
      'found my brother on the bathroom floor, pupils tiny like pinpoints, breathing really slow, needle beside him',
      'my mate took some heroin, his pupils are pin point and he is barely breathing',
      'man on the bus barely conscious, pinpoint pupils, lips a bit grey',
      'she took her nans morphine tablets, now very sleepy and her pupils are really small',
      'Post-op day 1 on PCA morphine: drowsy, pupils pinpoint, RR 8',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'my pupils look small in bright light, is that normal?',
      'after the eye drops at the optician my pupils are tiny and my vision is a bit blurry',
      'his pupils are small in the sun and he squints, is that normal?',
      'my dad is on morphine for his cancer, he is sleepy in the afternoons, the nurse says that is expected',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('chest-wall pain told of someone else: brought on by pressing, twisting or reaching, tender to touch (MTS, NICE CG95)', () => {
    it.each([
      'A 50-year-old man has pain in the centre of his chest that started at rest, worse when he presses on it, and he is sweaty and grey',
      'my dad has tight chest pain going into his jaw, he says it is tender where he presses',
      // Pain that came at rest is cardiac however it is brought on after (NICE CG95).
      'pain in the middle of his chest since he sat down to watch TV, worse when he presses on it, he is 64',
      'pain in the middle of my chest since I sat down to watch TV, worse when I press on it, I am 64',
      "my dad is 70, chest pain for an hour, it's worse when he reaches for things, he looks grey",
      // Review V8 (07:39): reproduced by movement, but heavy, central, lasting, with faintness, sickness or a stent.
      "she says it hurts when she lifts her arm but it's a heavy pain in the middle of her chest for an hour now, she's 68, diabetic, and feels faint and sick",
      'my husband is 64 with a stent, chest pain that hurts when he reaches for the remote, but it is constant for 45 minutes now, he feels sick and faint',
      "dad's chest hurts when he coughs but it's a heavy central pain going on an hour, he's nauseous and light-headed and looks unwell",
      // Review V8 (08:16): quiet by the rules while a chest-wall reading told of someone else ("when he presses,
      // reaches, coughs") was lifted only by a list of cardiac words; that reading was taken out, so "a woman of 29
      // after lifting boxes, worse when she reaches up" and "his chest hurts when he coughs" are false alarms again.
      "my dad's chest hurts when he presses on it, but it started at teatime, he's 70, a smoker, his heart's pounding and he looks awful, can't get comfy",
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'my husband has a sore spot on the right of his chest for a week, it hurts when he presses on it or twists, otherwise fine',
      'my mum strained her chest gardening, it hurts when she lifts her arm or presses on the rib, breathing fine',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('West African Pidgin English: "dey" for is -ing, "don" for has, "no fit" for cannot, "wan" for want to (Nigerian and Ghanaian writers)', () => {
    it.each([
      'abeg my pikin dey shake well well and him eye dey roll back, e no dey answer me',
      'my husband chest dey pain am since morning, e dey sweat and the pain don go reach him left hand',
      'my sister don drink rat poison, she dey vomit and she no fit stand',
      'my mama face don swell after she chop groundnut and she dey struggle to breathe',
      'i no fit continue again, i don buy the tablets and i wan take am all tonight',
      'the baby no dey suck breast again, she dey weak and her body cold well well',
      'my baby dey sleep and she no dey wake even when i shake am, her body dey hot',
      'my husband fall down for office, he no dey breathe well and him lips don turn blue',
      // Review V8 (07:52): a verb the English lexicons read, kept readable ("has stopped", not "has stoped").
      'my papa don stop breathing o, wetin i go do',
      'abeg my pikin don stop breathing, e body don turn blue',
      'my mama don drop for floor, she no dey talk',
      'my oga dey hold im chest, e dey sweat well well, pain dey go im left hand',
      'e don knock im head, e no dey wake',
      // Review V8 (08:01): Don is also a name; his verb is kept.
      "Don drank bleach about half an hour ago, he's 3",
      "Don can't move his right side, it started suddenly at lunch",
      "Don fell off the ladder onto his head, he's confused and keeps vomiting",
      'abeg Don is not breathing, come quick',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'abeg wetin i fit take for catarrh, my nose dey run since yesterday',
      'my pikin dey cough small small at night but she dey play and chop well, which syrup i fit give am?',
      'i don take the malaria drug for 3 days, i dey feel better now, should i finish am?',
      'my leg dey pain me after football, e no swell, i fit walk well',
      'my pikin don vomit once after she chop, now she dey play and laugh',
      'e don better, the fever don go down after the drug, she dey chop now',
      'i dey pregnant 20 weeks, i wan know which food good for me',
      'Don is my neighbour, he asked if he can take ibuprofen with his blood pressure pills',
      'i don tire for this cough, e don reach 2 weeks, wetin i fit take',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('well-being told before the onset in a run-on message ("she was fine an hour ago"), not a recovery', () => {
    it.each([
      'my little boy is making a high pitched noise when he breathes in his lips look a bit blue he was fine 2 hours ago',
      'um my dad was fine like an hour ago and now he is clutching his chest and sweating really bad',
      'she was fine till half an hour ago now she cant get her words out and her face is droopy',
      'he was fine 20 minutes ago and now he cant breathe properly and his lips are blue',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'he was fine an hour ago and he is still fine just a runny nose what can i give him',
      'he had a nosebleed this morning but was fine an hour later, it stopped with pressure',
      'my lips went a bit blue in the cold sea but i was fine a few minutes later once i warmed up',
      'had chest tightness during my run, it passed and I feel fine now',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('cord compression told plainly: legs getting weak, not able to stand, numb from the belly down (NICE NG234)', () => {
    it.each([
      '68F known lung cancer, new thoracic back pain, numb from the belly down, cannot stand',
      'my back hurts and I am numb from my stomach downwards since this morning',
      'my mum has myeloma, bad back pain this week and now her legs are getting weaker and she cannot stand up on her own',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      "I have back pain from gardening and my legs are tired, I can't stand the ache, which painkiller is best?",
      'my nan has arthritis in her back, her legs are getting weak with age, she walks with a frame, can physio help?',
      "I can't stand my back pain any more, it has been the same for 3 years, what else can I try?",
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });
});
