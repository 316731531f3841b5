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
    // Session 63 (T139): the red flags as the Gulf, the Levant and the Maghreb type them plainly (BE-FAST, NICE NG217 /
    // NG232, RCOG bleeding in pregnancy). A fall followed by no answer is read as one, since a call not answered
    // ("ma yrud 3al phone") is no collapse.
    [
      '(?:wag3at|wg3at|wa23at|wi2i3it|wi23it|w2e3it|wa2a3it|wqa3|wq3at|sqat|sqtat|s9at|s9tat|t7at|ta7at|ta7it|tay7a)(?: \\p{L}+){0,3} (?:w |o |u )?(?:ma|mish|msh|mesh|mo|mu) (?:trud|yrud|trd|yrd|tred|yred|trod|yrod|trudd|yrudd|btrud|byrud|katjaweb|kayjaweb|tjaweb|yjaweb)',
      'fell and is not responding',
    ],
    [
      '(?:3am |3m |ka|kat|qa|ta|b)?(?:tentafad|yentafad|tintifid|yintifid|tentefed|yentefed|tentefd|tetrajaf|yetrajaf|titraja|yitraja|ter3esh|yer3esh|tir3ish|yir3ish|tetna9az|ytna9az|katr3ed|kayr3ed|katrjef|kayrjef)',
      'shaking',
    ],
    [
      '(?:3yunha|3yuno|3yono|3yoonha|3ynha|3enha|3eno|3enaha|3ionha|3iounha|3inih|3iniha|3ainih|3yonha) (?:ma2lube|ma2loube|m2loube|ma2loubin|ma2loubeh|mqloba|mqlouba|m9louba|mkalba|mi2lbe|ma2loub|tal3a lfo2|tal3in lfo2|metsamra|mfan9a|mbal9a|mbel9in|m9elbin)',
      'eyes rolled back',
    ],
    ['(?:ana |ani |mrati |marti |zawjti |mraty )?(?:7amel|7amil|7amla|7aamel|7ebla|7abla|7bla|7amel fi)', 'pregnant'],
    [
      '(?:nazel|nezel|nazil|nazla|byenzil|btenzil|3am yenzel|3am tenzel|tal3|taale3|kaynzel|kayhbet|kaykhrej)(?: (?:mni|menni|mnni|minni|menha|mnha|menno|mnno|minha|minno|meni|3liya|3liha))? (?:dam|damm|ddem|dem|ddm)',
      'bleeding',
    ],
    [
      '(?:wjho|wjhou|wjhu|wjhha|wjhha|wjha|wajho|wajhou|wajha|wejho|wejhou|wjhah|wjhhou|wjeh) (?:mayel|mayl|mayla|m3awej|m3awaj|m3wj|m3wja|ma2loub|mqloub|nazel|nazla|m3ewwej|3awaj|mzyer)',
      'face drooping',
    ],
    [
      '(?:ma|mish|msh|mesh|mo|mu|ma ?bqa|ma ?b9a|ma ?bqat|ma ?b9at|ma ?bqach|ma ?bqatch) (?:y?qdr|y?9dr|y?qder|y?9der|2ader|2adra|qader|9ader|ye9der|yeqder|te9der|teqder|tqdr|t9dr|y2dar|t2dar|kay9der|kat9der|kayqder|katqder) (?:y|t|i)?(?:hrrk|7rrk|7arrek|harrek|7arek|7errek|harek|rfa3|rfe3|rf3|rfa|7arrak|harrak|7rek|hrek|7rk)\\p{L}* (?:ydo|yddo|ido|eido|iido|yedo|ydu|ydha|yddha|idha|rijlo|rjlo|rejlo|rejlha|rjlha|dra3o|dra3ha|drao)',
      'cannot move his arm',
    ],
    [
      '(?:ydd?ha|ydd?o|idha|ido|dra3ha|dra3o|yedha|yedo)(?: \\p{L}+)? (?:tay7a|tay7|ta7et|ta7it|mayta|mayt|thqila|t9ila|tqila|t2ile|t2ila|m5adra|mkhadra|mkhader|m5adder|mkhadder|mashlola|mashloul|mchloula)',
      'his arm is suddenly weak',
    ],
    [
      '(?:ma|mo|mu) (?:bqa|bqat|bqach|bqatch|b9a|b9at|b9ach|b9atch|3ad|3adat) (?:kat|kay|ka|ta|tay|y|t)?(?:kellem|tkellem|hder|hdr|tkalem|kallem|tkallam|ytkallam|ttkallam|t7aka|ye7ki|te7ki)',
      'cannot speak properly',
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
