import type { TextSpan } from './text-span.js';

/**
 * Time in a clause. A finding told as a remote, resolved past event ("I had a seizure as a
 * child", "I had a heart attack 5 years ago") is history, not an emergency - unless the same
 * clause brings it into the present ("again", "right now", "still"). Recent past ("ten minutes
 * ago", "yesterday", "last week") is deliberately not treated as resolved.
 */

const REMOTE_PAST =
  /\b(?:as\s+a\s+(?:child|kid|baby|toddler|teen|teenager|youngster|student|boy|girl)|when\s+(?:i|he|she|they|we)\s+(?:was|were)\s+(?:a\s+)?(?:child|kid|baby|young|younger|little|small|teen|teenager|in\s+(?:school|college|high\s+school|university)|\d+|\w+teen|ten|five|six|seven|eight|nine|eleven|twelve|twenty|thirty|forty|fifty|pregnant\s+with)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|several|many|couple\s+of)\s+(?:years?|months?|decades?)\s+(?:ago|back|earlier)|(?:years|long|long\s+time)\s+ago|last\s+(?:year|summer|winter|spring|autumn|christmas|decade)|in\s+(?:19|20)\d\d|back\s+in|in\s+the\s+past|used\s+to|history\s+of|growing\s+up|in\s+(?:my|his|her|their)\s+(?:childhood|youth|twenties|thirties|teens)|childhood|previously|in\s+high\s+school|in\s+college)\b/;

const PRESENT_NOW =
  /\b(?:right\s+now|currently|at\s+the\s+moment|again|still|today|tonight|this\s+(?:morning|afternoon|evening|week)|just\s+now|at\s+present|happening|ongoing|keeps?|started|starting)\b|(?<!\b(?:fine|ok|okay|better|good|well|normal|healthy|great|recovered|alright|right)\s)\bnow\b/;

export function isRemotePastClause(clause: string): boolean {
  return REMOTE_PAST.test(clause) && !PRESENT_NOW.test(clause);
}

/**
 * "the bleeding has stopped", "chest pain that went away after I rested". The resolving word
 * must close the thought: "has stopped breathing" and "has gone limp" are not resolutions.
 */
const RESOLVED_AFTER =
  /^\s*(?:(?:that|which|and)\s+)?(?:it\s+|this\s+|they\s+)?(?:has\s+|have\s+|had\s+|is\s+|was\s+|are\s+|were\s+)?(?:now\s+|since\s+|completely\s+|totally\s+|all\s+|finally\s+)?(?:stopped|gone|resolved|passed|cleared\s+up|went\s+away|gone\s+away|subsided|settled\s+down|disappeared|eased\s+off)(?=\s*(?:$|[,.;:!?]|(?:and|but|now|since|after|completely|by|on\s+its\s+own|for\s+now|so)\b))/;

export function isResolvedAfter(clause: string, finding: TextSpan): boolean {
  return RESOLVED_AFTER.test(clause.slice(finding.end));
}
