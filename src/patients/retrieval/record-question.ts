import { englishForOtherLanguageWords } from '../../common/vocabulary/other-language-words.js';
import { withStandardNegation } from '../../common/vocabulary/learner-negation.js';
import { plainForClinicalShorthand } from '../../common/vocabulary/clinical-shorthand.js';
import { joinSpelledAbbreviations } from '../../common/vocabulary/spelled-abbreviations.js';
import { abbreviationsForSpokenLetterNames } from '../../common/vocabulary/spoken-letter-names.js';
import { correctSpelling } from '../../common/vocabulary/spelling-correction.js';
import { vaccineExpansions, vocabularyExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import { agePeriod, readAgeAnchor } from './age-expressions.js';
import { DIAGNOSED, readEventAnchor, type EventAnchor } from './event-anchors.js';
import { SCHOOL_STAGES } from './school-ages.js';
import {
  hull,
  offsetFromBefore,
  parseDatePeriod,
  shiftedPeriod,
  type DatePeriod,
  type PeriodOffset,
} from './date-expressions.js';
import { searchTerm, searchTermsOf, tokenize } from './search-terms.js';
import { planAndPreventionInRecordWords } from './plan-and-prevention-words.js';
import { shotsOfVisit, type ShotsOfVisit } from './visits-told-by-shots.js';
import { spokenLettersAsLetters } from './spoken-letters.js';
import { spokenYearsInDigits } from './spoken-years.js';
import { searchedIfRecorded } from './terse-questions.js';
import { asksForVaccine } from './vaccine-cues.js';
import { asVaccines, expansionOf, withoutChildCheckupsLeft } from './question-expansion.js';
import {
  DIAGNOSIS_ASKED,
  DIAGNOSIS_CHOICE,
  EARLIEST,
  GENERIC_WORDS,
  HISTORY,
  ILLNESS_DATED,
  LATEST,
  PAST_HABIT,
  PLAN_ASKED,
  RECORDED_ASKED,
} from './question-emphasis.js';
import {
  MEDICINE_CLASS_NAMED,
  RECORD_TOPICS,
  SICK_VISIT,
  TAKEN_REGULARLY_TOLD,
  UNWELL_WORD,
  type RecordTopic,
} from './record-topics.js';
import {
  ADDRESSED_TO_ME,
  BORN_ON,
  CLINICIAN,
  DEPENDANT,
  DONE_TO_ME,
  GENERAL_QUESTION,
  OWN_PAST,
  PAST_TENSE,
  RECORD_CODE_READ,
  RECORD_DISPUTED,
  RECORD_READ_BACK,
  REQUEST,
  SAID_OR_DONE,
  SELF_REFERENCE,
} from './record-question-cues.js';

/** What retrieval needs to know about a question before it touches the database. */
export interface RecordQuestion {
  /** False: a general question ("what is a fever?"); nothing is retrieved. */
  aboutRecords: boolean;
  /** Not read as a record question, but searched if the record holds what it names ("metapneumovirus?"). */
  ifRecorded: boolean;
  period?: DatePeriod;
  /** Resource types the question names through its topics, e.g. Immunization for "vaccines". */
  resourceTypes: string[];
  /** The question's own search terms (stemmed, without stop words); empty for "what is in my record?". */
  terms: string[];
  /**
   * The question names something narrower than a record category ("weight", "tuberculosis"),
   * so records that only fit by type are not relevant ("which vaccines" lists them all).
   */
  specific: boolean;
  /**
   * The search terms of what makes the question specific: when the record holds none of them
   * nor of their equivalents ("the week her grandma passed away"), the retriever ranks the
   * question as the category it also names ("which jabs").
   */
  namedTerms: string[];
  /**
   * The search terms of namedTerms' lay and clinical equivalents, worked out only when called
   * (the retriever needs them only when the record holds none of namedTerms).
   */
  namedEquivalents: () => string[];
  /**
   * The question asked of the vaccine of the disease it names ("hepatitis a when he was a
   * toddler", "shingles 2016"), for when the record holds nothing of the disease itself; undefined
   * when it names no such disease or already asks for vaccines. Worked out only when called.
   */
  askedOfVaccine: () => RecordQuestion | undefined;
  /**
   * The question searched with the own record words ("medication") of the categories it names,
   * when the record holds none of their resource types (`held`: the types its candidates hold), which
   * a question naming something within the category leaves out (see expansionOf): "any regular
   * medicines according to my chart", "a water pill", of a record that lists medicines only in
   * its notes ("Medications: No Active Medications"), for when the record holds none of what the
   * question names (`recordHolds`: whether a search term is in the record). Undefined when no such
   * category adds a word. Worked out only when called.
   *
   * `namedHeld`: the record holds what the question names, but perhaps only in records of another
   * kind ("am I on HIV meds" of a record whose HIV is its tests, "any tb tablets after the stay" of
   * one whose tuberculosis is a diagnosis): when the record holds no record of the category at all,
   * neither its resource types nor its own record words ("treatment"), those records answer no
   * question of it, and the notes' list does. Only the kinds the category's own sentence names
   * count then ("am I on HIV meds? the rapid test says positive": the test is the story).
   */
  asCategory: (
    held: ReadonlySet<string>,
    recordHolds: (term: string) => boolean,
    namedHeld?: boolean,
  ) => RecordQuestion | undefined;
  /**
   * The search terms that say which of a named class of medicines is meant ("the pcp antibiotic",
   * "antibiotics for the pcp"), present when a class is named ("any blood thinners", "anything for
   * blood pressure"): the class is what is asked, and the question's other words say who asks or
   * why ("the blood bank", "a life insurance nurse", "a clinical trial screener"), so a word of
   * theirs the record holds ("blood", "clinical") ties nothing to it; only these and the named
   * words' lay and clinical equivalents do ("for the tb": "tuberculosis").
   */
  medicineClassQualifiers?: string[];
  /**
   * A vaccine asked for by its name and nothing else ("my flu vaccinations", "tetanus boosters"):
   * its doses are the answer, every one of them, before the notes of the visits that gave them.
   */
  namesVaccine?: boolean;
  /** The lexical query: the question plus the narrative words of its topics. */
  query: string;
  /** "last", "latest", "most recent", "current": newer records rank higher. */
  wantsLatest: boolean;
  /** "changed", "over time", "history of": a series across time, so age is no penalty. */
  wantsHistory: boolean;
  /** "first", "as a baby", "when she was born": older records rank higher. */
  wantsEarliest: boolean;
  /**
   * "What was she diagnosed with", "what did the doctor put": the diagnosis is asked for, not
   * named; what the question names (the symptoms) says which visit.
   */
  wantsDiagnosis: boolean;
  /**
   * The question is dated by the patient's age ("the year I turned 40") and names no other
   * period: the period needs the birth date, which the retriever reads only then.
   */
  needsBirthDate: boolean;
  /**
   * Another record the question dates itself by and no period it names ("the last visit before
   * my covid jabs"): the retriever reads the event's dates to give the question its period.
   */
  event?: EventAnchor;
  /**
   * A visit asked for and told by the shots given at it ("the visit where she got like 5 needles
   * at once"): the retriever finds it through the days of shots (see linkSameDayEncounters).
   */
  shotsOfVisit?: ShotsOfVisit;
  /**
   * The question leans on the patient's message before it in the chat ("when was that?"): what
   * it asks about was read from that message (see asFollowUp).
   */
  followsUp?: boolean;
  /**
   * A unit counted from the period the message before asked about ("and the year after that
   * one?"), for a question naming no period of its own: see asFollowUp.
   */
  offsetFromBefore?: PeriodOffset;
}

// An event that only says when ("when I had covid", "the flu jabs at my physical", up to the next clause or the question asked
// after it, "when she was poorly the spring before last | was her temp high": "when she was poorly
// in march I could see her heart going", "when he had covid his oxygen went down to 80", "when she
// had the corona the finger clip thing on her finger showed a low number"; "with
// the virus", "at that visit", "during the 2014 hospital stay", "on one of my admissions" (a
// stay's record names it: "hospital stay"), "when we go
// for her check up", "her covid symptoms", "covid was mild for him? which symptoms": the symptoms she had
// then, not the covid), not what was found ("diagnosed with
// covid", nor "ill", "poorly" or "unwell with covid", which ask about the illness itself): its
// words would rank the event's own records above the fact asked about, so they are not searched
// unless nothing else is asked.
const EVENT_ANCHOR =
  /\b(?:(?:when|while|after|during|before) (?:i|he|she|we|my \w+) (?:had|was|were|got|caught|went|came|tested)\b(?:(?!\s(?:i|we|they|you|or)\s|\s(?:was|were|is|did|does|has)\s+(?:my|his|her|their|our|the|they|he|she|i|it)\s|\s(?:my|his|her|their|our|the)\s+(?:\w+\s+)?\w+(?:\s+things?)?(?:\s+(?:on|in|round|around)\s+(?:my|his|her|their|our|the)\s+\w+)?\s+(?:was|were|went|read|said|showed)\b)[^,.;?!])*|(?<!\b(?:diagnosed|diagnosis|infected|ill|sick|poorly|unwell|confirmed|positive|tested|down) )(?:with|from) (?:the |my |his |her |that )?(?:covid[\w-]*|corona ?virus|corona|virus|the virus)\b|at (?:the|that|my|his|her|their|our) (?:\w+ )?(?:visit|appointment|physical|check[- ]?ups?|exam)\b|\b(?:at|during|on|in|over|across|between|through(?:out)?)\s+(?:(?:one|1|some|each|any|all)?\s*of\s+)?(?:(?:the|that|my|his|her|their|our)\s+)?(?:\w+\s+)?(?:hospital\s+)?(?:stay|admission)s?\b|when (?:we|i|they) (?:go|went|take (?:him|her)|took (?:him|her)) (?:for|to) (?:the|that|my|his|her|their|our) (?:\w+ )?(?:visit|appointment|check[- ]?ups?|physical)\b|\b(?:when|during) (?:the |my |his |her )?(?:covid[\w-]*|corona ?virus|corona|the virus)\b|\b(?:covid[\w-]*|corona ?virus|corona|the virus)(?=\b[^]*\bsymptoms?\b)|(?<=\bsymptoms? )of (?:the )?(?:covid[\w-]*|corona ?virus|corona|virus)\b)/g;

/**
 * Decides whether a question is about the patient's own record, and reads the period, topics
 * and emphasis from it (the `RecordQuestionClassifier` of retrieval).
 *
 * A question is about the record when it asks about the patient's past ("did I have", "was my",
 * "has she had", "was a CD4 count ordered?"), or names a record topic ("vaccines", "results",
 * "weight", "visits", ...) with the patient ("my", "I", or "his"/"her" from a parent), a
 * clinician, a period, the past tense, the newest reading or a request for it ("show …"), or
 * when it names a past period together with the patient, a clinician or a clinical word ("what
 * happened to me in 2020?", "loose stools in March 2020?"). "What is a fever?" or "I have a
 * cough, what can help?" are not: they are answered from general knowledge, without the record.
 *
 * The question is read after correcting misspelt vocabulary words; what it names is searched
 * without the event that only dates it ("when I had covid"), with each search term once.
 */
/** What the retriever knows of the patient beside the question. */
export interface RecordQuestionContext {
  /** The patient's own given and family names: "did philip get…" is "did she get…". */
  patientNames?: readonly string[];
  /**
   * The day of the patient's newest record: a month named without its year ("that visit in
   * March") is the latest such month of the record, which may have ended years before now.
   */
  recordEnd?: Date;
  /** The patient's birth date as the account keeps it ("1980-05-17", "1980-05" or "1980"). */
  birthDate?: string;
}

/** Going to a visit told as attending it ("the dates I attended to get vaccinated"). */
const ATTENDED = /\battend(?:ed|ing|s)?\b/;

export function analyzeRecordQuestion(
  question: string,
  now: Date,
  { patientNames = [], recordEnd, birthDate }: RecordQuestionContext = {},
): RecordQuestion {
  const lower = planAndPreventionInRecordWords(
    correctSpelling(
      joinSpelledAbbreviations(
        abbreviationsForSpokenLetterNames(
          withStandardNegation(
            plainForClinicalShorthand(
              spokenLettersAsLetters(
                spokenYearsInDigits(englishForOtherLanguageWords(question.toLowerCase().replace(/[’‘]/g, "'"))).replace(
                  MEDICINE_INJECTED,
                  ' parenteral medicine ',
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // The patient named ("did philip get his hep a?", "raymond's covid test") is "he" or "she".
  const text = withoutChildCheckupsLeft(
    patientNames
      // A name that is also a common or date word ("June", "Will") is left as the word it may be.
      .filter((name) => name.length >= 3 && searchTerm(name) !== null)
      .reduce((rest, name) => rest.replace(namePattern(name), 'she'), lower),
  );
  // "she was born december 2011" tells the birth date, not the period asked about.
  const datable = text.replace(BORN_ON, ' ');
  const read = parseDatePeriod(datable, now);
  const unshifted =
    read?.yearless && recordEnd !== undefined && recordEnd < now ? parseDatePeriod(datable, recordEnd) : read;
  // "the month after she was sick in march", "the day before march 2020 began": the unit beside it.
  const named = unshifted && shiftedPeriod(datable, unshifted);
  // A year or month the question names outright wins over the age it also gives, but for a
  // baby's age in months ("his 2 month visit in july 2017"): a month remembered off by one, the
  // period holds both readings.
  const anchored = readAgeAnchor(text);
  // A month, season or holiday without its year beside an age ("the summer he started
  // kindergarten", "the winter she was one") is that season of those years, not the latest one.
  const age = named === undefined || anchored?.months || read?.yearless ? anchored : undefined;
  const aged = age !== undefined && birthDate !== undefined ? agePeriod(age, birthDate) : undefined;
  const withinAge = aged && read?.yearless ? yearlessWithin(datable, aged) : undefined;
  const period =
    (aged && {
      ...aged,
      approximate: true as const,
      ...(age?.visit && { ageVisit: true as const }),
      ...(withinAge ?? (named && hull(named, aged))),
    }) ??
    named;
  const vaccineAsked = asksForVaccine(text);
  const topics = vaccineAsked ? asVaccines(topicsOf(text)) : topicsOf(text);
  // "tell me about the shingles vaccine" asks for nothing of the patient's own.
  const personal = SELF_REFERENCE.test(text.replace(ADDRESSED_TO_ME, ' ')) || DEPENDANT.test(text);
  const clinician = CLINICIAN.test(text);
  const general = GENERAL_QUESTION.test(text) && !REQUEST.test(text);
  // A few words and a date named outright ("obs 03/2020?", "imms 12/2016"), as into a search box:
  // the record of that date is asked, whatever the words name (else nothing of it is shown).
  const datedSearch = named !== undefined && searchedIfRecorded(text, searchTermsOf(text), general);
  const aboutRecords =
    datedSearch ||
    OWN_PAST.test(text) ||
    DONE_TO_ME.test(text) ||
    (RECORD_DISPUTED.test(text) && (personal || topics.length > 0)) ||
    (RECORD_CODE_READ.test(text) && personal) ||
    // Something named and asked whether it is on the record, with no one's pronoun: "fire service
    // pharmacist asks about Videx (didanosine), listed?", "the nurse wants to know, is penicillin
    // on file": the record is what is asked, however long the story before it.
    (RECORDED_ASKED.test(text) && !GENERAL_QUESTION.test(text)) ||
    // "when she had covid", "when I was in the hospital": the patient's own past; "wheezing when
    // covid", as people write who are not at home in English, too.
    (matches(EVENT_ANCHOR, text) && (personal || !GENERAL_QUESTION.test(text))) ||
    (topics.length > 0
      ? personal ||
        clinician ||
        period !== undefined ||
        PAST_TENSE.test(text) ||
        REQUEST.test(text) ||
        // "the latest weight reading" is someone's: general questions do not ask for the newest.
        matches(LATEST, text) ||
        // "what is the plan that says 'stop all'": the record's words read back.
        RECORD_READ_BACK.test(text) ||
        // "hep a shot?", "blood pressure at the covid visit": a record topic, not asked as general knowledge.
        !GENERAL_QUESTION.test(text)
      : // "what happened to me in 2020?"; "loose stools in March 2020?": a past period and a clinical
        // word need no pronoun; "they said suspected covid": someone's past needs no period.
        (period !== undefined && (personal || clinician)) ||
        ((period !== undefined || (SAID_OR_DONE.test(text) && (personal || clinician))) &&
          vocabularyExpansions(text).length > 0));
  const event = period === undefined && aboutRecords ? readEventAnchor(text) : undefined;
  // "last year" names a period; only a "last" outside it asks for the newest records. The event
  // that dates the question is not searched, unless it is all the question names.
  // An offset from the period asked before ("and the following year's one?") says when, not what.
  const dates =
    period === undefined
      ? text.replace(movedOffsetOf(text) ?? '', ' ')
      : text.replace(period.expression, ageUnitOf(period.expression)).replace(named?.expression ?? '', ' ');
  const rest = visitOfDiagnosis(dates, event) ? dates : withoutExpression(dates, event?.expression);
  const wantsHistory = matches(HISTORY, text);
  // The cue words say how to rank, not what to find: "changed" must not match "Change regimen".
  // School stages date a question ("the shots before middle school"), even when not read as a period.
  const content = withoutSickVisitQualifier(
    withoutStayBesideMedicines(
      withoutEventAnchors(
        rest
          // "what does she take every morning": medicines taken daily, whose "every" and "day" go next.
          .replace(TAKEN_REGULARLY_TOLD, 'take daily')
          .replace(SOURCE_NAMED, ' ')
          .replace(WHO_BROUGHT, ' ')
          .replace(HISTORY, ' ')
          .replace(LATEST, ' ')
          // "newborn" stands as "baby" (a stop word), so "her newborn check" is still a visit.
          .replace(EARLIEST, (cue) => (cue === 'newborn' ? 'baby' : ' '))
          .replace(SCHOOL_STAGES, ' ')
          .replace(GENERIC_WORDS, ' ')
          .replace(PAST_HABIT, '$1'),
      ),
    ),
    text,
  );
  // What is asked about, without the event that only dates it: "the mask at the covid visit".
  // A class of medicines ("blood pressure tablets") is read as medicines, not as the reading its
  // words name, and names something the record may hold none of, like a medicine named.
  const classNamed = matches(MEDICINE_CLASS_NAMED, content);
  const topicText = content.replace(MEDICINE_CLASS_NAMED, CLASS_STANDS_FOR);
  const asked = vaccineAsked ? asVaccines(topicsOf(topicText)) : topicsOf(topicText);
  // The class's own words name the class, not something of theirs the record holds ("for blood
  // pressure": the readings).
  const naming = withoutCategoryWords(content.replace(MEDICINE_CLASS_NAMED, ' '), asked);
  const namedTerms = searchTermsOf(naming);
  const specific = namedTerms.length > 0 || classNamed;
  const terms = searchTermsOf(content);
  // Something named and asked whether it is on the record, of no kind the question names but
  // notes: a diagnosis or a complaint ("is tuberculosis in my mother's file", "he was sleeping all
  // day, too weak, is it in record"), not every record that holds its words. A reading told
  // beside something else named is not the only thing asked ("his temp was through the roof, is
  // that noted as a fever", "his temperature was fine, did they list the cough"); a reading alone
  // keeps its kind ("is my weight on file").
  const readings = asked.filter(
    (topic) => topic.specific === true && topic.resourceTypes.every((type) => type === 'Observation'),
  );
  const recordedComplaint =
    specific &&
    RECORDED_ASKED.test(text) &&
    asked.every(
      (topic) => topic.resourceTypes.every((type) => type === 'DocumentReference') || readings.includes(topic),
    ) &&
    (readings.length === 0 || namesBesideReadings(naming, readings));
  // "when did I have TB": the onset of the illness named, before its treatment's or tests' records.
  const illnessDated = specific && asked.length === 0 && ILLNESS_DATED.test(text);
  // A diagnosis asked for and not named ("what did they say he had the day after that visit"): a
  // condition, whatever else the question names to say when.
  const diagnosisAsked = DIAGNOSIS_ASKED.test(text);
  const resourceTypes = [
    ...new Set([
      ...asked.flatMap((topic) => topic.resourceTypes),
      ...(recordedComplaint ||
      visitOfDiagnosis(dates, event) ||
      illnessDated ||
      statusDisputed(text) ||
      (diagnosisAsked && !specific) ||
      DIAGNOSIS_CHOICE.test(text)
        ? ['Condition']
        : []),
    ]),
  ];
  // "the visit where she got 5 needles", "the dates I attended to get vaccinated": a visit told by its shots.
  const toldShots = shotsOfVisit(text);
  const shotsOfVisitAsked =
    toldShots !== undefined && (resourceTypes.includes('Encounter') || ATTENDED.test(text)) ? toldShots : undefined;
  if (shotsOfVisitAsked !== undefined && !resourceTypes.includes('Encounter')) resourceTypes.push('Encounter');
  const own = withoutMedicineWordsOfAPlan(withoutVaccineWordsBesideItsName(content, naming, asked), text);
  const analyzed: RecordQuestion = {
    aboutRecords,
    ifRecorded: !aboutRecords && searchedIfRecorded(text, terms, general),
    period,
    resourceTypes,
    // "When did I get my flu jabs" reads as a condition too ("when did I get"): the vaccine named says which.
    namesVaccine:
      resourceTypes.includes('Immunization') &&
      resourceTypes.every((type) => type === 'Immunization' || type === 'Condition') &&
      vaccineExpansions(naming).length > 0,
    terms,
    specific,
    ...(classNamed && { medicineClassQualifiers: classQualifiers(content) }),
    namedTerms,
    // Not the category's words, its record words ("treatment" of medicines) or the question's own
    // ("blood thinners", an equivalent of "warfarin"): they are no equivalent of what is named.
    namedEquivalents: () => {
      const named = new Set(namedTerms);
      const categoryWords = new Set([
        ...searchTermsOf(asked.flatMap((topic) => topic.expansion).join(' ')),
        ...terms.filter((term) => !named.has(term)),
      ]);
      return searchTermsOf(distinctWords(expansionOf(naming, text, asked, true))).filter(
        (term) => !categoryWords.has(term),
      );
    },
    query: distinctWords([own, ...expansionOf(withoutEventAnchors(rest), text, asked, specific)]),
    wantsLatest: matches(LATEST, rest) && !wantsHistory,
    wantsHistory,
    wantsEarliest: matches(EARLIEST, rest) && !wantsHistory && !matches(LATEST, rest),
    wantsDiagnosis: diagnosisAsked,
    needsBirthDate: age !== undefined && birthDate === undefined,
    ...(event && { event }),
    ...(shotsOfVisitAsked && { shotsOfVisit: shotsOfVisitAsked }),
    ...(period === undefined && offsetOf(text)),
    askedOfVaccine: () => {
      const vaccines = vaccineExpansions(naming);
      if (vaccines.length === 0 || asked.some((topic) => topic.resourceTypes.includes('Immunization')))
        return undefined;
      return {
        ...analyzed,
        resourceTypes: ['Immunization'],
        query: distinctWords([analyzed.query, ...vaccines]),
        askedOfVaccine: () => undefined,
      };
    },
    asCategory: (held, recordHolds, namedHeld = false) => {
      // Only when every kind asked is missing: "the lung infection that needed months of pills"
      // asks for a condition too, which the record holds, and the notes would outrank it.
      // A class of medicines named ("anything for blood pressure? the hospital readings were crazy
      // high") is what is asked: the kinds a story in another sentence names (the stay, the
      // readings) are no category asked for, and the record holding them says nothing of the
      // medicines. A kind in the class's own sentence is ("the antibiotic shots": the doses).
      const classKinds = new Set(
        topicText
          .split(/[?.!;]+/)
          .filter((sentence) => sentence.includes(CLASS_STANDS_FOR))
          .flatMap((sentence) => topicsOf(sentence).map((topic) => topic.name)),
      );
      const listedKinds = namedHeld ? kindsBesideListed(topicText) : undefined;
      // So is the list of what someone takes now ("packing a hospital bag - what tablets does she
      // take every day?", "the examiner wants every med I take"): the stay or the physical of the
      // story is why they ask, and the notes of every visit list the medicines.
      const listAsked = !classNamed && CURRENT_MEDICINES_ASKED.test(text);
      const onlyListed = classNamed || listAsked;
      const kinds = asked.filter(
        (topic) =>
          !topic.specific &&
          topic.resourceTypes.length > 0 &&
          (!onlyListed || topic.listedAs !== undefined || classKinds.has(topic.name)) &&
          (listedKinds === undefined || listedKinds.has(topic.name)),
      );
      if (kinds.some((topic) => topic.resourceTypes.some((type) => held.has(type)))) return undefined;
      const listed = kinds.flatMap((topic) => topic.listedAs ?? []);
      if (listed.length === 0) return undefined;
      const queryTerms = searchTermsOf(analyzed.query);
      // A kind read from how it is asked rather than a topic ("my chart still lists the
      // consumption as ongoing, how come": the diagnosis's status) is asked too.
      const topicTypes = new Set(asked.flatMap((topic) => topic.resourceTypes));
      if (namedHeld && analyzed.resourceTypes.some((type) => !topicTypes.has(type))) return undefined;
      if (namedHeld) {
        // The category's own record words the query searches ("treatment"): a record holding one
        // holds the category, and what it holds of the named words may be of it.
        const own = searchTermsOf(kinds.flatMap((topic) => topic.expansion).join(' ')).filter((term) =>
          queryTerms.includes(term),
        );
        if (own.length === 0 || own.some(recordHolds)) return undefined;
      }
      // The question's own words are not searched: the record holds none of what they name, and
      // a word of it ("blood" of "blood thinners") would find unrelated records ("blood typing").
      // The record words its cues add stay ("she said she was taking": "patient reported"), but
      // not the category's, which name the kind the record holds none of.
      // When the record holds a record word its cues add ("she said she was taking": "patient
      // reported"), those records answer, and the question is left as it was.
      // Nor the words a class's own name adds ("blood pressure" tablets: "systolic", "mmhg"), which
      // name the readings, not the medicines.
      // Held named words' equivalents ("tuberculosis" of "tb") are held with them: no cue either.
      const unsearched = new Set([
        ...terms,
        ...searchTermsOf(kinds.flatMap((topic) => topic.expansion).join(' ')),
        ...classWords(content, text),
        ...(namedHeld ? analyzed.namedEquivalents() : []),
        // Nor, of a list asked, the words of the story's kinds ("a DOT physical": "annual", "general").
        ...(listAsked
          ? searchTermsOf([...asked.flatMap((topic) => topic.expansion), ...vocabularyExpansions(text)].join(' '))
          : []),
      ]);
      const cues = queryTerms.filter((term) => !unsearched.has(term));
      if (cues.some(recordHolds)) return undefined;
      if (!namedHeld)
        return {
          ...analyzed,
          // A list asked is of the listed kinds alone: the story's visits are no answer.
          ...(listAsked && {
            resourceTypes: analyzed.resourceTypes.filter((type) =>
              kinds.some((topic) => topic.resourceTypes.includes(type)),
            ),
          }),
          specific: false,
          query: distinctWords(listed),
          asCategory: () => undefined,
        };
      // The notes are asked, and the named words the record holds order them: the note of the stay
      // that found the tuberculosis ("Patient is presenting with tuberculosis") before the others.
      return {
        ...analyzed,
        specific: false,
        resourceTypes: ['DocumentReference'],
        query: distinctWords([...listed, ...namedTerms.filter(recordHolds)]),
        asCategory: () => undefined,
      };
    },
  };
  return analyzed;
}

/**
 * The occurrences of a month, season or holiday named without its year ("in march", "just after
 * christmas") that fall within an age's period, as one span from the first to the last; undefined
 * when none falls in it. Read year by year back from the period's end.
 */
function yearlessWithin(text: string, aged: DatePeriod): { from: string; to: string } | undefined {
  const within: DatePeriod[] = [];
  const end = new Date(`${aged.to}T00:00:00Z`);
  for (let back = 0; back <= MAX_AGE_YEARS; back += 1) {
    const clock = new Date(end);
    clock.setUTCFullYear(end.getUTCFullYear() - back);
    const found = parseDatePeriod(text, clock);
    if (found === undefined || found.to <= aged.from) break;
    if (found.from < aged.to) within.push(found);
  }
  if (within.length === 0) return undefined;
  return within.reduce<{ from: string; to: string }>((span, found) => hull(span, found), within[0]);
}

/** Years an age's period may span (a decade of life is ten; "as a toddler" three). */
const MAX_AGE_YEARS = 12;

/**
 * The names of the kinds asked in the sentences that ask for a category its notes list
 * ("medications"): "am I on HIV meds? the rapid test says positive" asks for medicines alone. A
 * sentence asked ("?") is the ask when one names the category ("am I on HIV meds? I dont see any
 * pills listed and the test was positive": the second is the story).
 */
function kindsBesideListed(topicText: string): Set<string> {
  const sentences = (topicText.match(/[^?.!;]+[?.!;]*/g) ?? [])
    .map((sentence) => ({ asked: sentence.includes('?'), topics: topicsOf(sentence) }))
    .filter(({ topics }) => topics.some((topic) => topic.listedAs !== undefined));
  const asked = sentences.some((sentence) => sentence.asked)
    ? sentences.filter((sentence) => sentence.asked)
    : sentences;
  return new Set(asked.flatMap(({ topics }) => topics.map((topic) => topic.name)));
}

/**
 * The medicines someone takes now, asked as a list: "what tablets does she take", "what pills is
 * mum on", "what does my chart say im on", "every med I take", "all the medicines he is on". In
 * the present: "what was she on when she had tb" asks for a time, which the record dates.
 */
const CURRENT_MEDICINES_ASKED = new RegExp(
  [
    String.raw`\bwhat\s+(?:[\w']+\s+){0,2}(?:does|do|is|am|are)\s+(?:she|he|i|they|we|(?:my|our|his|her)\s+\w+|mum|mom|dad|mother|father)\s+(?:take|taking|on)\b`,
    String.raw`\b(?:say|says|show|shows|list|lists)\s+(?:that\s+)?(?:i'?m|i\s+am|he'?s|he\s+is|she'?s|she\s+is|they'?re|they\s+are)\s+on\b`,
    String.raw`\b(?:every|all|each)\s+(?:(?:the|of\s+the|of\s+my|of\s+his|of\s+her)\s+)?(?:\w+\s+)?(?:meds?|medications?|medicines?|pills?|tablets?|drugs?|prescriptions?)\s+(?:(?:that\s+)?(?:i|he|she|they|we)\s+(?:take|takes|am\s+on|is\s+on|are\s+on|uses?)|(?:i'?m|he'?s|she'?s|they'?re)\s+on)\b`,
  ].join('|'),
);

/** What a class of medicines named stands as when the question's topics are read ("blood pressure tablets": medicines). */
const CLASS_STANDS_FOR = ' medicines ';

/** The word before a class of medicines ("the pcp antibiotic") and what it is for after it ("antibiotics for the pcp"). */
const CLASS_QUALIFIERS = [
  new RegExp(`\\b(\\w+)\\s+${MEDICINE_CLASS_NAMED.source}`, 'g'),
  new RegExp(`${MEDICINE_CLASS_NAMED.source}\\s+for\\s+(?:(?:the|my|his|her|their|your|our)\\s+)?(\\w+)`, 'g'),
];

/** The search terms that say which of the classes of medicines a question names is meant (see medicineClassQualifiers). */
function classQualifiers(content: string): string[] {
  return searchTermsOf(
    CLASS_QUALIFIERS.flatMap((pattern) => [...content.matchAll(pattern)].map((match) => match[1] ?? '')).join(' '),
  );
}

/** The search terms the names of the medicine classes a question names add ("blood pressure" tablets: "systolic"). */
function classWords(content: string, text: string): string[] {
  const classes = content.match(MEDICINE_CLASS_NAMED) ?? [];
  return classes.length === 0 ? [] : searchTermsOf(expansionOf(classes.join(', '), text, [], true).join(' '));
}

/**
 * A medicine told by its injection ("the tb drug that was a jab every day", "which of my tb drugs
 * was a shot instead of a pill", "the medicine i had as an injection instead of tablets") or by
 * where it was injected ("the tb drug that goes in the muscle as a jab", "which of my tb medicines
 * went into the muscle"), or asked whether it was one ("was one of my tb drugs a shot", "were
 * any of her medicines injections"): a medicine given by injection, not a vaccine, read as
 * "parenteral medicine" (see MEDICINE_DESCRIPTIONS), with what it was told against ("not a pill").
 */
const MEDICINE_INJECTED =
  /\b(?<=\b(?:was|were|is|are)\s+(?:[\w'-]+\s+){0,5})(?:drugs?|medicines?|medications?|meds|antibiotics?)\s+(?:an?\s+)?(?:jabs?|shots?|injections?)\b|\b(?:drugs?|medicines?|medications?|meds|antibiotics?)\b(?:\s+(?:that|which|i|he|she|they))?(?:(?:\s+(?:had to have|had|got|was|were|is|came|given))+\s+(?:(?:as|by|through)\s+)?(?:an?\s+)?(?:jabs?|shots?|injections?|needles?)|\s+(?:goes|go|went|(?:was\s+|were\s+)?given|(?:was\s+|were\s+)?put|(?:was\s+|were\s+)?injected)\s+(?:in|into)\s+(?:the|my|his|her|a)\s+(?:muscles?|veins?|bum|buttocks?|thighs?)(?:\s+as\s+an?\s+(?:jabs?|shots?|injections?))?)\b(?:[^.?!]{0,20}?\b(?:instead of|not|rather than)\s+(?:an?\s+)?(?:pills?|tablets?))?/g;

/**
 * What stands for an age read as the period: its unit, a stop word, so that "the 18 month check"
 * is still a visit ("the month check") and not a test; nothing for any other date.
 */
function ageUnitOf(expression: string): string {
  return /\b(weeks?|months?|years?)(?: old)?$/.exec(expression)?.[1] ?? ' ';
}

/**
 * A condition's status disputed ("why does it still say her cough is active", "how come my file
 * shows tb as current when I finished the pills"): the condition's own record, which carries its
 * status, whatever else the question names (the medicines finished).
 */
function statusDisputed(text: string): boolean {
  return RECORD_DISPUTED.test(text) && CONDITION_STATUS.test(text);
}

/**
 * Who the record's answer comes from, named as a source ("according to the clinic", "per my
 * doctor", "as far as the hospital knows"): not a visit or a note asked for.
 */
const SOURCE_NAMED =
  /\b(?:according to|per|as far as)\s+(?:the|my|his|her|their|our)\s+(?:clinic|doctors?|gp|hospital|surgery|practice|nurses?|chart|records?|files?|notes?|portal)(?:\s+(?:knows?|says?|is concerned))?\b/g;

/**
 * Who brought the patient to a visit ("how often did my mum bring me in", "when her dad took her
 * in"): the story of the visit, which no record names; the bringing itself still asks for a visit.
 */
const WHO_BROUGHT =
  /\b(?:my|his|her|our|their|the) (?:mum|mom|mommy|mummy|mother|dad|daddy|father|parents?|grandma|grandmother|gran|nan|nana|grandpa|grandfather|aunt|auntie|uncle|carer|nanny)(?= (?:bring|brings|brought|take|takes|took|drive|drove|rush(?:ed)?) )/g;

/** The status a condition's record gives, as a patient reads it back. */
const CONDITION_STATUS = /\b(?:active|current|ongoing|resolved|cured|open|closed)\b/;

/**
 * A visit asked for by the diagnosis made at it ("which hospital stay was it when they diagnosed
 * my tb"): the diagnosis tells which visit, so its record answers beside the visit's, and its
 * words are searched as well as dating the question. Only when visits are all that is asked
 * besides ("my weight when they found my tb" asks for a reading of that time).
 */
function visitOfDiagnosis(text: string, event: EventAnchor | undefined): boolean {
  if (event === undefined || !DIAGNOSED.test(event.expression)) return false;
  const topics = topicsOf(text.replace(event.expression, ' '));
  return topics.length > 0 && topics.every((topic) => topic.resourceTypes.every((type) => type === 'Encounter'));
}

/** The words of an offset that moves the period asked before whole ("six months later", "the next year's"). */
function movedOffsetOf(text: string): string | undefined {
  const offset = offsetFromBefore(text);
  return offset?.moved === undefined ? undefined : offset.expression;
}

/** The offset a question counts from the period asked before ("the year after that one"), if any. */
function offsetOf(text: string): Pick<RecordQuestion, 'offsetFromBefore'> {
  const offset = offsetFromBefore(text);
  return offset === undefined ? {} : { offsetFromBefore: offset };
}

/** The text without an expression, unless nothing would be asked without it. */
function withoutExpression(text: string, expression: string | undefined): string {
  if (expression === undefined) return text;
  const rest = text.replace(expression, ' ');
  const topics = topicsOf(rest);
  return topics.length > 0 || searchTermsOf(withoutCategoryWords(rest, topics)).length > 0 ? rest : text;
}

/** A given or family name as typed, possessive or not ("raymond's", "raymonds"). */
function namePattern(name: string): RegExp {
  return new RegExp(`\\b${name.toLowerCase().replace(/[^a-z'-]/g, '')}(?:'?s)?\\b`, 'g');
}

function topicsOf(text: string): RecordTopic[] {
  return RECORD_TOPICS.filter((topic) => topic.pattern.test(text));
}

/**
 * The text without its event anchors, unless they are all it names ("what happened when I had
 * covid?"); a category is something named ("what procedure did she have when she came in sick"),
 * and so is what a visit held ("what did he get at the appointment when he was 11").
 */
function withoutEventAnchors(text: string): string {
  const rest = text.replace(EVENT_ANCHOR, ' ');
  const topics = topicsOf(rest);
  return topics.length > 0 ||
    searchTermsOf(withoutCategoryWords(rest, topics)).length > 0 ||
    ASKS_WHAT_WAS_GIVEN.test(rest)
    ? rest
    : text;
}

/**
 * The hospital named beside medicines asked for, as when they were given ("any TB medicine after
 * the hospital in 2012", "tb tablets after the 2012 hospital stay", "since my admission") or as who
 * gave them ("did the hospital start her on tb antibiotics"): the medicines are asked, the stay
 * only says when or by whom. Its words would ask for the stay's record too, and a record holding
 * a stay but no medicine would answer with the stay instead of its notes' medication list. Not
 * the stay asked beside medicines ("which admission was it when they changed my pills": the
 * stay) nor medicines given there ("the meds they gave me in hospital").
 */
function withoutStayBesideMedicines(text: string): string {
  const rest = text.replace(STAY_AS_WHEN_OR_WHO, ' ');
  if (rest === text) return text;
  const topics = topicsOf(rest);
  return topics.some((topic) => topic.name === 'medications') &&
    !topics.some((topic) => topic.resourceTypes.includes('Encounter'))
    ? rest
    : text;
}

/** "after the hospital", "since the 2012 hospital stay", "following my admission"; "the hospital" that started, put, told. */
const STAY_AS_WHEN_OR_WHO =
  /\b(?:(?:after|since|following|before|out of)\s+(?:(?:the|that|this|my|his|her|their|our)\s+)?(?:same\s+)?(?:hospital(?:i[sz]ations?|\s+stays?)?|stays?|admissions?)|(?:the|that)\s+hospital(?=\s+(?:start|started|put|puts|gave|give|tell|told|prescribed|changed?|stopped|switched|took)\b))\b/g;

/**
 * A visit asked for as a sick visit ("my last illness appointment", "all my sick visits", "seen
 * because I was unwell") without its "sick": the word says which visits, it names no condition
 * (and "illness" would find every note's "History of Present Illness"). Not when the illness
 * itself is asked ("which illness was I seen for", "what was I sick with when they saw me"): the
 * condition is the answer, the visit only where it was found (review V7 03:55).
 */
function withoutSickVisitQualifier(text: string, question: string): string {
  // Asked of the question as written: "which" is a generic word, gone from the text by now.
  if (!SICK_VISIT.test(text) || ILLNESS_ASKED.test(question)) return text;
  const rest = text.replace(UNWELL_WORD, ' ');
  return topicsOf(rest).some((topic) => topic.resourceTypes.includes('Encounter')) ? rest : text;
}

/** The illness asked for: "which illness", "what sickness", "what was the illness", "what was I ill with". */
const ILLNESS_ASKED =
  /\b(?:which|what)\s+(?:\w+\s+)?(?:illness(?:es)?|sickness(?:es)?|diseases?|conditions?)\b|\bwhat (?:was|were|is) (?:the|my|his|her|their) (?:illness|sickness)\b|\bwhat (?:was|were|am|is) (?:i|he|she|they|we) (?:sick|ill|unwell|poorly) (?:with|from)\b/;

/** "What did he get", "what was she given" (at the visit): what the visit gave, not the visit. */
const ASKS_WHAT_WAS_GIVEN =
  /\bwhat (?:did (?:i|he|she|we|they) (?:get|receive)|(?:was|were) (?:i|he|she|we|they) given|(?:he|she|i) (?:got|received))\b/;

/**
 * Each search term once, in order: BM25 adds up a query term as often as it is repeated, so a
 * word several synonyms share ("blood" in "coughing up blood", "blood in my sputum") would
 * outweigh the one rare word that names the finding ("hemoptysis").
 */
function distinctWords(texts: readonly string[]): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const token of texts.flatMap(tokenize)) {
    const term = searchTerm(token);
    if (term === null || seen.has(term)) continue;
    seen.add(term);
    words.push(token);
  }
  return words.join(' ');
}

/** Whether the text names something besides the readings' words and the asking whether it is recorded. */
function namesBesideReadings(text: string, readings: readonly RecordTopic[]): boolean {
  const rest = readings.reduce((left, topic) => left.replace(new RegExp(topic.pattern.source, 'g'), ' '), text);
  return searchTermsOf(rest.replace(new RegExp(RECORDED_ASKED.source, 'g'), ' ')).length > 0;
}

/**
 * A vaccine asked for by its name ("my last flu vaccine", "the latest zoster vaccination") is
 * searched by the name alone: "vaccine" is in some vaccines' display names (Synthea's COVID-19
 * vaccines) and not others' ("Influenza, seasonal, injectable", "zoster", "Td (adult)"), so the
 * word would rank the vaccines it happens to name with the one asked for, and a newer one first.
 * The Immunization type still ranks the vaccine above the disease's other records.
 */
function withoutVaccineWordsBesideItsName(text: string, naming: string, topics: readonly RecordTopic[]): string {
  const vaccineWords = topics.find((topic) => !topic.specific && topic.resourceTypes.includes('Immunization'));
  if (vaccineWords === undefined || vaccineExpansions(naming).length === 0) return text;
  return text.replace(new RegExp(vaccineWords.pattern.source, 'g'), ' ');
}

/**
 * The question's words without the medicine words a plan is asked for ("what was planned for my
 * hiv drugs": "planned hiv"), see PLAN_ASKED; unchanged when they are all it names besides the
 * plan ("the plan for my meds").
 */
function withoutMedicineWordsOfAPlan(text: string, question: string): string {
  if (!PLAN_ASKED.test(question)) return text;
  const rest = text.replace(new RegExp(MEDICINE_WORDS.source, 'g'), ' ');
  return searchTermsOf(rest.replace(new RegExp(PLAN_ASKED.source, 'g'), ' ')).length > 0 ? rest : text;
}

/** Medicines named as such: "meds", "drugs", "tablets", "medication". */
const MEDICINE_WORDS = /\b(?:meds|medications?|medicines?|drugs?|pills|tablets)\b/;

function withoutCategoryWords(text: string, topics: readonly RecordTopic[]): string {
  return topics
    .filter((topic) => !topic.specific)
    .reduce((rest, topic) => rest.replace(new RegExp(topic.pattern.source, 'g'), ' '), text);
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
