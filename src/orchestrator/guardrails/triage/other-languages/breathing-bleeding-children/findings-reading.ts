/**
 * Session 42 (T50): breathing, bleeding that will not stop, a child's red flags told by a parent, a head injury with its
 * red flags, a collapse seen by a bystander and bleeding in pregnancy, read the same way in every language a lexicon
 * reads. Each language's reading of these kinds lives in a file of its own in this folder, spread into its language file
 * by one line per list, apart from the other kinds.
 *
 * Half the emergencies the held-out counts said were missed in other languages were read mostly into English, yet into
 * English the rules do not flag: a subject left out ("was found unconscious", where English puts "he was found"), a
 * verb left unread between read words ("seizure stopped was" with "stopped" unread), a body part and what it does read
 * apart ("pain head", "mouth ... blue"). These lists read the finding whole, into the English the rules weigh
 * (`airway-signals.ts`, `bleeding-and-collapse-signals.ts`, `child-signals.ts`, `head-injury-signals.ts`).
 */
export interface FindingsReading {
  /** Words of these findings that only this language writes: one marks a short message as its (Latin scripts only). */
  readonly ownWords: readonly string[];
  /** Phrases read into English the rules weigh, after the language's own phrases and before its modifiers. */
  readonly phrases: ReadonlyArray<readonly [string, string]>;
  /** Single words, folded, read where the phrases left them. */
  readonly words: Readonly<Record<string, string>>;
}
