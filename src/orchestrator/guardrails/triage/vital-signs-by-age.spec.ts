import {
  isUnderTheBandForAge,
  rateIsToldOfTheChild,
  toldAgeInMonths,
  withoutRatesUnderTheBand,
} from './vital-signs-by-age.js';

describe('toldAgeInMonths', () => {
  it.each([
    ['a 15-month-old with fever', 15],
    ['5 month old, temp 38.4', 5],
    ['boy aged 20 months, coryzal', 20],
    ['girl, 11 months, cough', 11],
    ['a 3 year old boy', 36],
    ['a two-year-old with a cold', 24],
  ])('reads the age told in %s', (text, months) => {
    expect(toldAgeInMonths(text)).toBe(months);
  });

  it('reads a baby of weeks as under a month and a half', () => {
    expect(toldAgeInMonths('6 week old, snuffly')).toBeLessThan(1.5);
  });

  it('reads the oldest age told, so a parent told beside a child keeps the adult reading', () => {
    expect(toldAgeInMonths('a 34-year-old mother with her 3-year-old')).toBe(408);
  });

  it.each(['cough for 3 weeks', 'fell 2 years ago', 'rr 38, hr 150'])('reads no age in %s', (text) => {
    expect(toldAgeInMonths(text)).toBeNull();
  });
});

describe('isUnderTheBandForAge (NICE NG51 high-risk rates by age)', () => {
  it.each([
    ['high_resp_rate', 'rr 44', 9],
    ['high_resp_rate', 'resp rate 48', 20],
    ['high_resp_rate', 'rr 36', 48],
    ['tachycardia', 'hr 150', 9],
    ['tachycardia', 'pulse 145', 20],
    ['tachycardia', 'hr 135', 40],
    ['tachycardia', 'hr 125', 65],
  ])('%s %s at %s months is under the band', (signal, phrase, months) => {
    expect(isUnderTheBandForAge(signal, phrase, months)).toBe(true);
  });

  it.each([
    ['high_resp_rate', 'rr 62', 9],
    ['high_resp_rate', 'rr 52', 20],
    ['high_resp_rate', 'rr 42', 48],
    ['high_resp_rate', 'rr 32', 72],
    ['tachycardia', 'hr 165', 9],
    ['tachycardia', 'hr 150', 30],
    ['tachycardia', 'hr 142', 50],
    ['tachycardia', 'hr 125', 80],
    ['tachycardia', 'hr 125', 420],
    ['low_oxygen', 'sats 89', 9],
  ])('%s %s at %s months is a red flag still', (signal, phrase, months) => {
    expect(isUnderTheBandForAge(signal, phrase, months)).toBe(false);
  });
});

describe('rateIsToldOfTheChild', () => {
  it('reads a write-up about a child that names no adult as the child', () => {
    expect(rateIsToldOfTheChild('rr 45, hr 145', 'girl, 11 months, cough. rr 45, hr 145')).toBe(true);
  });

  it("reads a rate in a sentence of an adult named beside the child as the adult's", () => {
    const message = 'my husband has pneumonia, his pulse is 140. our 2-year-old has a cold too';
    expect(rateIsToldOfTheChild('my husband has pneumonia, his pulse is 140', message)).toBe(false);
  });

  it("reads a rate in the child's own sentence as the child's though a parent is named", () => {
    const message = '4-year-old, rr 36, hr 128. mum asks whether she needs to be seen today';
    expect(rateIsToldOfTheChild('4-year-old, rr 36, hr 128', message)).toBe(true);
  });
});

describe('withoutRatesUnderTheBand', () => {
  it("takes out only the rates under the band for the age, for the wording model's reading", () => {
    expect(withoutRatesUnderTheBand('Cut arm, bleeding. HR 135, RR 32, SpO2 97%.', 36)).toBe(
      'Cut arm, bleeding. , , SpO2 97%.',
    );
    expect(withoutRatesUnderTheBand('HR 165, RR 44', 6)).toBe('HR 165, ');
  });
});
