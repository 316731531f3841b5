import { vocabularyExpansions } from './vocabulary-expansion.js';

describe('medicines told by what they do or how they are given', () => {
  it.each([
    'the tb pill that turns your pee orange',
    'the one that makes your wee orange',
    'the tb drug that can turn tears orange',
  ])('%s: a rifamycin', (text) => {
    expect(vocabularyExpansions(text)).toEqual(expect.arrayContaining(['rifampin', 'rifampicin']));
  });

  it('a medicine read as given by injection is one of the injectable TB drugs', () => {
    expect(vocabularyExpansions('the tb parenteral medicine every day')).toContain('streptomycin');
  });

  it.each(['did she have the tb jab', 'when was his tb shot', 'my flu injection', 'is his pee a normal colour'])(
    '%s: no medicine added',
    (text) => {
      expect(vocabularyExpansions(text)).not.toEqual(expect.arrayContaining(['streptomycin']));
      expect(vocabularyExpansions(text)).not.toEqual(expect.arrayContaining(['rifampin']));
    },
  );
});
