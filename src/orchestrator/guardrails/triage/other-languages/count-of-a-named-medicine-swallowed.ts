import type { LexiconPhrases } from './language-lexicon.js';
/**
 * Session 62 (T132): a poisoning told by a count of a medicine named by its brand or by the kind of pill, where no word
 * for a tablet is said ("se tomó como 15 clonazepam", "20 tane xanax içmiş", "telan 20 pil tidur"): NPIS / TOXBASE
 * assess at once five or more of an adult's tablets swallowed at a time. A count of five or more right after the verb of
 * taking, then a word, is read as tablets; a unit of time, weight or volume after the count ("15 días", "20 mg",
 * "10 ml") and a daily dose or a prescription told beside it are not. `pills-told-by-their-count-or-pack.ts` reads the
 * counts told with the tablets' own word, and the Spanish lexicon the tablets named after the count ("6 pastillas de la
 * presión"), which this leaves to them.
 */

/** Five to three hundred: two or three tablets for a headache are a dose. */
const FIVE_OR_MORE = '(?:[5-9]|[1-9]\\d|[12]\\d\\d)';

export const SPANISH_COUNT_OF_A_NAMED_MEDICINE: LexiconPhrases = [
  [
    `(?:se )?(?:tomo|trago|comio|bebio|tomaron|tragaron) (?:como |unas? |unos |mas de |casi |hasta )?${FIVE_OR_MORE} (?!(?:dias?|horas?|minutos?|segundos?|semanas?|meses|anos|mg|ml|gr|g|kg|litros?|vasos?|cervezas?|tragos?|copas?|veces|pesos|euros|dolares|cafes?|tazas?|galletas?|tacos?|pastillas|pildoras|tabletas|capsulas|comprimidos|grageas)(?![\\p{L}]))\\p{L}+(?![^.;!?]{0,60}(?:cada|al dia|por dia|diari|receta|semana))`,
    'took # pills',
  ],
];

export const TURKISH_COUNT_OF_A_NAMED_MEDICINE: LexiconPhrases = [
  [
    `${FIVE_OR_MORE} (?:tane|adet|kutu) (?!(?:su|bira|cay|kahve|bardak|sigara|gun|saat|dakika)(?![\\p{L}]))(?:\\p{L}+ )?(?:icti|ictim|yuttu|yuttum|icmis|yutmus|almis|aldi)(?![^.;!?]{0,30}(?:gunde|her gun|gunluk|recete))`,
    'took # pills',
  ],
];

export const INDONESIAN_COUNT_OF_A_NAMED_MEDICINE: LexiconPhrases = [
  [
    `(?:telan|menelan|nelan|minum|meminum|makan|nenggak|menenggak)(?: sekaligus)? ${FIVE_OR_MORE} (?:butir |biji |tablet |kapsul |strip )?(?:pil|obat|tablet|kapsul|butir|biji)\\p{L}*(?: tidur| penenang)?(?![^.;!?]{0,40}(?:sehari|per hari|tiap hari|resep))`,
    'took # pills',
  ],
];
