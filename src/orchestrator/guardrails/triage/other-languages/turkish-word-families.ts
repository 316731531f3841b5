import { toldNowhere } from './language-lexicon.js';

/**
 * Session 49 (T72): Turkish words read through their endings. Turkish adds its plural, possessive and case to a noun
 * ("kol" arm: "kolum" my arm, "kolumun" of my arm, "kolundan" from his arm; "bacak" leg: "bacağımdan" from my leg, the
 * k softened to ğ), and its negation, tense and person to a verb ("dur" stop: "durmuyor" it does not stop, "durmadı" it
 * did not stop; "durdur" make stop: "durduramıyoruz" we cannot stop it). The lists named a few forms of each word and
 * missed the others; here a noun is read by its stem whatever endings it carries, and the verbs of a bleeding that will
 * not stop and of skin that came off in any person or tense. Folded: ı ş ğ ç ö ü typed as i s g c o u.
 */

/** Case endings, then possessive, then plural, as they are stripped from a word's end (longest first). */
const CASE_ENDINGS = [
  'nin',
  'nun',
  'dan',
  'den',
  'tan',
  'ten',
  'yla',
  'yle',
  'da',
  'de',
  'ta',
  'te',
  'na',
  'ne',
  'ya',
  'ye',
  'yi',
  'yu',
  'ni',
  'nu',
  'in',
  'un',
  'la',
  'le',
  'a',
  'e',
  'i',
  'u',
];
const POSSESSIVE_ENDINGS = [
  'imiz',
  'umuz',
  'iniz',
  'unuz',
  'lari',
  'leri',
  'im',
  'um',
  'in',
  'un',
  'si',
  'su',
  'i',
  'u',
];
const PLURAL_ENDINGS = ['lar', 'ler'];

/** A stem's last consonant as the dictionary writes it, where a vowel ending softened it ("bacag" → "bacak"). */
const HARDENED: Readonly<Record<string, string>> = { g: 'k', b: 'p', c: 'c', d: 't' };

function withoutEnding(word: string, endings: readonly string[]): string[] {
  return ['', ...endings]
    .filter((ending) => word.endsWith(ending) && word.length - ending.length >= 2)
    .map((ending) => word.slice(0, word.length - ending.length));
}

/**
 * The stems a folded Turkish word may stand for, its endings taken off (case, then possessive, then plural) and a
 * softened last consonant hardened again, longest first: "kolumun" → "kolum", "kol", ...; "bacagimdan" → "bacak".
 */
export function turkishNounForms(word: string): readonly string[] {
  const stems = new Set<string>();
  for (const withoutCase of withoutEnding(word, CASE_ENDINGS))
    for (const withoutPossessive of withoutEnding(withoutCase, POSSESSIVE_ENDINGS))
      for (const stem of withoutEnding(withoutPossessive, PLURAL_ENDINGS)) {
        if (stem === word) continue;
        stems.add(stem);
        const last = stem.at(-1) ?? '';
        if (HARDENED[last] !== undefined) stems.add(stem.slice(0, -1) + HARDENED[last]);
      }
  return [...stems].sort((a, b) => b.length - a.length);
}

/**
 * The stems read through their endings: the body parts a burn or a bleed is told on, the skin and the blood. Words of
 * three letters or more that no everyday Turkish word ends into ("kola", a fizzy drink, would read as "kol"; it is
 * listed as itself).
 */
export const TURKISH_NOUN_STEMS: Readonly<Record<string, string>> = {
  kol: 'arm',
  kola: 'cola',
  bacak: 'leg',
  ayak: 'foot',
  kafa: 'head',
  deri: 'skin',
  gogus: 'chest',
  sirt: 'back',
  yuz: 'face',
  boyun: 'neck',
  boyn: 'neck',
};

