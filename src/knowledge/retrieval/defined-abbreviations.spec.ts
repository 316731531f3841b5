import { describe, expect, it } from '@jest/globals';
import { DefinedAbbreviations, longFormBefore } from './defined-abbreviations.js';

/** A collection's answers, as read at indexing: definitions, then every token counted. */
function abbreviationsOf(answers: string[]): DefinedAbbreviations {
  const abbreviations = new DefinedAbbreviations();
  for (const answer of answers) abbreviations.addDefinitionsIn(answer);
  for (const answer of answers) for (const token of answer.split(/[^\p{L}\p{N}]+/u)) abbreviations.countToken(token);
  return abbreviations;
}

describe('DefinedAbbreviations', () => {
  const abbreviations = abbreviationsOf([
    'Granular corneal dystrophy (GCD) clouds the clear front of the eye.',
    'Granular corneal dystrophy (GCD) is inherited. Computed axial tomography (CAT) may be used.',
    'A cat scratch can carry bacteria; a cat bite too; keep the cat indoors; a cat may scratch.',
    'Spinocerebellar ataxia type 2 (SCA2) affects balance. Osteogenesis imperfecta (OIs) are brittle-bone disorders.',
    'Results are reported quickly (ASAP) and the sample is kept cold (see below).',
    'Parkes Weber syndrome (PWS) is a disorder of blood vessels. Parkes Weber syndrome (PWS) affects a limb.',
    'Prader-Willi syndrome (PWS) starts with weak muscles in infancy.',
  ]);

  it('reads a short form written with capitals as the words it stands for', () => {
    expect(abbreviations.longFormsIn('is GCD something my kids could get')).toEqual(['granular corneal dystrophy']);
    expect(abbreviations.longFormsIn('my son has SCA2, what now')).toEqual(['spinocerebellar ataxia type 2']);
    expect(abbreviations.longFormsIn('both twins have OIs')).toEqual(['osteogenesis imperfecta']);
  });

  it('reads a lower-case short form only when the collection never uses it as a word', () => {
    expect(abbreviations.longFormsIn('what is gcd')).toEqual(['granular corneal dystrophy']);
    expect(abbreviations.longFormsIn('can my cat give me an infection')).toEqual([]);
    expect(abbreviations.longFormsIn('they want a CAT of my head')).toEqual(['computed axial tomography']);
  });

  it('takes a bracket whose letters are not the initials before it as no definition', () => {
    expect(abbreviations.longFormsIn('I need the results ASAP')).toEqual([]);
    expect(longFormBefore('the sample is kept cold', 'RTX')).toBeNull();
  });

  it('reads an ambiguous short form as the meaning whose words the message also uses', () => {
    expect(abbreviations.longFormsIn('my niece has prader something, PWS they call it')).toEqual([
      'prader-willi syndrome',
    ]);
    expect(abbreviations.longFormsIn('the doctor wrote PWS, the Weber kind')).toEqual(['parkes weber syndrome']);
    // With no word of either meaning beside it (or only the word they share), each meaning is kept.
    expect(abbreviations.longFormsIn('what is PWS syndrome')).toEqual([
      'parkes weber syndrome',
      'prader-willi syndrome',
    ]);
  });

  it('does not read a lower-case plural as a short form ("gcds" is no word anyone writes for GCD)', () => {
    expect(abbreviations.longFormsIn('what are gcds')).toEqual([]);
  });

  it('starts a long form at a word, not at a syllable of a spelled-out pronunciation', () => {
    expect(longFormBefore('called hy-per-TROPH-ick nodular gliosis', 'HNG')).toBe('hy-per-troph-ick nodular gliosis');
  });
});
