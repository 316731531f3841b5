import { describe, expect, it } from '@jest/globals';
import { medicineDependenceNamesIn } from './medicine-dependence.js';

describe('medicineDependenceNamesIn', () => {
  it.each([
    'am I addicted to Xanax?',
    'she takes more oxycodone than prescribed now. Is she addicted?',
    'our son got hooked on Percocet after his knee surgery',
    'how do I wean off Valium safely',
    'I need more of my Adderall for the same effect',
  ])('reads dependence on a medicine in "%s"', (text) => {
    expect(medicineDependenceNamesIn(text)).toEqual(['prescription drug abuse']);
  });

  it.each([
    // Dependence feared or denied, not told.
    "I don't want to get hooked on Ambien.",
    'afraid of getting addicted to oxycodone after my operation',
    'can I take tramadol without getting dependent?',
    // Dependence on something else, or a medicine with no dependence told.
    'is alcohol addiction genetic?',
    'my husband is addicted to gambling',
    'what dose of tramadol is safe for a 70 year old?',
    'can I get off metformin if I lose weight?',
  ])('reads none in "%s"', (text) => {
    expect(medicineDependenceNamesIn(text)).toEqual([]);
  });
});
