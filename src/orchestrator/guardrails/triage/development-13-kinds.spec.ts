import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Development-13's missed emergencies as kinds, told in other words beside look-alikes that must stay
 * quiet (probes written before the rules were changed).
 */
describe('EmergencyTriage: development-13 kinds', () => {
  describe('a means beside a farewell, a preparation or giving up, told plainly (Columbia, NICE NG225 warning signs)', () => {
    it.each([
      "I'm not doing this any more, I have all my tablets in front of me",
      'my dad bought a hosepipe last week and says he has sorted everything out, he gave his cat to my aunt',
      'she texted me thanks for everything, you are the only one who ever understood me, and now she is not answering',
      'my sister posted a photo of a load of pills on her story and now her phone is off',
      'every night i think better i am not alive, tonight i think this time i do it',
      'ive got a rope in the shed. nobody would even notice anyway',
      'she texted goodbye and she has been taking lots of tablets all evening, now her phone is off',
      // A means taken or thought of is no treatment (review V7, 04:35).
      'I might take all my painkillers, nobody would care',
      "I'm so done with everything, I keep staring at the cupboard thinking of taking a pile of tablets",
      "thinking of swallowing all the painkillers for my back, I can't cope anymore",
      "I'm on lots of tablets for my heart, I've stopped caring, I could just take the whole lot tonight",
      'i feel like taking loads of pills and sleeping forever',
      "he's threatening to take all his tablets, he's locked himself in the bathroom",
      'she is threatening to jump off the bridge',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'thanks for everything, doctor, my mum is home now and doing well',
      'I have all my meds in a dosette box now, how do I remember the evening ones?',
      'we sorted everything out with the will after grandad died, now how do I get his repeat prescriptions cancelled?',
      'we gave our dog to my aunt when we moved, now my son misses him and cannot sleep, any tips?',
      'I am not doing this diet anymore, it makes me dizzy, can I stop the weight loss injections?',
      'nobody would even notice if I skipped the gym, right? my knee aches after running',
      'my friend is not answering her phone, she lost her phone at the festival, how do I get her GP to call me',
      'a load of pills came in the post from the pharmacy, my mum is on so many, can I get a review?',
      'my mum is on lots of tablets for her heart, can she have a flu jab?',
      'the pharmacist gave me 7 antibiotics, can I take the whole lot at once or one a day?',
      "my toddler is threatening to take all his toys to nan's, tantrum all morning",
      'my cat is sleeping forever these days, is that normal at 15?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('a cut deeper than meant on a wrist or arm is self-harm needing care; a kitchen cut is not', () => {
    it.each(['cut my arm deeper than i wanted, it wont close and i cant get it to stop bleeding'])(
      'emergency: %s',
      (text) => {
        expect(isEmergency(text)).toBe(true);
      },
    );

    it.each([
      'I cut my finger deeper than I meant to chopping onions, it bled a bit but stopped with pressure, plaster ok?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('another fit just now after one that stopped (NICE NG217: a second seizure without full recovery is an emergency)', () => {
    it.each([
      'my daughter had a febrile convulsion, she came round but 5 minutes later she has had another',
      'our boy had a seizure at lunch and now he has just had another one, he is 6',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'he had a febrile fit last year and another one at 3, none since, is he likely to grow out of them?',
      'my son has epilepsy and had another one last month, his neurologist changed his dose, when should it work?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('"if I didn\'t wake up" is a passive wish (Columbia), read with what else is told; being on a medicine is no means', () => {
    it.each([
      "Sometimes I think it would be better if I didn't wake up, I have been saving my tablets for weeks",
      "it wouldn't be the worst thing if I didn't wake up, tonight I am going to take all my pills",
      'my husband said it would be better if he did not wake up, now he will not wake up and there are empty packets everywhere',
      'I fell in the bathroom and did not wake up for ten minutes, my head is bleeding',
      'I have been on sertraline for years and tonight I took the whole box, I think it is working, I feel so sleepy',
      'I have been on sertraline for two years, I have 60 saved up and I want to die',
      'i swallowed my sleeping pills, it is working already, goodbye',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      "Sometimes at night I think it wouldn't be the worst thing if I didn't wake up, but I have no plans and I wouldn't, I've got my cat. Can I ask my GP to up the dose?",
      'I have been taking citalopram for a year and it is working for me, can I drink alcohol on it?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('a medicine where one extra dose harms, given by two carers; tablets counted short after a toddler got to them (TOXBASE)', () => {
    it.each([
      'my brother and I each gave mum her morphine at 10, she is very sleepy now',
      'I think we both gave him his evening insulin tonight, he is 77 and seems fine',
      'our 2 year old got into the bathroom cabinet and when I counted, 2 or maybe 3 are gone, he seems fine',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each(['we both gave blood at the same session, my husband felt faint after, normal?'])(
      'ordinary: %s',
      (text) => {
        expect(isEmergency(text)).toBe(false);
      },
    );
  });

  describe('a blow told as "hit on the side of the head" is a head injury (NICE head injury: vomiting and drowsiness after it)', () => {
    it.each([
      'my daughter was hit on the side of the head by a cricket ball, she has been sick twice and is very sleepy',
      'he was caught on the back of the head with a bottle, now vomiting and confused',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'hit on the side of the head by a football at school, small bump, he is playing normally, no vomiting, can he go to training tomorrow?',
      'my son got clipped on the top of the head by the cupboard door, little red mark, he is fine and eating, any cream?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });
});
