import { joinSpelledAbbreviations } from './spelled-abbreviations.js';

describe('joinSpelledAbbreviations', () => {
  it.each([
    ['did my son get the m m r', 'did my son get the mmr'],
    ['which injection for the h.p.v.', 'which injection for the hpv'],
    ['b p numbers from 2016', 'bp numbers from 2016'],
    ['c d 4 count please', 'cd4 count please'],
    ['how many d tap shots', 'how many dtap shots'],
    ['did he get his t dap', 'did he get his tdap'],
    ['the tee dap booster', 'the tdap booster'],
    // A tuberculosis regimen code as the records write it ("1HRZE", "5HR + E").
    ['what does one h r z e mean on my list', 'what does 1hrze mean on my list'],
    ['5 h r plus e', '5hr plus e'],
    ['two h r z e then four h r', '2hrze then 4hr'],
    ['h r z e', 'hrze'],
  ])('reads "%s" as "%s"', (text, joined) => {
    expect(joinSpelledAbbreviations(text)).toBe(joined);
  });

  it.each([
    'did i get a b12 shot',
    'was i a b negative',
    'vitamin d a day',
    'plan a or b',
    // A heart rate, a sed rate: not a regimen.
    'what was my h r',
    'the e s r test',
  ])('leaves "%s" alone', (text) => {
    expect(joinSpelledAbbreviations(text)).toBe(text);
  });

  it.each([
    ['he has had 5 dtaps right', 'he has had 5 dtap right'],
    ['her bps back in 2012', 'her bp back in 2012'],
    ["both m m r's", 'both mmr'],
  ])('reads a plural abbreviation as the abbreviation: "%s"', (text, singular) => {
    expect(joinSpelledAbbreviations(text)).toBe(singular);
  });

  it('leaves a plural that is another word alone', () => {
    expect(joinSpelledAbbreviations('two tbs of syrup')).toBe('two tbs of syrup');
  });
});
