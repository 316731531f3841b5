import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Kinds of false alarm in the urgent-but-not-emergency band (development-10 and -11), and kinds
 * a reviewer found missed, each told in words no labelled set uses, beside emergencies in the
 * same frame: a reading that makes a finding ordinary reaches only the finding it is about.
 */
describe('EmergencyTriage: urgent-band kinds', () => {
  describe('an ordinary reading overtaken by "but now" (NICE NG25: regular tightenings before 37 weeks are preterm labour)', () => {
    it.each([
      '33 weeks with my second, a few painless irregular tightenings since tea time, baby moving lots. Normal?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'I am 29 weeks and thought these were Braxton Hicks but now they are every four minutes and I have to stop and breathe through them',
      '30 weeks pregnant, irregular tightenings this morning, but now they come every 5 minutes and really hurt',
      "35 weeks, practice contractions all week and now there's blood and the pain is constant",
      // A next sentence that compares, recalls an earlier state or plays them down does not make them ordinary (review V6).
      "I'm 31 weeks and the tightenings come every 4 minutes and hurt. They are like the Braxton Hicks I had before.",
      '32 weeks, contractions every five minutes, really painful. They were painless this morning.',
      'My partner is 30 weeks and having contractions every three minutes. They felt like practice ones at first.',
      '31 weeks, tightenings every 5 minutes and painful. They are similar to braxton hicks.',
      '30 weeks, regular tightenings every 5 mins for 2 hours. They are painless though, just hard.',
      'Crushing central chest pain for 40 minutes, sweating and sick. It is probably my reflux.',
      'My 7 week old keeps stopping breathing for 20 seconds at a time and turning grey. It is probably periodic breathing, the book said.',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a baby under 3 months with a fever after a jab is still a baby under 3 months with a fever (NICE NG143; review V6)', () => {
    it.each([
      'My 10-week-old has a temperature of 38.6 after her jabs today, she did not have MenB this time',
      'Our baby is 7 weeks old and has a temperature of 38.3, no jabs yet',
      'baby is 9 weeks, had his jabs including MenB yesterday, temp 39.4 and he is floppy and not feeding',
      "9 week old had MenB this morning, 38.4 now and there's a rash that doesn't fade under a glass",
      'My 6 week old has a temperature of 38.2. Her brother had his MenB at the clinic this morning.',
      'my 8 week old had his jabs including MenB last Tuesday and now his temperature is 38.5',
      'my 9 week old had MenB last thursday and today she has a temperature of 38.3',
      'baby is 11 weeks, had MenB at 8 weeks, now has a temperature of 38.4 today',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a word that names something else beside blood: a cut "dribbling blood" is a bleed, not drooling', () => {
    it.each(['nicked my chin shaving and it keeps dribbling blood, any tricks to stop it?'])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "my son's throat is so sore he is dribbling and can't swallow his spit, sitting forward to breathe",
      'cut my wrist on glass and it is dribbling blood, now spurting and will not stop with pressure',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('an extra dose of an opioid substitute (TOXBASE: methadone and buprenorphine harm at a single extra dose)', () => {
    it.each([
      'I accidentally took a double dose of methadone this morning, feel ok so far',
      'my brother is on methadone and had his dose twice today by mistake',
      'picked up my buprenorphine and took it twice, forgot I already had',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each(['took two cetirizine instead of one by mistake, feel fine, anything to do?'])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('a report run on after a question about anyone (review: "what should I do if someone collapses" and a report)', () => {
    it.each([
      "What should I do if someone collapses my neighbour just fell down and isn't breathing",
      'how do I help if someone is choking my son has a grape stuck and he is going blue',
      'what do you do if a person has a fit my wife has been fitting for ten minutes',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'What should I do if someone collapses at the school fete, I run the first aid tent',
      'what do you do if a person has a fit, I am doing a first aid course and my teacher asked us',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('"not working hard to breathe" is a denial, not an inhaler "not working"', () => {
    it.each([
      "My 2 year old has a cold and a cough, she isn't working hard to breathe and her colour is fine, temp 37.8. GP or wait?",
      'grandad is a bit chesty, not working hard to breathe, eating and drinking ok',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'my son is working hard to breathe, sucking in under his ribs, and his inhaler is not working',
      "her inhaler's not working and she is struggling to breathe, can't finish a sentence",
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a bite with puncture marks stays a possible envenomation (a pet-bite reading was taken out twice: review V6, V7)', () => {
    it.each([
      'my dog was sniffing in the bracken and something bit me on the hand, two fang marks, hand swelling fast',
      'While my dog was barking at it, a snake bit my leg, two puncture marks, swelling',
      'the dog found a snake in the garden and it bit my husband, two puncture marks on his hand',
      'bitten by a dog on the face, deep puncture wounds and blood pouring, wont stop with pressure',
      'got bit by the neighbours dog and now my lips and tongue are swelling and i cant breathe properly',
      'dog bite 2 days ago, two puncture marks, now red streak up arm, fever 39.5, shivering and confused',
      // What else a pet's bite does was heard only through its puncture marks (review V7, 03:40).
      "our dog bit my son on the face, two deep puncture marks right by his eye and he says he can't see properly out of it",
      "my dog bit me on the hand, 2 puncture marks, and now my throat is swelling and I can't swallow",
      'walking the dog on the heath and something bit my ankle, two puncture marks, I think it was an adder, leg swelling up',
      'dog bite on his arm and it is spurting blood and will not stop',
      // A dog or cat nearby is not the biter (review V6, 19:48).
      'out walking the dogs on the common and something bit my calf, two puncture marks, leg swelling and I feel faint',
      'the cat was chasing something in the log pile and it bit my son, two little holes, his hand is ballooning and he is being sick',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a fall from height told with "low" or "small" (a low-ladder reading was taken out: review V6)', () => {
    it.each([
      'my husband fell off the ladder clearing the gutters, about 4 metres, he can not feel his legs',
      'fell from a low wall and hit his head, knocked out for a minute and has been sick twice',
      'A 60-year-old man fell from a roof onto concrete; back pain and tingling in both legs.',
      // "Small" tells the window, not the height (review V6, 19:48).
      'our 3 year old fell out of a small window upstairs onto the drive',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('breathless on the move but fine sitting is exertional (NHS 111: GP), breathless at rest is not', () => {
    it.each([
      'My mum has heart failure and is a bit more puffed than usual going to the shops but fine sitting, ankles the same. GP?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'My mum is breathless even sitting in her chair and her lips look blue',
      'dad is more breathless than normal and it is the same sitting still, he can only say a few words',
      // Breathless walking to the kitchen is barely any exertion (review V6, 19:48).
      'calf swollen since my knee op and breathless walking to the bathroom but ok resting, coughing up pink frothy stuff',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a caustic product in the eye by its trade name (RCOphth: irrigate and go now)', () => {
    it.each([
      'descaler splashed up into my eye cleaning the kettle, burning and I can barely open it',
      'my husband got paint stripper in his left eye, it is red raw and he says his sight is cloudy',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each(['is it safe to use descaler in a kettle if you have kids?'])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('"I could kill myself for ..." stays a suicide finding (a self-reproach reading was taken out twice: review V6, and V7 three times in session 26)', () => {
    it.each([
      // Guilt, a loss or a burden is no slip; a means, a plan, a wish to die or "not joking" means it.
      'I could kill myself for being such a burden on everyone, I have been thinking about how to do it',
      'I could kill myself for what I did to her and tonight I think I will',
      "I could kill myself for losing my job, I don't know how I will face anyone",
      'I could kill myself for letting everyone down, I really could',
      'I could kill myself for forgetting her birthday. I am not joking, I have the pills ready.',
      'I could kill myself for forgetting to lock the door. Everything I do goes wrong and I have thought about ending things.',
      'i could kill myself for missing the bus, im going to do it this time',
      "I could kill myself for forgetting my meds, seriously, I don't want to be here anymore",
      // Said in words no list holds, after the slip (review V7, 03:40 and 03:44).
      'I could kill myself for forgetting my son at school, I want to sleep and never wake up, I have saved my sleeping medicine for weeks',
      "I'm going to kill myself for leaving the door open and the dog got run over. I've got his lead tied to the banister",
      'I could kill myself for not bringing the money. I will. the bleach is next to me',
      "I should kill myself for missing her last call. She's gone and I'm going to join her this weekend",
      "I'm going to kill myself for not noticing he was so low. he killed himself in march and now I've bought the same stuff he used",
      "I could kill myself for dropping my phone in the canal. Then again everyone would be happier without me, I've got the car keys and I know which tree",
      // A question after the slip that is about dying, not the slip (review V7).
      'I could kill myself for forgetting her birthday. what is the quickest way?',
      'I could kill myself for missing the train, how many of my tablets would do it?',
      'I could kill myself for deleting the photos. how do I tie a knot that holds?',
      "I could kill myself for missing my mum's last phone call, how long does it take to bleed out from the wrist?",
      'I could kill myself for forgetting the code. is it painless to go to sleep in the car with the engine running?',
      // A question that asks for no remedy of the slip, or for a remedy and the writer's absence (review V7, 04:07).
      'I could kill myself for deleting my work. Which car park in town is the tallest?',
      "I could kill myself for missing the bus, who will look after my cat when I'm gone?",
      "I could kill myself for forgetting to lock up, would anyone even notice if I wasn't here by morning?",
      'I could kill myself for missing my appointment, can the pharmacy sell me 100 paracetamol?',
      "I could kill myself for forgetting my keys, can the locksmith let my kids in after I'm gone?",
      'I could kill myself for missing the appointment, does my GP need to know before the funeral?',
      "omg I could kill myself for forgetting my jab, can the nurse still give it if I've already taken the whole box?",
      'I could kill myself for forgetting to tell you, I have taken 30 of my sertraline tonight',
      'I want to kill myself, I have the pills ready',
      'I could kill myself tonight, I have nothing left to live for',
      // The figure of speech never reaches a means, a plan or "I mean it" (review V6, 19:48).
      'I could kill myself for forgetting the code, and I mean it, the pills are lined up on the table',
      'could kill myself for missing it, not joking, I have a rope in the loft',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
});
