import type { TriageReading } from './emergency-triage.js';
import { isAskedForStudy } from './triage/asked-for-study.js';
import { SIGNALS, type SignalId } from './triage/emergency-signals.js';
import { isGeneralQuestion } from './triage/general-question.js';
import { withLethalAmountWordsInEnglish } from './lethal-amount-words.js';
import { PET_ANIMAL } from './pet-animals.js';

/**
 * A question about a lethal amount or a means of dying or self-harm that the triage rightly did not answer as an
 * emergency: "what is a lethal dose of amitriptyline?", "how many paracetamol does it take to die? it's for a school
 * project", "how do people kill themselves?". NICE NG225 and suicide-prevention guidance: such a question may be the
 * only sign a person is at risk, so the answer offers the crisis line, kindly and without accusing, whoever asks and
 * whatever for (the study frame that keeps it out of the emergency path does not keep it out of here; a profession
 * told cannot be checked by a chat either).
 *
 * It reads with the triage's own readings, not a lexicon of its own: the `lethality_query` signal, the lethal-dose
 * question asked for study (`asked-for-study.ts`), and the suicide and self-harm signals inside a sentence the triage
 * reads as a general question; and the message as the triage read it (`TriageReading`: its sentences, and a message in
 * another language in the English the triage read it again in), never read a second time. What it adds are the twins
 * the triage only reads beside despair or means:
 *  - `lethality_query` holds "quickest way", "least painful way", "would be enough": here only a death named in the
 *    sentence makes them a means of dying ("quickest way to get rid of a cold" is not);
 *  - the lethal dose of radiation (physics homework), a dose for an animal (the chocolate a dog ate) or a rat poison's
 *    LD50 for pest control is no means a person could take: the triage's lethal-dose reading sets pets aside the same
 *    way;
 * and the amount that kills asked in any of the languages the triage reads ("dosis letal", "tödliche Dosis",
 * "смертельная доза", "致死量", "how much caffeine is lethal?"): the few words that ask it ("lethal", the dose, "how
 * much") read in English in the triage's sentences (`lethal-amount-words.ts`), then one English reading for all.
 * An ordinary dose question ("what is the right dose of paracetamol for my 4-year-old?"), a treatment threshold
 * ("what is the overdose threshold of paracetamol for my patient?") or a danger to a child ("are 2 tablets dangerous
 * for a child?") name no death and are not read. What neither reading holds is not read either: "how deep would I have
 * to cut?", "the most painless way to go".
 */
export function isLethalMeansQuestion({ sentences, otherLanguage }: TriageReading): boolean {
  return (
    readsAsLethalMeansQuestion(sentences) ||
    (otherLanguage !== null && readsAsLethalMeansQuestion(otherLanguage.sentences))
  );
}

function readsAsLethalMeansQuestion(sentences: readonly string[]): boolean {
  return sentences.some((sentence, index) => {
    if (NOT_A_PERSONS_MEANS.test(sentence)) return false;
    if (asksALethalAmount(sentence) || isAskedForStudy(sentences, index) || asksAMeansOfDying(sentence)) return true;
    const inEnglish = withLethalAmountWordsInEnglish(sentence);
    return (
      inEnglish !== null &&
      !NOT_A_PERSONS_MEANS.test(inEnglish) &&
      THE_AMOUNT_THAT_KILLS.some((pattern) => pattern.test(inEnglish))
    );
  });
}

const LETHAL = String.raw`(?:lethal|fatal|deadly)`;
const AN_AMOUNT = String.raw`(?:dose|doses|amount|quantity|overdose)`;

/**
 * The amount that kills asked about, in any language the triage reads once its words for "lethal", the dose and "how
 * much" are read in English (`lethal-amount-words.ts`): a lethal dose said with the adjective before the noun or after
 * it ("nakamamatay na dosis", "dosis letal"), what amount is lethal, what amount can kill. A "deadly" told of something
 * else ("the lecture on doses was deadly boring") stands beside no amount.
 */
