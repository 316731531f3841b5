import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 49 (T72): intent told indirectly in the second group of other languages (NICE NG225 and the Samaritans'
 * warning signs: a goodbye said to everyone or sent as a message, a phone switched off after it, tablets saved up),
 * read by its parts so the English rules weigh them together as they weigh "she said goodbye to everyone and her phone
 * is off" or "he has been saving up pills". Session 48 (T67) read the same kind in the first group
 * (`seizures-flight-and-farewell-told-by-their-parts.ts`).
 *
 * A goodbye to colleagues, a move, a trip, a retirement or a wedding is an ordinary leaving, and tablets gathered to
 * hand back to a pharmacy or throw away are tidying: each language's list of those is read anywhere in the message and
 * keeps its goodbye or its saved tablets unread. A goodbye alone is said before an operation, a flight or at the end of
 * every call, so it is read only beside another part, a phone switched off or tablets saved up (review V31, 06:14 and
 * 06:37); a phone off for the night, a flat battery or "as always" is no silence, and tablets stocked every month from
 * the chemist are no stash. Patterns are folded (Latin letters without their marks).
 */

/** What each part reads as, where the English self-harm rules read a farewell, a silence after it and saved means. */
const SAID_GOODBYE = 'said goodbye to everyone';
const GOODBYE_MESSAGE = 'sent a goodbye message';
const PHONE_OFF = 'her phone is off';
const SAVED_PILLS = 'has been saving up pills';

/** Tablets handed back, thrown away, out of date or stocked up as every month: no one's means. */
const TIDIED_TABLETS =
  'apteki|apteka|aptece|przeterminowan|utyliz|eczane|imha|son kullanma|tarihi gec|аптек|просроч|утилиз|выброс|약국|반납|폐기|薬局|期限切れ|捨て|داروخانه|تاریخ ?گذشته|famasi|nha thuoc|het han|duka la dawa|botika|expired|pharmacy|recycl|medical store|chemist|har mahine|taaki khatam|stock|refill|her ay|каждый месяц|매달|毎月|kila mwezi|hang thang|buwan-buwan|co miesiac|chak mwa|صيدلي|الصيدليه|منتهي|انتهت صلاحي|القديمه';

/**
 * Why a phone is off that is no silence: a battery, off for the night, as always. A night or a job told alone is not one
 * (a goodbye sent at night, a job lost: review V31's twins).
 */
const PHONE_REASONS =
  'battery|baterya|bateri|batri|batre|lobat|low ?bat|charg|chaarj|sarj|pil bitti|het pin|chaji|betri|بیٹری|باتری|شارژ|батаре|заряд|на ночь|for the night|on at night|как всегда|배터리|충전|バッテリ|充電|kama kawaida|chak swa|har raat|na noc';

interface CommonParts {
  /** Goodbyes said or sent, each with the English it reads as. */
  readonly goodbyes: ReadonlyArray<readonly [string, string]>;
  readonly savedPills: string;
  /** An ordinary leaving: a move, a job, a trip, an operation, a death long known. */
  readonly leaving: string;
}

/**
 * A phone switched off (`phoneOff`), and the silence a goodbye looks for beside itself (`phoneBeside`): the same words
 * unless told otherwise. `phoneOff` is null where the language's lexicon reads a phone switched off already; a goodbye
 * still needs its words then.
 */
type PhoneParts =
  | { readonly phoneOff: string; readonly phoneBeside?: string }
  | { readonly phoneOff: null; readonly phoneBeside: string };

type FarewellParts = CommonParts & PhoneParts;

/** The silence a goodbye looks for beside itself. */
function silenceBesideAGoodbye(parts: PhoneParts): string {
  return parts.phoneOff === null ? parts.phoneBeside : (parts.phoneBeside ?? parts.phoneOff);
}

/** One language's parts: each goodbye read only beside a silence or saved tablets, and only where no leaving is told. */
function farewellParts(parts: FarewellParts): LexiconPhrases {
  const { goodbyes, phoneOff, savedPills, leaving } = parts;
  const phoneBeside = silenceBesideAGoodbye(parts);
  const besideAnotherPart = `(?:${toldNowhere(PHONE_REASONS)}${toldAnywhere(`(?:${phoneBeside})`)}|${toldAnywhere(`(?:${savedPills})`)})`;
  return [
    ...goodbyes.map(
      ([goodbye, english]) => [`${toldNowhere(leaving)}${besideAnotherPart}(?:${goodbye})`, english] as const,
    ),
    ...(phoneOff === null ? [] : [[`${toldNowhere(PHONE_REASONS)}(?:${phoneOff})`, PHONE_OFF] as const]),
    [`${toldNowhere(TIDIED_TABLETS)}(?:${savedPills})`, SAVED_PILLS],
  ];
}

