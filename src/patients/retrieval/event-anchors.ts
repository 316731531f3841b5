import { VACCINE_ONLY_NAMES } from '../../common/vocabulary/vaccine-terms.js';

/**
 * Another record the question dates itself by: "the last visit before my covid jabs", "my weight
 * when I had TB", "the year she had covid", "the winter I had pneumonia". The event's own words
 * find its records (see eventPeriod), whose dates give the question its period.
 */
export interface EventAnchor {
  /** The event as the patient names it: "covid jabs", "tb". */
  event: string;
  /** Where the question's period lies relative to the event's records. */
  relation: 'before' | 'after' | 'during' | 'year' | 'season' | 'day' | 'between';
  /**
   * The second event of a period between two ("between my first and second hospital stays",
   * "between the hiv admission and the tb one"): the period runs from `event` to it.
   */
  until?: string;
  /**
   * The span of time just before or after the event ("the autumn before covid", "the year after
   * my tb"): a season's word or a unit; absent when the period runs up to or on from the event.
   */
  span?: string;
  /** How many of the span ("a couple of months after": 2); absent for one. */
  count?: number;
  /**
   * "Before" runs through the event's own day: a complaint had before an illness was found ("I was
   * sweating at night before the hiv was found") is noted at the visit that found it.
   */
  throughItsDay?: boolean;
  /**
   * "Right after", "just after", "straight after" the event: the one that came next ("the checkup
   * right after they let me out of the hospital with tb"), as after a counted event.
   */
  next?: true;
  /** The event is a vaccination ("my covid jabs"): only immunizations date it. */
  vaccination: boolean;
  /** The words it was read from. */
  expression: string;
}

// Where the event's name stops: punctuation, the end, or the next clause ("when he had covid his
// oxygen went down to 80", "when he had the virus the oxygen clip showed 90": a reading told with
// its own subject, a measurement or the device that took it; "after the virus his dinner tasted of
// nothing", "when she had covid her head felt hot": a complaint told with its own subject).
const EVENT = `(?<event>[a-z0-9'&/ -]{2,40}?)(?=\\s*(?:[,.;?!]|$)|\\s+(?:and|or|so|but|did|do|does|was|were|what|which|how|when|is|are|i|he|she|they|we|in|at|on|for|to)\\b|\\s+(?:my|his|her|their|our|the)\\s+(?:\\w+\\s+)?\\w+(?:\\s+things?)?(?:\\s+(?:on|in|round|around)\\s+(?:my|his|her|their|our|the)\\s+\\w+)?\\s+(?:was|were|went|read|said|showed|tasted|smelled|smelt|felt|looked|seemed|hurt|ached)\\b)`;
const WHO = `(?:i|he|she|we|they|my \\w+|his \\w+|her \\w+|our \\w+)`;
const OWNER = `(?:my|his|her|their|our|the|that)`;
// "had", "got", "caught", "got over", "recovered from", "was diagnosed with", "was sick with", "was discharged from hospital
// with", "tested positive for", and the discharge told of whoever let the patient go ("they let me
// out of the hospital with tb", "they sent him home from the ward with covid").
const HAD = `(?:(?:had )?(?:got|gotten) over|recovered from|(?:was|were) (?:over|better from)|had|got|caught|came down with|went down with|(?:was|were) (?:diagnosed|sick|ill|poorly|treated|in (?:the )?hospital|admitted|bad) (?:with|for)|(?:was|were) (?:discharged|released|let out|sent home) from (?:the )?(?:hospital|ward) (?:with|for|after)|tested positive for|found out (?:i|he|she) had|(?:was|were) told (?:i|he|she) had|(?:let|sent|discharged) (?:me|him|her|them|us) (?:out of|home from|from) (?:the )?(?:hospital|ward) (?:with|for|after))`;
// The one of a recurring event it is counted from, told as a time: "after the last time I was in
// hospital", "before the first time she was admitted" (see eventPeriod).
const NTH_TIME = `the (?<nth>first|last|latest|most recent) time (?:that |when )?${WHO}\\s+(?:(?:${HAD}|was|were|went|got)\\s+)?`;
// A stay counted without "the time": "after they first admitted me", "before he was last kept in",
// "after I was first hospitalised" (the stay's words follow, see eventPeriod).
const NTH_STAY = `${WHO}\\s+(?:(?:was|were|got)\\s+)?(?<nthStay>first|last)\\s+(?=(?:admitted|hospitali[sz]ed|kept)\\b)`;

