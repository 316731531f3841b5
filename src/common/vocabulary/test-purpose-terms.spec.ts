import { testPurposeExpansions, vaccineExpansions, vocabularyExpansions } from './vocabulary-expansion.js';

// A test asked for by what it measures, the sample given or the illness it looks for, in words
// no record holds: each finds the order's own name, one way, for record questions only.

describe('testPurposeExpansions', () => {
  it('finds a test by what it measures', () => {
    expect(testPurposeExpansions('the inflammation blood test, did they do one')).toContain(
      'erythrocyte sedimentation rate',
    );
    expect(testPurposeExpansions('was an inflammation marker checked')).toContain('erythrocyte sedimentation rate');
    expect(testPurposeExpansions('they checked my blood salts in 2016?')).toContain('serum electrolytes');
    expect(testPurposeExpansions('my potassium and sodium, were they measured')).toContain('serum electrolytes');
    expect(testPurposeExpansions('my clotting cells, were they checked')).toContain('platelets');
    expect(testPurposeExpansions('the count of immune cells they do for hiv')).toContain('cd4');
    expect(testPurposeExpansions('was my immune system count done')).toContain('cd4');
  });

  it('finds a test by the sample given or the system it looks at', () => {
    expect(testPurposeExpansions('they made me pee in a pot in 2012')).toContain('urinalysis');
    expect(testPurposeExpansions('was my wee tested for protein')).toContain('urinary');
    expect(testPurposeExpansions('did the hospital test my poop for bugs')).toContain('stool test');
    expect(testPurposeExpansions('my water works test when i was in hospital')).toContain('urinalysis');
    expect(testPurposeExpansions('did i have to cough up a phlegm sample for the tb')).toContain('sputums for afb');
    expect(testPurposeExpansions('was there a test of my spit for tb germs')).toContain('sputum test');
  });

  it('finds a test by the illness it looks for', () => {
    expect(testPurposeExpansions('was i checked for the mosquito fever')).toContain('malaria');
    expect(testPurposeExpansions('was i checked for malta fever')).toContain('brucella');
    expect(testPurposeExpansions('was i checked for parasites when i was admitted')).toContain('stool for ova');
    expect(testPurposeExpansions('they checked for worms at my tb admission')).toContain('stool for ova');
    expect(testPurposeExpansions('did they run an std screen when i was admitted')).toEqual(
      expect.arrayContaining(['vdrl', 'treponema pallidum']),
    );
    expect(testPurposeExpansions('they wanted to know if i was pregnant')).toContain('pregnancy test');
    // Expecting without "a baby", after whether, if or when; and the colloquial names.
    expect(testPurposeExpansions('they checked if i was expecting in 2012')).toContain('pregnancy test');
    expect(testPurposeExpansions('the test when she was expecting')).toContain('pregnancy test');
    expect(testPurposeExpansions('did they check whether i was preggers')).toContain('pregnancy test');
    expect(testPurposeExpansions('i was expecting my viral load to be lower')).toEqual([]);
  });

  it('stays quiet for the same words told of something else', () => {
    expect(testPurposeExpansions("my wee girl's cough in march 2020")).toEqual([]);
    expect(testPurposeExpansions('was she coughing up phlegm')).toEqual([]);
    expect(testPurposeExpansions('did the inflammation in his joints get written down')).toEqual([]);
    expect(testPurposeExpansions('what jabs has he had to build his immunity')).toEqual([]);
  });

  it('is not part of the vocabulary knowledge search shares', () => {
    expect(vocabularyExpansions('the inflammation blood test')).not.toContain('erythrocyte sedimentation rate');
  });
});

describe('Hib and the protective equipment in lay words', () => {
  it('widens a Hib question without the word "influenzae", which is influenza’s search term', () => {
    expect(vaccineExpansions('is his hib finished')).not.toContain('haemophilus influenzae type b');
    expect(vaccineExpansions('nursery form asks about haemophilus influenzae')).toContain('hib');
  });

  it('reads the staff gowning up as the personal protective equipment', () => {
    expect(vocabularyExpansions('did the staff gown up when he came in with the virus')).toContain(
      'personal protective equipment',
    );
    expect(vocabularyExpansions('were the nurses in gowns and gloves')).toContain('personal protective equipment');
  });
});
