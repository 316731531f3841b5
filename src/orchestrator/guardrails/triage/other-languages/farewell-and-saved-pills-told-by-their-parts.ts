/**
 * Session 49 (T72): intent told indirectly in the second group of other languages (NICE NG225 and the Samaritans'
 * warning signs: a goodbye said to everyone or sent as a message, a phone switched off after it, tablets saved up),
 * read by its parts so the English rules weigh them together as they weigh "she said goodbye to everyone and her phone
 * is off" or "he has been saving up pills". Session 48 (T67) read the same kind in the first group
 * (`seizures-flight-and-farewell-told-by-their-parts.ts`).
 *
 * A goodbye to colleagues, a move, a trip, a retirement or a wedding is an ordinary leaving, and tablets gathered to
 * hand back to a pharmacy or throw away are tidying: each language's list of those is read anywhere in the message and
 * keeps its goodbye or its saved tablets unread. Patterns are folded (Latin letters without their marks).
 */

/** What each part reads as, where the English self-harm rules read a farewell, a silence after it and saved means. */
const SAID_GOODBYE = 'said goodbye to everyone';
const GOODBYE_MESSAGE = 'sent a goodbye message';
const PHONE_OFF = 'her phone is off';
const SAVED_PILLS = 'has been saving up pills';

/** A lookaround that holds where none of `ordinary` is told anywhere in the message. */
function unlessAnywhere(ordinary: string): string {
  return `(?<!(?:${ordinary})[^]*)(?![^]*(?:${ordinary}))`;
}

type Phrases = ReadonlyArray<readonly [string, string]>;

/** Tablets handed back, thrown away or out of date, in every script of the group: no one's means. */
const TIDIED_TABLETS =
  'apteki|apteka|aptece|przeterminowan|utyliz|eczane|imha|son kullanma|tarihi gec|аптек|просроч|утилиз|выброс|약국|반납|폐기|薬局|期限切れ|捨て|داروخانه|تاریخ ?گذشته|famasi|nha thuoc|het han|duka la dawa|botika|expired|pharmacy|recycl';

const TAGALOG_LEAVING =
  'lilipat|mag-?aabroad|abroad|ofw|resign|retire|bakasyon|trabaho|opisina|kasal|graduation|eskwela';
