/**
 * A test's result as people report it ("protein in my urine", "my TSH came back high", "a low
 * factor 8", "the chromosome test shows 45,X") and the condition the result points to, the name
 * the NIH answers are written under (proteinuria, hypothyroidism, hemophilia, Turner syndrome).
 * A finding is read when one of its `measured` phrases has one of its `reading` phrases within
 * FINDING_WINDOW words of it, or from `measured` alone when it has no `reading` (a result that
 * is only ever reported when it is abnormal: "45,X", "XXY", a T-score). One way: the condition's
 * name never adds the result. Knowledge questions only (testResultFindingsIn).
 */
export interface TestResultFinding {
  measured: readonly string[];
  reading?: readonly string[];
  clinical: readonly string[];
}

/** How a result above the usual range is told. */
const HIGH = ['high', 'higher', 'elevated', 'raised', 'too much', 'over', 'above', 'abnormal', 'positive'];
/** How a result below the usual range is told. */
const LOW = ['low', 'lower', 'dropped', 'deficient', 'deficiency', 'below', 'missing', 'not enough', 'abnormal'];
/** What was found in a sample of urine. */
const IN_URINE = ['urine', 'pee', 'urinalysis', 'dipstick'];

export const TEST_RESULT_FINDINGS: readonly TestResultFinding[] = [
  { measured: ['protein', 'albumin'], reading: IN_URINE, clinical: ['proteinuria'] },
  { measured: ['blood', 'red blood cells', 'pink', 'red', 'bloody'], reading: IN_URINE, clinical: ['hematuria'] },
  { measured: ['sugar', 'glucose'], reading: IN_URINE, clinical: ['diabetes'] },
  { measured: ['tsh'], reading: ['high', 'higher', 'elevated', 'raised', 'above'], clinical: ['hypothyroidism'] },
  { measured: ['tsh'], reading: ['low', 'lower', 'suppressed', 'below'], clinical: ['hyperthyroidism'] },
  { measured: ['uric acid', 'urate'], reading: HIGH, clinical: ['gout'] },
  { measured: ['ferritin', 'iron', 'transferrin saturation'], reading: HIGH, clinical: ['hemochromatosis'] },
  { measured: ['copper'], reading: [...HIGH, 'build up', 'buildup'], clinical: ['wilson disease'] },
  { measured: ['hemoglobin', 'haemoglobin', 'iron', 'blood count', 'red cells'], reading: LOW, clinical: ['anemia'] },
  { measured: ['platelets', 'platelet count'], reading: LOW, clinical: ['thrombocytopenia'] },
  { measured: ['factor 8', 'factor viii'], reading: LOW, clinical: ['hemophilia', 'hemophilia a'] },
  { measured: ['factor 9', 'factor ix'], reading: LOW, clinical: ['hemophilia b'] },
  { measured: ['ldl', 'cholesterol'], reading: HIGH, clinical: ['high blood cholesterol', 'hypercholesterolemia'] },
  { measured: ['a1c', 'hba1c', 'blood sugar', 'glucose'], reading: HIGH, clinical: ['diabetes'] },
  {
    measured: [
      'eye pressure',
      'pressure in my eye',
      'pressure in his eye',
      'pressure in her eye',
      'pressure in the eye',
      'pressure in my eyes',
      'pressure in the eyes',
      'intraocular pressure',
    ],
    reading: HIGH,
    clinical: ['glaucoma'],
  },
  { measured: ['creatinine'], reading: HIGH, clinical: ['kidney disease'] },
  { measured: ['gfr', 'egfr', 'kidney function'], reading: LOW, clinical: ['kidney disease'] },
  {
    measured: ['ck', 'cpk', 'creatine kinase', 'muscle enzyme', 'muscle enzymes'],
    reading: HIGH,
    clinical: ['muscular dystrophy'],
  },
  { measured: ['calcium'], reading: HIGH, clinical: ['hyperparathyroidism'] },
  { measured: ['ana', 'antinuclear antibody'], reading: HIGH, clinical: ['lupus'] },
  { measured: ['ttg', 'tissue transglutaminase'], reading: HIGH, clinical: ['celiac disease'] },
  { measured: ['bilirubin'], reading: HIGH, clinical: ['jaundice'] },
  { measured: ['b12', 'vitamin b12'], reading: LOW, clinical: ['pernicious anemia', 'vitamin b12 deficiency'] },
  {
    measured: ['pap', 'pap smear', 'pap test'],
    reading: ['abnormal', 'positive', 'bad'],
    clinical: ['cervical cancer'],
  },
  { measured: ['45 x', '45x', '45 xo'], clinical: ['turner syndrome'] },
  { measured: ['xxy', '47 xxy'], clinical: ['klinefelter syndrome'] },
  { measured: ['trisomy 21', 'extra chromosome 21', 'extra copy of chromosome 21'], clinical: ['down syndrome'] },
  { measured: ['t score', 'tscore'], clinical: ['osteoporosis'] },
  // Session 49: a JAK2 change is told only when found, and points to the three marrow diseases
  // that make too many blood cells; the receptor antibodies are ordered for myasthenia alone.
  { measured: ['jak2', 'jak 2'], clinical: ['polycythemia vera', 'essential thrombocythemia', 'myelofibrosis'] },
  {
    measured: [
      'acetylcholine receptor antibody',
      'acetylcholine receptor antibodies',
      'achr antibody',
      'achr antibodies',
      'anti achr',
    ],
    clinical: ['myasthenia gravis'],
  },
  {
    measured: ['sperm', 'sperm count', 'semen', 'semen analysis'],
    reading: [...LOW, 'poor', 'no', 'zero', 'none'],
    clinical: ['male infertility'],
  },
  // Session 50: tests a doctor orders to look for one condition (or one family of them), so that
  // naming the test names what is looked for: the adrenal tumour's breakdown products, the
  // vasculitis antibodies, syphilis's screening tests, the spine disease's marker, the newborn
  // screen's adrenal hormone, the skin test for tuberculosis.
  {
    measured: ['metanephrine', 'metanephrines', 'normetanephrine', 'normetanephrines'],
    clinical: ['pheochromocytoma'],
  },
  {
    measured: ['anca', 'antineutrophil cytoplasmic', 'anti neutrophil cytoplasmic'],
    clinical: ['granulomatosis with polyangiitis', 'vasculitis'],
  },
  { measured: ['rpr', 'vdrl'], clinical: ['syphilis'] },
  { measured: ['hla b27', 'hlab27'], clinical: ['ankylosing spondylitis'] },
  { measured: ['17 ohp', '17ohp', '17 hydroxyprogesterone'], clinical: ['congenital adrenal hyperplasia'] },
  { measured: ['ppd', 'tuberculin', 'tb skin test', 'quantiferon'], clinical: ['tuberculosis'] },
  // Hormones told high or low, each pointing to the gland disease that makes too much or too little.
  { measured: ['prolactin'], reading: HIGH, clinical: ['prolactinoma', 'pituitary tumors'] },
  { measured: ['pth', 'parathyroid hormone'], reading: HIGH, clinical: ['hyperparathyroidism'] },
  { measured: ['tryptase'], reading: HIGH, clinical: ['mastocytosis'] },
  { measured: ['cortisol'], reading: LOW, clinical: ['adrenal insufficiency', 'addison disease'] },
  { measured: ['cortisol'], reading: HIGH, clinical: ['cushing syndrome'] },
];

