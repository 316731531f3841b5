import { toldNowhere } from '../language-lexicon.js';
import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Vanishing for a while (a few days away, a holiday, a trip to Goa): a break, not a wish to die. */
const NOT_A_BREAK_DEVANAGARI =
  '(?<!(?:कुछ दिन|के लिए|छुट्टी|घूमने|हफ्ते)[^.!?।]{0,40})(?![^.!?।]{0,50}(?:कुछ दिन|के लिए|छुट्टी|घूमने|हफ्ते))';
const NOT_A_BREAK_ROMANISED =
  '(?<!(?<![\\p{L}])(?:kuch din|ke liye|chhutti|chutti|trip|goa|ghoomne|hafte|week)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:kuch din|ke liye|chhutti|chutti|trip|goa|ghoomne|hafte|week))';

/**
 * Session 55 (T93): not wanting to get up early, for school, work or an alarm, or on a holiday or a Sunday, told anywhere:
 * a lie-in, not a wish never to wake.
 */
const NOT_EARLY_OR_A_DAY_OFF_DEVANAGARI = toldNowhere('जल्दी|छुट्टी|स्कूल|ऑफिस|दफ्तर|कॉलेज|अलार्म|संडे|रविवार|काम पर');
const NOT_EARLY_OR_A_DAY_OFF_ROMANISED = toldNowhere(
  '(?<![\\p{L}])(?:jaldi|chhutti|chutti|school|office|college|alarm|sunday|kaam pe|kaam par)(?![\\p{L}])',
);

/**
 * Hindi in Devanagari (NICE NG225; the poisons Indian poison centres see most: aluminium phosphide "सल्फास", rat
 * poison, farm pesticides, acid): a wish to vanish or never to wake, life without meaning, nobody to miss one; a whole
 * strip of pills.
 */
export const HINDI_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    // The poison is told before its verb (the language puts the verb last): read together, in the English order.
    ['(?:सल्फास|सेल्फोस|सल्फ़ास|तेज़ाब|तेजाब)(?: [\\p{L}\\p{M}]+)? (?:खा|पी|निगल) (?:लिया|ली|लिए|गया|गई|गए)', 'drank poison'],
    [
      `${NOT_A_BREAK_DEVANAGARI}(?:गायब|ग़ायब|लापता) (?:हो जाना|होना) (?:चाहता|चाहती|चाहते)`,
      'wants to disappear forever',
    ],
    [
      `${NOT_EARLY_OR_A_DAY_OFF_DEVANAGARI}(?:कभी |फिर कभी |दोबारा )?(?:न उठूं|न उठूँ|नहीं उठना चाहता|नहीं उठना चाहती|(?:जागना|उठना) (?:ही )?नहीं (?:चाहता|चाहती|है))`,
      'i do not want to wake up',
    ],
    ['(?:ज़िंदगी|जिंदगी|जीने) (?:का|की) कोई (?:मतलब|मकसद|वजह) नहीं', 'no reason to live'],
    ['(?:किसी को|कोई) (?:मेरी )?(?:कमी महसूस नहीं|फ़र्क नहीं|फर्क नहीं|याद नहीं)', 'nobody would miss me'],
    ['सल्फास|सेल्फोस|सल्फ़ास', 'pesticide'],
    [
      'आवाज़(?:ें|े)? (?:[\\p{L}\\p{M}]+ ){0,4}(?:कि )?(?:[\\p{L}\\p{M}]+ ){0,2}(?:मारो|मार दो|मार डालो|कूद जाओ|खुद को मार)',
      'voices telling him to kill',
    ],
    ['चाकू (?:लेकर|ले कर|लिए) (?:घूम|दौड़|भाग)', 'walking around with a knife'],
    [
      '(?:\\d+|दो|तीन|चार|पांच|पाँच|कई) (?:रात|रातों|दिन|दिनों) से (?:सोया|सोए|सोई|सो पाया|सो पाई) नहीं',
      'has not slept for days',
    ],
    ['नींद की (?:गोलियों|गोलियां|गोलियाँ|गोली)', 'sleeping pills'],
    ['तेज़ाब|तेजाब', 'drain cleaner'],
  ],
  words: {},
};

/**
 * Hindi and Urdu typed in Latin letters (Hinglish, Roman Urdu): the same kinds, and the words a short message of them
 * holds that no English writes ("chuha maar dawa", "sulfas", "gayab"), so that it is read at all.
 */
