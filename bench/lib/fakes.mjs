// The scripted fakes of test/support (TypeScript) for the benchmarks, which run as plain Node.
// They are compiled with @swc/core (already the project's compiler) into
// node_modules/.cache/medchat-bench/fakes/ on every load, so the bench always runs the same
// fakes the tests do and nothing compiled is committed. The fakes import only node: built-ins.
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformFileSync } from '@swc/core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = path.join(ROOT, 'test/support');
const OUT = path.join(ROOT, 'node_modules/.cache/medchat-bench/fakes');

function sourcesOf(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourcesOf(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

let compiled;

/**
 * Several fake processes compile at once (llm_rush starts two hosts together): each file is
 * written beside its target and renamed over it, so a process importing the fakes never reads a
 * file another process has only half written.
 */
function writeAtomically(target, content) {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, target);
}

function compileFakes() {
  // Only the fakes and what they import; test-app.ts (which boots the app from src/) is not needed.
  const wanted = sourcesOf(SOURCE).filter((file) =>
    /(^|\/)(fake-[a-z-]+|fakes\/[a-z-]+)\.ts$/.test(path.relative(SOURCE, file)),
  );
  for (const file of wanted) {
    const { code } = transformFileSync(file, {
      swcrc: false,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
      module: { type: 'es6' },
    });
    const target = path.join(OUT, path.relative(SOURCE, file)).replace(/\.ts$/, '.js');
    mkdirSync(path.dirname(target), { recursive: true });
    writeAtomically(target, code);
  }
  writeAtomically(path.join(OUT, 'package.json'), '{ "type": "module" }\n');
}

/** `{ FakeOllama, FakeSpeechToText }` from test/support, compiled on first use in this process. */
export async function loadFakes() {
  if (!compiled) {
    compileFakes();
    compiled = Promise.all([
      import(pathToFileURL(path.join(OUT, 'fake-ollama.js')).href),
      import(pathToFileURL(path.join(OUT, 'fake-stt.js')).href),
    ]).then(([ollama, stt]) => ({ FakeOllama: ollama.FakeOllama, FakeSpeechToText: stt.FakeSpeechToText }));
  }
  return compiled;
}
