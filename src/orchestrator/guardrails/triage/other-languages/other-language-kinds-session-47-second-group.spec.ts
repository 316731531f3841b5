import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 47 (T64): word families and readings of the second group of other languages, each emergency beside
 * look-alikes that share its words. Written from the protocols (British Burn Association referral, Resuscitation
 * Council anaphylaxis, NICE CKS cauda equina and testicular torsion, RCOphth acute glaucoma, TOXBASE, NICE CG100
 * alcohol withdrawal, RCOG GTG57 fetal movements), never copied from a labelled set.
 * - Vietnamese typed plainly: a scald told by the vessel tipped over ("làm đổ phích nước sôi"); a gestation's weeks read
 *   as told (it was read as 30 weeks), "since yesterday" no longer "since this morning", "em bé vẫn máy" (the baby still
 *   moves) no longer read as a still baby.
 * - Haitian Creole: breathing told as a trouble one has ("gen pwoblèm pou l respire"), the face and eyes swelling;
 *   "plenn" before a body part is complaining of it, not a child's grunt.
 * - Japanese: an adjective with its endings ("痛くなって"), numb around the bottom, both legs weak, halos around lights,
 *   days' worth of medicine taken at once, a slow pulse; asthma named as a condition, its reliever, talking normally.
 * - Persian: the testicle, swollen, red, "brings up" (vomits), woken by pain; "N روزه" alone is how long, not an age.
 * - Hindi: a fit told in the plain past ("दौरा पड़ा") and asked in the subjunctive ("fit aa jaaye"), drinking stopped.
 * - Russian: no reaction after a vaccine or a Mantoux test is the normal result, not a person not responding.
 * On the unchanged rules (main 6cd71c6): emergencies 5 of 12 by the rules and 6 of 12 by the product; look-alikes 8 of
 * 15 quiet by both.
 */
