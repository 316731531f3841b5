/**
 * Severity and course of a graded symptom. NHS 111 / NHS Pathways and the Schmitt-Thompson
 * protocols send the same symptom to very different places depending on how bad it is and how
 * long it has been going on: "a bit breathless on the stairs for weeks" is a GP matter,
 * "suddenly can't get my breath" is an ambulance. A graded finding is dropped when its clause
 * calls it mild, long-standing or recurring, unless the clause also calls it acute.
 */

const MILD =
  /\b(?:mild|mildly|slight|slightly|minor|twinges?|twinging|niggl\w*|tiny|gradual\w*)\b|\ba\s+(?:bit|little|tiny\s+bit)\b(?!\s+(?:worse|more|much))/;

const CHRONIC = new RegExp(
  [
    String.raw`\b(?:on\s+and\s+off|off\s+and\s+on|comes\s+and\s+goes|come\s+and\s+go|every\s+(?:now\s+and\s+then|so\s+often|once\s+in\s+a\s+while|time\s+i|winter|summer)|sometimes|occasionally|from\s+time\s+to\s+time|now\s+and\s+then|recurr\w*|chronic|long[- ]?standing|reproducible|on\s+palpation|when\s+i\s+press|same\s+as\s+always|as\s+usual|my\s+usual|normal\s+for\s+(?:me|him|her)|baseline|no\s+change|stable)\b`,
    // Durations in weeks, months or years: "for 3 weeks", "x 2 weeks", "about 3 weeks now", "since last month".
    String.raw`\b(?:for|over|past|last|about|around|x|since)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:a\s+|few\s+|couple\s+(?:of\s+)?|several\s+|many\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+)?(?:weeks?|months?|years?)\b`,
    String.raw`\b(?:weeks|months|years)\s+now\b`,
  ].join('|'),
);

/**
 * Fleeting: a twinge "for a second" is benign, but a stroke sign that lasted a moment is a TIA
 * (NICE NG128), so brevity lowers only the symptoms graded by severity, not those graded by course.
 */
const FLEETING = /\b(?:for\s+a\s+(?:second|split\s+second|few\s+seconds|moment)|few\s+seconds)\b/;

/** What makes a mild-sounding or long-standing symptom acute again. */
const ACUTE = new RegExp(
  String.raw`\b(?:sudden|suddenly|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|worst|severe|severely|crushing|unbearable|excruciating|agony|agonising|agonizing|(?<!\b(?:slowly|gradually)\s)getting\s+worse|much\s+worse|more\s+and\s+more|worse\s+and\s+worse|increasingly|worse\s+(?:now|today|tonight)|right\s+now|now\s+(?:it|he|she|i)|just\s+now|started\s+(?:today|tonight|\d+|an?\s+)|minutes?|mins?|an\s+hour|(?<!\b(?:slowly|gradually)\s(?:getting\s|got\s|becoming\s)?)worse|worsening|today|at\s+rest|(?:just|while|when)\s+(?:\w+\s+)?(?:sitting|resting|lying)|never\s+(?:done|had|felt)\s+(?:this|that|it|anything\s+like)|\d+\s*(?:hours?|hrs?|h)\b|tonight|this\s+(?:morning|afternoon|evening)|help|cannot\s+(?:breathe|talk|speak|walk|stand|move))\b`,
);

/** Told as long-standing or recurring, and not as acute. */
export function isChronic(clause: string): boolean {
  return CHRONIC.test(clause) && !ACUTE.test(clause);
}

/** Told as mild, long-standing or recurring, and not as acute. */
export function isMildOrChronic(clause: string): boolean {
  return (MILD.test(clause) || FLEETING.test(clause) || CHRONIC.test(clause)) && !ACUTE.test(clause);
}
