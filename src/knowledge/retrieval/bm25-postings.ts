/**
 * An inverted index scored with BM25+ exactly as MiniSearch 7 scores it (k 1.2, b 0.7, d 0.5;
 * a field's length is its number of distinct raw tokens; per-field boosts, per-term boosts,
 * a summed score multiplied by the number of query terms matched), with the same floating-point
 * operations in the same order, so rankings, scores and ties are those MiniSearch gave.
 *
 * Why not MiniSearch itself: its search builds a result object per posting (a `match` object,
 * a terms array, a document lookup, a stored-fields lookup) and merges them term by term, which
 * was most of a knowledge search's CPU (a patient's question reads thousands of postings). Here
 * a posting is a document number and its BM25+ score, computed once when the index is built
 * (it depends only on the collection), and a search adds numbers into reused typed arrays.
 */

const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * Every term's postings in one pair of arrays: the documents of a term in a field, in the order
 * they were added, are `documents[start..end)` with their BM25+ scores at the same positions in
 * `scores`; `ranges` holds start and end per term and field (start === end: not in that field).
 * Two typed arrays per term and field (a hundred thousand of them for MedQuAD) cost an object,
 * an ArrayBuffer and its backing store each: about 15 MB more of a running instance's heap,
 * which every full garbage collection walks.
 */
interface PackedPostings {
  /** A term's number: its ranges start at `number * fieldCount * 2`. */
  termNumbers: Map<string, number>;
  ranges: Int32Array;
  documents: Int32Array;
  scores: Float64Array;
}

/** What a term's postings are collected in while documents are added. */
interface PostingsBeingBuilt {
  documents: number[];
  frequencies: number[];
}

/** One document's summed score over the query terms it matched, and how many it matched. */
export interface DocumentScore {
  sum: number;
  matched: number;
}

/**
 * What `score` found, best first: `documents[i]`'s summed score `sums[i]` over the `matched[i]`
 * query terms it matched. Three typed arrays instead of an object per document: a patient's
 * question matches thousands of passages, and an object each was most of a search's allocation.
 */
export interface ScoredDocuments {
  documents: Int32Array;
  sums: Float64Array;
  matched: Int32Array;
}

/**
 * What `scoreInFoundOrder` found: the same three arrays in the order the documents were first
 * found, with `rankScores[i]` (sum × matched) by which `score` orders them.
 */
export interface FoundDocuments extends ScoredDocuments {
  rankScores: Float64Array;
}

export interface Bm25Query {
  terms: readonly string[];
  /** A term's weight (MiniSearch's `boostTerm`). */
  termBoost: (term: string) => number;
  /** When given, only these documents are scored (MiniSearch's `boostDocument` answering 0 for the rest). */
  only?: { has(document: number): boolean };
}

export class Bm25PostingsBuilder {
  private readonly building = new Map<string, (PostingsBeingBuilt | undefined)[]>();
  private readonly fieldLengths: number[][];
  private readonly averageFieldLengths: number[];
  private documentCount = 0;

  constructor(
    private readonly fields: readonly string[],
    private readonly tokenize: (text: string) => string[],
    /** The indexed term of a token, or null to leave it out (it still counts in the field's length). */
    private readonly termOf: (token: string) => string | null,
  ) {
    this.fieldLengths = fields.map(() => []);
    this.averageFieldLengths = fields.map(() => 0);
  }

  /** Adds the next document (numbered from 0 in the order added); `text(field)` is its text in that field. */
  add(text: (field: string) => string): number {
    const document = this.documentCount;
    this.documentCount += 1;
    this.fields.forEach((field, fieldIndex) => {
      const tokens = this.tokenize(text(field));
      const length = new Set(tokens).size;
      this.fieldLengths[fieldIndex][document] = length;
      // MiniSearch's running average, in its order of operations.
      this.averageFieldLengths[fieldIndex] =
        (this.averageFieldLengths[fieldIndex] * document + length) / (document + 1);
      for (const token of tokens) {
        const term = this.termOf(token);
        if (term !== null) this.count(term, fieldIndex, document);
      }
    });
    return document;
  }

  /** The finished index; every score depends on the whole collection, so it is computed here. */
  build(): Bm25Postings {
    const fieldCount = this.fields.length;
    let postingCount = 0;
    for (const byField of this.building.values())
      for (const built of byField) postingCount += built === undefined ? 0 : built.documents.length;
    const packed: PackedPostings = {
      termNumbers: new Map(),
      ranges: new Int32Array(this.building.size * fieldCount * 2),
      documents: new Int32Array(postingCount),
      scores: new Float64Array(postingCount),
    };
    let next = 0;
    for (const [term, byField] of this.building) {
      const number = packed.termNumbers.size;
      packed.termNumbers.set(term, number);
      for (let fieldIndex = 0; fieldIndex < fieldCount; fieldIndex += 1) {
        const built = byField[fieldIndex];
        packed.ranges[(number * fieldCount + fieldIndex) * 2] = next;
        if (built !== undefined) next = this.scoreInto(packed, next, built, fieldIndex);
        packed.ranges[(number * fieldCount + fieldIndex) * 2 + 1] = next;
      }
    }
    this.building.clear();
    return new Bm25Postings(packed, this.documentCount, fieldCount);
  }

  private count(term: string, fieldIndex: number, document: number): void {
    let byField = this.building.get(term);
    if (byField === undefined) this.building.set(term, (byField = []));
    let built = byField[fieldIndex];
    if (built === undefined) byField[fieldIndex] = built = { documents: [], frequencies: [] };
    const last = built.documents.length - 1;
    if (last >= 0 && built.documents[last] === document) built.frequencies[last] += 1;
    else {
      built.documents.push(document);
      built.frequencies.push(1);
    }
  }

