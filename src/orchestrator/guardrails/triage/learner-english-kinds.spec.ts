import { EmergencyTriage } from '../emergency-triage.js';
import { withLearnerGrammar } from './learner-grammar.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * English written by people who learnt another language first puts "no" before the verb ("he no
 * wake", "she no breathing good") and leaves "it" out of a question ("is ok?"). Read as the English
 * negation, the finding is heard as it would be in a native's words; "no" before a noun or in a list of
 * denials stays what it is, and "is ok?" asks, it does not tell a recovery.
 */
describe('EmergencyTriage: a learner\'s "no" before the verb, and a question without its "it"', () => {
  describe('read as English', () => {
    it.each([
      ['he no remember what happen', 'he does not remember what happen'],
      ['my husband no breathe', 'my husband is not breathing'],
      ['she no can move her arm', 'she cannot move her arm'],
      ['my son he no moving', 'my son he not moving'],
      ['and no moving for like one minute', 'and not moving for like one minute'],
      ['she no answer me', 'she does not answer me'],
      // A question without its "it" tells no recovery.
      ['now he very sleepy, is ok?', 'now he very sleepy, is it ok?'],
      ['she is breathing fast. is normal?', 'she is breathing fast. is it normal?'],
    ])('%s -> %s', (learner, english) => {
      expect(withLearnerGrammar(learner)).toBe(english);
    });

    it.each([
      'no breathing problems, no chest pain',
      'my son no breathing problem, only runny nose',
      'the engine has no moving parts',
      'i knocked and there was no answer at the door',
    ])('left as it is: %s', (text) => {
      expect(withLearnerGrammar(text)).toBe(text);
    });
  });

  it.each([
    'my brother he fall down at work and no moving for like one minute, now he wake but very sleepy and no remember what happen, is ok?',
    'my husband no breathe, he fall on floor, what I do',
    'my son he no moving after fall from tree, eyes closed, i shout his name',
    'she no respond when i call her, she is on the floor and lips are blue',
    'he take many pills, now he no wake up when i shake him',
    'my son is faint and after no wake, 2 minutes already, he is 15',
    'my grandfather he no respond, he is sit in chair and eyes open but no talk',
    'my wife she no breathing good, lips going blue colour',
    'my dad collapsed in the garden and was not moving for a minute, now he confused and very sleepy, is ok?',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  it.each([
    'no breathing problems, no chest pain, just a cough and a runny nose for 3 days',
    'my son no breathing problem, only runny nose and little cough, he play normal',
    'He no remember where he put his keys, he is 80, is this dementia starting?',
    'my son have little cough and runny nose two days, he play and eat good, is ok?',
    'my dad fainted once last year, he is fine now, is ok to drive?',
    'i no drinking alcohol since 3 weeks and feel good, can i take paracetamol for headache?',
    'my daughter no talking much at school, teacher say she is shy, she is 5',
    'we did CPR training at work: no breathing for ten seconds means start compressions, is that right?',
  ])('ordinary: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });
});
