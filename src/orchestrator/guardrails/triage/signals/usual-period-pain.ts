import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * Period pain told as the usual one: severe cramps that come with each period, or that painkillers or a hot water
 * bottle ease (NHS period pain; NICE CKS dysmenorrhoea: primary dysmenorrhoea is managed with NSAIDs and a GP review
 * when it is severe or changes). "Doubled over", "terrible" or "severe" grade such pain, not an emergency. Read only
 * where the sentence names the period as the pain and tells it as recurring or eased. Never where the message
 * tells what makes lower abdominal pain an ectopic pregnancy, a bleed or an infection (NICE NG126, NHS 111): a
 * pregnancy or a late or missed period, a positive test, one side, shoulder-tip pain, fainting, dizziness, pallor,
 * heavy bleeding with clots or soaking, fever, vomiting, a coil, pain unlike the usual or the worst ever, or pain
 * that painkillers do not touch: those stay severe abdominal pain.
 */

const PERIOD = String.raw`(?=.*\b(?:periods?|menstrua\w*|dysmenorrh\w*|time\s+of\s+the\s+month)\b)`;

/** The pain told as its usual course, or as eased: "same as every month", "first day of each period", "ibuprofen helped". */
const USUAL_OR_EASED = String.raw`(?=.*\b(?:same\s+as\s+(?:every|most|usual|always|normal|last)|(?:every|each)\s+(?:month|period|cycle|time)|most\s+months|as\s+usual|like\s+(?:always|usual|normal|every\s+month)|usual|always|monthly|for\s+(?:\w+\s+)?(?:years|months)|helps?|helped|relieved|eases?|eased|settl\w*|sorts?\s+it)\b)`;

/**
 * What makes it an emergency's pain, read over the whole message (review V19, 17:27-17:36: "I'm 7 weeks late. Really
 * bad period cramps, same as every month" was silenced because the red flag came first). NICE NG126 ectopic
 * pregnancy: a pregnancy, a late, missed or absent period, a positive (or awaited) test, one-sided pain, shoulder-tip
 * pain, fainting or dizziness, bleeding; shock told in lay words (MTS): a racing or pounding heart, weak, cold,
 * clammy, pale, grey, dizzy on standing, breathless; a heavy bleed (soaking or flooding, a pad an hour, clots); an
 * infection (fever, shivering, vomiting, a coil, discharge); pain unlike the usual or not eased.
 */
const RED_FLAG = String.raw`(?<!\bnegative\s(?:pregnancy\s)?)\b(?:pregnan\w*|tests?|positive|missed|late|overdue|(?:not|no)\s+(?:had\s+)?(?:a\s+|my\s+|any\s+)?periods?|faint\w*|passed\s+out|pass\s+out|passing\s+out|black(?:ed|ing)?\s+out|collaps\w*|shoulder|one\s+side|one[- ]sided|(?:right|left)\s+side|on\s+the\s+(?:right|left)|fever\w*|temperature|shiver\w*|vomit\w*|sick|dizzy|light[- ]?headed|room\s+spinning|pale|clammy|grey|gray|sweat\w*|(?<!\ba\s)cold|weak\w*|racing|pounding|heart\s+(?:is\s+)?(?:going|beating)\s+(?:really\s+|so\s+|very\s+)?fast|breathless\w*|short\s+of\s+breath|soak\w*|flood\w*|clots?|pads?\s+(?:an|every|each)\s+hour|bleeding\s+(?:through|heavily|a\s+lot)|haemorrhag\w*|hemorrhag\w*|coil|iud|discharge|different|unlike|worst|never\s+(?:had|been)|first\s+time|worse|not\s+(?:helping|helped|working|touching)|no\s+(?:better|help|relief|difference)|did\s+nothing)\b`;

/** The red flag in the pain's own sentence (unless told as absent: "no fever"). */
const NOT_THE_USUAL = notToldUnlessAbsent(RED_FLAG);

export const USUAL_PERIOD_PAIN = new RegExp(`^${NOT_THE_USUAL}${PERIOD}${USUAL_OR_EASED}`);

/** The same red flags told in any other sentence of the message, earlier or later. */
export const PERIOD_PAIN_RED_FLAG = new RegExp(RED_FLAG);

/** The reading for the severe-pain signals: it stands down beside any finding but those the period story tells. */
export const USUAL_PERIOD_PAIN_GUARD = {
  when: USUAL_PERIOD_PAIN,
  unless: PERIOD_PAIN_RED_FLAG,
  alongside: ['abdominal_pain', 'period_type_pain'],
} as const;
