/**
 * A lethal-dose question asked for study: "how many pills does it take to die? It's for a school project", "cuántas
 * pastillas hacen falta para morir? es para un trabajo de la escuela". The question names no one, and the only other
 * thing the message says is what it is for. NICE NG225 and the Columbia scale read a lethal-dose question as method
 * research when it names the asker's own death, a means at hand or despair; a message that tells any of these, or
 * anything else at all, is read as told ("... for a school project but honestly I want to die", "... I have 3 boxes
 * saved up", "how many do I need to die"). The same frame told inside the question's own sentence is read by the
 * lethality signal's own lookahead (`self-harm-signals.ts`).
 */

/** A question after the dose that kills, as `DEATH_AS_THE_GOAL` of `general-question.ts` reads it. */
const LETHAL_DOSE_QUESTION =
  /\bhow\s+(?:many|much)\b[^.?;]{0,60}?\bto\s+(?:die|not\s+wake(?:\s+up)?|never\s+wake(?:\s+up)?|sleep\s+forever|be\s+dead)\b/;

/** Anyone the question could be about: the asker, someone of theirs, or someone told as there. */
const SOMEONE_NAMED =
  /\b(?:i|me|my|myself|mine|we|us|our|he|she|him|her|his|they|them|their|you|your|someone|somebody)\b/;

/**
 * A sentence that only says what the question is for: "it's for a school project", "for my biology homework", "asking
 * for an essay", "it is for a school project lol". Nothing may follow but a laugh or thanks.
 */
const ONLY_WHAT_IT_IS_FOR =
  /^(?:(?:it\s+is|this\s+is|that\s+is|i\s+am\s+asking|asking|just|only|ok|so)\s+)*(?:for|about)\s+(?:a|an|my|our|the)\s+(?:(?:school|class|college|uni|university|science|biology|chemistry|pharmacology|health|psychology|research|group)\s+)*(?:project|assignment|homework|essay|report|presentation|exam|coursework|paper|story|novel)(?:\s+(?:at|for|in)\s+(?:the\s+)?(?:school|college|uni|university|class))?\s*(?:lol|haha|thanks|thank\s+you|please)?\s*[.!?]*$/;

/**
 * Whether the sentence at `index` is a lethal-dose question asked for study: it names no one, and the message's only
 * other sentence, just before or just after it, says only what it is for.
 */
export function isAskedForStudy(sentences: readonly string[], index: number): boolean {
  if (sentences.length !== 2) return false;
  const question = sentences[index] ?? '';
  const other = sentences[1 - index] ?? '';
  return LETHAL_DOSE_QUESTION.test(question) && !SOMEONE_NAMED.test(question) && ONLY_WHAT_IT_IS_FOR.test(other);
}
