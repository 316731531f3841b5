// npm run knowledge:report: knowledge retrieval measured on the question sets of
// scripts/knowledge-eval (consumer-style questions with the MedQuAD ids that answer them; see
// question-sets.mjs). Prints success@10 (a relevant passage in the top 10) and MRR@10 per set,
// with each set's floor, and the misses of development sets with what was found instead; a
// held-out set's misses are only counted. Builds the same in-memory index the app builds (dist/,
// from `npm run build`), over the shipped collection, lexically (no embedding model).
import {
  evaluateQuestions,
  FLOORS,
  K,
  presentQuestionSets,
  readShippedCollection,
} from './knowledge-eval/question-sets.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = process.env.KNOWLEDGE_REPORT_DIST ?? `${root}dist`;
const { KnowledgeIndex } = await import(`${dist}/knowledge/retrieval/knowledge-index.js`);

const collection = readShippedCollection();
const sets = presentQuestionSets();
const startedAt = performance.now();
const index = await KnowledgeIndex.build(collection);
const buildMs = performance.now() - startedAt;

const out = [
  `Knowledge retrieval on ${sets.map((set) => `${set.questions.length} ${set.name}`).join(', ')} questions ` +
    `(${collection.length} passages, index built in ${Math.round(buildMs)} ms, lexical)`,
  '',
  `set             questions  found  success@${K}  MRR@${K}  floors (success, MRR)`,
];
const evaluations = sets.map((set) => ({ set, evaluation: evaluateQuestions(index, set.questions) }));
for (const { set, evaluation } of evaluations) {
  const floor = FLOORS[set.name];
  out.push(
    [
      set.name.padEnd(15),
      String(evaluation.total).padStart(9),
      String(evaluation.found).padStart(6),
      evaluation.success.toFixed(3).padStart(11),
      evaluation.mrr.toFixed(3).padStart(7),
      `  ${floor === undefined ? 'none set' : `${floor.success}, ${floor.mrr}`}`,
    ].join(' '),
  );
}
const latencies = evaluations.flatMap(({ evaluation }) => evaluation.latencies).sort((a, b) => a - b);
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
out.push(
  '',
  `latency  p50 ${percentile(50).toFixed(1)} ms, p99 ${percentile(99).toFixed(1)} ms (one question, in process, every set)`,
);

for (const { set, evaluation } of evaluations) {
  out.push('');
  if (!set.showTexts) {
    out.push(`${set.name}: ${evaluation.misses.length} misses (held out: texts never shown)`);
    continue;
  }
  out.push(
    evaluation.misses.length === 0 ? `${set.name}: no misses.` : `${set.name}: misses (${evaluation.misses.length}):`,
  );
  for (const { question, hits } of evaluation.misses) {
    const top = hits
      .slice(0, 3)
      .map((hit) => `${hit.passage.focus} / ${hit.passage.question_type} (${hit.passage.id})`);
    out.push(
      `- ${question.question.replace(/\s*\n\s*/g, ' ⏎ ')}`,
      `  wanted: ${question.focus.join(' | ')} / ${question.question_types.join(', ')}`,
      `  found:  ${top.join('; ') || 'nothing'}`,
    );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
