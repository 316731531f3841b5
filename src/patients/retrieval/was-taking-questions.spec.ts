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
