import { describe, expect, it } from '@jest/globals';
import { nextUtcNoon } from './day-clock.js';

describe('nextUtcNoon', () => {
  it('is the coming 12:00 UTC, never the current instant, on either side of midnight', () => {
    expect(nextUtcNoon(new Date('2026-12-03T11:59:59.999Z'))).toEqual(new Date('2026-12-03T12:00:00.000Z'));
    expect(nextUtcNoon(new Date('2026-12-03T12:00:00.000Z'))).toEqual(new Date('2026-12-04T12:00:00.000Z'));
    expect(nextUtcNoon(new Date('2026-12-03T23:59:59.999Z'))).toEqual(new Date('2026-12-04T12:00:00.000Z'));
    expect(nextUtcNoon(new Date('2026-12-31T00:00:00.000Z'))).toEqual(new Date('2026-12-31T12:00:00.000Z'));
  });
});
