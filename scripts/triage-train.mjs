// `npm run triage:train`: trains the emergency wording model (src/orchestrator/guardrails/triage/
// learned) on the development sets of test/fixtures/triage - never on a held-out set - and
// writes it to emergency-wording-weights.ts. Before that it prints what the model is worth on
// text it has not seen: each development set scored by a model trained on the others
// (leave-one-set-out), rules alone beside rules with the model, then the development sets it is
// not trained on (every set in other languages among them) scored by the model trained on all.
// The model is trained on each message as written (what the shipped weights were trained on) and
// scored on the text the product hands it (`wordingModelText`, which `EmergencyTriage.assessAndRead` uses too).
//
//   npm run triage:train            train, report, write the weights
//   npm run triage:train -- --check report only; exit 1 if the committed weights differ from a fresh training
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileWithSwc, typeScriptSources } from './lib/compile-with-swc.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = path.join(ROOT, 'src/orchestrator/guardrails');
const OUT = path.join(ROOT, 'node_modules/.cache/medchat-triage-train');
const WEIGHTS_FILE = path.join(SOURCE, 'triage/learned/emergency-wording-weights.ts');

const unknown = process.argv.slice(2).filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`Unknown argument ${unknown.join(' ')}; the only option is --check\n`);
  process.exit(2);
}
const checkOnly = process.argv.includes('--check');

rmSync(OUT, { recursive: true, force: true });
compileWithSwc(typeScriptSources(SOURCE), { sourceRoot: SOURCE, outRoot: OUT });
const load = (relative) => import(pathToFileURL(path.join(OUT, relative)).href);
const { EmergencyTriage, wordingModelText } = await load('emergency-triage.js');
const { isHeldOut, readLabelledSet, trainsTheWordingModel, TRIAGE_SETS } = await load(
  'triage-evaluation/labelled-set-file.js',
);
const { evaluateVerdicts } = await load('triage-evaluation/triage-evaluation.js');
const { renderRatesCell } = await load('triage-evaluation/triage-report.js');
const { messageFeatures, FEATURE_DIMENSIONS } = await load('triage/learned/message-features.js');
const { trainLogisticRegression, linearScore, sigmoid, TRAINING_OPTIONS } = await load(
  'triage/learned/logistic-regression.js',
);
const { serializeWordingModel, WORDING_THRESHOLDS } = await load('triage/learned/emergency-wording-model.js');
const { withWordingVerdict } = await load('triage/learned/wording-verdict.js');

const options = { ...TRAINING_OPTIONS, dimensions: FEATURE_DIMENSIONS };
const rules = new EmergencyTriage();
/** A set's messages with the rules' reading and the wording features of what the model is trained on and scored on. */
const labelledExamples = (name) =>
  readLabelledSet(name, ROOT).messages.map((message) => {
    const reading = rules.readByRules(message.text);
    const slots = messageFeatures(message.text).slots;
    const asRead = wordingModelText(message.text, reading);
    return {
      message,
      emergency: message.emergency,
      slots,
      scoredSlots: asRead === message.text ? slots : messageFeatures(asRead).slots,
      reading,
    };
  });
const sets = TRIAGE_SETS.filter((name) => trainsTheWordingModel(name)).map((name) => ({
  name,
  examples: labelledExamples(name),
}));
/** Development sets the model is not trained on (among them every set in other languages): unseen by any model here. */
const untrained = TRIAGE_SETS.filter((name) => !isHeldOut(name) && !trainsTheWordingModel(name)).map((name) => ({
  name,
  examples: labelledExamples(name),
}));

/** Recall all / inside the 13 / false positives of `flagged` over the examples (the report's own measure). */
const figures = (examples, flagged) =>
  renderRatesCell(
    evaluateVerdicts(
      examples.map((example) => ({
        message: example.message,
        verdict: { isEmergency: flagged(example), categories: [] },
      })),
    ),
  );
const byRules = (example) => example.reading.result.isEmergency;
// The product's own decision (EmergencyTriage.assess), with the held-back model's probability of the text it reads.
const combined = (example) =>
  withWordingVerdict(example.reading, { probability: example.probability, strongestPhrases: [] }).isEmergency;

