import { toldAnywhere } from './language-lexicon.js';

/**
 * Session 59 (T114): a bleed told by the cloth it soaks or the jet it makes (NHS 111 and Manchester Triage: blood soaking
 * through a towel or a dressing, or spurting, is a major haemorrhage), in each language's own words: "la serviette est
 * trempée de sang", "ho inzuppato due asciugamani di sangue", "毛巾都被血浸透了", "タオルが血でびっしょり", "तौलिया खून से
 * भीग गया", "havlu kanla sırılsıklam oldu", "khăn thấm đầy máu", "الدم بيطلع نافورة". A sanitary pad soaked in a period
 * is its own question (the lists name towels, gauze, clothes and sheets, never a pad), and juice, sauce or sweat that
 * soaks a shirt names no blood; blood that boils ("الدم بيفور في عروقي") is anger. Folded, as the lists are; each list is read early in its lexicon.
 */

/** What a cloth soaked with blood reads as, where the English rules read a major haemorrhage. */
const SOAKED_WITH_BLOOD = 'the towel is soaked with blood';

/** What blood in a jet reads as. */
const BLOOD_SPURTING = 'blood spurting';

export const FRENCH_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  [
    "(?<!hygienique )(?:serviette|torchon|compresse|pansement|tee-shirt|t-shirt|linge|bandage|drap|gant|vetement)s? (?:est |sont )?(?:deja |completement |tout |toute |toutes |tous )?(?:trempee?s?|imbibee?s?) (?:de|du) sang(?![^.;!?]{0,60}(?:regles|periode|s'est arrete|arrete tout seul|petit saignement))",
    SOAKED_WITH_BLOOD,
  ],
];

export const ITALIAN_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:inzuppat[oaie]|intris[oaie]|impregnat[oaie]) (?:\\p{L}+ )?(?:asciugaman[oi]|strofinacci?[oi]|garz[ae]|magliett[ae]|fazzolett[oi]|bend[ae]|lenzuol[oa]) (?:di|del|col) sangue|(?:asciugaman[oi]|garz[ae]|bend[ae]|magliett[ae]|fazzolett[oi]|lenzuol[oa]) (?:e |sono )?(?:gia |tutt[oaie] )?(?:inzuppat[oaie]|intris[oaie]|impregnat[oaie]) di sangue',
    SOAKED_WITH_BLOOD,
  ],
];

export const ARABIC_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  [
    'الدم (?:\\p{L}+ )?(?:زي |مثل |ك)?(?:ال)?(?:نافوره|نافورة|شلال)|الدم (?:عم )?(?:بيشخ|يشخ|بيتدفق|يتدفق|بينفر|ينفر|بيطرطش)',
    BLOOD_SPURTING,
  ],
  [
    '(?:المنشفه|المنشفة|الفوطه|الفوطة|البشكير|الشاش|القماشه|القماشة|التيشيرت|الضماده|الضمادة|الملايه|الملاية) (?:\\p{L}+ )?(?:تشربت|اتشربت|غرقت|تبللت|تبلت|مليانه|مليانة|غرقانه|غرقانة|مبلوله|مبلولة) (?:ب|من )?(?:ال)?دم',
    SOAKED_WITH_BLOOD,
  ],
];

/** A cloth in Chinese: a towel, gauze, clothes, a sheet, a bandage, tissues (never a sanitary pad). */
const CHINESE_CLOTH = '(?:毛巾|纱布|紗布|衣服|床单|床單|绷带|繃帶|卫生纸|衛生紙|纸巾|紙巾|棉布|布)';

/** Soaked through or dyed red, in Chinese. */
const CHINESE_SOAKED = '(?:浸透|湿透|濕透|染红|染紅|泡透)';

export const CHINESE_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  [
    `${CHINESE_CLOTH}[^，。！？,]{0,4}血[^，。！？,]{0,2}${CHINESE_SOAKED}|${CHINESE_CLOTH}[^，。！？,]{0,4}${CHINESE_SOAKED}[^，。！？,]{0,3}血|血(?:把|将|將)?[^，。！？,]{0,4}${CHINESE_SOAKED}`,
    SOAKED_WITH_BLOOD,
  ],
];

export const JAPANESE_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:タオル|ガーゼ|服|シャツ|シーツ|包帯|ティッシュ)(?:が|も)?(?:血で|血に)(?:びっしょり|ぐっしょり|真っ赤|染まっ|濡れ)|血(?:が|で)(?:びっしょり|ぐっしょり)',
    SOAKED_WITH_BLOOD,
  ],
];

export const HINDI_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  ['खून की (?:धार|धारा|फुहार|पिचकारी)', BLOOD_SPURTING],
  ['(?:तौलिया|तौलिये|कपड़ा|कपड़े|पट्टी|रुमाल|चादर|गमछा)(?: [^\\s,.!?]+)? खून से (?:भीग|तर|लथपथ|सन)', SOAKED_WITH_BLOOD],
];

export const TURKISH_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:havlu|bez|gazli bez|tisort|carsaf|sargi|pamuk)\\p{L}* kan(?:la|a) (?:sirilsiklam|islandi|bulandi|batti|doldu)|kanla sirilsiklam',
    SOAKED_WITH_BLOOD,
  ],
];

export const TAGALOG_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:basang-basa|basang basa|babad|tigmak) (?:na )?(?:ng dugo )?(?:ang |yung )?(?:tuwalya|damit|bimpo|gasa|tela|kumot|t-shirt)${toldAnywhere('dugo')}|(?:tuwalya|damit|bimpo|gasa|tela|kumot) (?:ay )?(?:basang-basa|basang basa|babad|tigmak) (?:na )?(?:ng|sa) dugo`,
    SOAKED_WITH_BLOOD,
  ],
  [
    '(?:bumubulwak|sumisirit|bumubulusok|pumupulandit) (?:ang |yung )?dugo|dugo (?:ay )?(?:bumubulwak|sumisirit|pumupulandit)',
    BLOOD_SPURTING,
  ],
];

export const VIETNAMESE_CLOTH_SOAKED_AND_BLOOD_SPURTING: ReadonlyArray<readonly [string, string]> = [
  ['(?:khan|ao|gac|bang|vai|bong)(?: \\p{L}+)? (?:tham|uot) (?:day |het |dam |sung )?mau', SOAKED_WITH_BLOOD],
  ['mau (?:phun|tuon|vot|xit)(?: ra| thanh tia)?', BLOOD_SPURTING],
];
