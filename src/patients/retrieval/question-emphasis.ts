import { CARDINAL_WORDS } from './number-words.js';

// How a record question asks to be ranked, not what it names: the newest or the oldest, a trend,
// a diagnosis not named; and the words that point at something without naming it. Cue words are
// taken out of what is searched ("changed" must not match "Change regimen").

// "How long did it last" asks a duration, not the newest; "his final dose" is the last one.
export const LATEST =
  /\b((?<!\b(?:did|does|do) (?:it|that|this) )last|latest|most recent|recent(ly)?|newest|current(ly)?|now|final(?= (?:dose|shot|jab|one|injection|booster|vaccine|visit|appointment|checkup|check-up|reading|test)s?\b))\b/g;
// The start of something had or got is its first time: "when did i start having adult
// physicals", "when did she start getting flu jabs". Not a treatment started ("which meds did they
// start me on", "when did i start taking efavirenz"): the records name what was started.
export const EARLIEST =
  /\b(first|earliest|oldest|newborn|as an? ((brand[- ])?new[- ])?(baby|newborn|infant|toddler)|at birth|when (i|he|she) was (born|a baby|an infant|a newborn|little|tiny)|(the (very )?)?(day|week) (i|he|she) was born|((right|just|straight|soon) )?after (i|he|she) was born|(start(ed)?|began|begin) (having|getting|to have|to get))\b/g;
// Words that point at something without naming it ("which ones", "the one before", "a round of
// shots", "what date", "anything given") or count it ("two times", "twice", "how often"): a question of only
// these names a category, not something within it. So do the words that tell a time as
// approximate ("roughly when", "approximately", "give or take", "around"): the record holds none
// of them, and a follow-up of them alone ("and the latest of the three, roughly when") read as a
// new topic that found nothing.
export const GENERIC_WORDS = new RegExp(
  `\\b(ones?|things?|something|anything|else|stuff|say|says|said|tell|told|kinds?|types?|sorts?|rounds?|bunch|lots?|dates?|days?|exactly|again|already|both|many|much|often|whatever|which|whichever|twice|thrice|given|administered|roughly|approximately|approx|around|ish|give or take|more or less|${Object.keys(CARDINAL_WORDS).join('|')})\\b`,
  'g',
);
// A habit of the past, "the zerit I used to take", "the pills he used to be on": it says when, not
// what, and its "used" would find the records that read "drugs used for treatment". The passive
// "what was used to treat it" keeps its word.
export const PAST_HABIT = /\b(i|he|she|we|they|you) used to\b/g;
// A diagnosis asked for without naming it: "what was she diagnosed with", "what was the
// diagnosis", "what did the doctor put", "what did the gp diagnose him with", "what did the doctor
// conclude", "the doctor used an old word for it".
export const DIAGNOSIS_ASKED =
  /\bwhat (?:(?:was|were|is) )?(?:(?:i|he|she|they|we|my \w+|his \w+|her \w+) )?(?:was |were |got |get |been )?diagnos\w*|\bwhat (?:was|is) (?:the|my|his|her|their) diagnos\w*|\bwhat did (?:they|the (?:doctors?|dr|gp|nurses?|clinic|hospital|pediatrician|paediatrician)) (?:diagnos\w*|put(?: down)?\b|say (?:it|i|he|she) (?:was|had)|call it|conclude|decide|think (?:it|i|he|she) (?:was|had)|make of it)|\b(?:they|the (?:doctors?|dr|gp|nurses?))\s+(?:used|gave (?:it )?|had|mentioned)\s+(?:an?|the)\s+(?:\w+\s+)?(?:word|name|term)\b/;
