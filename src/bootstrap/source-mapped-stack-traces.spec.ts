import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFileSync, transformSync } from '@swc/core';

// A stack is formatted in a process of its own, as dist/main.js formats it: this module and a thrower are compiled
// with source maps beside them (as the build writes them), and a child Node without --enable-source-maps runs them.
const SOURCE = `// line 1
// line 2
export function fails(): never {
  const reason: string = 'broken';
  throw new Error(\`it \${reason}\`);
}
`;

function compiled(directory: string, name: string, code: string, sourcePath: string): void {
  const output = transformSync(code, {
    filename: sourcePath,
    sourceMaps: true,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
    module: { type: 'es6' },
  });
  const map = JSON.parse(output.map ?? '{}') as { sources: string[] };
  // As the build writes them: the map names its source relative to itself.
  map.sources = [path.relative(directory, sourcePath)];
  writeFileSync(path.join(directory, name), `${output.code}\n//# sourceMappingURL=${name}.map\n`);
  writeFileSync(path.join(directory, `${name}.map`), JSON.stringify(map));
}

describe('installSourceMappedStackTraces', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'stacks-'));
    const hook = fileURLToPath(new URL('./source-mapped-stack-traces.ts', import.meta.url));
    const { code } = transformFileSync(hook, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
      module: { type: 'es6' },
      swcrc: false,
    });
    writeFileSync(path.join(directory, 'hook.mjs'), code);
    compiled(directory, 'thrower.mjs', SOURCE, path.join(directory, 'src', 'thrower.ts'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const stackOf = (install: boolean): string =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `${install ? "(await import('./hook.mjs')).installSourceMappedStackTraces();" : ''}
         const { fails } = await import('./thrower.mjs');
         try { fails(); } catch (error) { process.stdout.write(error.stack); }`,
      ],
      { cwd: directory, encoding: 'utf8' },
    );

  it("names the TypeScript source's line and column of the app's frames", () => {
    const stack = stackOf(true);
    expect(stack.split('\n')[0]).toBe('Error: it broken');
    expect(stack.split('\n')[1]).toBe(`    at fails (${path.join(directory, 'src', 'thrower.ts')}:5:9)`);
  });

  it('leaves frames without a map, and the layout, as Node writes them', () => {
    const plain = stackOf(false).split('\n');
    const mapped = stackOf(true).split('\n');
    expect(mapped).toHaveLength(plain.length);
    expect(plain[1]).toMatch(/thrower\.mjs:\d+:\d+\)$/);
    // The frames below the thrower (the -e script, Node's loader) have no map beside them.
    expect(mapped.slice(2)).toEqual(plain.slice(2));
  });

  it('reads a map when a stack through its file is first formatted, not when the file loads', () => {
    // The map appears only after the module has loaded: Node's --enable-source-maps, which reads maps at load, would
    // leave the compiled position.
    compiled(directory, 'late.mjs', SOURCE, path.join(directory, 'src', 'late.ts'));
    renameSync(path.join(directory, 'late.mjs.map'), path.join(directory, 'late.map.aside'));
    const stack = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { renameSync } from 'node:fs';
         (await import('./hook.mjs')).installSourceMappedStackTraces();
         const { fails } = await import('./late.mjs');
         renameSync('late.map.aside', 'late.mjs.map');
         try { fails(); } catch (error) { process.stdout.write(error.stack); }`,
      ],
      { cwd: directory, encoding: 'utf8' },
    );
    expect(stack.split('\n')[1]).toBe(`    at fails (${path.join(directory, 'src', 'late.ts')}:5:9)`);
  });
});
