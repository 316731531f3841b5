import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '../../audit/index.js';
import { displayNameFromPatientId } from '../../common/patient-id.js';
import { patientLane } from '../../llm/index.js';
import { MetricsRecorder } from '../../metrics/index.js';
import {
  FOLLOW_UP_CHAIN_LIMIT,
  PatientRecordRetriever,
  type RecordQuery,
  type RecordSource,
} from './patient-record-retriever.js';
import { EmbeddingClient, EmbeddingUnavailableError } from '../embeddings/embedding-client.js';
import { PATIENT_RECORDS_SETTINGS, type PatientRecordsSettings } from '../patient-records-settings.js';
import { RankedRecordRepository, type RankedRecord } from '../search-index/ranked-record.repository.js';
import type { CorpusStats } from '../search-index/patient-record-stats.repository.js';
import { RecordSearchIndex } from '../search-index/record-search-index.js';
import { RecordTermHasher } from '../search-index/record-term-hasher.js';
import { bm25Scores, queryTermWeights } from './lexical-scorer.js';
import { selectCandidates, type CandidateSelection } from './record-candidates.js';
import type { DatePeriod } from './date-expressions.js';
import { COUNTED_EVENT, eventPeriod } from './event-periods.js';
import { eventQueryTerms, withEventScores } from './event-scores.js';
import { PatientBirthDates } from './patient-birth-dates.js';
import { analyzeRecordQuestion, type RecordQuestion } from './record-question.js';
import { asFollowUp, mayFollowUp, withoutPreface } from './follow-up-questions.js';
import { rankRecords, type RankableRecord } from './record-ranking.js';
import { linkSameDayEncounters } from './same-day-encounters.js';
import { letteredRivals } from './lettered-terms.js';
import { namesOnlyALetter, withLetterNamed } from './lettered-follow-ups.js';
import { askedForAnother, sameAskedOfAnother } from './asked-for-another.js';
import { datedByRecovery, recoveryOfNamedBefore } from './recovery-follow-ups.js';
import { searchTerm, tokenize } from './search-terms.js';

/**
 * A ranked record with its database id, to read its narrative once it is chosen, and whether
 * only the words of the event that dates the question matched it.
 */
type ChosenRecord = RankableRecord & { recordId: RankedRecord['_id']; eventOnly: boolean };

/** What ranking a question's candidates needs besides the question. */
interface RankingInput {
  patientId: string;
  /** Hashed query term → weight. */
  weights: Map<string, number>;
  /**
   * Hashed terms of the event the period was read from ("when I was coughing up blood") →
   * weight, besides `weights`: they put first the period's records that name the event (see
   * withEventScores).
   */
  eventWeights?: Map<string, number>;
  corpus: CorpusStats;
  questionVector: number[] | undefined;
  topK: number;
}

/**
 * Whether the question's period holds nothing it names, so that it is asked of the whole record
 * rather than answered from unrelated records (the dates shown let the answer say the period
 * held none): a period read from an age, a school year, a season, another record or a month
 * without its year is a reading of what the patient meant; a date named outright may be
 * misremembered when something specific is asked ("my covid test in April 2020" for a test in
 * March), but not when a category is listed ("what vaccines did I get in 2021": none). A season
 * named with its year ("his autumn 2018 jabs") is a date named outright, placed by the weather:
 * held to what is named like a reading when ranking read the question as naming something the
 * record holds (see rank), else, when the whole record never holds its named words (a story's
 * "the Kita needs his vaccine history", "the page got wet"), to the kind of record asked for.
 */
