import type { EverydayWords } from './everyday-words.js';

/**
 * Arabic typed in Latin letters and digits (Arabizi): "3" for ع, "7" for ح, "5" for خ, "2" for ء, "9" for ق (Maghrebi)
 * or ص. The digits stay in the folded text, so a word with one is read as a phrase; Moroccan Darija's own words
 * ("dyali": my, "lwalida": my mother, "katfi9": comes round) are read beside the Levantine and Egyptian ones.
 */
export const ARABIZI_EVERYDAY: EverydayWords = {
  phrases: [
    // A fever, a stiff neck and spots on the skin (NICE NG143), typed with digits.
    [
      '(?:so5on[ae]|so5ona|s5on[ae]|s5ouna|s5ana|s5ane|skhouna|sokhona|sukhuna|7arara|7rara)(?: (?:3alya|3alye|3aliya|kbira|kbire|9wiya|qawiya|ktir|kteer))',
      'high fever',
    ],
    ['so5on[ae]|so5ona|s5on[ae]|s5ouna|s5ana|s5ane|skhouna|sokhona|sukhuna|7arara|7rara', 'fever'],
    [
      '(?:ra2b|ra9b|r9b|raqb|ra2ab)\\p{L}*(?:-\\p{L}+)?(?: \\p{L}+)? (?:nashfa|nashfe|nashef|mashdude|mashdoude|m3a2de|yabsa|yabse|9asya|mitkhashbe)',
      'stiff neck',
    ],
    [
      '(?:fi |fih |fiha |w fi )?(?:7bob|7boub|bo23a|bo2a3|b9a3|ne2at|n9at)(?: \\p{L}+)? (?:3ala|3la|fi|f) (?:jeld|jild|jism|jisem|jesm)\\p{L}*',
      'a rash on the skin',
    ],
    // Falling, and not coming round (Maghrebi "ma katfi9ch": she does not come to): unconscious.
    ['t7at|ta7at|t7et|ta7et|tay7a|tay7|ti7|wi2i3|wi23|w2e3|w2i3|we2e3', 'fell'],
    ['ma (?:katfi9|kayfi9|fa9|fay9|fa9ch|fa9sh|bitfi2|byfi2|fe2)\\p{L}*|mabghach ?y?fi9\\p{L}*', 'is unconscious'],
    [
      'ma (?:3am |3m )?(?:yetnaffas|yitnaffas|tetnaffas|titnaffas|yetnafas|tetnafas|ytnafas|ttnafas)(?: mni7| mnee7| kwayes| mzyan)?',
      'struggling to breathe',
    ],
    // People.
    ['lwalida(?: dyali)?|walidti|mama dyali', 'my mother'],
    ['lwalid(?: dyali)?|bba dyali|baba dyali', 'my father'],
    ['bint (?:a5ti|okhti|o5ti|u5ti|khti)', 'my niece'],
    ['ibn (?:a5ti|a5oya|akhi)|wld (?:khti|khoya)', 'my nephew'],
  ],
  words: {
    dyali: 'my',
    walakin: 'but',
    walakine: 'but',
    nadat: 'got up',
    nad: 'got up',
    hiya: 'she',
    huwa: 'he',
    mzyana: 'fine',
    mzyan: 'fine',
    labas: 'fine',
    dyalha: 'her',
    dyalo: 'his',
    triq: 'the street',
    tri9: 'the street',
    bzaf: 'very',
    daba: 'now',
    mazal: 'still',
    khoya: 'my brother',
    khti: 'my sister',
    nashfa: 'stiff',
    jeldha: 'her skin',
    w: 'and',
    fi: 'in',
    f: 'in',
  },
};
