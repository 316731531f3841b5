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

  it.each([
    ['is there anything that can be done for chilblains', 'treatment'],
    ['would a heat pad help my sciatica', 'treatment'],
    ['does she need iron injections every month', 'treatment'],
    ['will my nephew grow out of his stutter', 'outlook'],
    ['does cataract keep progressing once it starts', 'outlook'],
    ['does it skip generations', 'inheritance'],
    ['can it bring trouble later in life', 'complications'],
    ["what's sjogren's", 'information'],
    ['what does bradycardia mean', 'information'],
    ['is a carcinoid a kind of cancer', 'information'],
  ])('%s → %s (ways people ask that are not the textbook words)', (question, type) => {
    expect(questionIntents(question)).toContain(type);
  });

  it('reads "can X cause <something>" as a question of what X leads to, "can Y cause it" as one of causes', () => {
    expect(questionIntents('can sleep apnea cause heart trouble')).toEqual(['complications']);
    expect(questionIntents('could the new tablets cause it')).toEqual(['causes']);
  });

  it('does not read "what is the outlook" as asking what a condition is, nor "please help" as treatment', () => {
    expect(questionIntents('what is the outlook for scleroderma')).toEqual(['outlook']);
    expect(questionIntents('please help, is scleroderma inherited')).toEqual(['inheritance']);
  });
});