function periodMissed(question: RecordQuestion, ranked: RankedQuestion): boolean {
  const { period } = question;
  const { chosen, specific } = ranked;
  if (period === undefined || (!period.approximate && !question.specific)) return false;
  // A question naming nothing but its period ("what else did he get the same day as his mmr",
  // "what happened when I was 3") is answered by whatever the period holds.
  if (question.terms.length === 0 && question.resourceTypes.length === 0) return chosen.length === 0;
  // A reading is held to what is named ("hep A at 18 months" is not answered by that month's
  // DTaP); a date named outright only to the kind of record asked for, and so is a visit named by
  // an age ("the daycare form wants his 9 month shots": that visit's shots), unless a vaccine is
  // named with it ("was hep a part of his 6 month shots").
  const visitNamed = period.ageVisit === true && !question.namesVaccine;
  const strict =
    period.approximate === true && question.specific && !visitNamed && (specific || !namedWithItsYear(period));
  // The event's own records lie in its period by construction: they say nothing of what was asked.
  return !chosen.some(
    (record) =>
      (record.lexical > 0 && !record.eventOnly) || (!strict && question.resourceTypes.includes(record.resource_type)),
  );
}

/** A question's candidates, the top k of them, and whether ranking read it as naming something the record holds. */
interface RankedQuestion {
  selection: CandidateSelection;
  chosen: ChosenRecord[];
  specific: boolean;
}

/** A period read from words that give its year ("autumn 2018"), not from an age, an event or a yearless month. */
function namedWithItsYear(period: DatePeriod): boolean {
  return /\b(?:19|20)\d{2}\b/.test(period.expression);
}

/** No record chosen holds what the question names (only its type, or the dating event's words). */
function nothingNamedFound(chosen: readonly ChosenRecord[]): boolean {
  return !chosen.some((record) => record.lexical > 0 && !record.eventOnly);
}

/**
 * Whether a question whose period missed names its kind of record only by how it asks ("what did
 * she have at 15 months": a condition, by the words) and nothing else: then what the period holds
 * answers it (that visit's shots), rather than that kind of record from any other time.
 */
function asksWhatPeriodHeld(question: RecordQuestion): boolean {
  return question.period?.approximate === true && question.terms.length === 0 && question.resourceTypes.length > 0;
}

/** Hashed joined terms a question names ("hepatitisb") and the same names' other letters. */
interface LetteredTerms {
  asked: string[];
  rivals: string[];
}

/**
 * The candidates without the records of another letter of what the question names ("Hep A,
 * adult" for "when was my hepatitis B jab"), when the record holds the one asked: they share
 * every other word with it and would be shown beside it, or before it as the older ("his first
 * hep b": the hep A doses are no answer). When the record holds none of the letter asked ("has
 * she had hep b?" of a record with hep A only), they stay, to show what it holds instead. Records
 * naming both (a panel with influenza A and B) stay.
 */
function withoutLetterRivals(selection: CandidateSelection, letters: LetteredTerms): CandidateSelection {
  if (letters.rivals.length === 0) return selection;
  const asked = new Set(letters.asked);
  const rivals = new Set(letters.rivals);
  const holds = (terms: readonly string[] | undefined, wanted: Set<string>) =>
    (terms ?? []).some((term) => wanted.has(term));
  if (!selection.termMatched.some((group) => holds(group.terms, asked))) return selection;
  const dropped = new Set(
    selection.termMatched
      .filter((group) => holds(group.terms, rivals) && !holds(group.terms, asked))
      .flatMap((group) => group.ids),
  );
  if (dropped.size === 0) return selection;
  return {
    ...selection,
    records: selection.records.filter((record) => !dropped.has(String(record._id))),
    termMatched: selection.termMatched.filter((group) => !group.ids.some((id) => dropped.has(id))),
  };
}

/**
 * A question dated as after one time of a recurring event, counted ("the checkup he had after they
 * last admitted him", "which physical came right after the last time he was in"), with no span
 * beside it and asking for no newest or series, or a visit "right after" any event ("the checkup right
 * after they let me out of the hospital with tb"): the one that came next, so the period's oldest
 * records first, not its newest years on. An event not counted ("the visit where they told me to
 * stay home after covid") may be what the question is about, its own records the answer.
 */
