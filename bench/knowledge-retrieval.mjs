// knowledge_retrieval: milliseconds one knowledge search takes (the in-memory index a running
// instance holds: BM25 over the 16,407 shipped MedQuAD passages, lexical, no embedding model),
// over the development questions of npm run knowledge:report, in this process on the built dist/.
// p50 and p99 per question after a warm-up, and the CPU time per search (wall times swell when
// the machine is shared; a search's CPU is what it takes from the event loop); the index build
// time is reported beside it (an instance builds it once, in the background after it listens).
// The floor is tokenising and stemming the same questions: the least any lexical search costs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { row } from './lib/report.mjs';
import { percentile, round } from './lib/stats.mjs';

export const rows = ['knowledge_retrieval'];

const ROOT = new URL('..', import.meta.url).pathname;

function timeEach(questions, passes, work) {
  const samples = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const question of questions) {
      const started = performance.now();
      work(question);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

export async function run(context) {
  const dist = (file) => pathToFileURL(path.join(ROOT, 'dist/knowledge/retrieval', file)).href;
  const [{ KnowledgeIndex }, { knowledgeTerm, tokenize }] = await Promise.all([
    import(dist('knowledge-index.js')),
    import(dist('knowledge-terms.js')),
  ]);
  const collection = gunzipSync(readFileSync(path.join(ROOT, 'data/medquad/medquad.jsonl.gz')))
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const questions = JSON.parse(
    readFileSync(path.join(ROOT, 'scripts/knowledge-eval/dev-questions.json'), 'utf8'),
  ).questions.map((entry) => entry.question);
  const buildStarted = performance.now();
  const index = await KnowledgeIndex.build(collection);
  const buildMs = performance.now() - buildStarted;
  const passes = context.smoke ? 1 : 10;
  timeEach(questions, context.smoke ? 1 : 2, (question) => index.find(question, 10));
  const cpuBefore = process.cpuUsage();
  const samples = timeEach(questions, passes, (question) => index.find(question, 10));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerSearch = (cpu.user + cpu.system) / 1000 / samples.length;
  const floor = timeEach(questions, passes, (question) => tokenize(question).map(knowledgeTerm));
  const p50 = percentile(samples, 0.5);
  const p99 = percentile(samples, 0.99);
  context.log(
    `knowledge retrieval: ${questions.length} questions × ${passes}: p50 ${round(p50)} ms, p99 ${round(p99)} ms, CPU ${round(cpuPerSearch)} ms per search; index of ${collection.length} passages built in ${Math.round(buildMs)} ms`,
  );
  return {
    knowledge_retrieval: row({
      what: `one knowledge search (top 10 of ${collection.length} MedQuAD passages, lexical), ${questions.length} development questions × ${passes} passes after warm-up`,
      figure: `p50 ${round(p50)} ms, p99 ${round(p99)} ms, CPU ${round(cpuPerSearch)} ms per search (index build ${Math.round(buildMs)} ms)`,
      floor: `${round(percentile(floor, 0.5), 3)} ms tokenising and stemming the question`,
      ratio: p50 / Math.max(percentile(floor, 0.5), 0.001),
      goal: 'report',
      data: {
        value: round(p50),
        p50_ms: round(p50),
        p99_ms: round(p99),
        cpu_ms_per_search: round(cpuPerSearch),
        build_ms: Math.round(buildMs),
        passages: collection.length,
        questions: questions.length,
        passes,
      },
    }),
  };
}
