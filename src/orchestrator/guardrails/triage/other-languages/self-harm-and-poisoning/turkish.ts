import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:utan\\p{L}*|rezil\\p{L}*|mahcup)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:utan\\p{L}*|rezil\\p{L}*|mahcup))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:hafta\\p{L}*|gunluk|birkac gun|tatil\\p{L}*|deniz\\p{L}*|biraz)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:hafta\\p{L}*|gunluk|birkac gun|tatil\\p{L}*|deniz\\p{L}*|biraz))';

/**
 * A place left ("toplantıdan kaybolmak istiyorum": to vanish from the meeting) is told before the verb in Turkish, in
 * the ablative: a wish told after one is a wish to be elsewhere, and is not read.
 */
const NOT_FROM_A_PLACE = '(?<!\\p{L}(?:dan|den|tan|ten) )';

/**
 * Turkish, typed with or without its letters (NICE NG225; the Turkish poison centre's household names, UZEM): a wish to
 * vanish or never to wake, nobody missing one, life without sense; a drain opener, caustic soda, spirit of salt,
 * antifreeze, a farm pesticide ("tarım ilacı"); voices that order a killing, days without sleep.
 */
export const TURKISH_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['kaybolmak', 'uyanmak', 'uyanmasam', 'antifriz', 'ozlemez', 'uyumuyor'],
  phrases: [
    // Session 52 (T82): a battery told before its verb, as the poison is ("pil yuttu"): every swallowed button battery is
    // an emergency (poison centres), and a child's toy battery played with and not swallowed is told with "yutmadı".
    [
      '(?:dugme |saat |kucuk |yassi |yuvarlak )?pil(?:i|ini|leri|lerden biri(?:ni)?)? (?:\\p{L}+ )?(?:yuttu|yutmus|yuttum|agzina atip yuttu)(?! (?:mu|mi|mı|sanip|saniyorduk|sandik|sanmistik|zannettik|zannedip|zannettim|dusunduk|diye))(?![^]*(?:yutmamis|yutmadi|yutmadigini|bir sey cikmadi|temiz cikti|bulduk|korktuk))',
      'swallowed a button battery',
    ],
    // ... and all the pills told as "the pills' all" ("ilaçların hepsini içtim"), as the wish's denial may precede it.
    [
      '(?:ilaclarin|haplarin|ilaclarimin|haplarimin|ilaclari|haplari) (?:hepsini|tamamini|hepsi) (?:ictim|icti|icmis|yuttum|yuttu|yutmus|aldim|aldi)',
      'took all the pills',
    ],
    // The poison is told before its verb (the language puts the verb last): read together, in the English order.
    [
      '(?:tarim ilac\\p{L}*|bocek ilac\\p{L}*|zirai ilac\\p{L}*|ot ilac\\p{L}*|pestisit\\p{L}*|antifriz\\p{L}*|lavabo acic\\p{L}*|boru acic\\p{L}*|kostik\\p{L}*|tuz ruhu\\p{L}*|kezzap\\p{L}*|fare zehir\\p{L}*|zehir\\p{L}*|camasir suy\\p{L}*) (?:\\p{L}+ )?(?:icti|icmis|ictim|icmisti|yuttu|yutmus|yuttum|yedi|yemis)',
      'drank poison',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}${NOT_FROM_A_PLACE}(?:sadece |artik |bir an once )?(?:kaybolmak|yok olmak|ortadan kaybolmak|kaybolup gitmek) (?:isti(?:yorum|yor|yordum|yormus|yorum artik)|istedigini|istedi|istiyormus)`,
      'wants to disappear forever',
    ],
    [
      '(?<!erken )(?:bir daha |artik |hic )?(?:uyanmak istemiyorum|uyanmak istemiyor|uyanmasam|uyanmayayim|hic uyanmasam)|uyuyup (?:bir daha )?uyanmamak',
      'i do not want to wake up',
    ],
    ['(?:okul|ders|universite) (?:odevi|odevim|projesi|projem|sunumu)(?: icin)?', 'for a school project'],
    ['kimse (?:beni|onu) (?:ozlemez|ozlemeyecek|aramaz|fark etmez)', 'nobody would miss me'],
    ['(?:yasamanin|hayatin|hayatimin) (?:hic )?(?:anlami|bir anlami) (?:yok|kalmadi)', 'no reason to live'],
    [
      '(?:sesler|ses|bir ses) (?:\\p{L}+ ){0,2}(?:oldur diyor|oldur diye|oldurmesini soyluyor|oldurmemi soyluyor|oldurmesini emrediyor|atla diyor|kendini oldur diyor)',
      'hears voices telling him to kill',
    ],
    [
      '(?:\\d+|iki|uc|dort|bes|alti|birkac) (?:gundur|gecedir|gun(?:dur)? boyunca) (?:hic )?(?:uyumuyor|uyumadi|uyuyamiyor|uyumamis|gozunu kirpmadi)',
      'has not slept for # days',
    ],
    ['lavabo acici|boru acici|kostik|tuz ruhu|kezzap', 'drain cleaner'],
    ['antifriz', 'antifreeze'],
    ['tarim ilaci|bocek ilaci|zirai ilac|pestisit|ot ilaci', 'pesticide'],
  ],
  words: {
    sarki: 'song',
  },
};