const TAGALOG_LEAVING =
  'lilipat|mag-?aabroad|abroad|ofw|resign|retire|bakasyon|kasal|graduation|eskwela|opera|ospital|namatay|burol';
export const TAGALOG_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      'nag-?(?:paalam|babye|bye|goodbye)(?: na)?(?: (?:siya|sya|sila|ako))?(?: na)? sa (?:lahat|amin|pamilya|buong pamilya|family|gc|group chat|fb|facebook)',
      SAID_GOODBYE,
    ],
    // Session 60 (T119): a goodbye sent in the English of a chat ("nagsend ng goodbye msg sa GC").
    [
      'nag-?(?:send|sent|post|message|text|chat|iwan)(?: (?:siya|sya|ako))?(?: (?:ng|nang))? (?:goodbye|paalam|pamamaalam|farewell)(?: na| ng)? (?:msg|message|mensahe|post|text|letter|sulat)',
      GOODBYE_MESSAGE,
    ],
  ],
  phoneOff:
    '(?:naka-?off|nakapatay|patay|off)(?: na)? (?:ang |yung |ung )?(?:phone|cellphone|cp|selpon)|(?:phone|cellphone|cp|selpon) (?:niya |nya )?(?:naka-?off|nakapatay|off na)',
  savedPills:
    '(?:nag-?iipon|nagtatago|inipon|itinatago|(?:may )?naipon(?: na)?)(?: (?:daw|raw|pala))?(?: (?:siya|sya|niya|nya|siyang|syang|niyang|nyang|akong|kong))?(?: (?:ng|nang|ang|yung))? (?:gamot|tableta|pills|sleeping pills|pampatulog)',
  leaving: TAGALOG_LEAVING,
});

const KOREAN_LEAVING = '퇴사|이직|이사|유학|전학|졸업|은퇴|정년|출국|여행|송별|결혼|입대|동료|수술|입원|돌아가|장례';
export const KOREAN_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    ['(?:모두|다들|가족들?|사람들|친구들|모든 사람)(?:에게|한테|께)? ?(?:작별 ?인사|마지막 ?인사)', SAID_GOODBYE],
    ['작별 ?(?:문자|메시지|메세지|편지|카톡)', GOODBYE_MESSAGE],
  ],
  phoneOff: '(?:전화기?|휴대폰|핸드폰|폰)(?:을|를|이|가)? ?(?:꺼 ?(?:놨|놓|버렸|뒀|두었)|껐|꺼져)',
  savedPills: '(?:약|수면제|알약|진통제|안정제)(?:을|를|들을)? ?(?:모아 ?(?:두|놓|왔|뒀|놨)|모으고 있|모았)',
  leaving: KOREAN_LEAVING,
});

const TURKISH_LEAVING =
  'emekli|ogretmen|is yeri|isyeri|mezun|tasin|dugun|tatil|asker|yurt ?disi|gurbet|veda partisi|veda yemegi|ise basl|is degis|ameliyat|hastane|vefat|cenaze';
export const TURKISH_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      '(?:herkes(?:e|le|ten) (?:veda (?:etti|etmis|ediyor)|vedalas\\p{L}*|helallik (?:istedi|istemis|diledi)))',
      SAID_GOODBYE,
    ],
    ['helallik (?:istedi|istemis|diledi|mesaji)', SAID_GOODBYE],
  ],
  phoneOff: null,
  phoneBeside: 'telefon(?:u|unu)? (?:acmiyor|cevap vermiyor|kapali)',
  savedPills: '(?:ilac|hap|uyku ilac|tablet)\\p{L}* (?:gizlice )?(?:biriktir|sakla|topla)\\p{L}*',
  leaving: TURKISH_LEAVING,
});

const HAITIAN_LEAVING =
  'vwayaj|ale (?:miami|etazini|kanada|nouyok|boston|sendomeng|chili|brezil)|demenaje|retret|lekol|maryaj|vakans|operasyon|lopital|mouri|lantman';
export const HAITIAN_CREOLE_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      '(?:di|voye di) (?:tout moun|tout fanmi (?:l|li)|nou tout|tout zanmi (?:l|li)|fanmi (?:l|li)) (?:orevwa|adye|babay)',
      SAID_GOODBYE,
    ],
    ['mesaj (?:orevwa|adye|dadye)', GOODBYE_MESSAGE],
  ],
  phoneOff: 'telefon (?:li |l |yo )?(?:femen|fenmen|etenn|etenn?)',
  savedPills: '(?:ap |t ap |te )?(?:kache|ranmase|anpile|sere an kachet) (?:\\p{L}+ ){0,2}?(?:grenn|medikaman|renmed)',
  leaving: HAITIAN_LEAVING,
});

