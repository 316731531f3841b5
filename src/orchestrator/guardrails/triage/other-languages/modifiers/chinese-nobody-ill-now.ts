/**
 * Session 62 (T134): Chinese's disclaimer that nobody is ill now ("现在没人有事", "家里人都好好的"), read as the English
 * disclaimer `../../asked-in-advance.ts` reads (`nothing-happening-now.ts` left it out: the lexicon's own "现在" and
 * "没" were read first, so it is spread before them). A question about a stroke's or a fit's first step told beside it
 * is asked in advance (NHS 111: advice, not a disposition); a sign told of someone now in another sentence still
 * keeps the emergency, as in English. "第一步该干嘛" (what is the first step) is read as the question it is.
 */
export const CHINESE_NOBODY_ILL_NOW: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:现在|現在|目前)(?:家里|家裡)?(?:都|还|還)?(?:没人|没有人|沒人|沒有人)(?:有事|生病|不舒服|出事)|(?:大家|家里人|家裡人|家人|我家人?)(?:现在|現在|目前)?都(?:没事|沒事|好好的|挺好的|很好)',
    'nothing is happening now',
  ],
  ['第一步(?:应该|應該|该|該|要)?(?:干嘛|幹嘛|做什么|做什麼|怎么做|怎麼做|怎么办|怎麼辦)', 'what should i do first'],
];
