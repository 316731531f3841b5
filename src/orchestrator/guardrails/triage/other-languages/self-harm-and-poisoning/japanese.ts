import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/**
 * What is swallowed is told before the verb in Japanese ("殺鼠剤を食べた": rat poison ate): each poison is read with its
 * verb of swallowing, into the English order the rules read.
 */
const SWALLOWED =
  '(?:を|も)?(?:少し|全部|たくさん|一口|いっぱい)?(?:食べ|たべ|飲ん|のん|飲み込ん|のみこん|口に入れ|なめ|舐め)';

/**
 * Japanese (NICE NG225; the Japan Poison Information Centre's household names): never to wake, a life without meaning,
 * nobody sad if one were gone; rat poison, weed killer, a pipe cleaner or antifreeze swallowed.
 */
export const JAPANESE_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    // A count of tablets told swallowed at a time, with or without its unit (TOXBASE: take the count told), the English
    // rules weighing the count; not a count over days or a year ("20 in the last ten days", "the pill for 15 years").
    [
      '(?<!(?:毎日|1日|一日|日に|週に)[^。、]{0,10})[1-9]\\d+ ?(?:錠|粒|カプセル)(?:も|くらい|ぐらい|ほど|以上)?(?:一気に|全部|まとめて)?(?:飲ん|のん|飲み込ん|のみこん|飲みま)',
      'took # pills',
    ],
    ['(?:死ぬ|しぬ|自殺する|じさつする)つもり|死のうと(?:思|おも)', 'i am planning to die'],
    [
      '(?:もう|二度と)?(?:目覚めたくない|目が覚めなければ|目覚めなければ)|(?:もう|二度と|このまま|永遠に)(?:二度と)?目を覚ましたくない',
      'i do not want to wake up',
    ],
    [
      '(?:私|僕|俺|自分|わたし|ぼく|おれ)?(?:が)?いなくなっても(?:誰も|だれも)(?:悲しまない|かなしまない|困らない|気にしない)',
      'nobody would miss me',
    ],
    [
      '生きる意味(?:が|は|なんて)?(?:ない|無い|わからない)|生きて(?:い)?る意味(?:が|は|なんて)?(?:ない|無い)',
      'no reason to live',
    ],
    [`(?:殺鼠剤|ねずみ駆除剤|ネズミ駆除剤|猫いらず)${SWALLOWED}`, 'ate rat poison'],
    [`(?:除草剤|農薬|殺虫剤|パラコート)${SWALLOWED}`, 'drank pesticide'],
    [`(?:パイプクリーナー|パイプユニッシュ|排水口クリーナー|苛性ソーダ)${SWALLOWED}`, 'drank drain cleaner'],
    [`(?:不凍液|クーラント)${SWALLOWED}`, 'drank antifreeze'],
    ['(?:一箱|ひと箱|一瓶|ひと瓶|一シート)(?:分)?(?:全部)?', 'a whole box of'],
  ],
  words: {},
};
