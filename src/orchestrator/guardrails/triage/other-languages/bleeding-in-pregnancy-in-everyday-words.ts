import { toldAnywhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 62 (T132): bleeding in pregnancy told in everyday words (RCOG Green-top 63, antepartum haemorrhage; NHS 111:
 * heavy bleeding in pregnancy, pads soaked): a pregnancy told by its own verb form or euphemism ("7 aylık hamileyim",
 * "pet se hai") and a heavy bleed told without the word for a bleed ("çok kan geliyor", "bahut khoon nikal raha hai",
 * "estoy manchando mucho, ya llené dos toallas"). The heavy bleed is read only where a pregnancy is told in the same
 * message, since a lot of blood coming is as often a nose or a cut; a little spotting that stopped stays as it was.
 */

const PREGNANT = 'pregnant';
const BLEEDING_A_LOT = 'bleeding a lot';

export const TURKISH_BLEEDING_IN_PREGNANCY: LexiconPhrases = [
  ['(?:\\d+) (?:aylik|ayli) (?:hamile|gebe)\\p{L}*', '# months pregnant'],
  ['(?:hamile|gebe)(?:yim|ydim|sin|ymis|yken|lik|ligimde)', PREGNANT],
  [
    `(?:cok|fazla|bol|durmadan) kan (?:geliyor|geldi|akiyor|akti|kaybediyorum|kaybediyor|gidiyor)${toldAnywhere('(?:hamile|gebe|pregnant)')}`,
    BLEEDING_A_LOT,
  ],
];

export const ROMANISED_HINDI_BLEEDING_IN_PREGNANCY: LexiconPhrases = [
  ['pet se (?:hai|hain|hoon|hu|thi|he)', 'is pregnant'],
  [
    `(?:bahut|bohot|bahot|zyada|jyada|kaafi) (?:zyada |jyada )?(?:khoon|khun) (?:nikal|aa|beh|bah|ja|gir) (?:raha|rha|rahi|rhi)${toldAnywhere('(?:pregnant|pet se|garbh|garbhvati|is pregnant)')}`,
    BLEEDING_A_LOT,
  ],
];

export const SPANISH_BLEEDING_IN_PREGNANCY: LexiconPhrases = [
  [
    `(?:estoy |esta )?manchando (?:mucho|muchisimo|bastante|un monton)${toldAnywhere('(?:embarazada|embarazo|pregnant)')}`,
    BLEEDING_A_LOT,
  ],
  [
    `(?:llene|empape|he llenado|he empapado|lleno|empapo) (?:\\d+|dos|tres|cuatro|varias) (?:toallas?|toallitas?|compresas?)(?: femeninas| sanitarias| higienicas)?${toldAnywhere('(?:embarazada|embarazo|pregnant)')}`,
    'soaked two pads in an hour',
  ],
];
