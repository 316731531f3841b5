// `npm run records:report`: record retrieval measured on the record questions of
// test/fixtures/records (patients asking about their own record, in their own words). Imports
// the thirteen Synthea bundles into a fresh in-process wire-protocol MongoDB, asks every question
// of the app's PatientRecordRetriever with the limit the chat graph passes
// (CHAT_CONTEXT_RECORD_LIMIT), and prints success@k and MRR per set and per kind.
//
//   npm run records:report                      development misses listed, held-out only counted
//   npm run records:report -- --show-held-out   held-out misses listed too (not for whoever tunes retrieval)
//
// Runs on dist/ (rebuilt first when stale), lexically: no embedding model is configured.
import 'reflect-metadata';
import { startEmbeddedAppContext } from './lib/embedded-app-context.mjs';
import {
  evaluateQuestions,
  importSyntheaBundles,
  presentQuestionSets,
  SUCCESS_FLOORS,
} from './records-eval/record-questions.mjs';

const unknown = process.argv.slice(2).filter((arg) => arg !== '--show-held-out');
if (unknown.length > 0) {
  process.stderr.write(`Unknown argument ${unknown.join(' ')}; the only option is --show-held-out\n`);
  process.exit(2);
}
const showHeldOut = process.argv.includes('--show-held-out');

const dist = new URL('../dist/', import.meta.url);
const { AdminPatientsService } = await import(new URL('auth/admin/admin-patients.service.js', dist).href);
const { PatientRecordRetriever } = await import(new URL('patients/retrieval/patient-record-retriever.js', dist).href);
const { table } = await import(new URL('cli/fhir-import/import-summary.js', dist).href);

const sets = presentQuestionSets();
const { app, stop } = await startEmbeddedAppContext(dist, 'records-report-secret-that-is-long-enough-for-hs256');
try {
  const patientIds = await importSyntheaBundles(app.context.get(AdminPatientsService));
  const retriever = app.context.get(PatientRecordRetriever);
  const limit = app.config.env.CHAT_CONTEXT_RECORD_LIMIT;
  const k = Math.min(limit, app.config.env.RECORD_RETRIEVAL_TOP_K);
  const out = [
    `Record retrieval on ${sets.map((set) => `${set.questions.length} ${set.name}`).join(' and ')} questions ` +
      `(${patientIds.size} Synthea bundles, lexical; k = ${k}: the chat graph asks for ${limit} ` +
      `(CHAT_CONTEXT_RECORD_LIMIT), the retriever returns at most RECORD_RETRIEVAL_TOP_K ${app.config.env.RECORD_RETRIEVAL_TOP_K})`,
    '',
  ];
  for (const set of sets) {
    const evaluation = await evaluateQuestions(retriever, set.questions, { patientIds, limit });
    const floor = SUCCESS_FLOORS[set.name];
    out.push(
      table(
        [`${set.name} set`, 'questions', 'found', `success@${k}`, 'MRR'],
        [
          ['all', ...figures(evaluation.overall)],
          ...evaluation.byKind.map((row) => [`  ${row.kind}`, ...figures(row)]),
        ],
      ),
      floor === undefined ? 'floor: none set' : `floor: success@${k} ≥ ${floor}`,
      '',
    );
    if (!set.showTexts && !showHeldOut) {
      out.push(`${evaluation.misses.length} misses (texts not shown: --show-held-out)`, '');
      continue;
    }
    out.push(evaluation.misses.length === 0 ? 'No misses.' : `Misses (${evaluation.misses.length}):`);
    for (const { question, returned } of evaluation.misses) {
      const wanted = question.expected.map((record) => `${record.resource_type} "${record.text_contains}"`).join(' | ');
      out.push(`- [${question.kind}] ${question.patient.split('_')[0]}: ${question.question}`);
      out.push(`  wanted: ${wanted}`);
      out.push(`  got:    ${returned.length === 0 ? 'nothing' : ''}`);
      for (const record of returned) out.push(`          ${record.text.slice(0, 110)}`);
    }
    out.push('');
  }
  // Written before closing: the app's shutdown may end the process before a piped stdout drains.
  await new Promise((resolve) => process.stdout.write(`${out.join('\n')}\n`, resolve));
} finally {
  await stop();
}

function figures(row) {
  return [row.total, row.found, Number(row.success.toFixed(3)), Number(row.mrr.toFixed(3))];
}