function nextAfter(question: RecordQuestion): boolean {
  return (
    question.event?.relation === 'after' &&
    question.event.span === undefined &&
    (COUNTED_EVENT.test(question.event.event) || (question.event.next === true && asksForVisits(question))) &&
    !question.wantsLatest &&
    !question.wantsHistory
  );
}

/**
 * Whether visits are all the question asks for ("the checkup right after …"): "right after" then
 * counts the next visit; of anything else it only says when ("the shot right after I got over
 * covid"), and the event's own records, first in its period, would come before what is asked.
 */
function asksForVisits(question: RecordQuestion): boolean {
  return question.resourceTypes.length > 0 && question.resourceTypes.every((type) => type === 'Encounter');
}

/** Whether medicines are among the kinds of record asked for, and the care plan is not. */
function asksForMedicines(question: RecordQuestion): boolean {
  return (
    question.resourceTypes.some((type) => type === 'MedicationRequest' || type === 'MedicationStatement') &&
    !question.resourceTypes.includes('CarePlan')
  );
}

/** Clock of retrieval ("last year" is relative to it); a provider so tests can fix it. */
export const RETRIEVAL_CLOCK = Symbol('RETRIEVAL_CLOCK');
export type RetrievalClock = () => Date;

/**
 * The patients module's answer to the orchestrator's `retrieve_context` node (the
 * `retrieve_patient_records` tool). Returns nothing for a question that is not about the
 * patient's own record. Otherwise its cost follows what the question selects, not the size of
 * the record: the records holding one of the question's terms (an index on the records' hashed
 * terms, see RecordSearchIndex) and the newest records of the types or period it names are read
 * without their narratives (see selectCandidates), ranked with BM25 from their stored term
 * statistics and the patient's corpus statistics (plus embedding similarity when
 * EMBEDDING_MODEL is set) and recency, and only the top k are read in full and decrypted.
 */
@Injectable()
export class Bm25PatientRecordRetriever extends PatientRecordRetriever {
  private readonly logger = new Logger(Bm25PatientRecordRetriever.name);

  constructor(
    private readonly records: RankedRecordRepository,
    private readonly index: RecordSearchIndex,
    private readonly hasher: RecordTermHasher,
    @Inject(PATIENT_RECORDS_SETTINGS) private readonly settings: PatientRecordsSettings,
    @Inject(RETRIEVAL_CLOCK) private readonly now: RetrievalClock,
    private readonly audit: AuditTrail,
    private readonly metrics: MetricsRecorder,
    private readonly birthDates: PatientBirthDates,
    /** Undefined when no embedding model is configured: then ranking is lexical only. */
    @Inject(EmbeddingClient) private readonly embeddings: EmbeddingClient | undefined,
  ) {
    super();
  }

  async retrieve(query: RecordQuery): Promise<RecordSource[]> {
    const read = await this.analyze(query);
    if (!read.aboutRecords && !read.ifRecorded) return [];
    const topK = Math.min(query.limit, this.settings.topK);
    const startedAt = performance.now();
    const patientId = query.patientId;

    const [corpus, questionVector] = await Promise.all([
      this.index.statsOf(patientId),
      // A follow-up's own words ("when was that?") say nothing of what it asks about.
      this.embedQuestion(read.followsUp ? `${query.previousMessage} ${query.question}` : query.question, patientId),
    ]);
    const { question, ranked } = await this.rankQuestion(read, { patientId, corpus, questionVector, topK });
    const { selection } = ranked;
    let { chosen } = ranked;
    // A few frameless words are the record's only if it holds them; else general knowledge answers.
    if (question.ifRecorded) chosen = chosen.filter((record) => record.lexical > 0);
    const sources = await this.narrativesOf(patientId, chosen);

    if (selection.beyondBound > 0) {
      this.metrics.recordRetrievalBeyondBound(selection.beyondBound);
      this.logger.warn({
        msg: 'Record question matched more records than RECORD_RETRIEVAL_MAX_CANDIDATES; the oldest were not ranked',
        patient_id: patientId,
        bound: this.settings.maxCandidates,
        beyond_bound: selection.beyondBound,
      });
    }
    this.logger.debug({
      msg: 'Patient records retrieved',
      patient_records: corpus.records,
      considered: selection.records.length,
      term_matches: selection.termMatches,
      beyond_bound: selection.beyondBound,
      returned: sources.length,
      period: question.period ? `${question.period.from}..${question.period.to}` : undefined,
      hybrid: questionVector !== undefined,
      duration_ms: Math.round(performance.now() - startedAt),
    });
    // Who read how many of whose records: counts only, never the question or the records.
    await this.audit.record({
      action: 'records.retrieved',
      outcome: 'success',
      actor: { role: 'patient', patient_id: patientId },
      patient_id: patientId,
      details: { records_returned: sources.length, candidates: selection.records.length },
    });
    return sources;
  }

