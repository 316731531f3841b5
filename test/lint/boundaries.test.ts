import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * The linter's rules really fail: each case plants one violation in a small src/ tree of its own
 * (the project's tree is never touched) and runs dependency-cruiser or ESLint with the project's
 * configuration, as `npm run lint` does. A clean tree passes, so the failures are the rules' doing.
 */
const PROJECT = process.cwd();
const DEPCRUISE = path.join(PROJECT, 'node_modules/.bin/depcruise');
const ESLINT = path.join(PROJECT, 'node_modules/.bin/eslint');

function cruise(files: Record<string, string>): { code: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'medchat-boundaries-'));
  try {
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      '{"compilerOptions":{"module":"NodeNext","moduleResolution":"NodeNext"}}',
    );
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const config = path.join(PROJECT, '.dependency-cruiser.cjs');
    const run = spawnSync(DEPCRUISE, ['src', '--config', config, '--output-type', 'err'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { code: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two features, each with a public entry and one private file, and the shared kernel. */
const CLEAN_TREE = {
  'src/common/problem.ts': 'export class Problem {}\n',
  'src/config/app-config.ts': 'export class AppConfig {}\n',
  'src/metrics/metrics-recorder.ts':
    "import { AppConfig } from '../config/app-config.js';\nexport class MetricsRecorder { c = AppConfig; }\n",
  'src/metrics/index.ts': "export { MetricsRecorder } from './metrics-recorder.js';\n",
  'src/audit/audit-trail.ts':
    "import { Problem } from '../common/problem.js';\nexport class AuditTrail { p = Problem; }\n",
  'src/audit/index.ts': "export { AuditTrail } from './audit-trail.js';\n",
  'src/auth/auth-audit-log.ts':
    "import { AuditTrail } from '../audit/index.js';\nexport class AuthAuditLog { t = AuditTrail; }\n",
  'src/auth/index.ts': "export { AuthAuditLog } from './auth-audit-log.js';\n",
};

describe('import boundaries (dependency-cruiser)', () => {
  it('pass on a tree that keeps them', () => {
    const result = cruise(CLEAN_TREE);
    expect(result.output).not.toMatch(/error/);
    expect(result.code).toBe(0);
  });

  it('fail when two features import each other, even through their public entries', () => {
    const result = cruise({
      ...CLEAN_TREE,
      'src/audit/audit.controller.ts':
        "import { AuthAuditLog } from '../auth/index.js';\nexport class AuditController { l = AuthAuditLog; }\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/no-feature-cycles/);
  });

  it('fail when common/ imports a feature', () => {
    const result = cruise({
      ...CLEAN_TREE,
      'src/common/rate-limit.guard.ts':
        "import { MetricsRecorder } from '../metrics/index.js';\nexport class RateLimitGuard { m = MetricsRecorder; }\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/kernel-imports-no-feature: src\/common\/rate-limit\.guard\.ts/);
  });

  it('fail when config/ imports common/', () => {
    const result = cruise({
      ...CLEAN_TREE,
      'src/config/validate.ts': "import { Problem } from '../common/problem.js';\nexport const p = Problem;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/config-imports-nothing-above-it/);
  });

  it("fail when a feature reaches into another feature's private file", () => {
    const result = cruise({
      ...CLEAN_TREE,
      'src/stats/stats.service.ts':
        "import { AuditTrail } from '../audit/audit-trail.js';\nexport class StatsService { t = AuditTrail; }\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /feature-through-public-entry: src\/stats\/stats\.service\.ts → src\/audit\/audit-trail\.ts/,
    );
  });

  /** An installed package, as the tree's node_modules holds it (the cruise resolves it, and follows no further). */
  const installed = (name: string, types: string) => ({
    [`node_modules/${name}/package.json`]: JSON.stringify({
      name,
      type: 'module',
      main: 'index.js',
      types: 'index.d.ts',
    }),
    [`node_modules/${name}/index.js`]: 'export {};\n',
    [`node_modules/${name}/index.d.ts`]: types,
  });

  it('fail when a service takes Fastify types, and pass them in a controller', () => {
    const fastify = installed('fastify', 'export interface FastifyRequest { id: string }\n');
    const tree = { ...CLEAN_TREE, ...fastify, 'package.json': '{"type":"module","dependencies":{"fastify":"*"}}' };
    const inController = cruise({
      ...tree,
      'src/audit/audit.controller.ts':
        "import type { FastifyRequest } from 'fastify';\nexport class AuditController { r?: FastifyRequest; }\n",
    });
    expect(inController.output).not.toMatch(/error/);
    const inService = cruise({
      ...tree,
      'src/audit/audit.service.ts':
        "import type { FastifyRequest } from 'fastify';\nexport class AuditService { r?: FastifyRequest; }\n",
    });
    expect(inService.code).not.toBe(0);
    expect(inService.output).toMatch(/http-types-stay-in-the-http-layer: src\/audit\/audit\.service\.ts/);
  });

  it('fail when code imports a package package.json does not declare', () => {
    const result = cruise({
      ...CLEAN_TREE,
      ...installed('left-pad', 'export default function leftPad(text: string): string;\n'),
      'src/audit/pad.ts': "import leftPad from 'left-pad';\nexport const pad = leftPad;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/no-undeclared-dependencies: src\/audit\/pad\.ts/);
  });

  it("fail when the app imports a feature's test helper, which may use Jest where a spec does", () => {
    const jest = installed('@jest/globals', 'export declare function beforeAll(fn: () => void): void;\n');
    const tree = {
      ...CLEAN_TREE,
      ...jest,
      'package.json': '{"type":"module","devDependencies":{"@jest/globals":"*"}}',
      'src/audit/testing/audit-fixture.ts':
        "import { beforeAll } from '@jest/globals';\nexport const fixture = () => beforeAll(() => undefined);\n",
      'src/audit/audit-trail.spec.ts': "import { fixture } from './testing/audit-fixture.js';\nfixture();\n",
    };
    const inSpecs = cruise(tree);
    expect(inSpecs.output).not.toMatch(/error/);
    const inApp = cruise({
      ...tree,
      'src/audit/audit-trail.ts':
        "import { fixture } from './testing/audit-fixture.js';\nexport class AuditTrail { f = fixture; }\n",
    });
    expect(inApp.code).not.toBe(0);
    expect(inApp.output).toMatch(
      /production-code-imports-no-test-helper: src\/audit\/audit-trail\.ts → src\/audit\/testing\/audit-fixture\.ts/,
    );
  });

  it("fail when a feature's public entry exports its repository", () => {
    const result = cruise({
      ...CLEAN_TREE,
      'src/audit/audit-event.repository.ts': 'export class AuditEventRepository {}\n',
      'src/audit/index.ts':
        "export { AuditTrail } from './audit-trail.js';\nexport { AuditEventRepository } from './audit-event.repository.js';\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /public-entry-exports-no-repository: src\/audit\/index\.ts → src\/audit\/audit-event\.repository\.ts/,
    );
  });
});

describe('ESLint', () => {
  function lint(text: string, file: string) {
    return spawnSync(ESLINT, ['--stdin', '--stdin-filename', file], { cwd: PROJECT, input: text, encoding: 'utf8' });
  }

  it('passes clean code', () => {
    expect(lint("export const greeting = 'hello';\n", 'src/common/planted.ts').status).toBe(0);
  });

  it('fails on a planted violation', () => {
    const result = lint(
      'export function f(value: any) {\n  const unused = 1;\n  return value == 2;\n}\n',
      'src/common/planted.ts',
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/no-explicit-any/);
    expect(result.stdout).toMatch(/no-unused-vars/);
    expect(result.stdout).toMatch(/eqeqeq/);
  });
});
