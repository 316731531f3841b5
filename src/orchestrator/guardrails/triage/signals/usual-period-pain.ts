/**
 * Period pain told as the usual one: severe cramps that come with each period, or that painkillers or a hot water
 * bottle ease (NHS period pain; NICE CKS dysmenorrhoea: primary dysmenorrhoea is managed with NSAIDs and a GP review
 * when it is severe or changes). "Doubled over", "terrible" or "severe" grade such pain, not an emergency. Read only
 * where the sentence names the period as the pain and tells it as recurring or eased. Never where the same sentence
 * tells what makes lower abdominal pain an ectopic pregnancy, a bleed or an infection (NICE NG126, NHS 111): a
 * pregnancy or a late or missed period, a positive test, one side, shoulder-tip pain, fainting, dizziness, pallor,
 * heavy bleeding with clots or soaking, fever, vomiting, a coil, pain unlike the usual or the worst ever, or pain
 * that painkillers do not touch: those stay severe abdominal pain.
 */

const PERIOD = String.raw`(?=.*\b(?:periods?|menstrua\w*|dysmenorrh\w*|time\s+of\s+the\s+month)\b)`;

/** The pain told as its usual course, or as eased: "same as every month", "first day of each period", "ibuprofen helped". */
const USUAL_OR_EASED = String.raw`(?=.*\b(?:same\s+as\s+(?:every|most|usual|always|normal|last)|(?:every|each)\s+(?:month|period|cycle|time)|most\s+months|as\s+usual|like\s+(?:always|usual|normal|every\s+month)|usual|always|monthly|for\s+(?:\w+\s+)?(?:years|months)|helps?|helped|relieved|eases?|eased|settl\w*|sorts?\s+it)\b)`;

/** What makes it an emergency's pain, wherever it is in the sentence (unless told as absent). */
const NOT_THE_USUAL = String.raw`(?!.*(?<!\b(?:no|not|nor|without|never)\s+(?:[\w-]+\s+(?:(?:or|nor|and)\s+)?)?)\b(?:pregnan\w*|missed|late|overdue|positive|test|faint\w*|passed\s+out|pass\s+out|collaps\w*|shoulder|one\s+side|one[- ]sided|(?:right|left)\s+side|fever\w*|temperature|shiver\w*|vomit\w*|sick|dizzy|light[- ]?headed|pale|clammy|soak\w*|flood\w*|clots?|coil|iud|discharge|different|unlike|worst|never\s+(?:had|been)|first\s+time|worse|not\s+(?:helping|helped|working|touching)|no\s+(?:better|help|relief|difference)|did\s+nothing)\b)`;

export const USUAL_PERIOD_PAIN = new RegExp(`^${NOT_THE_USUAL}${PERIOD}${USUAL_OR_EASED}`);

/** The same red flags told in a later sentence: "Period pain like every month. But I'm 7 weeks late and feel faint." */
export const PERIOD_PAIN_RED_FLAG_TOLD_LATER =
  /\b(?:pregnan\w*|missed|late|overdue|positive|faint\w*|passed\s+out|collaps\w*|shoulder|one\s+side|fever\w*|temperature|vomit\w*|dizzy|soak\w*|flood\w*|clots?|different|worst|worse)\b/;
