import type { Exchange } from './http-fake.js';

export interface CapacityOptions {
  /** Generations at once (Ollama's OLLAMA_NUM_PARALLEL, vLLM's max_num_seqs). Default: unlimited. */
  parallel?: number;
  /** Requests waiting beyond those (Ollama's OLLAMA_MAX_QUEUE); one more is answered "server busy". Default: unlimited. */
  maxQueue?: number;
}

/**
 * A model server's real capacity: `parallel` generations run, up to `maxQueue` more wait in
 * arrival order, and anything beyond is refused at once — what Ollama, vLLM and llama.cpp's
 * server do. It records the most generations ever running at once, so a test can prove the
 * app never sent more than the server's slots.
 */
export class CapacityGate {
  parallel: number;
  maxQueue: number;
  /** Generations running now. */
  active = 0;
  /** The most generations that ever ran at once. */
  peakActive = 0;
  /** Requests refused as busy. */
  refused = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(options: CapacityOptions = {}) {
    this.parallel = options.parallel ?? Infinity;
    this.maxQueue = options.maxQueue ?? Infinity;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves once the request may generate (true), or at once with false when the queue is
   * full. The slot is given back when the exchange closes, however it ends.
   */
  async enter(ex: Exchange): Promise<boolean> {
    if (this.active >= this.parallel) {
      if (this.waiting.length >= this.maxQueue) {
        this.refused += 1;
        return false;
      }
      const admitted = await new Promise<boolean>((resolve) => {
        const wake = () => resolve(true);
        this.waiting.push(wake);
        ex.untilClosed().then(() => {
          const index = this.waiting.indexOf(wake);
          if (index >= 0) this.waiting.splice(index, 1);
          resolve(false);
        });
      });
      if (!admitted) return false;
      if (!ex.open) {
        this.release();
        return false;
      }
    } else {
      this.active += 1;
    }
    this.peakActive = Math.max(this.peakActive, this.active);
    let released = false;
    ex.res.on('close', () => {
      if (released) return;
      released = true;
      this.release();
    });
    return true;
  }

  /** The slot passes straight to the next waiter, so `active` never dips between them. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }

  reset(): void {
    this.peakActive = this.active;
    this.refused = 0;
  }
}
