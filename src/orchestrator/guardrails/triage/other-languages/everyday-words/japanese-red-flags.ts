import type { LexiconPhrases } from '../language-lexicon.js';

/**
 * Session 63 (T141): Japanese red flags told in everyday words the lists lacked (NHS 111 / Pathways, Resuscitation
 * Council, NICE NG143): the chest "苦しい" (tight, oppressive), which is how a patient tells chest pressure; no answer to
 * a call ("呼びかけても反応なし") and breathing unsure ("息してるかわからない"), a bystander's collapse; and a
 * temperature told bare in degrees ("38.5度"), a fever unless a bath, the water or the room is named. Breath lost to
 * laughter ("笑いすぎて") is read as laughter, so its "息ができない" is no one's distress.
 */
/**
 * No answer from someone absorbed in a game, a phone or a video is a child ignoring a parent, not unresponsiveness: the
 * same exclusion as the reader's own "呼んでも…返事がない" (`japanese.ts`).
 */
const ABSORBED_ELSEWHERE = '(?![^。！？]*(?:ゲーム|スマホ|携帯|電話|テレビ|動画|夢中|イヤホン|LINE|ライン|メール))';

export const JAPANESE_RED_FLAGS_IN_EVERYDAY_WORDS: LexiconPhrases = [
  [
    '(?:笑いすぎて|笑いが止まらなくて|笑いすぎで|笑いすぎ)(?:て)?(?:息|いき)(?:が)?(?:できない|できなかった|苦しい|くるしい)',
    'laughing so much',
  ],
  ['胸(?:が|の)?(?:苦し|くるし)(?:い|くて|くなって|くなった|かった)', 'chest pressure'],
  [
    `(?:(?:呼びかけ|声をかけ|呼ん|よん|叩い|たたい)(?:て|で)も(?:反応|はんのう|返事|へんじ)(?:が)?(?:なし|ない|しない|ありません)|(?:反応|はんのう)(?:が)?なし)${ABSORBED_ELSEWHERE}`,
    'not responding when called',
  ],
  [
    '(?:息|いき)(?:を)?(?:して(?:る|いる)?|してい(?:る)?)か(?:わから|分から)(?:ない|なくて)',
    'not sure if he is breathing',
  ],
  [
    '(?<!(?:風呂|ふろ|お湯|おゆ|湯|水|部屋|室温|気温|水温|外|設定|温度)(?:は|が|を|の)?)(?:3[89]|4[0-2])(?:\\.\\d)?(?:度|℃)(?!の(?:お湯|おゆ|湯|部屋|風呂|お風呂))',
    'a fever of #',
  ],
];
