import type { FindingsReading } from './findings-reading.js';

/**
 * Korean: the glass test of a rash told in parts (NICE NG143): red spots that do not go away when pressed with a cup
 * ("컵으로 눌러도 안 없어지고").
 */
export const KOREAN_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    // A cold's blocked nose: breathing through the nose is no airway trouble.
    ['코가 (?:막혀서|막혀|막혔)', 'blocked nose'],
    ['코로', 'through my nose'],
    [
      '(?:유리컵|유리잔|컵|잔)(?:으로|로) 눌러(?:도|봐도|보아도) (?:안 없어지|없어지지 않|안 사라지|사라지지 않|그대로)',
      'a rash that does not fade when pressed with a glass',
    ],
    ['(?:붉은|빨간) (?:점|반점|발진)', 'red spots'],
    // Session 53 (T84): a head struck hard told with the place it struck between ("머리를 바닥에 세게 부딪히셨어요"; NICE
    // NG232), not a light knock ("살짝"), and a blood thinner named: a head injury on warfarin is a red flag.
    [
      '(?:머리|뒤통수|이마)(?:를|도)? (?:\\p{L}+(?:에|에다|으로|로) )?(?:세게|심하게|크게|쾅 ?|꽝 ?)(?: ?\\p{L}+)? ?(?:부딪|부딧|박았|박고|찧)\\p{L}*',
      'hit his head hard',
    ],
    ['와파린|쿠마딘|엘리퀴스|자렐토|릭시아나|프라닥사|항응고제', 'blood thinners'],
  ],
  words: {},
};
