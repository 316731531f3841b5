// `npm test`'s first step (the `pretest` script): finds the system programs the tests run
// (scripts/system-packages.mjs) and, when some are missing, installs Debian's packages for them
// if this process may (root, or sudo without a password, on Debian or Ubuntu). Otherwise it
// prints one line naming what to install and fails, before any test runs: a missing program is
// never a spawn stack trace in the middle of the suite, and never a silently skipped test.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { locateSystemPackages } from './system-packages.mjs';

const say = (line) => process.stderr.write(`npm test: ${line}\n`);

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/**
 * `[]` for root, `['sudo', '-n']` when sudo needs no password, undefined when installing is not
 * ours to do (TEST_INSTALL_SYSTEM_PACKAGES=false says so on a machine where it would be).
 */
function installPrefix() {
  if (process.env.TEST_INSTALL_SYSTEM_PACKAGES === 'false') return undefined;
  if (!isDebianLike() || !succeeds('apt-get', ['--version'])) return undefined;
  if (process.getuid?.() === 0) return [];
  return succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
}

/** Runs apt-get quietly; its own messages are shown only when it fails. */
function aptGet(prefix, args) {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  const result = spawnSync(command, rest, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status === 0) return true;
  process.stderr.write(`${result.stderr ?? ''}${result.error?.message ?? ''}\n`);
  return false;
}

const located = locateSystemPackages();
let { found, missing } = located;
if (located.badOverrides.length > 0) {
  say(`${located.badOverrides.join(', ')}: not an executable file; unset it or point it at the program.`);
  process.exit(1);
}

if (missing.length > 0) {
  const packages = missing.map((pkg) => pkg.aptPackage);
  const prefix = installPrefix();
  if (prefix) {
    say(
      `installing Debian's ${packages.join(' ')} for ${missing.map((pkg) => pkg.neededBy).join(', ')} (apt-get, once)`,
    );
    const installed =
      aptGet(prefix, ['update', '-qq']) &&
      aptGet(prefix, ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
    if (installed) ({ found, missing } = locateSystemPackages());
  }
  if (missing.length > 0) {
    const needs = missing.map((pkg) => `${pkg.name} (${pkg.neededBy})`).join(', ');
    const variables = missing.map((pkg) => pkg.envVar).join(', ');
    say(
      `missing ${needs}: install them with \`sudo apt-get install -y --no-install-recommends ${missing.map((pkg) => pkg.aptPackage).join(' ')}\` ` +
        `(Debian/Ubuntu), or set ${variables} to the programs, then run npm test again.`,
    );
    process.exit(1);
  }
}
say(`system programs: ${Object.values(found).join(', ')}`);
