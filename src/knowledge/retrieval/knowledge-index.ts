import { medicineDependenceNamesIn } from '../../common/vocabulary/medicine-dependence.js';
import { testResultFindingsIn } from '../../common/vocabulary/test-result-findings.js';
import { outOfRangeFindingsIn } from '../../common/vocabulary/test-result-ranges.js';
import {
  drugClassExpansions,
  knowledgeSignExpansions,
  vocabularyExpansions,
} from '../../common/vocabulary/vocabulary-expansion.js';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { messageParts } from './asking-part.js';
import { BestFirstQueue } from './best-first-queue.js';
import { Bm25Postings, Bm25PostingsBuilder, type FoundDocuments } from './bm25-postings.js';
import { DefinedAbbreviations } from './defined-abbreviations.js';
import { denialsIn } from './denied-words.js';
import { focusSynonymsIn } from './focus-synonyms.js';
import { returningBackTermsOf } from './idiomatic-back.js';
import { distinctiveTermsOf, isKindNameTerm, knowledgeTerm, termsOf, tokenize } from './knowledge-terms.js';
import { PackedTexts } from './packed-texts.js';
import { questionIntents } from './question-intent.js';
import { SpellingCorrector } from './spelling-corrector.js';

/** One ranked passage, best first. */
export interface KnowledgeHit {
  passage: KnowledgePassage;
  score: number;
}

/** What the index keeps of a passage beside its answer (kept apart, see PackedTexts). */
type IndexedPassage = Omit<KnowledgePassage, 'answer'>;

interface TermCounts {
  occurrences: number;
  passages: number;
  lastPassage: number;
}

type IndexedField = 'question' | 'answer' | 'focus' | 'synonyms';

const INDEXED_FIELDS: readonly IndexedField[] = ['question', 'answer', 'focus', 'synonyms'];
// The focus and its other names say what a passage is about; the question says what it answers;
// the answer's words are many and mostly incidental, so they weigh least.
const FIELD_BOOST: Record<IndexedField, number> = { focus: 4, synonyms: 3, question: 2.5, answer: 1 };
const FIELD_BOOSTS = INDEXED_FIELDS.map((field) => FIELD_BOOST[field]);
/** Passages indexed between two yields to the event loop while the index is built. */
const BUILD_CHUNK = 250;
/** Long answers (GARD's symptom tables) would drown the rest: their head is what is indexed. */
const INDEXED_ANSWER_CHARS = 1500;
/** A written word this long whose stem is much shorter is corrected as written first (see correctionsIn). */
const LONG_WORD = 8;
/** Words the vocabulary added ("dyspnea" for "short of breath") count less than the patient's own. */
const EXPANSION_WEIGHT = 0.4;
/**
 * A medicine's class ("antidepressants" for "zoloft") is what the NIH answers are written under:
 * it counts more than a vocabulary widening, less than the patient's own words (a class is broader
 * than the one medicine asked about).
 */
const DRUG_CLASS_WEIGHT = 0.7;
/**
 * The condition a told test result points to ("proteinuria" for "protein 2+ in the urine": see
 * testResultFindingsIn) is the subject the answer is written under, though the patient never
 * named it: it counts as a medicine's class does. So does the misuse of a medicine told as
 * dependence on it ("prescription drug abuse" for "I need more Xanax for the same effect": see
 * medicineDependenceNamesIn).
 */
const FINDING_WEIGHT = DRUG_CLASS_WEIGHT;
/**
 * A numbered name's number ("type6" for "type 6": see withNumberedNameTokens) tells which of a
 * disease's numbered forms is meant; as a whole rare word it would pull the named form's overview
 * before what is asked ("type 2 diabetic here, is the shingles vaccine safe?"), so it counts half.
 */
const NUMBERED_NAME_WEIGHT = 0.5;
const NUMBERED_NAME_TERM = /^[a-z]+\d+[a-d]?$/;
/** Words only in the story around the question ("the biopsy showed…") count less than the asking words. */
const STORY_WEIGHT = 0.5;
/**
 * A word the message denies ("I'm not diabetic": see denialsIn) says what the person does not
 * have, and "back" in "it keeps coming back" says again (see returningBackTermsOf): they count
 * little, and name no passage's subject. Little, not nothing: an answer saying the disease "may
 * come back" is about coming back.
 */
const SIDE_WORD_WEIGHT = 0.25;
/**
 * A name half remembered: its start joined to "something" ("poly-something vera", "leuko something
 * nodosa"). See halfNamedTermsIn.
 */
