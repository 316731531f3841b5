import { mapOneResource, narrativeOf } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

function condition(fields: Record<string, unknown>): Record<string, unknown> {
  return { resourceType: 'Condition', id: 'c1', subject: toPatient, code: { text: 'Asthma' }, ...fields };
}

describe('mapCondition', () => {
  it('falls back to the recorded date and says the condition is active', () => {
    const record = mapOneResource(
      condition({ recordedDate: '2019-04-01', clinicalStatus: { coding: [{ code: 'active' }] } }),
    ).record;
    expect(record?.date).toBe('2019-04-01');
    expect(record?.text).toBe('2019-04-01 — Condition: Asthma, active');
  });

  it('reads onset and abatement periods and partial dates', () => {
    expect(
      narrativeOf(condition({ onsetPeriod: { start: '2001' }, abatementPeriod: { start: '2003-05', end: '2004-06' } })),
    ).toBe('2001 — Condition: Asthma, onset 2001, resolved 2004-06');
  });

  it('says resolved without a date, suspected, or ruled out', () => {
    expect(
      narrativeOf(
        condition({
          recordedDate: '2019-04-01',
          clinicalStatus: { coding: [{ code: 'resolved' }] },
          verificationStatus: { coding: [{ code: 'provisional' }] },
        }),
      ),
    ).toBe('2019-04-01 — Condition: Asthma, suspected, resolved');
    expect(
      narrativeOf(condition({ recordedDate: '2019-04-01', verificationStatus: { coding: [{ code: 'refuted' }] } })),
    ).toBe('2019-04-01 — Condition: Asthma, ruled out');
  });

  it('keeps a textual onset when there is no onset date', () => {
    expect(narrativeOf(condition({ onsetString: 'in childhood', recordedDate: '2019-04-01' }))).toBe(
      '2019-04-01 — Condition: Asthma, in childhood',
    );
  });

  it('skips a condition without a date or without a wording', () => {
    expect(mapOneResource(condition({})).skippedAs).toBe('Condition (no date)');
    expect(
      mapOneResource(condition({ code: { coding: [{ system: 's', code: '1' }] }, recordedDate: '2019' })).skippedAs,
    ).toBe('Condition (no description)');
  });

  it('ignores status codes that are object prototype names', () => {
    expect(
      narrativeOf(condition({ recordedDate: '2019-04-01', clinicalStatus: { coding: [{ code: 'constructor' }] } })),
    ).toBe('2019-04-01 — Condition: Asthma');
  });
});
