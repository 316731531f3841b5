import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:wstyd\\p{L}*|obciach|zenad\\p{L}*|zenujac\\p{L}*)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:wstyd\\p{L}*|obciach|zenad\\p{L}*|zenujac\\p{L}*))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:tydzien|dni|weekend|urlop\\p{L}*|wakacj\\p{L}*|plaz\\p{L}*|morze|wyspac|na chwile)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:tydzien|dni|weekend|urlop\\p{L}*|wakacj\\p{L}*|plaz\\p{L}*|morze|wyspac|na chwile))';

/** Where a wish's clause ends: "chcę zniknąć z tego spotkania" goes on with where, and is not read. */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|i |a |ale |bo |ze |nikt ))';

/**
 * Polish, typed with or without its letters (NICE NG225; the Polish 116 123 helpline's warning signs; the Polish poison
 * centres' names): a wish to vanish or never to wake, nobody missing one, cutting oneself ("tnie się", "okalecza się");
 * rat poison ("trutka"), a drain cleaner ("Kret"), antifreeze ("płyn do chłodnic"), a pesticide; voices that order a
 * killing.
 */
export const POLISH_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['zniknac', 'obudzic', 'trutke', 'trutka', 'trutki', 'okalecza', 'udrazniania', 'szczury'],
  phrases: [
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:chce|chcialabym|chcialbym|chciala|chcial|chcialaby|chcialby) (?:po prostu |tylko )?(?:zniknac|zniknac na zawsze|przestac istniec)${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      '(?:chce|chcialabym|chcialbym|wolalabym|wolalbym) (?:sie )?(?:juz )?nie obudzic|(?:nie chce|nie chcialabym|nie chcialbym) (?:sie )?(?:juz )?(?:wiecej )?(?:obudzic|budzic)(?: jutro)?(?! (?:rano|wczesnie|o \\d))|zasnac i (?:sie )?(?:juz )?nie obudzic',
      'i do not want to wake up',
    ],
    [
      'nikt (?:by )?(?:za mna|za nim|za nia) (?:nie )?(?:tesknil|tesknila|zatesknil|zatesknilby)',
      'nobody would miss me',
    ],
    [
      '(?:moje |jego |jej )?zycie nie ma (?:zadnego )?sensu|nie (?:mam|widze) (?:zadnego )?(?:sensu|powodu) (?:zyc|zycia|dalej zyc)',
      'no reason to live',
    ],
    [
      '(?:znowu |ciagle |znow )?(?:sie (?:tnie|tne|ciela|cial|okalecza|okaleczam|okaleczyla|okaleczyl)|(?:tnie|tne|ciela|cial|okalecza|okaleczam|okaleczyla|okaleczyl) sie)(?! (?:przy|podczas|nozem do|kartk|papier))',
      'she is cutting herself',
    ],
    // "Zabiję się ze śmiechu" (I will die laughing) is an idiom of degree, told with what one dies of.
    ['(?:sie (?:\\p{L}+ )?zabij(?:e|esz|emy)|zabij(?:e|emy) sie)(?! (?:ze|z) \\p{L}+)', 'she will kill herself'],
    [
      '(?:glosy|glos) (?:\\p{L}+ ){0,2}(?:kaza|kazaly|kazal|mowia|mowi|nakazuja) (?:mu |jej |mi )?(?:zabic|zabijac|skoczyc|zrobic krzywde)',
      'hears voices telling him to kill',
    ],
    [
      // Eaten by a rat, a mouse or a dog it is no one's poisoning (a pest control or a vet question).
      '(?<!(?:szczur|szczury|mysz|myszy|pies|piesek|psiak|kot|kotek|krowa|kon|chomik) )(?:zjadl|zjadla|zjadlo|polknal|polknela|polknelo|wypil|wypila|wypilo)\\p{L}* (?:\\p{L}+ )?(?:trutk\\p{L}*|srodek na szczury)(?: (?:na|dla) (?:szczury|myszy|gryzonie))?',
      'ate rat poison',
    ],
    ['trutk\\p{L}* (?:na|dla) (?:szczury|myszy|gryzonie)|trutk\\p{L}*|srodek na szczury', 'rat poison'],
    [
      '(?:plyn|srodek|zel|granulat) do udrazniania (?:rur|odplywow)|kret(?= do rur)|kreta|soda kaustyczna|kwas solny',
      'drain cleaner',
    ],
    ['plyn do chlodnic\\p{L}*|plyn chlodniczy|glikol\\p{L}*|odmrazacz\\p{L}*', 'antifreeze'],
    ['pestycyd\\p{L}*|srodek ochrony roslin|srodek owadobojczy|oprysk\\p{L}*|randap|roundup', 'pesticide'],
    ['wybielacz\\p{L}*|domestos\\p{L}*', 'bleach'],
  ],
  words: {
    piosenka: 'song',
    piosenki: 'song',
  },
};
