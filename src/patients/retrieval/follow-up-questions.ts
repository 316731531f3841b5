import { vocabularyExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import { shiftedBy, type DatePeriod } from './date-expressions.js';
import type { RecordQuestion } from './record-question.js';
import { RECORD_TOPICS } from './record-topics.js';
import { searchTerm } from './search-terms.js';

// A follow-up in a running chat ("and the time before that?", "is it still active?", "when was
// that?", "same for his sister?") names nothing of its own: what it asks about is what the
// patient's message before it named. The previous message is read only for what the follow-up
// leaves out, so a follow-up naming something new ("and her heart rate?") or a new topic ("how
// much do I weigh?") is searched by its own words alone, never dragged back to the old one.

/**
 * Words a follow-up asks with about what was named before, without naming anything: how it
 * stands (still active, gone, better), its value (high, normal, positive), when and how long
 * (and when a stay ended: went home, discharged),
 * which brand or dose, what was said of it, and whom else the same is asked for (only the
 * signed-in patient's record is searched). "Is it still active" names nothing by them.
 */
const FOLLOW_UP_WORDS = new Set(
  (
    'still active current currently ongoing resolved cured healed better worse high higher highest low lower lowest ' +
    'normal ok okay fine bad serious severe mild positive negative long lasted last stop stopped start started ' +
    'show showed result results brand kind type name say said mean means dose doses date often one else back treated ' +
    'yet range reading readings number value level levels big small right wrong true fast faster slow slower ' +
    'clear cleared away age aged old second third fourth fifth final next other exactly later earlier prior ' +
    // The ordinals as typed in digits: "and the 2nd one?" asks for a dose as "the second" does.
    '1st 2nd 3rd 4th 5th ' +
    // When a stay named before ended: "what day did I go home?", "when was he discharged?".
    'home discharged discharge released ' +
    'sister brother mom mum dad mother father grandma grandpa twin'
  )
    .split(' ')
    .map(searchTerm)
    .filter((term): term is string => term !== null),
);

/**
 * Pointing back at what was named before: "it", "them", "the same", "anything else", a record
 * word with "the" and nothing else ("what was the result?", counted: "when was the second dose?"), a count of nothing named ("how many
 * doses?", "how often?", "how many doses did he get?", "how many shots is that"), and "that"
 * or "this" after a verb or a preposition ("when was that?", "did that last", "before that"),
 * ending a clause, or before a word for an occasion or a record ("that visit"), not the "that"
 * of "the test that showed".
 */
const REFERS_BACK =
  /\b(?:it|its|them|those|these|same|else)\b|\bthe (?:(?:first|second|third|fourth|fifth|final|last|next|1st|2nd|3rd|4th|5th) )?(?:results?|readings?|doses?|diagnosis|treatment|visit|appointment|test|number|level)\W*$|\bhow (?:many|often)(?: \w+)?(?: (?:did|does|do|has|have|had|is|was|were|are) (?:i|he|she|we|they|you|it|that|this|there)(?: \w+)?)?\W*$|\b(?:was|is|were|did|does|do|has|had|have|before|after|about|for|of|with|from|since|at|on|in)\s+(?:that|this)\b|\b(?:that|this)\b(?=\s*(?:[?.!,;]|$|(?:one|time|day|visit|year|week|month|test|shot|jab|vaccine|reading|result|appointment)s?\b))/;

/**
 * Going on from the message before: "and …", "what about …", "how about …", "same for …", "…
 * too?", "… as well". A follow-up that names something new this way keeps the period asked
 * before ("what was her temperature in 2019" - "and her weight?").
 */
const FOLLOWS_ON =
  /^\W*(?:and|also|plus|so|ok(?:ay)?|what about|how about|same (?:for|with))\b|\b(?:too|as well|also)\W*$/;

/** A few words before a colon that open the message ("insurance call: …"), and what follows it. */
const PREFACE = /^\s*((?:[^\s:?!.]+\s+){0,3}[^\s:?!.]+)\s*:\s+(\S.*)$/s;

/**
 * The message without the label it opens with, when that label only says why or for whom the
 * patient asks ("insurance call: the admission after that one, when was it", "school form: and
 * the one before?") and what follows points back at the message before: the
 * label's words ("insurance") would read as something named, a new topic. A label naming a kind
 * of record or a medical word ("covid test: when was it?", "bp: and in 2019?") is what is asked,
 * and stays.
 */
export function withoutPreface(text: string): string | undefined {
  const [, label, rest] = PREFACE.exec(text) ?? [];
  if (label === undefined || rest === undefined) return undefined;
  const cues = cueText(rest);
  if (!REFERS_BACK.test(cues) && !FOLLOWS_ON.test(cues)) return undefined;
  const lowered = cueText(label);
  if (RECORD_TOPICS.some((topic) => topic.pattern.test(lowered)) || vocabularyExpansions(lowered).length > 0)
    return undefined;
  return rest;
}

/** What the question names of its own, beside the words a follow-up asks with. */
function ownTerms(question: RecordQuestion): string[] {
  return question.namedTerms.filter((term) => !FOLLOW_UP_WORDS.has(term));
}

/**
 * Whether the question may lean on the message before it, so that message is worth reading:
 * it names nothing of its own, or goes on from it ("and her heart rate?").
 */
export function mayFollowUp(question: RecordQuestion, text: string): boolean {
  return ownTerms(question).length === 0 || FOLLOWS_ON.test(cueText(text));
}

/**
 * The question as asked in a chat after `previous` (the patient's message before it, read the
 * same way): unchanged unless it leans on that message. Then, when it names nothing (but the
 * words it asks with and a period: "when was that?", "and in 2017?"), it asks of what the
 * previous message named, in its own period if it names one; when it names only a kind of
 * record and points back ("which shots did I get then?", "was it positive?"), of what was
 * named, as that kind; when it goes on from it naming something new ("and her heart rate?"), it
 * is searched by its own words in the period asked before. A question naming a period only
 * ("what happened in 2018?") or a kind only ("which vaccines have I had?") without pointing
 * back, and any question naming something without going on, is a new topic.
 */
export function asFollowUp(question: RecordQuestion, previous: RecordQuestion, text: string): RecordQuestion {
  const cues = cueText(text);
  const named = ownTerms(question);
  const previousNamed = previous.terms.length > 0 || previous.resourceTypes.length > 0;
  // Neither message asks about the record ("what is a fever?" - "and what causes it?"): nothing to lean on.
  const onRecord = question.aboutRecords || previous.aboutRecords || previous.ifRecorded;
  if (!previousNamed || !onRecord) return question;
  if (named.length > 0) {
    if (!FOLLOWS_ON.test(cues)) return question;
    // Going on from a record question is one too ("and for the HIV?" after "my TB treatment").
    const aboutRecords = question.aboutRecords || previous.aboutRecords;
    return {
      ...question,
      aboutRecords,
      ifRecorded: !aboutRecords && question.ifRecorded,
      period:
        question.period ??
        (WHOLE_RECORD.test(cues) || COUNTED_TIME.test(cues) ? undefined : periodAfter(question, previous)),
    };
  }
  // A kind the previous message asked for already ("what was the result?" after "did she get a
  // flu test") adds nothing to it: its words ("results", "panel", "report") would only rank the
  // panel's report above the result named.
  const kindOnly =
    question.resourceTypes.length > 0 &&
    !question.resourceTypes.every((type) => previous.resourceTypes.includes(type)) &&
    !dosesOfVaccine(question, previous, cues);
  const pointsBack = REFERS_BACK.test(cues) || FOLLOWS_ON.test(cues);
  // "what happened in 2018?", "which vaccines have I had?": a new topic, not a follow-up.
  if ((question.resourceTypes.length > 0 || question.period !== undefined) && !pointsBack) return question;
  const aboutRecords = question.aboutRecords || previous.aboutRecords;
  // "his checkup before that one": the nearest of the time before it, not its oldest.
  const beside = question.offsetFromBefore?.unit === 'any' && previous.period !== undefined;
  const emphasis =
    question.wantsLatest || question.wantsEarliest || question.wantsHistory
      ? question
      : beside
        ? {
            ...previous,
            wantsLatest: question.offsetFromBefore!.direction === 'before',
            wantsEarliest: question.offsetFromBefore!.direction === 'after',
            wantsHistory: false,
          }
        : previous;
  const followUp: RecordQuestion = {
    ...previous,
    aboutRecords,
    ifRecorded: !aboutRecords && (question.ifRecorded || previous.ifRecorded),
    period: question.period ?? (COUNTED_TIME.test(cues) ? undefined : periodAfter(question, previous)),
    resourceTypes: kindOnly ? question.resourceTypes : previous.resourceTypes,
    // The kind's own words ("shots": immunization) beside what was named; the words a follow-up
    // asks with ("high", "still") are not searched: "high" is in "High density lipoprotein".
    query: kindOnly ? `${previous.query} ${question.query}` : previous.query,
    namesVaccine: kindOnly ? question.namesVaccine : previous.namesVaccine,
    wantsLatest: emphasis.wantsLatest,
    wantsEarliest: emphasis.wantsEarliest,
    wantsHistory: emphasis.wantsHistory,
    wantsDiagnosis: question.wantsDiagnosis || previous.wantsDiagnosis,
    needsBirthDate: false,
    followsUp: true,
    // Read from the message before: its category, not this message's, would be searched.
    asCategory: () => undefined,
    askedOfVaccine: () => {
      const ofVaccine = previous.askedOfVaccine();
      return (
        ofVaccine && {
          ...followUp,
          resourceTypes: ofVaccine.resourceTypes,
          query: ofVaccine.query,
          askedOfVaccine: () => undefined,
        }
      );
    },
  };
  return followUp;
}

/**
 * A follow-up asking for the newest or the oldest of the whole record ("and the last time?", "and
 * the first time ever?" after "and in 2012?"): not within the period asked before.
 */
const WHOLE_RECORD = /\b(?:last|latest|first|most recent|newest|earliest|very last|very first) time\b|\bever\b/;

/**
 * One time of several counted ("and the second time I was admitted?", "what about the third time
 * they kept me in" after "my march 2016 stay"): counted in the whole record, of which the period
 * asked before holds only one time; "the second reading that day" counts within it.
 */
const COUNTED_TIME = /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time\b/;

/**
 * The period a follow-up naming none of its own asks about: the one asked before, or, counted
 * from it ("and the year after that one?"), the unit before or after it (see shiftedBy).
 */
function periodAfter(question: RecordQuestion, previous: RecordQuestion): DatePeriod | undefined {
  const offset = question.offsetFromBefore;
  return offset === undefined || previous.period === undefined ? previous.period : shiftedBy(previous.period, offset);
}

/**
 * "How many doses?" after a vaccine, or after a disease a vaccine prevents ("has he had hepatitis
 * b"): the doses are the vaccine's, not a medicine's (the kind "dose" names when nothing is named
 * before it, which would find the other vaccines whose names say "2 dose").
 */
function dosesOfVaccine(question: RecordQuestion, previous: RecordQuestion, cues: string): boolean {
  return (
    /\bdoses?\b/.test(cues) &&
    question.resourceTypes.every((type) => type.startsWith('Medication')) &&
    (previous.resourceTypes.includes('Immunization') || previous.askedOfVaccine() !== undefined)
  );
}

/** The question as the cues read it: lower case, straight apostrophes, trimmed. */
function cueText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").trim();
}
