import { describe, expect, it } from '@jest/globals';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { KnowledgeIndex } from './knowledge-index.js';

/**
 * Messages as people write them, over a made-up collection: conditions whose names end in
 * "disease" or "syndrome", one defining its short form, and 1,000 passages about other things
 * so that common words are common.
 */
function passage(id: string, focus: string, type: string, question: string, answer: string): KnowledgePassage {
  return { id, source: 'TEST', url: `https://example.org/${id}`, focus, question_type: type, question, answer };
}

const filler = Array.from({ length: 1000 }, (_unused, n) =>
  passage(
    `FILLER_${n}`,
    `Filler condition ${n}`,
    ['information', 'symptoms', 'treatment', 'exams and tests'][n % 4],
    `What about filler condition ${n} ?`,
    `Filler condition ${n} is named here for the counts. Tests and treatment vary; a blood test is common.`,
  ),
);

const collection: KnowledgePassage[] = [
  ...filler,
  passage(
    'RASH_1',
    'Rash',
    'information',
    'What is (are) Rash ?',
    'A rash is a change of the skin: red, itchy, bumpy.',
  ),
  passage(
    'VELMAR_1',
    'Velmar disease',
    'information',
    'What is (are) Velmar disease ?',
    'Velmar disease is a rare illness of the small joints that flares with a rash and tiredness.',
  ),
  passage(
    'VELMAR_2',
    'Velmar disease',
    'exams and tests',
    'How to diagnose Velmar disease ?',
    'Velmar disease is diagnosed with a biopsy of the skin, blood tests and a scan of the joints; a clear scan does not rule it out.',
  ),
  passage(
    'VELMAR_3',
    'Velmar disease',
    'treatment',
    'What are the treatments for Velmar disease ?',
    'Velmar disease is treated with rest and anti-inflammatory medicine.',
  ),
  passage(
    'ALLERGY_1',
    'Seasonal allergy',
    'treatment',
    'What are the treatments for Seasonal allergy ?',
    'Antihistamines such as cetirizine or loratadine ease sneezing and itchy eyes.',
  ),
  passage(
    'GCD_1',
    'Granular corneal dystrophy',
    'information',
    'What is (are) Granular corneal dystrophy ?',
    'Granular corneal dystrophy (GCD) clouds the clear front of the eye.',
  ),
  passage(
    'GCD_2',
    'Granular corneal dystrophy',
    'inheritance',
    'Is Granular corneal dystrophy inherited ?',
    'This condition is inherited in an autosomal dominant pattern.',
  ),
];

describe('KnowledgeIndex.find on messages as people write them', () => {
  it('reads a condition named without its "disease" as that condition', async () => {
    const index = await KnowledgeIndex.build(collection);
    const hits = index.find('my cousin says she has velmar and gets a rash. what is velmar?', 3);
    expect(hits[0].passage.id).toBe('VELMAR_1');
  });

  it('answers the question asked, not the tests and scans the story tells of', async () => {
    const index = await KnowledgeIndex.build(collection);
    const hits = index.find('My sister had a biopsy and a scan in May and they said velmar. How is it treated?', 3);
    expect(hits[0].passage.id).toBe('VELMAR_3');
  });

  it('finds the passage naming a medicine generically when asked by its brand', async () => {
    const index = await KnowledgeIndex.build(collection);
    const hits = index.find('is zyrtec ok to take every day?', 3);
    expect(hits[0]?.passage.id).toBe('ALLERGY_1');
  });

  it('finds a condition by the short form the collection defines for it', async () => {
    const index = await KnowledgeIndex.build(collection);
    const hits = index.find('is GCD passed down in families?', 3);
    expect(hits[0].passage.id).toBe('GCD_2');
  });
});
