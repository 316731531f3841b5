import { describe, expect, it } from '@jest/globals';
import { withStandardNegation } from './learner-negation.js';

describe('withStandardNegation', () => {
  it('reads "no can" and "no could" as the idioms write them', () => {
    expect(withStandardNegation('she no can breathe good')).toBe("she can't breathe good");
    expect(withStandardNegation('he not could taste the food')).toBe("he couldn't taste the food");
  });

  it('leaves other uses of "no" and "can" alone', () => {
    expect(withStandardNegation('no, can you show my shots')).toBe('no, can you show my shots');
    expect(withStandardNegation('no cancer in my record')).toBe('no cancer in my record');
  });
});