  /**
   * The question's top k, and the reading of it they were ranked for: as it was read, else, when
   * the record holds nothing it names, asked of its vaccine or of its category, and, when its
   * period holds nothing it names, of what that period holds or of the whole record.
   */
  private async rankQuestion(
    read: RecordQuestion,
    unweighted: Omit<RankingInput, 'weights' | 'eventWeights'>,
  ): Promise<{ question: RecordQuestion; ranked: RankedQuestion }> {
    let asked = await this.rankAsked(read, unweighted);
    // A disease the record never names, asked alone ("hepatitis a when he was a toddler",
    // "shingles 2016"), is asked of its vaccine, which a child's or a well adult's record holds.
    const ofVaccine = nothingNamedFound(asked.ranked.chosen) ? asked.question.askedOfVaccine() : undefined;
    if (ofVaccine !== undefined) asked = await this.rankAsked(ofVaccine, unweighted);
    // Story words the record never holds ("my new dentist wants a list", "a water pill" of a
    // record with no diuretic) name nothing in it: the question is asked of the category it
    // names, with that category's own record words when the record holds none of its kind
    // ("medication": the notes' medication list). So is a question whose named words the record
    // holds only in records of another kind, when it holds none of the category ("am I on HIV
    // meds" of a record whose HIV is its tests).
    const asCategory = this.asCategoryOf(asked);
    if (asCategory !== undefined) {
      const ofCategory = await this.rankAsked(asCategory, unweighted);
      // Records of the named words stay when the record has no list to show in their place
      // ("is he on any covid medicine" of a record with no notes: his covid records).
      if (!asked.ranked.specific || !nothingNamedFound(ofCategory.ranked.chosen)) asked = ofCategory;
    }
    const { question, ranking } = asked;
    let { ranked } = asked;
    if (periodMissed(question, ranked) && asksWhatPeriodHeld(question))
      ranked = await this.rank({ ...question, resourceTypes: [] }, ranking);
    if (periodMissed(question, ranked)) {
      const whole = await this.rank({ ...question, period: undefined }, ranking);
      // A date named outright stays when the whole record holds nothing the question names
      // either ("obs 03/2020?", "imms 12/2016": words no vocabulary knows): its records answer.
      if (whole.chosen.length > 0 || question.period?.approximate === true) ranked = whole;
    }
    // A medicine asked of a record that holds none and whose notes list none either ("what did
    // they give him for it", "what medicine was he given when he caught covid", of a child sent
    // home to isolate): what the doctor did instead is the care plan, within the period and else
    // from the whole record.
    if (ranked.chosen.length === 0 && asksForMedicines(question)) {
      const ofPlans = { ...question, resourceTypes: [...question.resourceTypes, 'CarePlan'] };
      ranked = await this.rank(ofPlans, ranking);
      if (ranked.chosen.length === 0 && ofPlans.period !== undefined)
        ranked = await this.rank({ ...ofPlans, period: undefined }, ranking);
    }
    return { question, ranked };
  }

