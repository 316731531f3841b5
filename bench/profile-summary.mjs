// Prints where a CPU profile's busy time went (see lib/cpu-profile.mjs):
//
//   BENCH_APP_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- chat_overhead_ms
//   node bench/profile-summary.mjs /tmp/prof/CPU.*.cpuprofile --from 25 --top 30
//   node bench/profile-summary.mjs <profile> --from 25 --under _prepareNextTasks
//
// --from / --to: seconds since the profile began (leave out start-up and other pieces' load;
// the bench log's times place a piece); --top: entries per table (25); --under: a function's
// name, whose time is also shown by the frame it called.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { largest, summarizeProfile } from './lib/cpu-profile.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, to: { type: 'string' }, top: { type: 'string' }, under: { type: 'string' } },
});
if (positionals.length !== 1) {
  process.stderr.write(
    'usage: node bench/profile-summary.mjs <file.cpuprofile> [--from s] [--to s] [--top n] [--under function]\n',
  );
  process.exit(2);
}
const summary = summarizeProfile(JSON.parse(readFileSync(positionals[0], 'utf8')), {
  fromSeconds: values.from === undefined ? undefined : Number(values.from),
  toSeconds: values.to === undefined ? undefined : Number(values.to),
  under: values.under,
});
const top = Number(values.top ?? 25);
const busy = summary.busyMicros;
const table = (title, sum) => {
  console.log(`\n${title}`);
  for (const [key, micros] of largest(sum, top))
    console.log(
      `${((100 * micros) / busy).toFixed(1).padStart(5)} % ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`,
    );
};
console.log(`busy ${(busy / 1000).toFixed(0)} ms (idle left out)`);
table('self time by origin', summary.byOrigin);
table('self time by function', summary.byFunction);
table("by the app's outermost frame", summary.byOwner);
if (values.under !== undefined) table(`below ${values.under}`, summary.under);
