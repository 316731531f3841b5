import type { SignalDefinition } from './signals/signal-definition.js';

/**
 * Which signals can match in a text, found in one pass over it.
 *
 * Every match of a signal contains one of its anchor words (`SignalDefinition.anchors`), so a
 * signal none of whose anchors occurs in a text cannot match there and its patterns need not run.
 * Checking ~5,000 anchors one `String.includes` at a time cost more than all the patterns that
 * then ran; an Aho-Corasick automaton over the ~2,500 distinct anchors, built once at load, reads
 * the text once and names every signal with an anchor in it. A signal without anchors (null) is
 * always a candidate. The answer is exactly the set the `includes` loop gave, only cheaper.
 */
export class SignalAnchorIndex {
  /** Per automaton state: its transitions by UTF-16 code unit. */
  private readonly next: Map<number, number>[] = [new Map()];
  /** Per state: the longest proper suffix of its path that is also a path (Aho-Corasick failure link). */
  private readonly fail: number[] = [0];
  /** Per state: the signals (their indices) of every anchor that ends at this state, its own and its suffixes'. */
  private readonly signalsEndingHere: number[][] = [[]];
  /** Signals with no anchors: candidates in every text. */
  private readonly unanchored: readonly number[];
  private readonly indexOf = new Map<SignalDefinition, number>();

  constructor(private readonly signals: readonly SignalDefinition[]) {
    const unanchored: number[] = [];
    signals.forEach((signal, index) => {
      this.indexOf.set(signal, index);
      // An empty anchor is in every text, as `''.includes('')` is.
      if (signal.anchors === null || signal.anchors.includes('')) unanchored.push(index);
      else for (const anchor of signal.anchors) this.add(anchor, index);
    });
    this.unanchored = unanchored;
    this.linkFailures();
  }

  /** The signals, in their given order, that have an anchor in `text` or none at all. */
  signalsIn(text: string): SignalDefinition[] {
    const present = this.presentIn(text);
    return this.signals.filter((_, index) => present[index] === 1);
  }

  /**
   * Those of `candidates` (signals of this index) that can match in `text`, in their order: a clause
   * searched only for what its own words allow, not for everything its message might hold.
   */
  among(candidates: readonly SignalDefinition[], text: string): SignalDefinition[] {
    const present = this.presentIn(text);
    return candidates.filter((signal) => present[this.indexOf.get(signal) ?? -1] === 1);
  }

  /** One flag per signal (its index in the given list): 1 when it can match in `text`. */
  presentIn(text: string): Uint8Array {
    const present = new Uint8Array(this.signals.length);
    for (const index of this.unanchored) present[index] = 1;
    let state = 0;
    for (let position = 0; position < text.length; position += 1) {
      const unit = text.charCodeAt(position);
      let target = this.next[state].get(unit);
      while (target === undefined && state !== 0) {
        state = this.fail[state];
        target = this.next[state].get(unit);
      }
      state = target ?? 0;
      for (const index of this.signalsEndingHere[state]) present[index] = 1;
    }
    return present;
  }

  private add(anchor: string, signalIndex: number): void {
    let state = 0;
    for (let position = 0; position < anchor.length; position += 1) {
      const unit = anchor.charCodeAt(position);
      let target = this.next[state].get(unit);
      if (target === undefined) {
        target = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.signalsEndingHere.push([]);
        this.next[state].set(unit, target);
      }
      state = target;
    }
    if (!this.signalsEndingHere[state].includes(signalIndex)) this.signalsEndingHere[state].push(signalIndex);
  }

  /** Breadth first, so a state's failure target is complete before the states below it need it. */
  private linkFailures(): void {
    const queue: number[] = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head];
      for (const [unit, child] of this.next[state]) {
        let fallback = this.fail[state];
        while (fallback !== 0 && !this.next[fallback].has(unit)) fallback = this.fail[fallback];
        const target = this.next[fallback].get(unit);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.signalsEndingHere[this.fail[child]];
        const own = this.signalsEndingHere[child];
        for (const index of inherited) if (!own.includes(index)) own.push(index);
        queue.push(child);
      }
    }
  }
}
