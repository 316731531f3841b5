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
    // Session 49: a test whose result is only ever told when it points somewhere, and a count told low.
    ['the blood test found a JAK2 mutation', ['polycythemia vera', 'essential thrombocythemia', 'myelofibrosis']],
    ['she ordered acetylcholine receptor antibodies', ['myasthenia gravis']],
    ['the AChR antibody test was positive', ['myasthenia gravis']],
    ['his semen test shows a low sperm count', ['male infertility']],
    ['the analysis said zero sperm', ['male infertility']],
    // Session 50: a test ordered for one condition names it; a hormone told high or low.
    ['they want a 24 hour urine for metanephrines', ['pheochromocytoma']],
    ['my ANCA test was positive', ['granulomatosis with polyangiitis', 'vasculitis']],
    ['the RPR was reactive at my first prenatal visit', ['syphilis']],
    ['my PPD was 12 mm', ['tuberculosis']],
    ['my prolactin is high', ['prolactinoma', 'pituitary tumors']],
    ['the morning cortisol came back low', ['adrenal insufficiency', 'addison disease']],
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
    'does a vasectomy stop the sperm?',
    'how long do sperm live',
    'is acetylcholine a neurotransmitter',
    'what does cortisol do in the body',
    'does breastfeeding raise prolactin levels',
    // A reading too far from the measure.
    'protein shakes every day since January when I started going to the gym and now my urine smells',
  ])('reads no result in "%s"', (text) => {
    expect(clinicalNamesIn(text)).toEqual([]);
  });
});
