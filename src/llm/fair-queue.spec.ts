import { FairQueue } from './fair-queue.js';

describe('FairQueue', () => {
  const drain = (queue: FairQueue<string>) => Array.from({ length: queue.length }, () => queue.shift()!);

  it('serves lanes round-robin in the order they joined, each lane first in first out', () => {
    const queue = new FairQueue<string>();
    for (const entry of ['a1', 'a2', 'a3', 'a4']) queue.push('a', entry);
    queue.push('b', 'b1');
    queue.push('c', 'c1');
    queue.push('b', 'b2');

    expect(queue.serviceOrder()).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
    expect(drain(queue)).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
    expect(queue.length).toBe(0);
  });

  it('puts a call sent back by a busy host at the head of its lane and its lane at the head of the rotation', () => {
    const queue = new FairQueue<string>();
    queue.push('a', 'a2');
    queue.push('b', 'b1');
    queue.pushFront('b', 'b0');

    expect(drain(queue)).toEqual(['b0', 'a2', 'b1']);
  });

  it('skips entries the free host cannot take and removes entries that stop waiting', () => {
    const queue = new FairQueue<string>();
    queue.push('a', 'vision-a');
    queue.push('b', 'chat-b');
    queue.push('c', 'chat-c');

    expect(queue.shift((entry) => entry.startsWith('chat'))).toBe('chat-b');
    expect(queue.remove('c', 'chat-c')).toBe(true);
    expect(queue.remove('c', 'chat-c')).toBe(false);
    expect(queue.serviceOrder()).toEqual(['vision-a']);
  });
});
