/**
 * A long-standing finding told as no different today, the language's way: "hoy igual que todos los días", "aujourd'hui
 * pas plus que d'habitude", "heute nicht schlimmer als sonst", "сегодня как обычно", "今天和平时一样", "aaj bhi waisa
 * hi". Read whole into the English "the same as always", which the English rules read as a course that has not changed
 * (`severity-context.ts`: NHS 111 and NICE NG115 grade breathlessness or a pain by whether it is new or worse than the
 * person's usual). Word for word, the language's "today" came out as the English "today", which those rules read as an
 * onset now and kept the long-standing finding acute. Only the sameness told with "today" is read: a "today" told with a
 * change ("hoy peor que nunca", "heute viel schlimmer") is read by the lexicon as before. Session 63 (T142).
 */
const THE_SAME_AS_ALWAYS_ENGLISH = 'the same as always';

/** Folded patterns, by language, of "today the same as always". */
const CONSTRUCTIONS: Readonly<Record<string, readonly string[]>> = {
  spanish: [
    String.raw`hoy (?:esta |sigue |estoy |estamos |anda )?(?:igual que (?:siempre|todos los dias|cualquier (?:otro )?dia|de costumbre|otros dias)|como (?:siempre|todos los dias|de costumbre)|lo mismo que siempre|ni mejor ni peor|no (?:esta |estoy )?peor que (?:siempre|de costumbre|otros dias))`,
  ],
  portuguese: [
    String.raw`hoje (?:esta |estou |ta )?(?:igual (?:a|de|como|aos) (?:sempre|todos os dias|outros dias|qualquer (?:outro )?dia)|como (?:sempre|todos os dias|de costume)|nao (?:esta |estou )?pior (?:que|do que) (?:o )?(?:normal|de costume|sempre))`,
  ],
  french: [
    String.raw`aujourd'?hui (?:c'?est |il est |elle est |je suis )?(?:comme d'?habitude|comme toujours|comme tous les jours|pareil que d'?habitude|pas (?:plus|pire) que d'?habitude|ni mieux ni pire|rien de (?:plus|nouveau|different))`,
  ],
  italian: [
    String.raw`oggi (?:e |sta |sto )?(?:come (?:sempre|al solito|tutti i giorni|ogni giorno)|uguale (?:a|come|di) sempre|non (?:e |sta |sto )?peggio del solito|niente di nuovo)`,
  ],
  german: [
    String.raw`heute (?:ist es |ist er |ist sie |geht es (?:ihm |ihr |mir )?)?(?:wie immer|wie sonst|wie jeden tag|genauso wie (?:immer|sonst)|nicht schlimmer als (?:sonst|immer|gewohnlich|gewoehnlich|ublich|ueblich)|unverandert|unveraendert|nichts neues)`,
  ],
  russian: [
    String.raw`сегодня (?:(?:тоже|всё|все) )?(?:как обычно|как всегда|как и всегда|как каждый день|не хуже,? (?:чем )?(?:обычно|всегда)|без изменений|ничего нового)`,
  ],
  polish: [String.raw`dzis (?:tak samo jak zawsze|jak zawsze|jak codziennie|nie gorzej niz zwykle|bez zmian)`],
  turkish: [String.raw`bugun (?:de )?(?:her zamanki gibi|her gunku gibi|farkli degil|degisiklik yok)`],
  chinese: [
    String.raw`今天(?:也)?(?:和|跟|与|與)?(?:平时|平時|平常|往常|以往)(?:一样|一樣|差不多)|今天(?:也)?(?:没有|沒有)(?:变化|變化|加重)`,
  ],
  japanese: [
    String.raw`今日も(?:いつもと|普段と)(?:同じ|変わらない|変わりません|変わりない)|今日も変わり(?:ません|ない|なし)`,
  ],
  korean: [String.raw`오늘도 (?:평소(?:랑|와|처럼) ?(?:똑같아요|같아요|똑같다|같다|똑같|비슷해요)?|늘 그렇듯)`],
  hindi: [String.raw`आज भी (?:वैसा ही|वैसी ही|रोज़? (?:जैसा|जैसी|जितना|जितनी)|हमेशा (?:जैसा|जैसी|की तरह))`],
  romanisedHindi: [
    String.raw`aaj (?:bhi )?(?:waisa hi|waisi hi|utni hi jitni roz|utna hi jitna roz|roz (?:jaisa|jaisi|ki tarah)|hamesha (?:jaisa|jaisi|ki tarah))`,
  ],
  arabic: [String.raw`اليوم (?:مثل|زي|متل|كيف) (?:كل يوم|العاده|العادة|دايما|دائما)`],
};

/** A language's "today the same as always" as phrases of its lexicon. */
export function todayTheSameAsAlways(language: keyof typeof CONSTRUCTIONS): ReadonlyArray<readonly [string, string]> {
  return (CONSTRUCTIONS[language] ?? []).map((pattern) => [pattern, THE_SAME_AS_ALWAYS_ENGLISH] as const);
}
