import { letteredRivals } from './lettered-terms.js';
import { searchTermsOf, tokenize } from './search-terms.js';

describe('one-letter names (hepatitis A and B, influenza virus A and B)', () => {
  it.each([
    ['Hep A, adult', ['hep', 'hepatitisa', 'adult']],
    ['Hep B, adolescent or pediatric', ['hep', 'hepatitisb', 'adolesc', 'pediatr']],
    ['Influenza virus A RNA [Presence]', ['influenza', 'viru', 'influenzaa', 'rna', 'presenc']],
    ['Parainfluenza virus 3 RNA', ['parainfluenza', 'viru', 'parainfluenza3', 'rna']],
    ['my hepb', ['hepb', 'hepatitisb']],
    ['hep-b jab', ['hep', 'hepatitisb', 'jab']],
    ['vitamin d level', ['vitamin', 'vitamind', 'level']],
    ['type 2 diabetes', ['type', 'type2', 'diabet']],
    ['flu b', ['flu', 'influenzab']],
  ])('%j is searched as %j', (text, terms) => {
    expect(searchTermsOf(text)).toEqual(terms);
  });

  it.each([
    'had the flu a few times',
    'Influenza, seasonal, injectable',
    'the hep clinic, a nurse said',
    'a type of vaccine',
    'vitamin b12',
  ])('%j joins no letter', (text) => {
    expect(tokenize(text)).toEqual(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  });

  it("names the same base's other letters as rivals, not those asked", () => {
    expect(letteredRivals(['hep', 'hepatitisb', 'jab'])).toEqual({
      asked: ['hepatitisb'],
      rivals: ['hepatitisa', 'hepatitisc', 'hepatitisd', 'hepatitise'],
    });
    expect(letteredRivals(['hepatitisa', 'hepatitisb']).rivals).toEqual(['hepatitisc', 'hepatitisd', 'hepatitise']);
    expect(letteredRivals(['parainfluenza3']).rivals).toEqual(['parainfluenza1', 'parainfluenza2', 'parainfluenza4']);
    expect(letteredRivals(['flu', 'shot'])).toEqual({ asked: [], rivals: [] });
  });
});
