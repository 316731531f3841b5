/**
 * Session 42 (T49): the three kinds the held-out counts found weakest in the other languages, read in each language
 * from a file of its own in this folder and spread into its language file with one line per list (as
 * `intent-and-crisis/` is): a wish to die told as disappearing, not waking up, nobody missing one or life having no
 * sense; the means kept ready (pills put aside, letters written); a poison named by its household or farm name (rat
 * poison, a drain cleaner, a pesticide, antifreeze) and a pill count told by its pack (a whole box, a blister strip);
 * voices that order a killing and nights without sleep.
 *
 * The held-out counts said a wish to die was read but most of its words left unread (12 of 16 misses), and a poisoning
 * was read into English the rules are quiet on (8 of 11): each phrase here lands on English the English rules already
 * weigh (`self-harm-signals.ts`, `allergy-and-poisoning-signals.ts`, `psychiatric-signals.ts`), and each is written as
 * a kind (the verb of wishing, what is wished, where its clause ends), never as a message.
 */
export interface SelfHarmAndPoisoningReading {
  /** Words of the means or the wish that only this language writes: one marks a short message as its (Latin scripts). */
  readonly ownWords: readonly string[];
  /** Phrases read into the English the suicide, poisoning and psychiatric rules weigh. */
  readonly phrases: ReadonlyArray<readonly [string, string]>;
  /** Single words: a poison's household name, read where the phrases left it. */
  readonly words: Readonly<Record<string, string>>;
}
