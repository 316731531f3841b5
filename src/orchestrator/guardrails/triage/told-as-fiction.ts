/**
 * A sentence of a story: the message says it is about a film, a series, a book or a story the writer is writing, and the
 * sentence tells only the story's people: "In the film the hero has a heart attack while running, clutching his chest.
 * Is that realistic? I'm writing a novel.", "I'm writing a story where a character takes an overdose of sleeping pills.
 * How long would it take for her to be found unconscious?". A character's emergency is nobody's state: NHS 111 and the
 * protocols answer it with information, as they do a general question.
 *
 * Only the sentences that name no one of the writer's own (I, me, my, we, our, once the frame's own words are taken
 * out) and no time of now are set aside, and only where no sentence tells someone now: "I'm writing a novel,
 * but right now my own chest is crushing", "my son watched a film about an overdose and has just taken 20 pills" are
 * read as told.
 */

/** The story: a film, a series or a book the message tells of, or one the writer is writing. */
const STORY_FRAME = new RegExp(
  [
    String.raw`\b(?:(?:i\s+am|i\s+was|we\s+are)\s+)?(?:writing|drafting|plotting|working\s+on)\s+(?:a|my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:novel|story|book|screenplay|script|play|scene|chapter|fan\s*fic\w*|thriller|fiction)\b`,
    String.raw`\b(?:in|on)\s+(?:a|the|this|that)\s+(?:film|movie|tv\s+show|tv\s+series|series|episode|soap|novel|book|cartoon|video\s+game)\b`,
    String.raw`\b(?:my|a|the|one|main|another)\s+(?:[\w-]+\s+)?characters?\b`,
    String.raw`\bfor\s+(?:a|my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:novel|story|book|screenplay|script|play|fan\s*fic\w*)\b`,
    String.raw`\b(?:novelist|screenwriter|scriptwriter)\b`,
  ].join('|'),
  'g',
);
/** The same, tested once (a global pattern keeps its place between tests). */
const STORY_FRAME_ANYWHERE = new RegExp(STORY_FRAME.source);

/** The writer or someone of their own, or a time of now: a real case. */
const SOMEONE_REAL_OR_NOW =
  /\b(?:i|me|my|mine|myself|we|us|our|now|right\s+now|currently|today|tonight|ago|already|just)\b/;

/** A sentence telling someone now, this one or another (as `asked-in-advance.ts` reads it). */
const SOMEONE_NOW_ELSEWHERE =
  /\b(?:ago|right\s+now|(?:has|have|had)\s+(?:just|already)|already\s+\w+ed|(?:i|he|she|they)\s+(?:is|am|are)\s+(?:not\s+|still\s+)?(?:breathing|conscious|responding|bleeding|fitting|having|turning|going|vomiting|unconscious|blue|collapsed))\b/;

/** Whether the sentence at `index` tells only the people of a story the message tells of. */
export function isToldAsFiction(sentences: readonly string[], index: number): boolean {
  const read = readingOf(sentences);
  if (!read.framed) return false;
  const sentence = (sentences[index] ?? '').replaceAll(STORY_FRAME, ' ');
  if (SOMEONE_REAL_OR_NOW.test(sentence)) return false;
  return !read.nowIn.some(Boolean);
}

/**
 * The message's sentences read once, for every sentence of it that asks (the triage asks sentence by sentence): whether
 * any tells a story, and which tell someone now.
 */
let lastReading: { sentences: readonly string[] | null; framed: boolean; nowIn: readonly boolean[] } = {
  sentences: null,
  framed: false,
  nowIn: [],
};

function readingOf(sentences: readonly string[]): { framed: boolean; nowIn: readonly boolean[] } {
  if (lastReading.sentences !== sentences) {
    const framed = sentences.some((sentence) => STORY_FRAME_ANYWHERE.test(sentence));
    lastReading = {
      sentences,
      framed,
      nowIn: framed ? sentences.map((sentence) => SOMEONE_NOW_ELSEWHERE.test(sentence)) : [],
    };
  }
  return lastReading;
}
