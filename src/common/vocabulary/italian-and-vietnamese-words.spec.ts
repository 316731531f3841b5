import { describe, expect, it } from '@jest/globals';
import { englishForItalianAndVietnameseWords } from './italian-and-vietnamese-words.js';

describe('englishForItalianAndVietnameseWords', () => {
  it('puts an Italian question in English words the record questions read, an elision too', () => {
    expect(englishForItalianAndVietnameseWords('quanto era alta la febbre di mio figlio con il covid?')).toBe(
      'how much era high la fever di my son with covid?',
    );
    expect(englishForItalianAndVietnameseWords("qual era la mia carica virale dell'hiv?")).toBe(
      'which era la my viral load dell hiv?',
    );
  });

  it('reads Vietnamese syllables as the phrases they make, with their tone marks or without', () => {
    expect(englishForItalianAndVietnameseWords('nhịp tim của con trai tôi khi bị covid là bao nhiêu?')).toBe(
      'heart rate of my son when covid la how much?',
    );
    expect(englishForItalianAndVietnameseWords('con trai toi can nang bao nhieu khi bi sot?')).toBe(
      'my son weight how much when fever?',
    );
    expect(englishForItalianAndVietnameseWords('tôi bị lao phổi năm nào?')).toBe('i tuberculosis which year?');
  });

  it('leaves English, names and the syllables that are English words alone', () => {
    expect(englishForItalianAndVietnameseWords('the lao family con artist said ho ho, do i have a cum laude')).toBe(
      'the lao family con artist said ho ho, do i have a cum laude',
    );
    expect(englishForItalianAndVietnameseWords('was the era of the sot over')).toBe('was the era of the sot over');
  });

  it.each([
    ['il mio trattamento per la tubercolosi', 'il my treatment per la tuberculosis'],
    ['thuốc điều trị lao phổi của tôi', 'medicine treatment tuberculosis my'],
  ])('reads a treatment asked for as such: %j is %j', (text, english) => {
    expect(englishForItalianAndVietnameseWords(text)).toBe(english);
  });
});
