/**
 * Wishing oneself dead over a trifle, one more of a bore, a game lost or a hangover: "I'll kill myself if I see one more
 * balloon dog", "if my team loses again I'll kill myself", "this hangover is killing me, I want to die". NICE NG225 asks
 * about intent, a plan and means; the figure tells none, and names its trifle. Read only where the sentence tells
 * nothing else of self-harm (`TOLD_IN_EARNEST`: "not joking", "I mean it", a means, a plan, a question about dying);
 * the guard takes it back where another sentence of the message tells any of that, or any other finding. "I could kill
 * myself for <a slip>" is not read so: it stays a suicide finding (urgent-band-kinds.spec.ts; reviews V6, V7 and V37
 * found the slip told beside questions no list holds, "what is the quickest way?", "which car park is the tallest?").
 */

/**
 * Life itself is no trifle: one more day, another night, "this", "it", everything (reviewer V40, session 58: "if i have
 * to do one more day of this life i'll kill myself"). A trifle is a named everyday thing: a song, a balloon dog, a meeting.
 */
const NOT_LIFE_ITSELF = String.raw`(?!\s+(?:(?:more|single|whole|bloody|damn|fucking|of)\s+)?(?:days?|nights?|mornings?|evenings?|weeks?|months?|years?|hours?|minutes?|moments?|seconds?|breaths?|time|times|life|lives|living|this|these|that|it|everything|anything|of\s+(?:this|these|it|life|my\s+life|everything))\b)`;

/** A trifle the death is wished on: one more of a bore, a game lost, a hangover. */
const A_TRIFLE = String.raw`(?:if|when)\s+(?:i\s+)?(?:have\s+to\s+|hear|see|sit\s+through|watch|do|eat|make|read|answer|get|attend|blow\s+up|fill\s+in|sing)\s*(?:\w+\s+){0,2}?(?:one\s+more|another|any\s+more)\b${NOT_LIFE_ITSELF}|(?:if|when)\s+(?:my|our|the)\s+(?:team|club|side|lot)\s+(?:lose|loses|lost|drop|drops|go\s+down)\b|\b(?:hangover|hungover|man\s+flu)\b`;

/** What keeps the words meant: an intent, a time, a means or a plan, or the writer saying it is no figure. */
const TOLD_IN_EARNEST = String.raw`\b(?:actually|really\s+(?:will|mean|going)|mean\s+it|serious\w*|not\s+(?:joking|kidding)|no\s+joke|tonight|tomorrow|pills|tablets|meds|rope|knife|blade|bridge|plan\w*|thinking\s+(?:about\s+)?(?:how|of\s+how|about\s+ways?)|how\s+(?:to|i\s+(?:would|will|could))|ways?\s+to|note|letters?|goodbye|overdos\w*|suicid\w*|hopeless|worthless|no\s+point|cannot\s+(?:go\s+on|cope)|better\s+off|everyone|nobody|no\s+one|this\s+time|again\s+and\s+again|every\s+day|all\s+the\s+time|for\s+(?:weeks|months)|quickest|painless|tallest|knot|bleed\w*|gone|funeral|notice|here|engine|whole\s+box|taken|join|same\s+stuff|which\s+tree|car\s+park|wrists?|how\s+(?:many|much|long))\b`;

const DEATH_WISH = String.raw`\b(?:kill\s+myself|want\s+to\s+die|wanna\s+die|end\s+it)\b`;

/** A sentence that wishes the writer dead over a trifle, and tells nothing else of self-harm. */
export const DEATH_WISH_OVER_A_TRIFLE = new RegExp(
  String.raw`^(?![^]*${TOLD_IN_EARNEST})(?=[^]*${DEATH_WISH})[^]*?(?:${A_TRIFLE})`,
);

/** The suicidal signals' guard: the figure, unless another sentence tells it meant. */
export const DEATH_WISH_OVER_A_TRIFLE_GUARD = {
  when: DEATH_WISH_OVER_A_TRIFLE,
  unless: new RegExp(`${TOLD_IN_EARNEST}|${DEATH_WISH}`),
} as const;
