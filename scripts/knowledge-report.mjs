// npm run knowledge:report: knowledge retrieval measured on the team's own development questions
// (scripts/knowledge-eval/dev-questions.json: consumer-style questions with the MedQuAD ids that
// answer them). Prints success@10 (a relevant passage in the top 10), MRR@10 and every miss with
// what was found instead. Builds the same in-memory index the app builds (dist/, from `npm run
// build`), over the shipped collection, lexically (no embedding model).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = process.env.KNOWLEDGE_REPORT_DIST ?? `${root}dist`;
const { KnowledgeIndex } = await import(`${dist}/knowledge/retrieval/knowledge-index.js`);
const K = 10;

const collection = gunzipSync(readFileSync(`${root}data/medquad/medquad.jsonl.gz`))
  .toString('utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const { questions } = JSON.parse(readFileSync(`${root}scripts/knowledge-eval/dev-questions.json`, 'utf8'));

let startedAt = performance.now();
const index = await KnowledgeIndex.build(collection);
const buildMs = performance.now() - startedAt;

let found = 0;
let reciprocalRanks = 0;
const misses = [];
const latencies = [];
for (const question of questions) {
  const relevant = new Set(question.relevant);
  startedAt = performance.now();
  const hits = index.find(question.question, K);
  latencies.push(performance.now() - startedAt);
  const rank = hits.findIndex((hit) => relevant.has(hit.passage.id)) + 1;
  if (rank > 0) {
    found += 1;
    reciprocalRanks += 1 / rank;
  } else {
    misses.push({
      question,
      top: hits.slice(0, 3).map((hit) => `${hit.passage.focus} / ${hit.passage.question_type} (${hit.passage.id})`),
    });
  }
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];

process.stdout.write(
  `Knowledge retrieval on ${questions.length} development questions (${collection.length} passages, index built in ${Math.round(buildMs)} ms)\n\n`,
);
process.stdout.write(`success@${K}  ${(found / questions.length).toFixed(3)}  (${found}/${questions.length})\n`);
process.stdout.write(`MRR@${K}      ${(reciprocalRanks / questions.length).toFixed(3)}\n`);
process.stdout.write(
  `latency     p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms (one question, in process)\n\n`,
);
process.stdout.write(misses.length === 0 ? 'No misses.\n' : `Misses (${misses.length}):\n`);
for (const { question, top } of misses) {
  process.stdout.write(
    `- ${question.question}\n  wanted: ${question.focus.join(' | ')} / ${question.question_types.join(', ')}\n  found:  ${top.join('; ') || 'nothing'}\n`,
  );
}
