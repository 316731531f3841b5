import { describe, expect, it } from '@jest/globals';
import { shippedKnowledgeIndex } from './testing/shipped-knowledge-index.js';

const K = 10;

/**
 * "What causes it?" asked of symptoms took "Causes of Diabetes" (28 passages, eight of them alike)
 * to the top: the kind its name opens with covered half of the name (session 45's leftover; session
 * 46 probes, written before the change, over the shipped MedQuAD collection). Also written and not
 * kept: the condition the symptoms tell read through the collection's prose symptom passages
 * ("squeezing in his legs when he walks to the shop" → peripheral artery disease, "red scaly plaques
 * with a silver crust" → psoriasis, "pale, breathless on the stairs, brittle nails" → anemia,
 * "needing to pee and it burns, the third time this year" → urinary tract infections). Taken when
 * one condition led the others by 1.5 to 3 times and weighed 0.1 to 0.4, with or without holding
 * back when the message names a condition, it found development-4's and -5's macular degeneration,
 * osteoarthritis and deep vein thrombosis, and lost others (a bed-wetting child read as a germ cell
 * tumour, hepatitis C from a tattoo as skin cancer), and never left every set at or above its figure.
 */
const WHAT_CAUSES_IT: string[] = [
  'there are red scaly thick plaques on my elbows with a silver crust. what causes it?',
  'my ankles swell up by the evening and my shoes are tight. what is causing this?',
];

const NAMED: [question: string, focus: string][] = [
  ['my mother has shingles on her back, is it contagious to the grandchildren?', 'Shingles'],
  ['I have psoriasis on my elbows, is it inherited?', 'Psoriasis'],
  ['my father was told he has gout in his big toe, what should he eat?', 'Gout'],
];

describe('the kind a focus name opens with is not its name', () => {
  const shipped = shippedKnowledgeIndex();

  const topFoci = (question: string, limit: number): string[] =>
    shipped.index.find(question, limit).map(({ passage }) => passage.focus);

  it.each(WHAT_CAUSES_IT)('"what causes it?" of symptoms is no diabetes question: %s', (question) => {
    expect(topFoci(question, 3)).not.toContain('Causes of Diabetes');
  });

  it('a question that names diabetes still finds "Causes of Diabetes"', () => {
    expect(topFoci('what causes type 2 diabetes in adults?', K)).toContain('Causes of Diabetes');
  });

  it.each(NAMED)('a named condition stays first: %s → %s', (question, focus) => {
    expect(topFoci(question, 1)).toEqual([focus]);
  });
});
