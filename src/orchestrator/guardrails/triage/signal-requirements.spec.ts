import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SIGNALS } from './emergency-signals.js';
import { patternRequirements, readRequirements, sourcesOf, storeRequirements } from './signal-requirements.js';

describe('signal requirements stored by the build', () => {
  let directory: string;
  let file: URL;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'signal-requirements-'));
    file = pathToFileURL(path.join(directory, 'signal-requirements.json'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('restores exactly what reading every signal pattern gives: the same requirements, literals and numbers', () => {
    const sources = sourcesOf(SIGNALS);
    storeRequirements(sources, file);
    const read = readRequirements(sources);
    const restored = patternRequirements(sources, file);
    expect(restored.requirements).toEqual(read.requirements);
    expect(restored.builder.literals).toEqual(read.builder.literals);
    for (const requirement of read.requirements)
      expect(restored.builder.triggersOf(requirement)).toEqual(read.builder.triggersOf(requirement));
  });

  it('reads the patterns afresh when they are not those stored (a pattern changed since the build), or none is', () => {
    storeRequirements(['chest\\s+pain', 'stroke'], file);
    const changed = ['chest\\s+pain', 'cannot breathe'];
    expect(patternRequirements(changed, file)).toEqual(readRequirements(changed));
    writeFileSync(file, 'not json');
    expect(patternRequirements(changed, file)).toEqual(readRequirements(changed));
    rmSync(file.pathname);
    expect(patternRequirements(changed, file)).toEqual(readRequirements(changed));
  });
});