const THE_AMOUNT_THAT_KILLS: readonly RegExp[] = [
  new RegExp(String.raw`\b${LETHAL}\s+(?:\S+\s+)?${AN_AMOUNT}\b`),
  new RegExp(String.raw`\b${AN_AMOUNT}\s+${LETHAL}\b`),
  new RegExp(
    String.raw`\b(?:how\s+(?:much|many)|what\s+(?:amount|quantity|dose|number))\b(?:\s+\S+){0,4}?\s+${LETHAL}\b(?!\s+(?:boring|dull|serious|quiet|tired))`,
  ),
  new RegExp(
    String.raw`\b(?:${AN_AMOUNT}|how\s+(?:much|many))\b(?:\s+\S+){0,4}?\s+(?:(?:that|which)\s+)?(?:can|could|would|will|to)\s+kill\b`,
  ),
];

function patternsOf(...ids: SignalId[]): RegExp[] {
  // The signals' own patterns are global (they are searched for every match); these only test, so carry no state.
  return SIGNALS.filter(({ id }) => ids.includes(id)).flatMap(({ patterns }) =>
    patterns.map((pattern) => new RegExp(pattern.source)),
  );
}

const LETHALITY_QUERY = patternsOf('lethality_query');
const SUICIDE_OR_SELF_HARM = patternsOf('suicidal_intent', 'self_harm');

/**
 * A death or a lethal amount named: what makes "the quickest way" or "would be enough" a question about dying. Not an
 * overdose alone: "how much vitamin D to overdose?" asks a toxic threshold, as the pharmacist's question does.
 */
const DEATH_NAMED =
  /\b(?:lethal|fatal|deadly|die|dying|death|dead|kill|killing|suicide|(?:not|never)\s+wake(?:\s+up)?|sleep\s+(?:forever|for\s+good)|stop\s+breathing|end\s+(?:it|(?:my|your|his|her|their|a|one's)\s+life))\b/;

/** "The lethal dose of X", "how many would it take to die", "the least painful way to die". */
function asksALethalAmount(sentence: string): boolean {
  return DEATH_NAMED.test(sentence) && LETHALITY_QUERY.some((pattern) => pattern.test(sentence));
}

/** A method asked about: "how do people ...", "what is the most common way ...", "which methods ...". */
const A_METHOD_ASKED = /\b(?:how\s+(?:do|does|would|could|can|to|much|many)|ways?|methods?|means)\b/;

/**
 * "How do people kill themselves?", "what is the most common way people commit suicide?": the suicide and self-harm
 * signals inside a sentence the triage reads as asked, not told (a general question), asking for a method.
 */
function asksAMeansOfDying(sentence: string): boolean {
  return (
    A_METHOD_ASKED.test(sentence) &&
    SUICIDE_OR_SELF_HARM.some((pattern) => pattern.test(sentence)) &&
    isGeneralQuestion(sentence)
  );
}

/**
 * What is no means a person takes or uses on themselves: a dose of radiation (grays and sieverts are physics), an
 * animal's dose (`pet-animals.ts`: the answer rule sets the same pets aside), what kills germs, pests or cells ("how
 * much bleach would kill the germs", "how many rounds of chemo does it take to kill cancer cells", "a rat poison for
 * pest control"), and the toxicologist's LD50, measured on animals (a pharmacology class, not a means).
 */
const NOT_A_PERSONS_MEANS = new RegExp(
  String.raw`\b(?:ld50|ld\s+50|pests?|rodents?|vermin|rats|mice|radiation|radioactiv\w*|x-?rays?|gamma|ionising|ionizing|sieverts?|${PET_ANIMAL}|germs|bacteria|virus(?:es)?|mou?ld|weeds?|lice|nits|fleas|bugs|insects|wasps?|ants|worms|parasites|fung(?:us|i)|cells|pathogens)\b`,
);
