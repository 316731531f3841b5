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

  it('words the class after a type, last, unless the visit is ambulatory', () => {
    expect(
      narrativeOf(
        encounter({
          class: { code: 'IMP' },
          type: [{ text: 'Encounter' }],
          period: { start: '2016-03-12T10:44:24+00:00', end: '2016-03-13T10:44:24+00:00' },
        }),
      ),
    ).toBe('2016-03-12 — Encounter: Encounter, until 2016-03-13, hospital stay');
    expect(
      narrativeOf(
        encounter({
          class: { code: 'EMER' },
          type: [{ text: 'Emergency room admission' }],
          reasonCode: [{ text: 'Fever' }],
          period: { start: '2020-03-06' },
        }),
      ),
    ).toBe('2020-03-06 — Encounter: Emergency room admission, reason Fever, emergency visit');
    expect(
      narrativeOf(encounter({ class: { code: 'AMB' }, type: [{ text: 'Checkup' }], period: { start: '2021-01-01' } })),
    ).toBe('2021-01-01 — Encounter: Checkup');
  });

  it('skips an encounter without a start', () => {
    expect(mapOneResource(encounter({ type: [{ text: 'Checkup' }] })).skippedAs).toBe('Encounter (no date)');
  });
});