  /**
   * One reading of the question ranked with its own weights and those of the event dating it;
   * `ranking` is its input without the event's weights, for the period's fallbacks.
   */
  private async rankAsked(
    question: RecordQuestion,
    unweighted: Omit<RankingInput, 'weights' | 'eventWeights'>,
  ): Promise<{ question: RecordQuestion; ranking: RankingInput; ranked: RankedQuestion }> {
    const { patientId } = unweighted;
    const weights = this.weightsOf(patientId, question);
    const ranking = { ...unweighted, weights };
    const eventWeights = eventQueryTerms(question, (term) => this.hasher.hash(patientId, term), weights);
    return { question, ranking, ranked: await this.rank(question, { ...ranking, eventWeights }) };
  }

  /**
   * The question asked of its category, when it names something and ranking found none of it held,
   * or found it held while the record holds nothing of the category (see RecordQuestion.asCategory).
   */
  private asCategoryOf({
    question,
    ranking,
    ranked,
  }: {
    question: RecordQuestion;
    ranking: RankingInput;
    ranked: RankedQuestion;
  }): RecordQuestion | undefined {
    if (!question.specific) return undefined;
    const held = new Set(ranked.selection.records.map((record) => record.resource_type));
    return question.asCategory(
      held,
      (term) => {
        const hashed = this.hasher.hash(ranking.patientId, term);
        return ranked.selection.termMatched.some((group) => (group.terms ?? []).includes(hashed));
      },
      ranked.specific,
    );
  }

  /** Hashed query term → weight. */
  private weightsOf(patientId: string, question: RecordQuestion): Map<string, number> {
    const weights = new Map<string, number>();
    for (const [term, weight] of queryTermWeights(question.query))
      weights.set(this.hasher.hash(patientId, term), weight);
    return weights;
  }

  /**
   * The hashed joined terms the question names ("hepatitisb") and their rivals ("hepatitisa"), see
   * withoutLetterRivals.
   */
  private letteredOf(patientId: string, question: RecordQuestion): LetteredTerms {
    const { asked, rivals } = letteredRivals(tokenize(question.query));
    const hashed = (tokens: readonly string[]) =>
      tokens.flatMap((token) => {
        const term = searchTerm(token);
        return term === null ? [] : [this.hasher.hash(patientId, term)];
      });
    return { asked: hashed(asked), rivals: asked.length === 0 ? [] : hashed(rivals) };
  }

  /** The candidates of the question (within its period) and the top k of them. */
  private async rank(
    question: RecordQuestion,
    { patientId, weights, eventWeights, corpus, questionVector, topK }: RankingInput,
  ): Promise<RankedQuestion> {
    const letters = this.letteredOf(patientId, question);
    const selected = await selectCandidates(this.records, {
      patientId,
      terms: [...weights.keys(), ...(eventWeights?.keys() ?? []), ...letters.rivals],
      period: question.period,
      resourceTypes: question.resourceTypes,
      newestFallback:
        question.period !== undefined || (question.resourceTypes.length === 0 && question.terms.length === 0),
      topK,
      bound: this.settings.maxCandidates,
      withEmbeddings: this.embeddings !== undefined,
    });
    const selection = withoutLetterRivals(selected, letters);
    const scorable = selection.termMatched.map((record) => ({ ...record, id: String(record._id) }));
    const asked = bm25Scores(scorable, weights, corpus);
    const byEvent = eventWeights ? bm25Scores(scorable, eventWeights, corpus) : new Map<string, number>();
    const lexical = withEventScores(asked, byEvent);
    // A visit asked for by what it was for is found through that day's records.
    const sameDay = await linkSameDayEncounters(this.records, {
      patientId,
      question,
      candidates: selection.records,
      lexical,
      withEmbeddings: this.embeddings !== undefined,
      findingTerm: this.hasher.hash(patientId, searchTerm('finding')!),
    });
    // One object of one shape per candidate, its id made once: a common term selects thousands.
    const rankable = [...selection.records, ...sameDay.encounters].map((record) => {
      const id = String(record._id);
      return this.rankable(record, id, sameDay.lexical, questionVector, byEvent.has(id) && !asked.has(id));
    });
    // Story words the record never holds ("the week her grandma passed away") name nothing in it.
    const held = (terms: readonly string[]) => {
      const named = new Set(terms.map((term) => this.hasher.hash(patientId, term)));
      return selection.termMatched.some((group) => (group.terms ?? []).some((term) => named.has(term)));
    };
    // A class of medicines named is tied to the record by what says which of it is meant, not by
    // a story word the record shares ("blood" of "the blood bank"): see medicineClassQualifiers.
    const ranked =
      question.specific &&
      !held(question.medicineClassQualifiers ?? question.namedTerms) &&
      !held(question.namedEquivalents())
        ? { ...question, specific: false }
        : question;
    return {
      selection,
      chosen: rankRecords(rankable, ranked, { topK, hybrid: questionVector !== undefined }),
      specific: ranked.specific,
    };
  }

