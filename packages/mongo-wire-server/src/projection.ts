// Why a file of its own: the plain inclusion projection is answered without mingo, apart from the
// rest of a find (document-query.ts).
import type { Document } from 'bson';
import { find } from 'mingo';
import type { Options } from 'mingo/types';
import { cloneValue } from './bson-values.js';

/**
 * The documents as a projection shapes them, copied (never the stored objects). A projection
 * naming only top-level fields to include (`{date: 1, wording: 1}`, `_id` included unless
 * `_id: 0`), the shape of most reads, copies those fields in the document's own order as mongod
 * returns them, without mingo's general projection (which costs several times more per document
 * over thousands of documents); any other projection goes through mingo.
 */
export function projectDocuments(
  documents: Document[],
  projection: Document | undefined,
  options: Partial<Options>,
): Document[] {
  const fields = projection && includedFields(projection);
  if (!fields) return find(documents, {}, projection ?? {}, options).all() as Document[];
  return documents.map((document) => {
    const projected: Document = {};
    for (const field of Object.keys(document))
      if (fields.has(field)) projected[field] = cloneValue(document[field] as unknown);
    return projected;
  });
}

/** The fields a plain top-level inclusion projection keeps, or undefined for any other projection. */
function includedFields(projection: Document): Set<string> | undefined {
  const fields = new Set<string>(['_id']);
  let included = 0;
  for (const [field, value] of Object.entries(projection)) {
    if (field === '_id' && (value === 0 || value === false)) {
      fields.delete('_id');
      continue;
    }
    if ((value !== 1 && value !== true) || field.startsWith('$') || field.includes('.')) return undefined;
    fields.add(field);
    included += 1;
  }
  // `{_id: 0}` alone is an exclusion projection: every other field is kept.
  return included > 0 ? fields : undefined;
}
