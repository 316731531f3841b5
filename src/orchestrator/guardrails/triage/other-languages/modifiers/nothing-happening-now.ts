/**
 * A question asked in advance, told with the language's own disclaimer: nothing is happening to anyone now ("अभी कुछ
 * नहीं है", "ahora no pasa nada", "personne n'est malade"), or the writer only wants to know or be ready beforehand ("मैं बस
 * पहले से जानना चाहता हूँ", "quiero aprenderlo antes de que ...", "ich will vorbereitet sein"). Read into the English
 * disclaimers `asked-in-advance.ts` reads, which sets the message's questions and conditions aside only where no other
 * sentence tells someone's state now (NHS 111: such a question is answered with advice, not a disposition). Wanting to
 * know is read only with its "beforehand", never alone: "solo quiero saber si es grave" follows an event as often as
 * not. Session 61 (T129).
 */
const NOTHING_HAPPENING_NOW = 'nothing is happening now';
const KNOW_IN_ADVANCE = 'i just want to know in advance';

/** Folded patterns, by language: the disclaimer of nothing now, and the wish to know beforehand. */
const CONSTRUCTIONS: Readonly<Record<string, { readonly now?: string; readonly advance?: string }>> = {
  hindi: {
    now: String.raw`अभी (?:तो )?(?:कुछ नहीं(?: हुआ)?(?: है)?|किसी को कुछ नहीं(?: हुआ)?(?: है)?)`,
    advance: String.raw`(?:मैं )?(?:बस |सिर्फ )?पहले से (?:जानना|जान लेना|पता करना|तैयार रहना) (?:चाहता|चाहती|चाहते)(?: हूँ| हूं| हैं)?`,
  },
  romanisedHindi: {
    now: String.raw`abhi (?:to )?(?:kisi ko )?(?:kuch|kuchh) (?:nahi|nhi|nahin)(?: hua)?(?: hai| h)?`,
    advance: String.raw`(?:main |mai )?(?:bas |sirf )?pehle se (?:janna|jaan lena|pata karna|taiyar rehna) (?:chahta|chahti|chahte)(?: hoon| hu| hun| hain)?`,
  },
  // Chinese's "现在没人有事" is left out: its "现在" and "没" are read by the lexicon's own phrases first.
  chinese: {
    advance: String.raw`(?:只是|就是|只)?(?:想)?(?:提前|事先|预先|預先)(?:了解|知道|问问|問問|学习|學習|学一下|學一下)(?:一下)?`,
  },
  spanish: {
    now: String.raw`ahora (?:mismo )?no (?:le )?pasa nada|nadie (?:esta|se siente) (?:enferm[oa]|mal|herid[oa])(?: ahora)?`,
    advance: String.raw`(?:solo |nomas )?(?:quiero|queria) (?:saber(?:lo)?|aprender(?:lo)?|estar preparad[oa]) (?:antes|de antemano|con tiempo|por adelantado)`,
  },
  portuguese: {
    now: String.raw`ninguem (?:esta|ta) (?:doente|mal|passando mal|ferid[oa])(?: agora)?`,
    advance: String.raw`(?:so )?(?:quero|queria) (?:saber|aprender|estar preparad[oa]) (?:antes|com antecedencia|de antemao)`,
  },
  french: {
    now: String.raw`personne n'?est (?:malade|blesse|mal)|il ne se passe rien (?:pour l'instant|maintenant|en ce moment)`,
    advance: String.raw`(?:c'est )?(?:juste |seulement )?pour (?:savoir|etre pret|etre prete) (?:a l'avance|d'avance)|(?:je )?(?:veux|voudrais) (?:savoir|etre pret|etre prete) (?:a l'avance|d'avance)`,
  },
  german: {
    advance: String.raw`(?:ich )?(?:will|moechte|mochte) (?:(?:nur|einfach) )?(?:vorbereitet sein|es vorher wissen)`,
  },
};

/** A language's disclaimers of a question asked in advance as phrases of its lexicon. */
export function nothingHappeningNow(language: keyof typeof CONSTRUCTIONS): ReadonlyArray<readonly [string, string]> {
  const { now, advance } = CONSTRUCTIONS[language] ?? {};
  return [
    ...(now === undefined ? [] : [[now, NOTHING_HAPPENING_NOW] as const]),
    ...(advance === undefined ? [] : [[advance, KNOW_IN_ADVANCE] as const]),
  ];
}
