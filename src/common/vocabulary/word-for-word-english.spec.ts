import { wordForWordEnglish } from './word-for-word-english.js';

describe('wordForWordEnglish', () => {
  const english = wordForWordEnglish({
    phrases: [['dor de (?:cabeca|cabeça)', 'headache']],
    words: { febre: 'fever', dor: 'pain' },
    plainLetters: (text) => text.normalize('NFD').replace(/\p{M}/gu, ''),
    beforePhrases: (text) => text.replace(/\bd'(?=[a-z])/g, 'd '),
  });

  it('reads phrases before single words, and leaves every other word as written', () => {
    expect(english('dor de cabeca and febre in 2019')).toBe('headache and fever in 2019');
    expect(english('dor in my back')).toBe('pain in my back');
  });

  it('types letters beyond ASCII plainly before reading, and runs the step before the phrases', () => {
    expect(english('febre e dor de cabeça')).toBe('fever e headache');
    expect(english("d'febre")).toBe('d fever');
  });

  it("never reads a word from an object's prototype", () => {
    expect(english('constructor tostring')).toBe('constructor tostring');
  });

  it('reads a text as written when the vocabulary types no letters plainly', () => {
    const asWritten = wordForWordEnglish({ phrases: [], words: { febre: 'fever' } });
    expect(asWritten('fébre febre')).toBe('fébre fever');
  });
});
