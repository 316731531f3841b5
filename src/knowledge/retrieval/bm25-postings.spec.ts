import { describe, expect, it } from '@jest/globals';
import MiniSearch from 'minisearch';
import { bestFirst, Bm25PostingsBuilder } from './bm25-postings.js';
import { knowledgeTerm, tokenize } from './knowledge-terms.js';

const FIELDS = ['question', 'answer', 'focus'] as const;
const BOOSTS = { question: 2.5, answer: 1, focus: 4 };
const WORDS = ['fever', 'cough', 'rash', 'headache', 'nausea', 'fatigue', 'symptoms', 'treatment', 'causes', 'joint'];

/** 400 documents of uneven lengths and repeated words, so frequencies, lengths and ties all vary. */
const documents = Array.from({ length: 400 }, (_unused, id) => ({
  id,
  question: `What are the ${WORDS[id % 10]} of ${WORDS[(id * 7) % 10]} ?`,
  answer: Array.from({ length: 3 + (id % 17) }, (_word, n) => WORDS[(id + n * n) % 10]).join(' '),
  focus: id % 3 === 0 ? WORDS[(id * 3) % 10] : '',
}));

describe('Bm25Postings', () => {
  it('ranks and scores as MiniSearch does, ties included, with term boosts and a document filter', () => {
    const termOf = (token: string) => knowledgeTerm(token);
    const miniSearch = new MiniSearch({
      fields: [...FIELDS],
      tokenize,
      processTerm: (token) => termOf(token) ?? false,
    });
    miniSearch.addAll(documents);
    const builder = new Bm25PostingsBuilder(FIELDS, tokenize, termOf);
    for (const document of documents) builder.add((field) => document[field as (typeof FIELDS)[number]]);
    const postings = builder.build();

    const own = new Set(['fever', 'rash']);
    const termBoost = (term: string) => (own.has(term) ? 1 : 0.4);
    const only = new Set(documents.filter((document) => document.id % 2 === 0).map((document) => document.id));
    for (const terms of [['fever'], ['fever', 'rash', 'joint'], ['symptom', 'caus', 'fatigu', 'unknownterm']]) {
      for (const filter of [undefined, only]) {
        const expected = miniSearch
          .search(terms.join(' '), {
            combineWith: 'OR',
            boost: BOOSTS,
            tokenize: (text) => text.split(' '),
            processTerm: (term) => term,
            boostTerm: termBoost,
            boostDocument: filter && ((id) => (filter.has(id as number) ? 1 : 0)),
          })
          .map((result) => [result.id, result.score / result.queryTerms.length, result.queryTerms.length]);
        const actual = [
          ...postings.search(
            { terms, termBoost, only: filter },
            FIELDS.map((field) => BOOSTS[field]),
          ),
        ].map(([id, { sum, matched }]) => [id, sum, matched]);
        expect(actual.length).toBeGreaterThan(0);
        expect(actual).toEqual(expected);
      }
    }
  });

  it('finds in scoreInFoundOrder what score finds, unsorted, with the rank score score orders by', () => {
    const builder = new Bm25PostingsBuilder(FIELDS, tokenize, knowledgeTerm);
    for (const document of documents) builder.add((field) => document[field as (typeof FIELDS)[number]]);
    const postings = builder.build();
    const query = { terms: ['fever', 'rash', 'joint'], termBoost: (term: string) => (term === 'joint' ? 0.4 : 1) };
    const boosts = FIELDS.map((field) => BOOSTS[field]);

    const sorted = postings.score(query, boosts);
    const found = postings.scoreInFoundOrder(query, boosts);
    const order = [...bestFirst(found.rankScores)];

    expect(found.documents.length).toBeGreaterThan(100);
    expect(order.map((position) => found.documents[position])).toEqual([...sorted.documents]);
    expect(order.map((position) => found.sums[position])).toEqual([...sorted.sums]);
    expect(order.map((position) => found.matched[position])).toEqual([...sorted.matched]);
  });

  it('orders positions highest score first, equal scores in position order (as a stable sort)', () => {
    const scores = Float64Array.from([0.5, 2, 0.5, 3, 2, 0, 0.5]);

    expect([...bestFirst(scores)]).toEqual([3, 1, 4, 0, 2, 6, 5]);
  });
});
