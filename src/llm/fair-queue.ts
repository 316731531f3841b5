/**
 * Waiting entries served round-robin across lanes (one lane per patient, or per session for
 * guests): each turn of the rotation gives every lane with something waiting one entry, in the
 * order the lanes first queued. A patient with ten questions in flight therefore waits ten
 * rounds, while a patient with one waits at most one — nobody is starved by someone else's volume.
 * Within a lane, entries are first in, first out.
 */
export class FairQueue<T> {
  private readonly lanes = new Map<string, T[]>();
  /** Lanes with something waiting, in the order they are served next. */
  private rotation: string[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Adds at the back of its lane; a new lane joins the end of the rotation. */
  push(lane: string, entry: T): void {
    this.laneOf(lane, 'back').push(entry);
    this.count += 1;
  }

  /**
   * Puts an entry back at the head of its lane and the lane at the head of the rotation: it
   * was already served once and is only waiting again because the host it got was busy.
   */
  pushFront(lane: string, entry: T): void {
    this.laneOf(lane, 'front').unshift(entry);
    this.count += 1;
  }

  /** The next entry `accept` takes, in rotation order; its lane then moves to the back. */
  shift(accept: (entry: T) => boolean = () => true): T | undefined {
    for (const [index, lane] of this.rotation.entries()) {
      const entries = this.lanes.get(lane)!;
      const position = entries.findIndex(accept);
      if (position < 0) continue;
      const [entry] = entries.splice(position, 1);
      this.count -= 1;
      this.rotation.splice(index, 1);
      if (entries.length > 0) this.rotation.push(lane);
      else this.lanes.delete(lane);
      return entry;
    }
    return undefined;
  }

  /** Removes an entry that stopped waiting (its client left, its wait ran out). */
  remove(lane: string, entry: T): boolean {
    const entries = this.lanes.get(lane);
    const position = entries?.indexOf(entry) ?? -1;
    if (!entries || position < 0) return false;
    entries.splice(position, 1);
    this.count -= 1;
    if (entries.length === 0) {
      this.lanes.delete(lane);
      this.rotation = this.rotation.filter((name) => name !== lane);
    }
    return true;
  }

  /** Every entry in the order it would be served if nothing else arrived. */
  serviceOrder(): T[] {
    const order: T[] = [];
    const lanes = this.rotation.map((lane) => this.lanes.get(lane)!);
    for (let round = 0; order.length < this.count; round += 1) {
      for (const entries of lanes) if (round < entries.length) order.push(entries[round]);
    }
    return order;
  }

  /** Takes every entry out, e.g. to fail them all when no host can serve any. */
  drain(): T[] {
    const all = this.serviceOrder();
    this.lanes.clear();
    this.rotation = [];
    this.count = 0;
    return all;
  }

  private laneOf(lane: string, join: 'front' | 'back'): T[] {
    let entries = this.lanes.get(lane);
    if (!entries) {
      entries = [];
      this.lanes.set(lane, entries);
      if (join === 'front') this.rotation.unshift(lane);
      else this.rotation.push(lane);
    } else if (join === 'front') {
      this.rotation = [lane, ...this.rotation.filter((name) => name !== lane)];
    }
    return entries;
  }
}
