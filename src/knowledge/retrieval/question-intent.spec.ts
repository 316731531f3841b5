import { describe, expect, it } from '@jest/globals';
import { questionIntents } from './question-intent.js';

describe('questionIntents', () => {
  it.each([
    ['what are the symptoms of shingles', 'symptoms'],
    ['how do they treat gout', 'treatment'],
    ['is it genetic? does it run in the family', 'inheritance'],
    ['what causes kidney stones', 'causes'],
    ['how can I prevent diabetes', 'prevention'],
    ['how do you get tested for celiac', 'exams and tests'],
  ])('%s → %s', (question, type) => {
    expect(questionIntents(question)).toContain(type);
  });

  it('reads "was diagnosed with" as context, not as a question about tests', () => {
    expect(questionIntents('my mom was just diagnosed with lupus, what is it')).not.toContain('exams and tests');
  });
});
