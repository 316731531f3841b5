import { collectionSourceOf, validatedPassageCount } from './collection-source.js';

/**
 * The collection every instance loads at start-up. Test apps run with KNOWLEDGE_SEED_PATH=none,
 * so without this spec a shipped file the loader refuses (a repeated id did) would leave
 * production with no knowledge and no failing test.
 */
describe('the shipped MedQuAD collection', () => {
  it("passes the loader's checks: 16,407 passages, each id once", async () => {
    const source = await collectionSourceOf('data/medquad/medquad.jsonl.gz');

    await expect(validatedPassageCount(source)).resolves.toBe(16_407);
  });
});
