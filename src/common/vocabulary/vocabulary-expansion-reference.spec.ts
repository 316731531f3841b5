import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { LAY_CLINICAL_TERMS } from './lay-clinical-terms.js';
import { LAY_UMBRELLA_TERMS } from './lay-umbrella-terms.js';
import { VACCINE_TERMS, VACCINE_UMBRELLAS } from './vaccine-terms.js';
import { termGroupsOf, vaccineExpansions, vocabularyExpansions } from './vocabulary-expansion.js';

// The indexed expansion must give exactly what testing every group on every text gave. The
// reference below is that algorithm as it stood before the index, kept deliberately plain.

interface ReferenceGroup {
  terms: readonly string[];
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function referencePattern(terms: readonly string[]): RegExp {
  const alternatives = terms.map((term) => escape(term).replace(/'/g, "'?").replace(/ /g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'u');
}

const referenceGroups = (groups: ReadonlyArray<readonly string[]>): ReferenceGroup[] =>
  groups.map((terms) => ({ terms, pattern: referencePattern(terms) }));
const referenceUmbrellas = (umbrellas: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }>) =>
  umbrellas.map(({ lay, clinical }) => ({ terms: clinical, pattern: referencePattern(lay) }));

// Since R23 (session 40) a phrase is also found with the words of degree left out ("my heart
// was really slow" holds "heart was slow"): the reference reads the text both ways too.
const DEGREE_WORDS =
  /(?<![\p{L}\p{N}])(?:really|very|super|so|too|extremely|quite|pretty|awfully|terribly|incredibly)\s+/gu;

function referenceExpansions(text: string, groups: readonly ReferenceGroup[]): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const readings = [lower, lower.replace(DEGREE_WORDS, '')];
  const added = new Set<string>();
  for (const group of groups) {
    if (!readings.some((reading) => group.pattern.test(reading))) continue;
    for (const term of group.terms) {
      const said = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u');
      if (!said.test(lower)) added.add(term);
    }
  }
  return [...added];
}

const REFERENCE_DEFAULT = [...referenceGroups(LAY_CLINICAL_TERMS), ...referenceUmbrellas(LAY_UMBRELLA_TERMS)];
const REFERENCE_VACCINES = [...referenceGroups(VACCINE_TERMS), ...referenceUmbrellas(VACCINE_UMBRELLAS)];

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

function developmentQuestions(): string[] {
  const knowledge = ['dev-questions.json', 'development-2.json'].flatMap(
    (file) => (JSON.parse(read(`scripts/knowledge-eval/${file}`)) as { questions: { question: string }[] }).questions,
  );
  const recordFiles = readdirSync(new URL('test/fixtures/records/', root)).filter((file) =>
    /^questions-development.*\.jsonl$/.test(file),
  );
  const records = recordFiles.flatMap((file) =>
    read(`test/fixtures/records/${file}`)
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { question: string }),
  );
  return [...knowledge, ...records].map(({ question }) => question);
}

/** Every term the expressions look for, written the ways a text may (and may not) hold it. */
function termVariants(): string[] {
  const terms = [
    ...LAY_CLINICAL_TERMS.flat(),
    ...LAY_UMBRELLA_TERMS.flatMap(({ lay, clinical }) => [...lay, ...clinical]),
    ...VACCINE_TERMS.flat(),
    ...VACCINE_UMBRELLAS.flatMap(({ lay, clinical }) => [...lay, ...clinical]),
  ];
  return terms.flatMap((term, at) => {
    const next = terms[(at + 1) % terms.length]!;
    return [
      term,
      `${term}s`,
      `${term}es`,
      `${term}.`,
      `(${term})`,
      `my ${term}, again?`,
      `${term} and ${next}`,
      `${next}/${term}`,
      term.toUpperCase(),
      term.replace(/ /g, '-'),
      term.replace(/ /g, ' - '),
      term.replace(/ /g, '\n'),
      term.replace(/'/g, ''),
      term.replace(/'/g, '’'),
      term.replace(/'/g, "''"),
      `x${term}`,
      `${term}x`,
      `${term}2`,
      `o'${term}`,
      `${term}'d`,
      `${term}'s`,
      `${term}-like`,
      `${term.slice(0, -1)}`,
    ];
  });
}

const TRICKY = [
  '',
  '   ',
  "can't sleep, can't breathe",
  'cant sleep and couldnt breathe!',
  "couldn't-get-enough-air",
  'Bell’s Palsy?',
  'bells palsy',
  "bell's-palsy",
  'x-ray, chest',
  'x ray, chest',
  'the 5-in-1 and the 6 in 1',
  'j&j or j & j',
  'kidney-stones.',
  'kidney stoness',
  'feverish, fevers, fever',
  'short-of-breath',
  'Short of Breath',
  "o2 sats 94%; o2 sat's",
  'upset stomach upset stomachs',
  'stomach upset',
  'did he get the mmr? mmrv? mmrs?',
  'flu-shot / flushot / flu shots',
  'hepatitis-b, hep b, hepb',
  'covid-19 covid19 covid 19',
  'pain pain pain',
];

function compare(texts: readonly string[]) {
  const differences = texts.flatMap((text) => {
    const found = { vocabulary: vocabularyExpansions(text), vaccines: vaccineExpansions(text) };
    const reference = {
      vocabulary: referenceExpansions(text, REFERENCE_DEFAULT),
      vaccines: referenceExpansions(text, REFERENCE_VACCINES),
    };
    return JSON.stringify(found) === JSON.stringify(reference) ? [] : [{ text, found, reference }];
  });
  expect(differences).toEqual([]);
}

describe('vocabularyExpansions and vaccineExpansions against testing every group', () => {
  it('gives the same terms, in the same order, for every development question', () => {
    const questions = developmentQuestions();
    expect(questions.length).toBeGreaterThan(900);
    compare(questions);
  });

  it('gives the same for every term written with plurals, hyphens, punctuation, apostrophes and neighbours', () => {
    compare(termVariants());
  });

  it('gives the same for tricky texts', () => {
    compare(TRICKY);
  });

  it('gives the same for groups of its caller, even ones the index cannot look up by their first word', () => {
    const lists = [['piles', 'hemorrhoids'], [], ['Cold Sore', 'herpes labialis'], ["'roids", 'steroids'], ['x-ray']];
    const groups = termGroupsOf(lists);
    const reference = referenceGroups(lists);
    for (const text of ['piles?', 'the hemorrhoids', "'roids", 'roids', 'x-rays', 'an x ray', '', '!', 'cold sore']) {
      expect(vocabularyExpansions(text, groups)).toEqual(referenceExpansions(text, reference));
    }
  });
});
