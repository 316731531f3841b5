import type { KnowledgePassage } from '../knowledge-passage.js';

const SNIPPET_CHARS = 280;
/** What the model reads of one passage: enough to answer from, little enough for three in a prompt. */
const PROMPT_TEXT_CHARS = 1200;

/** The answer with its layout whitespace (MedQuAD keeps the HTML's indentation) collapsed. */
function flattened(answer: string): string {
  return answer.replace(/\s+/g, ' ').trim();
}

/**
 * As much of the flattened answer as `cut` reads for `limit` characters: a prefix of it longer
 * than `limit` when the answer is longer, else all of it. Flattening a head of the answer gives
 * a prefix of the flattened whole, and collapsing whitespace only shortens, so a head of twice
 * the limit is flattened first; the whole answer (answers run to many thousand characters, and
 * every turn cites a few) only when that head has too much whitespace to fill the limit.
 */
function flattenedFor(answer: string, limit: number): string {
  const headChars = 2 * limit + 1;
  if (answer.length <= headChars) return flattened(answer);
  const head = flattened(answer.slice(0, headChars));
  return head.length > limit ? head : flattened(answer);
}

/** Cut at a word boundary (at a sentence end when one is near), with an ellipsis when cut. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const sentenceEnd = head.lastIndexOf('. ');
  if (sentenceEnd > limit * 0.6) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : limit)}…`;
}

export function snippetOf(passage: KnowledgePassage): string {
  return cut(flattenedFor(passage.answer, SNIPPET_CHARS), SNIPPET_CHARS);
}

export function promptTextOf(passage: KnowledgePassage): string {
  return cut(flattenedFor(passage.answer, PROMPT_TEXT_CHARS), PROMPT_TEXT_CHARS);
}

/** The passage's title: its focus, or its question when the collection names no focus. */
export function titleOf(passage: KnowledgePassage): string {
  return passage.focus || passage.question;
}
