// The letter of a name told apart by one letter or number (hepatitis A and B, influenza A and B,
// vitamin D, parainfluenza 1-3), as voice input writes it out: "hepatitis bee", "hep ay", "hep
// see", "flu bee", "vitamin dee", "parainfluenza three". Written out, the letter is a word of
// its own, no letter at all, so "when did he get hepatitis bee" found the hepatitis A doses as
// well as the B and ranked them alike (see lettered-terms.ts).

/**
 * A base and the letter's name said after it. Only names no sentence puts there otherwise:
 * "be" ("can the flu be serious"), "eh" and "sea" are left as they are, and "see" only after
 * hepatitis ("had the flu see the notes").
 */
const SPOKEN_LETTER =
  /\b(?:(hep|hepatitis)(?:[\s-]+virus)?[\s-]+(ay|aye|bee|see|cee|dee)|(flu|influenza)(?:[\s-]+virus)?[\s-]+(ay|aye|bee)|(vitamin)[\s-]+(dee)|(parainfluenza)(?:[\s-]+virus)?[\s-]+(one|two|three|four))\b/g;

const LETTER_NAMES: Readonly<Record<string, string>> = {
  ay: 'a',
  aye: 'a',
  bee: 'b',
  see: 'c',
  cee: 'c',
  dee: 'd',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
};

/** The lower-cased text with a lettered name's letter said as a word written as the letter ("hepatitis b"). */
export function spokenLettersAsLetters(text: string): string {
  return text.replace(SPOKEN_LETTER, (phrase: string, ...groups: Array<string | undefined>) => {
    const said = groups.slice(0, 8).filter((group): group is string => group !== undefined);
    const [base, letter] = said;
    return `${base} ${LETTER_NAMES[letter]}`;
  });
}
