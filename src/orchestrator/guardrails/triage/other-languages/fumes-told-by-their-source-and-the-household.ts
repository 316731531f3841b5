import { toldNowhere } from './language-lexicon.js';

/**
 * Session 60 (T119): carbon monoxide told by its parts (NHS and TOXBASE: a fuel-burning heater, brazier or generator in a
 * closed room with several of the household unwell, or the alarm going off), in each language's words for the three
 * parts: the alarm told with its verb first or last ("sonó el detector de monóxido", "le détecteur de monoxyde a
 * sonné"), the source (a brazier, a coal stove, a briquette, a gas water heater, a generator) and the household
 * ("a família toda", "两个人都", "الكل", "lahat kami", "가족 모두", "家族全員"). Each is read as the English the
 * poisoning rules weigh together ("the co alarm went off"; a heater or charcoal with everyone unwell); a source alone,
 * a household alone, and an alarm beeping for its battery stay as they were. Folded, as the lexicons are.
 */
const ALARM_WENT_OFF = 'the co alarm went off';
const THE_HEATER = 'the heater';
const CHARCOAL = 'charcoal';
const EVERYONE = 'everyone';

/** An alarm beeping for a flat battery or a test: no gas (folded, each language's words). */
const NOT_A_BATTERY = toldNowhere('(?:pila|bateria|prueba|teste|pile|batterie|essai|test)');

export const SPANISH_FUMES: ReadonlyArray<readonly [string, string]> = [
  [
    `${NOT_A_BATTERY}(?:(?:sono|suena|esta sonando|pito|pita|esta pitando|empezo a sonar|se activo|se disparo) (?:el |la )?(?:detector|alarma|sensor) (?:de )?(?:monoxido|co)(?: de carbono)?|(?:el |la )?(?:detector|alarma|sensor) (?:de )?(?:monoxido|co)(?: de carbono)? (?:sono|suena|esta sonando|pito|pita|esta pitando|empezo a sonar|se activo|se disparo))`,
    ALARM_WENT_OFF,
  ],
  ['(?:el |un )?brasero', CHARCOAL],
];

export const PORTUGUESE_FUMES: ReadonlyArray<readonly [string, string]> = [
  [
    `${NOT_A_BATTERY}(?:(?:tocou|disparou|apitou|esta apitando|ta apitando) o (?:detector|alarme|sensor) de (?:monoxido|co)(?: de carbono)?|(?:o )?(?:detector|alarme|sensor) de (?:monoxido|co)(?: de carbono)? (?:tocou|disparou|apitou|esta apitando|ta apitando|comecou a apitar))`,
    ALARM_WENT_OFF,
  ],
  ['(?:o |um )?braseiro', CHARCOAL],
  ['(?:a )?familia toda|toda a familia', 'the whole family'],
];

export const FRENCH_FUMES: ReadonlyArray<readonly [string, string]> = [
  [
    `${NOT_A_BATTERY}(?:le |l')?(?:detecteur|alarme|capteur) (?:de |d')?(?:monoxyde|co)(?: de carbone)? (?:a sonne|sonne|s'est declenche|s'est mis a sonner|vient de sonner|bipe|a bipe)`,
    ALARM_WENT_OFF,
  ],
  ['toute la famille', 'the whole family'],
];

export const CHINESE_FUMES: ReadonlyArray<readonly [string, string]> = [
  ['(?:煤炉|煤爐|炭火|炭盆|火盆|蜂窝煤|蜂窩煤|煤球炉|煤球爐)', CHARCOAL],
  ['(?:燃气|燃氣|煤气|煤氣)热水器|(?:燃气|燃氣|煤气|煤氣)熱水器', 'the gas heater'],
  ['(?:两个人|兩個人|两人|兩人|俩人|倆人|他俩|他倆|全家人?|一家人|家里人|家裡人|大家)(?:都|全都)', EVERYONE],
];

export const ARABIC_FUMES: ReadonlyArray<readonly [string, string]> = [
  // The conjunction written onto the noun ("والمدفاه": and the heater).
  ['و?(?:ال)?(?:مدفاه|مدفأة|صوبه|صوبة|دفايه|دفاية|منقل|كانون|جنريتر)', THE_HEATER],
  ['(?:الكل|كلنا|كل العيله|كل البيت|كل اللي بالبيت)', EVERYONE],
];

export const TAGALOG_FUMES: ReadonlyArray<readonly [string, string]> = [
  ['lahat (?:kami|sila|tayo)|kaming lahat|silang lahat', 'all of us'],
  ['sa loob ng (?:bahay|kwarto|kuwarto|garahe)', 'inside the house'],
];

export const KOREAN_FUMES: ReadonlyArray<readonly [string, string]> = [
  ['연탄(?:불|난로)?|숯불|석유난로|가스난로', CHARCOAL],
  ['(?:가족|식구들?) ?(?:모두|전부|다)|온 ?가족', 'the whole family'],
];

export const JAPANESE_FUMES: ReadonlyArray<readonly [string, string]> = [
  ['練炭(?:ストーブ)?|七輪|炭火|石油ストーブ|ガスストーブ', CHARCOAL],
  ['家族(?:全員|みんな|皆)', 'the whole family'],
];
