import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 51 (T80): green (bilious) vomit (NICE NG143 and the RCPCH: bile-stained vomiting in a baby is a red flag for a
 * bowel obstruction; in anyone it is an acute abdomen), told by the colour after or before the vomiting in the
 * languages' own grammar: a German colour compound ("grasgrün", "dunkelgrün") and "spucken" for a baby's vomiting, the
 * Polish adverb "na zielono" and the instrumental "zielonym", the Russian instrumental "зелёным", Italian "vomita
 * verde". The lexicons read "vomiting" and left the colour unread in these forms, so the English rule that reads
 * "vomiting green" never saw it.
 *
 * Green told of food (spinach, peas, a jelly, pesto) is what was eaten, and a green stool is no vomit: the colour is read
 * only beside a verb or noun of vomiting and never where a green food is told in the message. Folded.
 */

const GREEN_VOMIT = 'vomiting green bile';

/**
 * The colour within three words after the vomiting, or just before its noun; none where green food is told, and only
 * beside a child or a sign of obstruction (`beside`: a swollen or hard belly, no stool or wind). An adult's greenish
 * vomit at the end of a bout on an empty stomach is bile, no red flag (review V33, 12:38).
 */
function greenVomit(vomit: string, green: string, food: string, beside: string): LexiconPhrases {
  const noFood = `${toldNowhere(food)}${toldAnywhere(`(?:${beside})`)}`;
  return [
    [`${noFood}(?:${vomit})(?: [^\\s.,;:!?]+){0,3}? (?:${green})(?![\\p{L}])`, GREEN_VOMIT],
    [`${noFood}(?:${green}) (?:${vomit})(?![\\p{L}])`, GREEN_VOMIT],
  ];
}

export const GERMAN_GREEN_VOMIT: LexiconPhrases = greenVomit(
  '(?:erbrich\\p{L}*|erbroch\\p{L}*|kotz\\p{L}*|gekotzt|spuckt|spucken|gespuckt|spuckte|bricht|brechen|gebrochen)',
  '(?:\\p{L}*grun(?:e|es|en|er|lich|liches|lichen)?)',
  'spinat|erbsen|brokkoli|wackelpudding|gotterspeise|pesto|kiwi|gurke',
  'baby|saugling|neugeboren|kind|sohn|tochter|wochen alt|\\d+ wochen|monate|aufgeblaht|bauch (?:ist )?(?:hart|dick)|kein stuhl|keine blahungen',
);

export const ITALIAN_GREEN_VOMIT: LexiconPhrases = greenVomit(
  '(?:vomit\\p{L}*|rimett\\p{L}*|rigurgit\\p{L}*)',
  '(?:verd(?:e|i|astro|astra|ognolo|ognola|e scuro))',
  'spinaci|piselli|broccoli|pesto|kiwi|zucchin|gelatina',
  'neonat|bimb|lattante|bambin|figli|settiman|mesi|pancia gonfi|pancia (?:e )?dura|di corpo|fa(?:ccio)? aria',
);

export const POLISH_GREEN_VOMIT: LexiconPhrases = greenVomit(
  '(?:wymiot\\p{L}*|zwymiotow\\p{L}*|zwraca\\p{L}*|ulewa\\p{L}*)',
  '(?:na zielono|zielon\\p{L}*|zielonkaw\\p{L}*)',
  'szpinak|groszek|brokul|pesto|kiwi|ogorek|galaretk',
  'dzieck|dziecia|niemowl|noworod|syn|cork|tygodni|miesi|wzdet|brzuch (?:jest )?twardy|nie oddaje|gazow',
);

export const RUSSIAN_GREEN_VOMIT: LexiconPhrases = greenVomit(
  '(?:рв[её]т|рвота|рвоту|рвотой|рвало|вырвало|стошнило|тошнит|срыгива\\p{L}*|срыгнул\\p{L}*)',
  '(?:зел[её]н\\p{L}*|зеленоват\\p{L}*)',
  'шпинат|горош|брокколи|песто|киви|огур|желе',
  'малыш|реб[её]н|младен|новорожд|сын|доч|недел|месяц|вздут|живот (?:тв[её]рд|как барабан)|не ходит в туалет|газы не отход',
);
