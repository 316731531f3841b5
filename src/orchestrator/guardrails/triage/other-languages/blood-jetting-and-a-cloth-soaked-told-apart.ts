import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 62 (T132): a bleed told by its jet or by the cloth pressed on it, where the blood and the cloth stand in
 * different clauses ("sangue che zampilla dalla gamba, la maglia che tengo premuta è zuppa", "la toalla ya está
 * empapada y sigue saliendo sangre"): NHS 111 and the Manchester Triage System read blood that spurts or soaks
 * through what is pressed on it as a major haemorrhage. `cloth-soaked-and-blood-spurting.ts` reads a cloth "soaked with
 * blood" in one phrase; here the soaking is read as blood's only where blood is told in the message and no sweat, rain,
 * juice, coffee, vomit or a period is (blood read by a phrase before is told in its English). Blood that boils ("il sangue mi ribolle") is anger, and is not a jet.
 */

const SOAKED_WITH_BLOOD = 'the towel is soaked with blood';
const BLOOD_SPURTING = 'blood spurting';

export const ITALIAN_BLOOD_JETTING_AND_A_CLOTH_SOAKED: LexiconPhrases = [
  [
    'sangue (?:che |mi |gli |le )?(?:zampill\\p{L}*|sprizz\\p{L}*|fiott\\p{L}*|sgorg\\p{L}*)|(?:zampill\\p{L}*|sprizz\\p{L}*|fiott\\p{L}*) (?:di )?sangue|sangue a fiotti',
    BLOOD_SPURTING,
  ],
  [
    `(?:maglia|maglietta|camicia|asciugamano|asciugamani|garza|garze|benda|bende|strofinaccio|fazzoletto|straccio|panno|lenzuolo)(?: (?:che|con cui)(?: \\p{L}+){1,3})? (?:e |sono )?(?:gia |tutt[oaie] |completamente )?(?:zupp[oaie]|fradici[oaie]?|inzuppat[oaie]|intris[oaie])${toldAnywhere('(?:sangu\\p{L}*|blood|bleed\\p{L}*)')}${toldNowhere('sudore|pioggia|succo|caffe|vomito|pipi|ciclo|mestru\\p{L}*|acqua')}`,
    SOAKED_WITH_BLOOD,
  ],
];

export const SPANISH_BLOOD_JETTING_AND_A_CLOTH_SOAKED: LexiconPhrases = [
  [
    `(?:toalla|toallas|trapo|trapos|camiseta|playera|remera|gasa|gasas|venda|vendas|sabana|paño|pano|ropa)(?: (?:que|con la que)(?: \\p{L}+){1,3})? (?:ya )?(?:esta |estan |quedo |quedaron )?(?:toda |todas |todo |todos )?(?:empapad[oa]s?|ensopad[oa]s?|chorreando)${toldAnywhere('(?:sangre|sangrando|blood|bleed\\p{L}*)')}${toldNowhere('sudor|lluvia|jugo|cafe|vomito|pipi|orina|regla|menstrua\\p{L}*|agua')}`,
    SOAKED_WITH_BLOOD,
  ],
  ['(?:sigue )?(?:saliendo|sale|brota|brotando) (?:la )?sangre a chorros?|sangre a chorros', BLOOD_SPURTING],
];
