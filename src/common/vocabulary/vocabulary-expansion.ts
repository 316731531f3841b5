import { LAY_CLINICAL_TERMS } from './lay-clinical-terms.js';
import { LAY_UMBRELLA_TERMS } from './lay-umbrella-terms.js';
import { VACCINE_COMBINATIONS, VACCINE_TERMS } from './vaccine-terms.js';

/** One group of equivalent terms with the pattern that finds any of them in a lower-cased text. */
interface TermGroup {
  terms: readonly string[];
  pattern: RegExp;
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

export function termGroupsOf(groups: ReadonlyArray<readonly string[]>): TermGroup[] {
  return groups.map((terms) => ({ terms, pattern: patternOf(terms) }));
}

/** One-way groups: a lay umbrella word adds the clinical terms under it, never the reverse. */
function umbrellaGroupsOf(umbrellas: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }>) {
  return umbrellas.map(({ lay, clinical }) => ({ terms: clinical, pattern: patternOf(lay) }));
}

const GROUPS = termGroupsOf(LAY_CLINICAL_TERMS);
const UMBRELLAS = umbrellaGroupsOf(LAY_UMBRELLA_TERMS);
const VACCINE_GROUPS = [...termGroupsOf(VACCINE_TERMS), ...umbrellaGroupsOf(VACCINE_COMBINATIONS)];

function hasTerm(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * The equivalents of every lay or clinical term the text contains, excluding the terms it
 * already has: "short of breath and a rash" → ["shortness of breath", "breathless", …, "dyspnea"].
 * With the default groups, a lay umbrella ("upset stomach") also adds the clinical terms under it
 * ("nausea", "vomiting", "diarrhea", …). Used to widen a search query; the caller decides how
 * much weight the added words get.
 */
export function vocabularyExpansions(text: string, groups: readonly TermGroup[] = GROUPS): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const added = new Set<string>();
  const applicable = groups === GROUPS ? [...groups, ...UMBRELLAS] : groups;
  for (const group of applicable) {
    if (!group.pattern.test(lower)) continue;
    // A whole-word test: "feverish" does not already say "fever".
    for (const term of group.terms) if (!hasTerm(lower, term)) added.add(term);
  }
  return [...added];
}

/**
 * What people call a vaccine beside the immunization records' names ("the polio vaccine" → IPV,
 * "my tetanus shot" → Td, Tdap, DTaP), and the vaccines a combination holds ("the 5-in-1" →
 * DTaP, IPV, Hib, hepatitis B). For questions about vaccines only: see VACCINE_TERMS.
 */
export function vaccineExpansions(text: string): string[] {
  return vocabularyExpansions(text, VACCINE_GROUPS);
}
