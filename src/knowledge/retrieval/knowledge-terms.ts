import { stemmer } from 'stemmer';
import { withNumberedNameTokens } from './numbered-names.js';

/**
 * Words that say nothing about which passage answers: English function words, and the chatter
 * of consumer questions ("hi, my mom is 67 and her doctor said…, thank you").
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any anyone anything are as at be because been before being below ' +
    'between both but by can could did do does doing done down during each few for from further get gets getting got had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor ' +
    'not now of off on once only or other our ours out over own same she should so some such than that the their theirs them ' +
    'then there these they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your yours yourself ' +
    "i'm i've ive im id dont don't doesnt doesn't cant can't wont won't isnt isn't thats that's its it's " +
    'hi hello hey dear sir madam thanks thank thankyou please help question questions ask asking wondering wonder know want ' +
    'wanted like would really also anyway ok okay yes well much many lot lots thing things something someone somebody ' +
    'mom mum mother dad father son daughter wife husband sister brother friend baby kid kids child children aunt uncle ' +
    'grandmother grandfather grandma grandpa family old year years month months week weeks day days ago since recently ' +
    'doctor doctors dr told tell said says say think thought felt feel feeling still already always never ever sometimes ' +
    'info information regarding re need needs go going went could might may maybe possible possibly'
  ).split(/\s+/),
);

/**
 * Splits on anything that is not a letter or digit, with the number of each numbered name as one token
 * ("type VI", "type 6" → "type type6": see withNumberedNameTokens).
 */
export function tokenize(text: string): string[] {
  return withNumberedNameTokens(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/**
 * Stems already computed: a collection has a few hundred thousand distinct words in millions of
 * tokens, and the Porter stemmer is the cost of indexing.
 */
const STEMS = new Map<string, string | null>();
const MAX_CACHED_STEMS = 500_000;

/** One token as the index and the query see it: lower case, Porter stem; null for stop words and bare numbers. */
export function knowledgeTerm(token: string): string | null {
  const word = token.toLowerCase();
  const cached = STEMS.get(word);
  if (cached !== undefined) return cached;
  const term = word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word) ? null : stemmer(word);
  if (STEMS.size < MAX_CACHED_STEMS) STEMS.set(word, term);
  return term;
}

/** A text's distinct terms, in the order they first appear. */
export function termsOf(text: string): string[] {
  return [
    ...new Set(
      tokenize(text)
        .map(knowledgeTerm)
        .filter((term): term is string => term !== null),
    ),
  ];
}

/**
 * The words of a passage's name that tell it apart: people name "moyamoya", "Kawasaki" or "Prader
 * Willi" without the "disease" or "syndrome" the collection's name ends in. A name of such words
 * alone ("Rare Diseases") keeps them.
 */
const GENERIC_NAME_TERMS = new Set(['diseas', 'syndrom', 'disord', 'condit']);

export function distinctiveTermsOf(name: string): string[] {
  const terms = termsOf(name);
  const distinctive = terms.filter((term) => !GENERIC_NAME_TERMS.has(term));
  return distinctive.length > 0 ? distinctive : terms;
}

/**
 * "Causes of Diabetes" (28 passages) opens with the kind of answer it gives, not its subject:
 * "what causes it?" asked of a rash names no part of its name. (Read so of "Diagnosis of …" and
 * "Treatment Methods for Kidney Failure" too, it moved development-2's dialysis question 1 -> 4:
 * there the treatment is what the passage is about.)
 */
const KIND_NAME_TERMS = new Set(['caus']);

export function isKindNameTerm(term: string): boolean {
  return KIND_NAME_TERMS.has(term);
}