const POLISH_LEAVING =
  'emeryt|przeprowadz|wyjezdza|wyjazd|wyjechal|wyjedzie|szkol|klas|wesel|slub|urlop|wakacj|kolezank\\p{L}* z pracy|koledz\\p{L}* z pracy|operacj|zabieg|szpital|zmarl|pogrzeb';
export const POLISH_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      '(?:pozegnal\\p{L}*|zegna|zegnal\\p{L}*) sie (?:ze wszystkimi|z wszystkimi|z cala rodzina|z rodzina|z nami)',
      SAID_GOODBYE,
    ],
    [
      '(?:(?:przeprasza\\p{L}*|przeprosil\\p{L}*) (?:wszystkich|wszystkim)|(?:wszystkich|wszystkim) (?:przeprasza\\p{L}*|przeprosil\\p{L}*))(?: i (?:sie )?(?:zegna|pozegnal\\p{L}*)(?: sie)?)?',
      SAID_GOODBYE,
    ],
    [
      '(?:(?:wiadomosc|sms|list|wpis|post|esemes)\\p{L}* (?:pozegnaln\\p{L}*|na pozegnanie)|pozegnaln\\p{L}* (?:wiadomosc|sms|list|wpis|post|esemes)\\p{L}*)',
      GOODBYE_MESSAGE,
    ],
  ],
  phoneOff:
    'wylaczon\\p{L}* telefon\\p{L}*|telefon\\p{L}* (?:ma )?(?:wylaczon\\p{L}*|wylaczyl\\p{L}*)|wylaczyl\\p{L}* telefon\\p{L}*',
  phoneBeside:
    'nie odbiera\\p{L}*|wylaczon\\p{L}* telefon\\p{L}*|telefon\\p{L}* (?:ma )?(?:wylaczon\\p{L}*|wylaczyl\\p{L}*)|wylaczyl\\p{L}* telefon\\p{L}*',
  savedPills:
    '(?:zbiera\\p{L}*|gromadzi\\p{L}*|gromadzil\\p{L}*|odklada\\p{L}*|odkladal\\p{L}*|chomikowal\\p{L}*|uzbiera\\p{L}*|zgromadzil\\p{L}*|chowa\\p{L}*) (?:\\p{L}+ ){0,2}?(?:tabletk|leki|lekow|pigulk|proszk)\\p{L}*',
  leaving: POLISH_LEAVING,
});

const PERSIAN_LEAVING =
  'همکار|بازنشست|مهاجرت|سفر|اسباب ?کشی|عروسی|انتقالی|مدرسه|دانشگاه|خارج|عمل جراحی|بیمارستان|فوت|ختم';
export const PERSIAN_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      '(?:از )?(?:همه|همگی|خانواده|خونواده|ما)(?: هم)? (?:خداحافظی|حلالیت) (?:کرد|کرده|خواست|خواسته|طلبید)',
      SAID_GOODBYE,
    ],
    ['(?:پیام|پیغام|نامه|متن|ویس)(?:ی)? (?:خداحافظی|وداع)', GOODBYE_MESSAGE],
  ],
  phoneOff: '(?:گوشی|تلفن|موبایل)(?:ش|اش)?(?: رو| را)? (?:خاموشه|خاموش است|خاموش کرده|خاموش)',
  savedPills:
    '(?:قرص|دارو)[\\u200c ]?(?:ها|های)?(?:ش|شو|شون|یش)?(?: رو| را)? (?:جمع|ذخیره|قایم|پنهان) (?:کرده|میکنه|می[\\u200c ]?کنه|کرد|کردن|میکرد|می[\\u200c ]?کرد)',
  leaving: PERSIAN_LEAVING,
});

/**
 * Session 56 (T98): Arabic, standard and spoken, folded (hamza seats and a final yā typed plainly): a goodbye said to
 * everyone ("ودع الجميع", "ودعنا كلنا"), a phone shut ("اغلق هاتفه", "قفل جواله", "تلفونه مسكر"), pills gathered. A goodbye
 * to guests, at an airport, a wedding or a retirement is a leaving.
 */
const ARABIC_LEAVING =
  'ضيوف|الضيوف|مطار|المطار|سفر|مسافر|سافر|عرس|العرس|فرح|زفاف|تقاعد|زملا|الشغل|العمل|المدرسه|الجامعه|عمليه|المستشفي|توفي|عزا';
