/**
 * A finding told as the same as it always is, the language's way: "hoje está igual a sempre", "今天和平时一样", "hôm
 * nay vẫn như mọi ngày", "bugün her zamanki gibi", "oggi è come al solito". Read into the English the English rules
 * read a baseline by ("the same as always", `residual-deficit-of-an-old-event.ts`): the slurred speech an old stroke
 * left, told unchanged, is that person's baseline, not a new stroke (AHA/ASA: the warning sign is what is sudden and
 * new). Only the phrase of sameness is read; a turn to something new after it ("mas desta vez", "但是今天") is read by
 * the lexicon as before, and the English rules keep a finding told after "but" as new. Session 61 (T129).
 */
const THE_SAME_AS_ALWAYS_ENGLISH = 'the same as always';

/** Folded patterns, by language, of "the same as always". */
const CONSTRUCTIONS: Readonly<Record<string, readonly string[]>> = {
  portuguese: [
    String.raw`igual (?:a|de|como) sempre|(?:o |a )?mesm[oa] de sempre|igual (?:a|aos|a todos os) (?:outros )?dias|como todos os dias|igual a qualquer (?:outro )?dia`,
  ],
  italian: [
    String.raw`come (?:sempre|al solito|ogni giorno|tutti i giorni|d'abitudine)|uguale (?:a|come|di) sempre|(?:lo |la )?stess[oa] di sempre`,
  ],
  chinese: [
    String.raw`(?:平时|平時|平常|往常|以往)(?:一样|一樣|差不多|没什么两样|沒什麼兩樣)|老样子|老樣子|一如既往|照旧|照舊`,
  ],
  vietnamese: [
    String.raw`(?:van )?(?:giong nhu|nhu|giong) (?:moi ngay|moi khi|moi hom|thuong ngay|thuong le|hang ngay|truoc gio)|van nhu cu`,
  ],
  turkish: [String.raw`her zamanki (?:gibi|haliyle)|her zamankinden farksiz|hep oldugu gibi|her gunku gibi`],
};

/** A language's "the same as always" as phrases of its lexicon. */
export function theSameAsAlways(language: keyof typeof CONSTRUCTIONS): ReadonlyArray<readonly [string, string]> {
  return (CONSTRUCTIONS[language] ?? []).map((pattern) => [pattern, THE_SAME_AS_ALWAYS_ENGLISH] as const);
}
