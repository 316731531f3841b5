import { narrativeOf } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

describe('mapProcedure and mapImmunization', () => {
  it('tells a procedure that was not done and one that spanned days', () => {
    const procedure = { resourceType: 'Procedure', id: 'p1', subject: toPatient, code: { text: 'Appendectomy' } };
    expect(narrativeOf({ ...procedure, status: 'not-done', performedDateTime: '2012-05-06' })).toBe(
      '2012-05-06 — Procedure: Appendectomy, not done',
    );
    expect(narrativeOf({ ...procedure, performedPeriod: { start: '2012-05-06', end: '2012-05-07' } })).toBe(
      '2012-05-06 — Procedure: Appendectomy, until 2012-05-07',
    );
  });

  it('tells a vaccine that was not given', () => {
    expect(
      narrativeOf({
        resourceType: 'Immunization',
        id: 'i1',
        patient: toPatient,
        status: 'not-done',
        vaccineCode: { text: 'MMR' },
        occurrenceDateTime: '2016-02-02',
      }),
    ).toBe('2016-02-02 — Immunization: MMR, not given');
  });
});
