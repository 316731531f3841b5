import { DRUG_BRAND_NAMES } from './drug-brand-names.js';
import { DRUG_CLASSES } from './drug-classes.js';
import { LAY_CLINICAL_TERMS } from './lay-clinical-terms.js';
import { LAY_UMBRELLA_TERMS } from './lay-umbrella-terms.js';
import { TermGroupIndex } from './term-group-index.js';
import { VACCINE_TERMS, VACCINE_UMBRELLAS } from './vaccine-terms.js';

/**
 * One group of equivalent terms with the pattern that finds any of them in a lower-cased text
 * (for a lay umbrella, the pattern finds the lay words, `found`, and `terms` are the clinical ones).
 * Each term's own whole-word pattern is compiled once, here, not on every question.
 */
interface TermGroup {
  terms: readonly string[];
  found: readonly string[];
  pattern: RegExp;
  saidPatterns: readonly RegExp[];
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
  return { terms, found, pattern: patternOf(found), saidPatterns: terms.map(saidPatternOf) };
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

function expansionsOf(text: string, index: TermGroupIndex<TermGroup>): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const added = new Set<string>();
  for (const group of index.candidatesFor(lower)) {
    if (!group.pattern.test(lower)) continue;
    // A whole-word test: "feverish" does not already say "fever".
    group.terms.forEach((term, at) => {
      if (!group.saidPatterns[at]!.test(lower)) added.add(term);
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
