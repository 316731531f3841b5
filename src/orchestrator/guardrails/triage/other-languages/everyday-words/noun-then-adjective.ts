/**
 * Romance languages put a side or a size after its noun ("la pierna izquierda", "una caja entera"); English puts it
 * before ("the left leg", "a whole box"), and the English rules read it there. Each noun with each of its adjectives,
 * as a phrase read in English order.
 */
export function nounsThenAdjectives(
  nouns: ReadonlyArray<readonly [pattern: string, english: string]>,
  adjectives: ReadonlyArray<readonly [pattern: string, english: string]>,
): Array<readonly [string, string]> {
  return nouns.flatMap(([noun, nounEnglish]) =>
    adjectives.map(
      ([adjective, adjectiveEnglish]) => [`${noun} ${adjective}`, `${adjectiveEnglish} ${nounEnglish}`] as const,
    ),
  );
}
