import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 46 (T60): word families the reading of the thinly worked languages lacked, each emergency beside look-alikes
 * that share its words. Written from the protocols (NHS 111, Manchester Triage System, NICE NG143, WHO IMCI, cauda
 * equina red flags, testicular torsion, Resuscitation Council anaphylaxis, hypothermia), never from a labelled set.
 * - Swahili: a message of function words and verbs the detection did not know ("leo", "kwenye", "baada ya"), and the
 *   verb told with its person and tense in front ("inalegea", "umevimba", "ninapumua"): read by its stem.
 * - Vietnamese typed without its marks: the chat negations "ko", "k", "hok", "hong" before each finding of a list, the
 *   testicle ("tinh hoan"), breathing weakly and drowsy ("tho yeu", "li bi"), both legs ("hai chan").
 * - Haitian Creole: blood that flows and will not stop ("san an ap koule", "li pa sispann").
 * - Persian in Latin letters: its function words and its verbs of not breathing, not speaking, not shivering.
 * - Hinglish: a newborn ("navjaat"), limp and lethargic ("sust"), the chest drawn in ("chhati andar dhans").
 * On the unchanged rules (main 7ed525f): emergencies 6 of 16 by the rules and 7 of 16 by the product; look-alikes 11
 * of 14 quiet by both (the Vietnamese "ko" lists read as findings, numb legs read as a weak side).
 */
