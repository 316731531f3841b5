import { ImportSummary, table } from './import-summary.js';
import { ProgressBar } from './progress-bar.js';

describe('ImportSummary', () => {
  it('totals patients, records by type, skipped entries and errors', () => {
    const summary = new ImportSummary();
    summary.add({
      file: 'a.json',
      ok: true,
      patientId: 'A',
      recordsByType: { Condition: 2, Observation: 3 },
      skippedByType: { Claim: 4 },
    });
    summary.add({ file: 'b.json', ok: true, patientId: 'B', recordsByType: { Observation: 1 }, skippedByType: {} });
    summary.add({ file: 'bad.json', ok: false, error: 'The bundle has no Patient resource with an id and a name.' });

    const text = summary.render(2000);

    expect(summary.failed).toBe(1);
    expect(summary.recordCount).toBe(6);
    expect(text.split('\n')[0]).toBe('FHIR import: 2 of 3 bundles imported in 2.00 s (3 records/s)');
    expect(text).toMatch(/^patients\s+2$/m);
    expect(text).toMatch(/^records\s+6$/m);
    expect(text).toMatch(/^skipped entries\s+4$/m);
    expect(text).toMatch(/^errors\s+1$/m);
    expect(text).toMatch(/^Condition\s+2$/m);
    expect(text).toMatch(/^Observation\s+4$/m);
    expect(text).toMatch(/^Claim\s+4$/m);
    expect(text).toMatch(/^bad\.json\s+The bundle has no Patient resource/m);
  });
});

describe('table', () => {
  it('aligns text left and numbers right under a rule', () => {
    expect(
      table(
        ['type', 'count'],
        [
          ['Condition', 5],
          ['Observation', 120],
        ],
      ),
    ).toBe(['type         count', '-----------  -----', 'Condition        5', 'Observation    120'].join('\n'));
  });
});

describe('ProgressBar', () => {
  it('writes one line per bundle when the output is not a terminal', () => {
    const written: string[] = [];
    const bar = new ProgressBar({ write: (text: string) => written.push(text), isTTY: false }, 2);
    bar.advance('a.json', '79 records');
    bar.advance('b.json', 'error');
    bar.finish();
    expect(written).toEqual(['[1/2] a.json: 79 records\n', '[2/2] b.json: error\n']);
  });

  it('redraws one line on a terminal and writes log lines above it', () => {
    const written: string[] = [];
    const bar = new ProgressBar({ write: (text: string) => written.push(text), isTTY: true, columns: 80 }, 4);
    bar.advance('a.json', '79 records');
    expect(written.at(-1)).toMatch(/^\r\x1b\[K\[#{7}-{21}\] \d+\.\ds 1\/4 a\.json \(79 records\)$/);
    bar.logDestination().write('{"level":"warn"}\n');
    expect(written.slice(-2)).toEqual(['\r\x1b[K{"level":"warn"}\n', written.at(-3)!.slice('\r\x1b[K'.length)]);
    bar.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });
});