const EMERGENCIES: LabelledMessages = [
  ['vi', 'be nha em 18 thang lam do phich nuoc soi len dui va bung, phong rop mot mang lon, tuot da'],
  ['vi', 'con toi bi nuoc soi do vao nguc, da bong ra, phong rop rat to, chau khoc khong ngung'],
  ['ht', 'Frè m pike pa myèl, figi l ap anfle e li gen difikilte pou l respire'],
  ['ht', 'Pitit mwen manje pistach, lèv li anfle, li gen pwoblèm pou respire'],
  ['ja', 'ぎっくり腰のあと、今朝からお尻の周りの感覚がなくて、おしっこが出ません'],
  ['ja', '腰が痛くて、股のあたりがしびれて、両脚に力が入らない'],
  ['ja', '父が1か月分の血圧の薬をまとめて飲んでしまった。脈がとても遅い'],
  ['ja', '急に左目が激しく痛くなって、光の周りに虹の輪が見える。吐き気もある'],
  ['fa', 'پسرم ۱۴ سالشه، یهو بیضه‌اش شدید درد گرفته و استفراغ کرده'],
  ['hi', 'भाई ने दो दिन से शराब छोड़ी है, आज उसे दौरा पड़ा और वो कांप रहा है'],
  ['ru', 'мама лежит на полу, на голос реакции нет'],
  ['ru', 'после прививки через 10 минут отекло лицо, трудно дышать'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['ru', 'сделали пробу Манту три дня назад, реакции нет, это нормально?'],
  ['ru', 'после прививки реакции нет никакой, температуры нет, ребёнок весёлый'],
  ['ru', 'у меня бывают панические атаки, всё как всегда, прошло за 10 минут, сейчас хорошо'],
  ['fa', 'پسرم ۳ روزه سرفه میکنه، تب نداره و بازی میکنه'],
  ['fa', 'دو روزه گلو درد دارم و یه کم تب دارم، غذا میخورم'],
  ['vi', 'em co bau 24 tuan, tu hom qua hoi buon non, khong ra mau, khong dau bung, em be van dap deu'],
  ['vi', 'Em mang thai 12 tuần, từ hôm qua tiểu hơi buốt, không sốt, không ra máu'],
  ['ht', 'pitit mwen gen lafyèv depi yè, li manje, li jwe, li plenn tèt li fè l mal'],
  ['hi', 'agar school me kisi bacche ko fit aa jaaye to teacher ko kya karna chahiye?'],
  ['hi', 'nana ji ko saalon se saans ki takleef hai, aaj bhi utni hi jitni roz, dawai le li aur aaram hai'],
  ['sw', 'mtoto wangu alipata degedege ya homa wiki iliyopita, sasa yuko sawa, nifanye nini kama itarudi?'],
  ['tl', 'wala siyang lagnat o hirap huminga, masigla naman at kumakain'],
  ['tl', 'na-confine ako last year dahil sa pneumonia, okay na ako ngayon, pwede na ba ako mag gym?'],
  ['pl', 'lekki kaszel od tygodnia, dusznosci brak, mowie pelnymi zdaniami, goraczki brak'],
  ['ja', '息子は喘息持ちで、発作止めの吸入を時々使います。今日は元気で普通に話せます'],
];

describeRulesAndProduct(
  'other languages, second group: word families and readings (session 47)',
  EMERGENCIES,
  LOOK_ALIKES,
);

/**
 * The second round, written before its change: Vietnamese compounds whose syllables, folded, are finding words of their
 * own ("đau nửa đầu" a migraine, "chớp sáng" flashing lights, "chút xíu" a tiny bit, "cổ tay" the wrist, "chống tay"
 * propped on a hand, "hơi nước" steam), and a stroke told with its marks that held one marker of the language only. On
 * the rules before it (this branch at 21178bc): emergencies 2 of 3 by the rules and 3 of 3 by the product; look-alikes
 * 4 of 4 quiet by the rules and 3 of 4 by the product.
 */
const VIETNAMESE_COMPOUND_EMERGENCIES: LabelledMessages = [
  ['vi', 'Bố em tự nhiên đau đầu dữ dội nhất từ trước đến giờ, nôn, cổ cứng'],
  ['vi', 'mẹ em đột nhiên yếu nửa người bên phải, miệng méo, nói ngọng từ 30 phút'],
  ['vi', 'be bi bong nuoc soi ca hai chan, phong rop to, da tuot ra'],
];

const VIETNAMESE_COMPOUND_LOOK_ALIKES: LabelledMessages = [
  ['vi', 'Tôi bị đau nửa đầu từ hồi sinh viên, lần này cũng giống mọi lần, có nên uống thêm thuốc không?'],
  ['vi', 'trước khi đau đầu tôi hay thấy chớp sáng ở một bên mắt, giống hệt mọi lần, đỡ sau khi ngủ'],
  ['vi', 'chau bi bong hoi nuoc chut xiu o ngon tay, da hoi do, khong phong rop'],
  ['vi', 'Ông em ngã chống tay xuống, cổ tay sưng, ngón tay vẫn cử động được, không đập đầu'],
];

describeRulesAndProduct(
  'Vietnamese compounds read whole (session 47)',
  VIETNAMESE_COMPOUND_EMERGENCIES,
  VIETNAMESE_COMPOUND_LOOK_ALIKES,
);

/**
 * The third round, written before its change: a message in a thin language that held no marker of it (a Polish face
 * and speech told in a few words) and not breathing told with the respectful plural of an elder ("saans nahi le rahe",
 * "سانس نہیں لے رہے"), beside look-alikes the new markers could expose (sleep talking, a face so since birth). On the
 * rules before it (this branch at 7671d8e): emergencies 0 of 3 by the rules and 2 of 3 by the product; look-alikes 4 of
 * 4 quiet by both (2 of 4 once the Polish words marked the language, before sleep talking and since birth were read).
 */
const MARKED_AND_RESPECTFUL_EMERGENCIES: LabelledMessages = [
  ['pl', 'mama ma opadnięty kącik ust i bełkocze od pół godziny'],
  ['ur', 'میرے والد اچانک گر گئے اور سانس نہیں لے رہے'],
  ['hi', 'mere papa achanak gir gaye aur saans nahi le rahe'],
];

const MARKED_AND_RESPECTFUL_LOOK_ALIKES: LabelledMessages = [
  ['hi', 'papa ko raat me thodi khansi hai, abhi aaram se so rahe hain aur saans theek le rahe hain'],
  ['ur', 'ابو آرام سے سو رہے ہیں اور سانس ٹھیک لے رہے ہیں'],
  ['pl', 'synek mamrocze i bełkocze przez sen, ma 5 lat, poza tym zdrowy'],
  ['pl', 'mam opadnięty kącik ust od urodzenia, lekarz mówił że to nic groźnego'],
];

describeRulesAndProduct(
  'a thin language marked by its findings, an elder told in the plural (session 47)',
  MARKED_AND_RESPECTFUL_EMERGENCIES,
  MARKED_AND_RESPECTFUL_LOOK_ALIKES,
);

/**
 * A sweep of the commonest emergencies in each language of the group (collapse and not breathing, a young infant with
 * fever not feeding, chest pain spreading, a face and speech, tablets with intent), in a native speaker's words: 27 of
 * 30 by the rules and 29 of 30 by the product before the third round, all after it.
 */
const SWEEP: LabelledMessages = [
  ['ko', '아버지가 갑자기 쓰러져서 숨을 안 쉬어요'],
  ['ko', '아기가 3주 됐는데 열이 38.5도이고 젖을 안 먹어요'],
  ['ko', '남편이 가슴이 쥐어짜듯 아프고 식은땀이 나요, 왼팔까지 아파요'],
  ['ko', '땅콩 먹고 입술이 붓고 숨쉬기 힘들어해요'],
  ['sw', 'baba yangu ameanguka ghafla, hapumui na hajibu'],
  ['sw', 'mtoto wa wiki 3 ana homa kali na hanyonyi'],
  ['sw', 'mama ana maumivu makali ya kifua yanayoenda mkono wa kushoto, anatoka jasho'],
  ['tl', 'biglang nahirapan huminga si nanay at nangingitim ang labi'],
  ['tl', 'yung baby ko 2 weeks old, may lagnat 38.6 at ayaw dumede'],
  ['tl', 'nilunok ng anak ko yung 20 na tableta ng paracetamol'],
  ['tr', 'babam aniden yere yığıldı, nefes almıyor'],
  ['tr', 'bebeğim 3 haftalık, ateşi 38.5 ve emmiyor'],
  ['tr', 'annemin yüzünün bir tarafı kaydı, konuşması bozuldu, kolunu kaldıramıyor'],
  ['pl', 'mój tata nagle upadł i nie oddycha'],
  ['pl', 'dziecko ma 3 tygodnie, gorączka 38.5 i nie chce ssać'],
  ['pl', 'mama ma opadnięty kącik ust i bełkocze od pół godziny'],
  ['ur', 'میرے والد اچانک گر گئے اور سانس نہیں لے رہے'],
  ['ur', 'mere abbu ko seene mein shadeed dard hai jo baayen baazu tak ja raha hai, paseena aa raha hai'],
  ['fa', 'babam yehoo oftad va nafas nemikeshe'],
  ['ja', '夫が急に倒れて息をしていません'],
  ['ja', '赤ちゃん生後3週間で38度の熱があり、ミルクを飲みません'],
  ['ru', 'муж внезапно упал и не дышит'],
  ['ru', 'ребёнку 3 недели, температура 38.5, не берёт грудь'],
  ['vi', 'ba toi dot nhien nga xuong, khong tho, khong phan ung'],
  ['ht', 'papa m tonbe sou tè a, li pa respire'],
  ['hi', 'mere papa achanak gir gaye aur saans nahi le rahe'],
  ['sw', 'nimemeza vidonge 30 vya panadol nataka kufa'],
  ['tr', '30 tane uyku hapı içtim, ölmek istiyorum'],
  ['pl', 'połknęłam 30 tabletek paracetamolu, chcę umrzeć'],
  ['ko', '수면제 30알을 먹었어요, 죽고 싶어요'],
];

const SWEEP_LOOK_ALIKES: LabelledMessages = [
  ['ko', '어제 감기 때문에 열이 37.5도였는데 오늘은 괜찮아요'],
  ['tr', 'bebeğim 5 aylık, dün aşı oldu, ateşi 37.8, iyi emiyor ve oynuyor'],
  ['sw', 'mama ana maumivu kidogo ya mgongo baada ya kubeba ndoo, anatembea vizuri'],
];

describeRulesAndProduct(
  'the second group of other languages: a sweep of the commonest emergencies (session 47)',
  SWEEP,
  SWEEP_LOOK_ALIKES,
);
