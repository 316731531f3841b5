/**
 * Number words each language of the first group spells its own way ("ocho" / "oito" / "huit" / "acht"), and the weeks
 * and months they count, as markers (`LanguageLexicon.markers`): a parent telling a baby's age and temperature aloud
 * ("mi niña de dos meses marca treinta y ocho y medio") writes few other words the lists know, and such a message was
 * read as no language at all (session 49). Words another language writes as a word of its own are left out: English
 * "once", "sept", "otto", "tre", French and Spanish "seis"/"six" shared, Italian "sei" ("you are").
 */
export const SPANISH_NUMBER_MARKERS: readonly string[] = [
  'dos',
  'cuatro',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'doce',
  'quince',
  'veinte',
  'treinta',
  'cuarenta',
  'medio',
  'meses',
  'semanas',
];

export const PORTUGUESE_NUMBER_MARKERS: readonly string[] = [
  'dois',
  'duas',
  'quatro',
  'sete',
  'oito',
  'nove',
  'dez',
  'doze',
  'quinze',
  'vinte',
  'trinta',
  'quarenta',
  'meio',
  'meses',
  'semanas',
];

export const FRENCH_NUMBER_MARKERS: readonly string[] = [
  'deux',
  'trois',
  'quatre',
  'cinq',
  'huit',
  'neuf',
  'dix',
  'douze',
  'quinze',
  'vingt',
  'trente',
  'quarante',
  'semaines',
];

export const ITALIAN_NUMBER_MARKERS: readonly string[] = [
  'due',
  'quattro',
  'cinque',
  'sette',
  'nove',
  'dieci',
  'dodici',
  'quindici',
  'venti',
  'trenta',
  'quaranta',
  'mezzo',
  'mesi',
  'settimane',
];

export const GERMAN_NUMBER_MARKERS: readonly string[] = [
  'zwei',
  'drei',
  'vier',
  'funf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'zwolf',
  'zwanzig',
  'dreissig',
  'vierzig',
  'monate',
  'wochen',
];