export const ARABIC_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      'و?(?:ودع|ودعت|ودعنا|ودعني|ودعتني|ودعهم|ودعتهم) (?:الجميع|الكل|كل الناس|كل العيله|كل العائله|كلنا|اهله|اهلها|امه|امها)',
      SAID_GOODBYE,
    ],
    ['(?:رساله|رسالة|مسج|فويس) (?:وداع|الوداع|اخيره|اخيرة)', GOODBYE_MESSAGE],
    // Session 60 (T119): a letter written to one's family, read as a goodbye only beside a silence or pills gathered.
    [
      'و?(?:كتبت|كتب|كتبتلهم|تركت|ترك|خليت) (?:رساله|رسالة|جواب|ورقه|ورقة|مكتوب) (?:لاهلي|لاهله|لاهلها|لامي|لامه|لامها|لعيلتي|لعيلته|للعيله|للعائله|لاولادي|لاولاده)',
      GOODBYE_MESSAGE,
    ],
  ],
  phoneOff:
    '(?:اغلق|اغلقت|قفل|قفلت|سكر|سكرت|طفي|طفت|طفى) (?:\\p{L}+ )?(?:هاتفه|هاتفها|جواله|جوالها|موبايله|موبايلها|تلفونه|تلفونها|تليفونه|تليفونها|الهاتف|الجوال|الموبايل|التلفون|التليفون)|(?:هاتفه|هاتفها|جواله|جوالها|موبايله|موبايلها|تلفونه|تلفونها|تليفونه|تليفونها) (?:مغلق|مقفول|مقفل|مسكر|مطفي|مطفى)',
  savedPills:
    'و?(?:جمع|جمعت|خبا|خبى|خبت|خزن|خزنت|بيجمع|بتجمع|كان يجمع|كانت تجمع) (?:\\p{L}+ )?(?:الحبوب|حبوب|الدوا|الادويه|الأدوية|البرشام|برشام|الاقراص|اقراص)',
  leaving: ARABIC_LEAVING,
});

const SWAHILI_LEAVING =
  'safari|anahamia|kuhamia|amehamia|kustaafu|amestaafu|shule|harusi|likizo|nje ya nchi|ughaibuni|kufariki|alifariki|hospitali|upasuaji|msiba';
export const SWAHILI_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      '(?:ameaga|aliaga|ametuaga|alituaga|amewaaga|aliwaaga|anaaga|anawaaga)(?: \\p{L}+){0,2}? (?:kila mtu|wote|sisi wote|familia)',
      SAID_GOODBYE,
    ],
    ['ujumbe wa (?:kuaga|kwaheri)', GOODBYE_MESSAGE],
  ],
  phoneOff: 'simu (?:yake |yangu )?(?:imezimwa|imezima|haipatikani)|(?:amezima|ameizima|alizima) simu',
  savedPills:
    '(?:anakusanya|amekusanya|alikuwa akikusanya|alikusanya|anaficha|amezificha|anahifadhi|amehifadhi)(?: \\p{L}+)? (?:vidonge|dawa)',
  leaving: SWAHILI_LEAVING,
});

const VIETNAMESE_LEAVING =
  'chuyen cong tac|nghi huu|ve huu|di nuoc ngoai|du hoc|chuyen nha|tot nghiep|dam cuoi|dong nghiep|xuat canh|thai san|sinh em be|dinh cu|may bay|phau thuat|qua doi|dam tang|benh vien';
export const VIETNAMESE_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      '(?:nhan|gui|viet|noi)(?: tin| loi)? (?:tu biet|vinh biet)(?: voi)? (?:moi nguoi|ca nha|gia dinh|tat ca|ban be|ca lop)',
      SAID_GOODBYE,
    ],
    ['(?:tin nhan|thu|loi|bai dang) (?:tu biet|vinh biet|tuyet menh)', GOODBYE_MESSAGE],
  ],
  phoneOff:
    'tat (?:dien thoai|may)|(?:dien thoai|may) (?:da )?(?:tat|khong lien lac duoc)|thue bao (?:quy khach )?khong lien lac',
  savedPills: '(?:tich|gom|danh dum|cat giu|giau|tru) (?:\\p{L}+ )?thuoc',
  leaving: VIETNAMESE_LEAVING,
});

const RUSSIAN_LEAVING =
  'коллег|пенси|переезж|переезд|уезжа|увольн|выпускн|школ|свадьб|отпуск|командировк|эмигр|вокзал|аэропорт|уехал|операци|больниц|умер|похорон';
