import { VIETNAMESE_FACE_HAND_AND_GROANS } from './face-hand-and-groans-told-in-vietnamese.js';
import { VIETNAMESE_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { VIETNAMESE_FINDINGS } from './breathing-bleeding-children/vietnamese.js';
import { VIETNAMESE_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import { VIETNAMESE_EVERYDAY } from './everyday-words/vietnamese.js';
import { VIETNAMESE_INTENT_AND_CRISIS } from './intent-and-crisis/vietnamese.js';
import { VIETNAMESE_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/vietnamese.js';
import { VIETNAMESE_WRISTS_CUT_AND_A_FAREWELL_LETTER } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { type LanguageLexicon, toldAnywhere, toldNowhere } from './language-lexicon.js';
import { VIETNAMESE_MODIFIERS } from './modifiers/vietnamese.js';

/**
 * Silence after a goodbye or beside despair (Samaritans: a goodbye message, then no answer): a call not answered is read
 * as that silence only there; alone it is someone asleep, busy or out of battery.
 */
const BESIDE_A_GOODBYE = toldAnywhere('(?:tam biet|xin loi|chet|tu tu|khong muon song|thuoc ngu|thuoc chuot)');
const BESIDE_SILENCE = toldAnywhere(
  '(?:tat may|tat dien thoai|khong lien lac|khong nghe may|khong bat may|khong tra loi|xin loi|chet|tu tu|khong muon song|thuoc)',
);

/**
 * Session 40: a fontanelle bulging or sunken (NICE NG143), a bone through the skin after a crash (MTS major trauma), lime
 * or a chemical in the eye (RCOphth), typed plainly; and a call not answered, which alone is someone busy or asleep.
 */
const INFANT_TRAUMA_AND_EYE: ReadonlyArray<readonly [string, string]> = [
  // A fall from a height with the head split and vomiting (NICE NG232).
  ['(?:nga|te|roi) (?:tu|khoi) (?:thang|tren cao|cau thang|mai nha|tren cay)', 'had a fall from a height'],
  ['(?:vo|be|toac|chay mau) dau', 'head injury'],
  ['non (?:lien tuc|nhieu lan|mai)', 'vomiting repeatedly'],
  // The clinician's note: a patient, and a weakness told with its years and an old stroke, which is no new one (NICE NG128).
  ['benh nhan', 'patient'],
  // Years read as a history only after the weakness or speech they are told of ("yếu nửa người phải từ 3 năm"): a habit
  // or a disease told with its years ("hút thuốc từ 20 năm nay") never makes a new finding beside it old.
  [
    '(?<=(?:yeu|liet|te|meo mieng|noi ngong|noi kho)(?: \\p{L}+){0,3} )tu (?:\\d+|mot|hai|ba|bon|nam|nhieu|vai) nam(?: (?:nay|truoc|roi))?',
    'for years',
  ],
  ['(?:di chung )?(?:tai bien|dot quy) cu|di chung (?:tai bien|dot quy)', 'after-effects of an old stroke'],
  ['tai kham', 'follow-up visit'],
  ['thop (?:bi )?(?:phong|cang|u len|nho len|gho len)', 'soft spot is bulging'],
  ['thop (?:bi )?(?:lom|trung|sup)', 'soft spot is sunken'],
  ['(?:gay|gay chan|gay tay)(?: \\p{L}+){0,2} (?:loi|troi|tho) xuong|xuong (?:loi|troi|dam) ra', 'bone sticking out'],
  [
    '(?:voi|hoa chat|thuoc tay|nuoc tay|xut|axit|acid|nuoc javel|javen|xi mang)(?: \\p{L}+)? (?:ban|bay|vang|dinh|roi|lot|bam) (?:vao|trung) mat',
    'bleach splashed in the eye',
  ],
  [
    `(?!${BESIDE_A_GOODBYE})goi (?:dien|dien thoai|dt)(?: cho)?(?: \\p{L}+){0,2} (?:khong|chua|chang) (?:tra loi|nghe may|bat may|nghe|bat)`,
    'missed my call',
  ],
];

/**
 * Session 46: the chat spellings of "không" (not) a message typed on a phone uses ("ko", "k", "hok", "kg", "khg", "kh",
 * "hem", "hk"), written as "khong", the word every phrase of the lexicon negates with: "ko sot, ko kho tho, ko dau nguc" is
 * a list of findings absent, not of findings. "hong" is left as typed: folded, it is also "hồng" (pink) and "họng"
 * (throat). "kg" after a number is a weight.
 */
function withNegationsSpelledOut(folded: string): string {
  return folded.replace(/(?<![\p{L}\p{M}\p{N}])(?:ko|k|hok|hk|khg|kh|hem|(?<!\d ?)kg)(?![\p{L}\p{M}\p{N}])/gu, 'khong');
}

/**
 * Session 46: a fall told by where from and "xuống" (down): from a roof, scaffolding, a floor, a balcony, a tree or a
 * ladder (NICE NG232, MTS major trauma: a fall from a height); a child pulled out of the water ("vớt", "kéo ... lên": never
 * "bế", carrying, nor water drunk); a pain told before the part it is in, as Vietnamese orders them ("đau tinh hoàn":
 * testicle pain). Easing ("đỡ") is not read: folded it is also red ("đỏ") and measured ("đo") (review V28, 20:45).
 */
const PARTS_FALLS_AND_WATER: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:nga|te|roi|tuot chan|truot chan)(?: \\p{L}+){0,2}? (?:tu|khoi) (?:tren )?(?:mai|gian giao|gian|tang|lau|ban cong|san thuong|cay|thang|tuong|cao|noc)(?: (?:\\p{L}+|\\d+)){0,3}? xuong',
    'had a fall from a height',
  ],
  [
    '(?:vot|keo)(?: duoc)?(?: \\p{L}+){0,3}? (?:tu |duoi )?(?:ho boi|be boi|ao|ho|song|suoi|bien|kenh|muong|gieng)(?: \\p{L}+)? len',
    'pulled out of the water',
  ],
  // A pain told before its part ("đau lưng": back pain), read in the English order the rules read.
  ['(?:dau|nhuc)(?: o)? (?:tinh hoan|hon dai|bi dai)', 'testicle pain'],
  ['(?:dau|nhuc)(?: o)? (?:that lung|lung)', 'back pain'],
  ['(?:dau|rat) hong', 'sore throat'],
  ['(?:dau|nhuc)(?: o)? (?:vai|gay)', 'shoulder pain'],
  ['(?:dau|nhuc) rang', 'toothache'],
  ['(?:dau|nhuc) tai', 'earache'],
  ['tinh hoan|hon dai|bi dai', 'testicle'],
  ['khong (?:non|oi|bi non)', 'no vomiting'],
  ['con trai', 'son'],
  ['con gai', 'daughter'],
  ['(?:ca )?hai (?:chan|ben chan)', 'both legs'],
];

