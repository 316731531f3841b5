import { toldAnywhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** A height one jumps from, told anywhere in the message, by its stem. */
const HEIGHT = toldAnywhere('(?:крыш|мост|окн|балкон|этаж|многоэтажк|высотк|обрыв)');

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Russian, read by stems (NICE NG225; NHS 111 mental health;
 * the Russian helpline 8-800-2000-122): a relative's wish to die, hanging, a burden and better not to be, a jump
 * from a height told beside it, days without sleep, a knife carried about; not wanting to live alone or somewhere
 * is a move, not a wish to die.
 */
export const RUSSIAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    // A jump into snow, water or onto a trampoline is play (a garage roof into a snowdrift), whatever the height.
    [
      '(?:прыг\\p{L}*|спрыг\\p{L}*) (?:с|со) (?:крыши|моста|балкона|гаража|сарая|обрыва|вышки|тарзанки)(?: \\p{L}+){0,2} (?:в сугроб|в снег|в воду|в речку|в реку|в бассейн|в озеро|в море|на батут)',
      'jumps into the water for fun',
    ],
    [
      'не (?:хочет|хочу|хочется) (?:больше |уже |так |вообще )*жить (?:в|во|с|со|у|здесь|там|тут|одн\\p{L}*|вместе|рядом|далеко|на|под|без|за)(?![\\p{L}])',
      'would rather move house',
    ],
    [
      '(?:хочет|хотела?|хотят|собирается|собиралась|собирался) (?:умереть|покончить с собой|убить себя|повеситься|отравиться|не жить|уйти из жизни)',
      'she says she wants to die',
    ],
    [
      'не (?:вижу|вижу никакого) смысла (?:жить|в жизни|дальше жить)|смысла жить (?:больше )?нет',
      'there is no reason to live',
    ],
    ['(?:хочу|собираюсь|думаю) (?:повеситься|удавиться|уйти из жизни|покончить со всем)', 'i want to hang myself'],
    ['(?:я |он |она )?(?:обуза|обузой|тяжкий груз|балласт) (?:для|всем|для всех|для семьи|для своих)', 'i am a burden'],
    [
      '(?:всем )?(?:было бы |будет )?лучше(?:,)? (?:бы |если бы |если )?(?:меня не было|меня не станет|я умер\\p{L}*|я не жил\\p{L}*|без меня)',
      'it would be better if i died',
    ],
    [
      `(?:(?:хочу|хочет|сейчас|собираюсь|собирается) (?:прыгнуть|спрыгнуть|сброситься|броситься)|(?:сейчас )?(?:прыгну|спрыгну|сброшусь))(?! (?:\\p{L}+ )?(?:на тарзанке|с парашютом|в воду|в речку|в бассейн|в озеро|на батуте))${HEIGHT}`,
      'is going to jump off',
    ],
    [
      'не спит (?:уже )?(?:\\d+|два|две|три|четыре|пять|несколько|вторые|третьи|четвертые|пятые|четвёртые)(?: сутки| суток| дня| дней| ночи| ночей)',
      'has not slept for days',
    ],
    [
      '(?:бегает|ходит|бродит|носится|бегал\\p{L}*|ходил\\p{L}*) (?:\\p{L}+ ){0,2}с (?:ножом|топором|ножами|молотком|пистолетом)',
      'running around with a knife',
    ],
    [
      '(?:говорит|считает|думает|кричит|уверен\\p{L}*),? (?:что )?(?:он|она|я) (?:бог|иисус|мессия|пророк|дьявол|бессмерт\\p{L}*)',
      'he thinks he is god',
    ],
    [
      '(?:говорит|считает|думает|уверен\\p{L}*),? (?:что )?(?:его|ее|её|нас|меня) (?:хотят убить|преследуют|отравляют|хотят отравить|следят)',
      'thinks people are trying to kill him',
    ],
  ],
  words: {
    веревка: 'rope',
    веревку: 'rope',
    верёвку: 'rope',
    верёвка: 'rope',
    лезвие: 'blade',
    лезвием: 'blade',
  },
};