const HALF_NAMED = /\b(\p{L}{3,})[- ]?something\b/gu;
/** A passage answering the asked kind of question ("symptoms") beats one about the disease in general. */
const ASKED_TYPE_BOOST = 2.2;
/** With no kind asked ("tell me about lupus"), the overview passage is the best answer. */
const OVERVIEW_BOOST = 1.4;
const OVERVIEW_TYPE = 'information';
/** The most any passage's score is multiplied by below: the asked type's boost times a fully covered name's. */
const MAX_BOOST = ASKED_TYPE_BOOST * 3;
/**
 * A term found in more than this share of passages ("symptom", "caus", "treatment", "diseas": each
 * in a third to a half of MedQuAD) says little about which passage answers, yet scoring it for
 * every passage it is in was most of a search's CPU. Such terms are scored only for the passages a
 * rarer term of the question found. A small collection is cheap to search whole: below
 * COMMON_TERM_MIN_PASSAGES no term counts as common.
 */
const COMMON_TERM_SHARE = 0.1;
const COMMON_TERM_MIN_PASSAGES = 1000;

/**
 * The in-memory BM25 index of every loaded passage (BM25+ as MiniSearch scores it, see
 * Bm25Postings, over question, answer, focus and the focus's other names, with field boosts), queried with the patient's words
 * spelling-corrected and widened by the lay ↔ clinical vocabulary, and ranked by question type
 * and by how much of the focus name the question contains. Built once per collection version.
 */
export class KnowledgeIndex {
  private search!: Bm25Postings;
  private readonly passages: IndexedPassage[];
  /** The passages' answers, in the order of `passages`: decoded only for the hits a search returns. */
  private readonly answers: PackedTexts;
  /** Per passage: the stemmed terms of its focus and of each other name. */
  private readonly names: string[][][];
  /** Per term: how often it occurs in the indexed text, in how many passages, and the last passage counted. */
  private readonly terms = new Map<string, TermCounts>();
  /** The passage being indexed. */
  private indexing = -1;
  private speller!: SpellingCorrector;
  /** Per word as written (lower case): how often the indexed text has it. */
  private readonly words = new Map<string, number>();
  /**
   * Corrects a misspelt word against the words as written: a misspelt ending stems apart from the
   * name's stem ("diverticulitus" → "diverticulitu", three edits from "diverticul"), while the
   * written words are one edit apart.
   */
  private wordSpeller!: SpellingCorrector;
  private readonly abbreviations = new DefinedAbbreviations();
  /**
   * Per passage: the first passage with the same answer, word for word (itself when none before it
   * has it). MedQuAD repeats some answers under several ids: NIDDK's "Causes of Diabetes" sections
   * are in four of its publications, eight alike.
   */
  private readonly sameAnswerAs: Int32Array;
  /** Per clinical name a test result points to (see isToldInOtherWords): the names holding its terms, found on first use. */
  private readonly namesWith = new Map<string, string[][]>();