  /**
   * The question as asked in the chat: read alone, or, when it leans on the patient's message
   * before it ("when was that?"), with what that message named (see asFollowUp), that message
   * itself read the same way, so a chain of follow-ups ("and the one before?" - "and before
   * that?") reaches what was named first; at most FOLLOW_UP_CHAIN_LIMIT messages back.
   */
  private analyze(query: RecordQuery): Promise<RecordQuestion> {
    const before = [...(query.earlierMessages ?? []), ...(query.previousMessage ? [query.previousMessage] : [])]
      .map((message) => message.trim())
      .filter((message) => message !== '')
      .slice(-FOLLOW_UP_CHAIN_LIMIT);
    return this.analyzeInChat(query.patientId, query.question, before);
  }

  /** One message as asked after `before` (the patient's messages before it, oldest first). */
  private async analyzeInChat(patientId: string, message: string, before: readonly string[]): Promise<RecordQuestion> {
    let text = message;
    let question = await this.analyzeMessage(patientId, text);
    const previousText = before.at(-1);
    if (previousText === undefined) return question;
    const previousOf = () => this.analyzeInChat(patientId, previousText, before.slice(0, -1));
    let previous: RecordQuestion | undefined;
    // "and the A one?" after a hepatitis B question: hepatitis A, not the B named before.
    if (namesOnlyALetter(text)) {
      previous = await previousOf();
      const lettered = withLetterNamed(text, previous);
      if (lettered !== undefined) {
        text = lettered;
        question = await this.analyzeMessage(patientId, text);
      }
    }
    // "and the hiv ones?" after "which tb drugs was i started on": that message of the HIV, read
    // after the messages it was read after.
    const ofAnother = sameAskedOfAnother(text, previousText);
    if (ofAnother !== undefined) return this.analyzeInChat(patientId, ofAnother, before.slice(0, -1));
    // "and for the HIV?" after "my current TB treatment": the HIV's treatment.
    const forAnother = askedForAnother(text, previousText);
    if (forAnother !== undefined) {
      text = forAnother;
      question = await this.analyzeMessage(patientId, text);
    }
    // "his first checkup after he got over it" after "when did raymond have covid": over covid.
    if (datedByRecovery(text)) {
      previous ??= await previousOf();
      const recovered = recoveryOfNamedBefore(text, question.namedTerms, previousText, previous.namedTerms);
      if (recovered !== undefined) return this.analyzeMessage(patientId, recovered);
    }
    if (!mayFollowUp(question, text)) {
      // "insurance call: the admission after that one": the label says why the patient asks.
      const unlabelled = withoutPreface(text);
      if (unlabelled === undefined) return question;
      const asked = await this.analyzeMessage(patientId, unlabelled);
      if (!mayFollowUp(asked, unlabelled)) return question;
      return asFollowUp(asked, previous ?? (await previousOf()), unlabelled);
    }
    return asFollowUp(question, previous ?? (await previousOf()), text);
  }

