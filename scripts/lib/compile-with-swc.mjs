// TypeScript compiled for a plain-Node script (a report, a bench's fakes) with @swc/core, the
// project's compiler: types stripped, ES modules out, nothing type-checked and no dist/ needed.
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFileSync } from '@swc/core';

/** The TypeScript files under `directory`, its subfolders included, without the unit and integration tests. */
export function typeScriptSources(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return typeScriptSources(full);
    return /(?<!\.spec|\.test)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Several processes may compile the same files at once (llm_rush starts two fake hosts
 * together): each file is written beside its target and renamed over it, so a process importing
 * them never reads a file another process has only half written.
 */
function writeAtomically(target, content) {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, target);
}

/**
 * Compiles `files` (under `sourceRoot`) to `outRoot`, each at the same relative path with `.js`
 * for `.ts`, with a package.json that makes them ES modules. The files may import one another
 * and node: built-ins; nothing else is resolved for them.
 */
export function compileWithSwc(files, { sourceRoot, outRoot }) {
  for (const file of files) {
    const { code } = transformFileSync(file, {
      swcrc: false,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
      module: { type: 'es6' },
    });
    const target = path.join(outRoot, path.relative(sourceRoot, file)).replace(/\.ts$/, '.js');
    mkdirSync(path.dirname(target), { recursive: true });
    writeAtomically(target, code);
  }
  mkdirSync(outRoot, { recursive: true });
  writeAtomically(path.join(outRoot, 'package.json'), '{ "type": "module" }\n');
}
