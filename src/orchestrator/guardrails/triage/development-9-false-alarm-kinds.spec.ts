import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * The kinds of false alarm the rules raised on development-9, each as a clinical modifier told in
 * words no labelled set uses, beside emergencies told in the same frame: the modifier mutes only
 * the clause or episode it is about, never a later present report.
 */
describe('EmergencyTriage: development-9 false alarms by kind', () => {
  describe('a negated "have any" and a coordinated list share one negation', () => {
    it.each([
      "Two weeks into citalopram I'm restless and off my food, but I'm not having any dark thoughts or urges to hurt myself. Is the restlessness normal?",
      "Since the redundancy I've felt low and can't be bothered, though I don't have any thoughts of killing myself or ending it all. Should I see someone?",
      'He says he has not had any thoughts of harming himself or of suicide, he is just tired of the night shifts.',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "I don't have any thoughts of harming myself or ending my life, but I took 30 of my tablets an hour ago.",
      "I'm not having any chest pain or my face has dropped on one side, my speech is slurred",
      'No chest pain or my arm has gone numb and my words are jumbled.',
      'She has not had any thoughts of suicide or self-harm before, but tonight she says she wants to kill herself and has a rope.',
      'Not having any dark thoughts or anything, just been cutting my arm and it will not stop bleeding.',
      // What is there instead ends the list of what is not (review V4 R1 and S1b).
      "I'm not having any chest pain or sweating, just a crushing weight in my chest and my arm is numb",
      "I'm not having any chest pain or tightness, or sweating, just a crushing weight in my chest",
      'No headache or vomiting, just slurred speech and a droopy face',
      'No cough or fever, just blue lips and gasping',
      'No pain or bleeding, just the cord coming out',
      'No rash or fever, only a stiff neck and purple spots',
      "I haven't had any cough or fever, just blue lips and gasping for air",
      'No temperature or cough, apart from that her lips have gone blue and she is grunting',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
  describe("a baby's knock told with what the baby did after it (NICE NG232: cried at once, behaving normally)", () => {
    it.each([
      'Our 9-month-old toppled off the low bed onto the rug this morning, cried straight away and was comforted within a couple of minutes; she has fed and is acting completely herself.',
      'My 10 month old keeps bumping his head on the coffee table as he learns to walk, he cries for a second then carries on cruising.',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'Our 9-month-old toppled off the bed this morning, cried straight away and settled, but now has a soft squishy swelling on the back of her head.',
      'My 6 month old rolled off the sofa, cried straight away and settled within a minute, since then he has vomited three times and is very drowsy.',
      'My 5-month-old fell off the changing table and did not cry straight away, he seemed dazed for a while.',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
  describe('a joke makes only an exaggerated complaint figurative, never a sign someone sees (review V4 S1)', () => {
    it.each([
      'this open-plan office is so stuffy i literally cannot breathe lol, how do i ask for a fan',
      'if the train is late again i will kill myself lmao. any tips for a calmer commute?',
      'my laptop had a full on seizure and wiped my photos haha, how do I recover them',
      "can't wake my flatmate for his shift, he sleeps like the dead lol, any tricks",
      'her lips went purple after the blueberry ice lolly haha, she is running around fine',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "I'm not kidding, my dad has collapsed and he isn't breathing",
      'my mum collapsed and isnt breathing lol help',
      'lol my lips are going blue and i cant breathe',
      'no jk my chest is crushing and my left arm is numb',
      "this isn't a joke, my throat is closing up after eating peanuts",
      'haha ok so my baby has gone blue and floppy',
      // Someone else's joking or kidding is no tone of the writer's (review V4 R2).
      'My husband thought I was joking but my face has gone droopy on one side and my speech is slurred',
      'The kids were joking around on the trampoline and my son landed on his head, now he keeps vomiting and is drowsy',
      'My husband thought I was kidding but my face has gone droopy on one side and my speech is slurred',
      "My boss is giving me a heart attack with these deadlines lol, but seriously I've had a crushing pain in the middle of my chest for the past half hour and my left arm feels heavy.",
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
  describe('a question about what would happen mutes only its own clause; isolation is no amputation', () => {
    it.each([
      "We're planning a water birth at 38 weeks and my mum keeps asking what would happen if I bled heavily afterwards.",
      "Our cottage gets cut off by floods most springs; what should we keep in the first aid box for my dad's angina?",
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "My mum was worried about what would happen if I bled a lot after the birth, and now an hour after he was born I'm soaking a pad every 15 minutes and feel faint",
      'I keep thinking about what would happen if he stopped breathing, his lips are blue now',
      "We're cut off by the snow and he has cut his hand badly, it's spurting blood and won't stop",
      "his finger was cut off by the saw and it's bleeding a lot",
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
  describe('an age told as now dates the history before it; a statement after the date is not dated', () => {
    it.each([
      'My daughter had a febrile seizure when she was 18 months old, she is 4 now and has had none since. Can she have the MMR booster?',
      'I had a seizure when I was 17, I am 23 now and have been fine since',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'my son had a febrile convulsion when he was 2, he is 5 now, he has been fitting for ten minutes and it wont stop',
      'she had a fit when she was 3, she is 6 now and she is fitting and blue',
      // Run on without punctuation after the history (review V4 S2).
      'my son had a febrile convulsion when he was 2 and never another he has been fitting for ten minutes and it wont stop',
      'my son had a febrile convulsion when he was 2 and never another i have swallowed 40 paracetamol',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
  describe("a stain explains a dark tongue; a large swelling on a baby's head is a red flag", () => {
    it.each([
      'on bismuth tablets for my stomach and my tongue has gone black, no pain, is that the pills',
      'My husband fell off his bike and has a lump the size of an egg on his forehead, he feels fine and is talking normally.',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "My baby (4 months) fell from the pram, cried at once and is behaving normally, but he has a new bruise and swelling the size of an egg on the back of his head and he's grizzly and won't settle.",
      'on bismuth tablets and my tongue has gone black, now my lips are blue and I cannot get my breath',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
});
