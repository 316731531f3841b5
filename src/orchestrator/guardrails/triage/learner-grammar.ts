import { withPidginReadAsEnglish } from './west-african-pidgin.js';

/**
 * English as people write it who learnt another language first, read as the patterns expect it.
 *
 * Negation: "no" before the verb, as Spanish,
 * Portuguese, Chinese and many other languages put it ("he no wake up for 2 minute", "she no
 * breathing good", "now he no remember what happen"). Read as English "not", so the patterns written
 * for "not waking", "not breathing", "does not remember" hear it.
 *
 * A bare verb after "no" is never English ("no remember", "no wake", "no can move"). A verb in -ing after "no" is
 * English in lists and nouns ("no breathing problems", "no moving parts"), so it is read as "not" only
 * after its subject ("he no moving", "baby no feeding") or after "and"/"but" with a time ("and no moving
 * for like one minute"), and never before a noun it qualifies.
 */
const BARE_VERB =
  /\bno\s+(can|could|remember|wake|respond|breathe|move|speak|recogni[sz]e|understand|open|answer(?=\s+(?:me|him|her|us|them|when)\b))\b/g;

/** Each bare verb as the English negation says it: "no breathe" is "not breathing", "no remember" "does not remember". */
const ENGLISH_NEGATION: Readonly<Record<string, string>> = {
  can: 'cannot',
  could: 'could not',
  remember: 'does not remember',
  wake: 'is not waking',
  respond: 'is not responding',
  breathe: 'is not breathing',
  move: 'is not moving',
  speak: 'is not speaking',
  recognise: 'does not recognise',
  recognize: 'does not recognize',
  understand: 'does not understand',
  open: 'does not open',
  answer: 'does not answer',
};

const SUBJECT = String.raw`(?:he|she|they|it|i|we|baby|(?:my|our|his|her|the)\s+[a-z]+)`;
const GERUND = String.raw`(moving|breathing|responding|waking|answering|talking|speaking|feeding|eating|drinking|peeing|weeing)`;
const NOT_A_NOUN = String.raw`(?!\s+(?:problems?|issues?|difficult\w*|troubles?|parts?|machines?|tests?|exercises?|tubes?|patterns?))`;

const GERUND_AFTER_SUBJECT = new RegExp(
  String.raw`\b(${SUBJECT})\s+(?:is\s+|was\s+|still\s+)?no\s+${GERUND}\b${NOT_A_NOUN}`,
  'g',
);
const GERUND_FOR_A_TIME = new RegExp(
  String.raw`\b(and|but)\s+no\s+${GERUND}\b(?=\s+(?:for|at\s+all|since|anymore|any\s+more|now)\b)`,
  'g',
);

/**
 * A question without its dummy subject: "..., now he very sleepy, is ok?" asks "is it ok?"; read as
 * "is ok" it would tell that he is ok, and end the episode told before it.
 */
const QUESTION_WITHOUT_IT =
  /(^|[,.;:!?]\s*|\b(?:so|and|but)\s+)(is|was)\s+(ok|okay|fine|normal|alright|all\s+right|good|bad|dangerous|serious|safe)\s*\?/g;

/**
 * Normalised text with West African Pidgin read as English (`west-african-pidgin.ts`), a learner's "no" before a
 * verb read as "not" and "is ok?" as "is it ok?"; else as it is.
 */
export function withLearnerGrammar(normalized: string): string {
  const read = withPidginReadAsEnglish(normalized);
  const asked = read.includes('?') ? read.replace(QUESTION_WITHOUT_IT, '$1$2 it $3?') : read;
  if (!asked.includes('no ')) return asked;
  return asked
    .replace(BARE_VERB, (_, verb: string) => ENGLISH_NEGATION[verb] ?? `not ${verb}`)
    .replace(GERUND_AFTER_SUBJECT, '$1 not $2')
    .replace(GERUND_FOR_A_TIME, '$1 not $2');
}
