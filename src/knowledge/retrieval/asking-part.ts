/**
 * Where a message asks, apart from what it tells. People write to a health library with the
 * story first ("she had a biopsy, they started steroids, the scan showed…") and the question
 * last ("will it go away on its own?"); the story's words name tests, treatments and symptoms
 * that are not what is asked. The asking part is every sentence that asks (ending in "?",
 * opening with a question word, or "I want to know…") and the subject line a message may open
 * with ("Subject: …", a first line of its own, or a few words before "-", ":" or "."), which
 * names the topic.
 */
const QUESTION_OPENING =
  /^(what|what's|whats|how|is|are|was|were|can|could|should|shall|does|do|did|will|would|why|when|where|which|who|whom|any|has|have|am|may|might)\b/;
const ASKING_PHRASE =
  /\b(want(ed)? to (know|understand|learn|ask)|would like to (know|understand|learn)|need to know|wonder(ing)?|curious|tell me|explain|looking for (info|information|advice)|(info|information|advice) (on|about|regarding))\b/;
/** A subject line is short: a name and perhaps a word or two about it... */
const MAX_SUBJECT_WORDS = 7;
/** ...and shorter still when only a full stop ends it ("Sarcoidosis in the lungs."). */
const MAX_SENTENCE_SUBJECT_WORDS = 5;
/** Words a sentence of the story opens with, never a subject line. */
const STORY_OPENING = new Set(
  'i im my me we our us he his him she her they their it its this that the a an you your hi hello hey dear so and but'.split(
    ' ',
  ),
);

export interface MessageParts {
  /** The subject line and the asking sentences, in order; empty when nothing in the message asks. */
  asking: string;
  /** Everything else: the story around the question. */
  telling: string;
}

export function messageParts(message: string): MessageParts {
  // A run of spaces is one space: the subject patterns below try every split of a run, so a
  // message padded with thousands of spaces would cost them quadratic time (tens of ms at 5,000).
  const text = message
    .replace(/[’‘]/g, "'")
    .replace(/[^\S\n]+/g, ' ')
    .trim();
  const { subject, body } = splitSubject(text);
  const asking: string[] = subject === '' ? [] : [subject];
  const telling: string[] = [];
  let asks = false;
  for (const sentence of sentencesOf(body)) {
    const lower = sentence.toLowerCase();
    // A sentence asks when it ends in "?" or opens with a question word; "I want to know…" asks too.
    const isQuestion = sentence.endsWith('?') || QUESTION_OPENING.test(lower) || ASKING_PHRASE.test(lower);
    (isQuestion ? asking : telling).push(sentence);
    asks ||= isQuestion;
  }
  if (!asks) return { asking: '', telling: text };
  return { asking: asking.join(' '), telling: telling.join(' ') };
}

/** The subject line, when the message opens with one, and the rest. */
function splitSubject(text: string): { subject: string; body: string } {
  // A web form's fields may arrive on one line: "Subject: … Message: …".
  const labelled = /^subject\s*:\s*(.*?)\s*(?:\n|\bmessage\s*:|$)\s*(?:message\s*:\s*)?([\s\S]*)$/i.exec(text);
  if (labelled) return { subject: labelled[1].trim(), body: labelled[2].trim() };
  const firstLine = /^([^\n]+)\n+([\s\S]+)$/.exec(text);
  if (firstLine && wordCount(firstLine[1]) <= MAX_SUBJECT_WORDS && !firstLine[1].trim().endsWith('?'))
    return { subject: firstLine[1].trim(), body: firstLine[2].trim() };
  // "Hep B carrier - I'm from…", "Myasthenia gravis: I have…", "Ciguatera. I ate…"; a first
  // sentence that starts telling ("we moved here.", "my dr thinks gout.") is story, not a heading.
  const heading = /^([^.?!:\n]+?)(\s+-\s+|\s*:\s+|\.\s+|!+\s+)([\s\S]+)$/.exec(text);
  if (heading) {
    const words = heading[1].trim().toLowerCase().split(/\s+/);
    const maxWords = /^[.!]/.test(heading[2].trim()) ? MAX_SENTENCE_SUBJECT_WORDS : MAX_SUBJECT_WORDS;
    if (words.length <= maxWords && !STORY_OPENING.has(words[0]) && !QUESTION_OPENING.test(words[0]))
      return { subject: heading[1].trim(), body: heading[3].trim() };
  }
  return { subject: '', body: text };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}
