import { partialMarkStart, splitAtMark } from './model-emergency-mark.js';

/**
 * Sits between the model's token stream and the patient: removes the emergency mark even when
 * the model's tokens cut it in pieces (`[[`, `EMER`, `GENCY]]`), by holding back only a tail
 * that could still become a mark. When the mark completes, `onMark` runs once, at that point
 * in the stream, so the emergency guidance reaches a streaming client as soon as it is known.
 */
export class EmergencyMarkStreamFilter {
  private pending = '';
  /** After a mark, the whitespace that ended its line is not the patient's to see. */
  private skipWhitespace = false;
  private marked = false;

  constructor(
    private readonly emit: (delta: string) => void,
    private readonly onMark: () => void,
  ) {}

  get flagged(): boolean {
    return this.marked;
  }

  push(delta: string): void {
    this.pending += delta;
    for (let split = splitAtMark(this.pending); split; split = splitAtMark(this.pending)) {
      this.send(split.before);
      if (!this.marked) {
        this.marked = true;
        this.onMark();
      }
      this.skipWhitespace = true;
      this.pending = split.after;
    }
    const hold = partialMarkStart(this.pending);
    this.send(this.pending.slice(0, hold));
    this.pending = this.pending.slice(hold);
  }

  /** The stream ended: a held-back tail that never became a mark was ordinary text. */
  flush(): void {
    this.send(this.pending);
    this.pending = '';
  }

  private send(text: string): void {
    const shown = this.skipWhitespace ? text.replace(/^\s+/, '') : text;
    if (shown === '') return;
    this.skipWhitespace = false;
    this.emit(shown);
  }
}