  /** Writes a term's postings in one field from `at` on; answers where the next postings go. */
  private scoreInto(packed: PackedPostings, at: number, built: PostingsBeingBuilt, fieldIndex: number): number {
    const matching = built.documents.length;
    const average = this.averageFieldLengths[fieldIndex];
    const lengths = this.fieldLengths[fieldIndex];
    for (let i = 0; i < matching; i += 1) {
      packed.documents[at + i] = built.documents[i];
      packed.scores[at + i] = bm25Plus(
        built.frequencies[i],
        matching,
        this.documentCount,
        lengths[built.documents[i]],
        average,
      );
    }
    return at + matching;
  }
}

export class Bm25Postings {
  /** Scratch space reused by every search (a search runs synchronously, start to end). */
  private readonly termScore: Float64Array;
  private readonly total: Float64Array;
  private readonly matched: Int32Array;
  private readonly termStamp: Int32Array;
  private stamp = 0;

  constructor(
    private readonly postings: PackedPostings,
    readonly documentCount: number,
    private readonly fieldCount: number,
  ) {
    this.termScore = new Float64Array(documentCount);
    this.total = new Float64Array(documentCount);
    this.matched = new Int32Array(documentCount);
    this.termStamp = new Int32Array(documentCount);
  }

  /**
   * Every document matching at least one term: its summed score (MiniSearch's score × matched ÷
   * matched) and the number of terms it matched, best first as MiniSearch sorts (score ×
   * matched, ties in the order the documents were first found).
   */
  search(query: Bm25Query, fieldBoosts: readonly number[]): Map<number, DocumentScore> {
    const { documents, sums, matched } = this.score(query, fieldBoosts);
    const scored = new Map<number, DocumentScore>();
    for (let i = 0; i < documents.length; i += 1) scored.set(documents[i], { sum: sums[i], matched: matched[i] });
    return scored;
  }

  /** As `search`, in typed arrays (see ScoredDocuments). */
  score(query: Bm25Query, fieldBoosts: readonly number[]): ScoredDocuments {
    const found = this.scoreInFoundOrder(query, fieldBoosts);
    const scored: ScoredDocuments = {
      documents: new Int32Array(found.documents.length),
      sums: new Float64Array(found.documents.length),
      matched: new Int32Array(found.documents.length),
    };
    bestFirst(found.rankScores).forEach((position, rank) => {
      scored.documents[rank] = found.documents[position];
      scored.sums[rank] = found.sums[position];
      scored.matched[rank] = found.matched[position];
    });
    return scored;
  }

  /**
   * As `score`, unsorted: for a caller that takes only the best few (see BestFirstQueue), the
   * sort of every matching document is most of a search's CPU.
   */
  scoreInFoundOrder(query: Bm25Query, fieldBoosts: readonly number[]): FoundDocuments {
    const found: number[] = [];
    const touched: number[] = [];
    const { termNumbers, ranges, documents, scores } = this.postings;
    const { fieldCount, termStamp, termScore } = this;
    const { only } = query;
    for (const term of query.terms) {
      const number = termNumbers.get(term);
      if (number === undefined) continue;
      const termBoost = query.termBoost(term);
      const stamp = (this.stamp += 1);
      touched.length = 0;
      for (let field = 0; field < fieldCount; field += 1) {
        const start = ranges[(number * fieldCount + field) * 2];
        const end = ranges[(number * fieldCount + field) * 2 + 1];
        const weight = termBoost * fieldBoosts[field];
        for (let i = start; i < end; i += 1) {
          const document = documents[i];
          if (only !== undefined && !only.has(document)) continue;
          // 1 (an exact term's weight) × term boost × field boost × document boost (1) × BM25+, as MiniSearch multiplies.
          const score = weight * 1 * scores[i];
          if (termStamp[document] !== stamp) {
            termStamp[document] = stamp;
            termScore[document] = score;
            touched.push(document);
          } else termScore[document] += score;
        }
      }
      for (const document of touched) {
        if (this.matched[document] === 0) {
          found.push(document);
          this.total[document] = this.termScore[document];
        } else this.total[document] = this.total[document] + this.termScore[document];
        this.matched[document] += 1;
      }
    }
    const scored: FoundDocuments = {
      documents: Int32Array.from(found),
      sums: new Float64Array(found.length),
      matched: new Int32Array(found.length),
      rankScores: new Float64Array(found.length),
    };
    for (let i = 0; i < found.length; i += 1) {
      const document = found[i];
      const matched = this.matched[document];
      scored.rankScores[i] = this.total[document] * matched;
      scored.sums[i] = scored.rankScores[i] / matched;
      scored.matched[i] = matched;
      this.matched[document] = 0;
    }
    return scored;
  }
}

/**
 * Positions 0..n-1 ordered by `scores` highest first, equal scores in position order: what a
 * stable sort of objects by score gives, without an object per position.
 */
export function bestFirst(scores: Float64Array): Int32Array {
  const order = new Int32Array(scores.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  return order.sort((left, right) => scores[right] - scores[left] || left - right);
}

function bm25Plus(
  frequency: number,
  matching: number,
  documents: number,
  fieldLength: number,
  averageFieldLength: number,
): number {
  const inverseDocumentFrequency = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
  return (
    inverseDocumentFrequency *
    (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * fieldLength) / averageFieldLength)))
  );
}
