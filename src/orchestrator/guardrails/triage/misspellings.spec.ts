import { EmergencyTriage } from '../emergency-triage.js';
import { correctMisspellings, knownMisspellingCount } from './misspellings.js';

const rules = new EmergencyTriage();
const isEmergency = (text: string): boolean => rules.assess(text).isEmergency;

describe('correctMisspellings', () => {
  it('reads each kind of slip as the word it stands for', () => {
    expect(correctMisspellings('his arm is numbb and his speach is slured, it came on sudenly')).toBe(
      'his arm is numbb and his speech is slurred, it came on suddenly',
    );
    expect(correctMisspellings('alergic reacshun, tounge swolen, wheezin')).toBe(
      'allergic reaction, tongue swollen, wheezing',
    );
    expect(correctMisspellings('she swalowd her nans warferin')).toBe('she swallowed her nans warfarin');
  });

  it('leaves real words one slip from a key word alone', () => {
    for (const word of [
      'breath',
      'strike',
      'threat',
      'sever',
      'building',
      'dropping',
      'crashing',
      'fiver',
      'overdoes',
    ]) {
      expect(correctMisspellings(word)).toBe(word);
    }
    expect(knownMisspellingCount()).toBeGreaterThan(1000);
  });
});

/** Lexicon and modifiers added with development-7's round, each beside an ordinary neighbour. */
describe('EmergencyTriage: misspelt emergencies and their ordinary neighbours', () => {
  it.each([
    'my wifes face is droopin on one side and she cant rase her arm, started sudenly',
    'pt 71M with a history of heavy smoking coughed up about a mugful of fresh blood this morning',
    'she says theres nothing left and nobody can help her, and she has her dads shotgun',
    'an hour ago his foot went chalky and stone cold, toes numb',
    'my 3 month old has a spongy swelling on his head after rolling off the sofa',
  ])('fires: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  it.each([
    'Suppose my husband had a seizure in the bath, what would I do first?',
    'How would I tell a panic attack apart from a heart attack in my dad?',
    'My cardiologist says the skipped beats are ectopic beats and harmless. Can I drink coffee?',
    'I took 2 paracetamol instead of 1 by mistake this morning, I am 60 kg. Is that ok?',
    'My son was stung and his lip went down within an hour of the antihistamine. Is that all?',
  ])('stays quiet: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });
});