export const ROMANISED_HINDI_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [
    'chuha',
    'chuhe',
    'choohe',
    'sulfas',
    'celphos',
    'gayab',
    'ghayab',
    'zeher',
    'zehar',
    'goliyon',
    'uthun',
    'sheeshi',
    'shishi',
  ],
  phrases: [
    // Session 55 (T93): a whole or half bottle of a medicine drunk (TOXBASE: a child's syrup bottle); a bottle of milk is a feed.
    [
      '(?:poori|puri|poora|pura|aadhi|adhi|ek) (?:sheeshi|shishi|bottle|botal)(?: \\p{L}+){0,2} (?:syrup|sirap|dawai|dawa|dawaai|medicine|tonic|calpol|crocin|benadryl|ascoril|phensedyl)(?: \\p{L}+)? (?:pee|pi|kha|gatak|nigal) (?:li|liya|lia|gaya|gayi|gya|gyi|gaye)',
      'drank a whole bottle of medicine',
    ],
    [
      `${NOT_A_BREAK_ROMANISED}(?:gayab|ghayab|gaayab|laapata) (?:ho jana|hona|ho jaana|hojana) (?:chahta|chahti|chahte|chahtha|chahthi)`,
      'wants to disappear forever',
    ],
    [
      `${NOT_EARLY_OR_A_DAY_OFF_ROMANISED}(?:(?:kabhi |phir kabhi |dobara )?(?:na uthun|na uthu|nahi uthna chahta|nahi uthna chahti|(?:jagna|uthna) (?:hi )?nahi (?:chahta|chahti|hai))|so jaun aur (?:kabhi |phir )?na uthun)`,
      'i do not want to wake up',
    ],
    ['(?:zindagi|jeene|jine) (?:ka|ki) koi (?:matlab|maqsad|maksad|wajah|wajeh) nahi', 'no reason to live'],
    [
      '(?:kisi ko|koi) (?:meri )?(?:kami mehsoos nahi|farak nahi|fark nahi|farq nahi|yaad nahi)',
      'nobody would miss me',
    ],
    [
      '(?<!(?:kutta|kutte|kutiya|billi|bakri|gaay|bhains|chuha|chuhe|tota) ne )(?:chuha|chuhe|choohe) (?:maar|mar|maarne|marne)(?: ki| wali| wala)? (?:dawa|dawai|goli|goliyan|powder|cake)(?: \\p{L}+)? (?:kha|khaa|pee|pi|nigal) (?:li|liya|lia|gaya|gayi|gaye|liye)',
      'ate rat poison',
    ],
    [
      '(?:sulfas|sulphas|celphos|selfos|gehu ki goli|gehun ki goli|anaj ki goli|tezaab|tezab|tejab)(?: \\p{L}+)? (?:kha|khaa|pee|pi|nigal) (?:li|liya|lia|gaya|gayi|gaye|liye)',
      'drank poison',
    ],
    ['(?:sulfas|sulphas|celphos|selfos|gehu ki goli|gehun ki goli|anaj ki goli)', 'pesticide'],
    // A count of tablets told swallowed at a time, with or without its unit (TOXBASE: take the count told), the English
    // rules weighing the count; not a count over days or a year ("20 in the last ten days", "the pill for 15 years").
    [
      '(?<![\\p{L}\\p{N}])[1-9]\\d+ (?:\\p{L}+ )?(?:goli|goliyan|goliyon|golia|tablet|tablets|tab|capsule|capsules|pills|dawai|dawa|paracetamol|dolo|crocin|combiflam|panadol|disprin|calpol|saridon|ibuprofen|brufen|alprax|nind ki goli)(?: \\p{L}+)? (?:kha|khaa|nigal|gatak) (?:li|liya|lia|lin|liye|gaya|gayi|gaye)(?![^.!?]{0,30}(?:roz|har din|rozana|din mein))',
      'took # pills',
    ],
    ['(?:cut|kaat) ke nishan|katne ke nishan', 'cut marks'],
    // Things given away (the Columbia scale's preparatory acts) and a poison bought, told by a friend.
    [
      '(?:sab|saara|sara|saari|sari|apna|apni|apne)(?: \\p{L}+){0,3} (?:baant|bant|baanth) (?:diye|diya|di|de diya|de diye|rahi hai|raha hai|rahe hain)',
      'giving her things away',
    ],
    [
      '(?:chuha|chuhe|choohe) (?:maar|mar|maarne|marne)(?: ki| wali| wala)? (?:dawa|dawai|goli|goliyan|powder) (?:kharid|khareed|kharidi|le aa)\\p{L}*(?: li| liya| layi| laya| li hai| liya hai)?',
      'bought rat poison',
    ],
  ],
  words: {},
};
