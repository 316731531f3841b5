import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { locateSystemPackages, SYSTEM_PACKAGES } from '../../scripts/system-packages.mjs';

const SCRIPT = path.resolve('scripts/ensure-system-packages.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'medchat-system-packages-'));
const emptyDir = mkdtempSync(path.join(scratch, 'empty-'));
const fakeBin = mkdtempSync(path.join(scratch, 'bin-'));
for (const command of ['chromium-browser', 'redis-server', 'nginx', 'promtool']) {
  const file = path.join(fakeBin, command);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
}

/** npm test's set-up step as a process of its own, with nothing inherited but what is given. */
function ensure(env: Record<string, string>) {
  return spawnSync(process.execPath, [SCRIPT], {
    env: { TEST_INSTALL_SYSTEM_PACKAGES: 'false', ...env },
    encoding: 'utf8',
  });
}

describe("npm test's system packages (scripts/ensure-system-packages.mjs)", () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("finds every program on PATH, Ubuntu's chromium-browser included, and names the variable the tests read", () => {
    const { found, missing, badOverrides } = locateSystemPackages({ PATH: fakeBin });
    expect(missing).toEqual([]);
    expect(badOverrides).toEqual([]);
    expect(found).toEqual({
      CHROMIUM_PATH: path.join(fakeBin, 'chromium-browser'),
      REDIS_SERVER_PATH: path.join(fakeBin, 'redis-server'),
      NGINX_PATH: path.join(fakeBin, 'nginx'),
      PROMTOOL_PATH: path.join(fakeBin, 'promtool'),
    });
  });

  it('takes an override that is an executable, and reports one that is not instead of falling back', () => {
    const located = locateSystemPackages({
      PATH: fakeBin,
      REDIS_SERVER_PATH: path.join(fakeBin, 'promtool'),
      CHROMIUM_PATH: path.join(emptyDir, 'chromium'),
    });
    expect(located.found.REDIS_SERVER_PATH).toBe(path.join(fakeBin, 'promtool'));
    expect(located.badOverrides).toEqual([`CHROMIUM_PATH=${path.join(emptyDir, 'chromium')}`]);
  });

  it('maps each program to the Debian package that ships it (promtool is in prometheus)', () => {
    expect(Object.fromEntries(SYSTEM_PACKAGES.map((pkg) => [pkg.envVar, pkg.aptPackage]))).toEqual({
      CHROMIUM_PATH: 'chromium',
      REDIS_SERVER_PATH: 'redis-server',
      NGINX_PATH: 'nginx',
      PROMTOOL_PATH: 'prometheus',
    });
  });

  it('when it may not install, fails with one line naming what to install: no stack trace, no test run', () => {
    const result = ensure({ PATH: emptyDir, NGINX_PATH: path.join(fakeBin, 'nginx') });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^npm test: missing Chromium \(the \/docs browser test\), redis-server \(the Redis rate-limit tests\), promtool \(the alert-rule tests\)/,
    );
    expect(lines[0]).toContain('sudo apt-get install -y --no-install-recommends chromium redis-server prometheus');
    expect(lines[0]).toContain('CHROMIUM_PATH, REDIS_SERVER_PATH, PROMTOOL_PATH');
    expect(result.stdout).toBe('');
  });

  it('succeeds quietly, in one line, when everything is there', () => {
    const result = ensure({ PATH: fakeBin });
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      `npm test: system programs: ${['chromium-browser', 'redis-server', 'nginx', 'promtool'].map((command) => path.join(fakeBin, command)).join(', ')}`,
    ]);
  });
});
