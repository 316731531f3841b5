import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 48 (T68): grammar and word families of the second group of other languages, each emergency beside look-alikes
 * that share its words. Written from the protocols (TOXBASE and poison centres: a whole pack or a corrosive swallowed;
 * NICE CG100 alcohol withdrawal: fits and hallucinations after stopping; NHS fits: limbs jerking, froth at the mouth,
 * eyes rolled up; Resuscitation Council anaphylaxis: wheeze, throat closing; NICE NG240 meningitis: a stiff neck; FAST
 * stroke), never copied from a labelled set.
 * - Korean: a verb told in the honorific of an elder ("드셨어요", "드신 것 같아요": took, seems to have taken) is the
 *   plain verb the readings know.
 * - Tagalog and Taglish: the colloquial article ("yung", "ung") is "ang" to every phrase; eyes rolled up.
 * - Vietnamese typed plainly or with accents: a fit told by the limbs jerking and froth at the mouth.
 * - Hindi in both scripts: a wheeze told as a whistle in the breath, a throat that is closing.
 * - Russian and Polish: drinking stopped after a binge, a fit told by its adjective, a neck that will not bend.
 * - Japanese: drinking stopped, talking to people who are not there. Persian typed in Latin letters: a crooked face.
 * On the unchanged rules (main b992254): emergencies 3 of 19 by the rules and 9 of 19 by the product; look-alikes 15 of
 * 15 quiet by both. After: 20 of 20 by both; look-alikes 20 of 20 quiet (review V30's twins added after the first change:
 * a cold's closed throat and a finished course, each a false alarm on main already; hands shaking from nerves and a
 * lip numb after the dentist).
 */
const EMERGENCIES: LabelledMessages = [
  ['ko', '할아버지가 수면제를 한 통 다 드셨어요. 지금 계속 주무시고 깨워도 잘 안 일어나세요'],
  ['ko', '어머니가 혈압약을 한꺼번에 서른 알 드신 것 같아요'],
  ['ko', '할머니가 락스를 드셨어요. 입에서 거품이 나요'],
  ['tl', 'tumirik yung mata ni bunso, nanginginig ang buong katawan, hindi pa tumitigil'],
  ['tl', 'ung tatay ko biglang tumabingi ung mukha, hindi makapagsalita ng maayos'],
  ['vi', 'con toi 3 tuoi dang sot cao roi giat giat tay chan, mat tron nguoc'],
  ['vi', 'bố tôi sùi bọt mép, giật tay chân hơn 5 phút chưa dừng'],
  ['hi', 'meri beti ko moongfali se allergy hai, ab honth soj gaye, saans mein seeti baj rahi hai'],
  ['hi', 'खाना खाने के बाद गला बंद सा लग रहा है, होंठ सूज गए, साँस में सीटी'],
  ['ru', 'муж после запоя второй день, ночью был судорожный припадок, сейчас заговаривается'],
  ['ru', 'температура 39, голова раскалывается, шею не может согнуть'],
  ['pl', 'brat przestał pić trzy dni temu, trzęsie się, widzi robaki na ścianie i miał drgawki'],
  ['pl', 'synek zakrztusił się kawałkiem jabłka, nie może mówić ani kaszleć, robi się siny'],
  ['ja', '父がお酒を急にやめて2日目、手がひどく震えて、いない人と話している'],
  ['ja', '夫が断酒して3日目、けいれんを起こして今もぼんやりしている'],
  ['fa', 'pedaram yehoo soratesh kaj shod va dastesh ro nemitoone bala bebare'],
  ['fa', 'madaram dahanesh kaj shode va harf zadanesh namafhoom shode'],
  ['tl', 'sumisirit yung dugo sa hita niya, di tumitigil kahit diniinan na'],
  ['tl', 'na-sting ng bubuyog si bunso, namaga yung mukha niya at hirap huminga'],
  ['hi', 'sardi to thi hi, par moongfali khane ke baad gala band ho raha hai aur honth sooj gaye'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['ko', '할머니가 아침에 감기약을 드셨어요. 지금은 괜찮으세요'],
  ['ko', '어머니가 비타민을 한 통 사 오셨어요. 하루에 몇 알 드시면 되나요?'],
  ['tl', 'nanginginig si lola sa lamig kanina, pero ngayon okay na at nagsasalita naman'],
  ['tl', 'ung anak ko may sipon at ubo, masigla naman at kumakain'],
  ['tl', 'kung makagat ako ng bubuyog tapos mamaga yung mukha ko, ano gagawin? nagtatanong lang, wala namang nangyari'],
  ['vi', 'con toi ngu thinh thoang giat minh mot cai roi ngu tiep binh thuong'],
  ['vi', 'toi bi chuot rut bap chan khi boi, gio het roi'],
  ['hi', 'zukaam mein naak se seeti jaisi awaaz aati hai, baaki sab theek hai'],
  ['hi', 'गला थोड़ा खराब है, हल्की खांसी है, बुखार नहीं'],
  // Review V30's look-alikes, in other words: a cold's blocked throat, a course finished with its cough still there.
  ['hi', 'sardi ki wajah se gala band sa lag raha hai, naak bhi band hai'],
  ['hi', 'जुकाम में गला बंद सा हो गया है, हल्की खांसी है'],
  ['ko', '아버지가 처방받은 항생제를 다 드셨는데 아직 열이 나요'],
  ['ru', 'папа бросил пить год назад и чувствует себя отлично'],
  ['ru', 'шея затекла после сна, температуры нет, голова не болит'],
  ['pl', 'mąż przestał pić miesiąc temu i czuje się świetnie'],
  ['pl', 'dziecko zakrztusiło się wodą, zakaszlało i już jest dobrze'],
  ['ja', '父は去年お酒をやめて、今はとても元気です'],
  ['fa', 'eynakam kaj shode, koja mitoonam dorostesh konam?'],
  // Review V30's look-alikes, in other words: hands that shake from nerves, a lip numb after the dentist.
  ['ja', '面接の前になると緊張して手が震えます。どうしたら落ち着けますか？'],
  ['fa', 'dandoon pezeshk ampul zad, alan labam kaj shode va bi hese, gofte do saat dige khoob mishe'],
];

describeRulesAndProduct(
  'other languages, second group: grammar and word families (session 48)',
  EMERGENCIES,
  LOOK_ALIKES,
);
