import { LiteralAutomaton } from './literal-automaton.js';
import { latestMetFrom, type LiteralRequirement, LiteralRequirementBuilder } from './literal-requirement.js';
import type { TextSpan } from './text-span.js';
import { PERSON } from './triage-vocabulary.js';

/**
 * Time in a clause. A finding told as a remote, resolved past event ("I had a seizure as a child", "I had a heart
 * attack 5 years ago", "my late father had chest pain and collapsed", "he died at 60", "in my last pregnancy I had a big
 * bleed after delivery": RCOG reads it as a risk to plan this birth for, not as a bleed now) is history, not an emergency -
 * unless the same clause brings it into the present ("again", "right now", "still"). Recent past ("ten minutes ago",
 * "yesterday", "last week") is deliberately not treated as resolved.
 */

const REMOTE_PAST =
  /\b(?:as\s+a\s+(?:child|kid|baby|toddler|teen|teenager|youngster|student|boy|girl)|when\s+(?:i|he|she|they|we)\s+(?:was|were)\s+(?:a\s+)?(?:child|kid|baby|young|younger|little|small|teen|teenager|in\s+(?:school|college|high\s+school|university)|\d+|\w+teen|ten|five|six|seven|eight|nine|eleven|twelve|twenty|thirty|forty|fifty|pregnant\s+with)|(?:in|during|with|after|at)\s+(?:my|her|our|their|the)\s+(?:last|previous|earlier|other|older|past|first\s+son's|first\s+daughter's)\s+(?:pregnancy|pregnancies|baby|babies|birth|delivery|labour|labor|child|son|daughter|one)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|several|many|couple\s+of)\s+(?:years?|yrs?|months?|mths?|decades?|winters?|summers?|springs?|autumns?|christmases)\s+(?:ago|back|earlier)|(?:years|decades|long|long\s+time|ages)\s+(?:ago|back)|(?:more|over)\s+than\s+a\s+year\s+ago|(?<!\b(?:man|woman|men|women|boy|girl|person|patient|lady|guy|male|female|gentleman|someone|somebody|friend|mother|father|mum|dad|husband|wife|partner|colleague|neighbou?r|is|are|was|aged|age|adult|sister|brother|aunt|uncle|son|daughter)\s)in\s+(?:my|his|her|their)\s+(?:(?:early|late|mid)[- ]?)?(?:\d0s|teens|twenties|thirties|forties|fifties)|once\s+(?:before\s+)?(?:years|long)\s+ago|last\s+(?:year|summer|winter|spring|autumn|christmas|decade)|(?<!\b(?:for|over|in|during|throughout|within)\s+the\s)last\s+month|in\s+(?:19|20)\d\d|back\s+in\s+(?:(?:19|20)\d\d|the\s+(?:day|days|\d0s|summer|winter|spring|autumn)|january|february|march|april|june|july|august|september|october|november|december|school|college|uni|university|my\s+(?:teens|twenties|thirties))|in\s+the\s+past(?!\s+(?:(?:few|couple\s+of|\d+|two|three|four|six|twelve|twenty[- ]four|half\s+an?|several)\s+)?(?:hours?|hrs?|days?|minutes?|mins?|weeks?|night)\b)|used\s+to|(?<!\bno\s)history\s+of|(?:has|have)\s+had\s+(?:[\w-]+\s+){1,4}?before\b(?!\s+(?:today|tonight|this|he|she|i|we|they))|growing\s+up|(?<!\b(?:man|woman|men|women|boy|girl|person|patient|lady|guy|male|female|gentleman|someone|somebody|friend|mother|father|mum|dad|husband|wife|partner|colleague|neighbou?r|is|are|was|aged|age|adult|sister|brother|aunt|uncle|son|daughter)\s)in\s+(?:my|his|her|their)\s+(?:childhood|youth|twenties|thirties|teens)|childhood|previously|in\s+high\s+school|in\s+college|(?:died|passed\s+away)\s+(?:[\w-]+\s+){0,5}?(?:at|aged)\s+(?:\d+|forty|fifty|sixty|seventy|eighty|ninety)|(?:my|our|his|her|their)\s+late\s+(?:husband|wife|partner|mum|mom|mother|dad|father|brother|sister|son|daughter|grandma|grandmother|grandad|granddad|grandfather|grandpa|nan|friend|uncle|aunt))\b/;

