import type { FindingsReading } from './findings-reading.js';

/**
 * Japanese: no answer when called ("呼びかけても返事がありません"), what a bystander tells of someone collapsed
 * (Resuscitation Council UK: unresponsive).
 */
export const JAPANESE_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    // A baby feeding well, told of the milk or the breast (NICE NG143 green), session 43 (T53).
    [
      '(?:(?:ミルク|母乳|おっぱい)(?:も|は|を)?)?(?:よく|ちゃんと|しっかり|普通に)飲(?:んでいます|んでいる|んでる|みます|む)',
      'feeds well',
    ],
    ['(?:倒れた)?まま動かない|(?:倒れた)?まま動きません', 'is not moving'],
    // A cold's blocked nose: breathing through the nose is no airway trouble.
    ['鼻が(?:詰まって|つまって|詰まり)', 'blocked nose'],
    ['鼻で', 'through my nose'],
    [
      '(?:呼びかけても|呼んでも|声をかけても|名前を呼んでも|揺すっても)(?:返事|反応|応答|返答)(?:が|も)?(?:ありません|ない|なく|しない|しません|がない)(?![^。！？]*(?:ゲーム|スマホ|携帯|電話|テレビ|動画|夢中|イヤホン|LINE|ライン|メール))',
      'is not responding',
    ],
  ],
  words: {},
};
