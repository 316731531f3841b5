import type { PriorExchange } from '../chat-turn.js';
import { estimateTokens, exchangeTokens, selectHistoryWithinBudget } from './history-budget.js';

const exchange = (label: string, chars: number): PriorExchange => ({
  user: label.padEnd(chars / 2, '.'),
  assistant: ''.padEnd(chars / 2, '-'),
  at: new Date(0),
});

describe('history budget', () => {
  it('estimates a token as about four characters, rounding up', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
    expect(exchangeTokens({ user: 'abcd', assistant: 'abcdefgh', at: new Date(0) })).toBe(3);
  });

  it('keeps the newest exchanges that fit and returns them oldest first', () => {
    // 40 chars = 10 tokens each; a budget of 25 fits the two newest.
    const history = [exchange('first', 40), exchange('second', 40), exchange('third', 40)];

    const selected = selectHistoryWithinBudget(history, 25);

    expect(selected.map((e) => e.user.replace(/\.+$/, ''))).toEqual(['second', 'third']);
  });

  it('stops at the first exchange that does not fit rather than skipping to an older, shorter one', () => {
    const history = [exchange('old-short', 8), exchange('middle-long', 400), exchange('newest', 40)];

    expect(selectHistoryWithinBudget(history, 20).map((e) => e.user.slice(0, 6))).toEqual(['newest']);
  });

  it('returns everything when the budget allows and nothing when it is zero or the history empty', () => {
    const history = [exchange('a', 40), exchange('b', 40)];
    expect(selectHistoryWithinBudget(history, 1000)).toEqual(history);
    expect(selectHistoryWithinBudget(history, 0)).toEqual([]);
    expect(selectHistoryWithinBudget([], 1000)).toEqual([]);
  });

  it('does not reorder or mutate the caller’s array', () => {
    const history = [exchange('a', 40), exchange('b', 40)];
    const copy = [...history];
    selectHistoryWithinBudget(history, 15);
    expect(history).toEqual(copy);
  });
});
