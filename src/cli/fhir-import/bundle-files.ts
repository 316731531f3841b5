import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliUsageError } from '../cli-usage-error.js';

/**
 * The bundle files named on the command line: a file as given, a directory as every `.json`
 * file under it (recursively), each listed once, in a stable order.
 */
export async function bundleFilesOf(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (info === undefined) throw new CliUsageError(`${given}: no such file or directory.`);
    if (info.isDirectory()) files.push(...(await jsonFilesUnder(given)));
    else files.push(given);
  }
  return [...new Set(files.map((file) => path.resolve(file)))];
}

async function jsonFilesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