const PRESENT_NOW =
  /\b(?:right\s+now|currently|at\s+the\s+moment|again|still|today|tonight|this\s+(?:morning|afternoon|evening|week)|just\s+now|at\s+present|happening|ongoing|keeps?|started|starting|presents?|presenting|presented|complains?|complaining|reports?|reporting|same\s+pain|same\s+as\s+(?:last\s+time|before))\b|(?<!\b(?:fine|ok|okay|better|good|well|normal|healthy|great|recovered|alright|right|happier|happy|calmer|settled|stable|safe|thriving)\s(?:[\w']+\s){0,3})\bnow\b(?!\s+(?:doing\s+|feeling\s+|all\s+|(?:all|everything)\s+is\s+|much\s+|a\s+lot\s+)?(?:well|fine|ok|okay|better|good|great|recovered|back\s+to\s+normal|happy|happier|settled|stable|safe|thriving)\b)/;

/** Told as happening now or again: what keeps a finding current whatever history is told beside it. */
export function isToldAsPresent(clause: string): boolean {
  return PRESENT_NOW.test(clause);
}

/**
 * The dated part of remote history: "three years ago", "in 2019", "when I was 20", "as a kid",
 * "last year". Unlike "used to" or "history of", a date places an event - a stabbing, an
 * overdose, a fall - in the past as surely as it places a symptom there.
 */
const DATED_PAST =
  /\b(?:as\s+a\s+(?:child|kid|baby|toddler|teen|teenager|youngster|student|boy|girl)|when\s+(?:i|he|she|they|we)\s+(?:was|were)\s+(?:a\s+)?(?:child|kid|baby|young|younger|little|small|teen|teenager|in\s+(?:school|college|high\s+school|university)|\d+|\w+teen|twenty|thirty|forty|fifty)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|several|many|couple\s+of)\s+(?:years?|yrs?|decades?|winters?|summers?|springs?|autumns?|christmases)\s+(?:ago|back|earlier)|(?:years|decades|long\s+time)\s+(?:ago|back)|last\s+(?:year|summer|winter|spring|autumn|christmas|decade)|in\s+(?:19|20)\d\d|back\s+in\s+(?:(?:19|20)\d\d|the\s+(?:day|days|\d0s)|school|college|uni|university|my\s+(?:teens|twenties|thirties))|(?<!\b(?:man|woman|men|women|boy|girl|person|patient|lady|guy|male|female|gentleman|someone|somebody|friend|mother|father|mum|dad|husband|wife|partner|colleague|neighbou?r|is|are|was|aged|age|adult|sister|brother|aunt|uncle|son|daughter)\s)in\s+(?:my|his|her|their)\s+(?:childhood|youth|teens|twenties|thirties)|growing\s+up)\b/;

/** A clause that dates what it tells to years ago, and does not bring it into the present. */
export function isDatedPastClause(clause: string): boolean {
  return DATED_PAST.test(clause) && !PRESENT_NOW.test(withoutAgeNow(clause));
}

/** A finding the clause's date places years ago: not one told after the date as a statement of its own. */
export function isDatedPastFor(clause: string, finding: TextSpan): boolean {
  return isDatedPastClause(clause) && !isToldAfter(DATED_PAST, clause, finding);
}

export function isRemotePastClause(clause: string): boolean {
  if (clause === lastRemotePast.clause) return lastRemotePast.remote;
  const remote = REMOTE_PAST.test(clause) && !PRESENT_NOW.test(withoutAgeNow(clause));
  lastRemotePast = { clause, remote };
  return remote;
}

/**
 * The last clause read by `isRemotePastClause`: each finding of a clause asks about the same clause, and reading it
 * once per finding made a clause of many findings cost its length times their number (a message repeating "breathing
 * very fast" two hundred times).
 */
let lastRemotePast: { clause: string | null; remote: boolean } = { clause: null, remote: false };

/** An age told as now ("he is 5 now") dates the history before it; it reports nothing happening. */
const AGE_NOW =
  /\b(?:is|am|are|turned)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:\s+(?:years?|yrs?|months?))?(?:\s+old)?\s+now\b/g;

function withoutAgeNow(clause: string): string {
  return clause.replace(AGE_NOW, ' ');
}

/**
 * What a clause tells after its date as a statement of its own - a new subject after a comma or a
 * dash, someone told as being or having something after "now" ("... doing well now I have crushing
 * chest pain"), or someone told as doing something now ("when he was 2 and never another he has been fitting for
 * ten minutes") - is not dated by it.
 */
// A time of the present hours after the comma opens a statement of its own: "had a stroke years ago, an hour ago he
// suddenly could not speak" (review, session 57).
const NEW_STATEMENT =
  /(?:,|\s[-\u2013\u2014])\s*(?:and\s+|but\s+)?(?:i|he|she|they|we|my|his|her|their|our)\s|(?:,|\s[-\u2013\u2014])\s*(?:and\s+|but\s+|then\s+)?(?:(?:about|around|only|just)\s+)?(?:(?:an?|one|two|three|four|a\s+few|few|a\s+couple\s+of|couple\s+of|half\s+an|\d+)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago|this\s+(?:morning|afternoon|evening)|today|tonight|last\s+night|just\s+now|earlier\s+today)\b|\b(?:i|he|she|they|we|(?:my|his|her|their|our)\s+\w+)\s+(?:(?:is|are|am|has\s+been|have\s+been)\s+(?!(?:doing|feeling|going|getting|coping|living|recovering|improving|managing|working|sleeping|eating|taking|growing|thriving|playing)\b)\w+ing|(?:has|have)\s+(?:just\s+)?(?:swallowed|taken|drunk|injected|overdosed|collapsed))\b|\b(?:now|today|tonight)\s+(?:i|he|she|they|we|(?:my|his|her|their|our)\s+\w+)\s+(?:am|is|are|has|have|cannot|keeps?)\b/;

function isToldAfter(datePattern: RegExp, clause: string, finding: TextSpan): boolean {
  const date = datePattern.exec(clause);
  if (date === null) return false;
  const end = date.index + date[0].length;
  if (end > finding.start) return false;
  const toldAfter = clause.slice(end, finding.end);
  if (!NEW_STATEMENT.test(toldAfter)) return false;
  return !goesOnTellingThePast(toldAfter + (/^[^,;]*/.exec(clause.slice(finding.end))?.[0] ?? ''));
}

/**
 * The dated episode told on after a comma, in the past and by the same people: "my neighbour's husband had a stroke
 * last spring, his face drooped and he couldn't speak", "my dad had a heart attack in 2019, he had crushing pain and
 * collapsed at work". What follows the date to the end of the finding's part names no one else of the writer's own
 * ("..., my son collapsed"), tells nothing in the present or with a time of its own ("..., he is fitting", "..., she
 * fell an hour ago", "..., now he can't speak"), and is told in the past: it is the same history.
 */
const PRESENT_OR_OWN_TIME =
  /\b(?:is|are|am|has|have|cannot|can\s+not|will|keeps?|does|do|now|ago|yesterday|today|tonight|earlier|since|again|still|just|currently|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week))\b/;
