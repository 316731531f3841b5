import { describe, expect, it } from '@jest/globals';
import { bodyPartPainFindings } from './body-part-pains.js';

describe('bodyPartPainFindings', () => {
  it('reads a part of the body and a pain word a few words apart as the finding, in either order', () => {
    expect(bodyPartPainFindings('my son head is paining since two days')).toEqual(['headache']);
    expect(bodyPartPainFindings('pain in his head when he had corona')).toEqual(['headache']);
    expect(bodyPartPainFindings('his head was throbbing the whole week')).toEqual(['headache']);
    expect(bodyPartPainFindings('he kept saying my head, my head, it hurts')).toEqual(['headache']);
    expect(bodyPartPainFindings('pains in the joints with covid')).toEqual(['joint pain', 'arthralgia']);
    expect(bodyPartPainFindings('the whole body was aching on him')).toEqual(['muscle pain', 'myalgia']);
    expect(bodyPartPainFindings('her tummy was sore all night')).toEqual(['abdominal pain']);
  });

  it('reads each part told', () => {
    expect(bodyPartPainFindings('his legs and his knees were hurting so much')).toEqual([
      'joint pain',
      'arthralgia',
      'muscle pain',
      'myalgia',
    ]);
  });

  it('stays quiet without a part of the body beside a pain word', () => {
    expect(bodyPartPainFindings('is the pain clinic letter in her file')).toEqual([]);
    expect(bodyPartPainFindings('did she have a head ct in 2012')).toEqual([]);
    expect(bodyPartPainFindings('the headteacher wants her vaccine dates')).toEqual([]);
    expect(bodyPartPainFindings('his chest x-ray was clear, and the hip scan')).toEqual([]);
    // Too far apart: the part and the pain belong to other clauses.
    expect(
      bodyPartPainFindings('they checked her chest at the clinic in march and then last week she said it was sore'),
    ).toEqual([]);
  });
});
