import { CONDITION_TELLING_WORDS } from './condition-telling-words.js';
import { DRUG_BRAND_NAMES } from './drug-brand-names.js';
import { DRUG_CLASSES } from './drug-classes.js';
import { LAY_CLINICAL_TERMS } from './lay-clinical-terms.js';
import { LAY_UMBRELLA_TERMS } from './lay-umbrella-terms.js';
import { TermGroupIndex } from './term-group-index.js';
import { TEST_PURPOSE_TERMS } from './test-purpose-terms.js';
import { VACCINE_TERMS, VACCINE_UMBRELLAS } from './vaccine-terms.js';

/**
 * One group of equivalent terms with the pattern that finds any of them in a lower-cased text
 * (for a lay umbrella, the pattern finds the lay words, `found`, and `terms` are the clinical ones).
 *
 * Its expressions are compiled the first time a text is tested against the group, then kept: each
 * is a `u` expression with `\p{L}` and `\p{N}` classes, which V8 takes about 0.2 ms to build.
 * Compiling all ~1,530 (330 groups, 1,200 terms) when the module loaded cost about 0.3 s of
 * start-up, while a question is tested only against the few groups its own words start
 * (TermGroupIndex).
 */
class TermGroup {
  private compiledPattern: RegExp | undefined;
  private readonly saidPatterns: (RegExp | undefined)[] = [];

  constructor(
    readonly terms: readonly string[],
    readonly found: readonly string[],
  ) {}

  /** Whether the text holds one of the terms the group finds. */
  isFoundIn(lowerCased: string): boolean {
    this.compiledPattern ??= patternOf(this.found);
    return this.compiledPattern.test(lowerCased);
  }