const SOMEONE_ELSE_NAMED = new RegExp(
  String.raw`(?:^|[,;\u2013\u2014-]|\band\b)\s*(?:my|our|your|the|a|an)\s+(?:[\w-]+\s+){0,2}?${PERSON}\b`,
);
/** A verb told in the past: what a history goes on in. */
export const PAST_VERB = /\b(?:had|was|were|went|came|fell|lost|got|took|could\s+not|did\s+not|\w+ed)\b/;

function goesOnTellingThePast(toldAfter: string): boolean {
  return PAST_VERB.test(toldAfter) && !PRESENT_OR_OWN_TIME.test(toldAfter) && !SOMEONE_ELSE_NAMED.test(toldAfter);
}

/** A time weeks or more back: "last month", "in june", "in 2015", "three years ago". */
const EARLIER_DATE = String.raw`\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn|christmas|time)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple\s+of)\s+(?:weeks?|months?|years?)\s+ago)\b`;

/**
 * A part of a sentence that opens another, earlier episode: "last time this happened", "the last hypo he
 * had", "my previous reaction", "the first time she cut herself", "his seizures normally stop", "when he
 * fell off his bike last year", "had a heart attack in 2015". Read as where that episode begins.
 */
const ANOTHER_EPISODE = new RegExp(
  String.raw`^\s*(?:(?:and|but|so|though|although)\s+)?(?:(?:(?:the|my|his|her|their|our|your)\s+)?(?:very\s+)?(?:last|previous|first|other)\s+(?!(?:night|evening|hour|few|couple|minutes?|hours?|days?)\b)[\w-]+|(?:[\w'-]+\s+){0,3}?(?:normally|usually|always)\s+\w+|when\s+(?:he|she|i|they|we|it)\b[^,;]*?${EARLIER_DATE}|(?:(?:he|she|i|they|we)\s+)?(?:had|has\s+had)\s+(?:[\w-]+\s+){1,4}?${EARLIER_DATE})`,
);

/** Where a part may begin within what is told after a finding: a comma, a semicolon, "and" or "but". */
const PART_BOUNDARY = /[,;]|\b(?:and|but)\b/g;

/**
 * What is told after a finding, up to where another, earlier episode opens (review V10, 12:02): in "she
 * can't breathe and her lips are blue, last time this happened it settled with the inhaler" or "my left
 * arm is numb, had a heart attack in 2015 and was fine after", the ending and the date belong to the
 * earlier episode, not to the finding told before them. An ending told before the other episode opens ("it
 * settled with the inhaler ..., like last time") still ends it. Only what sets a finding aside is read over
 * the cut text; what keeps it standing ("and it's starting again", "still going after 7 minutes", "not
 * today") is read over the whole, wherever it is told (review V10, 12:16 and 12:20). The cut runs to the
 * end: a present told again after the earlier episode ("..., last time it did the same, throat and
 * breathing fine") is not read for an ending, because people tell the earlier episode in the present too
 * ("last time he have fit, he stop after 2 minute and he is ok", "today he was fine at school until 6";
 * review V10, 12:46 and 12:59): resuming at a part without a past tense, or at a sign of now, silenced.
 */
export function untilAnotherEpisode(rest: string): string {
  for (const boundary of rest.matchAll(PART_BOUNDARY)) {
    const after = rest.slice(boundary.index + (boundary[0] === ',' || boundary[0] === ';' ? 1 : 0));
    if (ANOTHER_EPISODE.test(after)) return rest.slice(0, boundary.index);
  }
  return rest;
}

/**
 * "the bleeding has stopped", "chest pain that went away after I rested". The resolving word
 * must close the thought: "has stopped breathing" and "has gone limp" are not resolutions.
 */
const RESOLVED_AFTER =
  /^\s*(?:(?:that|which|and)\s+)?(?:it\s+|this\s+|they\s+)?(?:has\s+|have\s+|had\s+|is\s+|was\s+|are\s+|were\s+)?(?:now\s+|since\s+|completely\s+|totally\s+|all\s+|finally\s+)?(?:stopped|gone|resolved|passed|cleared\s+up|went\s+away|gone\s+away|subsided|settled(?:\s+down)?|disappeared|eased\s+off|(?:went|gone|come|came)\s+(?:back\s+)?down|died\s+down|calmed\s+down|faded(?:\s+away)?|wore\s+off|worn\s+off)(?=\s*(?:$|[,.;:!?]|(?:and|but|now|since|after|completely|by|on\s+its\s+own|for\s+now|so|within|quickly|overnight|with)\b))/;

export function isResolvedAfter(clause: string, finding: TextSpan): boolean {
  return RESOLVED_AFTER.test(clause.slice(finding.end));
}

