/**
 * Session 60 (T119): a poisoning told by how many tablets were swallowed or by the pack they came in (NPIS / TOXBASE:
 * a count of an adult's tablets swallowed by a child, or a whole pack taken at once, is assessed at once), in the
 * grammar each language tells the count with where its lexicon read the verb or the pack and left the rest: the
 * Spanish perfect ("se ha tomado como 20 pastillas"), Russian counts in words and a whole pack of a medicine named by
 * its brand ("выпила всю пачку амитриптилина"), a Japanese strip or box told with a digit ("1シート全部"), a Korean
 * pack taken with the honorific verb ("한 통을 … 드셨어요"), a Chinese count of five to nine ("吞了七八片") and a
 * Turkish count told after the medicine ("ilacından 10 tane içti"). Each is read as the English the poisoning rules
 * already weigh ("took 20 pills", "the whole pack of pills", "swallowed several pills"); a daily dose, a pack bought
 * and a count of two or three stay as they were. Folded, as the lexicons are.
 */

/** Tablets, capsules, medicine and the packs they come in, in Spanish (folded). */
const SPANISH_TABLETS =
  '(?:pastillas|pildoras|tabletas|capsulas|grageas|comprimidos|frascos?|cajas?|cajitas?|blisters?|tiras?|sobres)';

/** Tablets told after the verb, within three words, and no daily dose told after them. */
const SPANISH_COUNTED = `(?= (?:[\\p{L}\\d]+ ){0,5}${SPANISH_TABLETS}(?![\\p{L}]))(?![^.;!?]{0,60}(?:cada|al dia|por dia|diari|receta))`;

export const SPANISH_PILLS_TOLD_BY_THEIR_COUNT: ReadonlyArray<readonly [string, string]> = [
  // The perfect of Spain and of written Spanish: "se ha tomado", "se han tragado", "habia bebido".
  [`(?:se )?(?:ha|han|habia|habian|haya) (?:tomado|bebido)${SPANISH_COUNTED}`, 'took'],
  [`(?:se )?(?:ha|han|habia|habian|haya) (?:tragado|comido)${SPANISH_COUNTED}`, 'swallowed'],
];

/** Russian food and drink sold in packs: a whole pack of juice or biscuits is no poisoning. */
const RUSSIAN_NOT_FOOD =
  '(?!(?:вод|молок|сок|газировк|кол|ча|коф|кефир|печень|конфет|чипс|сигарет|семеч|пельмен|масл|пив|вин|водк)\\p{L}*)';

export const RUSSIAN_PILLS_TOLD_BY_THEIR_COUNT: ReadonlyArray<readonly [string, string]> = [
  // A whole pack of a medicine named by its brand, which no lexicon lists: the pack itself tells it.
  [
    `(?<=(?:выпил|проглотил|съел|принял|наглотал|сожрал|слопал)\\p{L}* )(?:всю|целую) (?:пачку|упаковку|пластинку|блистер|коробку|баночку|банку|пластину)(?= ${RUSSIAN_NOT_FOOD}\\p{L}+)`,
    'the whole pack of pills',
  ],
  // A count of five and more told in words: two or three tablets for a headache is a dose.
  [
    '(?<=(?:выпил|проглотил|съел|принял|наглотал|сожрал|слопал)\\p{L}* (?:\\p{L}+ )?)(?:пять|шесть|семь|восемь|девять|десять|двенадцать|пятнадцать|двадцать|тридцать|сорок|пятьдесят|несколько|кучу|горсть)(?= (?:\\p{L}+ )?(?:таблет|капсул|пилюл|штук|колес)\\p{L}*)(?![^.;!?]{0,40}(?:в день|за день|в сутки|по назначению|по рецепту|как прописал|как назначил))',
    'several',
  ],
];

export const JAPANESE_PILLS_TOLD_BY_THEIR_PACK: ReadonlyArray<readonly [string, string]> = [
  // A strip, box or bottle told with a digit or its kana ("1シート", "ひと箱"), then swallowed.
  [
    '(?:薬|錠剤|睡眠薬|錠|安定剤|痛み止め|鎮痛剤|風邪薬|頭痛薬)を?(?:[1１]|一|ひと)(?:シート|箱|瓶|びん|袋)(?:分)?(?:全部|まるごと|丸ごと)?(?=[^。！？]{0,8}(?:飲|の|食べ|たべ))',
    'a whole box of pills',
  ],
];

export const KOREAN_PILLS_TOLD_BY_THEIR_PACK: ReadonlyArray<readonly [string, string]> = [
  // A whole pack told with the honorific verb of eating ("드셨어요") or after what it was taken with ("소주랑 같이").
  [
    '(?:수면제|약|알약|진통제|타이레놀|신경안정제|혈압약|수면유도제|안정제)(?:을|를)? ?(?:한 ?통|한 ?병|한 ?갑|한 ?상자|한 ?줄|한 ?판|통째로)(?:을|를)? ?(?:[^ .!?]+ ){0,2}(?:다 )?(?:드셨|드신|드시고|먹은|먹었|먹고|삼킨|삼켰|마신|마셨)(?![^.!?]{0,30}(?:동안|나눠|나누어|매일|하루에|처방|더 받))',
    'took a whole bottle of pills',
  ],
];

export const CHINESE_PILLS_TOLD_BY_THEIR_COUNT: ReadonlyArray<readonly [string, string]> = [
  // Five to nine, or two neighbours ("七八片"): a count past a dose, never a daily one ("每天吃五片").
  [
    '(?<!(?:每天|每日|一天|一日|每次|每晚|每早|一次)[^，。！？,]{0,3})(?:吃|吞|服|喝)(?:了|下|掉)?(?:[五六七八][六七八九]|[五六七八九])(?:片|粒|颗|顆)(?=[^，。！？,]{0,8}(?:药|藥|胶囊|膠囊))',
    'swallowed several',
  ],
];

export const TURKISH_PILLS_TOLD_BY_THEIR_COUNT: ReadonlyArray<readonly [string, string]> = [
  // The count after the medicine ("ilacından 10 tane içti"): Turkish puts the medicine first and the count beside the verb.
  [
    '(?:hap|ilac|tablet|kapsul|uyku|parol|parasetamol|aspirin|majezik|antidepresan)\\p{L}* (?:\\p{L}+ )?(?:[5-9]|[1-9]\\d|bes|alti|yedi|sekiz|dokuz|on|yirmi|otuz) (?:tane|adet) (?:icti|ictim|yuttu|yuttum|icmis|yutmus|almis|aldi)(?![^.;!?]{0,30}(?:gunde|her gun|gunluk|recete))',
    'swallowed 10 pills',
  ],
];
