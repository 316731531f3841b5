import { askedForAnother, sameAskedOfAnother } from './asked-for-another.js';

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

describe('"the X ones": the message before asked whole of another thing', () => {
  it.each([
    ['which tb drugs was i started on in 2012', 'and the hiv ones?', 'which hiv drugs was i started on in 2012'],
    [
      'which hiv meds did they start me on in 2017',
      'what about the tb ones',
      'which tb meds did they start me on in 2017',
    ],
    ['were her covid tests positive', 'and the flu ones?', 'were her flu tests positive'],
  ])('%j then %j reads %j', (previous, question, read) => {
    expect(sameAskedOfAnother(question, previous)).toBe(read);
  });

  it.each([
    // Picking among the same things, not another thing.
    ['what were her flu shots in 2019', 'and the earlier ones?'],
    ['which vaccines did he get at 4', 'and the 5 year ones?'],
    // Nothing before what was asked says whose it was.
    ['which drugs did they start me on', 'and the hiv ones?'],
    ['when was the last test of my hiv', 'and for the hep b?'],
    // The thing's name is two words ("hep b"): swapping its last word would keep "hep".
    ['when did pablo get his hep b shots', 'and the polio one?'],
  ])('%j then %j is left to the other readings', (previous, question) => {
    expect(sameAskedOfAnother(question, previous)).toBeUndefined();
  });
});
