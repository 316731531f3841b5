import { askedForAnother } from './asked-for-another.js';

describe('a follow-up asking the same of something else', () => {
  it.each([
    ["what's my current TB treatment", 'and for the HIV?', 'and treatment for the HIV?'],
    ['what medicine did he get for the fever', 'what about for his cough?', 'what about medicine for his cough?'],
    ['when was the last test of my hiv', 'and of the hep b?', 'and test of the hep b?'],
    ['what was the plan for my tb', 'and for the pcp?', 'and plan for the pcp?'],
    ['what did they decide on my tb drug plan', 'and for the hiv, carry on?', 'and drug plan for the hiv, carry on?'],
  ])('%j then %j reads %j', (previous, question, read) => {
    expect(askedForAnother(question, previous)).toBe(read);
  });

  it.each([
    ["what's my current TB treatment", 'and for the hiv meds?'],
    ["what's my current TB treatment", 'and his weight?'],
    ['when was philip weighed', 'and for the HIV?'],
    ['has roland had his meningitis jab', 'and his sister?'],
  ])('%j then %j is left as asked', (previous, question) => {
    expect(askedForAnother(question, previous)).toBeUndefined();
  });
});
