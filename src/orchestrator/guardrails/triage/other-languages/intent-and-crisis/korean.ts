import { toldAnywhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Where the jump is from: the place told after the verb, or someone told standing on it. A height told elsewhere in the
 * message (a flat on the 9th floor) is not where a jump off the sofa or into the shower is from (review V22, 02:15).
 */
const HEIGHT = toldAnywhere(
  '(?:옥상|다리|베란다|창문|난간|한강|건물|아파트|\\d+층)(?: 위)?(?:에서|에 (?:있|서 있|올라|와 있|가 있))',
);

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Korean (NICE NG225; NHS 111 mental health; 자살예방상담전화
 * 109): self-harm (자해), a jump from a height (뛰어내리다) told beside it, hanging (목을 매다), a burden (짐) and better
 * dead, a threat to kill, voices heard, days without sleep. "배고파 죽겠어" and "웃겨 죽겠어" are idioms of degree.
 */
export const KOREAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    // Old scars and self-harm years ago are history (review V22, 02:41).
    ['자해 ?(?:흉터|자국)|(?:\\d+|몇|오래)(?:년|달) 전(?:에)? ?자해', 'old self-harm scars'],
    ['자해', 'self-harm'],
    [`(?:뛰어내리(?:려고|겠|고 싶|고싶|려|면)|뛰어내릴)${HEIGHT}`, 'i am going to jump off'],
    ['목을 ?매(?:려고|고 싶|고싶|겠|달)|목매', 'i want to hang myself'],
    ['(?:가족|모두|다들|부모님|사람들)(?:에게|한테|의)? ?짐(?:이|만)? ?(?:되|돼)', 'i am a burden'],
    [
      '(?:내가|제가)? ?(?:죽는 게|죽는게|없어지는 게|없어지는게|사라지는 게|사라지는게) (?:나아|낫|더 나)',
      'it would be better if i died',
    ],
    ['(?<!면 )(?:죽여 ?버리겠|죽이겠다|죽여버린다|죽일 거|죽일거)(?![^.!?]{0,30}ㅋ)', 'says he will kill us'],
    ['(?:죽이라는|죽으라는|뛰어내리라는) (?:목소리|소리)', 'hears voices telling him to kill'],
    [
      '(?:며칠째|며칠 동안|며칠동안|\\d+일째|사흘째|나흘째) (?:잠을 )?(?:안|못) ?(?:자|잤|잠)',
      'has not slept for days',
    ],
  ],
  words: {},
};
