/**
 * A supposition told with the language's own "what if" ("et si mon père fait une crise cardiaque…", "für den Fall,
 * dass mein Sohn einen Anfall bekommt…", "لو أمي أغمي عليها شو أعمل؟", "अगर दादी बेहोश हो जाएं तो क्या करें?"): read as
 * the English "what if", which the English rules read as a question asked in advance (NHS 111: advice, not a
 * disposition). The condition's verb in these languages takes the past or the subjunctive ("أغمي عليها", "हो जाएं"),
 * which read word for word tells an event that happened; the opener is what says it has not. Only the opener is read: a
 * finding told as happening now in its own sentence ("et si c'était une crise cardiaque ? il a très mal à la poitrine")
 * stays an emergency, as "what if it's a heart attack? he has crushing chest pain" does. Session 63 (T142).
 */
const WHAT_IF_ENGLISH = 'what if';

/** Folded patterns, by language, of an opener that supposes what follows. */
const CONSTRUCTIONS: Readonly<Record<string, readonly string[]>> = {
  // "Et si" (and if), "dans le cas où" / "au cas où" + a clause: not "si" alone, which is also "so" and "yes".
  french: [
    String.raw`et si(?= (?:mon|ma|mes|un|une|le|la|les|il|elle|on|je|j'|l'|quelqu'un|notre|nos|ton|ta|c'|ca|cela)(?![\p{L}]))`,
  ],
  // "Für den Fall, dass" (in case), "was ist, wenn" is read by the lexicon.
  german: [String.raw`(?:fur|fuer) den fall,? (?:dass|das)`],
  // "لو" supposes (Levantine, Gulf, Egyptian); not the plea "لو سمحت" (please), nor "حتى لو" (even if).
  arabic: [String.raw`(?<![\p{L}])(?<!حتى )(?<!و)لو(?= (?!سمحت|سمحتي|سمحتو|سمحتوا|تكرمت|بتريد|بدك|تريد|سمح)\p{L})`],
  // "अगर" / "agar" with the "तो" / "to" that answers it: the conditional of Hindi and Urdu.
  hindi: [String.raw`(?<![\p{L}\p{M}])अगर(?= [^.!?]{1,80} तो )`],
  'romanised-hindi': [String.raw`\bagar(?= [^.!?]{1,80} (?:to|toh) )`],
};

/** A language's "what if" as phrases of its lexicon. */
export function whatIfToldTheLanguageWay(
  language: keyof typeof CONSTRUCTIONS,
): ReadonlyArray<readonly [string, string]> {
  return (CONSTRUCTIONS[language] ?? []).map((pattern) => [pattern, WHAT_IF_ENGLISH] as const);
}