// A visit the span is told before ("the two month checkup after covid": the checkup two months after it).
const COUNTED_VISIT = `(?:check-?ups?|checks?|visits?|appointments?|appts?|physicals?|shots?|jabs?)`;
// A stay told as being kept in ("after the first time they kept me in"): the "in" the event's name stops before.
const KEPT = /\bkept (?:me|him|her|them|us)$/;

/**
 * The end of a stay told as going home, with nothing else named ("after i got home", "a couple
 * weeks after getting out", "after she was discharged", "once they let him out"): the stay, which
 * the record names as one ("hospital stay"); its words ("home", "discharged") name no record.
 */
const STAY_LEFT =
  /^(?:(?:i|he|she|we|they)\s+)?(?:(?:was|were|got|had been|been|being|getting|going|coming|came|went)\s+)?(?:(?:let|sent|discharged|released)\s+(?:me|him|her|them|us)(?:\s+(?:home|out))?|home|out|discharged|released|let out|sent home)(?:\s+(?:again|from (?:the )?(?:hospital|ward)|of (?:the )?(?:hospital|ward)))?$/;
const STAY = 'hospital stay';

const PATTERNS: ReadonlyArray<{ pattern: RegExp; relation?: EventAnchor['relation'] }> = [
  // "after he was discharged", "once she was let out of the hospital": the end of a stay told of
  // someone else, whose "was" would end the event's name at the pronoun (see STAY_LEFT). Not one
  // told with what it was for ("after he was discharged with the tb"), which names the stay.
  {
    pattern:
      /\b(?<relation>before|after|since|following|until|once)\s+(?<event>(?:he|she|we|they)\s+(?:was|were)\s+(?:discharged|released|let out|sent home)(?:\s+(?:again|from (?:the )?(?:hospital|ward)|of (?:the )?(?:hospital|ward)))?)(?=\s*(?:[,.;?!]|$)|\s+(?!(?:with|for)\b)\w)/,
  },
  // "before my covid jabs", "after his second mmr", "since she had the tb", "prior to my diagnosis",
  // "once he'd got over covid" (not "once a year": "once" is "after" only when someone follows);
  // "that spring after she got covid" is the spring just after it, as "the spring after".
  // a span just before or after it, "the autumn before covid hit", "the year after my tb".
  {
    pattern: new RegExp(
      `(?:\\b(?<count>the|that|an?|one|two|three|four|(?:a )?couple(?: of)?|(?:a )?few|\\d+) (?<beside>spring|springtime|summer|summertime|fall|autumn|winter|wintertime|year|month|week|day)s?(?:[- ]old)? (?:${COUNTED_VISIT} )?(?:right |just |immediately )?(?=before|after|prior to|following))?\\b(?<relation>before|after|since|prior to|following|until|once(?=\\s+${WHO}\\b))\\s+(?:${WHO}(?:'d)?\\s+(?:${HAD}|was given|started)\\s+|${NTH_TIME}|${NTH_STAY})?(?:${OWNER}\\s+)?${EVENT}`,
    ),
  },
  // "the year she had covid", "the winter I had pneumonia", "the week he was sick with covid".
  {
    pattern: new RegExp(
      `\\bthe (?<span>year|winter|summer|spring|fall|autumn|day|week|month|time) (?:that |when )?${WHO} ${HAD}\\s+(?:(?:the|a|an|my|his|her|that)\\s+)?${EVENT}`,
    ),
  },
  // "when I had covid", "while she was sick with the flu", "during my pregnancy".
  {
    pattern: new RegExp(`\\b(?:back )?(?:when|while) ${WHO} ${HAD}\\s+(?:(?:the|a|an|my|his|her|that)\\s+)?${EVENT}`),
    relation: 'during',
  },
  // "back when I was coughing up blood", "while she was throwing up": a symptom as it went on.
  // "the days I was throwing up", "in the week she was wheezing".
  {
    pattern: new RegExp(
      `\\b(?:back )?(?:when |while |the (?:days?|weeks?|time|period) (?:when |that )?)${WHO} (?:was|were) (?=\\w+ing\\b)${EVENT}`,
    ),
    relation: 'during',
  },
  { pattern: new RegExp(`\\bduring ${OWNER}\\s+${EVENT}`), relation: 'during' },
  // "what else did he get the same day as his mmr", "at the same visit as her flu shot", "fever
  // noted when, same day as the swab?" (tersely, without its article): the event's own days,
  // nothing around them.
  {
    pattern: new RegExp(
      `\\b(?:on |at |in )?(?:the )?same (?:day|date|visit|appointment|time|occasion) as\\s+(?:${OWNER}\\s+)?${EVENT}`,
    ),
    relation: 'day',
  },
  // "the time they found my tb", "when they diagnosed her covid", "the summer they diagnosed my tb".
  {
    pattern: new RegExp(
      `\\b(?:when |the (?<span>year|winter|summer|spring|fall|autumn|day|week|month|time|visit) (?:that |when )?)(?:they|the doctors?|the doctor) (?:found|diagnosed|discovered|picked up|caught) ${OWNER}?\\s*${EVENT}`,
    ),
  },
];

