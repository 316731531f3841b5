import { NEPALI_ACHE_SWEAT_AND_A_WISH_TO_DIE } from './punjabi-and-nepali-told-in-latin-letters.js';
import { NEPALI_FACE_CHEST_AND_NO_ANSWER } from './face-chest-and-no-answer-in-thinner-lexicons.js';
import type { LanguageLexicon } from './language-lexicon.js';

/** A person named with the Nepali object or possessive ending ("बुबालाई": to father, "आमाको": mother's). */
const ENDING = '(?:लाई|को|ले)?';

/**
 * Session 58 (T110): Nepali, in the Devanagari script Hindi is written in: a Devanagari message is read by Hindi's
 * lexicon, then by this one, which holds only Nepali's own verb forms and words ("भयो": it happened, "छैन": there is
 * none, "सक्दैन": cannot), so Hindi is read as before. The 13 categories' commonest discriminators (NHS 111 /
 * Pathways, Manchester Triage, NICE NG143 / NG232 / NG225); "छैन" / "भएन" closing a clause deny the finding before it
 * (`negationAfter`), and a condition ("यदि", "... भने के गर्ने": if ..., what to do) as English reads a question.
 */
const NEPALI_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  // A clause asked as a condition, closed by "भने" (if) before "के गर्ने" (what to do): its first word is read as the
  // question's opening, as Bengali's "-লে ... কী করব" is. "भने" alone is also "said" ("डाक्टरले भने": the doctor said).
  [
    '(?<=^|[,.;!?।]\\s*)[\\p{L}\\p{M}]+(?=[^,.;!?।]*? भने [^,.;!?।]{0,30}?(?:गर्ने|गर्नु|गर्नुपर्छ|गरौं|गरौँ)(?![\\p{L}\\p{M}]))',
    'what do i do if',
  ],
  ['छाती (?:धेरै )?(?:दुख्यो|दुखेको|दुखिरहेको|दुख्छ|दुखिरहेछ|च्यापेको|च्यापिएको)|छातीमा (?:दुखाइ|पीडा|दबाब|भारी)', 'chest pain'],
  ['सास (?:फेर्न )?(?:सकेन|सक्दैन|सक्दैनन्|सकिरहेको छैन|रोकियो|रोकिएको)|सास फेरेको छैन|सास फेर्दैन', 'is not breathing'],
  ['सास (?:फेर्न )?(?:गाह्रो|अप्ठ्यारो)(?: भयो| भएको| भइरहेको| छ)?|स्वाँ स्वाँ', 'shortness of breath'],
  ['ओठ (?:निलो|नीलो) (?:भयो|भएको)', 'blue lips'],
  [
    'बेहोस(?: भयो| हुनुभयो| भइन्| भएको| भए| भई)?|होस (?:छैन|गयो|हरायो|आएन)|(?:बोलाउँदा|बोलाउदा|उठाउँदा) (?:पनि )?(?:उठ्दैन|उठेन|बोल्दैन|बोलेन)',
    'unconscious and is not responding',
  ],
  ['ढल्नुभयो|ढल्यो|लड्नुभयो', 'collapsed'],
  [
    'धेरै रगत (?:बगिरहेको|बग्यो|बगेको|आइरहेको|आयो|बगिरहेछ)|रगत (?:रोकिएन|रोकिँदैन|रोकिदैन|थामिएन|रोकिएको छैन)',
    'bleeding heavily and it will not stop',
  ],
  ['रगत (?:बगिरहेको|बग्यो|बगेको)', 'bleeding'],
  ['मुख (?:बाङ्गो|बांगो|बाङ्गिएको|बाङ्गियो|बटारियो)', 'face drooping'],
  ['बोल्न (?:सक्दैन|सकेन|सक्नुहुन्न)|बोली (?:लरबरियो|लरबराएको|अड्कियो|अड्किएको)', 'cannot speak and slurred speech'],
  ['(?:हात|खुट्टा) (?:चलाउन सक्दैन|उठाउन सक्दैन|लुलो भयो|लुलो|झमझमायो|कमजोर भयो)', 'suddenly weak arm'],
  ['पक्षाघात|प्यारालाइसिस', 'stroke'],
  ['छारे(?: रोग)?|कम्पन (?:भयो|आयो)|काम्न थाल्यो', 'he is having a seizure'],
  ['आत्महत्या गर्छु|आत्महत्या गर्न मन|मर्न मन छ|बाँच्न मन छैन|बाच्न मन छैन|आफैलाई मार्छु', 'i want to kill myself'],
  ['(?:विष|बिष|विषादी|किटनाशक) (?:खायो|खाएको|पियो|खानुभयो)', 'drank bleach'],
  ['(?:धेरै|सबै) (?:चक्की|औषधि|ट्याब्लेट) (?:खायो|खाएको|खाइन्|खानुभयो)', 'took an overdose of pills'],
  ['(?:घाँटी|जिब्रो|ओठ|अनुहार) (?:सुन्निएको|सुन्नियो|सुन्निँदैछ)', 'throat swelling'],
  ['टाउकोमा (?:चोट|ठोक्कियो|लाग्यो|बज्रियो)|टाउको फुट्यो', 'hit his head'],
  ['बान्ता', 'vomiting'],
  ['(?:धेरै|उच्च) ज्वरो', 'high fever'],
  ['ज्वरो', 'fever'],
  ['घाँटी (?:अररो|कडा|बटारिँदैन)', 'stiff neck'],
  ['\\d+ (?:हप्ताको|हप्ता को)', '# weeks old'],
  ['\\d+ (?:दिनको|दिन को)', '# days old'],
  ['\\d+ (?:महिनाको|महिना को)(?! गर्भ)', '# months old'],
  ['दूध (?:खाँदैन|चुस्दैन|खाएन)', 'not feeding'],
  ['नवजात शिशु|शिशु|बच्चा', 'baby'],
  ['गर्भवती', 'pregnant'],
];

