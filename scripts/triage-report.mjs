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
const { readLabelledSet, sharedTexts, repeatedTexts, isHeldOut, trainsTheWordingModel, TRIAGE_SETS } = await load(
  'triage-evaluation/labelled-set-file.js',
);
const { evaluateTriage, evaluateVerdicts } = await load('triage-evaluation/triage-evaluation.js');
const { renderRatesCell, renderSetReport } = await load('triage-evaluation/triage-report.js');

const triage = EmergencyTriage.withWordingModel();
const rulesAlone = new EmergencyTriage();
const sets = TRIAGE_SETS.map((name) => readLabelledSet(name, ROOT));
// Each message is assessed once; the set report and the comparison below read the same verdicts.
const verdictsOf = new Map(
  sets.map((set) => [set, set.messages.map((message) => ({ message, verdict: triage.assess(message.text) }))]),
);

const out = [
  'Emergency triage (src/orchestrator/guardrails/emergency-triage.ts) on the labelled sets of test/fixtures/triage.',
  'recall = emergencies flagged / emergencies; false-positive rate = non-emergencies flagged / non-emergencies;',
  'category agreement = flagged emergencies whose categories include the labelled one.',
  '',
];
for (const set of sets) {
  const showTexts = !isHeldOut(set.name) || showHeldOut;
  out.push(
    renderSetReport(evaluateVerdicts(verdictsOf.get(set)), { title: set.file, problems: set.problems, showTexts }),
  );
  const repeated = repeatedTexts(set.messages);
  if (repeated.length > 0) out.push('', `${repeated.length} text(s) occur more than once in ${set.file}.`);
  out.push('');
}
// What the learned wording model (triage/learned) adds to the rules, set by set. The development
// sets trained it: their column with the model is not an estimate for unseen text (npm run
// triage:train prints leave-one-set-out figures); the held-out sets never trained anything.
out.push(
  'Rules alone beside the product (rules + learned wording model): recall all / inside the 13 / false-positive rate.',
  '',
  '| set | rules alone | rules + model | model added (right / wrong) |',
  '|---|---|---|---|',
);
for (const set of sets) {
  const verdicts = verdictsOf.get(set);
  const alone = evaluateTriage(set.messages, (text) => rulesAlone.assess(text));
  const added = (right) =>
    verdicts.filter(({ message, verdict }) => verdict.wording === 'added' && message.emergency === right).length;
  const name = isHeldOut(set.name)
    ? set.name
    : `${set.name} (${trainsTheWordingModel(set.name) ? 'trained on' : 'not trained on'})`;
  out.push(
    `| ${name} | ${renderRatesCell(alone)} | ${renderRatesCell(evaluateVerdicts(verdicts))} | ${added(true)} / ${added(false)} |`,
  );
}
out.push('');
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
