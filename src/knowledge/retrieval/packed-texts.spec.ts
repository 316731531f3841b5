import { describe, expect, it } from '@jest/globals';
import { PackedTexts } from './packed-texts.js';

describe('PackedTexts', () => {
  const texts = [
    'Shingles, also called herpes zoster, is a painful rash.',
    '',
    'Sjögren’s syndrome — “dry eyes” and a dry mouth.',
    '糖尿病 (diabetes) 🩺 and the rest in ASCII',
    'x',
  ];

  it('gives back each text as written, in the order given', () => {
    const packed = PackedTexts.of(texts);
    expect(packed.size).toBe(texts.length);
    expect(texts.map((_text, index) => packed.at(index))).toEqual(texts);
    // In any order, and as often as asked.
    expect([4, 2, 0, 2].map((index) => packed.at(index))).toEqual([texts[4], texts[2], texts[0], texts[2]]);
  });

  it('keeps them as their UTF-8 bytes', () => {
    const packed = PackedTexts.of(texts);
    expect(packed.byteLength).toBe(texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0));
  });

  it('refuses a place outside the texts', () => {
    const packed = PackedTexts.of(texts);
    for (const index of [-1, texts.length, 1.5, Number.NaN]) expect(() => packed.at(index)).toThrow(RangeError);
    expect(() => PackedTexts.of([]).at(0)).toThrow(RangeError);
  });

  it('holds no texts at all', () => {
    const packed = PackedTexts.of([]);
    expect(packed.size).toBe(0);
    expect(packed.byteLength).toBe(0);
  });

  it('gives back a lone surrogate as U+FFFD and leaves the texts around it whole', () => {
    const packed = PackedTexts.of(['before', 'broken \uD83D pair', 'after']);
    expect(packed.at(1)).toBe('broken \uFFFD pair');
    expect([packed.at(0), packed.at(2)]).toEqual(['before', 'after']);
  });
});