  /**
   * One message read with the patient's own names ("did philip get…" is "did she get…"), with
   * their birth date when it is dated by age ("when I was 11"), and, when it names a month
   * without its year, the day of their newest record ("that visit in March").
   */
  private async analyzeMessage(patientId: string, message: string): Promise<RecordQuestion> {
    const patientNames = displayNameFromPatientId(patientId).split(' ');
    let question = analyzeRecordQuestion(message, this.now(), { patientNames });
    if (question.needsBirthDate) {
      const birthDate = await this.birthDates.of(patientId);
      if (birthDate !== undefined) question = analyzeRecordQuestion(message, this.now(), { patientNames, birthDate });
    }
    // "the last visit before my covid jabs": the period is read from the event's own records.
    if (question.aboutRecords && question.event !== undefined && question.period === undefined) {
      const period = await eventPeriod(this.records, this.hasher, patientId, question.event);
      if (period !== undefined)
        return { ...question, period, wantsEarliest: question.wantsEarliest || nextAfter(question) };
    }
    if (!question.aboutRecords || !question.period?.yearless) return question;
    const [newest] = await this.records.findNewest({ patientId, limit: 1, withEmbeddings: false });
    if (newest === undefined) return question;
    const recordEnd = new Date(`${newest.date.slice(0, 10)}T00:00:00Z`);
    return analyzeRecordQuestion(message, this.now(), { patientNames, recordEnd });
  }

  /** The chosen records' narratives (decrypted now, and only these), in the ranking's order. */
  private async narrativesOf(patientId: string, chosen: readonly ChosenRecord[]): Promise<RecordSource[]> {
    if (chosen.length === 0) return [];
    const found = await this.records.findNarratives(
      patientId,
      chosen.map((record) => record.recordId),
    );
    const byId = new Map(found.map((record) => [String(record._id), record]));
    return chosen.flatMap((record) => {
      const narrative = byId.get(record.id);
      return narrative ? [{ resource_type: narrative.resource_type, date: narrative.date, text: narrative.text }] : [];
    });
  }

  private rankable(
    record: RankedRecord,
    id: string,
    lexical: Map<string, number>,
    questionVector: number[] | undefined,
    eventOnly: boolean,
  ): ChosenRecord {
    const comparable =
      questionVector !== undefined &&
      record.embedding_model === this.embeddings?.model &&
      Array.isArray(record.embedding);
    return {
      id,
      recordId: record._id,
      resource_type: record.resource_type,
      date: record.date,
      text: '',
      wording: record.wording ?? id,
      lexical: lexical.get(id) ?? 0,
      semantic: comparable ? cosine(questionVector, record.embedding!) : undefined,
      eventOnly,
    };
  }

  /** The question's embedding, or undefined (lexical ranking) when embeddings are off or failing. */
  private async embedQuestion(question: string, patientId: string): Promise<number[] | undefined> {
    if (!this.embeddings) return undefined;
    try {
      const [vector] = await this.embeddings.embed([question], undefined, patientLane(patientId));
      return vector;
    } catch (error) {
      if (!(error instanceof EmbeddingUnavailableError)) throw error;
      this.logger.warn(`Record retrieval falls back to lexical ranking: ${error.message}`);
      return undefined;
    }
  }
}

/** Cosine similarity; 0 for vectors of different sizes (another model's) or a zero vector. */
export function cosine(left: readonly number[], right: readonly number[]): number {
  if (left.length !== right.length || left.length === 0) return 0;
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index += 1) {
    dot += left[index] * right[index];
    leftNorm += left[index] * left[index];
    rightNorm += right[index] * right[index];
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}
