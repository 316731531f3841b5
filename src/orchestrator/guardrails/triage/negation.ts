import { contains, findSpans, type TextSpan } from './text-span.js';

/**
 * Clause-scoped negation, in the manner of NegEx: a finding is negated when a negation cue
 * stands at most four words before it in the same clause, with no scope-ending word between
 * ("no fever, rash or chest pain" negates all three; "no fever, my neck is stiff" does not
 * reach the neck).
 */

const NEGATION_CUES = [
  /\b(?:no(?!\s*[,!.])|not|never|without|nor|neither|none|denies|denied|deny|denying|negative\s+for|free\s+of|no\s+longer|absence\s+of|ruled\s+out)\b/g,
  // Hypothetical triggers (ConText): "at risk of another fit", "to prevent a stroke", "the chance of a bleed".
  // A clinician's "high risk of suicide" is a present danger, not a hypothesis.
  /\b(?:(?:at\s+)?(?:high\s+|higher\s+|increased\s+)?risk\s+of(?!\s+(?:self[- ]?harm|suicide|harm\w*|hurting|killing|violence))|chances?\s+of|likelihood\s+of|odds\s+of|prone\s+to|(?:to\s+)?prevent(?:ing)?|(?:to\s+)?avoid(?:ing)?|reduce\s+the\s+risk\s+of|in\s+case\s+of)\b/g,
  // What the writer means to keep from happening, told with its object (ConText hypothetical): "how do I keep the
  // scratches from getting infected", "to stop him getting dehydrated". Not "I keep getting chest pains": no object.
  /\b(?:keep|keeps|stop|stops|stopping|keeping)\s+(?:it|them|him|her|me|us|(?:the|these|those|my|his|her|their|our|your)\s+(?:\w+\s+)?\w+)\s+(?:from\s+)?getting\b/g,
  // A risk asked about or an effect named in general, not one told (ConText hypothetical): "is she more likely to
  // bleed again", "I've read both can cause chest pain and sweating", "side effects include a rash". Only a modal
  // cause: "the fall caused a head injury" tells what happened.
  /\b(?:(?:more|less|as|most|least)\s+likely\s+to|(?:can|could|may|might|does|do)\s+(?:also\s+|sometimes\s+|even\s+)?(?:cause|bring\s+on|lead\s+to|trigger)|side[- ]effects?\s+(?:include|includes|are|like|such\s+as))\b/g,
  // A form's or a clinician's question about ever having had something, reported (ConText hypothetical): "the gym form
  // asks if I have ever lost consciousness", "the nurse asked whether he had ever had a seizure". The answer, told
  // after it, is read on its own.
  /\b(?:asks?|asked|asking)\s+(?:(?:me|him|her|them|us|you)\s+)?(?:if|whether)\s+(?:i|you|he|she|they|we)\s+(?:have|has|had)\s+ever\b/g,
  // What some people in general may get, as a leaflet or a nurse tells it (ConText hypothetical): "the leaflet says some
  // young people can get thoughts of harming themselves", "a few babies may have a fever after the jabs". Not a person.
  /\b(?:some|many|most|a\s+few|a\s+small\s+number\s+of|a\s+minority\s+of)\s+(?:\w+\s+)?(?:people|patients|children|kids|babies|adults|women|men|users|teenagers|teens)\s+(?:can|may|might|could|do|will|sometimes)\s+(?:sometimes\s+|also\s+|even\s+)?(?:get|have|experience|develop|feel|notice|see|suffer)\b/g,
  // A fear of what could happen (ConText hypothetical): "worrying that my newborn could stop breathing";
  // not a fear of acting on oneself or of dying, which is told as it is felt.
  /\b(?:worr(?:y|ied|ies|ying)|scared|afraid|frightened|terrified|paranoid|fear(?:s|ful)?|dread(?:ing)?)\s+(?:that\s+)?(?:[\w']+\s+){0,3}?(?:could|might|may|will|would)\s+(?:one\s+day\s+|ever\s+|suddenly\s+|just\s+)?(?!(?:do\s+something|kill|hurt|harm|end|cut|overdose|take\s+(?:all|the\s+lot)|die|not\s+wake)\b)/g,
  // A question about what would happen, inside a sentence ConText reads as hypothetical: "my partner is
  // worried about what happens if I bleed a lot after the birth" (its own clause only, four words on).
  /\bwhat\s+(?:happens|would\s+happen|will\s+happen|could\s+happen|might\s+happen|to\s+do|(?:i|we|you|they|she|he)\s+(?:should|would|could|would\s+need\s+to)\s+do)\s+(?:if|in\s+case)\b/g,
  // A claim passed on about doing something in general: "my friend says drinking a whole bottle of
  // cough syrup gets you high" (a gerund and a generic "you"; "says he drank a whole bottle"
  // and "she says breathing hurts" are reports).
  /\b(?:says|said|say|heard|read|reckons?|claims?|told\s+(?:me|us))\s+(?:that\s+)?(?=[a-z]+ing\b[^.;?]{0,60}\b(?:gets?|makes?|gives?|(?:will|can|could|would)\s+(?:get|make|give|kill|hurt))\s+(?:you|people|someone|a\s+person|anyone)\b)/g,
  // Nothing said of it (NICE NG225 asks, and a "no" to the question is an answer): "she hasn't said anything about
  // wanting to hurt herself", "he never mentioned any thoughts of suicide". What is told beside it is read on its own.
  /\b(?:not|never)\s+(?:said|mentioned|spoken|talked|told\s+(?:me|us|anyone)|expressed|voiced)\s+(?:anything|a\s+word|a\s+thing|any\s+(?:thoughts?|ideas?|plans?))\s+(?:about|of|like)\b/g,
  // A topic, not a report: "how to talk to her about self-harm", "screening patients for suicidal
  // thoughts", "what are the signs of sepsis".
  /\b(?:how\s+to\s+(?:talk|speak|ask|bring\s+up|raise|broach)(?:\s+(?:[\w'-]+\s+){0,6}?(?:about|with))??|screen(?:ing|s)?\s+(?:[\w'-]+\s+){0,5}?for|(?:what|which|how\s+do\s+(?:i|you|we)\s+(?:know|spot|recogni[sz]e|tell))\s+(?:are\s+|is\s+)?(?:the\s+)?(?:early\s+|warning\s+|main\s+|first\s+)?(?:signs?|symptoms?|red\s+flags?)\s+(?:of|for))\b/g,
];

/** "seizure-free for 4 years", "pain free", "symptom-free": the finding named as absent. */
const ABSENT_SUFFIX = /^[-\s]?free\b/;

/**
 * Phrases that contain a cue word but negate nothing that follows: "not sure", "no one",
 * "not feeling well", "I have never felt pain like this", "cannot walk without pain".
 */
const PSEUDO_NEGATIONS = [
  /\b(?:not\s+(?:sure|certain|even)|(?:do|does|did)\s+not\s+(?:know|understand|think\s+so|worry|panic|fret)|no\s+idea|not\s+only|not\s+just|no\s+doubt|no\s+matter|no\s+one|nobody|nothing|not\s+(?:getting\s+(?:any\s+)?better|better|improving|helping|working(?!\s+hard)|stopping|going\s+away|go\s+away|relieved|eased|settling|responding\s+to)|if\s+not|(?:whether\s+)?or\s+not)\b/g,
  /\bnot\s+(?:feeling\s+)?(?:well|good|great|right|ok|okay|myself|himself|herself|so\s+good)\b/g,
  // Saying it is meant: "I'm not kidding, my throat is closing", "this is not a joke".
  /\b(?:not|no)\s+(?:kidding|joking|lying|exaggerating|jk|a\s+joke)\b/g,
  /\bnever\b(?=[^.;]{0,40}\b(?:like\s+this|this\s+(?:bad|severe|intense|strong|painful)|so\s+(?:bad|severe)|before\b))/g,
  /\b(?:cannot|could\s+not|unable\s+to)\s+(?:\w+\s+){0,3}?without\b/g,
  /\b(?:do|does|did)\s+not\s+want\s+to\s+(?:overreact|bother|worry|panic|waste|make\s+a\s+fuss|be\s+dramatic|go\s+to)\b/g,
];

/**
 * A comma followed by a new negation starts a new item with its own cue: in "not blinking, not
 * answering, lips going blue" the first "not" reaches neither of the later findings.
 */
// A new subject with an act starts a new statement: "not suicidal i just took my whole week of pills".
// "No headache or vomiting, just slurred speech": what is there instead ends the list of what is not.
const SCOPE_END =
  /\b(?:but|however|although|though|yet|except|because|since|so|while|whereas|which|who|now|still|then|until|also|just|only|instead|apart\s+from|other\s+than|all\s+(?:i|he|she|they|we)\s+(?:have|has|had|got))\b|\band\s+(?:is|was|has\s+been|keeps)\b|,\s*(?:i|he|she|they|we|my|his|her|their|our|it|the|this|not|cannot)\b|:|\b(?:i|he|she|they|we)\s+(?:just|only|actually|then|took|swallowed|drank|ate|necked|downed|gave|is|are|am|has|have)\b/;

/**
 * A finding told with a negated verb ("not answering", "cannot breathe"), or one that is itself a history told as none
 * ("no history of fits or DTs" in "no hallucinations, no history of fits or DTs"), is not negated again by an earlier cue.
 */
const NEGATIVE_FINDING =
  /^(?:not|cannot|could\s+not|will\s+not|would\s+not|does\s+not|did\s+not|is\s+not|has\s+not|have\s+not|unable|no\s+(?:(?:previous|prior|past|known)\s+)?(?:history|hx)\s+of)\b/;

const MAX_WORDS_BETWEEN = 4;

/**
 * "will not slow down, chest is tight", "will not settle, temp 38.8": a negated modal or do-verb
 * negates its own verb; after a comma a new item begins. (A copula keeps its list: "is not
 * dizzy, sweaty or breathless".)
 */
const VERB_NEGATION_BEFORE = /\b(?:will|would|does|did|do|can|could|should|might|must)\s*$/;

/** Cue positions in a clause, ignoring cue words that belong to a pseudo-negation or to a finding. */
export function findNegationCues(clause: string, findingSpans: readonly TextSpan[]): TextSpan[] {
  const pseudo = findSpans(PSEUDO_NEGATIONS, clause);
  // A finding owns a cue of its own phrase ("not answering", "neck no move"), not one after a comma
  // inside a long match: in "no leg weakness, no numbness in the groin" the second "no" is a cue.
  const owns = (span: TextSpan, cue: TextSpan): boolean =>
    contains(span, cue) && !/[,;]/.test(clause.slice(span.start, cue.start));
  return findSpans(NEGATION_CUES, clause).filter(
    (cue) => !pseudo.some((span) => contains(span, cue)) && !findingSpans.some((span) => owns(span, cue)),
  );
}

/**
 * Cues that negate what they name, a list included: "no fever, no rash", "denies chest pain,
 * syncope, melaena or haematemesis", "without any vomiting, drowsiness or confusion".
 */
const NOMINAL_CUE =
  /^(?:no|without|denies|denied|deny|denying|negative\s+for|free\s+of|absence\s+of|none|neither|nor)$/;

/** A list item: at most three words ("chest pain", "fluid leaking", "a stiff neck"). */
// An item that says its own "no" ("neck no move") is a statement of its own, not an item of the list.
const ITEM_WORD = String.raw`(?!(?:no|not|nor|never|without|cannot)\b)[\w'-]+`;
const LIST_ITEM = String.raw`(?:any\s+|a\s+|an\s+)?${ITEM_WORD}(?:\s+${ITEM_WORD}){0,2}`;
/** The text between a cue and a finding that is nothing but earlier items of one list. */
// The finding may be the end of its own item: "... or vomiting blood" reaches "blood".
const LIST_BEFORE = new RegExp(
  String.raw`^\s*(?:(?:any\s+)?${LIST_ITEM}\s*(?:,|,?\s*\b(?:or|nor|and)\b)\s*){1,8}(?:${ITEM_WORD}\s+){0,2}$`,
);
/** The list goes on after the finding and closes with "or"/"nor": "not dizzy, sweaty or breathless". */
const LIST_CLOSED_AFTER = new RegExp(String.raw`^\s*(?:,\s*${LIST_ITEM}\s*)*,?\s*\b(?:or|nor)\b`);

/**
 * Whether a cue reaches a finding past a comma. A cue that names what is absent ("no", "denies",
 * "without") reaches every item of its list, however long; a negated verb or adjective reaches
 * past a comma only in a list that "or"/"nor" closes ("he has not been drowsy, confused or sick"),
 * not the next finding of a list of present ones ("she is not eating, very sleepy, floppy").
 */
function reachesOverList(clause: string, cue: TextSpan, finding: TextSpan, between: string): boolean {
  // "not having any dark thoughts or thoughts of harming myself": a negated "have any" names what is
  // absent, as "no" does, over a list that "or"/"nor" closes.
  if (OWN_SUBJECT.test(clause.slice(finding.start))) return false;
  const hasAny = HAVE_ANY.exec(between);
  if (hasAny !== null && /\b(?:or|nor)\b/.test(between)) {
    const items = between.slice(hasAny[0].length);
    return items.length <= 200 && items.split(/\s+/).length <= 28 && LIST_BEFORE.test(items);
  }
  // Eight items of at most three words: anything longer is no list (and the pattern need not try it).
  if (between.length > 200 || between.split(/\s+/).length > 28 || !LIST_BEFORE.test(between)) return false;
  const nominal = NOMINAL_CUE.test(clause.slice(cue.start, cue.end));
  return nominal || /\b(?:or|nor)\b/.test(between) || LIST_CLOSED_AFTER.test(clause.slice(finding.end));
}

/** A negated verb of having or noticing, then "any": "not having any", "did not notice any". */
const HAVE_ANY =
  /^\s*(?:(?:have|has|had|having|got|getting|get|experiencing|experienced|noticed|notice|feel|feeling|felt)\s+)?any\s+/;

/**
 * A finding coordinated by "or"/"nor" with a negated finding just before it shares its negation,
 * however long the first item: "I do not have any thoughts of harming myself or ending my life".
 * A negative finding of its own ("not breathing or responding") negates nothing after it.
 * `othersByEnd`: the clause's findings in the order of their ends (see `byEnd`).
 */
export function isNegatedInList(
  clause: string,
  finding: TextSpan,
  cues: readonly TextSpan[],
  othersByEnd: readonly TextSpan[],
): boolean {
  if (isNegated(clause, finding, cues)) return true;
  if (OWN_SUBJECT.test(clause.slice(finding.start))) return false;
  // Only the findings that end inside the gap a coordination can fill are read (see coordinationGapFrom).
  for (
    let index = firstEndingFrom(othersByEnd, coordinationGapFrom(clause, finding.start));
    index < othersByEnd.length;
    index += 1
  ) {
    const earlier = othersByEnd[index];
    if (earlier === undefined || earlier.end > finding.start) break;
    if (COORDINATED.test(clause.slice(earlier.end, finding.start)) && isNegated(clause, earlier, cues)) return true;
  }
  return false;
}

/** Spans in the order of their ends, for `isNegatedInList`. */
export function byEnd<T extends TextSpan>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.end - b.end);
}

/** The index of the first span (in the order of their ends) that ends at or after `from`. */
function firstEndingFrom(spansByEnd: readonly TextSpan[], from: number): number {
  let low = 0;
  let high = spansByEnd.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spansByEnd[middle]?.end ?? from) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The earliest place a COORDINATED gap ending at `end` can start: it holds only spaces, commas and at most two words
 * ("or even", "nor any"), so no earlier finding's end need be sliced and read. Every finding of a clause is checked
 * against every other; reading each gap made a clause of many findings cost their number squared (a message repeating
 * "breathing very fast" two hundred times).
 */
function coordinationGapFrom(clause: string, end: number): number {
  let from = end;
  let words = 0;
  while (from > 0) {
    const unit = clause.charCodeAt(from - 1);
    if (unit === 0x2c || /\s/.test(clause[from - 1] ?? '')) {
      from -= 1;
      continue;
    }
    if (unit < 0x61 || unit > 0x7a || words === 2) break;
    while (from > 0 && clause.charCodeAt(from - 1) >= 0x61 && clause.charCodeAt(from - 1) <= 0x7a) from -= 1;
    words += 1;
  }
  return from;
}

/** A finding told with a subject of its own is a statement of its own: "no chest pain or anything, my arm has gone numb". */
const OWN_SUBJECT = /^(?:my|his|her|their|our|your|i|he|she|they|we|it|the|this|that)\s/;

/** Nothing between two findings but "or"/"nor" (a comma, "even", "any" allowed). */
const COORDINATED = /^\s*,?\s*(?:or|nor)\s+(?:even\s+|any\s+)?$/;

/**
 * A feeling wished away: "a way to build up without feeling like I can't breathe", "a length without feeling as if
 * I'm suffocating". The finding is the feeling the writer wants to avoid, however it is worded, a negated verb
 * included; "I can't walk without feeling like I can't breathe" still tells it (a pseudo-negation, see above).
 */
const FEELING_WISHED_AWAY =
  /(?<!\b(?:cannot|could\s+not|can\s+not|unable\s+to)\s+(?:[\w'-]+\s+){0,6}?)\bwithout\s+(?:feeling|being|ending\s+up)\s+(?:like|as\s+if|as\s+though)\s+(?:i|you|he|she|they|we)\s+(?:am\s+|are\s+|is\s+)?$/;

export function isNegated(clause: string, finding: TextSpan, cues: readonly TextSpan[]): boolean {
  if (ABSENT_SUFFIX.test(clause.slice(finding.end))) return true;
  if (FEELING_WISHED_AWAY.test(clause.slice(Math.max(0, finding.start - 80), finding.start))) return true;
  if (NEGATIVE_FINDING.test(clause.slice(finding.start, finding.end))) return false;
  return cues.some((cue) => {
    if (cue.end > finding.start) return false;
    const between = clause.slice(cue.end, finding.start);
    if (SCOPE_END.test(between)) return false;
    if (between.includes(',') && VERB_NEGATION_BEFORE.test(clause.slice(0, cue.start))) return false;
    const words = between.split(/[\s,]+/).filter((word) => word.length > 0);
    if (!between.includes(',') && !/\b(?:or|nor|and)\b/.test(between)) return words.length <= MAX_WORDS_BETWEEN;
    return reachesOverList(clause, cue, finding, between);
  });
}

/** A cue at most three words before the end of `before`: "no dental work", "not after the dentist". */
const CUE_JUST_BEFORE =
  /\b(?:no|not|never|without|nor|neither|denies|denied|ruled\s+out)\s+(?:any\s+|recent\s+)?(?:[\w'-]+\s+){0,2}$/;

/**
 * Whether a context pattern holds in a sentence as told, not as absent: an ordinary context
 * ("after the dentist's injection") explains a finding away, but "no dental work or anything"
 * says the explanation is missing.
 */
export function holdsUnnegated(pattern: RegExp, sentence: string): boolean {
  if (!pattern.test(sentence)) return false;
  for (const match of sentence.matchAll(globalOf(pattern))) {
    if (!CUE_JUST_BEFORE.test(sentence.slice(0, match.index))) return true;
  }
  return false;
}

const GLOBAL_PATTERNS = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let global = GLOBAL_PATTERNS.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL_PATTERNS.set(pattern, global);
  }
  return global;
}
