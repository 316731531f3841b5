#!/usr/bin/env node
// Puts back the lock-file entries of platform-specific optional packages (@swc/core-*,
// @rollup/rollup-*, @unrs/resolver-binding-*) that `npm install` drops when node_modules is
// already present (npm/cli#4828). Without them `npm ci` refuses the lock file as "out of sync"
// ("Missing: @swc/core-darwin-arm64@ from lock file") on every machine, this one included.
//
// Each added entry records the version the parent package pins and the os/cpu/libc that make npm
// skip it on other platforms, and the integrity when the registry has that exact version. A
// registry mirror that lacks it (this machine's lacks most non-Linux binaries) leaves the entry
// without one, with a warning: npm then cannot verify that download on that platform, so re-run
// this where the public registry is reachable before relying on those platforms.
//
// Usage, after any `npm install` that rewrote package-lock.json:
//   node scripts/lockfile-platform-entries.mjs          # add what is missing
//   node scripts/lockfile-platform-entries.mjs --check  # exit 1 if something is missing
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK_PATH = new URL('../package-lock.json', import.meta.url);
/** `1.16.22`, `4.68.7-beta.1`: a pin, as platform binaries are declared (not a range such as `^1.0.1`). */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const checkOnly = process.argv.includes('--check');

const lock = JSON.parse(readFileSync(LOCK_PATH, 'utf8'));
const packages = lock.packages;

function registryManifest(spec) {
  try {
    const parsed = JSON.parse(
      execFileSync('npm', ['view', spec, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    return Array.isArray(parsed) ? parsed.at(-1) : parsed;
  } catch {
    return undefined;
  }
}

function missingOptionalDependencies() {
  const missing = [];
  for (const [location, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const recorded = packages[`${location}/node_modules/${name}`] ?? packages[`node_modules/${name}`];
      // Platform binaries are pinned to one exact version, and an entry left from before an
      // upgrade of its parent is as bad as none (npm ci calls it invalid). Other optional
      // dependencies name ranges, which npm resolves itself: for those only presence counts.
      const stale = recorded !== undefined && EXACT_VERSION.test(version) && recorded.version !== version;
      if (!recorded || stale) missing.push({ name, version, dev: entry.dev === true });
    }
  }
  return missing;
}

function lockEntry({ name, version, dev }) {
  const exact = registryManifest(`${name}@${version}`);
  if (!exact) console.warn(`warning: the registry has no ${name}@${version}; its entry gets no integrity`);
  // Platform fields do not change between releases of a platform package.
  const manifest = exact ?? registryManifest(name);
  if (!manifest) throw new Error(`${name}: not on the registry, cannot record its platform`);
  // Key order is npm's own, so a later `npm install` does not rewrite these entries.
  return {
    version,
    ...(exact && { integrity: exact.dist.integrity }),
    ...(manifest.cpu && { cpu: manifest.cpu }),
    ...(dev && { dev: true }),
    ...(manifest.libc && { libc: manifest.libc }),
    ...(manifest.license && { license: manifest.license }),
    optional: true,
    ...(manifest.os && { os: manifest.os }),
    ...(manifest.engines && { engines: manifest.engines }),
  };
}

const missing = missingOptionalDependencies();
if (checkOnly) {
  for (const { name, version } of missing) console.error(`missing or stale in package-lock.json: ${name}@${version}`);
  process.exit(missing.length > 0 ? 1 : 0);
}

for (const dependency of missing) {
  // Written at the top level, where npm places a package that nothing else needs in another version.
  packages[`node_modules/${dependency.name}`] = lockEntry(dependency);
  console.log(`added ${dependency.name}@${dependency.version}`);
}
// npm sorts package locations with localeCompare('en'), the root ('') first.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
writeFileSync(LOCK_PATH, `${JSON.stringify(lock, null, 2)}\n`);
console.log(missing.length === 0 ? 'package-lock.json already complete' : `added ${missing.length} entries`);
