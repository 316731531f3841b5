import { mapOneResource, narrativeOf } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

function encounter(fields: Record<string, unknown>): Record<string, unknown> {
  return { resourceType: 'Encounter', id: 'e1', subject: toPatient, ...fields };
}

describe('mapEncounter', () => {
  it('gives the type, the reason and the day it ended when later', () => {
    expect(
      narrativeOf(
        encounter({
          type: [{ text: 'Hospital admission' }],
          reasonCode: [{ text: 'Pneumonia' }],
          period: { start: '2020-03-06T20:00:00-08:00', end: '2020-03-12T10:00:00-07:00' },
        }),
      ),
    ).toBe('2020-03-06 — Encounter: Hospital admission, reason Pneumonia, until 2020-03-12');
  });

  it('words the encounter class when there is no type', () => {
    expect(narrativeOf(encounter({ class: { code: 'EMER' }, period: { start: '2021-01-01' } }))).toBe(
      '2021-01-01 — Encounter: Emergency visit',
    );
    expect(narrativeOf(encounter({ period: { start: '2021-01-01' } }))).toBe('2021-01-01 — Encounter: Visit');
  });

  it('skips an encounter without a start', () => {
    expect(mapOneResource(encounter({ type: [{ text: 'Checkup' }] })).skippedAs).toBe('Encounter (no date)');
  });
});
