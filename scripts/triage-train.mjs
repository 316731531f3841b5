// `npm run triage:train`: trains the emergency wording model (src/orchestrator/guardrails/triage/
// learned) on the development sets of test/fixtures/triage - never on a held-out set - and
// writes it to emergency-wording-weights.ts. Before that it prints what the model is worth on
// text it has not seen: each development set scored by a model trained on the others
// (leave-one-set-out), rules alone beside rules with the model.
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
const { EmergencyTriage } = await load('emergency-triage.js');
const { readLabelledSet, isHeldOut, TRIAGE_SETS } = await load('triage-evaluation/labelled-set-file.js');
const { ORIGINAL_EMERGENCY_CATEGORIES } = await load('emergency-categories.js');
const { messageFeatures, FEATURE_DIMENSIONS } = await load('triage/learned/message-features.js');
const { trainLogisticRegression, linearScore, sigmoid, TRAINING_OPTIONS } = await load(
  'triage/learned/logistic-regression.js',
);
const { serializeWordingModel, WORDING_THRESHOLDS } = await load('triage/learned/emergency-wording-model.js');
const { withWordingVerdict } = await load('triage/learned/wording-verdict.js');

const options = { ...TRAINING_OPTIONS, dimensions: FEATURE_DIMENSIONS };
const rules = new EmergencyTriage();
const inside13 = new Set(ORIGINAL_EMERGENCY_CATEGORIES);
const sets = TRIAGE_SETS.filter((name) => !isHeldOut(name)).map((name) => {
  const { messages } = readLabelledSet(name, ROOT);
  return {
    name,
    examples: messages.map((message) => ({
      ...message,
      slots: messageFeatures(message.text).slots,
      reading: rules.readByRules(message.text),
    })),
  };
});

const rate = (part, whole) => (whole.length === 0 ? 0 : part.length / whole.length);
function figures(examples, flagged) {
  const emergencies = examples.filter((example) => example.emergency);
  const inside = emergencies.filter((example) => inside13.has(example.category));
  const ordinary = examples.filter((example) => !example.emergency);
  return [
    rate(emergencies.filter(flagged), emergencies),
    rate(inside.filter(flagged), inside),
    rate(ordinary.filter(flagged), ordinary),
  ]
    .map((value) => value.toFixed(3))
    .join(' / ');
}
const byRules = (example) => example.reading.result.isEmergency;
// The product's own decision (EmergencyTriage.assess), with the held-back model's probability.
const combined = (example) =>
  withWordingVerdict(example.reading, { probability: example.probability, strongestPhrases: [] }).isEmergency;

const lines = [
  'Emergency wording model: leave-one-set-out over the development sets (each set scored by a model',
  'trained on the others). Cells: recall all / recall inside the 13 / false-positive rate.',
  `The model adds an emergency the rules missed above ${WORDING_THRESHOLDS.flagAbove}; it never removes one.`,
  '',
  '| set | messages | rules alone | rules + model (unseen) |',
  '|---|---|---|---|',
];
const everyone = [];
for (const set of sets) {
  const others = sets.filter((other) => other !== set).flatMap((other) => other.examples);
  const model = trainLogisticRegression(others, options);
  const probability = (example) => sigmoid(linearScore(model.weights, model.bias, example.slots));
  const scored = set.examples.map((example) => ({ ...example, probability: probability(example) }));
  everyone.push(...scored);
  lines.push(
    `| ${set.name} | ${set.examples.length} | ${figures(set.examples, byRules)} | ${figures(scored, combined)} |`,
  );
}
lines.push(`| all development | ${everyone.length} | ${figures(everyone, byRules)} | ${figures(everyone, combined)} |`);
process.stdout.write(`${lines.join('\n')}\n\n`);

const examples = sets.flatMap((set) => set.examples);
const model = trainLogisticRegression(examples, options);
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
