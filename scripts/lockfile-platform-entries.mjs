#!/usr/bin/env node
// Puts back the lock-file entries of platform-specific optional packages (@swc/core-*,
// @rollup/rollup-*, @unrs/resolver-binding-*) that `npm install` drops when node_modules is
// already present (npm/cli#4828). Without them `npm ci` refuses the lock file as "out of sync"
// ("Missing: @swc/core-darwin-arm64@ from lock file") on every machine, this one included.
//
// Each added entry records the version the parent package pins and the os/cpu/libc that make npm
// skip it on other platforms. The integrity is recorded when the registry still has that exact
// version; npm never fetches an entry whose platform does not match, so it is not needed otherwise.
//
// Usage, after any `npm install` that rewrote package-lock.json:
//   node scripts/lockfile-platform-entries.mjs          # add what is missing
//   node scripts/lockfile-platform-entries.mjs --check  # exit 1 if something is missing
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK_PATH = new URL('../package-lock.json', import.meta.url);
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
      const resolvable = packages[`node_modules/${name}`] ?? packages[`${location}/node_modules/${name}`];
      if (!resolvable) missing.push({ name, version, dev: entry.dev === true });
    }
  }
  return missing;
}

function lockEntry({ name, version, dev }) {
  const exact = registryManifest(`${name}@${version}`);
  // Platform fields do not change between releases of a platform package.
  const manifest = exact ?? registryManifest(name);
  if (!manifest) throw new Error(`${name}: not on the registry, cannot record its platform`);
  // Key order follows npm's own lock-file writer so later `npm install` runs leave them alone.
  return {
    version,
    ...(exact && { integrity: exact.dist.integrity }),
    ...(manifest.cpu && { cpu: manifest.cpu }),
    ...(dev && { dev: true }),
    ...(manifest.engines && { engines: manifest.engines }),
    ...(manifest.libc && { libc: manifest.libc }),
    ...(manifest.license && { license: manifest.license }),
    optional: true,
    ...(manifest.os && { os: manifest.os }),
  };
}

const missing = missingOptionalDependencies();
if (checkOnly) {
  for (const { name, version } of missing) console.error(`missing from package-lock.json: ${name}@${version}`);
  process.exit(missing.length > 0 ? 1 : 0);
}

for (const dependency of missing) {
  packages[`node_modules/${dependency.name}`] = lockEntry(dependency);
  console.log(`added ${dependency.name}@${dependency.version}`);
}
// npm sorts package locations with localeCompare('en'), the root ('') first.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
writeFileSync(LOCK_PATH, `${JSON.stringify(lock, null, 2)}\n`);
console.log(missing.length === 0 ? 'package-lock.json already complete' : `added ${missing.length} entries`);
