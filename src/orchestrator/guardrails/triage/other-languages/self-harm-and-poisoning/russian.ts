import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:стыд\\p{L}*|позор\\p{L}*|неловк\\p{L}*|опозорил\\p{L}*)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:стыд\\p{L}*|позор\\p{L}*|неловк\\p{L}*|опозорил\\p{L}*))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:недел\\p{L}*|дней|дня|выходны\\p{L}*|отпуск\\p{L}*|пляж\\p{L}*|мор\\p{L}*|поспать|выспаться|на время)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:недел\\p{L}*|дней|дня|выходны\\p{L}*|отпуск\\p{L}*|пляж\\p{L}*|мор\\p{L}*|поспать|выспаться|на время))';

/** Where a wish's clause ends: "хочу исчезнуть с этой встречи" goes on with where, and is not read. */
const CLAUSE_ENDS = '(?=\\s?(?:[,.;!?]|$|и |но |потому |что |никто ))';

/**
 * Russian (NICE NG225; the Russian helplines' warning signs; the Russian poison centres' household names): a wish to
 * vanish or never to wake, nobody missing one, a farewell letter, cuts told on the arms beside the wish; vinegar
 * essence (70% acetic acid, the commonest corrosive swallowed in Russia), a drain cleaner ("Крот"), rat poison,
 * antifreeze and pesticide; voices that order a killing, nights without sleep counted as days ("пятые сутки").
 */
export const RUSSIAN_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:я |он |она )?(?:хочу|хочет|хочется|хотела бы|хотел бы|хотелось бы|мечтаю) (?:просто )?(?:исчезнуть|пропасть|раствориться|не существовать)(?: навсегда)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      '(?:(?:не )?(?:хочу|хочется|хотела бы|хотел бы) (?:\\p{L}+ )?(?:больше )?не просыпаться|не (?:хочу|хочется) (?:\\p{L}+ )?(?:больше )?просыпаться|уснуть и не проснуться)(?! (?:рано|в \\d|в шесть|в семь|по будильнику))',
      'i do not want to wake up',
    ],
    [
      'никто (?:не )?(?:будет |станет )?(?:скучать|заметит|не заметит|не будет скучать)(?: по мне| по нему| по ней)?',
      'nobody would miss me',
    ],
    [
      '(?:для|на) (?:школьного|школьный|учебного|учебный) (?:проекта|проект|доклада|доклад|реферата|реферат)|(?:для|на) (?:урока|урок) (?:обж|биологии|психологии)',
      'for a school project',
    ],
    // A note written before dying; a farewell letter ("прощальное письмо") is as often one to colleagues at a retirement.
    ['(?:предсмертн\\p{L}*) (?:письм\\p{L}*|записк\\p{L}*|сообщени\\p{L}*)', 'a suicide note'],
    // Teenagers' slang for killing oneself ("выпилиться", "роскомнадзорнуться") and having had enough of everything.
    ['выпилит\\p{L}*|роскомнадзорн\\p{L}*', 'kill myself'],
    ['(?:всё|все) (?:достало|надоело|задолбало)(?= ?(?:[,.;!?]|$))', 'had enough of everything'],
    [
      '(?:уксусн\\p{L}* (?:эссенци\\p{L}*|кислот\\p{L}*)|эссенци\\p{L}* уксус\\p{L}*|крот|крота|средство для (?:чистки )?труб|каустическ\\p{L}* сод\\p{L}*)',
      'drain cleaner',
    ],
    [
      'крысин\\p{L}* яд\\p{L}*|яд\\p{L}* (?:для|от) (?:крыс|мышей|грызунов)|отрав\\p{L}* (?:для|от) (?:крыс|мышей|грызунов)',
      'rat poison',
    ],
    ['антифриз\\p{L}*|тосол\\p{L}*|незамерзайк\\p{L}*|омывайк\\p{L}*', 'antifreeze'],
    [
      'пестицид\\p{L}*|инсектицид\\p{L}*|гербицид\\p{L}*|ядохимикат\\p{L}*|средство от (?:колорадск\\p{L}* жук\\p{L}*|тараканов|клопов|сорняков)',
      'pesticide',
    ],
    [
      '(?:голоса|голос) (?:\\p{L}+ ){0,2}(?:говорят|говорит|приказывают|приказывает|велят|велит|требуют|требует|заставляют) (?:ему |ей |мне )?(?:убить|убивать|зарезать|прыгнуть|покончить)',
      'hears voices telling him to kill',
    ],
    [
      '(?:не спит|не спал\\p{L}*|без сна) (?:уже )?(?:\\d+|двое|трое|четверо|пятеро|несколько|вторые|третьи|четвертые|четвёртые|пятые|шестые) (?:сутки|суток|дней|дня|ночей|ночи)|(?:вторые|третьи|четвертые|четвёртые|пятые|шестые) сутки (?:не спит|без сна)',
      'has not slept for days',
    ],
  ],
  words: {
    песня: 'song',
    песне: 'song',
  },
};
