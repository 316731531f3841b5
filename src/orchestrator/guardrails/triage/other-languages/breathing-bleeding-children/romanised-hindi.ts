import type { FindingsReading } from './findings-reading.js';

/** Hindi typed in Latin letters: breath that will not pass the nose, a cold's blocked nose, is no airway trouble. */
export const ROMANISED_HINDI_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    // Session 53 (T84): a goodbye told as no longer being a burden, and a wrist cut before (NICE NG225: a previous act).
    // Session 54 (T87): not beside a job, a salary or studies one will earn one's way by ("job dhoondh rahi hoon").
    [
      '(?:ab )?(?:main |mai |me )?(?:kisi pe |kisi par |kisi ke upar |sab pe |sab par |kisi ke liye )?(?:burden|bojh) (?:nahi|nhi|nahin|nai) (?:banungi|banunga|banoongi|banoonga|rahungi|rahunga)(?<!(?:job|naukri|naukari|kamaa|kamau|kamane|salary|padhai|padhaai|fees|kharcha)[^.!?]{0,60})(?![^.!?]{0,60}(?:job|naukri|naukari|kaam dhoond|kamaa|kamau|kamaungi|kamaunga|kamane|salary|padhai|padhaai|fees|kharcha))',
      'i will not be a burden to anyone anymore',
    ],
    [
      '(?:wrist|kalai|nas|nass)(?: bhi)? (?:kaat|kat) (?:chuki|chuka|chuke) (?:hai|hain|he|thi|tha)',
      'has cut her wrist before',
    ],
    // Session 45 (T57): a head injury told by what came after it (NICE NG232): drowsy, falling asleep mid-sentence, vomiting
    // counted.
    [
      '(?:bahut|bohot|bohut|bht|kaafi|kafi|zyada|jyada) (?:neend|nind) (?:aa|aaa) (?:rahi|rhi|raha|rha|gayi|gyi)(?: hai| he| h)?',
      'very drowsy',
    ],
    [
      '(?:baat|baatein|bat) (?:karte|karti|krte|krti)[- ](?:karte|karti|krte|krti) (?:so|sou) (?:jata|jati|jaata|jaati|ja raha|ja rahi|gaya|gayi)(?: hai| he| h)?',
      'falls asleep while talking',
    ],
    // A fall on the head is read only beside what came after it: alone, a toddler who cried at once is no red flag (review V27).
    [
      '(?:sar|sir) ke bal (?:gira|giri|gire|gir gaya|gir gayi|gir gya|gir gyi)(?=[^]*(?:neend|ulti|vomit|behosh|so jata|so jati)(?! nahi| nahin| nhi| na))',
      'fell on his head',
    ],
    [
      '(?:\\d+) (?:baar|bar|times|dafa|dafaa) (?:ulti|ultee|ulty|vomit|vomiting)(?: (?:kiya|ki|kari|kar di|kar diya|hui|hua|ho gayi|ho gai))?',
      'vomited # times',
    ],
    [
      '(?:do|teen|char|kai) (?:baar|bar|times|dafa|dafaa) (?:ulti|ultee|ulty|vomit|vomiting)(?: (?:kiya|ki|kari|kar di|kar diya|hui|hua|ho gayi|ho gai))?',
      'vomited several times',
    ],
    // A baby feeding well (NICE NG143 green), session 43 (T53).
    [
      '(?:doodh|dudh|feed)(?: bhi)? (?:achhe|acche|achchhe|achhi tarah|theek|thik|sahi) (?:se )?(?:pee|pi|le) (?:raha|rahi|rahe|leta|leti)(?: hai| hain)?',
      'feeds well',
    ],
    // A reading told as what the thermometer showed ("thermometer me 37.2 aaya"), read by its number as in English.
    [
      '(?:thermometer|tharmametar|temperature|temp|taapmaan|tapmaan|tapman)(?: (?:me|mein|main|pe|par))? (?:\\d+(?:[.,]\\d)?) (?:aaya|aya|aayi|ayi|aa raha|aa rahi|dikha|dikhaya|tha|thi|hai)',
      'a temperature of #',
    ],
    [
      '(?:naak|nak) se (?:saa?ns|sans) (?:nahi|nahin|nhi|nai) (?:le|lai) (?:pa|paa|sak)(?: rah[aie]| rahe)?(?: hai| hoon| hu| hun)?',
      'cannot breathe through my nose',
    ],
  ],
  words: {},
};
