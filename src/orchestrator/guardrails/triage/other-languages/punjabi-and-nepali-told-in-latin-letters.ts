/**
 * Session 63 (T139): Punjabi and Nepali typed in Latin letters, which the romanised Hindi reader reads beside Hinglish
 * but without their own words: Punjabi's breath ("saah"), neck ("dhaun"), fall ("dig pye"), flow ("vag reha"), its
 * progressive "reha" and its "cho" (out of); Nepali's aches ("dukhyo") and inability ("ferna sakena"). The 13 categories'
 * red flags (NHS 111, NICE NG232 / NG143 / NG225, Resuscitation Council anaphylaxis), each with its verb so that the
 * word alone ("saah": breath, "zehar": poison) is never read as the finding.
 */

const IS_DOING = '(?:reha|rahi|rahe|rya|ria|riha|raha|rhi|rha)';
const WENT = '(?:gaya|gayi|gaye|gya|gyi|gye|gai|gae)';

export const ROMANISED_PUNJABI_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:saah|sah|saa) (?:bilkul )?(?:nahi|nai|ni|nahin) (?:aa|aunda|aundi|lai|le|lae|lay) (?:${IS_DOING}|sakda|sakdi|sakde)`,
    'cannot breathe',
  ],
  [
    '(?:saah|sah) (?:bahut |bda |bohat )?(?:aukha|aukhaa|okha|ukhra|ukhdeya|charhya|chadya|chad reha|phull reha)',
    'shortness of breath',
  ],
  ['(?:bulh|bull|bullh|hoth|honth) (?:neele|neela|nile|neeli|neel)', 'blue lips'],
  [
    `(?:munh|mooh|moonh|chehra|bulh|jeebh|jeeb|gala|galla|akhan|akhaan) (?:sujj|suj|sujja|soj|sujh)\\p{L}*(?: ${WENT})?`,
    'swelling of the face and lips',
  ],
  [
    '(?:mungfali|moongfali|mungphali|moongphali|badaam|badam|jhinga|anda|ande)(?: \\p{L}+){0,3} (?:khaan|khan|khaa|kha|khade|khaande) (?:ton|to|de) (?:baad|bad|magron|picho|pichhon)',
    'after eating peanuts',
  ],
  ['(?:munh|mooh|moonh|muh) (?:cho|chon|ton|vichon|vicho|chon) (?:jhag|jhaag|fen|jhaga)', 'foaming at the mouth'],
  [
    '(?:daura|dora|daure|jhatke|mirgi da daura) (?:pya|peya|pea|paya|pai gaya|pe gaya|pai reha|pe reha|pai rahe|pe rahe)',
    'he is having a seizure',
  ],
  [
    '(?:main |mai |me )?(?:marna|mar jana|marn) (?:chahunda|chaundi|chahundi|chaunda|chaunde|chahunde|chonda|chondi)(?: (?:haan|han|aan|a|ha))?',
    'i want to die',
  ],
  [
    '(?:zehar|zeher|jehar|zahar|sulfas|salfas|keetnashak|kitnashak|spray wali dawai)(?: \\p{L}+){0,2} (?:pee|pi|kha|khaa|nigal) (?:lya|lia|leya|laya|liya|lai|leyi|layi|gaya|gya|gayi|gyi)',
    'drank poison',
  ],
  [
    '(?:sir|sar|sirr) (?:te|vich|ch|uttey|utte|tey) (?:satt|sat|chot|sutt)(?: \\p{L}+)? (?:lagi|laggi|lag gayi|lagg gayi|vajji|vaji|lggi)',
    'hit his head',
  ],
  [
    '(?:naam|naa|nam) (?:bhul|bhull|bhool) (?:gaye|gya|gayi|gye|gaya|gae)|(?:kise nu|kisi nu|sanu|saanu|sannu) (?:pachhan|pehchan|pachan|pachhan)(?:de|da|di)? (?:nahi|nai|ni)',
    'he is confused and does not recognise us',
  ],
  ['(?:dig|digg|deg|dig ke|dig k) (?:pye|paye|pya|pai|pae|pe|pea|gaye|gya|gayi|gye|gaya|peya)', 'fell'],
  [
    `(?:khoon|khun|lahu|lahoo) (?:bahut |bohat |bda |bht )?(?:vag|wag|vagg|nikal|beh|vagda|vagdi) ${IS_DOING}?`,
    'a lot of blood is pouring out',
  ],
  [`(?:band|bandh|ruk|rukk) (?:hi )?(?:nahi|nai|ni|nahin) (?:ho )?${IS_DOING}`, 'will not stop'],
  ['(?:dhaun|dhon|dhoun|dhaunn|gardan|dhon) (?:akad|akar|akarr|akadd|sakht|akkad)\\p{L}*', 'stiff neck'],
  ['(?:\\d+) (?:hafte|haftean|haftiyan|hafteyan) (?:de|di|da)', '# weeks old'],
  ['(?:\\d+) (?:mahine|maheene|mahineyan) (?:de|di|da)(?! (?:pregnant|pait|pet))', '# months old'],
];

export const ROMANISED_NEPALI_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:chhati|chati|chhaati|mutu) (?:dherai |ekdam |jhan )?(?:dukhyo|dukheko|dukhiraheko|dukhdai|dukhirako|dukhchha|dukhcha|kaseko|thichieko)',
    'chest pain',
  ],
  ['(?:pasina|paseena) (?:aayo|ayo|aairaheko|aairako|aaucha|aauchha|chhutyo|chutyo)', 'sweating'],
  ['(?:ma |malai )?(?:marna|mara) (?:chahanchhu|chahanchu|chahanxu)', 'i want to die'],
  [
    '(?:sas|saas|swas|shwas) (?:ferna|pherna|linna|lina) (?:sakena|sakdaina|sakirako chaina|sakiraheko chhaina|gahro|garo|gaaro)',
    'cannot breathe',
  ],
];

export const NEPALI_ACHE_SWEAT_AND_A_WISH_TO_DIE: ReadonlyArray<readonly [string, string]> = [
  ['(?:छाती|छातीमा|मुटु) (?:धेरै |एकदम )?(?:दुख्यो|दुखेको|दुखिरहेको|दुख्दै|दुख्छ|कसेको|थिचिएको)', 'chest pain'],
  ['पसिना (?:आयो|आइरहेको|आउँछ|छुट्यो)', 'sweating'],
  ['(?:म |मलाई )?मर्न चाहन्छु', 'i want to die'],
];
