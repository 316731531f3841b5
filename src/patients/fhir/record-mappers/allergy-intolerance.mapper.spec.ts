import { mapOneResource } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

describe('mapAllergyIntolerance', () => {
  it('names the allergen, the reactions and a high criticality', () => {
    const { record } = mapOneResource({
      resourceType: 'AllergyIntolerance',
      id: 'a1',
      patient: toPatient,
      criticality: 'high',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '91935009', display: 'Allergy to peanuts' }] },
      recordedDate: '2015-02-11T10:00:00+01:00',
      reaction: [
        { manifestation: [{ text: 'Anaphylaxis' }, { text: 'Hives' }] },
        { manifestation: [{ text: 'Hives' }] },
      ],
    });
    expect(record?.text).toBe('2015-02-11 — Allergy: Allergy to peanuts, reaction Anaphylaxis and Hives, high risk');
    expect(record?.codes).toEqual([
      { system: 'http://snomed.info/sct', code: '91935009', display: 'Allergy to peanuts' },
    ]);
  });

  it('falls back to the substance of a reaction and tells a resolved allergy', () => {
    const { record } = mapOneResource({
      resourceType: 'AllergyIntolerance',
      id: 'a2',
      patient: toPatient,
      onsetDateTime: '2010',
      clinicalStatus: { coding: [{ code: 'resolved' }] },
      reaction: [{ substance: { text: 'Penicillin' } }],
    });
    expect(record?.text).toBe('2010 — Allergy: Penicillin, resolved');
  });
});
