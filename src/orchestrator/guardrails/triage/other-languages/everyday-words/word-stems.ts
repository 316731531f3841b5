/**
 * For a language whose endings change with case, person and number (Russian "голова", "голову", "головой"; Polish
 * "głowa", "głowę"), a word's stem: the word with one to `longestEnding` letters taken off its end, longest stem first,
 * never shorter than `shortestStem`. A glossary keyed by stems then reads every form of a word; an ending is short, so a
 * longer word that merely begins with a stem ("сердце" beside "сер-") finds its own longer stem first.
 */
export function stemsOf(shortestStem: number, longestEnding: number): (word: string) => string[] {
  return (word) => {
    const stems: string[] = [];
    for (let cut = 1; cut <= longestEnding && word.length - cut >= shortestStem; cut += 1) {
      stems.push(word.slice(0, -cut));
    }
    return stems;
  };
}
