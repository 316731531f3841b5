import { describe, expect, it } from '@jest/globals';
import { dropUnknownCitations } from './knowledge-citations.js';

describe('dropUnknownCitations', () => {
  it('keeps citations to given passages and removes the others, within groups too', () => {
    expect(dropUnknownCitations('A [1]. B [4]. C [2, 5]. D [3][9].', 3)).toEqual({
      text: 'A [1]. B. C [2]. D [3].',
      dropped: 3,
    });
  });

  it('removes every citation when no passage was given, and leaves a clean answer alone', () => {
    expect(dropUnknownCitations('Rest helps [1].', 0)).toEqual({ text: 'Rest helps.', dropped: 1 });
    expect(dropUnknownCitations('Rest  helps [1].', 1)).toEqual({ text: 'Rest  helps [1].', dropped: 0 });
  });
});
