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
const rulesAlone = new EmergencyTriage();
const assess = (text) => triage.assess(text);
const { ORIGINAL_EMERGENCY_CATEGORIES } = await load('emergency-categories.js');
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
// What the learned wording model (triage/learned) adds to the rules, set by set. The development
// sets trained it: their column with the model is not an estimate for unseen text (npm run
// triage:train prints leave-one-set-out figures); the held-out sets never trained anything.
const inside13 = new Set(ORIGINAL_EMERGENCY_CATEGORIES);
const cell = (messages, flagged) => {
  const emergencies = messages.filter((message) => message.emergency);
  const inside = emergencies.filter((message) => inside13.has(message.category));
  const ordinary = messages.filter((message) => !message.emergency);
  const rate = (part) => (part.length === 0 ? 0 : part.filter(flagged).length / part.length).toFixed(3);
  return `${rate(emergencies)} / ${rate(inside)} / ${rate(ordinary)}`;
};
out.push(
  'Rules alone beside the product (rules + learned wording model): recall all / inside the 13 / false-positive rate.',
  '',
  '| set | rules alone | rules + model | model added (right / wrong) |',
  '|---|---|---|---|',
);
for (const set of sets) {
  const alone = new Set(set.messages.filter((message) => rulesAlone.assess(message.text).isEmergency));
  const product = new Map(set.messages.map((message) => [message, triage.assess(message.text)]));
  const count = (verdict, right) =>
    set.messages.filter((message) => product.get(message).wording === verdict && message.emergency === right).length;
  const name = isHeldOut(set.name) ? set.name : `${set.name} (trained on)`;
  out.push(
    `| ${name} | ${cell(set.messages, (message) => alone.has(message))} | ${cell(set.messages, (message) => product.get(message).isEmergency)} | ${count('added', true)} / ${count('added', false)} |`,
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
