import { toldAnywhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Where the jump is from: the place told after the verb, or someone told standing on it. A height told elsewhere in the
 * message (a flat on the 9th floor) is not where a jump off the sofa or into the shower is from (review V22, 02:15).
 */
const HEIGHT = `(?: (?:\\p{L}+ )?(?:с|со|из) (?:\\p{L}+ )?(?:крыш|мост|окн|балкон|этаж|многоэтажк|высотк|обрыв)\\p{L}*|${toldAnywhere('(?:стою|стоит|сижу|сидит|нахожусь|залез\\p{L}*|забрал\\p{L}*) на (?:крыше|мосту|подоконнике|балконе|краю|перилах)')})`;

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Russian, read by stems (NICE NG225; NHS 111 mental health;
 * the Russian helpline 8-800-2000-122): a relative's wish to die, hanging, a burden and better not to be, a jump
 * from a height told beside it, days without sleep, a knife carried about; not wanting to live alone or somewhere
 * is a move, not a wish to die.
 */
export const RUSSIAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    ['угрожа\\p{L}* (?:\\p{L}+ )?(?:убить|зарезать|прирезать|застрелить)', 'threatens to kill'],
    [
      `(?:с )?(?:ножом|топором|ножами)${toldAnywhere('(?:угрож|убить|убью|убьет|убьёт|неадекват|голоса|зарежу|психоз|белая горячка)')}`,
      'with a knife',
    ],
    // Suicidal thoughts denied or long past (review V22: main read the noun as first-person intent and left the denial unread).
    [
      '(?:у меня |у него |у нее |у неё )?(?:нет|не было|никогда не было) (?:никаких )?(?:мыслей|мысли) (?:о самоубийстве|о суициде|покончить с собой|о смерти)',
      'no suicidal thoughts',
    ],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    ['сколько', 'how many'],
    [
      '(?<=(?:сколько)[^.?;!]{0,80})чтобы (?:умереть|не проснуться|больше не проснуться|уснуть навсегда|покончить с собой)',
      'to die',
    ],
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
      '(?:хочет|хотела?|хотят|собирается|собиралась|собирался) (?:умереть|покончить с собой|убить себя|повеситься|отравиться|не жить|уйти из жизни)(?! (?:от|со|с|дома|в своей|в своем|в своём|в постели|в кровати|спокойно|не в больнице|на родине|своей смертью))',
      'she says she wants to die',
    ],
    [
      'не (?:вижу|вижу никакого) смысла (?:жить|в жизни|дальше жить)|смысла жить (?:больше )?нет',
      'there is no reason to live',
    ],
    ['(?:хочу|собираюсь|думаю) (?:повеситься|удавиться|уйти из жизни|покончить со всем)', 'i want to hang myself'],
    [
      '(?:больше )?не (?:могу|может) (?:больше )?так жить(?! (?:с|со|в|без|на|из-за|рядом) )(?![^.!?]{0,50}(?:переех|переезд|сменить|поменять|уволи|развод|сосед|работ|стресс|справиться))',
      'i cannot go on living like this',
    ],
    ['(?:я |он |она )?(?:обуза|обузой|тяжкий груз|балласт) (?:для|всем|для всех|для семьи|для своих)', 'i am a burden'],
    [
      '(?:всем )?(?:было бы |будет )?лучше(?:,)? (?:бы |если бы |если )?(?:меня не было|меня не станет|я умер\\p{L}*|я не жил\\p{L}*|без меня)',
      'it would be better if i died',
    ],
    [
      `(?:(?:хочу|хочет|сейчас|собираюсь|собирается|грозится|грозит|угрожает) (?:прыгнуть|спрыгнуть|сброситься|броситься)|(?:(?:говорит|сказал\\p{L}*|кричит|пишет|написал\\p{L}*),? (?:что )?)?(?:сейчас )?(?:прыгну|спрыгну|сброшусь|прыгнет|спрыгнет|сбросится))(?![^.;!?]{0,40}(?:тарзанк|парашют|в воду|в речку|в бассейн|в озеро|батут|в сугроб|в снег))${HEIGHT}`,
      'i am going to jump off',
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
  words: {},
};
