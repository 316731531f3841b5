import { describe, expect, it } from '@jest/globals';
import { tokensOfTurn } from './turn-tokens.js';
import { nextUtcMidnight, secondsUntilNextUtcDay, utcDay } from './utc-day.js';

describe('tokensOfTurn', () => {
  it('takes the usage the LLM layer reports', () => {
    expect(
      tokensOfTurn('hello', { response: 'an answer', usage: { promptTokens: 812, completionTokens: 95 } }),
    ).toEqual({ prompt: 812, completion: 95, source: 'reported' });
  });

  it('estimates about four characters a token from the message and the answer when no usage is reported', () => {
    expect(tokensOfTurn('x'.repeat(10), { response: 'y'.repeat(400) })).toEqual({
      prompt: 3,
      completion: 100,
      source: 'estimated',
    });
    expect(tokensOfTurn('', { response: '', usage: null })).toEqual({ prompt: 0, completion: 0, source: 'estimated' });
  });
});

describe('UTC days', () => {
  it('names the UTC day and counts the seconds to its end, never zero', () => {
    const lateEvening = new Date('2026-01-15T23:30:00.000Z');
    expect(utcDay(lateEvening)).toBe('2026-01-15');
    expect(nextUtcMidnight(lateEvening).toISOString()).toBe('2026-01-16T00:00:00.000Z');
    expect(secondsUntilNextUtcDay(lateEvening)).toBe(1800);
    expect(secondsUntilNextUtcDay(new Date('2026-01-16T00:00:00.000Z'))).toBe(86_400);
  });
});
