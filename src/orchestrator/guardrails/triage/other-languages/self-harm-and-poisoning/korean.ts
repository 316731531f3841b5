import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/**
 * Korean (NICE NG225; the poisons Korean poison centres see most: paraquat "그라목손", farm pesticide, charcoal burnt in
 * a shut room "번개탄"): a wish to vanish or never to wake, nobody missing one, life without meaning; a whole bottle of
 * sleeping pills told by its count word ("한 통을 다").
 */
export const KOREAN_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    // The poison is told before its verb (the language puts the verb last): read together, in the English order.
    [
      '(?:그라목손|제초제|살충제|농약|부동액|뚫어뻥|배수구 ?세정제|양잿물|염산)(?:을|를|이|가)? ?(?:마셨|먹었|삼켰|들이켰)',
      'drank poison',
    ],
    [
      '(?<!(?:창피|부끄러|민망|쪽팔)[^.!?]{0,12})사라지고 ?싶(?:다|어|어요|대요|다고|다며|다는)(?! ?(?:잠깐|며칠|하루))',
      'wants to disappear forever',
    ],
    [
      '(?:다시는 |영원히 )?(?:깨어나고 ?싶지 ?않|눈 ?뜨고 ?싶지 ?않|안 ?깨어났으면|영원히 ?잠들고 ?싶)',
      'i do not want to wake up',
    ],
    ['(?:아무도|누구도) (?:나를 |날 )?(?:그리워하지|신경 ?쓰지|슬퍼하지) 않', 'nobody would miss me'],
    ['(?:사는|살아가는|살아 있는|살) 의미가 (?:없|없어|없다)', 'no reason to live'],
    [
      '(?:수면제|약|알약|진통제|타이레놀|신경안정제)(?:을|를)? ?(?:한 ?통|한 ?병|한 ?갑|한 ?상자|통째로)(?:을|를)? ?(?:다 )?(?:먹었|삼켰|먹어 ?버렸)(?![^.!?]{0,30}(?:동안|나눠|나누어|매일|하루에))',
      'took a whole box of pills',
    ],
    ['그라목손|제초제|살충제', 'pesticide'],
    ['번개탄(?! ?(?:구이|고기|바베큐|캠핑))', 'burning charcoal in a closed room'],
    ['뚫어뻥|배수구 ?세정제|양잿물|염산', 'drain cleaner'],
    ['부동액', 'antifreeze'],
  ],
  words: {},
};