export const RUSSIAN_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    ['попрощал\\p{L}*(?: (?:со всеми|с нами|с семь[её]й|с родными))?', 'said goodbye'],
    ['прощальн\\p{L}* (?:сообщени|письм|записк|смс|пост|видео)\\p{L}*', GOODBYE_MESSAGE],
  ],
  phoneOff:
    '(?:выключил\\p{L}*|отключил\\p{L}*) (?:телефон|мобильн\\p{L}*)|телефон (?:выключен|отключен|вне сети)|вне зоны доступа|абонент недоступен',
  savedPills:
    '(?:копит|копил\\p{L}*|накопил\\p{L}*|собира(?:ет|л|ла)|запаса(?:ет|л|ла)\\p{L}*|припрят\\p{L}*|прятал\\p{L}*) (?:\\p{L}+ )?(?:таблетк|снотворн|лекарств|препарат)\\p{L}*',
  leaving: RUSSIAN_LEAVING,
});

const JAPANESE_LEAVING = '退職|転勤|引っ越|卒業|送別|留学|転校|同僚|結婚|手術|入院|亡くな|葬';
export const JAPANESE_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    ['(?:みんな|皆|家族|全員|友達)(?:に|へ)(?:別れ|お別れ|さよなら|さようなら)', SAID_GOODBYE],
    ['(?:別れ|お別れ|さよなら|さようなら)の(?:メッセージ|メール|line|ライン|手紙|挨拶)', GOODBYE_MESSAGE],
  ],
  phoneOff: '電源を切|電源が切れ|電源が入っていない',
  savedPills: '(?:薬|睡眠薬|錠剤|眠剤)を(?:ため|溜め|貯め|集め)',
  leaving: JAPANESE_LEAVING,
});

const URDU_LEAVING =
  'party|office|shaadi|shadi|transfer|bahar ja|abroad|safar|پارٹی|دفتر|شادی|ٹرانسفر|سفر|operation|hospital|inteqal|janaza|آپریشن|ہسپتال|جنازہ';
/** Roman Urdu and Hinglish alike: the romanised Hindi lexicon reads both. */
export const ROMANISED_URDU_AND_HINDI_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [
    [
      "(?:sorry |maaf karna |maafi )?(?:sab|sabhi|sab logon|ghar walon|sab ghar walon) ?(?:se|ko)(?: (?:maafi|sorry)(?: maang\\p{L}*)?(?: aur| and)?)?[ ,.']{1,3}(?:alvida|alwida|khuda ?hafiz|bye)(?: (?:keh|kaha|bola|boli|bol)\\p{L}*)?",
      SAID_GOODBYE,
    ],
    [
      '(?:alvida|alwida|khuda ?hafiz|bye|goodbye|sorry|maafi) (?:ka|ke|wala|wali|wale|waale) (?:message|messages|msg|msgs|paigham|sms|post|story)',
      GOODBYE_MESSAGE,
    ],
  ],
  phoneOff:
    '(?:phone|fone|mobile) (?:bhi )?(?:band|off|switch ?off|switched off)(?: (?:hai|kar diya|kar liya|ho gaya|aa raha))?',
  savedPills:
    '(?:\\p{L}+ (?:ki|ke) )?(?:goliyan|goliyaan|goli|dawai|dawaiyan|tablets|pills)(?: \\p{L}+){0,2}? jama (?:kar|kiya|ki|kiye|karta|karti)\\p{L}*',
  leaving: URDU_LEAVING,
});

export const URDU_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [['(?:سب|سب کو|سب سے|گھر والوں) (?:سے |کو )?(?:الوداع|خدا حافظ)', SAID_GOODBYE]],
  phoneOff: '(?:فون|موبائل) (?:بھی )?بند',
  savedPills: '(?:\\p{L}+ (?:کی|کے) )?(?:گولیاں|گولیوں|دوائیاں|دوائی)(?: \\p{L}+){0,2}? جمع',
  leaving: URDU_LEAVING,
});

export const HINDI_FAREWELL_AND_SAVED_PILLS: LexiconPhrases = farewellParts({
  goodbyes: [['(?:सबको|सब को|सबसे|सब से|घरवालों को) (?:अलविदा|बाय)', SAID_GOODBYE]],
  phoneOff: null,
  phoneBeside: '(?:फोन|फ़ोन|मोबाइल) (?:बंद|स्विच ऑफ)',
  savedPills: '(?:[^ ।,.!?]+ (?:की|के) )?(?:गोलियाँ|गोलियां|गोलियों|दवाइयाँ|दवाइयां)(?: [^ ।,.!?]+){0,2}? जमा',
  leaving: 'पार्टी|ऑफिस|दफ्तर|शादी|ट्रांसफर|विदेश|सफर|ऑपरेशन|अस्पताल',
});