const EMERGENCIES: LabelledMessages = [
  ['sw', 'mgongo unauma sana tangu jana, leo miguu yote inalegea na siwezi kukojoa'],
  ['sw', 'nimeumwa na nyigu wengi, uso umevimba na ninapumua kwa shida'],
  ['sw', 'mwanangu wa miaka 14 ana maumivu makali ghafla kwenye korodani, anatapika'],
  ['sw', 'babu ameanguka bafuni, hazinduki na anapumua kwa shida sana'],
  ['vi', 'chu toi te tu tren mai xuong, dau lung du doi va khong cu dong duoc hai chan'],
  ['vi', 'vua vot be tu ho boi len, be tho yeu va li bi'],
  ['vi', 'con trai 12 tuoi dau tinh hoan du doi tu sang, non hai lan'],
  ['vi', 'Bố tôi ngã cầu thang, không cử động được chân, đau lưng dữ dội'],
  ['ko', '새우 먹고 나서 목이 조이고 숨 쉴 때 쌕쌕거려요. 온몸에 두드러기가 났어요'],
  ['ko', '허리가 아팠는데 오늘 다리에 힘이 빠지고 소변이 안 나와요'],
  ['ht', 'pitit mwen gen 3 semenn, li respire vit vit epi li pa vle tete ditou'],
  ['ht', 'frè m koupe pye l ak yon sèpèt, san an ap koule fò, nou peze men li pa sispann'],
  ['fa', 'babam tu hayat oftade, bihoosh shode va nafas nemikeshe, chi kar konim?'],
  ['fa', 'madaram tu barf mund, badanash yakh zade, dige nemilarze va harf nemizane'],
  ['hi', 'navjaat 2 hafte ka, doodh nahi pee raha, bahut sust hai, chhati andar dhans rahi hai'],
  ['ru', 'в глаз попал осколок металла, этим глазом ничего не вижу, течёт кровь'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['sw', 'mgongo unauma kidogo baada ya kubeba mizigo, miguu iko sawa na nakojoa kawaida'],
  ['sw', 'nina maumivu kidogo kwenye korodani baada ya kuendesha baiskeli, hakuna uvimbe wala kutapika'],
  ['sw', 'uso umevimba kidogo asubuhi baada ya kulala sana, napumua vizuri kabisa'],
  ['vi', 'me toi ho khan may hom, ko sot, ko kho tho, ko dau nguc, an uong binh thuong'],
  ['vi', 'toi dau lung sau khi boc hang, van di lai binh thuong, ko te chan, di tieu binh thuong'],
  ['vi', 'be bi dau tinh hoan nhe sau khi da bong, khong sung, khong non, gio da do'],
  ['vi', 'ba em ho nhieu tu hom qua, k sot, hok kho tho, an ngu duoc'],
  ['ko', '감기 때문에 목이 좀 칼칼하고 기침이 나요. 숨은 잘 쉬어요'],
  ['ko', '모기 물려서 팔에 두드러기 몇 개 났어요. 숨 쉬는 건 괜찮아요'],
  ['ko', '운동하고 나서 다리에 힘이 좀 빠져요. 소변은 잘 봐요'],
  ['ht', 'pitit mwen gen ti grip, li respire byen, l ap tete nòmal'],
  ['ht', 'mwen koupe dwèt mwen ak kouto, san an te koule yon ti kras, kounye a li sispann'],
  ['hi', 'beta thoda sust hai bukhar ki wajah se, par doodh pee raha hai aur khel raha hai'],
  ['ru', 'без очков плохо вижу мелкий шрифт, глаз не болит, не красный'],
];

describeRulesAndProduct('word families of the thinly read languages (session 46)', EMERGENCIES, LOOK_ALIKES);

/**
 * The second round of kinds, written before their change: Korean findings told with another particle or ending ("다리도
 * 힘이 빠져", "열 39도", "목이 조이는", "물집이 크게 잡히고", "다들 고마웠어" then no answer), Russian findings told absent
 * together ("одышки и боли в груди нет", "ни ..., ни ...") and in a spoken message without punctuation, a hard object
 * flown into the eye; Persian in Latin letters out in the cold. On the rules before it (this branch after the Haitian
 * Creole commit, 3871e56): emergencies 3 of 8 by the rules and by the product; look-alikes 9 of 11 quiet (both Russian
 * lists of absent findings read a breathlessness told absent as present).
 */
const SECOND_EMERGENCIES: LabelledMessages = [
  ['ko', '허리 수술한 적 있는데 어제부터 다리도 힘이 빠지고 사타구니 감각이 없어요'],
  ['ko', '딸아이 열 39.5도에 목이 뻣뻣해서 못 숙이고 빛을 싫어해요'],
  ['ko', '땅콩 먹고 목이 조이는 느낌이고 숨 쉴 때 쌕쌕거려요'],
  ['ko', '뜨거운 기름에 팔이랑 가슴을 데었는데 물집이 크게 잡히고 피부가 하얗게 벗겨졌어요'],
  ['ko', '동생이 단톡방에 다들 고마웠어 라고 남기고 연락이 안 돼요'],
  ['ru', 'в цеху отлетела стружка прямо в глаз, глаз не вижу'],
  ['ru', 'резкая боль в груди отдает в руку, холодный пот, тошноты нет'],
  ['fa', 'pedaram zire barf gir karde, badanash yakh zade, dige nemilarze, javab nemide'],
];

const SECOND_LOOK_ALIKES: LabelledMessages = [
  ['ko', '불안할 때 목이 조이는 느낌이 있어요. 숨은 잘 쉬고 두드러기는 없어요'],
  ['ko', '회사 그만두면서 단톡방에 다들 고마웠어 하고 나왔어요. 송별회 장소 추천해 주세요'],
  ['ko', '한강 다리에서 자전거 타다가 넘어져서 무릎이 까졌어요. 소독만 하면 되나요?'],
  ['ko', '아이가 열 37.8도에 콧물이 나는데 잘 놀고 잘 먹어요'],
  ['ko', '오래 앉아 있었더니 엉덩이가 좀 저려요. 일어나서 걸으니 괜찮아요'],
  ['ru', 'у папы третий день опухла голень после перелета, одышки и боли в груди нет куда нам обратиться'],
  ['ru', 'у мамы опухла нога, ни температуры, ни одышки, можно подождать?'],
  ['ru', 'попала соринка в глаз, немного слезится, вижу нормально'],
  ['ru', 'влетела мошка в глаз, промыл водой, все хорошо'],
  ['fa', 'bacham sarma khorde, dige nemilarze, khoobe va bazi mikone'],
  ['fa', 'babam dirooz oftad, dastesh dard mikone vali harf mizane va nafas mikeshe, chi kar konim?'],
];

describeRulesAndProduct('particles, absences and the cold (session 46)', SECOND_EMERGENCIES, SECOND_LOOK_ALIKES);

/**
 * Tagalog and Taglish false-alarm kinds: a question of what might happen ("paano kung ... wala pang nangyayari"), a pain
 * brought on by pressing (NICE CG95: chest wall pain), a time past told colloquially ("nung isang taon"); emergencies of
 * the same words stay read. On the rules before it (3871e56): emergencies 2 of 2; look-alikes 2 of 4 quiet (the pressed
 * chest and the drowning asked about for a training read as now).
 */
const TAGALOG_EMERGENCIES: LabelledMessages = [
  ['tl', 'biglang sumakit ang dibdib ko habang nagbubuhat, pinagpapawisan ako ng malamig at hirap huminga'],
  ['tl', 'nahimatay si lola at hindi pa rin nagigising kahit tinatawag namin'],
];

const TAGALOG_LOOK_ALIKES: LabelledMessages = [
  ['tl', 'paano kung may customer na himatayin sa tindahan? ano ang gagawin namin? wala pa namang nangyayari'],
  [
    'tl',
    'paano kung may bata na malunod sa pool at hindi humihinga, ano ang first aid? wala pa namang nangyayari, para lang sa training',
  ],
  ['tl', 'masakit ang dibdib ko kapag pinipindot, nadulas ako kahapon sa banyo, walang hingal'],
  ['tl', 'nung isang taon na-ospital ako dahil sa pneumonia, ngayon okay na ako. pwede na ba akong lumangoy?'],
];

describeRulesAndProduct('Tagalog: asked, pressed, past (session 46)', TAGALOG_EMERGENCIES, TAGALOG_LOOK_ALIKES);

/**
 * Review V28 (20:45, 20:52, and its extra/t60-5 twins): Vietnamese emergencies told with "giờ đỏ" (now red) or "giờ đo" (now measured), which a
 * folded easing ("giờ đỡ": better now) set aside, and look-alikes a reading made: a child carried ("bế") to bed after
 * a drink of water read as pulled out of it; a Haitian baby of six weeks sneezing and feeding well. V28's texts.
 */
const TWINS_OF_THE_REVIEW: LabelledMessages = [
  ['vi', 'Bé 2 tuổi ăn tôm xong nổi mẩn khắp người, môi sưng, khó thở, giờ đỏ hết mặt.'],
  ['vi', 'Con tôi sốt cao, co giật 10 phút chưa dừng, nay đỏ hết người'],
  ['vi', 'Bị ong đốt 15 phút, nổi mề đay, khó thở, chóng mặt, giờ đỏ hết người'],
  ['vi', 'Chồng tôi tiểu đường, lơ mơ, vã mồ hôi, giờ đo đường huyết 2.0, nuốt không được'],
  // V28 (extra/t60-5): no response told absent after a finding, in a message without punctuation (a STOP: the
  // negation reached back to "без сознания"); an injection before a tightening throat; one leg weak with speech lost;
  // someone telling that they are at the bridge; a face turned blue in Persian typed in Latin letters.
  ['ru', 'Папа без сознания реакции нет как быть'],
  ['ko', '항생제 맞고 나서 목이 조이고 온몸에 두드러기가 났어요'],
  ['ko', '아빠가 30분 전부터 왼쪽 다리가 힘이 없고 말도 잘 안 나와요'],
  ['ko', '한강 다리에 와 있어요. 다들 고마웠어요'],
  ['fa', 'Babam nafas nemikeshe, soratesh kabood shode'],
];

const REVIEWED_LOOK_ALIKES: LabelledMessages = [
  ['vi', 'Bé uống nước xong lên giường ngủ ngon, không sốt, có nên cho bé uống thêm vitamin C không?'],
  ['ht', 'Bebe m gen 6 semenn, li estènen anpil, li tete byen, pa gen lafyèv.'],
  ['ko', '한강 다리에 와 있어요. 야경이 너무 예뻐요, 사진 찍고 있어요'],
  ['ko', '오른쪽 다리에 쥐가 나서 힘이 없었는데 지금은 괜찮아요'],
];

describeRulesAndProduct('review V28 of the session-46 word families', TWINS_OF_THE_REVIEW, REVIEWED_LOOK_ALIKES);
