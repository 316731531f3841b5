// Reads a V8 CPU profile (`node --cpu-prof`, e.g. BENCH_APP_NODE_OPTIONS="--cpu-prof
// --cpu-prof-dir=/tmp/prof") into the sums a person compares between runs: where the busy time
// went by package, by function, by the app's outermost frame, or below one function. A profile
// of the app covers its whole life (start-up, the knowledge index build, every piece's load), so
// every sum can be kept to a window of seconds since the profile began.

/** Time each sample stands for: the gap to the next sample (V8's timeDeltas are the gaps before). */
function* timedSamples(profile, { fromSeconds = 0, toSeconds = Infinity } = {}) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  let at = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    at += profile.timeDeltas[index];
    const seconds = (at - profile.startTime) / 1e6;
    if (seconds < fromSeconds || seconds > toSeconds) continue;
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const stack = [];
    for (let id = profile.samples[index]; id !== undefined; id = parents.get(id)) stack.push(nodes.get(id));
    yield { micros, stack };
  }
}

/** `name file:line`, the file from node_modules/ or dist/ on (the app's own files keep dist/). */
export function frameName({ callFrame }) {
  const file = callFrame.url.replace(/^.*?\/(node_modules|dist)\//, '$1/');
  const name = callFrame.functionName || '(anonymous)';
  return file ? `${name} ${file}:${callFrame.lineNumber + 1}` : name;
}

/**
 * Where a frame's code comes from: the npm package (a nested node_modules counts as the
 * innermost package), `app:<first two path parts>` under the app's `dist/`, a `node:` module, or
 * V8's own entry ((garbage collector), (program), a native function).
 */
export function frameOrigin({ callFrame }, appDist) {
  const url = callFrame.url;
  if (!url) return callFrame.functionName || '(native)';
  const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (packages.length > 0) return packages[packages.length - 1][1];
  const inApp = url.indexOf(appDist);
  if (inApp >= 0)
    return `app:${url
      .slice(inApp + appDist.length)
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  return url.startsWith('node:') ? url : url.replace(/^file:\/\//, '');
}

const IDLE = '(idle)';

/**
 * Busy microseconds (idle samples left out) and the sums by origin (frameOrigin of the sampled
 * frame), by function (the sampled frame), by owner (the app's outermost frame on the stack,
 * or `(no app frame) <origin>`), and, given `under`, by the frame just below the outermost
 * frame whose function is named so (`(self)` when it was the one sampled). `appDist` is how the
 * app's built files' URLs are told apart: `/dist/` unless given.
 */
export function summarizeProfile(profile, { fromSeconds, toSeconds, under, appDist = '/dist/' } = {}) {
  const sums = { byOrigin: new Map(), byFunction: new Map(), byOwner: new Map(), under: new Map() };
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  const isApp = (node) => node.callFrame.url.includes(appDist) && !node.callFrame.url.includes('node_modules/');
  let busyMicros = 0;
  for (const { micros, stack } of timedSamples(profile, { fromSeconds, toSeconds })) {
    const sampled = stack[0];
    if (sampled.callFrame.functionName === IDLE) continue;
    busyMicros += micros;
    add(sums.byOrigin, frameOrigin(sampled, appDist), micros);
    add(sums.byFunction, frameName(sampled), micros);
    const outermostApp = stack.findLast(isApp);
    add(
      sums.byOwner,
      outermostApp ? frameName(outermostApp) : `(no app frame) ${frameOrigin(sampled, appDist)}`,
      micros,
    );
    if (under !== undefined) {
      const at = stack.findLastIndex((node) => node.callFrame.functionName === under);
      if (at >= 0) add(sums.under, at === 0 ? '(self)' : frameName(stack[at - 1]), micros);
    }
  }
  return { busyMicros, ...sums };
}

/** The `top` largest entries of a sum, largest first, as [key, microseconds]. */
export function largest(sum, top) {
  return [...sum].sort((a, b) => b[1] - a[1]).slice(0, top);
}
