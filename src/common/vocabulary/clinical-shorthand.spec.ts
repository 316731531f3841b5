import { describe, expect, it } from '@jest/globals';
import { plainForClinicalShorthand } from './clinical-shorthand.js';

describe('plainForClinicalShorthand', () => {
  it('writes out the abbreviations of vital signs and visits', () => {
    expect(plainForClinicalShorthand('wt 03/2020')).toBe('weight 03/2020');
    expect(plainForClinicalShorthand('ht on file?')).toBe('height on file?');
    expect(plainForClinicalShorthand('rr 30 on 9/3/20? verify')).toBe('respiratory rate 30 on 9/3/20? verify');
    expect(plainForClinicalShorthand('hr at the covid visit')).toBe('heart rate at the covid visit');
    expect(plainForClinicalShorthand('last wcv')).toBe('last well child visit');
    expect(plainForClinicalShorthand('wcc dates 2015-2017')).toBe('well child check dates 2015-2017');
  });

  it('writes out the tests the records order, as a clinician abbreviates them', () => {
    expect(plainForClinicalShorthand('what was the cxr they ordered')).toBe('what was the chest x-ray they ordered');
    expect(plainForClinicalShorthand('did they do a ua on her')).toBe('did they do a urinalysis on her');
    expect(plainForClinicalShorthand('u/a in 2012?')).toBe('urinalysis in 2012?');
    expect(plainForClinicalShorthand('vl 2016 vs 2017')).toBe('viral load 2016 vs 2017');
  });

  it('writes out the words around them, and drops the patient', () => {
    expect(plainForClinicalShorthand('f/u: rr w/ covid dx')).toBe('follow up: respiratory rate with covid diagnosis');
    expect(plainForClinicalShorthand('pt hx of tb? date of dx')).toBe('  history of tb? date of diagnosis');
    expect(plainForClinicalShorthand('fever w/o cough')).toBe('fever without cough');
  });

  it('leaves an hour an hour, and words that only hold the letters alone', () => {
    expect(plainForClinicalShorthand('every 4 hr for 24hr')).toBe('every 4 hr for 24hr');
    expect(plainForClinicalShorthand('an hr after the shot')).toBe('an hr after the shot');
    expect(plainForClinicalShorthand('her weight and height')).toBe('her weight and height');
    expect(plainForClinicalShorthand('bp and temp at the pts visit')).toBe('bp and temp at the   visit');
  });

  it("writes out a pharmacy's med, and leaves an employer's HR alone", () => {
    expect(plainForClinicalShorthand('new pharmacy wants my current med list')).toBe(
      'new pharmacy wants my current medication list',
    );
    expect(plainForClinicalShorthand('and hr wants to know if i was ever treated for tb')).toBe(
      'and hr wants to know if i was ever treated for tb',
    );
    expect(plainForClinicalShorthand('my hr department wants my vaccines')).toBe('my hr department wants my vaccines');
    expect(plainForClinicalShorthand('hr on the 2012 admission')).toBe('heart rate on the 2012 admission');
    expect(plainForClinicalShorthand('are my meds on file')).toBe('are my meds on file');
  });
});
