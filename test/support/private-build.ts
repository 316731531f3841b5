import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PROJECT = process.cwd();

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `src/` built by swc (as `npm run build` does) into a temporary directory, so a test can run
 * the operator CLIs as real processes without needing or disturbing the project's `dist/`.
 */
export class PrivateBuild {
  private constructor(readonly dir: string) {}

  static create(prefix: string): PrivateBuild {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    const swc = spawnSync(
      path.join(PROJECT, 'node_modules/.bin/swc'),
      ['src', '-d', path.join(dir, 'dist'), '--strip-leading-paths', '--copy-files', '--quiet'],
      { cwd: PROJECT, encoding: 'utf8' },
    );
    if (swc.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`swc build failed: ${swc.stderr}`);
    }
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    symlinkSync(path.join(PROJECT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    return new PrivateBuild(dir);
  }

  /** Runs `dist/<script>` with only PATH and `env` in its environment; `stdin` is written, then closed. */
  run(script: string, args: string[], env: Record<string, string>, stdin?: string): Promise<ScriptRun> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(this.dir, 'dist', script), ...args], {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      if (stdin !== undefined) child.stdin!.end(stdin);
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
