import type { KnowledgePassage } from '../knowledge-passage.js';
import { promptTextOf, snippetOf } from './passage-text.js';

const passage = (answer: string): KnowledgePassage =>
  ({
    id: 'p',
    question: 'What is it?',
    answer,
    focus: 'It',
    url: 'https://example.org',
    source: 'test',
  }) as KnowledgePassage;

/** What both texts were before they read only the answer's head: the whole answer flattened, then cut. */
function wholeAnswerCut(answer: string, limit: number): string {
  const text = answer.replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const sentenceEnd = head.lastIndexOf('. ');
  if (sentenceEnd > limit * 0.6) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : limit)}…`;
}

describe('snippetOf and promptTextOf', () => {
  const sentence = 'Headaches are common and usually harmless. ';
  const answers = {
    short: '  A short   answer.\n',
    'long, plain': sentence.repeat(200),
    'long, indented as MedQuAD keeps HTML': `${'\n        '.repeat(400)}${sentence.replace(/ /g, '\n\t    ').repeat(120)}`,
    'mostly layout whitespace before the words': `${' '.repeat(5000)}${'word '.repeat(400)}`,
    'one word run without spaces': 'x'.repeat(4000),
    'exactly at the head length': 'a '.repeat(1200).slice(0, 2401),
  };

  it.each(Object.entries(answers))('cut the %s answer as the whole flattened answer would be', (_kind, answer) => {
    expect(snippetOf(passage(answer))).toBe(wholeAnswerCut(answer, 280));
    expect(promptTextOf(passage(answer))).toBe(wholeAnswerCut(answer, 1200));
  });
});
