import { toldAnywhere } from './language-lexicon.js';

/**
 * Tablets told by the count missing from a pack (NPIS / TOXBASE: an unknown count is taken at its most), in the
 * grammar each language of the first group tells it with: the verb of lacking before the count and a hedge between
 * ("faltan como 6", "faltam uns 8", "il en manque environ 7", "ne mancano circa 10", "es fehlen ungefähr 10"), the
 * tablets named after the count or not. Read as the English rules read "8 tablets are missing", which weigh it
 * beside a child or a toxic effect; only where a medicine and a child or a person cared for are told in the message, and
 * never before another unit ("faltan 10 minutos"). Folded, as the lexicons are.
 */
const NUMBER_WORD =
  '(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|duas|dois|quatro|sete|oito|nove|dez|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig)';
const NOT_ANOTHER_UNIT =
  '(?! (?:minutos?|min|horas?|dias?|semanas?|meses|anos|minutes?|heures?|jours?|semaines?|mois|ans|minuti|ore|giorni|settimane|mesi|anni|minuten|stunden|tage|wochen|monate|jahre|euros?|pesos|reais|km|metros?|metres?|metri|meter|cm|kilos?|kg|paginas|pages|pagine|seiten|puntos|points|punti|punkte)(?![\\p{L}]))';

/** A medicine told anywhere in the message, in the first group's words (folded). */
const BESIDE_A_MEDICINE = toldAnywhere(
  '(?:pastill|tableta|capsula|pildora|comprimid|remedio|medicament|medicina|farmac|cachet|gelule|pilule|pastiglie|compress|pillol|tablett|pillen|kapsel|dragee|blister|frasco|caja|boite|plaquette|confezione|flacone|packung|schachtel|dose)',
);
/**
 * A child or a person who cannot keep count told anywhere in the message (folded): the count missing is a dose someone
 * else may have taken. Told by the writer alone ("le ho prese io") it is a pack running low, which the wording model
 * read as an overdose.
 */
const BESIDE_A_CHILD_OR_A_CARED_FOR_PERSON = toldAnywhere(
  '(?:hij[oa]|nen[ea]|nin[oa]|niet[oa]|bebe|chamac|crio|cria|filh[oa]|crianca|menin[oa]|neto|neta|fils|fille|enfant|gamin|petit|figli[oa]|bambin|bimb|nipot|sohn|tochter|kind|enkel|junge|madchen|abuel[oa]|avo|avoa|grand-mere|grand-pere|nonn[oa]|oma|opa|demen|alzheimer|confus|verwirrt)',
);

/** The tablets named after the count, in the first group's words (folded). */
const TABLETS =
  '(?: (?:pastillas|tabletas|capsulas|pildoras|comprimidos|pilulas|remedios|cachets|comprimes|gelules|pilules|pastiglie|compresse|pillole|capsule|tabletten|pillen|kapseln|dragees|stuck))?';

function missing(lacking: string, hedge: string): ReadonlyArray<readonly [string, string]> {
  return [
    [
      `${BESIDE_A_MEDICINE}${BESIDE_A_CHILD_OR_A_CARED_FOR_PERSON}${lacking} (?:${hedge} )?\\d+${TABLETS}${NOT_ANOTHER_UNIT}`,
      '# tablets are missing',
    ],
    [
      `${BESIDE_A_MEDICINE}${BESIDE_A_CHILD_OR_A_CARED_FOR_PERSON}${lacking} (?:${hedge} )?${NUMBER_WORD}${TABLETS}${NOT_ANOTHER_UNIT}`,
      'several tablets are missing',
    ],
  ];
}

export const SPANISH_TABLETS_TOLD_MISSING = missing(
  '(?:(?:me |le |nos |les )?faltan|hacen falta)',
  '(?:como|unas|unos|casi|mas de|por lo menos|al menos|alrededor de)',
);
export const PORTUGUESE_TABLETS_TOLD_MISSING = missing(
  '(?:faltam|faltavam|(?:estao|tao|ta|esta) faltando|sumiram)',
  '(?:uns|umas|cerca de|quase|pelo menos|mais de|tipo)',
);
export const FRENCH_TABLETS_TOLD_MISSING = missing(
  '(?:il (?:en )?manque|il (?:en )?manquait)',
  '(?:environ|a peu pres|au moins|presque|pres de|facilement|bien)',
);
export const ITALIAN_TABLETS_TOLD_MISSING = missing(
  '(?:ne )?(?:mancano|mancavano)',
  '(?:circa|quasi|almeno|piu o meno)',
);
export const GERMAN_TABLETS_TOLD_MISSING = missing(
  '(?:es )?(?:fehlen|fehlten)',
  '(?:ungefahr|etwa|ca|circa|fast|mindestens|so|bestimmt|knapp)',
);
