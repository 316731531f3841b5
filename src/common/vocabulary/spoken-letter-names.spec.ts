import { describe, expect, it } from '@jest/globals';
import { abbreviationsForSpokenLetterNames } from './spoken-letter-names.js';

describe('abbreviationsForSpokenLetterNames', () => {
  it.each([
    ['did he get his second em em are', 'did he get his second mmr'],
    ['did he get his second em em are?', 'did he get his second mmr?'],
    ['the aitch pee vee shots', 'the hpv shots'],
    ['the tea dap booster, when did i get it', 'the tdap booster, when did i get it'],
    ['my see dee four count', 'my cd4 count'],
    ['was i tested for tee bee', 'was i tested for tb'],
    ['the eye pee vee and the m m r', 'the ipv and the m m r'],
  ])('reads %j as %j', (said, read) => {
    expect(abbreviationsForSpokenLetterNames(said)).toBe(read);
  });

  it.each([
    'what are his mmr dates, do you see them',
    'why are you asking',
    'are you sure she had the jab',
    'oh and a cup of tea after',
    'see you at the clinic',
  ])('leaves %j as it is: its letter names spell no abbreviation', (text) => {
    expect(abbreviationsForSpokenLetterNames(text)).toBe(text);
  });
});
