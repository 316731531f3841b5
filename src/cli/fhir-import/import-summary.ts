/** What one bundle contributed, or why it was not imported. */
export type BundleOutcome =
  | {
      file: string;
      ok: true;
      patientId: string;
      recordsByType: Record<string, number>;
      skippedByType: Record<string, number>;
    }
  | { file: string; ok: false; error: string };

/** Totals of an import run and their rendering as the CLI's closing report. */
export class ImportSummary {
  private readonly patients = new Set<string>();
  private readonly records = new Map<string, number>();
  private readonly skipped = new Map<string, number>();
  private readonly errors: Array<{ file: string; error: string }> = [];
  private bundles = 0;

  add(outcome: BundleOutcome): void {
    this.bundles += 1;
    if (!outcome.ok) {
      this.errors.push({ file: outcome.file, error: outcome.error });
      return;
    }
    this.patients.add(outcome.patientId);
    addAll(this.records, outcome.recordsByType);
    addAll(this.skipped, outcome.skippedByType);
  }

  get failed(): number {
    return this.errors.length;
  }

  get recordCount(): number {
    return sum(this.records);
  }

  render(elapsedMs: number): string {
    const seconds = elapsedMs / 1000;
    const records = this.recordCount;
    const rate = seconds > 0 ? Math.round(records / seconds) : records;
    const lines = [
      `FHIR import: ${this.bundles - this.errors.length} of ${this.bundles} bundles imported in ${seconds.toFixed(2)} s (${rate} records/s)`,
      '',
      table(
        ['totals', 'count'],
        [
          ['patients', this.patients.size],
          ['records', records],
          ['skipped entries', sum(this.skipped)],
          ['errors', this.errors.length],
        ],
      ),
      '',
      table(['records by type', 'count'], [...sorted(this.records), ['total', records]]),
    ];
    if (this.skipped.size > 0)
      lines.push('', table(['skipped by type', 'count'], [...sorted(this.skipped), ['total', sum(this.skipped)]]));
    if (this.errors.length > 0)
      lines.push(
        '',
        table(
          ['file', 'error'],
          this.errors.map(({ file, error }) => [file, error]),
        ),
      );
    return `${lines.join('\n')}\n`;
  }
}

/** A plain-text table: a header, a rule, left-aligned text and right-aligned numbers. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function addAll(totals: Map<string, number>, counts: Record<string, number>): void {
  for (const [key, count] of Object.entries(counts)) totals.set(key, (totals.get(key) ?? 0) + count);
}

function sum(totals: Map<string, number>): number {
  return [...totals.values()].reduce((total, count) => total + count, 0);
}

function sorted(totals: Map<string, number>): Array<[string, number]> {
  return [...totals].sort(([left], [right]) => left.localeCompare(right));
}
