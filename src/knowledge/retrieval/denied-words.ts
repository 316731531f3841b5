import { termsOf } from './knowledge-terms.js';

/**
 * Words a message denies: "I'm not diabetic", "what causes it in people without diabetes", "I
 * don't drink", "never smoked". The denied word names what the person does not have, yet as a
 * search word it is as strong as any: "Causes of Diabetes" came first for low blood sugar in
 * someone who is not diabetic (development-4). A denial is "I'm not", "it's not", "never"
 * done, "without" or a denied having, smoking, drinking or taking, reaching the next few words of
 * its clause. Not denials: "is it not contagious?" asks; "never eat nuts" is advice; "so I don't
 * get shingles" is what is wanted; "I don't drink much" tells how much; "no energy", "can't
 * sleep", "won't move", "not able to walk" and "no longer" tell what someone lacks or cannot do,
 * a symptom.
 */
const DENIAL =
  /\b(?:(?:i'm|im|i am|he's|she's|he is|she is|we're|we are|they're|they are|i was|he was|she was|it's|it is|it was|that's|that is) not|never (?=had\b|been\b|\w+ed\b)|without|(?:do|does|did|have|has|had)(?:n't|nt| not) (?=(?:have|has|had|got|smoke|smokes|drink|drinks|take|takes|use|uses)\b(?! (?:much|many|a lot|often|enough|anymore|any more|that much)\b)))\s*(?!able\b|longer\b|sure\b|only\b|just\b|really\b|much\b|until\b|since\b)((?:(?:a|an|any|the|ever|been|had|have|has|got|being|history of|family history of|known)\s+)*[\w'-]+(?:\s+[\w'-]+)?)/gi;
/** A clause ends at punctuation or at a word that turns to what is so ("but", "and", "so"). */
const CLAUSE_END = /[.?!,;:()\n]|\b(?:but|and|so|yet|although|though|however|because)\b/i;

export interface Denials {
  /** The text without the denied words. */
  plain: string;
  /** The terms the text names only where it denies them (a term also said plainly is not denied). */
  denied: Set<string>;
}

/** What a text denies, and the text without it: see DENIAL. */
export function denialsIn(text: string): Denials {
  const denied: string[] = [];
  const plain = text.replace(/[’‘]/g, "'").replace(DENIAL, (match: string, words: string) => {
    denied.push(words.split(CLAUSE_END)[0]);
    return match.slice(0, match.length - words.length) + words.slice(words.split(CLAUSE_END)[0].length);
  });
  const said = new Set(termsOf(plain));
  return { plain, denied: new Set(termsOf(denied.join(' ')).filter((term) => !said.has(term))) };
}