/** Fewer words than this between a result's measure and its reading ("my TSH came back really high"). */
const FINDING_WINDOW = 5;

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The word positions where the phrase starts. */
function startsOf(words: readonly string[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  for (let at = 0; at + phrase.length <= words.length; at += 1)
    if (phrase.every((word, offset) => words[at + offset] === word)) starts.push(at);
  return starts;
}

/**
 * The findings whose results the text tells ("protein 2+ in the urine" → proteinuria; "his factor
 * 8 is low" → hemophilia, hemophilia a), in the order of TEST_RESULT_FINDINGS.
 */
export function testResultFindingsIn(text: string): TestResultFinding[] {
  const words = wordsOf(text);
  const found: TestResultFinding[] = [];
  for (const finding of TEST_RESULT_FINDINGS) {
    const measures = finding.measured.flatMap((phrase) => {
      const phraseWords = wordsOf(phrase);
      return startsOf(words, phraseWords).map((start) => ({ start, end: start + phraseWords.length }));
    });
    if (measures.length === 0) continue;
    const reading = finding.reading;
    const read =
      reading === undefined ||
      reading.some((phrase) => {
        const phraseWords = wordsOf(phrase);
        return startsOf(words, phraseWords).some((start) =>
          measures.some((measure) => {
            const end = start + phraseWords.length;
            // Words between them: none overlap ("red blood cells" is no "red" reading of blood).
            const between = start >= measure.end ? start - measure.end : measure.start - end;
            return between >= 0 && between < FINDING_WINDOW;
          }),
        );
      });
    if (read) found.push(finding);
  }
  return found;
}
