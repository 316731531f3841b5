/**
 * Session 60 (T119): digoxin toxicity told in other languages (NPIS / TOXBASE digoxin: a dose doubled or taken twice,
 * a slow pulse, vision turned yellow), where each lexicon left the medicine's own spelling ("digoxina", "digoxine",
 * "дигоксин", "地高辛") and the yellow vision ("ve todo amarillo", "voit tout en jaune", "sieht alles gelb") unread, and
 * French read a pulse told with "à" ("son pouls est à 40") as a temperature. Read as "digoxin", "sees everything
 * yellow" and "pulse", which the English poisoning rules weigh beside the dose and the pulse; the medicine named alone
 * or asked about stays as English leaves it. Folded, as the lexicons are.
 */
const DIGOXIN = 'digoxin';
const YELLOW_VISION = 'sees everything yellow';

export const SPANISH_DIGOXIN: ReadonlyArray<readonly [string, string]> = [
  ['digoxina|lanoxin', DIGOXIN],
  [
    '(?:ve|veo|vemos|esta viendo|estoy viendo|mira|dice que ve) (?:todo|todas las cosas|las cosas)(?: (?:de|en|color))? amarill\\p{L}*',
    YELLOW_VISION,
  ],
];

export const PORTUGUESE_DIGOXIN: ReadonlyArray<readonly [string, string]> = [
  ['digoxina|lanoxin', DIGOXIN],
  [
    '(?:ve|vejo|esta vendo|ta vendo|enxerga|enxergando|diz que ve) (?:tudo|as coisas)(?: (?:em|de))? amarel\\p{L}*',
    YELLOW_VISION,
  ],
];

export const FRENCH_DIGOXIN: ReadonlyArray<readonly [string, string]> = [
  ['digoxine|lanoxin', DIGOXIN],
  ['(?:voit|vois|voyait|dit qu.elle voit|dit qu.il voit) (?:tout|les choses)(?: en)? jaune', YELLOW_VISION],
  // A pulse told with "à" or "de" before its count is a rate, not the temperature "à 40" reads as elsewhere.
  ['(?:le |son |mon |sa )?(?:pouls|frequence cardiaque)(?: (?:est|etait))?(?: (?:a|de))?(?= \\d)', 'pulse'],
];

export const ITALIAN_DIGOXIN: ReadonlyArray<readonly [string, string]> = [
  ['digossina|digoxina|lanoxin', DIGOXIN],
  ['(?:vede|vedo|vedeva|dice di vedere) (?:tutto|le cose)(?: (?:di|in))? giall\\p{L}*', YELLOW_VISION],
];

export const GERMAN_DIGOXIN: ReadonlyArray<readonly [string, string]> = [
  ['digoxin|digitoxin|lanicor|lanitop', DIGOXIN],
  ['(?:sieht|sehe|sah) (?:alles|die dinge)(?: \\p{L}+)? gelb(?:lich|stichig)?', YELLOW_VISION],
];

export const RUSSIAN_DIGOXIN: ReadonlyArray<readonly [string, string]> = [
  ['дигоксин\\p{L}*', DIGOXIN],
  ['(?:видит|вижу|видел\\p{L}*) вс[её] (?:в )?ж[её]лт\\p{L}*', YELLOW_VISION],
];

export const CHINESE_DIGOXIN: ReadonlyArray<readonly [string, string]> = [
  ['地高辛', DIGOXIN],
  ['(?:看东西|看東西|看什么都|看什麼都|眼前)(?:都)?(?:发黄|發黃|是黄色|是黃色|黄黄的|黃黃的)', YELLOW_VISION],
];