/** Persons, and what keeps a finding hypothetical, past or settled. */
const NEPALI_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['के गर्ने', 'what do i do'],
  ['गत वर्ष|पोहोर|(?:धेरै|केही|\\d+) वर्ष अघि|सानो छँदा', 'last year'],
  ['अहिले (?:ठिक|ठीक|सञ्चो) (?:छ|छन्|हुनुहुन्छ)|निको भयो', 'is fine now'],
  ['हिजो', 'yesterday'],
  ['यदि', 'what do i do if'],
  [`(?:मेरो )?(?:बुबा|बाबा|बा)${ENDING}`, 'my father'],
  [`(?:मेरी |मेरो )?(?:आमा)${ENDING}`, 'my mother'],
  [`(?:मेरो )?छोरा${ENDING}`, 'my son'],
  [`(?:मेरी |मेरो )?छोरी${ENDING}`, 'my daughter'],
  [`(?:मेरो )?श्रीमान${ENDING}`, 'my husband'],
  [`(?:मेरी |मेरो )?श्रीमती${ENDING}`, 'my wife'],
  [`(?:मेरो )?(?:दाइ|भाइ)${ENDING}`, 'my brother'],
  [`(?:मेरी |मेरो )?(?:दिदी|बहिनी)${ENDING}`, 'my sister'],
  [`(?:मेरो )?हजुरबा${ENDING}`, 'my grandfather'],
  [`(?:मेरी |मेरो )?हजुरआमा${ENDING}`, 'my grandmother'],
];

export const NEPALI: LanguageLexicon = {
  language: 'Nepali',
  script: 'devanagari',
  phrases: [
    ...NEPALI_ACHE_SWEAT_AND_A_WISH_TO_DIE,
    ...NEPALI_FACE_CHEST_AND_NO_ANSWER,
    ...NEPALI_RED_FLAGS,
    ...NEPALI_MODIFIERS,
  ],
  negationAfter: '(?:छैन|छैनन्|भएन|हुँदैन)(?=\\s*(?:[,.;!?।]|$))',
  // Devanagari digits read as the digits the English rules read ("२ हप्ताको": 2 weeks old).
  respelled: (folded) => folded.replace(/[\u0966-\u096f]/g, (digit) => String((digit.codePointAt(0) ?? 0) - 0x966)),
  words: { र: 'and', तर: 'but', अहिले: 'now', आज: 'today', अचानक: 'suddenly', धेरै: 'very' },
};
