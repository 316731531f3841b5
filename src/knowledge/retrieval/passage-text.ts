import type { KnowledgePassage } from '../knowledge-passage.js';

const SNIPPET_CHARS = 280;
/** What the model reads of one passage: enough to answer from, little enough for three in a prompt. */
const PROMPT_TEXT_CHARS = 1200;

/** The answer with its layout whitespace (MedQuAD keeps the HTML's indentation) collapsed. */
function flattened(answer: string): string {
  return answer.replace(/\s+/g, ' ').trim();
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
  return cut(flattened(passage.answer), SNIPPET_CHARS);
}

export function promptTextOf(passage: KnowledgePassage): string {
  return cut(flattened(passage.answer), PROMPT_TEXT_CHARS);
}

/** The passage's title: its focus, or its question when the collection names no focus. */
export function titleOf(passage: KnowledgePassage): string {
  return passage.focus || passage.question;
}
