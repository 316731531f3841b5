import { describe, expect, it } from '@jest/globals';
import { titleFromFirstMessage } from './consultation-title.js';

describe('titleFromFirstMessage', () => {
  it('keeps a short message whole, whitespace collapsed', () => {
    expect(titleFromFirstMessage('  I have a   headache\nsince Monday. ', [])).toBe('I have a headache since Monday.');
  });

  it('cuts a long message at a word, within about 60 characters', () => {
    const title = titleFromFirstMessage(
      'My daughter has had a fever of 39 degrees for three days and now a rash on her arms',
      [],
    );
    expect(title).toBe('My daughter has had a fever of 39 degrees for three days and…');
    expect(title.length).toBeLessThanOrEqual(61);
  });

  it('cuts one very long word where it must', () => {
    expect(titleFromFirstMessage('x'.repeat(200), [])).toBe(`${'x'.repeat(60)}…`);
  });

  it('names a photo or a recording sent without text', () => {
    expect(titleFromFirstMessage('', [{ kind: 'image' }])).toBe('Photo');
    expect(titleFromFirstMessage(' ', [{ kind: 'audio' }])).toBe('Voice message');
    expect(titleFromFirstMessage('', [])).toBe('Consultation');
  });
});
