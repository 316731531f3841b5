/** Where a term says whose it is: "virus in {whose} blood". */
const WHOSE = '{whose}';

/** The possessives people put there: themselves, a child, a parent, a family. */
const POSSESSIVES = ['my', 'his', 'her', 'their', 'your', 'our'] as const;

/**
 * The terms with each possessive written in for `{whose}` ("virus in {whose} blood" → "virus in
 * my blood", "virus in his blood", …, "virus in our blood"); other terms as they are. A list
 * names a phrase once and no asker's pronoun is left out (a carer's "his", a parent's "our"),
 * while the vocabulary stays plain words for everything that reads it: the expressions and their
 * index of starting words, spelling correction and the knowledge module.
 */
export function eachPossessive(...terms: readonly string[]): string[] {
  return terms.flatMap((term) =>
    term.includes(WHOSE) ? POSSESSIVES.map((possessive) => term.replaceAll(WHOSE, possessive)) : [term],
  );
}
