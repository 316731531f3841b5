/**
 * Positions 0..count-1 handed out one at a time, first the one that `precedes` every other left.
 * A binary heap built in linear time: a caller that stops after the first few of thousands (the
 * knowledge ranking stops once no later passage can reach its top hits) pays a logarithmic step
 * per position taken instead of sorting them all. With a strict total order for `precedes`, the
 * positions come out exactly as a sort by that order lists them.
 */
export class BestFirstQueue {
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    count: number,
    /** True when position `left` goes before position `right`; never true both ways. */
    private readonly precedes: (left: number, right: number) => boolean,
  ) {
    this.heap = new Int32Array(count);
    for (let i = 0; i < count; i += 1) this.heap[i] = i;
    this.size = count;
    for (let parent = (count >> 1) - 1; parent >= 0; parent -= 1) this.siftDown(parent);
  }

  /** The next position in order, or -1 once every position has been taken. */
  next(): number {
    if (this.size === 0) return -1;
    const first = this.heap[0];
    this.size -= 1;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size];
      this.siftDown(0);
    }
    return first;
  }

  private siftDown(from: number): void {
    const { heap, size, precedes } = this;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && precedes(heap[right], heap[left]) ? right : left;
      if (!precedes(heap[child], heap[at])) return;
      const moved = heap[at];
      heap[at] = heap[child];
      heap[child] = moved;
      at = child;
    }
  }
}
