import { toldAnywhere, toldNowhere } from './language-lexicon.js';

/**
 * Session 60 (T119): a plan told as ending everything, with its means or its place at hand (NICE NG225 and the Columbia
 * scale: a plan, a means, a time), in the words each language ends things with: Italian "la fa finita" in the third
 * person and the future, Turkish "her şeyi bitireceğini", Swahili "atamaliza kila kitu", Haitian "l ap fini ak tout
 * bagay", Korean "다 끝낼 거"; German hanging told with its reflexive ("sich erhängen"), and a child or a friend locked in
 * a bathroom or a room with blades or pills (Chinese). Read as "will end it all", "wants to hang herself", "locked herself in the
 * bathroom", which the English rules weigh beside the rope, the pills or the silence told with them. Finishing the work,
 * the homework or a season is an end of another kind: the ending words are read only where a means, a height or despair
 * is told in the message. Folded, as the lexicons are.
 */
const END_IT_ALL = 'will end it all';

/** A means, a height or despair told anywhere in the message, in each language's words (folded). */
const BESIDE_A_MEANS = {
  italian: toldAnywhere(
    '(?:pistola|fucile|corda|cappio|pillole|pastiglie|compresse|sonniferi|lamette|coltello|ponte|tetto|binari|veleno|addio|non ce la faccio|non ne posso piu)',
  ),
  turkish: toldAnywhere(
    '(?:ip |ip,|ipi|urgan|hap|ilac|jilet|bicak|silah|tabanca|kopru|cati|zehir|intihar|veda|elveda|dayanamiyorum|yasamak istemiyorum)',
  ),
  swahili: toldAnywhere('(?:kamba|vidonge|dawa|sumu|kisu|wembe|bunduki|daraja|kujiua|kwaheri|sitaki kuishi)'),
  haitian: toldAnywhere('(?:kod|grenn|pwazon|kouto|zam|revolve|pon|touye tet|adye|mwen pa ka anko)'),
  korean: toldAnywhere('(?:밧줄|끈|수면제|약을|칼|면도날|번개탄|연탄|옥상|다리|유서|죽고|죽을)'),
} as const;

/** Work, a task, a season or a meal finished: no plan to die (folded). */
const NOT_A_TASK = {
  italian: toldNowhere(
    '(?:con (?:il|la|lo|le|i|gli|questa|questo|quel|quella|lui|lei)|lavoro|discussione|litigi|fumo)',
  ),
  turkish: toldNowhere('(?:odev|is(?:i|leri)|proje|rapor|yemek|sezon|tatil|ders)'),
  swahili: toldNowhere('(?:kazi|shule|mradi|chakula|msimu)'),
  haitian: toldNowhere('(?:travay|devwa|lekol|manje)'),
  korean: toldNowhere('(?:숙제|과제|일을|업무|프로젝트|보고서|시즌|청소)'),
} as const;

export const ITALIAN_END_TO_EVERYTHING: ReadonlyArray<readonly [string, string]> = [
  [
    `${BESIDE_A_MEANS.italian}${NOT_A_TASK.italian}(?:(?:stasera|stanotte|oggi|domani) )?(?:la )?(?:fa|fara|faro|faccio|ha deciso di farla|vuole farla|vorrebbe farla) finita`,
    END_IT_ALL,
  ],
];

export const TURKISH_END_TO_EVERYTHING: ReadonlyArray<readonly [string, string]> = [
  [
    `${BESIDE_A_MEANS.turkish}${NOT_A_TASK.turkish}her seyi (?:bitirecegim|bitirecek|bitirecegini|bitirecegimi|bitiriyorum|bitirmek istiyor\\p{L}*|sonlandiracagim|sonlandiracak\\p{L}*)`,
    END_IT_ALL,
  ],
];

export const SWAHILI_END_TO_EVERYTHING: ReadonlyArray<readonly [string, string]> = [
  [
    `${BESIDE_A_MEANS.swahili}${NOT_A_TASK.swahili}(?:nitamaliza|atamaliza|namaliza|anamaliza|nataka kumaliza|anataka kumaliza) kila kitu`,
    END_IT_ALL,
  ],
];

export const HAITIAN_CREOLE_END_TO_EVERYTHING: ReadonlyArray<readonly [string, string]> = [
  [
    `${BESIDE_A_MEANS.haitian}${NOT_A_TASK.haitian}(?:m|mwen|l|li|li di l) (?:ap|pral|pra|va|vle) fini (?:ak|avek) (?:tout bagay|tout sa|lavi (?:m|l|li|mwen))`,
    END_IT_ALL,
  ],
];

export const KOREAN_END_TO_EVERYTHING: ReadonlyArray<readonly [string, string]> = [
  [
    `${BESIDE_A_MEANS.korean}${NOT_A_TASK.korean}(?:다|모든 ?걸|모든 ?것을|전부) ?(?:끝낼|끝내겠|끝내려|끝낼 거|끝내고 싶)`,
    END_IT_ALL,
  ],
];

export const GERMAN_END_TO_EVERYTHING: ReadonlyArray<readonly [string, string]> = [
  // Hanging told with its reflexive, the verb last; "aufhängen" only right after it or a time: pictures, washing or curtains hung up
  // ("sich beim Aufhängen der Gardinen verletzt") are no hanging.
  [
    '(?:(?:will|wollte|mochte|mochten|wollen) )?(?:sich|mich|dich) (?:(?:\\p{L}+ ){0,4}(?:erhangen|aufknupfen)|(?:(?:heute|morgen|jetzt|gleich|bald|nachher)(?: nacht| abend)? )?aufhangen)',
    'wants to hang herself',
  ],
];

export const CHINESE_END_TO_EVERYTHING: ReadonlyArray<readonly [string, string]> = [
  [
    '把自己(?:反锁|锁|鎖|关|關)(?:在)?(?:浴室|卫生间|衛生間|厕所|廁所|洗手间|洗手間)(?:里|裡)?(?=[^。！？]{0,12}(?:刀片|刀|药|藥|绳|繩|剪刀))',
    'locked herself in the bathroom',
  ],
  [
    '把自己(?:反锁|锁|鎖|关|關)(?:在)?(?:房间|房間|屋)(?:里|裡)?(?=[^。！？]{0,12}(?:刀片|刀|药|藥|绳|繩|剪刀))',
    'locked herself in her room',
  ],
  ['(?:拿着|拿著|握着|握著|带着|帶著)(?:刀片|剃须刀片|剃鬚刀片)', 'holding razor blades'],
];
