/**
 * Severity and course of a graded symptom. NHS 111 / NHS Pathways and the Schmitt-Thompson
 * protocols send the same symptom to very different places depending on how bad it is and how
 * long it has been going on: "a bit breathless on the stairs for weeks" is a GP matter,
 * "suddenly can't get my breath" is an ambulance. A graded finding is dropped when its clause
 * calls it mild, long-standing or recurring, unless the clause also calls it acute.
 */

// Getting better on its own is graded like mild: "settling", "easing off", "on the mend".
// "A bit" right after a part of the body a pain has reached tells how far it spread, not how bad it is:
// "it's gone down my left arm a bit" (development-16 line 1; review V10's and V11's open misses). Only the parts
// NICE CG95 names for a cardiac pain (arm, jaw, neck, back, shoulder): heartburn "comes up my throat a bit"
// (review V11, 16:09).
// "A bit" after a relief ("paracetamol helped a bit", "the cream eased a bit") tells how much a treatment did, not
// how mild the finding is: the pain needed treating (session 37, "… helped a bit but now the pain is going into my jaw").
const MILD =
  /\b(?:mild|mildly|slight|slightly|minor|twinges?|twinging|niggl\w*|tiny|gradual\w*)\b|(?<!\b(?:arms?|jaw|neck|shoulders?|back|elbows?|shoulder\s+blades?|helped|helps|eased|eases|worked|improved)\s)\ba\s+(?:bit|little|tiny\s+bit)\b(?!\s+(?:worse|more|much))|(?<!\b(?:not|never|is\s+not|and\s+not)\s)\b(?:settling|easing(?:\s+off)?|improving|getting\s+better|on\s+the\s+mend|wearing\s+off)\b/;

const CHRONIC = new RegExp(
  [
    String.raw`\b(?:on\s+and\s+off|off\s+and\s+on|comes\s+and\s+goes|come\s+and\s+go|every\s+(?:now\s+and\s+then|so\s+often|once\s+in\s+a\s+while|time\s+i|winter|summer)|sometimes|occasionally|from\s+time\s+to\s+time|now\s+and\s+then|recurr\w*|chronic|long[- ]?standing|same\s+as\s+(?:always|ever)|as\s+usual|my\s+usual|normal\s+for\s+(?:me|him|her)|baseline|no\s+change|stable)\b`,
    // The person's known pattern: "during her usual attacks", "one of my typical migraines", "his regular angina".
    String.raw`\b(?:my|his|her|their|our|the)\s+(?:usual|typical|regular|familiar|normal)\s+(?:[\w-]+\s+)?(?:attacks?|episodes?|turns?|spells?|migraines?|auras?|flare[- ]?ups?|flares?|angina|seizures?|fits?|nosebleeds?|palpitations|symptoms?|pattern)\b`,
    // Durations in weeks, months or years: "for 3 weeks", "x 2 weeks", "about 3 weeks now", "since last month".
    String.raw`\b(?:for|over|past|last|about|around|x|since)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:(?:about|around|nearly|almost|roughly|over|more\s+than|at\s+least|well\s+over)\s+)?(?:a\s+|few\s+|a\s+few\s+|couple\s+(?:of\s+)?|several\s+|many\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)?(?:weeks?|months?|years?)\b`,
    String.raw`\b(?:weeks|months|years)\s+now\b`,
    // A note's duration told before the finding, or a span told as gone by: "6 weeks of central chest tightness",
    // "3 months' intermittent palpitations", "it has been weeks".
    String.raw`\b(?:\d+|a\s+few|few|several|many|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:weeks|months|years)(?:'|\s+of)(?=\s)|\b(?:been|for)\s+(?:many\s+|several\s+|some\s+)?(?:weeks|months|years)\b(?!\s+ago)`,
    // A whole life, or years told without a number: "all my life", "as long as I can remember",
    // "for ages", "long-term", "for a decade", "since 2019", "since I was a kid", "since birth".
    String.raw`\b(?:always\s+(?:been|had|have|has|get|gets|got|suffered)|all\s+(?:my|his|her|their)\s+(?:life|adult\s+life)|(?:my|his|her|their)\s+whole\s+life|as\s+long\s+as\s+(?:i|he|she|we|they)\s+can\s+remember|for\s+(?:ages|donkey'?s\s+years|yonks|a\s+long\s+(?:time|while)|(?:a|over\s+a|more\s+than\s+a)\s+decade|decades|a\s+year\s+or\s+(?:so|two|more))|long[- ]term|since\s+(?:birth|childhood|forever|(?:the\s+)?(?:(?:spring|summer|autumn|fall|winter|start|beginning|end|middle)\s+of\s+)?(?:(?:19|20)\d\d|last\s+year)|last\s+(?:year|spring|summer|autumn|winter|christmas)|(?:covid|the\s+pandemic|lockdown)|(?:i|he|she)\s+was\s+(?:a\s+)?(?:kid|child|baby|little|young|teen\w*|born|\d+))|nothing\s+new|(?:an?\s+)?old\s+(?:problem|issue|thing|complaint|injury))\b`,
    // Indian and non-native English: "pain from 2 years", "since many months", "from last 3 months".
    String.raw`\bfrom\s+(?:the\s+)?(?:last\s+|past\s+)?(?:few\s+|many\s+|several\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+)(?:weeks|months|years)\b|\bsince\s+(?:many|several|long)\s+(?:weeks|months|years|time)\b`,
    // An onset long ago: "it started three years ago", "first noticed it months back".
    String.raw`\b(?:started|began|begun|came\s+on|first\s+(?:noticed|started|happened|appeared))\s+(?:\w+\s+){0,2}?(?:(?:\d+|a|one|two|three|four|five|six|few|several|many|couple\s+of)\s+)?(?:weeks|months|years|decades)\s+(?:ago|back)\b`,
  ].join('|'),
);

