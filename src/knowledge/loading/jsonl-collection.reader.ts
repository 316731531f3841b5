import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { toPassage, type KnowledgePassage } from '../knowledge-passage.js';

/** A `.jsonl` or `.jsonl.gz` file, one passage a line; a bad line names its number. */
export async function* readJsonlCollection(file: string): AsyncGenerator<KnowledgePassage> {
  const raw: Readable = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    try {
      yield toPassage(JSON.parse(line));
    } catch (error) {
      throw new Error(`${file}, line ${number}: ${(error as Error).message}`, { cause: error });
    }
  }
}
