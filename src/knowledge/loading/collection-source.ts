import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { readJsonlCollection } from './jsonl-collection.reader.js';
import { readMedquadXml } from './medquad-xml.reader.js';

/** A collection on disk: a JSON Lines file (plain or gzipped), or a directory of MedQuAD XML. */
export interface CollectionSource {
  /** The collection's name in `knowledge_collections`: the file or directory name without extensions. */
  name: string;
  files: string[];
  format: 'jsonl' | 'medquad-xml';
}

const JSONL = /\.jsonl(\.gz)?$/;

export async function collectionSourceOf(location: string): Promise<CollectionSource> {
  const info = await stat(location);
  const name = path
    .basename(location)
    .replace(JSONL, '')
    .replace(/\.xml$/, '');
  if (info.isFile()) {
    if (JSONL.test(location)) return { name, files: [location], format: 'jsonl' };
    if (location.endsWith('.xml')) return { name, files: [location], format: 'medquad-xml' };
    throw new Error(
      `${location}: a collection is a .jsonl, .jsonl.gz or MedQuAD .xml file, or a directory of .xml files`,
    );
  }
  const files = (await readdir(location, { recursive: true }))
    .filter((file) => file.endsWith('.xml'))
    .sort()
    .map((file) => path.join(location, file));
  if (files.length === 0) throw new Error(`${location}: no .xml files in this directory`);
  return { name, files, format: 'medquad-xml' };
}

/** Every passage of the collection, file by file; `onFile` reports progress. */
export async function* passagesOf(
  source: CollectionSource,
  onFile?: (file: string, passages: number) => void,
): AsyncGenerator<KnowledgePassage> {
  for (const file of source.files) {
    let count = 0;
    const passages = source.format === 'jsonl' ? readJsonlCollection(file) : await readMedquadXml(file);
    for await (const passage of passages) {
      count += 1;
      yield passage;
    }
    onFile?.(file, count);
  }
}

/**
 * Reads the whole collection once before any of it is written, so a bad line, a duplicate id or
 * an empty collection is refused with nothing changed; returns the number of passages.
 */
export async function validatedPassageCount(source: CollectionSource): Promise<number> {
  const ids = new Set<string>();
  for await (const passage of passagesOf(source)) {
    if (ids.has(passage.id)) throw new Error(`${source.name}: the passage id "${passage.id}" occurs twice`);
    ids.add(passage.id);
  }
  if (ids.size === 0) throw new Error(`${source.name}: no passages with an answer in ${source.files.join(', ')}`);
  return ids.size;
}

/**
 * SHA-256 over the files' names (relative to one another) and bytes: the same files give the same
 * hash on every machine, so an unchanged collection is never loaded twice.
 */
export async function contentHashOf(source: CollectionSource): Promise<string> {
  const hash = createHash('sha256');
  const base = source.files.length === 1 ? path.dirname(source.files[0]) : commonDirectory(source.files);
  for (const file of source.files) {
    hash.update(`${path.relative(base, file)}\0`);
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function commonDirectory(files: string[]): string {
  return files.reduce((common, file) => {
    while (!file.startsWith(common + path.sep)) common = path.dirname(common);
    return common;
  }, path.dirname(files[0]));
}
