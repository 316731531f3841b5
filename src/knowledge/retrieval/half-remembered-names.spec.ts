import { describe, expect, it } from '@jest/globals';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { KnowledgeIndex } from './knowledge-index.js';

/**
 * A name half remembered, its start joined to "something" ("poly-something vera", "leuko
 * something nodosa"): the start is the beginning of a word of a name whose other word the message
 * gives. Over a made-up collection (invented names, 1,000 passages about other things so that
 * common words are common). Written before the reading: the look-alikes must not take a name the
 * message does not half give.
 */
function passage(id: string, focus: string, type: string, answer: string): KnowledgePassage {
  return {
    id,
    source: 'TEST',
    url: `https://example.org/${id}`,
    focus,
    question_type: type,
    question: `What is (are) ${focus} ?`,
    answer,
  };
}

const filler = Array.from({ length: 1000 }, (_unused, n) =>
  passage(
    `FILLER_${n}`,
    `Filler condition ${n}`,
    ['information', 'outlook', 'treatment'][n % 3],
    `Filler condition ${n} is named here for the counts. Blood cells, cancer and living with it vary.`,
  ),
);

const collection: KnowledgePassage[] = [
  ...filler,
  passage(
    'POLY_VERA',
    'Polydermia vera',
    'information',
    'Polydermia vera is a slow blood cancer with too many red cells.',
  ),
  passage('POLY_NODOSA', 'Polydermia nodosa', 'information', 'Polydermia nodosa inflames small arteries of the skin.'),
  passage('LEUKO_NODOSA', 'Leukostasis nodosa', 'information', 'Leukostasis nodosa is a rare blood cell disorder.'),
  passage('RED_CELLS', 'Red cell counts', 'information', 'Red cell counts are too many or too few; many causes.'),
  passage('VERA_MINOR', 'Vera minor', 'information', 'Vera minor is a harmless skin marking.'),
  passage('POLYPS', 'Colon polyps', 'information', 'Colon polyps are growths on the lining of the colon.'),
];

describe('half-remembered names', () => {
  let index: KnowledgeIndex;
  const top = (question: string): string | undefined => index.find(question, 5)[0]?.passage.id;

  it('reads the start joined to "something" as the start of a name the message half gives', async () => {
    index = await KnowledgeIndex.build(collection);
    expect(top('the doctor said poly-something vera, too many red cells. is it a cancer?')).toBe('POLY_VERA');
    expect(top('she has poly something nodosa on her legs, what is it')).toBe('POLY_NODOSA');
    expect(top('they called it leuko-something nodosa, is it rare?')).toBe('LEUKO_NODOSA');
  });

  it('takes no name the message does not half give', () => {
    expect(top('my vera minor mark, is it something to worry about')).toBe('VERA_MINOR');
    expect(top('colon polyps, something my dad had, is it a cancer?')).toBe('POLYPS');
    expect(top('poly-something, my red cell counts are too many')).toBe('RED_CELLS');
  });
});