export const TAGALOG_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `nag-?(?:paalam|babye|bye|goodbye)(?: na)?(?: (?:siya|sya|sila|ako))?(?: na)? sa (?:lahat|amin|pamilya|buong pamilya|gc|group chat|fb|facebook)${unlessAnywhere(TAGALOG_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [
    `(?:naka-?off|nakapatay|patay|off)(?: na)? (?:ang |yung |ung )?(?:phone|cellphone|cp|selpon)|(?:phone|cellphone|cp|selpon) (?:niya |nya )?(?:naka-?off|nakapatay|off na)`,
    PHONE_OFF,
  ],
  [
    `(?:nag-?iipon|nagtatago|inipon|itinatago)(?: (?:daw|raw|pala))?(?: (?:siya|sya|niya|nya))?(?: (?:ng|nang|ang|yung))? (?:gamot|tableta|pills|sleeping pills|pampatulog)${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const KOREAN_LEAVING = '퇴사|이직|이사|유학|전학|졸업|은퇴|정년|출국|여행|송별|결혼|입대|동료|회사';
export const KOREAN_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:모두|다들|가족들?|사람들|친구들|모든 사람)(?:에게|한테|께)? ?(?:작별 ?인사|마지막 ?인사)${unlessAnywhere(KOREAN_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [`작별 ?(?:문자|메시지|메세지|편지|카톡)${unlessAnywhere(KOREAN_LEAVING)}`, GOODBYE_MESSAGE],
  ['(?:전화기?|휴대폰|핸드폰|폰)(?:을|를|이|가)? ?(?:꺼 ?(?:놨|놓|버렸|뒀|두었)|껐|꺼져)', PHONE_OFF],
  [
    `(?:약|수면제|알약|진통제|안정제)(?:을|를|들을)? ?(?:모아 ?(?:두|놓|왔|뒀|놨)|모으고 있|모았)${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const TURKISH_LEAVING =
  'emekli|ogretmen|is yeri|isyeri|mezun|tasin|dugun|tatil|asker|yurt ?disi|gurbet|veda partisi|veda yemegi|ise basl|is degis';
export const TURKISH_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:herkes(?:e|le|ten) (?:veda (?:etti|etmis|ediyor)|vedalas\\p{L}*|helallik (?:istedi|istemis|diledi)))${unlessAnywhere(TURKISH_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [`helallik (?:istedi|istemis|diledi|mesaji)${unlessAnywhere(TURKISH_LEAVING)}`, SAID_GOODBYE],
  [
    `(?:ilac|hap|uyku ilac|tablet)\\p{L}* (?:gizlice )?(?:biriktir|sakla|topla)\\p{L}*${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const HAITIAN_LEAVING =
  'vwayaj|ale (?:miami|etazini|kanada|nouyok|boston|sendomeng|chili|brezil)|demenaje|retret|travay|lekol|maryaj|vakans';
export const HAITIAN_CREOLE_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:di|voye di) (?:tout moun|tout fanmi (?:l|li)|nou tout|tout zanmi (?:l|li)|fanmi (?:l|li)) (?:orevwa|adye|babay)${unlessAnywhere(HAITIAN_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [`mesaj (?:orevwa|adye|dadye)${unlessAnywhere(HAITIAN_LEAVING)}`, GOODBYE_MESSAGE],
  ['telefon (?:li |l |yo )?(?:femen|fenmen|etenn|etenn?)', PHONE_OFF],
  [
    `(?:ap |t ap |te )?(?:sere|kache|ranmase|anpile) (?:\\p{L}+ ){0,2}?(?:grenn|medikaman|renmed)${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const POLISH_LEAVING =
  'pracy|praca|firm|emeryt|przeprowadz|wyjezdza|wyjazd|wyjechal|wyjedzie|szkol|klas|wesel|slub|urlop|wakacj|kolezank\\p{L}* z pracy|koledz\\p{L}* z pracy';
export const POLISH_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:pozegnal\\p{L}*|zegna|zegnal\\p{L}*) sie (?:ze wszystkimi|z wszystkimi|z cala rodzina|z rodzina|z nami)${unlessAnywhere(POLISH_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [
    `(?:(?:przeprasza\\p{L}*|przeprosil\\p{L}*) (?:wszystkich|wszystkim)|(?:wszystkich|wszystkim) (?:przeprasza\\p{L}*|przeprosil\\p{L}*))(?: i (?:sie )?(?:zegna|pozegnal\\p{L}*)(?: sie)?)?${unlessAnywhere(POLISH_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [
    `(?:(?:wiadomosc|sms|list|wpis|post|esemes)\\p{L}* (?:pozegnaln\\p{L}*|na pozegnanie)|pozegnaln\\p{L}* (?:wiadomosc|sms|list|wpis|post|esemes)\\p{L}*)${unlessAnywhere(POLISH_LEAVING)}`,
    GOODBYE_MESSAGE,
  ],
  [
    'wylaczon\\p{L}* telefon\\p{L}*|telefon\\p{L}* (?:ma )?(?:wylaczon\\p{L}*|wylaczyl\\p{L}*)|wylaczyl\\p{L}* telefon\\p{L}*',
    PHONE_OFF,
  ],
  [
    `(?:zbiera\\p{L}*|gromadzi\\p{L}*|gromadzil\\p{L}*|odklada\\p{L}*|odkladal\\p{L}*|chomikowal\\p{L}*|uzbiera\\p{L}*|zgromadzil\\p{L}*|chowa\\p{L}*) (?:\\p{L}+ ){0,2}?(?:tabletk|leki|lekow|pigulk|proszk)\\p{L}*${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const PERSIAN_LEAVING = 'همکار|بازنشست|مهاجرت|سفر|اسباب ?کشی|عروسی|انتقالی|مدرسه|دانشگاه|خارج';
export const PERSIAN_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:از )?(?:همه|همگی|خانواده|خونواده|ما)(?: هم)? (?:خداحافظی|حلالیت) (?:کرد|کرده|خواست|خواسته|طلبید)${unlessAnywhere(PERSIAN_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [`(?:پیام|پیغام|نامه|متن|ویس)(?:ی)? (?:خداحافظی|وداع)${unlessAnywhere(PERSIAN_LEAVING)}`, GOODBYE_MESSAGE],
  ['(?:گوشی|تلفن|موبایل)(?:ش|اش)?(?: رو| را)? (?:خاموشه|خاموش است|خاموش کرده|خاموش)', PHONE_OFF],
  [
    `(?:قرص|دارو)[\\u200c ]?(?:ها|های)?(?:ش|شو|شون|یش)?(?: رو| را)? (?:جمع|ذخیره|قایم|پنهان) (?:کرده|میکنه|می[\\u200c ]?کنه|کرد|کردن|میکرد|می[\\u200c ]?کرد)${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const SWAHILI_LEAVING =
  'safari|anahamia|kuhamia|amehamia|kazi|kustaafu|amestaafu|shule|harusi|likizo|nje ya nchi|ughaibuni';
export const SWAHILI_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:ameaga|aliaga|ametuaga|alituaga|amewaaga|aliwaaga|anaaga|anawaaga)(?: \\p{L}+){0,2}? (?:kila mtu|wote|sisi wote|familia)${unlessAnywhere(SWAHILI_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [`ujumbe wa (?:kuaga|kwaheri)${unlessAnywhere(SWAHILI_LEAVING)}`, GOODBYE_MESSAGE],
  ['simu (?:yake |yangu )?(?:imezimwa|imezima|haipatikani)|(?:amezima|ameizima|alizima) simu', PHONE_OFF],
  [
    `(?:anakusanya|amekusanya|alikuwa akikusanya|alikusanya|anaficha|amezificha|anahifadhi|amehifadhi)(?: \\p{L}+)? (?:vidonge|dawa)${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const VIETNAMESE_LEAVING =
  'chuyen cong tac|nghi huu|ve huu|di nuoc ngoai|du hoc|chuyen nha|nghi viec|tot nghiep|dam cuoi|cong ty|dong nghiep|xuat canh';
export const VIETNAMESE_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:nhan|gui|viet|noi)(?: tin| loi)? (?:tu biet|vinh biet)(?: voi)? (?:moi nguoi|ca nha|gia dinh|tat ca|ban be|ca lop)${unlessAnywhere(VIETNAMESE_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [
    `(?:tin nhan|thu|loi|bai dang) (?:tu biet|vinh biet|tuyet menh)${unlessAnywhere(VIETNAMESE_LEAVING)}`,
    GOODBYE_MESSAGE,
  ],
  [
    'tat (?:dien thoai|may)|(?:dien thoai|may) (?:da )?(?:tat|khong lien lac duoc)|thue bao (?:quy khach )?khong lien lac',
    PHONE_OFF,
  ],
  [`(?:tich|gom|danh dum|cat giu|giau|tru) (?:\\p{L}+ )?thuoc${unlessAnywhere(TIDIED_TABLETS)}`, SAVED_PILLS],
];

const RUSSIAN_LEAVING =
  'коллег|работ|пенси|переезж|переезд|уезжа|увольн|выпускн|школ|свадьб|отпуск|командировк|эмигр|вокзал|аэропорт|уехал';
export const RUSSIAN_FAREWELL_AND_SAVED_PILLS: Phrases = [
  // A goodbye told with no one named ("попрощался и выключил телефон") is read too, as English reads "said goodbye".
  [`попрощал\\p{L}*(?: (?:со всеми|с нами|с семь[её]й|с родными))?${unlessAnywhere(RUSSIAN_LEAVING)}`, 'said goodbye'],
  [
    `прощальн\\p{L}* (?:сообщени|письм|записк|смс|пост|видео)\\p{L}*${unlessAnywhere(RUSSIAN_LEAVING)}`,
    GOODBYE_MESSAGE,
  ],
  [
    '(?:выключил\\p{L}*|отключил\\p{L}*) (?:телефон|мобильн\\p{L}*)|телефон (?:выключен|отключен|вне сети)|вне зоны доступа|абонент недоступен',
    PHONE_OFF,
  ],
  [
    `(?:копит|копил\\p{L}*|накопил\\p{L}*|собира(?:ет|л|ла)|запаса(?:ет|л|ла)\\p{L}*|припрят\\p{L}*|прятал\\p{L}*) (?:\\p{L}+ )?(?:таблетк|снотворн|лекарств|препарат)\\p{L}*${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];

const JAPANESE_LEAVING = '退職|転勤|引っ越|卒業|送別|留学|転校|同僚|職場|会社|結婚';
export const JAPANESE_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:みんな|皆|家族|全員|友達)(?:に|へ)(?:別れ|お別れ|さよなら|さようなら)${unlessAnywhere(JAPANESE_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [
    `(?:別れ|お別れ|さよなら|さようなら)の(?:メッセージ|メール|line|ライン|手紙|挨拶)${unlessAnywhere(JAPANESE_LEAVING)}`,
    GOODBYE_MESSAGE,
  ],
  ['電源を切|電源が切れ|電源が入っていない', PHONE_OFF],
  [`(?:薬|睡眠薬|錠剤|眠剤)を(?:ため|溜め|貯め|集め)${unlessAnywhere(TIDIED_TABLETS)}`, SAVED_PILLS],
];

const URDU_LEAVING =
  'party|office|naukri|shaadi|shadi|transfer|bahar ja|abroad|safar|پارٹی|دفتر|نوکری|شادی|ٹرانسفر|سفر';
/** Roman Urdu and Hinglish alike: the romanised Hindi lexicon reads both. */
export const ROMANISED_URDU_AND_HINDI_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:sorry |maaf karna |maafi )?(?:sab|sabhi|sab logon|ghar walon|sab ghar walon) ?(?:se|ko)(?: (?:maafi|sorry)(?: maang\\p{L}*)?(?: aur| and)?)?[ ,.']{1,3}(?:alvida|alwida|khuda ?hafiz|bye)(?: (?:keh|kaha|bola|boli|bol)\\p{L}*)?${unlessAnywhere(URDU_LEAVING)}`,
    SAID_GOODBYE,
  ],
  [
    `(?:alvida|alwida|khuda ?hafiz|bye) (?:ka|wala|wali) (?:message|msg|paigham|sms|post|story)${unlessAnywhere(URDU_LEAVING)}`,
    GOODBYE_MESSAGE,
  ],
  [
    '(?:phone|fone|mobile) (?:bhi )?(?:band|off|switch ?off|switched off)(?: (?:hai|kar diya|kar liya|ho gaya|aa raha))?',
    PHONE_OFF,
  ],
  [
    `(?:\\p{L}+ (?:ki|ke) )?(?:goliyan|goliyaan|goli|dawai|dawaiyan|tablets|pills)(?: \\p{L}+){0,2}? jama (?:kar|kiya|ki|kiye|karta|karti)\\p{L}*${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];
export const URDU_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [`(?:سب|سب کو|سب سے|گھر والوں) (?:سے |کو )?(?:الوداع|خدا حافظ)${unlessAnywhere(URDU_LEAVING)}`, SAID_GOODBYE],
  ['(?:فون|موبائل) (?:بھی )?بند', PHONE_OFF],
  [
    `(?:\\p{L}+ (?:کی|کے) )?(?:گولیاں|گولیوں|دوائیاں|دوائی)(?: \\p{L}+){0,2}? جمع${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];
export const HINDI_FAREWELL_AND_SAVED_PILLS: Phrases = [
  [
    `(?:सबको|सब को|सबसे|सब से|घरवालों को) (?:अलविदा|बाय)${unlessAnywhere('पार्टी|ऑफिस|दफ्तर|नौकरी|शादी|ट्रांसफर|विदेश|सफर')}`,
    SAID_GOODBYE,
  ],
  [
    `(?:[^ ।,.!?]+ (?:की|के) )?(?:गोलियाँ|गोलियां|गोलियों|दवाइयाँ|दवाइयां)(?: [^ ।,.!?]+){0,2}? जमा${unlessAnywhere(TIDIED_TABLETS)}`,
    SAVED_PILLS,
  ],
];
