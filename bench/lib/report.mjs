// One row of the report: the figure, its floor (measured in the same run), their ratio, the goal
// and whether the figure meets it. Rows without a goal only report.
import { round } from './stats.mjs';

export function row({ what, figure, floor, ratio = null, goal, meets, data }) {
  return {
    what,
    figure,
    floor,
    ratio: ratio === null ? null : round(ratio, 3),
    goal,
    verdict: meets === undefined ? 'report' : meets ? 'meets' : 'misses',
    ...data,
  };
}

/** A row that could not be measured in this build, and why. */
export function notRun({ what, goal, reason }) {
  return { what, figure: '—', floor: '—', ratio: null, goal, verdict: 'not run', reason };
}

export const ms = (value) => `${round(value, 2)} ms`;

export function renderMarkdown(report, order) {
  const { meta } = report;
  const lines = [
    '# MedChat benchmark report',
    '',
    `Run ${meta.generated_at} on ${meta.machine} (Node ${meta.node}); \`npm run bench\` took ${meta.duration_s} s${meta.smoke ? ' — SMOKE RUN: tiny durations, the figures mean nothing' : ''}.`,
    'The app ran built, with `NODE_ENV=production`, `LOG_LEVEL=warn`, on the embedded (wire-protocol) MongoDB started by the bench,',
    'with the scripted fakes of `test/support` as Ollama and speech-to-text. Each figure is measured against its floor in the same run.',
    '',
    '| key | what | figure | floor | ratio | goal | verdict |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const key of order) {
    const entry = report[key];
    if (!entry) continue;
    const ratio = entry.ratio === null || entry.ratio === undefined ? '—' : String(entry.ratio);
    const verdict = entry.verdict === 'not run' ? `not run: ${entry.reason}` : entry.verdict;
    lines.push(
      `| \`${key}\` | ${entry.what} | ${entry.figure} | ${entry.floor} | ${ratio} | ${entry.goal} | ${verdict} |`,
    );
  }
  lines.push('', 'The same figures, with their raw measurements, are in `report.json` beside this file.', '');
  return lines.join('\n');
}
