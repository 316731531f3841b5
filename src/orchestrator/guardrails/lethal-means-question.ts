import type { TriageReading } from './emergency-triage.js';
import { isAskedForStudy } from './triage/asked-for-study.js';
import { SIGNALS, type SignalId } from './triage/emergency-signals.js';
import { isGeneralQuestion } from './triage/general-question.js';

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
 * another language in the English the triage read it again in), never read a second time. What it adds are the twins the triage only reads beside despair or means:
 *  - `lethality_query` holds "quickest way", "least painful way", "would be enough": here only a death named in the
 *    sentence makes them a means of dying ("quickest way to get rid of a cold" is not);
 *  - the lethal dose of radiation (physics homework) or a dose for an animal (the chocolate a dog ate) is no means a
 *    person could take: the triage's lethal-dose reading sets pets aside the same way.
 * An ordinary dose question ("what is the right dose of paracetamol for my 4-year-old?") and a treatment threshold
 * ("what is the overdose threshold of paracetamol for my patient?") name no death and are not read. In another
 * language it reads only what the other-language lexicons gloss: "cuántas pastillas para morir" is read, "dosis letal"
 * is not (no lexicon has a word for "lethal" yet). What the triage's lethality lexicon does not hold is not read
 * either: "how much caffeine is lethal?", "how deep would I have to cut?", "the most painless way to go".
 */
export function isLethalMeansQuestion({ sentences, otherLanguage }: TriageReading): boolean {
  return (
    readsAsLethalMeansQuestion(sentences) ||
    (otherLanguage !== null && readsAsLethalMeansQuestion(otherLanguage.sentences))
  );
}

function readsAsLethalMeansQuestion(sentences: readonly string[]): boolean {
  return sentences.some(
    (sentence, index) =>
      !NOT_A_PERSONS_MEANS.test(sentence) &&
      (asksALethalAmount(sentence) || isAskedForStudy(sentences, index) || asksAMeansOfDying(sentence)),
  );
}

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
 * animal's dose (the triage's lethal-dose reading sets the same pets aside), and what kills germs, pests or cells ("how
 * much bleach would kill the germs", "how many rounds of chemo does it take to kill cancer cells").
 */
const NOT_A_PERSONS_MEANS =
  /\b(?:radiation|radioactiv\w*|x-?rays?|gamma|ionising|ionizing|sieverts?|dogs?|puppy|puppies|cats?|kittens?|pets?|horses?|rabbits?|hamsters?|germs|bacteria|virus(?:es)?|mou?ld|weeds?|lice|nits|fleas|bugs|insects|wasps?|ants|worms|parasites|fung(?:us|i)|cells|pathogens)\b/;
