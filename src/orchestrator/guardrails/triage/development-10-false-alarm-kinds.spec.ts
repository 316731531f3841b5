import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * The kinds of false alarm the rules raised on development-10, each as a clinical modifier or a
 * reading of a word, told in words no labelled set uses, beside emergencies told in the same frame:
 * the modifier mutes only the word, clause or episode it is about, never a present report.
 */
describe('EmergencyTriage: development-10 false alarms by kind', () => {
  describe('a word that describes something else: "faint" before a colour or a thing, blood taken for a test', () => {
    it.each([
      "There's a faint brown streak on my pad at 10 weeks pregnant, no pain at all, is that normal?",
      'Did a test at 5 weeks pregnant and it only showed a very faint line, should I test again?',
      'I get lightheaded every time I have blood drawn, is there a way to prevent that at my appointment tomorrow?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      '9 weeks pregnant, pain on one side and i feel faint and dizzy',
      '14 weeks pregnant, a faint line of blood at first, now heavy bleeding soaking a pad an hour and I feel faint',
      'I faint when I have blood taken, but today I fainted while running and my chest hurts',
      "after having blood taken the site is bleeding heavily and won't stop, I'm on warfarin",
      // Told of a person, "faint" stays faintness whatever word follows it (review V5 R1).
      'heart rate 38 and feeling faint white and shaky',
      'my pulse is 36 on the watch and i feel faint spots in my vision',
      '6 weeks pregnant sharp pain on one side and im faint white and shaky',
      "I'm 6 weeks pregnant with a sharp pain low on my left side and I feel faint black spots in front of my eyes",
      // Only blood taken for a test is a procedure: a bleed told before "taken" is still a bleed (review V5 R2).
      "I'm 30 weeks and bleeding being taken to hospital by my mum, pad soaked, constant pain",
      "my wound taken care of by first aider but it's spurting again and won't stop",
      'pregnant 33 weeks and bleeding taken myself to the car but the pain is constant and my bump is hard',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a date told in short ("3 yrs ago") places an event years back', () => {
    it.each(['took an overdose 2 yrs ago and was in hospital for a week, will it affect my life insurance?'])(
      'ordinary: %s',
      (text) => {
        expect(isEmergency(text)).toBe(false);
      },
    );

    it.each([
      'took an overdose 3 yrs ago, today i swallowed a whole packet of my sertraline an hour ago',
      'had a stroke 2 yrs ago, now my face is drooping again and my arm is weak',
      // What is told after "now" or a dash is not dated by the date before it.
      'took an overdose 3 yrs ago, had treatment, doing well now I have crushing chest pain going down my left arm',
      'took an overdose 3 yrs ago, had treatment, doing well now - he is confused, breathing fast and his skin is mottled',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a report told with a question about what to do (review V5 P1, R3-R6)', () => {
    it.each([
      "If I'm ever with someone who has chest pain, should I give them aspirin? My dad has crushing chest pain now and his left arm is numb.",
      'if i am ever alone with my baby and she stops breathing what do i do, she has just gone blue and floppy',
      "A teacher asks how to use an adrenaline auto-injector because a pupil's throat is closing up after peanuts",
      "Mum asks how to use an epipen, her son's tongue is swelling and he can't breathe after eating a nut",
      'Teacher asks how to use the EpiPen in case a pupil has a reaction, one boy is wheezing and his lips are swelling now',
      'Asks how to stop a nosebleed that has been pouring for 40 minutes and she feels faint',
      "What are the signs of a stroke that mean they should ring 999? Dad's face is drooping and he cannot lift his arm.",
      // "Asks how to" tells the emergency itself unless it plans for a condition (review V5 R3, a regression of 4842439).
      'Bystander asks how to do CPR on a man lying in the street not breathing',
      'Frantic father on the phone asking how to help a toddler choking on a grape and turning blue',
      'Mum asks how to stop a seizure in a toddler fitting for 10 minutes',
      'Dad asks how to help a 3-year-old who swallowed a button battery an hour ago',
      "Student asks how best to help a flatmate who drank a whole bottle of vodka and can't be woken",
      'Coach asks how to help a player who collapsed during a sprint and has no pulse',
      'Pharmacy customer asks how to treat a bee sting on a child whose throat is closing up',
      'Teenager asks how to stop a friend bleeding heavily from a deep cut to the wrist',
      "Man asks how to treat a burn covering his son's whole chest from a pan of boiling water",
      'Carer asks how to give the rescue medicine to a resident seizing for over five minutes',
      'Caller asks how to keep a man awake after a head injury with vomiting and confusion',
      'Teacher asks how to manage a pupil with a nut allergy in case one of them has a reaction - one of them is wheezing with a swollen face right now',
      "If I'm ever going to call 999 it's now, crushing chest pain and my left arm is numb",
      // A planned condition ends at a new subject after "and" and at what is told as happening (review V5 R4).
      'Caller asks how to do CPR if a person stops breathing and the man in the shop has stopped breathing',
      'Neighbour asks how to give naloxone in case anyone overdoses and the lad upstairs has overdosed and is barely breathing',
      'Coach asks how to use the defib in case anyone collapses and a player has collapsed with no pulse',
      'Carer asks how to give buccal midazolam if a resident has a long seizure and a resident has been seizing for seven minutes',
      'Caller asks how to stop the bleeding if a wound keeps spurting and the wound on the leg has spurted for ten minutes',
      'asks how to help in case someone swallows a battery the toddler swallowed a button battery an hour ago',
      'Woman asks what a heart attack feels like in case anyone has one and the man next to her is clutching his chest, grey and sweaty',
      // A report joined to the question by "and now" or "but", or told as the question come true (review V5 P1).
      "How should I respond if someone says they're thinking about suicide and now my dad has collapsed and isn't breathing",
      "How do you use an adrenaline auto-injector in case someone has a reaction, but I've just swallowed 30 paracetamol",
      "What should I do if my chest pain spreads to my left arm? It's doing that now and I feel sick and clammy.",
      'what do you do if your grandad starts talking gibberish and his arm goes floppy. happening right now',
      // A report run on with no punctuation after what the question asks, or after the plan it makes.
      "If I'm ever with someone who has chest pain should I give them aspirin my dad has collapsed and is not breathing",
      "If I'm ever with someone who has chest pain should I give them aspirin - I have just swallowed 40 paracetamol",
      "If I'm ever with someone who has chest pain should I give them aspirin, but the cut on his thigh is spurting blood and will not stop",
      'A teacher asks how to use an auto-injector in case one of her pupils has a reaction I have the worst headache of my life, it came on like a thunderclap',
      'A teacher asks how to use an auto-injector in case one of her pupils has a reaction she is bleeding heavily and soaking a pad every hour',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('an ending told about one person, or before a present report, closes nothing after it (review V5 P2)', () => {
    it.each([
      "I always faint when I have blood taken and I'm fine after lying down, but my dad has collapsed and isn't breathing",
      "I always faint when I have blood taken and I'm fine after lying down, but I have crushing chest pain going down my left arm and I'm sweating",
      "She's completely fine now, but my son has been fitting for six minutes and won't stop",
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      "He's back to his normal self now, but yesterday evening he had a nosebleed that took ten minutes to stop.",
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('a figure of speech: stifled at home, wishing oneself dead in a remark the writer calls a joke', () => {
    it.each([
      "Since my sister moved in with her three kids I honestly can't breathe in my own home. How do I ask her to find a place?",
      'I told my flatmate I would rather shoot myself than sit that exam again, just joking obviously, but how do I stop the panic?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "honestly I can't breathe in my own house since the fire started, the smoke is everywhere",
      "I can't breathe in my own house, my lips are blue and I'm gasping",
      'I might as well kill myself - obviously a joke - I have taken 20 tablets',
      'I keep saying I want to die, just joking obviously, but tonight I took all my sertraline',
      'just kidding I want to kill myself and I have a rope ready',
      'he thought I was joking when I said I want to kill myself and I have the pills here',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe("a bleed a case note tells as settled within minutes (NHS: a nosebleed that stops with 10-15 minutes' pressure)", () => {
    it.each([
      'Practice nurse: 12F, nosebleed after PE, brisk bleed, stopped with pinching in five minutes, back in class.',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'brisk bleed from left nostril, settled with firm pressure within ten minutes, but now pouring again and he is pale',
      'arterial bleed from thigh, stopped with a tourniquet within 2 minutes',
      // Not settling is no ending (review V5 P3, pre-existing).
      'School nurse note: 11F, nosebleed in class, pressure applied 20 min without settling, soaked through tissues, looks pale and dizzy.',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
});
