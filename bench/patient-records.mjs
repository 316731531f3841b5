// Patient records benchmark: FHIR import throughput over every Synthea fixture and retrieval
// latency over 100 questions, against a fresh in-process (wire-protocol) MongoDB.
// Run with `npm run bench:records` (builds dist/ first). Prints a report; never fails a build.
// SYNTHEA_FIXTURES_DIR overrides the fixture directory.
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedAppContext } from '../scripts/lib/embedded-app-context.mjs';
import { RECORD_QUESTIONS } from './lib/record-questions.mjs';

const dist = new URL('../dist/', import.meta.url);
const { AdminPatientsService } = await import(new URL('auth/admin/admin-patients.service.js', dist).href);
const { PatientRecordRetriever } = await import(new URL('patients/retrieval/patient-record-retriever.js', dist).href);
const { table } = await import(new URL('cli/fhir-import/import-summary.js', dist).href);

const FIXTURES =
  process.env.SYNTHEA_FIXTURES_DIR ?? fileURLToPath(new URL('../test/fixtures/synthea/', import.meta.url));
// The first nineteen record questions, and one general question retrieval must answer with nothing.
const QUESTIONS = [...RECORD_QUESTIONS.slice(0, 19), 'What is a fever?'];
const RETRIEVAL_RUNS = 100;
const WARM_UP_RUNS = 10;

const { app, stop } = await startEmbeddedAppContext(dist, 'bench-secret-that-is-long-enough-for-hs256-0123456789');
try {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const admin = app.context.get(AdminPatientsService);
  const retriever = app.context.get(PatientRecordRetriever);

  const importPass = async () => {
    let records = 0;
    const started = performance.now();
    const patients = [];
    for (const name of files) {
      const bundle = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
      const result = await admin.importBundle(bundle, 'cli');
      records += result.records_imported;
      patients.push(result.patient_id);
    }
    return { records, patients, ms: performance.now() - started };
  };
  const first = await importPass();
  const again = await importPass();

  const queries = Array.from({ length: RETRIEVAL_RUNS + WARM_UP_RUNS }, (_, index) => ({
    patientId: first.patients[index % first.patients.length],
    question: QUESTIONS[index % QUESTIONS.length],
    limit: 8,
  }));
  const latencies = [];
  let returned = 0;
  for (const [index, query] of queries.entries()) {
    const started = performance.now();
    const sources = await retriever.retrieve(query);
    if (index >= WARM_UP_RUNS) {
      latencies.push(performance.now() - started);
      returned += sources.length;
    }
  }
  latencies.sort((a, b) => a - b);
  const at = (share) => latencies[Math.min(latencies.length - 1, Math.ceil(share * latencies.length) - 1)];

  const rate = (pass) => Math.round(pass.records / (pass.ms / 1000));
  process.stdout.write(
    [
      `Patient records benchmark (${files.length} Synthea bundles, in-process wire-protocol MongoDB, Node ${process.version})`,
      '',
      table(
        ['import (read, parse, map, write; account included)', 'records', 'seconds', 'records/s'],
        [
          ['first import (all records new)', first.records, Number((first.ms / 1000).toFixed(2)), rate(first)],
          ['re-import (idempotent, nothing written)', again.records, Number((again.ms / 1000).toFixed(2)), rate(again)],
        ],
      ),
      '',
      table(
        [`retrieval (${RETRIEVAL_RUNS} questions after ${WARM_UP_RUNS} warm-up, top-k 6, lexical)`, 'ms'],
        [
          ['p50 (median)', Number(at(0.5).toFixed(1))],
          ['p95', Number(at(0.95).toFixed(1))],
          ['max', Number(latencies.at(-1).toFixed(1))],
          ['mean records returned', Number((returned / RETRIEVAL_RUNS).toFixed(1))],
        ],
      ),
      '',
    ].join('\n'),
  );
} finally {
  await stop();
}