const lines = [
  'Emergency wording model: leave-one-set-out over the development sets (each set scored by a model',
  'trained on the others). Cells: recall all / recall inside the 13 / false-positive rate.',
  `The model adds an emergency the rules missed above ${WORDING_THRESHOLDS.flagAbove}; it never removes one.`,
  '',
  '| set | messages | rules alone | rules + model (unseen) | model added (right / wrong) |',
  '|---|---|---|---|---|',
];
/** Emergencies and false alarms the model adds to the rules' verdict over the examples. */
const added = (examples) => {
  const adds = examples.filter((example) => combined(example) && !byRules(example));
  const right = adds.filter((example) => example.emergency).length;
  return `${right} / ${adds.length - right}`;
};
/** The examples with `model`'s probability of the text the product hands it. */
const scoredBy = (model, examples) =>
  examples.map((example) => ({
    ...example,
    probability: sigmoid(linearScore(model.weights, model.bias, example.scoredSlots)),
  }));
const row = (name, scored) =>
  `| ${name} | ${scored.length} | ${figures(scored, byRules)} | ${figures(scored, combined)} | ${added(scored)} |`;
const everyone = [];
for (const set of sets) {
  const others = sets.filter((other) => other !== set).flatMap((other) => other.examples);
  const scored = scoredBy(trainLogisticRegression(others, options), set.examples);
  everyone.push(...scored);
  lines.push(row(set.name, scored));
}
lines.push(row('all development', everyone));
lines.push('', modelAloneLine(everyone));

const examples = sets.flatMap((set) => set.examples);
const model = trainLogisticRegression(examples, options);
lines.push(
  '',
  'The development sets it is not trained on, scored by the model trained on all the sets above (the shipped one',
  'when --check agrees): the figures npm run triage:report prints for them.',
  '',
  '| set | messages | rules alone | rules + model (unseen) | model added (right / wrong) |',
  '|---|---|---|---|---|',
  ...untrained.map((set) => row(set.name, scoredBy(model, set.examples))),
);
process.stdout.write(`${lines.join('\n')}\n\n`);

/**
 * The model alone, out of set, over every development message: how well it ranks an emergency
 * above an ordinary message (AUC), and what share of the emergencies it finds where it flags 2% of
 * the ordinary messages. The rules were written on these sets, so the additions above measure the
 * model on the few emergencies they still miss; this measures it on all of them, as it would meet
 * the emergencies of a writer the rules have not read.
 */
function modelAloneLine(scored) {
  const emergencies = scored.filter((example) => example.emergency).map((example) => example.probability);
  const ordinary = scored.filter((example) => !example.emergency).map((example) => example.probability);
  let below = 0;
  for (const emergency of emergencies) {
    for (const other of ordinary) below += other < emergency ? 1 : other === emergency ? 0.5 : 0;
  }
  const auc = below / (emergencies.length * ordinary.length);
  const cut = [...ordinary].sort((a, b) => b - a)[Math.floor(0.02 * ordinary.length)];
  const found = emergencies.filter((probability) => probability > cut).length / emergencies.length;
  return `Model alone, out of set: AUC ${auc.toFixed(4)}; flagging 2% of ordinary messages, it finds ${found.toFixed(3)} of the emergencies.`;
}

const serialized = serializeWordingModel(
  model,
  sets.map((set) => set.name),
  examples.length,
);
const source = [
  '// Generated by `npm run triage:train` from the development sets named below; do not edit.',
  '// `npm run triage:train -- --check` (and emergency-wording-model.spec.ts) retrains and compares.',
  'import type { SerializedWordingModel } from "./emergency-wording-model.js";',
  '',
  `export const EMERGENCY_WORDING_WEIGHTS: SerializedWordingModel = ${JSON.stringify(serialized, null, 2)};`,
  '',
].join('\n');
if (checkOnly) {
  const committed = readFileSync(WEIGHTS_FILE, 'utf8');
  const same = committed.includes(serialized.weights) && committed.includes(JSON.stringify(serialized.bias));
  process.stdout.write(
    same
      ? 'The committed weights are what training gives.\n'
      : 'The committed weights differ from a fresh training: run npm run triage:train.\n',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(WEIGHTS_FILE, source);
process.stdout.write(
  `Trained on ${examples.length} messages of ${sets.length} development sets; wrote ${path.relative(ROOT, WEIGHTS_FILE)}.\n`,
);
