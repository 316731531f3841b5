import { describe, expect, it } from '@jest/globals';
import { OpenedValues } from './opened-values.js';

describe('OpenedValues', () => {
  it('gives a plaintext back only under the context it was opened with', () => {
    const opened = new OpenedValues();
    opened.remember('enc:v1:k:AAAA', 'conversations.message:A', 'chest pain');
    expect(opened.find('enc:v1:k:AAAA', 'conversations.message:A')).toBe('chest pain');
    expect(opened.find('enc:v1:k:AAAA', 'conversations.message:B')).toBeUndefined();
    expect(opened.find('enc:v1:k:BBBB', 'conversations.message:A')).toBeUndefined();
  });

  it('keeps at most maxChars characters, forgetting the oldest first', () => {
    // Each entry: 3 + 1 + 1 = 5 characters; a budget of 10 holds two.
    const opened = new OpenedValues(10);
    opened.remember('one', 'c', '1');
    opened.remember('two', 'c', '2');
    opened.remember('two', 'c', '2');
    expect(opened.size).toBe(2);
    expect(opened.heldChars).toBe(10);
    opened.remember('six', 'c', '6');
    expect(opened.size).toBe(2);
    expect(opened.heldChars).toBe(10);
    expect(opened.find('one', 'c')).toBeUndefined();
    expect(opened.find('two', 'c')).toBe('2');
    expect(opened.find('six', 'c')).toBe('6');
  });

  it('does not keep a value longer than maxValueChars, nor one the budget cannot hold', () => {
    const short = new OpenedValues(100, 5);
    short.remember('123456', 'c', 'long');
    expect(short.find('123456', 'c')).toBeUndefined();
    const none = new OpenedValues(0);
    none.remember('one', 'c', '1');
    expect(none.size).toBe(0);
    expect(none.heldChars).toBe(0);
  });
});