  /**
   * Builds the index in chunks that yield to the event loop: 16,000 passages take seconds of CPU,
   * during which an instance that has just started must go on answering requests.
   */
  static async build(passages: readonly KnowledgePassage[]): Promise<KnowledgeIndex> {
    const index = new KnowledgeIndex(passages);
    // The short forms first, so the indexing pass can count their lower-case uses as words.
    for (let start = 0; start < passages.length; start += BUILD_CHUNK) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const passage of passages.slice(start, start + BUILD_CHUNK))
        index.abbreviations.addDefinitionsIn(passage.answer);
    }
    const builder = new Bm25PostingsBuilder(INDEXED_FIELDS, tokenize, (token) => index.countedTerm(token));
    for (let start = 0; start < index.passages.length; start += BUILD_CHUNK) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (let id = start; id < Math.min(start + BUILD_CHUNK, index.passages.length); id += 1) {
        index.indexing = id;
        const fields = index.fieldsOf(index.passages[id], passages[id].answer);
        builder.add((field) => fields[field as IndexedField]);
      }
    }
    index.search = builder.build();
    index.speller = new SpellingCorrector(
      new Map([...index.terms].map(([term, counts]) => [term, counts.occurrences])),
    );
    index.wordSpeller = new SpellingCorrector(index.words);
    return index;
  }

  private constructor(passages: readonly KnowledgePassage[]) {
    this.passages = passages.map(({ answer, ...passage }) => ({
      ...passage,
      synonyms: (passage.synonyms ?? focusSynonymsIn(answer)).map(detached),
    }));
    this.answers = PackedTexts.of(passages.map((passage) => passage.answer));
    const firstWithAnswer = new Map<string, number>();
    this.sameAnswerAs = Int32Array.from(passages, (passage, id) => {
      const first = firstWithAnswer.get(passage.answer);
      if (first !== undefined) return first;
      firstWithAnswer.set(passage.answer, id);
      return id;
    });
    this.names = this.passages.map((passage) =>
      [passage.focus, ...(passage.synonyms ?? [])].map(distinctiveTermsOf).filter((terms) => terms.length > 0),
    );
  }

  /** A token of the passage being indexed as its term, counted in the collection's term statistics. */
  private countedTerm(token: string): string | null {
    this.abbreviations.countToken(token);
    const term = knowledgeTerm(token);
    if (term === null) return null;
    const word = token.toLowerCase();
    this.words.set(word, (this.words.get(word) ?? 0) + 1);
    // One map lookup per token: this is the hot loop of the index build.
    const counts = this.terms.get(term);
    if (counts === undefined) this.terms.set(term, { occurrences: 1, passages: 1, lastPassage: this.indexing });
    else {
      counts.occurrences += 1;
      if (counts.lastPassage !== this.indexing) {
        counts.passages += 1;
        counts.lastPassage = this.indexing;
      }
    }
    return term;
  }

  get size(): number {
    return this.passages.length;
  }

  find(question: string, limit: number): KnowledgeHit[] {
    // What is asked is read where the message asks, not in the story around it (see messageParts).
    const { asking } = messageParts(question);
    const askingText = asking === '' ? question : asking;
    const typed = termsOf(question);
    const corrected = this.correctionsIn(question);
    const askingTyped = asking === '' ? typed : termsOf(asking);
    const asked = this.ownTerms(askingText, askingTyped, corrected);
    const own = new Set([...asked, ...this.ownTerms(question, typed, corrected)]);
    for (const term of this.halfNamedTermsIn(question, own)) own.add(term);
    const { plain, denied: deniedTyped } = denialsIn(question);
    // What the message denies, and "back" in "it keeps coming back", are no subject of it.
    const sideWords = new Set(
      [...deniedTyped, ...returningBackTermsOf(question)].map((term) => corrected.get(term) ?? term),
    );
    const classes = new Set(
      termsOf(drugClassExpansions(plain).join(' ')).filter((term) => !own.has(term) && this.terms.has(term)),
    );
    const findings = new Set(
      [...testResultFindingsIn(plain), ...outOfRangeFindingsIn(plain)]
        .flatMap(({ measured, reading = [], clinical }) => {
          const told = new Set(termsOf([...measured, ...reading].join(' ')).filter((term) => own.has(term)));
          return clinical.map(termsOf).filter((name) => !this.isToldInOtherWords(name, told));
        })
        .flat()
        .concat(medicineDependenceNamesIn(plain).flatMap(termsOf))
        .filter((term) => !own.has(term) && this.terms.has(term)),
    );
    const added = new Set([
      ...classes,
      ...findings,
      ...termsOf([...vocabularyExpansions(plain), ...knowledgeSignExpansions(plain)].join(' ')).filter(
        (term) => !own.has(term) && this.terms.has(term),
      ),
    ]);
    if (own.size === 0 && added.size === 0) return [];
    const weights = new Map<string, number>();
    for (const term of added)
      weights.set(term, findings.has(term) ? FINDING_WEIGHT : classes.has(term) ? DRUG_CLASS_WEIGHT : EXPANSION_WEIGHT);
    for (const term of own)
      weights.set(
        term,
        (asked.has(term) ? 1 : STORY_WEIGHT) *
          (NUMBERED_NAME_TERM.test(term) ? NUMBERED_NAME_WEIGHT : 1) *
          (sideWords.has(term) ? SIDE_WORD_WEIGHT : 1),
      );
    for (const term of sideWords) own.delete(term);
    // The corrected words tell the kind of question too ("sypmtoms" → "symptom").
    const corrections = askingTyped
      .map((term) => corrected.get(term))
      .filter((term): term is string => !!term && !askingTyped.includes(term));
    const intents = new Set(questionIntents([askingText, ...corrections].join(' ')));
    return this.ranked(weights, own, added, intents, limit);
  }

  /**
   * The words of names a message half remembers ("poly-something vera": "polycythemia"): for each
   * start joined to "something" that is no word of a name itself, the longer words beginning so
   * of the names that also hold another word of the message. A name the message gives no other
   * word of is not guessed at ("poly-something" alone could be any of hundreds).
   */
  private halfNamedTermsIn(question: string, own: ReadonlySet<string>): string[] {
    const found = new Set<string>();
    for (const [, start] of question.toLowerCase().matchAll(HALF_NAMED)) {
      if (own.has(start) && this.names.some((names) => names.some((name) => name.includes(start)))) continue;
      for (const names of this.names)
        for (const name of names) {
          const begun = name.filter((term) => term.length > start.length && term.startsWith(start));
          if (begun.length > 0 && name.some((term) => own.has(term) && !begun.includes(term)))
            for (const term of begun) found.add(term);
        }
    }
    return [...found];
  }

  /**
   * Whether the result's words as the patient told them (`told`) are the other words of a name the
   * collection gives the condition beside its clinical name ("blood in urine" of "Hematuria (Blood
   * in the Urine)"): a result told in the collection's own words needs no widening to its clinical
   * name (with it, "blood in urine... what are the symptoms of bladder cancer?" put a second
   * hematuria passage before the bladder cancer ones).
   */
  private isToldInOtherWords(clinical: readonly string[], told: ReadonlySet<string>): boolean {
    const key = clinical.join(' ');
    let names = this.namesWith.get(key);
    if (names === undefined) {
      names = this.names.flat().filter((name) => clinical.every((term) => name.includes(term)));
      this.namesWith.set(key, names);
    }
    return names.some((name) => {
      const others = name.filter((term) => !clinical.includes(term));
      return others.length > 0 && others.every((term) => told.has(term));
    });
  }

  /**
   * Each term of the question as the index knows it: itself when known, else the nearest term,
   * else the term of the nearest written word ("diverticulitus" → "diverticulitis" →
   * "diverticul"); null when nothing is near.
   */
  private correctionsIn(question: string): Map<string, string | null> {
    const corrected = new Map<string, string | null>();
    for (const token of tokenize(question)) {
      const term = knowledgeTerm(token);
      if (term === null || corrected.has(term)) continue;
      if (this.terms.has(term)) {
        corrected.set(term, term);
        continue;
      }
      const asWritten = (): string | null => {
        const word = this.wordSpeller.correct(token.toLowerCase());
        const wordTerm = word === null ? null : knowledgeTerm(word);
        return wordTerm !== null && this.terms.has(wordTerm) ? wordTerm : null;
      };
      // A long word's misspelt ending can cut its stem short ("artheritis" → "arther", one edit
      // from "arter" of arteries): the word as written, one edit from "arthritis", says more.
      const longWord = token.length >= LONG_WORD && term.length < token.length - 2 ? asWritten() : null;
      corrected.set(term, longWord ?? this.speller.correct(term) ?? asWritten());
    }
    return corrected;
  }

  /**
   * A text's search terms, spelling-corrected, with the long forms of the short forms it uses
   * ("NASH" is the patient's own name for nonalcoholic steatohepatitis).
   */
  private ownTerms(text: string, typed: readonly string[], corrected: ReadonlyMap<string, string | null>): Set<string> {
    const terms = new Set<string>();
    for (const term of typed) {
      const correction = corrected.get(term);
      if (correction) terms.add(correction);
    }
    for (const term of termsOf(this.abbreviations.longFormsIn(text).join(' ')))
      if (this.terms.has(term)) terms.add(term);
    return terms;
  }

  /**
   * BM25 over the rarer terms, the common ones added for the passages those found (see
   * COMMON_TERM_SHARE; only when the patient's own words include a rarer term), each passage's score then multiplied by its type and name boosts. The
   * boosts are computed best BM25 score first, until no later passage could reach the top
   * `limit` even with the largest boost.
   */
  private ranked(
    weights: ReadonlyMap<string, number>,
    own: ReadonlySet<string>,
    added: ReadonlySet<string>,
    intents: ReadonlySet<string>,
    limit: number,
  ): KnowledgeHit[] {
    const terms = [...weights.keys()];
    const common = Math.max(COMMON_TERM_MIN_PASSAGES, this.passages.length * COMMON_TERM_SHARE);
    const rare = terms.filter((term) => (this.terms.get(term)?.passages ?? 0) <= common);
    // The candidates must come from the patient's own words, not only from the vocabulary's additions.
    const pruned = rare.length < terms.length && rare.some((term) => own.has(term));
    const scored = this.bm25(pruned ? rare : terms, weights);
    if (pruned) {
      const positions = new Map<number, number>();
      scored.documents.forEach((id, position) => positions.set(id, position));
      const frequent = this.bm25(
        terms.filter((term) => !rare.includes(term)),
        weights,
        positions,
      );
      frequent.documents.forEach((id, at) => {
        const position = positions.get(id)!;
        scored.sums[position] = scored.sums[position] + frequent.sums[at];
        scored.matched[position] += frequent.matched[at];
      });
    }
    // MiniSearch multiplies a passage's summed BM25 by the number of query terms it matched.
    const scores = scored.sums.map((sum, position) => sum * scored.matched[position]);
    const { rankScores } = scored;
    // Best score first; equal scores as the first search ranked them (its score, then found first).
    const candidates = new BestFirstQueue(
      scores.length,
      (left, right) =>
        scores[left] > scores[right] ||
        (scores[left] === scores[right] &&
          (rankScores[left] > rankScores[right] || (rankScores[left] === rankScores[right] && left < right))),
    );
    const best: RankedPassage[] = [];
    for (let position = candidates.next(); position >= 0; position = candidates.next()) {
      const id = scored.documents[position];
      const score = scores[position];
      if (best.length >= limit && score * MAX_BOOST < best[best.length - 1].score) break;
      const boosted = score * this.typeBoost(this.passages[id], intents) * this.nameCoverageBoost(id, own, added);
      if (best.length >= limit && boosted <= best[best.length - 1].score) continue;
      // An answer the collection repeats is shown once, by its best-ranked copy.
      const copy = best.findIndex((hit) => this.sameAnswerAs[hit.id] === this.sameAnswerAs[id]);
      if (copy >= 0) {
        if (best[copy].score >= boosted) continue;
        best.splice(copy, 1);
      }
      best.splice(insertionPoint(best, boosted), 0, { id, score: boosted });
      if (best.length > limit) best.pop();
    }
    return best.map(({ id, score }) => ({ passage: { ...this.passages[id], answer: this.answers.at(id) }, score }));
  }

  /** Each matching passage's summed BM25 over `terms` and how many of them it matched, in the order found. */
  private bm25(
    terms: string[],
    weights: ReadonlyMap<string, number>,
    only?: { has(document: number): boolean },
  ): FoundDocuments {
    return this.search.scoreInFoundOrder({ terms, termBoost: (term) => weights.get(term)!, only }, FIELD_BOOSTS);
  }

  private typeBoost(passage: IndexedPassage, intents: ReadonlySet<string>): number {
    if (intents.size > 0) return intents.has(passage.question_type) ? ASKED_TYPE_BOOST : 1;
    return passage.question_type === OVERVIEW_TYPE ? OVERVIEW_BOOST : 1;
  }

  private fieldsOf(passage: IndexedPassage, answer: string): Record<IndexedField, string> {
    return {
      question: passage.question,
      answer: answer.slice(0, INDEXED_ANSWER_CHARS),
      focus: passage.focus,
      synonyms: (passage.synonyms ?? []).join(' ; '),
    };
  }

  /**
   * A question that names the whole focus ("marfan syndrome") is about that passage's subject;
   * one that shares a word of it ("syndrome") is not. The boost grows with the square of the
   * share of the best-covered name; a name reached only through the vocabulary counts less. The
   * kind a name opens with ("Causes of Diabetes") is never covered: see isKindNameTerm.
   */
  private nameCoverageBoost(index: number, own: ReadonlySet<string>, added: ReadonlySet<string>): number {
    let best = 0;
    for (const terms of this.names[index]) {
      const byOwn = terms.filter((term) => own.has(term) && !isKindNameTerm(term)).length / terms.length;
      const byAll =
        terms.filter((term) => (own.has(term) || added.has(term)) && !isKindNameTerm(term)).length / terms.length;
      best = Math.max(best, byOwn, 0.8 * byAll);
    }
    return 1 + 2 * best * best;
  }
}

/** A passage (by its place in the index) and its score while a search ranks them. */
interface RankedPassage {
  id: number;
  score: number;
}

/** Where a hit of this score goes in a list kept best first (after the equal ones: the earlier found stays ahead). */
function insertionPoint(best: readonly RankedPassage[], score: number): number {
  let low = 0;
  let high = best.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (best[middle].score >= score) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A copy of a piece of a passage that does not keep the passage alive: V8 keeps a substring of
 * 13 characters or more as a slice of the whole string, so a focus name read out of an answer
 * would hold the whole answer in the heap beside its packed copy.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
