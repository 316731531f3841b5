import { outOfRangeFindingsIn } from './test-result-ranges.js';

const clinicalNamesIn = (text: string): string[] => outOfRangeFindingsIn(text).flatMap(({ clinical }) => clinical);

// Probes written before outOfRangeFindingsIn: a result told as a bare number, with no "high" or
// "low", read against the measure's usual range; and numbers that are in range or are something else.
describe('outOfRangeFindingsIn', () => {
  it.each([
    ['my A1c is 9.1, what does that mean?', ['diabetes']],
    ['hba1c came back 7.2%', ['diabetes']],
    ['at the eye exam the pressure was 26 in both eyes', ['glaucoma']],
    ['my eye pressure is 24', ['glaucoma']],
    ['the optometrist measured 28 pressure in my right eye', ['glaucoma']],
    ['her platelets are 90 and she bruises', ['thrombocytopenia']],
    ['platelet count 85,000', ['thrombocytopenia']],
    ['his blood lead level was 35', ['lead poisoning']],
    ['TSH 8.4 and I am always tired', ['hypothyroidism']],
    ['my tsh is 0.01 on this dose', ['hyperthyroidism']],
    ['fasting glucose 140 twice', ['diabetes']],
    ['uric acid 9.5 and my big toe hurts', ['gout']],
  ])('reads a result in "%s"', (text, names) => {
    expect(clinicalNamesIn(text)).toEqual(names);
  });

  it.each([
    // Blood pressure is told in the words its answers are written under ("high blood pressure"
    // added to "her BP was 150/100 ... pre-eclampsia" put the hypertension overviews first).
    'my blood pressure was 165/100 at the pharmacy',
    'my A1c is 5.4, is that good?',
    'my eye pressure is 15',
    'blood pressure 118/76, eyes tested last week',
    'my blood pressure is 130/85 and the eye doctor checked my eyes',
    'my eye pressure has been watched for 30 years',
    'platelets 250',
    'I am 70 and my eye pressure was checked',
    'TSH 2.1 and still tired',
    'I am 26 and my eyes hurt',
    'I took 2 tablets of 500 mg for my eye pressure headache',
  ])('reads no result in "%s"', (text) => {
    expect(clinicalNamesIn(text)).toEqual([]);
  });
});
