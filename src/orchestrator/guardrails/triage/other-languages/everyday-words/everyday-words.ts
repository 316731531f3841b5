/**
 * Session 41 (T45): the everyday words of a finding, read in each language. The held-out counts said that most of a
 * message in Arabic, Persian, Urdu, Hindi, Chinese, Japanese, Korean, Vietnamese, Tagalog or Swahili came out of the
 * reading in its own words (a mean share of 0.45 to 0.77 left unread): the lexicons had learned the sentences they were
 * written against, not the language. Each language's small bilingual glossary lives in a file of its own in this folder,
 * built by family from the protocols' red flags and everyday speech, not from any sentence: the people a message is
 * told about, the body parts and what they do, how bad, how sudden and since when, quantities and means, colours and
 * states. Its language file spreads it in with one line per list: its phrases after the language's own (a phrase listed
 * first wins at a position, so the older, longer phrases keep their place), its words before the language's own (so a
 * word the language file already reads keeps its English).
 */
export interface EverydayWords {
  /** Phrases of more than one word, or of a script without spaces, each a regular-expression source with its English. */
  readonly phrases: ReadonlyArray<readonly [string, string]>;
  /** Single words, folded, with their English: read where every phrase left them (spaced scripts only; none in Chinese, Japanese and Korean). */
  readonly words?: Readonly<Record<string, string>>;
}
