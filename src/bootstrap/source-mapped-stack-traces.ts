import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Stack traces name the TypeScript source of the app's own frames (`src/…/x.ts:line:column`), as Node's
 * `--enable-source-maps` did, but a file's map is read the first time a stack through that file is formatted.
 * The flag read and parsed the map of every module as it loaded (the app's ~800 and ~700 of its packages', 9 MB
 * of JSON kept for the life of the process): about 7 % of a start's CPU (bench/paired-startup.mjs), for stacks
 * that are mostly never printed. Frames in node_modules keep their compiled positions: the packages' sources are
 * not shipped.
 */
export function installSourceMappedStackTraces(): void {
  Error.prepareStackTrace = sourceMappedStack;
}

/** Per compiled file: its map, or null where it has none (or none that reads). */
const maps = new Map<string, SourceMap | null>();

function mapOf(fileName: string): SourceMap | null {
  let map = maps.get(fileName);
  if (map !== undefined) return map;
  map = null;
  try {
    const path = fileName.startsWith('file:') ? fileURLToPath(fileName) : fileName;
    const payload = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources: string[] };
    const base = pathToFileURL(path);
    // The map names its sources relative to itself; a stack names them by path.
    payload.sources = payload.sources.map((source) => fileURLToPath(new URL(source, base)));
    map = new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    // No map beside the file: its compiled position stands.
  }
  maps.set(fileName, map);
  return map;
}

/** One frame as V8 writes it, its compiled position replaced by the source's where the app's map has one. */
function frame(callSite: NodeJS.CallSite): string {
  const written = callSite.toString();
  try {
    const fileName = callSite.getFileName();
    const line = callSite.getLineNumber();
    const column = callSite.getColumnNumber();
    if (!fileName || line === null || column === null || fileName.includes('/node_modules/')) return written;
    const entry = mapOf(fileName)?.findEntry(line - 1, column - 1);
    if (!entry || !('originalSource' in entry)) return written;
    const compiled = `${fileName}:${line}:${column}`;
    const at = written.lastIndexOf(compiled);
    if (at < 0) return written;
    const source = `${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    return written.slice(0, at) + source + written.slice(at + compiled.length);
  } catch {
    return written;
  }
}

/** Node's own layout (lib/internal/errors.js): the error's toString, then a frame a line. */
function sourceMappedStack(error: Error, callSites: NodeJS.CallSite[]): string {
  let head: string;
  try {
    head = Error.prototype.toString.call(error);
  } catch {
    head = '<error>';
  }
  if (callSites.length === 0) return head;
  return `${head}\n    at ${callSites.map(frame).join('\n    at ')}`;
}