  /** Whether the text already says the term (the group's `at`-th) as written, as whole words. */
  isSaidIn(lowerCased: string, at: number): boolean {
    const pattern = (this.saidPatterns[at] ??= saidPatternOf(this.terms[at]!));
    return pattern.test(lowerCased);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A term matches as whole words, spaces standing for any run of spaces or hyphens, with an
 * optional plural "s" ("kidney stone" finds "kidney-stones"). Apostrophes are optional so that
 * "cant sleep" and "bells palsy", as people type them, match too.
 */
function patternOf(terms: readonly string[]): RegExp {
  const alternatives = terms.map((term) => escape(term).replace(/'/g, "'?").replace(/ /g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'u');
}

/** The term exactly as written, as whole words: what the text already says. */
function saidPatternOf(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u');
}

function termGroupOf(found: readonly string[], terms: readonly string[]): TermGroup {
  return new TermGroup(terms, found);
}

export function termGroupsOf(groups: ReadonlyArray<readonly string[]>): TermGroup[] {
  return groups.map((terms) => termGroupOf(terms, terms));
}

/** One-way groups: a lay umbrella word adds the clinical terms under it, never the reverse. */
function umbrellaGroupsOf(umbrellas: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }>) {
  return umbrellas.map(({ lay, clinical }) => termGroupOf(lay, clinical));
}

function indexOf(groups: readonly TermGroup[]): TermGroupIndex<TermGroup> {
  return new TermGroupIndex(groups, (group) => group.found);
}

const GROUPS = termGroupsOf(LAY_CLINICAL_TERMS);
const DEFAULT_INDEX = indexOf([...GROUPS, ...umbrellaGroupsOf(LAY_UMBRELLA_TERMS)]);
const VACCINE_INDEX = indexOf([...termGroupsOf(VACCINE_TERMS), ...umbrellaGroupsOf(VACCINE_UMBRELLAS)]);
/** Each class's medicines with the brand names of each (DRUG_BRAND_NAMES), pointing at the class's names. */
const DRUG_CLASS_INDEX = indexOf(
  umbrellaGroupsOf(
    DRUG_CLASSES.map(({ names, medicines }) => ({
      lay: [
        ...new Set([
          ...medicines,
          ...DRUG_BRAND_NAMES.filter((group) => group.some((name) => medicines.includes(name))).flat(),
        ]),
      ],
      clinical: names,
    })),
  ),
);
const TEST_PURPOSE_INDEX = indexOf(umbrellaGroupsOf(TEST_PURPOSE_TERMS));
const CONDITION_TELLING_INDEX = indexOf(umbrellaGroupsOf(CONDITION_TELLING_WORDS));
/** Indexes of the groups callers pass in (specs), built on first use. */
const indexes = new WeakMap<readonly TermGroup[], TermGroupIndex<TermGroup>>();

function indexFor(groups: readonly TermGroup[]): TermGroupIndex<TermGroup> {
  if (groups === GROUPS) return DEFAULT_INDEX;
  let index = indexes.get(groups);
  if (!index) indexes.set(groups, (index = indexOf(groups)));
  return index;
}

/**
 * The equivalents of every lay or clinical term the text contains, excluding the terms it
 * already has: "short of breath and a rash" → ["shortness of breath", "breathless", …, "dyspnea"].
 * With the default groups, a lay umbrella ("upset stomach") also adds the clinical terms under it
 * ("nausea", "vomiting", "diarrhea", …). Used to widen a search query; the caller decides how
 * much weight the added words get.
 */
export function vocabularyExpansions(text: string, groups: readonly TermGroup[] = GROUPS): string[] {
  return expansionsOf(text, indexFor(groups));
}

/**
 * Words of degree between a thing and how it was ("my heart was really slow", "breathing was very
 * hard", "her temp was super high"): a phrase of the vocabulary is found with them left out too.
 */
const DEGREE_WORDS =
  /(?<![\p{L}\p{N}])(?:really|very|super|so|too|extremely|quite|pretty|awfully|terribly|incredibly)\s+/gu;

function expansionsOf(text: string, index: TermGroupIndex<TermGroup>): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const plain = lower.replace(DEGREE_WORDS, '');
  const readings = plain === lower ? [lower] : [lower, plain];
  const added = new Set<string>();
  // Both readings' words start candidates, in the groups' own order (a stop between them).
  for (const group of index.candidatesFor(readings.join(' . '))) {
    if (!readings.some((reading) => group.isFoundIn(reading))) continue;
    // A whole-word test: "feverish" does not already say "fever".
    group.terms.forEach((term, at) => {
      if (!group.isSaidIn(lower, at)) added.add(term);
    });
  }
  return [...added];
}

/**
 * What people call a vaccine beside the immunization records' names ("the polio vaccine" → IPV,
 * "my tetanus shot" → Td, Tdap, DTaP), the vaccines a combination holds ("the 5-in-1" → DTaP,
 * IPV, Hib, hepatitis B) and what a vaccine protects against ("the liver jab" → hepatitis). For
 * questions about vaccines only: see VACCINE_TERMS.
 */
export function vaccineExpansions(text: string): string[] {
  return expansionsOf(text, VACCINE_INDEX);
}

/**
 * The class of every medicine the text names, by generic or brand name ("zoloft", "sertraline" →
 * "antidepressants"; "lisinopril" → "blood pressure medicines"): see DRUG_CLASSES. Knowledge
 * retrieval only: the NIH answers speak of classes, a patient's record of the medicine itself.
 */
export function drugClassExpansions(text: string): string[] {
  return expansionsOf(text, DRUG_CLASS_INDEX);
}

/**
 * The names of the tests the text asks for by what they measure, the sample or the illness they
 * look for ("the inflammation blood test" → "erythrocyte sedimentation rate"): see
 * TEST_PURPOSE_TERMS. Record questions only: the records name a test by its order alone, while
 * the NIH answers explain a test in the words people use for it, and widening knowledge questions
 * with these names moved better passages down (knowledge:report held-out MRR 0.826 -> 0.822).
 */
export function testPurposeExpansions(text: string): string[] {
  return expansionsOf(text, TEST_PURPOSE_INDEX);
}

/**
 * The conditions the text tells by a short form, a street name or an everyday sign that points to
 * one ("hep C" → "hepatitis c"; "hears voices" → "schizophrenia", "psychosis"): see
 * CONDITION_TELLING_WORDS. Knowledge retrieval only: the records read "hep b" as a vaccine.
 */
export function knowledgeSignExpansions(text: string): string[] {
  return expansionsOf(text, CONDITION_TELLING_INDEX);
}
