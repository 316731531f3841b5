// Builds dist/ with swc (`npm run build` = `--force`: always). Without `--force` (`npm start`),
// only when dist/ is stale: when any file under src/ (added, removed, renamed or changed),
// .swcrc, package.json or package-lock.json differs from what the last successful build saw.
// The embedded MongoDB's workspace package (packages/mongo-wire-server) is compiled by the same
// swc step into its own dist/, which its package.json exports; a checkout without it (the
// production image's build stage) builds the app alone.
// The fingerprint (paths, sizes, mtimes) is written to dist/ after the build, so an interrupted
// or failed build is redone on the next start.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stampPath = join(root, 'dist', '.build-fingerprint');
const WIRE_SERVER = 'packages/mongo-wire-server';
const hasWireServer = existsSync(join(root, WIRE_SERVER, 'src'));

function fingerprint() {
  const hash = createHash('sha256');
  const add = (relative) => {
    const stats = statSync(join(root, relative), { throwIfNoEntry: false });
    hash.update(stats ? `${relative}\0${stats.size}\0${stats.mtimeMs}\n` : `${relative}\0missing\n`);
  };
  const walk = (relative) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk('src');
  if (hasWireServer) walk(`${WIRE_SERVER}/src`);
  for (const file of ['.swcrc', 'package.json', 'package-lock.json', `${WIRE_SERVER}/package.json`]) add(file);
  return hash.digest('hex');
}

const current = fingerprint();
const built = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : undefined;
const outputs = [
  join(root, 'dist', 'main.js'),
  ...(hasWireServer ? [join(root, WIRE_SERVER, 'dist', 'index.js')] : []),
];
if (!process.argv.includes('--force') && built === current && outputs.every((output) => existsSync(output)))
  process.exit(0);

const swc = join(root, 'node_modules', '.bin', 'swc');
const compile = (cwd) => {
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  const swcrc = join(root, '.swcrc');
  const args = ['src', '-d', 'dist', '--strip-leading-paths', '--copy-files', '--quiet', '--config-file', swcrc];
  const result = spawnSync(swc, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// The package first: the app's dist/ (and its fingerprint) appears only once both are built.
if (hasWireServer) compile(join(root, WIRE_SERVER));
compile(root);
// The triage's signal patterns read once here rather than at every start (about 0.4 s of CPU):
// what each needs in a message, stored beside the compiled prefilter, which uses it only while
// the patterns are exactly those read (see src/orchestrator/guardrails/triage/signal-requirements.ts).
const triage = join(root, 'dist', 'orchestrator', 'guardrails', 'triage');
const [{ SIGNALS }, { sourcesOf, storeRequirements }] = await Promise.all([
  import(join(triage, 'emergency-signals.js')),
  import(join(triage, 'signal-requirements.js')),
]);
storeRequirements(sourcesOf(SIGNALS));
// Fingerprint of the sources as they were when the build started: an edit made during the
// build leaves the stamp stale, so the next start rebuilds.
writeFileSync(stampPath, `${current}\n`);
