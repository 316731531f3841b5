/**
 * A question asked in advance, in a message that says outright that nothing is happening now: "Nobody has been hurt,
 * this is just paperwork. If a driver hits their head in a crash, what signs should my marshals look for?", "Not
 * happening now, trying to write our plan before it starts", "Nobody has anything going on right now. What are the main
 * differences between heartburn and a heart attack?". NHS 111 and the protocols answer such a question with advice,
 * not a disposition: it tells no one's state. Only the message's questions and conditions are set aside, and only
 * those that tell nothing as done, going on or dated to now, in a message whose other sentences tell no one so either
 * ("what if someone took 40 paracetamol? my friend has already taken them" is read); every other sentence is read as
 * told, so an event told beside the disclaimer ("nothing happening now, but an hour ago he had a fit") is still read.
 */

/** The writer saying that nothing is happening to anyone now, or that the message only plans or prepares. */
const NOTHING_HAPPENING_NOW = new RegExp(
  [
    String.raw`\b(?:it\s+is\s+|this\s+is\s+)?not\s+happening\s+(?:right\s+)?now\b`,
    String.raw`\bnothing\s+(?:is\s+)?(?:happening|going\s+on|wrong)\s+(?:right\s+now|now|at\s+the\s+moment)\b`,
    String.raw`\b(?:nobody|no\s*one|no\s+patient)\s+(?:is\s+|has\s+been\s+|was\s+)?(?:hurt|injured|ill|unwell|sick|involved|affected)\b(?![^.;]*\b(?:but|except|apart\s+from)\b)`,
    String.raw`\b(?:nobody|no\s*one)\s+(?:has|had)\s+(?:any|anything)\s+(?:symptoms|going\s+on)\b`,
    String.raw`\bnothing\s+(?:has\s+)?happened\s+(?:yet|today|to\s+(?:anyone|him|her|them))\b`,
    String.raw`\b(?:this\s+is|it\s+is)\s+(?:just|only|purely)\s+(?:paperwork|for\s+(?:a|our|my|the)\s+(?:plan|policy|procedure|flowchart|training|notice|leaflet))\b`,
    String.raw`\b(?:just|only)\s+(?:want(?:ed)?|trying)\s+to\s+(?:know|be\s+(?:prepared|ready)|plan)\s+(?:in\s+advance|ahead|beforehand|before\s+(?:it|he|she|they|we)\b)`,
    String.raw`\b(?:asking|planning)\s+(?:in\s+advance|ahead\s+of\s+time)\b`,
    // Asked ahead of a course the writer is about to take: "asking before I start the mental health first aid course".
    String.raw`\basking\s+(?:this\s+)?(?:before|ahead\s+of)\s+(?:i\s+(?:start|do|take|sit|begin)\s+)?(?:my|the|a|our)\s+(?:[\w-]+\s+){0,4}?(?:course|training|module|class|workshop)\b`,
  ].join('|'),
);

/** What turns the story back to a person now: an act done, a state going on, a time of now or lately. */
const TOLD_AS_NOW =
  /\b(?:now|right\s+now|currently|at\s+the\s+moment|today|tonight|ago|earlier|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|(?:has|have|had)\s+(?:just|already)|(?:is|are|am)\s+(?:still\s+)?\w+ing|but|except)\b/;

/**
 * What another sentence tells of someone now, which takes the disclaimer back: an act done, a time ago, a state going on
 * ("my friend has already taken them", "an hour ago he had a fit", "she is not breathing").
 */
const SOMEONE_NOW_ELSEWHERE =
  /\b(?:ago|right\s+now|(?:has|have|had)\s+(?:just|already)|already\s+\w+ed|(?:is|are)\s+(?:not\s+|still\s+)?(?:breathing|conscious|responding|bleeding|fitting|having|turning|going|vomiting|unconscious|blue|collapsed))\b/;

/** A question or a condition: what the writer asks ahead of the event. */
const ASKS_OR_SUPPOSES =
  /(?:^|\s)(?:if|in\s+case|what|how|when|which|whether|should\s+(?:i|we|they|he|she|you)|do\s+(?:i|we|they|you)|does\s+(?:he|she|it))\b/;

/**
 * Whether the sentence at `index` is a question asked in advance: the message says nothing is happening now (in any
 * sentence), and the sentence asks or supposes and tells nothing as now.
 */
export function isAskedInAdvance(sentences: readonly string[], index: number): boolean {
  const sentence = sentences[index] ?? '';
  if (!ASKS_OR_SUPPOSES.test(sentence) || TOLD_AS_NOW.test(sentence)) return false;
  const disclaimer = (other: string): boolean => NOTHING_HAPPENING_NOW.test(other) && !/\bbut\b/.test(other);
  if (!sentences.some(disclaimer)) return false;
  return !sentences.some((other, at) => at !== index && !disclaimer(other) && SOMEONE_NOW_ELSEWHERE.test(other));
}
