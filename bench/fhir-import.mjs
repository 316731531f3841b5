// fhir_import: the records engineer's bench (bench/patient-records.mjs) run as it is, in a child
// process, and its figures read from its report: records per second of the first import of every
// Synthea fixture, and the median retrieval time over 100 questions. A smoke run imports one fixture.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './lib/processes.mjs';
import { ms, row } from './lib/report.mjs';

export const rows = ['fhir_import'];

const FIXTURES =
  process.env.SYNTHEA_FIXTURES_DIR ?? fileURLToPath(new URL('../test/fixtures/synthea/', import.meta.url));

export async function run(context) {
  let fixtures = FIXTURES;
  let scratch;
  if (context.smoke) {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'medchat-bench-fixtures-'));
    const first = readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.json'))
      .sort()[0];
    copyFileSync(path.join(FIXTURES, first), path.join(scratch, first));
    fixtures = scratch;
  }
  try {
    const output = await runRecordsBench(fixtures);
    const bundles = Number(/\((\d+) Synthea bundles/.exec(output)?.[1]);
    const first = /^first import[^\n]*?\s(\d+)\s+([\d.]+)\s+(\d+)\s*$/m.exec(output);
    const p50 = /^p50 \(median\)\s+([\d.]+)\s*$/m.exec(output);
    const p95 = /^p95\s+([\d.]+)\s*$/m.exec(output);
    if (!first || !p50) throw new Error(`bench/patient-records.mjs printed no figures I can read:\n${output}`);
    const records = Number(first[1]);
    const recordsPerS = Number(first[3]);
    const retrievalP50 = Number(p50[1]);
    context.log(`FHIR import: ${records} records at ${recordsPerS} records/s; retrieval p50 ${retrievalP50} ms`);
    return {
      fhir_import: row({
        what: `first import of all ${bundles} Synthea fixtures (records/s); retrieval p50 over 100 questions`,
        figure: `${recordsPerS} records/s (${records} records); retrieval p50 ${ms(retrievalP50)}`,
        floor: '—',
        goal: 'report',
        data: {
          records,
          records_per_s: recordsPerS,
          retrieval_p50_ms: retrievalP50,
          retrieval_p95_ms: p95 ? Number(p95[1]) : null,
          bundles,
        },
      }),
    };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function runRecordsBench(fixtures) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/patient-records.mjs'], {
      cwd: ROOT,
      env: { ...process.env, SYNTHEA_FIXTURES_DIR: fixtures },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`bench/patient-records.mjs exited ${code}:\n${output}`)),
    );
  });
}
