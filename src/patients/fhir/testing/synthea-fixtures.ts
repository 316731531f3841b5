import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Synthea bundles kept in the repository (test/fixtures/README.md), so a clone anywhere can
 * run the tests; SYNTHEA_FIXTURES_DIR points them at another set.
 */
export const SYNTHEA_FIXTURES_DIR =
  process.env.SYNTHEA_FIXTURES_DIR ?? fileURLToPath(new URL('../../../../test/fixtures/synthea/', import.meta.url));

/** File names, sorted, e.g. `Pablo44_Sporer811_ea2dd5fa-0e9e-4d5b-6384-13f67dc0c142.json`. */
export function syntheaFixtureNames(): string[] {
  return readdirSync(SYNTHEA_FIXTURES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** A fresh parse of the fixture whose file name starts with `prefix` (e.g. `Pablo44_`). */
export function loadSyntheaFixture(prefix: string): unknown {
  const name = syntheaFixtureNames().find((candidate) => candidate.startsWith(prefix));
  if (name === undefined) throw new Error(`No Synthea fixture starting with ${prefix} in ${SYNTHEA_FIXTURES_DIR}`);
  return JSON.parse(readFileSync(path.join(SYNTHEA_FIXTURES_DIR, name), 'utf8'));
}
