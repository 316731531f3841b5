// Builds dist/ with swc (`npm run build` = `--force`: always). Without `--force` (`npm start`),
// only when dist/ is stale: when any file under src/ (added, removed, renamed or changed),
// .swcrc, package.json or package-lock.json differs from what the last successful build saw.
// The fingerprint (paths, sizes, mtimes) is written to dist/ after the build, so an interrupted
// or failed build is redone on the next start.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stampPath = join(root, 'dist', '.build-fingerprint');

function fingerprint() {
  const hash = createHash('sha256');
  const add = (relative) => {
    const stats = statSync(join(root, relative), { throwIfNoEntry: false });
    hash.update(stats ? `${relative}\0${stats.size}\0${stats.mtimeMs}\n` : `${relative}\0missing\n`);
  };
  const walk = (relative) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk('src');
  for (const file of ['.swcrc', 'package.json', 'package-lock.json']) add(file);
  return hash.digest('hex');
}

const current = fingerprint();
const built = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : undefined;
if (!process.argv.includes('--force') && built === current && existsSync(join(root, 'dist', 'main.js'))) process.exit(0);

rmSync(join(root, 'dist'), { recursive: true, force: true });
const swc = join(root, 'node_modules', '.bin', 'swc');
const result = spawnSync(swc, ['src', '-d', 'dist', '--strip-leading-paths', '--copy-files', '--quiet'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// Fingerprint of the sources as they were when the build started: an edit made during the
// build leaves the stamp stale, so the next start rebuilds.
writeFileSync(stampPath, `${current}\n`);
