import { testResultFindingsIn } from './test-result-findings.js';

const clinicalNamesIn = (text: string): string[] => testResultFindingsIn(text).flatMap(({ clinical }) => clinical);

describe('testResultFindingsIn', () => {
  it.each([
    ['what does protein 2+ in the urine mean?', ['proteinuria']],
    ['my urine was pinkish red twice this week', ['hematuria']],
    ['they tested him and his factor 8 is low', ['hemophilia', 'hemophilia a']],
    ['his factor IX came back low', ['hemophilia b']],
    ['the chromosome test shows 45,X', ['turner syndrome']],
    ['my TSH came back really high', ['hypothyroidism']],
    ['TSH is suppressed on my new dose', ['hyperthyroidism']],
    ['my dexa t-score was -3.1', ['osteoporosis']],
    ['the pressure in my eyes is high', ['glaucoma']],
  ])('reads a result in "%s"', (text, names) => {
    expect(clinicalNamesIn(text)).toEqual(names);
  });

  it.each([
    // A measure with no reading of it, or a reading of something else, is no result.
    'is a high protein diet bad for my kidneys?',
    'my TSH was checked last year',
    'my blood pressure is high and I get headaches',
    'red blood cells carry oxygen, right?',
    'the copper IUD, is it safe?',
    // A reading too far from the measure.
    'protein shakes every day since January when I started going to the gym and now my urine smells',
  ])('reads no result in "%s"', (text) => {
    expect(clinicalNamesIn(text)).toEqual([]);
  });
});
