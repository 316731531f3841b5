import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';

const read = (file: string) => readFileSync(file, 'utf8');

/**
 * nest-cli.json describes the build `npm run build` really runs (scripts/build-if-stale.mjs: swc
 * over src/ into dist/ with .swcrc, no type-check, which npm test does apart), so `nest build`,
 * `nest generate` and editors agree with it. These checks keep the two from drifting apart.
 */
describe('nest-cli.json is true to the build', () => {
  const cli = JSON.parse(read('nest-cli.json'));
  const build = read('scripts/build-if-stale.mjs');
  const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

  it('names the real source root and entry file', () => {
    expect(cli.sourceRoot).toBe('src');
    expect(existsSync(`${cli.sourceRoot}/${cli.entryFile}.ts`)).toBe(true);
    expect(scripts.start).toContain(`dist/${cli.entryFile}.js`);
  });

  it('builds with swc and the same .swcrc, from src/ into dist/ with the leading src/ stripped and other files copied', () => {
    const { builder } = cli.compilerOptions;
    expect(builder.type).toBe('swc');
    expect(builder.options).toMatchObject({
      swcrcPath: '.swcrc',
      outDir: 'dist',
      stripLeadingPaths: true,
      copyFiles: true,
    });
    expect(existsSync(builder.options.swcrcPath)).toBe(true);
    expect(build).toContain("'src', '-d', 'dist', '--strip-leading-paths', '--copy-files'");
    expect(build).toContain("'--config-file', swcrc");
    expect(build).toContain("join(root, '.swcrc')");
  });

  it('does not type-check while building, as the real build does not (npm test type-checks first)', () => {
    expect(cli.compilerOptions.typeCheck).toBe(false);
    expect(scripts.build).toBe('node scripts/build-if-stale.mjs --force');
    expect(scripts.test).toMatch(/^npm run typecheck && npm run build && /);
  });
});
