import { describe, expect, it } from '@jest/globals';
import { BestFirstQueue } from './best-first-queue.js';
import { bestFirst } from './bm25-postings.js';

const drained = (queue: BestFirstQueue): number[] => {
  const order: number[] = [];
  for (let position = queue.next(); position >= 0; position = queue.next()) order.push(position);
  return order;
};

describe('BestFirstQueue', () => {
  it('hands out positions highest score first, equal scores in position order, as bestFirst sorts them', () => {
    // Few distinct values among many positions, so most comparisons are ties.
    const scores = Float64Array.from({ length: 1000 }, (_unused, i) => ((i * 7919) % 13) / 4);
    const queue = new BestFirstQueue(
      scores.length,
      (left, right) => scores[left] > scores[right] || (scores[left] === scores[right] && left < right),
    );

    expect(drained(queue)).toEqual([...bestFirst(scores)]);
  });

  it('answers -1 once empty, and at once for no positions', () => {
    const queue = new BestFirstQueue(2, (left, right) => left > right);

    expect(drained(queue)).toEqual([1, 0]);
    expect(queue.next()).toBe(-1);
    expect(new BestFirstQueue(0, () => true).next()).toBe(-1);
  });
});
