/**
 * Session 63 (T139): red flags in Hindi and Urdu told as they are happening, which the lists read as done or not at all
 * (NICE NG217 a fit with froth still coming, NG232 a bleeding head and nothing remembered, NG240 spots a glass does not
 * fade, NHS 111 a heavy chest and blood that flows and does not stop). In Devanagari, and as Hinglish and Roman Urdu type
 * them. Read before the older phrases that take their first words ("muh se jhaag": froth at the mouth), so the verb
 * told after them is read with them.
 */

const IS_DOING = '(?:raha|rahi|rahe|rha|rhi|rhe)';
const IS = '(?: (?:hai|h|hain|he|hy))?';

export const ROMANISED_HINDI_TOLD_AS_HAPPENING_NOW: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:munh|muh|mooh|munha|muhn|moonh) (?:se|me|mein|mai|say) (?:jhaag|jhag|jhaaag|jhaga|fen|jhaag bhi) (?:nikal|aa|beh|bah|nikl)\\p{L}* ${IS_DOING}${IS}`,
    'he is foaming at the mouth',
  ],
  [
    `(?:sar|sir|sarr|sirr) (?:se|say|me se|mein se) (?:khoon|khun|blood)(?: (?:aa|nikal|beh|bah|nikl)\\p{L}*(?: ${IS_DOING})?${IS})?`,
    'head injury, his head is bleeding',
  ],
  [
    `(?:kuch|kuchh|kuchhu|kuj)(?: bhi)? (?:yaad|yad) (?:nahi|nhi|nahin|nai)(?: (?:hai|h|aa ${IS_DOING}|aata|aa rha))?`,
    'does not remember anything',
  ],
  [
    `(?:khoon|khun) (?:bahut |bohot |bohat |bht |zyada |jyada |itna |bahot )?(?:beh|bah|nikal|gir) ${IS_DOING}${IS}`,
    'a lot of blood is pouring out',
  ],
  [`(?:ruk|band|bandh|thum) (?:hi )?(?:nahi|nhi|nahin) (?:ho )?${IS_DOING}`, 'will not stop'],
  [
    '(?:glass|gilas|gilaas|glas)(?: \\p{L}+){0,3} (?:dabane|dabaane|dabao|dabaya|daba|press|dabate|dabaney)(?: \\p{L}+){0,2} (?:bhi )?(?:nahi|nhi|nahin|nai) (?:ja|jaa|mit|mitt|hat|gayab|fade)\\p{L}*',
    'rash does not fade under a glass',
  ],
];

export const HINDI_TOLD_AS_HAPPENING_NOW: ReadonlyArray<readonly [string, string]> = [
  ['(?:छाती|सीना|सीने)(?: में| पर)? (?:भारी|भारीपन|जकड़न|कसाव|बोझ)(?! (?:जैसा|जैसी|सा|सी))', 'heavy chest'],
  ['(?:मुंह|मुँह|मुह) (?:से|में) झाग (?:निकल|आ|बह) (?:रहा|रही|रहे)(?: है| हैं)?', 'he is foaming at the mouth'],
  ['(?:सिर|सर) (?:से|में से) खून', 'head injury, his head is bleeding'],
  ['कुछ(?: भी)? याद (?:नहीं|नही)(?: है| आ रहा)?', 'does not remember anything'],
  ['खून (?:बहुत |ज्यादा |ज़्यादा |इतना )?(?:बह|निकल|गिर) (?:रहा|रही)(?: है)?', 'a lot of blood is pouring out'],
  ['(?:रुक|थम|बंद) (?:ही )?(?:नहीं|नही) (?:हो )?(?:रहा|रही|रहे)', 'will not stop'],
  [
    '(?:गिलास|ग्लास)(?: [\\p{L}\\p{M}]+){0,3} (?:दबाने|दबाओ|दबाया|दबाते)(?: [\\p{L}\\p{M}]+){0,2} (?:भी )?(?:नहीं|नही) (?:जा|मिट|हट)[\\p{L}\\p{M}]*',
    'rash does not fade under a glass',
  ],
];