/**
 * Fleeting: a twinge "for a second" is benign, but a stroke sign that lasted a moment is a TIA
 * (NICE NG128), so brevity lowers only the symptoms graded by severity, not those graded by course.
 */
const FLEETING = /\b(?:for\s+a\s+(?:second|split\s+second|few\s+seconds|moment)|few\s+seconds)\b/;

/**
 * What makes a mild-sounding or long-standing symptom acute again. A symptom new since an operation, a delivery or a long
 * flight is one a clot or an infection may cause (NICE NG158: breathlessness after surgery or immobility is a pulmonary
 * embolism until shown otherwise), however many days ago that was (review V23, 05:08).
 */
const ACUTE = new RegExp(
  String.raw`\b(?:sudden|suddenly|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|worst|severe|severely|crushing|unbearable|excruciating|agony|agonising|agonizing|(?<!\b(?:slowly|gradually)\s)getting\s+worse|much\s+worse|more\s+and\s+more|worse\s+and\s+worse|increasingly|worse\s+(?:now|today|tonight)|right\s+now|now\s+(?:it|he|she|i)|just\s+now|started\s+(?:today|tonight|(?:\d+|an?|a\s+few|few|couple\s+of|two|three)\s*(?:minutes?|mins?|hours?|hrs?|h|days?)\b)|minutes?|mins?|an\s+hour|(?<!\b(?:slowly|gradually)\s(?:getting\s|got\s|becoming\s)?)worse|(?<!\b(?:slowly|gradually)\s)worsening|today|at\s+rest|(?:just|while|when)\s+(?:\w+\s+){0,2}?(?:sitting|resting|lying)|never\s+(?:done|had|felt)\s+(?:this|that|it|anything\s+like)|\d+\s*(?:hours?|hrs?|h)\b|tonight|this\s+(?:morning|afternoon|evening)|help|cannot\s+(?:breathe|talk|speak|walk|stand|move)|since\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:surgery|operation|op|c-?section|(?:long\s+)?flight|delivery)|since\s+(?:i|he|she|we)\s+(?:came|got|flew)\s+back\s+from)\b`,
);

/**
 * Onset words said as absent ("no sudden change", "nothing severe") and minutes a symptom takes to
 * settle ("settles within 15 minutes") tell no acute onset: they are taken out before ACUTE is tested.
 * Minutes it has not settled in ("has not gone after 20 minutes") stay acute.
 */
const NOT_ACUTE =
  /\b(?:no|not|nothing|never|without(?:\s+any)?)\s+(?:really\s+|a\s+|any\s+|that\s+)?(?:sudden\w*|severe|worse\w*)\b|(?<!\bnot\s)\b(?:settles?|settled|settle|eases?|eased|ease|go|goes|went|gone|pass|passes|passed|stops?|stopped|subsides?|subside|wears?\s+off|relieved|resolves?|resolved)\s+(?:\w+\s+){0,4}?(?:within|in|after)\s+(?:a\s+few\s+|about\s+|around\s+|a\s+couple\s+of\s+|\d+(?:\s*(?:-|to)\s*\d+)?\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+)?(?:minutes?|mins?)\b/g;

/** Told as sudden, severe, worsening or happening now: what keeps a finding acute whatever else is said. */
export function isSuddenOrSevere(clause: string): boolean {
  return ACUTE.test(clause.replace(NOT_ACUTE, ' '));
}

/** Told as long-standing or recurring, and not as acute. */
export function isChronic(clause: string): boolean {
  return CHRONIC.test(clause) && !isSuddenOrSevere(clause);
}

/** Told as mild, long-standing or recurring, and not as acute. */
export function isMildOrChronic(clause: string): boolean {
  return (MILD.test(clause) || FLEETING.test(clause) || CHRONIC.test(clause)) && !isSuddenOrSevere(clause);
}