/**
 * A later clause that says the episode is over: "but it's settled now", "sat down and it
 * passed", "full recovery", "has been completely normal all day", "came round within seconds", "10 minutes later
 * fine" (the time it took told before the ending, as a hurried writer or a case note puts it).
 * It resolves what the sentence told before it. Worsening words keep the episode open; a normal
 * reading ("temp is normal"), "otherwise he seems ok" or a condition ("even when he is calm") ends
 * no episode; nor does a new look ("she has gone blotchy"), nor well-being told before the onset ("she was
 * fine an hour ago", "fine until she sat down"), nor someone else who has stopped doing something other
 * than the finding ("he's stopped talking to me", "she's stopped shivering", "he has stopped feeding"):
 * that is a finding of its own. Only a stopped bleeding, fitting, vomiting, pain or the like ends their
 * episode; the writer who "stopped running" tells what eased it. Nor does a pain that has gone somewhere
 * ("it's gone down my left arm", "it has moved into his jaw"): that is its spread, not its end. A full recovery told in its
 * lay figure ("then was right as rain", "good as new") is "back to normal".
 */
const RESOLUTION_CLAUSE =
  /\b(?:(?:(?:it|that|this|they|he|she)\s+(?!(?:is\s+|has\s+|have\s+|was\s+)?stopped\s+(?!(?:bleeding|fitting|seizing|shaking|jerking|twitching|vomiting|being|hurting|aching|wheezing|coughing|itching|swelling|throbbing|spinning|burning|stinging|crying|cramping|leaking|oozing|weeping|pouring|gushing|spurting|contracting)\b)[a-z]+ing\b)|i\s+)(?:is\s+|has\s+|have\s+|was\s+)?(?:all\s+|completely\s+)?(?:settled|passed|passes|gone|stopped|resolved|eased|settles|eases)(?:\s+(?:now|down|off|quickly|straight\s+away))?(?<!\bgone(?=\s+on\b))(?!\s+(?:(?:down|up|along|to|into|across)\s+)?(?:my|his|her|their|the|both)\s+(?:left\s+|right\s+)?(?:arms?|legs?|jaw|neck|back|shoulders?|side|throat|teeth)\b)(?!\s+(?:really\s+|very\s+|so\s+|all\s+|a\s+bit\s+|completely\s+)?(?:(?:the|a|an)\s+(?:\w+\s+)?colou?r|colou?r|quiet|limp|floppy|blue|pale|gr[ae]y|white|cold|stiff|weak|numb|purple|silent|still|red|yellow|mottled|blotchy|patchy|puffy|swollen|clammy|sweaty|sleepy|drowsy|downhill|into|through|everywhere|all\s+over|to\s+sleep|under|breathing|responding))|(?<!\b(?:otherwise|when|while|whenever|even\s+if|if|unless|temp|temperature|sugar|glucose|bp|pressure|pulse|sats|oxygen|obs|observations|bloods|ecg|scan|tests?|results?|heart\s+rate)\s(?:(?:he|she|it|they|i)\s)?)(?:now|feel|feels|feeling|felt|been|is|am|was|seems?)\s+(?:totally\s+|completely\s+|absolutely\s+)?(?:fine|ok|okay|better|normal|back\s+to\s+normal|calm)(?!\s+otherwise|\s+(?:(?:an?|half\s+an|\d+|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:hours?|hrs?|min\w*)\s+ago|until|till)\b)|\b(?:\d+|a\s+few|a\s+couple\s+of|an?|half\s+an|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+(?:minutes?|mins?|hours?|hrs?)\s+later\s*,?\s+(?:(?:he|she|i|they|we)\s+(?:is|was|am|were|felt|seemed|looked)\s+)?(?:totally\s+|completely\s+|absolutely\s+|perfectly\s+)?(?:fine|ok|okay|normal|better|back\s+to\s+normal)\b(?!\s+(?:until|till|otherwise)\b)|full(?:y)?\s+recover\w*|(?:sorted|cleared|fixed)\s+(?:it|her|him|them|that)\s*(?:out|up)?(?:\s+(?:quickly|straight\s+away|in\s+a\s+day|overnight))?(?=\s*(?:$|[,.;:!?]|and\b))|did\s+the\s+trick|recover\w*\s+(?:fully|completely|quickly|straight\s+away|within\s+(?:a|one|\d+)\s+(?:minute|min|few))|back\s+to\s+(?:normal|baseline|(?:his|her|my|their)\s+(?:normal|usual|old)\s+(?:\w+\s+)?self|(?:him|her|my|them)sel(?:f|ves))|(?:was|is|were|felt|feels?|seemed|seems|been)\s+(?:as\s+)?(?:right\s+as\s+rain|good\s+as\s+new|fit\s+as\s+a\s+fiddle)|(?:i|he|she|they)\s+(?:have|has)\s+(?:fully\s+)?recovered|(?:came|comes|coming)\s+(?:round|around|to)\s+(?:(?:within|after|in)\s+(?:a\s+few\s+|a\s+couple\s+of\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+)?seconds|straight\s+away|right\s+away|immediately|at\s+once|quickly)|no\s+(?:further|more|other|new)\s+(?:events|episodes|fits|seizures|attacks|turns|faints)|(?:none|nothing)\s+since|went\s+(?:straight\s+)?away|goes\s+straight\s+away|breathing\s+(?:fine|normally|ok)|(?:coughed|spat|brought|sicked|vomited)\s+(?:it|them|the\s+\w+)\s+(?:back\s+)?(?:out|up)(?:\s+(?:straight\s+away|immediately|at\s+once|right\s+away|(?:by\s+)?(?:him|her|my)self))?|(?:has|have)\s+been\s+(?:[\w,]+\s+){0,6}?normally\s+(?:ever\s+)?since|all\s+good\s+(?:now|since|after)|was\s+(?:a|just\s+a)\s+(?:pulled\s+muscle|panic\s+attack|muscle\s+strain))\b/;

/**
 * A pain told as gone by its absence now: "no pain at all now", "no more pain", "pain free now", "it does not hurt any
 * more", "now I have no pain", "no more pain" (NHS 111 grades a pain by whether it is there now; one that has gone is a matter for the GP, as "it has gone"
 * already reads). It ends only a pain told before it: blood vomited, a collapse or a face that drooped is not over
 * because the pain is ("I vomited blood this morning, no pain now"); and what needs care once passed (a thunderclap
 * headache) stays flagged by its `persistsWhenResolved`.
 */
const NO_PAIN = String.raw`(?:(?:there\s+is\s+|i\s+have\s+|(?:he|she)\s+has\s+)?no\s+(?:more\s+)?(?:pain|ache|cramps?|cramping|discomfort)(?:\s+at\s+all)?)`;
const NO_PAIN_NOW = new RegExp(
  String.raw`(?:^|[,;]|\b(?:but|and|so)\b)\s*(?:(?:now|today)\s+${NO_PAIN}|${NO_PAIN}\s+(?:now|any\s*more)|no\s+more\s+(?:pain|ache|cramps?|cramping|discomfort)|(?:(?:now|today)\s+)?(?:it\s+|that\s+)?(?:does|do)\s+not\s+hurt\s+(?:at\s+all\s+)?(?:now|any\s*more)|pain[- ]free\s+now)\b`,
);

// Back after it went ("it went away but it came back", "it has gone but it came back now"): not "it has not come back",
// and not what returns when the episode ends ("the feeling came back and it's normal now").
// Another episode after the ending ("back to normal but had a second one straight after") is a cluster, still going on.
// "Now" that closes the ending, run on into how the wound looks ("it's stopped now it's about a centimetre long"), is no
// new state; a wound told gaping or deep after it still is ("it's stopped now it's about 5cm and gaping").
const STILL_ONGOING =
  /\b(?:it|that|this|they|pain|ache|bleeding|swelling|rash|fits?|seizures?)\s+(?:has\s+|have\s+|is\s+|was\s+)?(?:just\s+)?(?:came|comes|coming)\s+back\b|\b(?:had|has|have|having|started|starting|went\s+into|gone\s+into)\s+(?:a\s+second|another)\s+(?:one|fit|seizure|episode|attack|bleed|faint)\b|\b(?:still|again|worse|worsening|not\s+(?:settled|passed|gone|stopped)|keeps?|but\s+now|(?:(?<!\b(?:stopped|gone|settled|passed|resolved|eased)\s)|(?!now\s+it\s+is\s+(?:about|only|just|roughly|around|maybe|a|an|\d)(?![^.;]*\b(?:gaping|deep|spurting|pumping|bone|fat|open)\b)))now\s+(?:he|she|i|it)\s+(?:is|has|cannot|will\s+not)\b(?!\s+(?:totally\s+|completely\s+|absolutely\s+|all\s+)?(?:fine|ok|okay|better|normal|well|alright|all\s+right|back\s+to\s+normal)\b))\b/;

/**
 * A bleed told stopped under first aid, its subject left out as a hurried writer leaves it: "nosebleed for 15 minutes,
 * stopped after pinching my nose", "bled for a while but stopped with pressure", "stopped with 10 minutes of firm
 * pressure" (NHS: a nosebleed or a cut that stops with 10-15 minutes of pressure needs no A&E). Pressure held longer
 * than 15 minutes, a tourniquet or packing is no such ending.
 */
const STOPPED_UNDER_PRESSURE_AT = new RegExp(
  String.raw`(?:^|,)\s*(?:(?:and|but|then)\s+)?(?:settled|stopped|ceased)\s+(?:with|after|once|when)\s+(?!(?:\w+\s+){0,3}?(?:tourniquet|packing)\b)(?:(?:a\s+few|a\s+couple\s+of|[1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|fifteen)\s+(?:minutes?|mins?)\s+of\s+)?(?:(?:i|we|he|she|they|a|the|some|firm|direct|gentle|constant|steady|good|my|his|her)\s+){0,3}(?:pressure|pinching|pinched|pressing|pressed|squeezing|squeezed|holding\s+(?:it|the\s+\w+)|held\s+it)\b`,
);

/**
 * A case note's subjectless ending within minutes: "brisk bleed from left nostril, settled with firm
 * pressure within ten minutes" (NHS: a nosebleed that stops with 10-15 minutes of pressure needs no
 * A&E). Longer, or held by a tourniquet or packing, it is no ending.
 */
const SETTLED_WITHIN_MINUTES = new RegExp(
  String.raw`(?:^|,)\s*(?:and\s+)?(?:settled|stopped|resolved|ceased)\s+(?:with\s+(?!(?:a\s+|the\s+)?(?:tourniquet|packing)\b)(?:[\w-]+\s+){1,3}?)?(?:within|after|in)\s+(?:a\s+few|a\s+couple\s+of|[1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|fifteen)\s+(?:minutes?|mins?|seconds?|secs?)\b`,
);

/**
 * What first aid does not end (NHS: a nosebleed over 20 minutes, on a blood thinner, or with faintness is A&E; reviewer
 * V40, session 58: "nosebleed for an hour on warfarin, stopped after pinching but i feel dizzy and pale"): a bleed told
 * long or on an anticoagulant before the ending ...
 */
const BLEED_TOLD_LONG_OR_THINNED =
  /\b(?:for|over)\s+(?:(?:about|over|more\s+than|nearly|almost|at\s+least|a\s+good|like)\s+)?(?:an?\s+hour|half\s+an\s+hour|hours|\d+\s*(?:hours?|hrs?)|(?:1[6-9]|[2-9]\d|\d{3})\s*(?:minutes?|mins?)|(?:twenty|thirty|forty|fifty)(?:[- ]\w+)?\s+(?:minutes?|mins?)|ages|ever|all\s+(?:night|day|morning|afternoon|evening))\b|\b(?:blood\s+thinn\w*|anticoagula\w*|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|heparin|clexane|enoxaparin|dalteparin|fragmin|clopidogrel|plavix|ticagrelor|prasugrel|haemophilia\w*|hemophilia\w*|bleeding\s+disorder)\b/;

/** ... or, after it, a body short of blood, or the bleed back: faint, dizzy, pale, clammy, breathless, "started again". */
const SHOCK_OR_RETURN_AFTER =
  /\b(?:dizz\w*|faint\w*|light-?\s?headed|woozy|pale|pallor|grey|gray|white\s+as|clammy|cold\s+and\s+sweaty|sweaty|breathless|short\s+of\s+breath|racing\s+heart|heart\s+(?:is\s+)?racing|passed\s+out|passing\s+out|black(?:ed|ing)?\s+out|collaps\w*|confus\w*|drowsy|not\s+making\s+sense|came\s+back|comes\s+back|coming\s+back|started\s+(?:again|back\s+up)|restarted|starts?\s+again|again|still\s+(?:oozing|dripping|bleeding|trickling))\b/;

/** Whether the text after a bleed ends it under pressure, the bleed told neither long nor thinned, nothing after it. */
function isStoppedUnderPressure(rest: string, told: string): boolean {
  const ending = STOPPED_UNDER_PRESSURE_AT.exec(rest);
  if (ending === null) return false;
  const before = `${told} ${rest.slice(0, ending.index)}`;
  return !BLEED_TOLD_LONG_OR_THINNED.test(before) && !SHOCK_OR_RETURN_AFTER.test(rest.slice(ending.index));
}

/** An ending told by what has not happened since: "it went and it has not come back". */
const NOT_BACK_SINCE =
  /\b(?:it|that|this|they)\s+(?:has|have|had)\s+not\s+(?:come\s+back|returned|happened\s+again|recurred)\b/;

/** Whether the text told after a finding (the rest of its sentence) says the episode is over; `told` is its clause up to it. */
export function isResolvedLater(rest: string, told = ''): boolean {
  return (
    (RESOLUTION_CLAUSE.test(rest) ||
      SETTLED_WITHIN_MINUTES.test(rest) ||
      isStoppedUnderPressure(rest, told) ||
      NOT_BACK_SINCE.test(rest)) &&
    !STILL_ONGOING.test(rest)
  );
}

/** Whether the text told after a pain (the rest of its sentence) says there is no pain now: see `NO_PAIN_NOW`. */
export function isPainGoneLater(rest: string): boolean {
  return NO_PAIN_NOW.test(rest) && !STILL_ONGOING.test(rest) && !BUT_AFTER_NO_PAIN.test(rest);
}

/**
 * Something else told after the pain has gone in its sentence ("no more pain now but I feel faint", review V23, 04:45;
 * the clause splitter leaves a comma where the "but" was): what the pain left behind, read as going on. The pain stays
 * told.
 */
const BUT_AFTER_NO_PAIN = new RegExp(
  String.raw`${NO_PAIN_NOW.source}(?:[^.;]*\b(?:but|though|although|except|still)\b|[^.;]*?,\s*[a-z])`,
);

/**
 * Endings that close a brief episode, not a dangerous one: "hard to rouse for a few moments, then
 * completely fine", a vignette's subjectless "settled fully within a quarter of an hour". They end
 * only findings graded by severity or course and brief episodes (see `briefEpisode`): a baby who
 * stopped breathing "then fine", a thunderclap headache "then fine after an hour" or blood vomited
 * that "settled within an hour" still need care now.
 */
const BRIEF_EPISODE_ENDING =
  /\bthen\s+(?:totally\s+|completely\s+|absolutely\s+|perfectly\s+)?(?:fine|ok|okay|normal|well|herself|himself)\b|(?:^|,)\s*(?:and\s+)?(?:settled|resolved|subsided|cleared|eased)\s+(?:fully|completely|totally|quickly|by\s+itself|on\s+its\s+own|(?:within|after|in)\s+(?:a|an|\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)\b)/;

/** Whether the rest of the sentence closes a brief episode with one of the endings above. */
export function isBriefEpisodeEndedLater(rest: string): boolean {
  return BRIEF_EPISODE_ENDING.test(rest) && !STILL_ONGOING.test(rest);
}

/**
 * What the endings read by `isResolvedLater` and `isBriefEpisodeEndedLater` need of a text before they can hold there,
 * as `literal-requirement.ts` reads the patterns (the words a match must hold, all of some, any of others).
 */
const ENDING_BUILDER = new LiteralRequirementBuilder();
const ENDING_REQUIREMENT: LiteralRequirement = {
  any: [RESOLUTION_CLAUSE, SETTLED_WITHIN_MINUTES, NOT_BACK_SINCE, NO_PAIN_NOW, BRIEF_EPISODE_ENDING].map((pattern) =>
    ENDING_BUILDER.requirementOf(pattern.source),
  ),
};

/** The words the endings need, found in one pass over a text (`laterEndingMayHold`). */
const ENDING_WORDS = new LiteralAutomaton(ENDING_BUILDER.literals);

/**
 * Whether a later ending can hold in `text.slice(from)`, answered for any `from` from one reading of `text`: where each
 * word an ending needs last starts, and from that the last `from` at which the words an ending needs all still follow
 * (`latestMetFrom`). The findings of a clause each read the rest of the same text for an ending; reading it once per
 * finding made a clause of many findings cost its length times their number (a message repeating "breathing very
 * fast" two hundred times), and a `lastIndexOf` per word cost a pass over the text for each of them. Never false where
 * an ending holds: a match holds every word it needs.
 */
export function laterEndingMayHold(text: string): (from: number) => boolean {
  const latest = latestMetFrom(ENDING_REQUIREMENT, ENDING_WORDS.lastStarts(text));
  return (from) => latest >= from;
}

/**
 * Where the person is told back after the event, or the time after it, as an ending opens: "Back on the ground she is
 * calm", "Back home he is fine", "Ten minutes later she was breathing normally".
 */
const BACK_WHERE_IT_ENDED = String.raw`back\s+(?:on\s+(?:the\s+)?(?:ground|land|shore|dry\s+land)|home|inside|indoors)|(?:\w+\s+){0,2}?(?:minutes?|mins?|hours?|hrs?)\s+later`;
/**
 * Calm, and breathing easily, as the state an episode of nerves or breathlessness ended in (NHS 111 breathing problems
 * asks about the breath now): "she is calm", "he is breathing normally".
 */
const CALM_AND_BREATHING_EASILY = String.raw`calm|calmer|breathing\s+(?:normally|fine|easily)`;
/**
 * A sentence of its own that says the episode told before it is over: "It settled with his
 * inhaler.", "She is fine now.", "He has fully recovered." Stricter than a later clause in the
 * same sentence: it must open with what ended (not "I stopped and sat down", "he has stopped his
 * medication") and no one's opinion of it counts ("she insists she is fine").
 */
const ENDED_EPISODE = new RegExp(
  String.raw`^(?:(?:and|so|then|thankfully|luckily|now|after\s+that|since\s+then|${BACK_WHERE_IT_ENDED})[,\s]+)*(?:(?:it|that|this|everything|all\s+of\s+it|the\s+(?:\w+\s+)?(?:episode|attack|pain|bleeding|swelling|wheeze|wheezing|rash|fit|seizure|fever|temperature))\s+(?:has\s+|had\s+|have\s+|was\s+|is\s+)?(?:all\s+|completely\s+|since\s+|quickly\s+|soon\s+)?(?:settled|passed|gone(?:\s+away)?|stopped|resolved|eased(?:\s+off)?|cleared(?:\s+up)?|went\s+away|wore\s+off|calmed\s+down)(?!\s+(?:his|her|my|their|the|taking|eating|drinking|breathing|responding|moving)\b)|(?:he|she|i|they|we)\s+(?:is|was|are|am|has\s+been|have\s+been|seems?|looks?|feels?|felt)\s+(?:totally\s+|completely\s+|absolutely\s+|perfectly\s+)?(?:fine|ok|okay|normal|well|back\s+to\s+normal|${CALM_AND_BREATHING_EASILY})\b|(?:(?:he|she|i|they)\s+(?:(?:has|have)\s+)?)?(?:fully\s+|completely\s+)?recovered(?:\s+(?:fully|completely|as\s+(?:usual|normal|always)))?(?!\s+(?:from|but)\b)|all\s+good\s+(?:now|since)|(?:he|she|i|they|we)\s+(?:is|was|are|am|seems?|looks?|feels?)\s+(?:now\s+)?back\s+to\s+(?:(?:him|her|my|them|our)sel(?:f|ves)|(?:his|her|my|their)\s+(?:normal|usual|old)\s+(?:\w+\s+)?self)\b|(?:he|she|i|they|we)\s+(?:[\w']+\s+){1,5}?and\s+(?:is|was|are|am|seems?|feels?|looks?)\s+(?:now\s+)?(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|ok|okay|normal|well|back\s+to\s+normal)\b|(?:fully\s+|completely\s+)?back\s+to\s+(?:(?:(?:his|her|their|my)\s+)?baseline|normal|(?:his|her|my|their)\s+(?:normal|usual|old)\s+(?:\w+\s+)?self)\b)(?![^.;]*\b(?:but|until|still|again|worse|except|not\s+(?:himself|herself|right))\b)`,
);

export function isEndedEpisodeClause(clause: string): boolean {
  return ENDED_EPISODE.test(clause);
}

/** Told as going on: what an ending said before it in the sentence does not reach. */
const ONGOING =
  /\b(?:still|again|keeps?|kept|now|right\s+now|currently|at\s+the\s+moment|worse|worsening|getting|not\s+(?:settled|passed|gone|stopped))\b/;

/**
 * The ending told first, the episode after it in the same sentence: "he is completely back to
 * normal now, but yesterday evening he went stiff and jerked", "thankfully it has stopped now,
 * but my nose poured blood". The episode must be told as over ("went stiff"), not as going on.
 */
export function isResolvedBefore(earlierClauses: readonly string[], clause: string): boolean {
  // Asked once per finding of the clause; read once per clause (see `lastRemotePast`).
  if (earlierClauses === lastResolvedBefore.earlierClauses && clause === lastResolvedBefore.clause)
    return lastResolvedBefore.resolved;
  const resolved =
    !(ONGOING.test(clause) || TOLD_IN_THE_PRESENT.test(clause)) &&
    earlierClauses.some(
      (earlier) => isEndedEpisodeClause(earlier) && ENDED_NOW.test(earlier) && !aboutSomeoneElse(earlier, clause),
    );
  lastResolvedBefore = { earlierClauses, clause, resolved };
  return resolved;
}

let lastResolvedBefore: {
  earlierClauses: readonly string[] | null;
  clause: string | null;
  resolved: boolean;
} = { earlierClauses: null, clause: null, resolved: false };

/**
 * Told as happening, not as over: "my dad has collapsed and is not breathing", "I have crushing chest
 * pain" after "I'm fine after lying down". Only an episode told in the past ("he went stiff") is what
 * an ending before it closes.
 */
const TOLD_IN_THE_PRESENT =
  /\b(?:is|are|am|has|have|cannot|can't|will\s+not|keeps?)\b(?!\s+(?:been\s+)?(?:totally\s+|completely\s+)?(?:fine|ok|okay|better|normal|well|alright|back\s+to\s+normal|had)\b)/;

/** Whose episode a clause tells: the writer (i, we) or someone else (he, she, my dad). */
function teller(clause: string): 'self' | 'other' | null {
  const subject =
    /^(?:(?:and|but|so|then|now|yesterday|today|earlier|last\s+night)[,\s]+)*(i|we|he|she|they|(?:my|his|her|our|their|the)\s+[\w-]+)\b/.exec(
      clause,
    );
  if (subject === null) return null;
  return subject[1] === 'i' || subject[1] === 'we' ? 'self' : 'other';
}

/** "I'm fine after lying down, but my dad collapsed": an ending about the writer closes no one else's episode. */
function aboutSomeoneElse(ending: string, clause: string): boolean {
  const ended = teller(ending);
  const told = teller(clause);
  return ended !== null && told !== null && ended !== told;
}

/** An ending told in the present; "he was fine at breakfast, then ..." is where an episode began. */
const ENDED_NOW = /^(?!.*\b(?:was|were|had)\b).*\b(?:is|are|am|has|have|now)\b/;

/** "with a history of heavy drinking": the noun phrase a history dates, ending where a new verb or clause begins. */
const HISTORY_PHRASE =
  /\b(?:a\s+)?(?:past\s+|previous\s+|long\s+|known\s+)?(?:history|hx)\s+of\s+(?:(?!(?:[\w'-]+ed|and|who|now|but|with|presents?|has|is|was|had|came|comes|then|today|tonight|this|since)\b)[\w'-]+\s*){1,4}/;

/**
 * Remote history for one finding. A history dates its own noun phrase, not the event told after
 * it: in "a 60-year-old man with a history of heavy drinking vomited a cupful of blood an hour
 * ago" the drinking is history and the vomiting is now.
 */
export function isRemotePastFor(clause: string, finding: TextSpan): boolean {
  const dated = untilTheStateNow(clause, finding) ?? clause;
  return isRemotePastIn(dated, finding);
}

/**
 * The state now, told after the dated finding at a comma, about something else: "my 3yo febrile seizure last month,
 * now temp 38.4 and cold, no fit". The "now" dates what follows it, not the history before it; what it tells is read
 * on its own (a finding after it is not dated). A state now that points back at the episode ("..., now it's happening
 * again", "..., now he's having another", "..., now the same thing") keeps the clause in the present.
 */
const STATE_NOW_AFTER = /,\s*(?:and\s+|but\s+)?(?:now|today|tonight|currently|at\s+the\s+moment)\b/g;
const POINTS_BACK =
  /\b(?:again|another|same|back|still|it|this|that|they|these|those|happening|recurr\w*|keeps?|more|second|one)\b/;

function untilTheStateNow(clause: string, finding: TextSpan): string | null {
  for (const turn of clause.matchAll(STATE_NOW_AFTER)) {
    if (turn.index < finding.end) continue;
    return POINTS_BACK.test(clause.slice(turn.index)) ? null : clause.slice(0, turn.index);
  }
  return null;
}

function isRemotePastIn(clause: string, finding: TextSpan): boolean {
  if (!isRemotePastClause(clause) || isToldAfter(REMOTE_PAST, clause, finding)) return false;
  const history = HISTORY_PHRASE.exec(clause);
  if (history === null) return true;
  const end = history.index + history[0].length;
  if (finding.start < end) return true;
  return isRemotePastClause(clause.slice(0, history.index) + clause.slice(end));
}
