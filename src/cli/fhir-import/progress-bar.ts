import type { DestinationStream } from 'pino';

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 28;

/**
 * Import progress on stderr (stdout carries only the summary). On a terminal one line is
 * redrawn in place; otherwise, as in CI logs, each finished bundle is one line.
 */
export class ProgressBar {
  private done = 0;
  private drawn = '';
  private readonly startedAt = performance.now();

  constructor(
    private readonly output: ProgressOutput,
    private readonly total: number,
  ) {}

  /** One bundle finished; `note` is e.g. "79 records" or "error". */
  advance(file: string, note: string): void {
    this.done += 1;
    if (this.output.isTTY) this.redraw(`${this.bar()} ${this.done}/${this.total} ${file} (${note})`);
    else this.output.write(`[${this.done}/${this.total}] ${file}: ${note}\n`);
  }

  /** Clears the bar so the summary starts on a clean line. */
  finish(): void {
    if (this.output.isTTY && this.drawn !== '') this.output.write('\r\x1b[K');
    this.drawn = '';
  }

  /** A pino destination that writes log lines above the bar instead of through it. */
  logDestination(): DestinationStream {
    return {
      write: (line: string) => {
        if (!this.output.isTTY || this.drawn === '') return void this.output.write(line);
        this.output.write(`\r\x1b[K${line}`);
        this.output.write(this.drawn);
      },
    };
  }

  private bar(): string {
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((this.done / this.total) * BAR_WIDTH);
    const seconds = ((performance.now() - this.startedAt) / 1000).toFixed(1);
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${seconds}s`;
  }

  private redraw(line: string): void {
    const width = Math.max(20, (this.output.columns ?? 100) - 1);
    this.drawn = line.length > width ? `${line.slice(0, width - 1)}…` : line;
    this.output.write(`\r\x1b[K${this.drawn}`);
  }
}
