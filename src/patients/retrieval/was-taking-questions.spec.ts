import { fixtureAnswerTexts } from './testing/fixture-answers.js';

describe('"was I taking <a medicine>" asks whether that medicine was taken', () => {
  it.each([
    'in 2012 was i still taking zidovudine',
    'was I taking retrovir at all in 2012?',
    'back in 2012 was i taking azt or not',
  ])('%s: the medicine started that year, not the other medicines reported that day', (question) => {
    const texts = fixtureAnswerTexts('Meredith572_', question);
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('ANTIRETROVIRALS STARTED: Zidovudine')]));
    expect(texts.join('\n')).not.toContain('PATIENT REPORTED CURRENT TB TREATMENT');
  });

  it.each([
    'which tb tablets was I taking when they admitted me in 2012',
    'was i taking anything for my tb in 2012',
    'in 2012 what was i taking for the tuberculosis',
  ])('%s: asks for the list the patient reported, which still comes first', (question) => {
    expect(fixtureAnswerTexts('Meredith572_', question)).toEqual(
      expect.arrayContaining([expect.stringContaining('PATIENT REPORTED CURRENT TB TREATMENT')]),
    );
  });

  it('"how many breaths was she taking" is no medicine: the breathing rate', () => {
    expect(
      fixtureAnswerTexts('Bibi254_', 'how many breaths a minute was she taking when she was sick in march 2020'),
    ).toEqual(expect.arrayContaining([expect.stringContaining('Respiratory rate')]));
  });
});

describe('the medicines the patient gave the staff as a list', () => {
  it.each([
    'at the 2017 admission i listed the hiv meds i already took, what did they write down',
    'in 2017 he showed them the hiv tablets he was on, are they in his chart',
    'the hiv meds i already took in 2017, are they on file',
  ])('%s: the list the patient reported', (question) => {
    expect(fixtureAnswerTexts('Dudley365_', question)).toEqual(
      expect.arrayContaining([expect.stringContaining('PATIENT REPORTED CURRENT ANTIRETROVIRAL TREATMENT')]),
    );
  });

  it('medicines started, not listed by the patient, are the drugs started', () => {
    expect(fixtureAnswerTexts('Dudley365_', 'what tb drugs did they start in 2017')).toEqual(
      expect.arrayContaining([expect.stringContaining('TUBERCULOSIS TREATMENT STARTED')]),
    );
  });
});