// A diagnosis asked as a choice between two illnesses ("was it covid or just a cold", "is it tb or
// a chest infection", "was it the flu or covid"): what the doctors found, a condition, whatever
// reading the question names beside it. Not a result told as a choice ("was it positive or
// negative", "high or low", "normal or not").
export const DIAGNOSIS_CHOICE =
  /\b(?:was|is|were) (?:it|that|this) (?:(?:the|a|an|just|only|really) )*(?!(?:positive|negative|high|low|normal|abnormal|bad|good|fine|ok|okay|serious|mild|severe|detected|raised|up|down|better|worse|done|given|one|two|both|before|after|in|at|on|this|that|last|his|her|my|their)\b)[a-z][\w-]*(?: [a-z][\w-]*)? or (?:(?:just|only|maybe|perhaps|a|an|the|some|something like|more like) )*(?!(?:positive|negative|high|low|normal|abnormal|not|bad|good|fine|ok|okay|serious|mild|severe|something|nothing|else|what|both|neither|later|earlier|before|after|the same|less|more|one|two|none|no)\b)[a-z][\w-]*/;
// When an illness was had, asked of the patient or whom they ask for: "when did I have TB", "what
// year did he get covid", "when did the baby catch it", "when did my little boy have the wheezing",
// and as a whole question in another language reads word for word ("when had i tuberculosis",
// "me tb when had was"). With nothing else asked, what is named is a condition, and its onset
// record answers, before the treatment's and the screening's records that name it too.
// Since when it has been had, or when the patient was first told of it, is its onset too: "since
// when do I have TB", "how long have I had tb", "how long has he been living with it", "when was I
// first told I had tuberculosis", "when did the doctors first say I had TB".
export const ILLNESS_DATED =
  /\b(?:when|what (?:year|date|month|age)|which year)(?:\s+\S+){0,6}?\s+(?:have|had|get|got|catch|caught|develop(?:ed)?|c[oa]me down with|go(?:ne)? down with)\b|\bsince when\b|\bhow long (?:have|has|had) (?:i|he|she|they|we|you|my \w+|his \w+|her \w+|their \w+) (?:had|got|been (?:living |sick |ill |unwell |suffering )?with|been suffering from|suffered from)\b/;
// A trend ("has my weight gone up", "is my viral load going down", "did she put on weight"); not the
// ever of the first or the last one had ("the very first appointment he ever had", "the last time i ever saw her").
export const HISTORY =
  /\b(chang\w*|over (the )?(time|years?|months?)|trend\w*|history of|progress\w*|evolv\w*|compar\w*|across|all (my|the)|every|each time|(?<!\b(?:first|last|earliest|latest|newest|oldest) (?:[\w-]+ ){0,3})ever|(gone|go|going|goes|went|come|coming|came) (up|down)|up or down|increas\w*|decreas\w*|gain\w*|put on|dropp\w*|improv\w*|wors\w*|higher|lower)\b/g;

/**
 * Whether something is on the record, asked as such: "is tuberculosis in my mother's file", "is it
 * in record", "did the doctor list fever", "doctor wrote this?", "is the covid on file", "was that
 * noted", and the recording verb after its auxiliary: "did the doctor note that", "did they
 * record it as a fever", "did anyone log it". What is named is then a diagnosis or a complaint
 * the doctor may have written down.
 */
export const RECORDED_ASKED =
  /\b(?:(?:on|in)\s+(?:(?:the|my|his|her|their|our)\s+)?(?:\w+'?s\s+)?(?:files?|records?|charts?|notes?)|wr[io]te|written|put (?:it |that |this )?down|noted|listed|(?:did|does|do|has|have) (?:the \w+|they|he|she|you|anyone|anybody|someone|somebody) (?:list|note|record|log|document|mark)|logged|recorded|documented|mention(?:s|ed)?)\b/;

/**
 * A plan asked for ("the plan for my HIV meds", "what was planned for my hiv drugs", "my TB
 * treatment plan"): the record's plan ("ANTIRETROVIRAL PLAN: Continue regimen") is the answer;
 * the words of the medicines it is for, the question's own and those a disease's names add ("hiv
 * treatment"), would rank the current drugs' readings ("CURRENT ANTIRETROVIRAL DRUGS USED FOR
 * TREATMENT") above it, as for a treatment begun.
 */
export const PLAN_ASKED = /\bplan(?:s|ned|ning)?\b/;
