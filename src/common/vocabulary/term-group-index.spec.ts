import { describe, expect, it } from '@jest/globals';
import { startingWordsOf, TermGroupIndex } from './term-group-index.js';

describe('startingWordsOf', () => {
  it('is the first word, with each way its optional apostrophes can cut it', () => {
    expect(startingWordsOf('kidney stone')).toEqual(['kidney']);
    expect(startingWordsOf('5-in-1')).toEqual(['5']);
    expect(startingWordsOf("can't sleep")).toEqual(['can', 'cant']);
    expect(startingWordsOf("o'neil's")).toEqual(['o', 'oneil', 'oneils']);
  });

  it('leaves out terms a first word cannot find', () => {
    expect(startingWordsOf("'roids")).toBeUndefined();
    expect(startingWordsOf('')).toBeUndefined();
    expect(startingWordsOf('Cold Sore')).toBeUndefined();
  });
});

describe('TermGroupIndex', () => {
  const groups = [['kidney stone', 'nephrolithiasis'], ['fever'], ["can't sleep", 'insomnia'], ["'roids"], []];
  const index = new TermGroupIndex(groups, (terms) => terms);

  it("names the groups the text's words start, plurals too, in the groups' order", () => {
    expect(index.candidatesFor('fevers and kidney-stones')).toEqual([groups[0], groups[1], groups[3], groups[4]]);
    expect(index.candidatesFor('i cant sleep')).toEqual([groups[2], groups[3], groups[4]]);
    expect(index.candidatesFor("i can't sleep")).toEqual([groups[2], groups[3], groups[4]]);
  });

  it('always names the groups it cannot index, and only those for unrelated words', () => {
    expect(index.candidatesFor('nothing to see')).toEqual([groups[3], groups[4]]);
  });
});
