/**
 * A laugh typed the way each language types it, read as the English "haha" (`idioms.ts`: a finding told laughing is a
 * figure of speech, unless it is a sign someone sees in another person). Spanish "jajaja", Portuguese "kkkk" and
 * "rsrs", French "ptdr" and "mdr", Indonesian "wkwk", Turkish "sjsj", Russian "хаха", Greek "χαχα", Arabic "ههههه",
 * Hebrew "חחחח", Chinese "哈哈" and "笑死", Korean "ㅋㅋ", Japanese "www" and "（笑）", and the laughing emoji: "me muero de
 * risa, casi me ahogo jajaja" exaggerates a laugh, as "I nearly choked lol" does. Read after every lexicon, on the words
 * none of them read, so the language patterns that look for their own laugh ("quiero morir ... jajaja") still see it.
 * Two or more of a laugh's syllables, never one: "ja" (yes), "ha", "he", "kk" are words or initials.
 */
export const LAUGHTER = new RegExp(
  [
    // Latin-script laughs, as whole words.
    String.raw`(?<![\p{L}\p{N}])(?:(?:j[aeiu]){2,}j?|(?:a?ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|k{3,}|(?:rs){2,}|jsjs\p{L}*|(?:sj){2,}\p{L}*|wk(?:wk)+\p{L}*|ptdr+|mdr+|lmao+|xd+|w{3,}(?!\.))(?![\p{L}\p{N}])`,
    // Cyrillic, Greek, Arabic, Hebrew and Persian laughs, as whole words.
    String.raw`(?<![\p{L}\p{N}])(?:(?:ха){2,}х?|(?:ах){2,}а?|(?:χα){2,}|ه{3,}|ח{3,}|خ{3,})(?![\p{L}\p{N}])`,
    // Scripts written without spaces, and the laughing emoji.
    String.raw`哈{2,}|笑死|ㅋ{2,}|ㅎ{2,}|[（(]笑[）)]|😂|🤣|😆|😹`,
  ].join('|'),
  'gu',
);