const VACCINATION = new RegExp(
  `\\b(vaccin\\w*|immuni[sz]\\w*|shots?|jabs?|boosters?|doses?|vax\\w*|hep [ab]|${VACCINE_ONLY_NAMES.join('|')})\\b`,
);
/**
 * Words that name no event: "before the visit", "after that", "since then", "before kindergarten",
 * a person alone ("right after she was born": the birth, which no record names).
 */
const NO_EVENT =
  /^(?:(?:the|a|an|that|this|then|now|it|them|visit|appointment|one|last|first|next|school|kindergarten|preschool|i|he|she|we|they|me|him|her|us|\d+|(?:19|20)\d{2})\b\s*)+$/;

/** An event told as found: "before the hiv was found", "before my tb got diagnosed". */
const FOUND_AFTER =
  /^\s*(?:was|were|got|had been|being)?\s*(?:found|diagnosed|discovered|picked up|confirmed|detected)\b/;

/**
 * "Right", "just", "straight" said before "after", or the first visit told before it ("his first
 * check-up once he'd got over covid"): the next one, not any time after.
 */
const JUST =
  /\b(?:(?:right|just|straight|directly|immediately|soon)|first\s+(?:[\w-]+\s+)?(?:check-?ups?|checks?|visits?|appointments?|appts?|physicals?))\s+$/;

/**
 * One visit told as the one after the event, in the singular ("the checkup after my tb hospital
 * stay", "my appointment after the 2014 admission", "his visit after covid"): the next one, as
 * JUST; the plural ("the checkups after covid") asks for all of them.
 */
const ONE_VISIT_AFTER =
  /\b(?:the|my|his|her|their|our|that)\s+(?:[\w-]+\s+)?(?:check-?up|check|visit|appointment|appt|physical|exam)\s+$/;

/** How many a span counts: "a couple of months" 2, "a few weeks" 3, "the year" 1. */
function countOf(word: string | undefined): number {
  if (word === undefined) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  if (/couple|two/.test(word)) return 2;
  if (/few|three/.test(word)) return 3;
  return word === 'four' ? 4 : 1;
}

/**
 * A period between two events: "in between my first and second hospital stays", "between the hiv
 * admission and the tb one". Not two dates ("between 2015 and 2017"), which the date reading takes.
 */
const BETWEEN = new RegExp(
  `\\b(?:in )?between (?:${OWNER}\\s+)?(?<from>[a-z0-9'/ -]{2,40}?) and (?:${OWNER}\\s+)?${EVENT}`,
);
/** A stay or an event counted: "first", "second", "2nd", "last". */
const COUNT_WORD = /^(?:first|second|third|fourth|1st|2nd|3rd|4th|last|latest|middle)$/;

