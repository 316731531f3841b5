import { readLabelledSet, trainsTheWordingModel, TRIAGE_SETS } from '../../triage-evaluation/labelled-set-file.js';
import { isMostlyEnglish, looksEnglish } from './english-looking-words.js';
import { ENGLISH_WORDS } from './english-words.js';
import { foldLetters } from './language-lexicon.js';

describe('English-looking words', () => {
  it('are the words of at least 3 messages the wording model is trained on (npm run triage:english-words)', () => {
    const messagesWith = new Map<string, number>();
    for (const name of TRIAGE_SETS.filter((set) => trainsTheWordingModel(set))) {
      for (const { text } of readLabelledSet(name).messages) {
        for (const word of new Set(foldLetters(text).match(/[a-z]+/g) ?? [])) {
          messagesWith.set(word, (messagesWith.get(word) ?? 0) + 1);
        }
      }
    }
    const words = [...messagesWith]
      .filter(([word, messages]) => word.length > 1 && messages >= 3)
      .map(([word]) => word);
    expect([...ENGLISH_WORDS].sort()).toEqual(words.sort());
  });

  it('are English words the model learned, and not words of the language the message is read from', () => {
    const spanish = new Set(['pero', 'semanas', 'mi']);
    expect(looksEnglish('chest', [spanish])).toBe(true);
    expect(looksEnglish('semanas', [spanish])).toBe(false);
    expect(looksEnglish('mi', [])).toBe(true);
    expect(looksEnglish('mi', [spanish])).toBe(false);
  });

  it('make a message mostly English when they are at least half its words', () => {
    const words = ['my', 'son', 'has', 'fever', 'mi', 'hijo', 'tiene', 'fiebre'];
    expect(isMostlyEnglish(words, ['my', 'son', 'has', 'fever'], [])).toBe(true);
    expect(isMostlyEnglish(words, ['my', 'son', 'hijo'], [])).toBe(false);
  });
});