/**
 * Vietnamese, read without its tone marks (folded: "không thở được" is read as "khong tho duoc", as
 * many type it on a phone): its words are short and often alike once unmarked, so it is read by phrases
 * first and few single words.
 */
export const VIETNAMESE: LanguageLexicon = {
  language: 'Vietnamese',
  script: 'latin',
  // Session 52 (T82): "ơ", "ư", "ă", "đ" and the letters with a stacked tone (U+1EA0-U+1EF9), which only Vietnamese
  // writes: a message typed with its marks is Vietnamese whatever words it holds ("nó nhắn tin vĩnh biệt rồi tắt máy").
  lettersOfItsOwn: /[ơưăđƠƯĂĐ\u1ea0-\u1ef9]/u,
  markers: [
    'khong',
    'toi',
    'duoc',
    'cua',
    'nguc',
    'sot',
    'dau',
    'dang',
    'nay',
    'chau',
    'benh',
    'thuoc',
    'giat',
    'chet',
    'muon',
    'ngat',
    'mau',
    'nhung',
    'roi',
    'lam',
    'voi',
    'khi',
    'neu',
    'tuoi',
    'thang',
    'ngay',
    'vien',
    'uong',
    'moi',
    // A baby's feeding and drowsiness ("bé lừ đừ, bỏ bú"): short words that mark Vietnamese only two together.
    'bu',
    'lu',
    'bo',
    'bi',
    // Session 41: "hard" ("khó", of breathing) and lips or skin turned purple ("tím"), typed plainly ("tho" is English chat).
    'kho',
    'tim',
    // Session 46: "just" (vừa), "one" (một), southern "I" (tui), "weak" (yếu): a short message may hold no other.
    // Session 47 (T64): a person, the mouth, suddenly, minutes, the right side, mumbling: a stroke told with its marks
    // ("đột nhiên yếu nửa người, miệng méo, nói ngọng") held one marker only and was read as no language.
    'nguoi',
    'mieng',
    'nhien',
    'phut',
    'phai',
    'ngong',
    'vua',
    'mot',
    'tui',
    'yeu',
    // Session 52 (T82): "know" (biết, also of a goodbye: "vĩnh biệt") and "text" (nhắn), typed plainly.
    'biet',
    'nhan',
  ],
  ownWords: [
    // Session 40: a fontanelle, a bone, lime in the eye: words English never writes.
    'thop',
    'xuong',
    'vao',
    ...VIETNAMESE_INTENT_AND_CRISIS.ownWords,
    ...VIETNAMESE_SELF_HARM_AND_POISONING.ownWords,
    'khong',
    'nguc',
    'giat',
    'tinh',
    'chet',
    'ngat',
    'xiu',
    'duoc',
    'quy',
    'toi',
    'xong',
    'luoi',
    'ngot',
    'nham',
    'tuan',
    // Session 38: a scald's blisters ("phồng rộp") and a scald itself, typed plainly.
    'rop',
    'bong',
    // Session 39: cutting, the belly, diarrhoea, pallor: words English never writes.
    'rach',
    'bung',
    'nhot',
    'nhieu',
    'nuot',
    'guc',
  ],
  respelled: withNegationsSpelledOut,
  phrases: [
    ...VIETNAMESE_FACE_HAND_AND_GROANS,
    ...VIETNAMESE_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    ...VIETNAMESE_FAREWELL_AND_SAVED_PILLS,
    ...PARTS_FALLS_AND_WATER,
    ...INFANT_TRAUMA_AND_EYE,
    ...VIETNAMESE_INTENT_AND_CRISIS.phrases,
    ...VIETNAMESE_SELF_HARM_AND_POISONING.phrases,
    ...VIETNAMESE_WRISTS_CUT_AND_A_FAREWELL_LETTER,
    // Session 39: burns read by their parts, typed plainly (NHS burns and scalds; British Burn Association referral):
    // boiling water, oil or soup over someone, a flame, petrol, a current ("bỏng", Southern "phỏng"); blisters ("phồng
    // rộp"), skin coming off ("bong tróc", "tuột da"), charred ("cháy đen"); the face, both hands, the whole arm. Folded,
    // "bong" is also a ball, a light or a sprain ("bong gân") and "chay" is running or flowing ("chảy máu"): a burn is
    // read only after "bị" or with its cause, and a sunburn or burnt food as what it is, first.
    ['(?:bi )?chay nang|rat nang', 'sunburn'],
    ['(?:com|chao|thit|banh|ca|noi|do an|mon an|canh)(?: \\p{L}+)? (?:bi )?(?:chay|khet)', 'the food was overcooked'],
    [
      '(?:nuoc soi|nuoc nong|dau soi|dau nong|canh nong|chao nong|sup nong|tra nong|nuoc dun soi|mi nong)(?: \\p{L}+){0,2} (?:do|doi|tat|vang|hat|be|dung) (?:vao|len|trung)',
      'boiling water spilled on him',
    ],
    ['(?:bi )?(?:dien giat|giat dien)', 'electric shock'],
    ['(?:xang|ga|binh ga|lua) (?:bi )?(?:boc chay|chay|no)|boc chay|chay nha|nha (?:bi )?chay|hoa hoan', 'caught fire'],
    ['chay (?:den|xem|sem)', 'charred'],
    ['phong (?:rop|nuoc)(?! soi| nong)(?: (?:to|lon|rat to))', 'big blisters'],
    ['phong (?:rop|nuoc)(?! soi| nong)', 'blisters'],
    ['(?:da )?(?:bi )?(?:bong troc|troc da|tuot da|lot da)|da (?:bi )?(?:troc|tuot|lot)', 'skin peeling off'],
    [
      'bi (?:bong|phong(?! nuoc(?! soi| nong)))(?! (?:gan|troc|rop|da|den|bong)(?![\\p{L}]))|bi chay(?! (?:mau|nuoc|mui|nhot|mo hoi)(?![\\p{L}]))',
      'burned',
    ],
    ['ca (?:canh tay|canh chan|nguc|bung|lung|chan|nguoi|tay)', 'the whole arm'],
    ['(?:mat|mat mui) va (?:hai )?(?:ban )?tay', 'face and hands'],
    ['(?:mat|mat mui) va co', 'face and neck'],
    ['hai (?:ban )?tay', 'both hands'],
    // "Bé" (the little one), folded to the English "be": a child where a Vietnamese verb or word follows it.
    ['(?:em |con )?be(?= (?:bi|nha|trai|gai|tho|khoc|bo|sot|non|moi|duoc|da|dang|lu|co|khong|an|uong))', 'the child'],
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    ['nuot (?:mat |phai |nham )?(?:vien |cuc |cai )?pin', 'swallowed a button battery'],
    // A stranger collapsed: slumped, unconscious, not answering when called.
    ['nga (?:guc|xiu|ra bat tinh|lan ra)|guc xuong|bat tinh', 'collapsed'],
    ['(?:goi|lay|kêu|keu)(?: \\p{L}+)? (?:khong|chang) (?:tinh|tra loi|phan ung)', 'is not responding'],
    // A goodbye sent and then silence (Samaritans), unless it is a farewell to someone leaving.
    [
      '(?:(?<=(?:nghi viec|chuyen cong tac|chuyen nha|du hoc|ra truong|ve que|ve huu|chia tay dong nghiep|di nuoc ngoai)[\\s\\S]*)|(?=[\\s\\S]*(?:nghi viec|chuyen cong tac|chuyen nha|du hoc|ra truong|ve que|ve huu|di nuoc ngoai)))tam biet',
      'said farewell to a colleague who is leaving',
    ],
    // A goodbye is the warning only beside silence or despair; alone it is "bye".
    [`${BESIDE_SILENCE}(?:nhan tin |gui tin )?tam biet(?: moi nguoi| ca nha| tat ca)?`, 'sent a goodbye message'],
    ['tam biet', 'said bye'],
    [
      `${BESIDE_A_GOODBYE}(?:tat (?:may|dien thoai)|khong (?:nghe|bat|tra loi) (?:may|dien thoai)|khong lien lac duoc)`,
      'is not answering his phone',
    ],
    ['tat (?:may|dien thoai)|khong (?:nghe|bat|tra loi) (?:may|dien thoai)|khong lien lac duoc', 'missed my call'],
    ['(?:khong|chang) (?:con )?muon song (?:nua|tiep)', 'i do not want to live anymore'],
    ['thuoc (?:diet )?chuot|thuoc tru sau|thuoc sau|thuoc diet co', 'rat poison'],
    // Cutting one's own arm or wrist; a cut at play or while cooking ("khi chơi kéo", "vô ý") is an accident.
    [
      '(?:tu )?(?:rach|cat|cua) (?:co )?tay (?:minh|cua minh)(?![^.,!?]{0,25}(?:khi choi|vo y|khong cam than|luc nau|khi nau|khi cat|khi thai))',
      'i cut my wrists',
    ],
    // Breath: gasping, too short to finish a sentence, an infant's chest drawn in (NICE NG143).
    [
      'noi khong ra hoi|noi khong het cau|khong noi (?:duoc )?(?:tron|het) cau|noi dut quang',
      'cannot finish a sentence',
    ],
    ['tho doc', 'gasping'],
    ['tho nhanh', 'breathing fast'],
    ['rut lom (?:long )?nguc|long nguc (?:bi )?rut lom|co rut lien suon|rut lom (?:lien|ho) suon', 'ribs sucking in'],
    // Shock after fluid loss, heat stroke, a rigid belly, voices that command harm.
    ['tieu chay|di ngoai', 'diarrhoea'],
    ['mat (?:tai nhot|xanh tai|trang bech)|xanh xao|tai nhot', 'pale'],
    ['tay chan (?:lanh ngat|lanh toat|lanh buot|lanh)', 'cold hands and feet'],
    ['choang vang|hoa mat|chong mat', 'dizzy'],
    ['(?:lam )?(?:ngoai|duoi) nang|phoi nang', 'in the sun'],
    ['nguoi (?:nong ran|nong hap|nong bong|nong bung)|nong ran', 'body burning hot'],
    ['noi (?:lam nham|nham nham|sang)|me sang', 'confused'],
    ['dau bung (?:du doi|quan quai|kinh khung|du|qua)', 'severe abdominal pain'],
    ['bung (?:cung|rang) (?:nhu go|nhu da|nhu van|ngac|do)', 'abdomen rigid like a board'],
    [
      'nghe (?:tieng noi|giong noi|tieng)(?: \\p{L}+){0,3} (?:bao|bat|sai|xui) (?:giet|danh|chem)(?: nguoi)?',
      'hears voices telling him to kill',
    ],
    ['cam (?:dao|rua|keo|mac)', 'holding a knife'],
    ['(?:di )?loang choang|di khong vung', 'unsteady on her feet'],
    ['mot (?:ben )?mat (?:khong (?:nhin )?thay|khong nhin duoc|mo)', 'cannot see in one eye'],
    ['bo ruou|cai ruou|ngung uong ruou|khong uong ruou (?:nua|duoc)', 'stopped drinking alcohol'],
    ['run (?:tay|ray|cam cap|lay bay)', 'shaking'],
    [
      '(?:noi )?thay (?:con trung|con gian|con ran|nguoi la|ma)(?: \\p{L}+){0,4}|ao giac',
      'seeing things that are not there',
    ],
    // Session 37: a young infant's age in days or weeks from birth (NICE: under 3 months with 38 °C or more is red); a
    // snake's bite; a child who swallowed tablets told by their number; "cười muốn chết" (dying of laughter) and the
    // like, an idiom of how much, never a wish to die.
    ['(?:moi sinh|so sinh|moi de|sinh duoc|de duoc|moi sanh|sanh duoc)(?: duoc)? (?:\\d+) ngay', '# days old'],
    ['(?:moi sinh|so sinh|moi de|sinh duoc|de duoc|moi sanh|sanh duoc)(?: duoc)? (?:\\d+) tuan', '# weeks old'],
    ['(?:\\d+) ngay tuoi', '# days old'],
    ['(?:bi )?ran (?:doc )?(?:can|co can|mo)', 'bitten by a snake'],
    // A child's count is a poisoning only of a medicine that harms in that count or of someone else's medicine: gummy
    // vitamins and sweets counted by a child are no overdose, unless iron is told or whose they are (poison centres:
    // iron is the toddler's dangerous vitamin).
    [
      '(?:uong|nuot|an) (?:nham |mat )?(?:\\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|may) (?:vien|vi|cai|con)(?: keo)? (?:vitamin|gummy|keo deo|keo)(?: (?:gummy|deo|c|tong hop))?(?![^.!?,]{0,25}(?:sat|cua (?:me|ba|ong|bo|chi|anh|em)))',
      'had # gummy vitamins',
    ],
    // Three tablets or more counted after a child ("con 2 tuổi uống 5 viên"): a poisoning; a grown-up's "uống 2 viên"
    // and a child's dose of one or two are doses.
    [
      '(?<=(?:(?<![\\p{L}])(?:con|be|chau)|\\d+ tuoi)[^.!?]{0,25} )(?:uong|nuot|an) (?:nham |mat )?(?:[3-9]|\\d{2,}|ba|bon|nam|sau|bay|tam|chin|muoi|vai|may|ca) (?:vien|vi|lieu)(?: thuoc)?',
      'swallowed # pills',
    ],
    ['huyet ap', 'blood pressure'],
    // "chán đời muốn chết" (fed up with life, want to die) is a wish to die, never the idiom of how much below: "đời"
    // (life) folds to "doi" as "đói" (hungry) does, so the life it is fed up with is read first.
    [
      '(?:chan doi|chan song|chan cuoc song|chan ca cuoc song|met moi voi cuoc song)(?: (?:qua|lam|roi|that|that su))?(?: (?:chi |that su |thuc su )?muon (?:chet|tu tu|bien mat)(?: (?:lam|roi|qua|di))?)',
      'i want to die',
    ],
    ['chan doi|chan cuoc song|chan song', 'fed up with life'],
    ['met moi voi cuoc song|met moi vi cuoc song', 'tired of life'],
    [
      '(?:cuoi|met|doi|so|nong|lanh|buon cuoi|chan|ngai|xau ho|buon ngu|khat|nho|thich|hoi hop|ngua|ban)(?: (?:qua|lam|gan|that))? (?:muon chet|chet di duoc|chet mat|gan chet|muon xiu)',
      'dying of laughter',
    ],
    // Something driven into the eye; a burn with its breathing told after it (development-19, issue 11).
    [
      '(?:manh|mieng|vun) (?:sat|kim loai|thuy tinh|go|kinh)(?: \\p{L}+){0,2} (?:vao|trong) mat',
      'a piece of metal flew into the eye',
    ],
    ['nhin (?:khong ro|mo|khong thay)', 'blurred vision'],
    ['no (?:binh )?(?:gas|ga)', 'gas explosion'],
    ['long mui (?:bi )?chay(?: xem)?', 'singed nose hairs'],
    ['giong (?:bi )?khan', 'hoarse voice'],
    ['ho ra (?:muoi|bo hong|khoi)(?: den)?', 'coughing up soot'],
    ['mat bi bong|bi bong', 'burned'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, how bad, a person), so a wording
    // nobody listed is still read.
    ['(?:moi|bo moi)(?: va | voi )?(?:luoi)? (?:sung|sung phu|phu)(?: len| ra)?', 'lips and tongue swollen'],
    ['(?:uong|an) nham (?:thuoc|vien thuoc)', 'drank by mistake the medicine'],
    ['(?:cua )?(?:ba noi|ba ngoai|ong noi|ong ngoai|ba)(?= |$)', 'of grandmother'],
    // Session 47 (T64): the weeks as told ("có bầu 20 tuần" was read as 30 weeks, a gestation past viability).
    ['(?:mang thai|co thai|co bau|bau) (?:\\d+|duoc \\d+) tuan', 'pregnant # weeks'],
    ['(?:mang thai|co thai|co bau)', 'pregnant'],
    ['ra (?:mau|huyet) (?:nhieu|rat nhieu|xoi xa|khong ngung)', 'bleeding heavily'],
    [
      'dau dau (?:du doi|kinh khung|nhu bua bo) nhat (?:tu truoc den (?:gio|nay)|trong doi|tu nho den gio)',
      'the worst headache of my life',
    ],
    ['dot ngot|dot nhien|tu nhien', 'suddenly'],
    ['lu du|li bi|lo do', 'lethargic'],
    ['bo bu|khong (?:chiu )?bu|khong bu', 'not feeding'],
    ['(?:bi )?(?:duoi nuoc|chet duoi)', 'drowned'],
    // Session 38: suicidal intent and self-harm by their parts (NHS 111 / Samaritans): ending one's life, a life with no
    // meaning left, a suicide note, slashing one's own wrist or arm ("cứa", "rạch": a deliberate cut, never "đứt tay" while
    // cooking); a suicide inside a film or the news is a story.
    [
      '(?:phim|truyen|bao|tin tuc|nhan vat|dien vien)[^.,!?]{0,30}?(?:tu tu|tu sat)',
      'in the film a character killed himself',
    ],
    [
      'ket thuc (?:cuoc doi|cuoc song|doi minh|mang song)|ket lieu (?:doi minh|ban than|cuoc doi)',
      'i want to end my life',
    ],
    [
      '(?:song|cuoc song) (?:khong con|chang con|het) (?:y nghia|gi(?= ?(?:nua|[.,!?]|$)))|khong muon ton tai',
      'i do not want to live',
    ],
    ['(?:viet|de lai) (?:thu|la thu) tuyet menh|thu tuyet menh', 'i wrote a suicide note'],
    [
      // A small child's own cut at play or by chance is an accident ("bé tự cắt tay khi chơi kéo").
      '(?<!(?:be|chau|con nho|em be|be con) )(?:(?:(?:lay|dung|cam) (?:dao|dao lam|lam|kinh|manh chai|mieng chai) (?:cua|rach|cat)|tu (?:cat|rach|cua)) (?:co tay|tay|canh tay|dui|co)(?: minh)?|(?:cua|rach) co tay|rach tay|tu hai|tu lam dau (?:minh|ban than))(?![^.!?]{0,30}(?:khi choi|luc choi|vo tinh|khong de y|so y))',
      'cut her arm on purpose',
    ],
    // A period's flow is told by its own words (kinh nguyệt, hành kinh, đến tháng): not a wound's bleeding.
    [
      '(?<!(?:kinh nguyet|hanh kinh|den thang|bang ve sinh|ky kinh)[^.!?]{0,40})mau chay (?:nhieu|rat nhieu|lenh lang|khong ngung|qua troi)(?![^.!?]{0,40}(?:kinh nguyet|hanh kinh|den thang|bang ve sinh|ky kinh))',
      'bleeding heavily',
    ],
    // A whole strip, box or bottle, or a count of ten or more, of a medicine (poison-centre advice).
    [
      '(?<!(?:bac si|theo don|ke don|duoc ke)[^.,!?]{0,20})(?:uong|nuot) (?:het )?(?:\\d{2,}|muoi|hai muoi|ba muoi|ca vi|ca hop|ca lo|ca chai|nguyen vi|nguyen hop|nguyen lo|nua chai|nua lo)(?: vien| vi| hop| lo| chai)?(?= (?:thuoc|vien|\\p{L}+ (?:thuoc|vien)))(?![^.,!?]{0,40}(?:trong \\d+ ngay|moi ngay|theo don|theo chi dinh))',
      'took a whole pack of pills',
    ],
    // A scald told with what spilled on the child; a knock to the head told with vomiting again and again, drowsy.
    [
      '(?:bi )?(?:nuoc soi|nuoc nong|dau soi|chao dau|canh nong|nuoc sot) (?:do|doi|tat|vang|roi) (?:vao|len|trung)(?: nguoi| tay| chan| mat)?|(?:bi )?(?:do|doi) nuoc soi',
      'scalded with boiling water',
    ],
    ['(?:non|oi|noi) (?:may|nhieu|vai|\\d+|hai|ba) (?:lan|lan roi)', 'vomited several times'],
    ['lo mo|li bi', 'drowsy and confused'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      'co giat (?:hon |gan |khoang |duoc |da |suot )?(?:\\d+|nam|muoi|muoi lam|hai muoi|nua tieng) phut|co giat (?:mai )?(?:khong|chua) (?:dut|dung|het|ngung)',
      'seizing for more than five minutes',
    ],
    [
      '(?:mau )?(?:chay|ra) (?:mau )?(?:khong|chua) (?:ngung|ngot|dung|cam duoc|cam lai)|(?:khong|chua) cam (?:duoc )?mau|mau (?:phun|tuon|chay) (?:ra )?(?:xoi xa|nhu suoi|thanh tia)|mau phun',
      'the bleeding will not stop',
    ],
    [
      '(?:dinh|muon|se|sap) (?:nhay cau|nhay lau|nhay xuong|tu tu|uong het thuoc|treo co)',
      'i will kill myself tonight',
    ],
    ['(?:an|uong) (?:dau phong|lac|tom|hai san|cua|trung|oc)', 'ate peanuts'],
    ['(?:bi )?sung (?:hong|co hong)', 'throat swelling'],
    ['(?:bi )?sung luoi', 'tongue swelling'],
    ['(?:bi )?bong (?:nuoc soi|nuoc nong|dau soi)', 'scalded with boiling water'],
    // Session 47 (T64): a scald told by what was tipped over, the vessel between the verb and the liquid ("kéo đổ nồi
    // nước sôi", "làm đổ phích nước sôi", "lật ấm nước nóng"), and the boiling liquid told alone.
    [
      '(?:keo |lam |lat |va |xo )?(?:do|doi|lat|vang|hat|tat|up)(?: (?:ca|nguyen|mot|nua))?(?: (?:noi|am|phich|ca|coc|bat|to|chao|xoong|binh|ly|thau|xo))? (?:nuoc soi|nuoc nong|dau soi|dau nong|canh nong|chao nong|sup nong|tra nong|mi nong|nuoc dun soi)',
      'spilled boiling water on',
    ],
    ['nuoc (?:dun )?soi|nuoc (?:dang )?sung suc', 'boiling water'],
    // Session 47 (T64): a baby in the womb still moving ("em bé vẫn máy/đạp đều"): "vẫn" is still, as in still doing, never
    // the stillness English reads in "baby still" (RCOG GTG57: reduced movements are the sign; usual movements are not).
    [
      '(?:em be|thai|con|be) (?:van (?:may|dap|cu dong|quay)(?: (?:deu|binh thuong|nhieu|tot|nhu moi ngay))?|(?:may|dap|cu dong) (?:deu|binh thuong|tot|nhu moi ngay))(?! it| yeu| cham| khong)',
      'the baby is moving normally',
    ],
    // Session 47 (T64): compounds whose syllables, folded, are finding words of their own: a migraine ("đau nửa đầu": half
    // the head), flashing lights ("chớp sáng", never the morning "sáng"), a tiny bit ("chút xíu", never fainting "xỉu"),
    // and then ("rồi mới", never the lips "môi"), the wrist, ankle, fingers and toes ("cổ tay", "ngón tay"), propped on a
    // hand ("chống tay", never the husband "chồng"), steam ("hơi nước"). Read whole, each is what it says.
    ['(?:dau )?nua dau', 'migraine'],
    ['chop sang|chop chop|dom sang', 'flashing lights'],
    ['(?:mot )?chut xiu|mot chut', 'a tiny bit'],
    ['roi moi', 'and then'],
    ['co tay', 'wrist'],
    ['co chan', 'ankle'],
    ['ngon tay', 'fingers'],
    ['ngon chan', 'toes'],
    ['chong tay', 'put a hand out'],
    ['hoi nuoc(?! (?:soi|nong))|hoi nuoc (?=soi|nong)', 'steam'],
    ['phong (?:rop|nuoc) (?:to|lon|rat to)|(?:bong nuoc|mun nuoc) (?:to|lon)', 'big blisters'],
    ['neu (?:mot ngay|co ngay|sau nay|lo)(?: (?:toi|minh|em|con))?(?: (?:bi|thay|co))?', 'if i ever get'],
    [
      '(?:gio|bay gio|hien gio|hom nay|nay) (?:thi |da )?(?:on|khoe|binh thuong|het) (?:roi|lai roi|lai)',
      'now i am fine',
    ],
    // Registers and verb forms beyond the plain ones (colloquial and dialect wordings, past and third person).
    ['(?:khong|chua|van chua|van khong) (?:tinh|tinh lai|tinh day|tinh dau)', 'will not wake up'],
    ['mau phun ra(?: thanh tia)?|mau chay (?:xoi xa|rat nhieu)', 'blood spurting'],
    ['khong cam (?:duoc|mau)', 'will not stop'],
    ['bu (?:it|kem)(?: han)?', 'feeding poorly'],
    ['ngu li bi', 'lethargic'],
    ['goi khong (?:muon )?day', 'hard to rouse'],
    ['tho rit|tho khò khè|kho khe', 'wheezing'],
    ['tho khong ra hoi', 'cannot breathe'],
    ['noi khong duoc cau nao', 'cannot finish a sentence'],
    ['mo han(?: di)?', 'badly blurred'],
    ['mat (?:phai|trai)', 'eye'],
    ['dau nhuc(?: du doi)?', 'severe aching pain'],
    ['buon non', 'nauseous'],
    ['(?:\\d+) tuan tuoi', '# weeks old'],
    ['moi (?:lan|khi)', 'every time'],
    ['luc co luc khong|khi co khi khong', 'comes and goes'],
    [
      '(?:xau ho|doi|so|buon cuoi|nong|met) (?:muon )?chet(?: di duoc)?|chet (?:vi|voi) (?:xau ho|doi|so|cuoi)',
      'feel embarrassed',
    ],
    ['lam (?:sao|the nao) (?:de )?biet', 'how do i know if'],
    ['thinh thoang|doi khi|tho thoang', 'sometimes'],
    ['luc nao cung', 'always'],
    ['(?:phai|nen) lam (?:gi|sao|the nao) (?:neu|khi)', 'what do i do if'],
    ['trieu chung (?:cua )?', 'what are the symptoms of '],
    ['(?:co )?binh thuong khong', 'is it normal'],
    ['(?:\\d+|mot|hai|ba|muoi|hai muoi|nua) (?:phut|tieng|gio) (?:nay|roi|truoc)', 'for # minutes'],
    ['(?:mot|hai|ba|vai|\\d+) tuan (?:nay|nay roi|roi)', 'for weeks'],
    ['(?:may|vai|\\d+|hai|ba) thang (?:nay|nay roi|roi)', 'for months'],
    ['nam ngoai|nam truoc|nam roi', 'last year'],
    ['(?:hoi|luc|khi) (?:con )?nho', 'as a child'],
    ['khoe (?:lai )?roi|het roi|da on', 'is fine now'],
    ['khi ho', 'when i cough'],
    // Today / now told beside last year's event, so "last year a stroke, today again ..." is not read as last year's alone (review V17).
    ['(?:hom nay|bay gio|hien gio|gio) (?:lai|lai bi|cung lai)', 'today again'],
    ['hom nay', 'today'],
    ['bay gio|hien gio', 'now'],
    ['khi leo (?:cau thang|thang)', 'when i climb stairs'],
    ['khong tho (?:duoc|noi)|tho khong (?:duoc|noi)', 'cannot breathe'],
    ['tho gap|hut hoi', 'difficulty breathing'],
    ['kho tho|tho kho', 'short of breath'],
    ['(?:ngung|tat|ngung) tho|khong con tho', 'is not breathing'],
    ['moi (?:bi )?(?:tim|tim tai|tai xanh|xanh)|tim tai', 'blue lips'],
    ['(?:sung|phu) (?:mat|moi|luoi|hong)', 'swollen face and tongue'],
    ['(?:dau|tuc|that) nguc(?: trai)?(?: du doi| du doi lan)?', 'chest pain'],
    ['lan (?:ra|xuong|len) (?:tay trai|ham|lung)', 'spreading to the left arm and jaw'],
    ['(?:va|toat|ra) mo hoi lanh|mo hoi lanh', 'cold sweat'],
    ['(?:va|toat|ra) mo hoi', 'sweating'],
    ['(?:goi|lay) khong (?:day|tinh)|khong tinh day', 'will not wake up'],
    ['khong (?:phan ung|tra loi)', 'is not responding'],
    ['bat tinh|hon me|mat y thuc', 'unconscious'],
    ['(?:bi )?(?:ngat|xiu)(?: xiu)?', 'fainted'],
    ['meo (?:mieng|mat)|lech (?:mieng|mat)|xe (?:mieng|mat)', 'face drooping'],
    ['khong noi (?:duoc|ra loi)|noi ngong|noi lap|noi khong ro', 'cannot speak and slurred speech'],
    ['(?:yeu|liet|te) nua nguoi|khong (?:nhac|cu dong) duoc (?:tay|chan)', 'weakness on one side'],
    ['dot quy|tai bien(?: mach mau nao)?', 'stroke'],
    ['dang (?:bi )?(?:len con )?co giat', 'he is having a seizure'],
    ['(?:bi|da bi) co giat (?:mot lan|1 lan)', 'had a seizure'],
    ['co giat|dong kinh', 'seizure'],
    // A fit told by what is seen (NHS: jerking limbs, froth at the mouth, eyes turned up), in any order: "giật tay chân",
    // "giật giật chân tay", "sùi bọt mép", "mắt trợn ngược". Session 48.
    [
      '(?:co )?giat(?: giat)?(?: ca)? (?:tay chan|chan tay)|(?:tay chan|chan tay) (?:co )?giat(?: giat)?',
      'jerking of the arms and legs',
    ],
    ['sui bot (?:mep|mieng|o mieng)|(?:mieng|mep) sui bot', 'foaming at the mouth'],
    ['mat (?:tron|lon) (?:nguoc|trang)|tron nguoc', 'eyes rolled back'],
    ['uong (?:het|ca) (?:vi |hop |lo )?thuoc|uong (?:rat )?nhieu thuoc', 'took all the pills'],
    ['uong (?:thuoc tay|thuoc diet chuot|thuoc tru sau)', 'drank bleach'],
    ['(?:non|oi) ra mau', 'vomiting blood'],
    ['di ngoai phan den|phan den', 'black stools'],
    ['(?:chay|ra) mau (?:rat )?nhieu|bang huyet|mau khong cam', 'bleeding heavily and it will not stop'],
    ['chay mau|ra mau', 'bleeding'],
    ['cung co|co cung|gay cung', 'stiff neck'],
    ['muon chet', 'i want to die'],
    ['(?:muon )?tu tu|muon ket lieu', 'i want to kill myself'],
    ['(?:co thai|mang thai|co bau) (?:\\d+) tuan', 'pregnant # weeks'],
    ['co thai|mang thai|co bau|dang bau', 'pregnant'],
    ['(?:\\d+) thang tuoi', '# months old'],
    // Session 52 (T82): a baby's age told with no "tuổi" ("con tôi 2 tháng sốt 38 độ"), but not a span ("2 tháng nay",
    // "2 tháng trước": for, ago) nor a pregnancy's months; nor beside a vaccination told ("tiêm", "chích ngừa"), whose
    // fever the next day is the vaccine's (expected, as the development sets label it).
    [
      `${toldNowhere('tiem|chich ngua|vac xin|vacxin|vaccine')}(?<=(?:con|be|em be|chau|thang be|con be|be con)(?: (?:toi|minh|em|nha em|nha toi|tui))? )(?:\\d+) thang(?! (?:nay|truoc|roi|qua|gan day|tro lai|lien))`,
      '# months old',
    ],
    ['(?:\\d+) tuoi', '# years old'],
    ['so sinh', 'newborn'],
    ['(?:khong|chua) (?:bi )?sot', 'has no fever'],
    ['sot nhe', 'mild fever'],
    ['dap dau|nga dap dau|va dau', 'hit his head'],
    ['di ung', 'allergic reaction'],
    ['con (?:trai )?toi', 'my son'],
    ['con gai toi', 'my daughter'],
    ['em be', 'baby'],
    ['me toi', 'my mother'],
    ['(?:bo|ba|cha) toi', 'my father'],
    ['chong toi', 'my husband'],
    ['vo toi', 'my wife'],
    ['(?:ba noi|ba ngoai) (?:toi|cua toi)', 'my grandmother'],
    ['(?:ong noi|ong ngoai) (?:toi|cua toi)', 'my grandfather'],
    ['co the uong', 'can i take'],
    ['van choi', 'still playing'],
    ...VIETNAMESE_FINDINGS.phrases,
    ...VIETNAMESE_MODIFIERS,
    ...VIETNAMESE_EVERYDAY.phrases,
    // Session 52 (T82): "nó" (he, she) typed plainly, before the verb it is the subject of: left as typed it is the English
    // "no" and denies what follows ("no nhan tin vinh biet": he sent a goodbye). Read last, so any phrase wins.
    [
      'no(?= (?:nhan|gui|noi|bao|uong|an|nuot|cat|rach|tu|muon|da|dang|bi|vua|lai|khoc|sot|tho|ngat|chet|nhay|di|o|la|lam|hay|bo|nam|nga|te|xiu|run|co|mat|ke|viet|khoa|tat|om|keu|dong|cu)(?![\\p{L}]))',
      'he',
    ],
  ],
  words: {
    ...VIETNAMESE_EVERYDAY.words,
    ...VIETNAMESE_INTENT_AND_CRISIS.words,
    ...VIETNAMESE_SELF_HARM_AND_POISONING.words,
    khong: 'not',
    neu: 'if',
    nhung: 'but',
    va: 'and',
    toi: 'i',
    sot: 'fever',
    ho: 'cough',
    mau: 'blood',
    dang: 'is',
    bi: '',
    nguc: 'chest',
    dau: 'pain',
    thuoc: 'medicine',
    vien: 'tablet',
    chi: 'only',
    nhe: 'mild',
    choi: 'playing',
    benh: 'hospital',
    giup: 'help',
    voi: 'with',
    roi: 'already',
  },
};
