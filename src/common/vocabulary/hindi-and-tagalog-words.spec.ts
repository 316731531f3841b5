import { describe, expect, it } from '@jest/globals';
import { englishForHindiAndTagalogWords } from './hindi-and-tagalog-words.js';

describe('englishForHindiAndTagalogWords', () => {
  it('puts the Hindi health words of a Hinglish question in English, a pain told by where it is too', () => {
    expect(englishForHindiAndTagalogWords('uska sir dard ho raha tha covid mein, doctor ne likha kya?')).toBe(
      'his headache ho raha was covid mein, doctor ne written what?',
    );
    expect(englishForHindiAndTagalogWords('mera vazan kitna tha 2010 mein')).toBe('my weight how much was 2010 mein');
  });

  it('puts the Tagalog ones in English', () => {
    expect(englishForHindiAndTagalogWords('sakit ng ulo ni pablo noong may covid siya, nakasulat ba?')).toBe(
      'headache ni pablo in may covid she, written ba?',
    );
    expect(englishForHindiAndTagalogWords('kailan ang huling bakuna sa trangkaso')).toBe(
      'when the last vaccine for flu',
    );
  });

  it('leaves English words the languages share alone: a jab, a pet, sir, may', () => {
    expect(englishForHindiAndTagalogWords('which jab did she get in may, sir')).toBe(
      'which jab did she get in may, sir',
    );
    expect(englishForHindiAndTagalogWords('the pet dog bit him, was a tetanus shot given')).toBe(
      'the pet dog bit him, was a tetanus shot given',
    );
  });

  it('keeps the beta of a class of medicines English, and reads "beta" alone as a son', () => {
    expect(englishForHindiAndTagalogWords('is she on beta blockers or any beta-blocker')).toBe(
      'is she on betablockers or any betablocker',
    );
    expect(englishForHindiAndTagalogWords('mera beta asks')).toBe('my son asks');
  });

  it.each([
    ['meri tb ki dawai', 'my tb ki medicine'],
    ['ano ang gamot ko', 'what the my medicine'],
  ])('reads a treatment asked for as such: %j is %j', (text, english) => {
    expect(englishForHindiAndTagalogWords(text)).toBe(english);
  });
});
