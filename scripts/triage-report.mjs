// `npm run triage:report`: the deterministic emergency triage measured on the labelled sets of
// test/fixtures/triage — recall and false-positive rate per set and per category, and the misses.
//
//   npm run triage:report                      development texts listed, held-out only counted
//   npm run triage:report -- --show-held-out   held-out texts listed too (not for rule writers)
//
// The triage and the evaluation code are TypeScript under src/orchestrator/guardrails. They are
// compiled here with @swc/core (the project's compiler) into node_modules/.cache, as the bench
// does with its fakes: the report needs no build of dist/, never disturbs one another process
// uses, and always measures the rules as they are in the working tree.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileWithSwc, typeScriptSources } from './lib/compile-with-swc.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = path.join(ROOT, 'src/orchestrator/guardrails');
const OUT = path.join(ROOT, 'node_modules/.cache/medchat-triage-report');

const unknown = process.argv.slice(2).filter((arg) => arg !== '--show-held-out');
if (unknown.length > 0) {
  process.stderr.write(`Unknown argument ${unknown.join(' ')}; the only option is --show-held-out\n`);
  process.exit(2);
}
const showHeldOut = process.argv.includes('--show-held-out');

// The guardrails import nothing outside their folder but node: built-ins, so the folder alone compiles.
rmSync(OUT, { recursive: true, force: true });
compileWithSwc(typeScriptSources(SOURCE), { sourceRoot: SOURCE, outRoot: OUT });

const load = (relative) => import(pathToFileURL(path.join(OUT, relative)).href);
const { EmergencyTriage } = await load('emergency-triage.js');
const { readLabelledSet, sharedTexts, repeatedTexts, isHeldOut, TRIAGE_SETS } = await load(
  'triage-evaluation/labelled-set-file.js',
);
const { evaluateTriage } = await load('triage-evaluation/triage-evaluation.js');
const { renderSetReport } = await load('triage-evaluation/triage-report.js');

const triage = EmergencyTriage.withWordingModel();
const assess = (text) => triage.assess(text);
const sets = TRIAGE_SETS.map((name) => readLabelledSet(name, ROOT));

const out = [
  'Emergency triage (src/orchestrator/guardrails/emergency-triage.ts) on the labelled sets of test/fixtures/triage.',
  'recall = emergencies flagged / emergencies; false-positive rate = non-emergencies flagged / non-emergencies;',
  'category agreement = flagged emergencies whose categories include the labelled one.',
  '',
];
for (const set of sets) {
  const showTexts = !isHeldOut(set.name) || showHeldOut;
  out.push(
    renderSetReport(evaluateTriage(set.messages, assess), { title: set.file, problems: set.problems, showTexts }),
  );
  const repeated = repeatedTexts(set.messages);
  if (repeated.length > 0) out.push('', `${repeated.length} text(s) occur more than once in ${set.file}.`);
  out.push('');
}
const overlaps = sets.flatMap((a, index) =>
  sets.slice(index + 1).map((b) => ({ a, b, shared: sharedTexts(a.messages, b.messages).length })),
);
const overlapping = overlaps.filter(({ shared }) => shared > 0);
out.push(
  overlapping.length === 0
    ? 'No two sets share a text.'
    : overlapping.map(({ a, b, shared }) => `${a.file} and ${b.file} share ${shared} text(s).`).join('\n'),
);
process.stdout.write(`${out.join('\n')}\n`);
