import MiniSearch from 'minisearch';
import { vocabularyExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { focusSynonymsIn } from './focus-synonyms.js';
import { knowledgeTerm, tokenize } from './knowledge-terms.js';
import { questionIntents } from './question-intent.js';
import { SpellingCorrector } from './spelling-corrector.js';

/** One ranked passage, best first. */
export interface KnowledgeHit {
  passage: KnowledgePassage;
  score: number;
}

interface IndexedFields {
  id: number;
  question: string;
  answer: string;
  focus: string;
  synonyms: string;
}

// The focus and its other names say what a passage is about; the question says what it answers;
// the answer's words are many and mostly incidental, so they weigh least.
const FIELD_BOOST = { focus: 4, synonyms: 3, question: 2.5, answer: 1 };
/** Long answers (GARD's symptom tables) would drown the rest: their head is what is indexed. */
const INDEXED_ANSWER_CHARS = 1500;
/** Words the vocabulary added ("dyspnea" for "short of breath") count less than the patient's own. */
const EXPANSION_WEIGHT = 0.4;
/** A passage answering the asked kind of question ("symptoms") beats one about the disease in general. */
const ASKED_TYPE_BOOST = 1.8;
/** With no kind asked ("tell me about lupus"), the overview passage is the best answer. */
const OVERVIEW_BOOST = 1.4;
const OVERVIEW_TYPE = 'information';

/**
 * The in-memory BM25 index of every loaded passage (MiniSearch's BM25+ over question, answer,
 * focus and the focus's other names, with field boosts), queried with the patient's words
 * spelling-corrected and widened by the lay ↔ clinical vocabulary, and ranked by question type
 * and by how much of the focus name the question contains. Built once per collection version.
 */
export class KnowledgeIndex {
  private readonly search: MiniSearch<IndexedFields>;
  private readonly passages: KnowledgePassage[];
  /** Per passage: the stemmed terms of its focus and of each other name. */
  private readonly names: string[][][];
  /** How often each term occurs in the indexed text: the speller's vocabulary. */
  private readonly frequencies = new Map<string, number>();
  private speller!: SpellingCorrector;

  /**
   * Builds the index in chunks that yield to the event loop: 16,000 passages take seconds of CPU,
   * during which an instance that has just started must go on answering requests.
   */
  static async build(passages: readonly KnowledgePassage[]): Promise<KnowledgeIndex> {
    const index = new KnowledgeIndex(passages);
    await index.search.addAllAsync(index.documents(), { chunkSize: 250 });
    index.speller = new SpellingCorrector(index.frequencies);
    return index;
  }

  private constructor(passages: readonly KnowledgePassage[]) {
    this.passages = passages.map((passage) => ({
      ...passage,
      synonyms: passage.synonyms ?? focusSynonymsIn(passage.answer),
    }));
    this.names = this.passages.map((passage) =>
      [passage.focus, ...(passage.synonyms ?? [])].map(termsOf).filter((terms) => terms.length > 0),
    );
    this.search = new MiniSearch<IndexedFields>({
      fields: ['question', 'answer', 'focus', 'synonyms'],
      storeFields: [],
      tokenize,
      processTerm: (token) => {
        const term = knowledgeTerm(token);
        if (term === null) return false;
        this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
        return term;
      },
    });
  }

  get size(): number {
    return this.passages.length;
  }

  find(question: string, limit: number): KnowledgeHit[] {
    const typed = termsOf(question);
    const corrected = typed.map((term) => this.speller.correct(term));
    const own = new Set(corrected.filter((term): term is string => term !== null));
    const added = new Set(
      termsOf(vocabularyExpansions(question).join(' ')).filter((term) => !own.has(term) && this.frequencies.has(term)),
    );
    if (own.size === 0 && added.size === 0) return [];
    // The corrected words tell the kind of question too ("sypmtoms" → "symptom").
    const intents = new Set(
      questionIntents(
        [question, ...corrected.filter((term, index) => term !== null && term !== typed[index])].join(' '),
      ),
    );
    // The terms are processed already: MiniSearch only splits them and looks them up.
    const results = this.search.search([...own, ...added].join(' '), {
      combineWith: 'OR',
      boost: FIELD_BOOST,
      prefix: false,
      fuzzy: false,
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => (own.has(term) ? 1 : EXPANSION_WEIGHT),
    });
    return results
      .map((result) => {
        const index = result.id as number;
        const passage = this.passages[index];
        const typeBoost =
          intents.size > 0
            ? intents.has(passage.question_type)
              ? ASKED_TYPE_BOOST
              : 1
            : passage.question_type === OVERVIEW_TYPE
              ? OVERVIEW_BOOST
              : 1;
        return { passage, score: result.score * typeBoost * this.nameCoverageBoost(index, own, added) };
      })
      .sort((left, right) => right.score - left.score)
      .slice(0, limit);
  }

  private documents(): IndexedFields[] {
    return this.passages.map((passage, id) => ({
      id,
      question: passage.question,
      answer: passage.answer.slice(0, INDEXED_ANSWER_CHARS),
      focus: passage.focus,
      synonyms: (passage.synonyms ?? []).join(' ; '),
    }));
  }

  /**
   * A question that names the whole focus ("marfan syndrome") is about that passage's subject;
   * one that shares a word of it ("syndrome") is not. The boost grows with the square of the
   * share of the best-covered name; a name reached only through the vocabulary counts less.
   */
  private nameCoverageBoost(index: number, own: ReadonlySet<string>, added: ReadonlySet<string>): number {
    let best = 0;
    for (const terms of this.names[index]) {
      const byOwn = terms.filter((term) => own.has(term)).length / terms.length;
      const byAll = terms.filter((term) => own.has(term) || added.has(term)).length / terms.length;
      best = Math.max(best, byOwn, 0.8 * byAll);
    }
    return 1 + 2 * best * best;
  }
}

function termsOf(text: string): string[] {
  return [
    ...new Set(
      tokenize(text)
        .map(knowledgeTerm)
        .filter((term): term is string => term !== null),
    ),
  ];
}
