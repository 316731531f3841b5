/**
 * Session 40 (T41): suicidal intent, self-harm and a psychiatric crisis read the same way in every language a lexicon
 * reads. Each language's reading of these two kinds lives in a file of its own in this folder, and its language file
 * spreads it in with one line per list, so the kinds are written once per language, apart from the other kinds.
 *
 * The held-out counts said a wish to die in another language was missed more often than any other emergency (13 of
 * 27), for three reasons this reading mends: a short message made only of the wish ("ya no quiero vivir", "chce
 * umrzeć", "ölmek istiyorum") held no marker of its language and was never read at all (`ownWords`: the verbs of dying
 * and living of one language only); the everyday verbs of a wish, a burden, a goodbye, a cut or a jump had no English
 * (`phrases`, `words`); and a gloss landed on English the rules did not flag ("it would be better if I died").
 */
export interface IntentAndCrisisReading {
  /** Words of the wish, the means or the crisis that only this language writes: one marks a short message as its. */
  readonly ownWords: readonly string[];
  /** Phrases read into the English the suicide and psychiatric rules weigh (`self-harm-signals.ts`, `psychiatric-signals.ts`). */
  readonly phrases: ReadonlyArray<readonly [string, string]>;
  /** Single words of the means and the crisis (a rope, a blade), read where the phrases left them. */
  readonly words: Readonly<Record<string, string>>;
}
