// The scripted fakes of test/support (TypeScript) for the benchmarks, which run as plain Node.
// They are compiled with @swc/core (scripts/lib/compile-with-swc.mjs) into
// node_modules/.cache/medchat-bench/fakes/ on every load, so the bench always runs the same
// fakes the tests do and nothing compiled is committed. The fakes import only node: built-ins.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileWithSwc, typeScriptSources } from '../../scripts/lib/compile-with-swc.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = path.join(ROOT, 'test/support');
const OUT = path.join(ROOT, 'node_modules/.cache/medchat-bench/fakes');

let compiled;

function compileFakes() {
  // Only the fakes and what they import; test-app.ts (which boots the app from src/) is not needed.
  const wanted = typeScriptSources(SOURCE).filter((file) =>
    /(^|\/)(fake-[a-z-]+|fakes\/[a-z-]+)\.ts$/.test(path.relative(SOURCE, file)),
  );
  compileWithSwc(wanted, { sourceRoot: SOURCE, outRoot: OUT });
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