/** A verb's negative present, past and reported endings in any person: "-miyor(um|uz)", "-madi(k)", "-mamis". */
const NOT = '(?:m(?:i|u)yor|ma(?:di|mis)|me(?:di|mis))\\p{L}*';
/** Its "cannot" forms: "-amiyor", "-emedi", "-amadik". */
const CANNOT = '(?:am|em)(?:i|u)yor\\p{L}*|(?:ama|eme)(?:di|mis)\\p{L}*';

/** What blood is told with anywhere in the message: the noun with its endings, or the verb of bleeding. */
const BLOOD_TOLD = '(?<![\\p{L}])kan(?:ama\\p{L}*|i|in|iyor\\p{L}*|adi\\p{L}*|ar)?(?![\\p{L}])';
/** A blood test, a pressure or a sugar is no bleeding. */
const NOT_A_BLOOD_TEST = toldNowhere('tahlil|test|basinc|seker|deger|bagis|verdim|aldilar');

/** A bleeding told as stopped later in the message ("ilk başta durmadı ama ... durdu"; review V31, 06:37). */
const STOPPED_LATER = '(?![^]*(?<![\\p{L}])(?:durdu|kesildi|dindi|durmus|kesilmis)(?![\\p{L}]))';

export const TURKISH_WORD_FAMILIES: ReadonlyArray<readonly [string, string]> = [
  // A bleeding that will not stop (NICE and Resuscitation Council first aid: bleeding not stopped by firm pressure),
  // told by the verb of stopping in any person, read only beside blood told in the message.
  [
    `${NOT_A_BLOOD_TEST}(?:(?<=${BLOOD_TOLD}[^]*)|(?=[^]*${BLOOD_TOLD}))(?:(?:dur|din|kesil)${NOT}|durdur${CANNOT}|kes${CANNOT})${STOPPED_LATER}`,
    'the bleeding will not stop',
  ],
  // A place that went purple after a knock is a bruise ("kolumu çarptım, morardı"); a limb that went purple and cold or
  // numb (an artery), and lips, a face or a child that went blue, keep the findings' own reading.
  [
    '(?<!(?:dudak|yuz|dil|tirnak|bebe|cocu|nefes|bogul|agz)[^.;!?]*)(?<=(?:carp|vur|dus|darbe)\\p{L}*[^.;!?]{0,40})morar(?:di|mis|ti|iyor)\\p{L}*(?![^.!?]*(?:soguk|uyus|hissetm|nabiz|buz gibi))',
    'bruised',
  ],
  // A hot liquid splashed or spilt on someone in any tense is a scald ("yüzüne kızgın yağ sıçradı").
  [
    '(?:kizgin|kaynar|kaynayan|sicak) (?:yag|su|cay|corba|sut)(?:\\p{L}+)? (?:sicra|dokul|devril)(?:(?:d|t)(?:i|u)|m(?:i|u)s)\\p{L}*',
    'burned with hot oil',
  ],
  // A head knocked, in any form of the verb ("kafasını çarptıktan sonra", "başını vurunca"), vomiting told with a count
  // in words, and sleep falling on someone (NICE NG232: vomiting and drowsiness after a head injury).
  [
    '(?:kafa|bas)(?:si|sini|ini|i|ina|sina)? (?:\\p{L}+ )?(?:carp|vur)(?:ti|tik|mis|inca|ip|arak|unca)\\p{L}*',
    'hit his head',
  ],
  [
    '(?:iki|uc|dort|bes|birkac|defalarca) (?:kere|kez|defa) kus(?:(?:t|d)(?:u|i)|mus|uyor)\\p{L}*',
    'vomited several times',
  ],
  ['uykuya dal(?:iyor|di|ip|mis)\\p{L}*|uyuklay\\p{L}*', 'keeps falling asleep'],
  // Skin that came off after a scald or a burn, in any tense: "derisi soyuldu", "deri kalktı", "derisi soyuluyor".
  ['deri(?:si|leri|sinin)? (?:soyul|kalk|dokul)(?:(?:d|t)(?:i|u)|m(?:i|u)s|(?:i|u)yor)\\p{L}*', 'skin peeled off'],
];