/**
 * The two events of a period between them, each whole: "my first and second hospital stays" is
 * the first hospital stays and the second; "the hiv admission and the tb one" the tb admission.
 */
function betweenEvents(from: string, to: string): [string, string] {
  const [count, ...rest] = to.split(' ');
  if (COUNT_WORD.test(from) && COUNT_WORD.test(count) && rest.length > 0) return [`${from} ${rest.join(' ')}`, to];
  const noun = from.split(' ').at(-1)!;
  return [from, /\bones?$/.test(to) ? to.replace(/\bones?$/, noun) : to];
}

function readBetween(text: string): EventAnchor | undefined {
  const match = BETWEEN.exec(text);
  const from = match?.groups?.from?.trim();
  const to = match?.groups?.event?.trim();
  if (match === null || from === undefined || to === undefined) return undefined;
  const [first, second] = betweenEvents(from, to);
  if (NO_EVENT.test(first) || NO_EVENT.test(second)) return undefined;
  return {
    event: first,
    until: second,
    relation: 'between',
    vaccination: VACCINATION.test(first) && VACCINATION.test(second),
    expression: match[0],
  };
}

/** The event the question dates itself by, or undefined. */
export function readEventAnchor(text: string): EventAnchor | undefined {
  const between = readBetween(text);
  if (between !== undefined) return between;
  for (const { pattern, relation } of PATTERNS) {
    const match = pattern.exec(text);
    const event = match?.groups?.event?.trim();
    if (match === null || event === undefined || event.length < 2 || NO_EVENT.test(event)) continue;
    const beside = match.groups?.beside;
    const read = relation ?? relationOf(match.groups!.relation, match.groups!.span);
    const nth = match.groups?.nth ?? match.groups?.nthStay;
    const count = countOf(match.groups?.count);
    const after = text.slice((match.index ?? 0) + match[0].length);
    const stay = STAY_LEFT.test(event) ? STAY : KEPT.test(event) && /^\s+in\b/.test(after) ? `${event} in` : event;
    // Home from a stay is its end: what came after it is what came next ("a check up after i got home").
    const next =
      read === 'after' &&
      beside === undefined &&
      (JUST.test(text.slice(0, match.index)) ||
        ONE_VISIT_AFTER.test(text.slice(0, match.index)) ||
        STAY_LEFT.test(event));
    return {
      // "the last time I was in hospital", "after they first admitted me": that one of its days (see eventPeriod).
      event: nth === undefined ? stay : `${nth} ${stay}`,
      relation: read,
      ...(next && { next: true as const }),
      ...(beside !== undefined && (read === 'before' || read === 'after') && { span: beside }),
      ...(beside !== undefined && count > 1 && { count }),
      ...(read === 'before' && (FOUND_AFTER.test(after) || /\bdiagnos/.test(match[0])) && { throughItsDay: true }),
      vaccination: VACCINATION.test(event) || vaccineCalledOne(event, text.replace(match[0], ' ')),
      expression: match[0],
    };
  }
  return undefined;
}

/**
 * "The hpv one", "the measles one" in a question about vaccines ("did she get the menactra on the
 * same day as the hpv one"): a vaccine called by what it protects against and "one", as the
 * vaccines the rest of the question names; the disease alone would date its illness instead.
 */
function vaccineCalledOne(event: string, rest: string): boolean {
  return /\bones?$/.test(event) && VACCINATION.test(rest);
}

function relationOf(word: string | undefined, span: string | undefined): EventAnchor['relation'] {
  if (word === 'before' || word === 'prior to' || word === 'until') return 'before';
  if (word !== undefined) return 'after';
  if (span === 'year') return 'year';
  if (span === 'winter' || span === 'summer' || span === 'spring' || span === 'fall' || span === 'autumn')
    return 'season';
  return 'during';
}

/** An event told as its diagnosis: "when they diagnosed my tb", "the time the doctors found it". */
export const DIAGNOSED = /\b(?:diagnos\w*|found|discovered|picked up|confirmed|figured out)\b/;
