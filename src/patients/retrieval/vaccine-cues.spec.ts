import { asksForVaccine } from './vaccine-cues.js';

describe('asksForVaccine (a vaccine named only by its disease, brand or description)', () => {
  it.each([
    // Doses, boosters or a course of a disease a vaccine is named after.
    'the hepatitis b doses',
    'a measles booster',
    'at work they insisted on the hepatitis b course',
    // Protection against it.
    'the travel clinic gave me something against hepatitis',
    'drops in her mouth against the stomach bug',
    // A count of a disease that is had once counts doses.
    'my daughter take the hepatitis a two times?',
    'her second measles mumps rubella',
    'has he had chickenpox twice',
    'he got the hepatitis b when he was born and then more at the doctor, how many did he end with',
    // "The <name> one(s)", the name being a disease, a brand or a description.
    'the pneumonia ones',
    'which vaccine did he have, the liver one',
    'the covid one in april',
    // Taken, received or given.
    'did my daughter take the hepatitis b when she was born',
    'he receive hepatitis a',
    'was she given the rotavirus',
    // The one given every year.
    'the one in the autumn every year that I never miss, when did I have the last one',
    'the annual one, did i get it in 2020',
    'my yearly jab',
  ])('reads a vaccine: %s', (text) => {
    expect(asksForVaccine(text)).toBe(true);
  });

  it.each([
    // A medicine's doses, or illnesses one catches again.
    'how many doses of the tb tablets did i take',
    'the course of antibiotics against the chest infection',
    'how many times did she get covid',
    'did he have the flu twice',
    // A disease had or asked about, a test of it.
    'did she have measles',
    'did he take the covid test',
    'when was i given the hepatitis c result',
    'what is hepatitis b',
    // Yearly visits and tests.
    'my yearly checkup',
    'the annual physical, when was the last one',
    'the blood test every year, which one was high',
  ])('reads no vaccine: %s', (text) => {
    expect(asksForVaccine(text)).toBe(false);
  });
});
