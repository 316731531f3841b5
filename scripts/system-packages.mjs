// The system programs the tests run as real processes, where they are found, and which Debian
// package brings each. Shared by `npm test`'s set-up (scripts/ensure-system-packages.mjs), which
// installs what is missing when it may, and by Jest's global set-up, which hands the resolved
// paths to the tests through the environment variables named here.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const SYSTEM_PACKAGES = [
  // Ubuntu names Chromium's binary chromium-browser; Debian's package is the real browser.
  {
    name: 'Chromium',
    commands: ['chromium', 'chromium-browser'],
    envVar: 'CHROMIUM_PATH',
    aptPackage: 'chromium',
    neededBy: 'the /docs browser test',
  },
  {
    name: 'redis-server',
    commands: ['redis-server'],
    envVar: 'REDIS_SERVER_PATH',
    aptPackage: 'redis-server',
    neededBy: 'the Redis rate-limit tests',
  },
  { name: 'nginx', commands: ['nginx'], envVar: 'NGINX_PATH', aptPackage: 'nginx', neededBy: 'the reverse-proxy test' },
  // Debian has no promtool package of its own: it ships in prometheus.
  {
    name: 'promtool',
    commands: ['promtool'],
    envVar: 'PROMTOOL_PATH',
    aptPackage: 'prometheus',
    neededBy: 'the alert-rule tests',
  },
];

/** A non-root user's PATH often lacks the sbin directories, where Debian puts nginx. */
const EXTRA_DIRECTORIES = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where each package's program is: `found` maps the environment variable to the absolute path;
 * `missing` lists the packages with none, and `badOverrides` the variables set to something that
 * is not an executable (a typo there must not fall back silently to another binary).
 */
export function locateSystemPackages(env = process.env) {
  const found = {};
  const missing = [];
  const badOverrides = [];
  const directories = [...(env.PATH ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRECTORIES];
  for (const pkg of SYSTEM_PACKAGES) {
    const override = env[pkg.envVar];
    if (override) {
      if (isExecutable(override)) found[pkg.envVar] = override;
      else badOverrides.push(`${pkg.envVar}=${override}`);
      continue;
    }
    const path = pkg.commands
      .flatMap((command) => directories.map((directory) => join(directory, command)))
      .find(isExecutable);
    if (path) found[pkg.envVar] = path;
    else missing.push(pkg);
  }
  return { found, missing, badOverrides };
}
