import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 49 (T72): intent told indirectly in the second group of other languages, read by its parts
 * (`farewell-and-saved-pills-told-by-their-parts.ts`). Written from NICE NG225 and the Samaritans' warning signs (a
 * goodbye said to everyone or sent as a message, an apology to everyone with it, a phone switched off after it, tablets
 * saved up), in my own words, never copied from a labelled set. Look-alikes: a goodbye before a move, a retirement, a
 * trip or a new job, and old tablets gathered for the pharmacy.
 * On the unchanged rules (main eb17c1e): emergencies 4 of 33 by the rules and 10 of 33 by the product; look-alikes 22
 * of 22 quiet by both. After: emergencies 33 of 33 by both; look-alikes 22 of 22 quiet by both. The Russian goodbye
 * told with no one named is the twin of a development line the product flagged on main and the first change lost
 * (diff.mjs); the goodbyes before an operation or at the end of a call, a phone off for its battery, tablets stocked
 * monthly, and a goodbye sent at night or after a job was lost, are twins of review V31's probes (06:14, 06:37).
 */
const EMERGENCIES: LabelledMessages = [
  ['tl', 'nagpaalam na siya sa lahat sa gc tapos naka-off na ang phone niya'],
  ['tl', 'nag-iipon daw siya ng sleeping pills, ayaw na raw niya'],
  ['ko', '친구가 모두에게 작별 인사를 하고 전화기를 꺼 버렸어요'],
  ['ko', '언니가 수면제를 모아 두고 있었대요. 지금 연락이 안 돼요'],
  ['tr', 'kardeşim herkese veda etti, telefonu kapalı'],
  ['tr', 'babam haftalardır ilaçlarını biriktiriyormuş, bugün herkesle vedalaştı'],
  ['ht', 'frè m di tout moun orevwa, kounye a telefòn li fèmen'],
  ['ht', 'sè m t ap sere grenn dòmi depi kèk semèn, li di li pa vle viv ankò'],
  ['pl', 'siostra pożegnała się ze wszystkimi na grupie i ma wyłączony telefon'],
  ['pl', 'brat od tygodni zbierał tabletki nasenne, dziś nie odbiera'],
  ['fa', 'دوستم از همه خداحافظی کرد و گوشیش خاموشه'],
  ['fa', 'برادرم چند هفته‌ست قرص‌هاشو جمع می‌کنه و امروز از همه خداحافظی کرد'],
  ['sw', 'kaka yangu ameaga kila mtu kwenye group, sasa simu yake imezimwa'],
  ['vi', 'em gái tôi nhắn từ biệt cả nhà rồi tắt điện thoại'],
  ['ru', 'сестра попрощалась со всеми в чате и выключила телефон'],
  ['ja', '弟がみんなに別れのメッセージを送って、電話の電源を切っている'],
  ['ur', 'bhai ne sab se alvida keh diya aur ab phone band hai'],
  ['hi', 'दोस्त ने सबको अलविदा कहा और अब उसका फोन बंद है'],
  ['pl', 'kolega napisał, że wszystkich przeprasza i żegna się, nie odbiera telefonu'],
  ['fa', 'دوستم پیام خداحافظی فرستاده و گوشیش خاموشه، گفته بود قرص جمع کرده'],
  ['tl', 'nagpaalam na sa lahat yung kaibigan ko sa chat tapos patay na phone niya, nag-iipon daw siya ng gamot'],
  ['ko', '동생이 가족들한테 작별 인사 문자를 보내고 휴대폰을 꺼놨어요. 약을 모아두고 있다고 했어요'],
  ['ja', '友達から「みんなごめん、さよなら」とLINEが来て、既読にならない。睡眠薬をためていると言っていた'],
  ['tr', 'abim herkesten helallik istedi, telefonu kapalı, hap biriktirdiğini söylemişti'],
  ['ht', 'zanmi m voye mesaj di tout moun orevwa epi telefòn li fèmen, li te di l ap sere grenn'],
  ['ru', 'брат попрощался, потом прислал снимок упаковок снотворного, и теперь телефон выключен'],
  ['hi', 'dost ne sabko alvida ka msg bheja, ab phone switch off hai'],
  ['hi', 'behen kuch hafton se neend ki goliyan jama kar rahi thi, aaj bol rahi hai sab khatam'],
  ['hi', 'भाई ने सबको अलविदा कहा, नींद की गोलियाँ जमा कर रखी थीं'],
  ['ur', 'bhai ne sab se maafi maangi aur khuda hafiz keh diya, phone band hai'],
  ['sw', 'rafiki yangu alituma ujumbe wa kwaheri usiku, sasa simu imezimwa, alikuwa akikusanya vidonge vya usingizi'],
  ['vi', 'anh tôi bị công ty đuổi việc, nhắn tin vĩnh biệt cả nhà rồi tắt máy'],
  ['ht', 'frè m pèdi travay li, li di tout moun orevwa epi telefòn li fèmen'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['tl', 'nagpaalam na siya sa lahat kasi lilipat na siya sa Cebu, low batt lang yung phone niya'],
  ['ko', '동료가 퇴사하면서 모두에게 작별 인사를 했어요'],
  ['tr', 'emekli olan öğretmenimiz herkese veda etti'],
  ['ht', 'zanmi m di tout moun orevwa paske l ap vwayaje Miami'],
  ['pl', 'kolega pożegnał się ze wszystkimi, bo przechodzi na emeryturę'],
  ['fa', 'همکارم چون بازنشسته شد از همه خداحافظی کرد'],
  ['sw', 'jirani ameaga kila mtu kwa sababu anahamia Arusha'],
  ['vi', 'đồng nghiệp nhắn từ biệt cả phòng vì chuyển công tác'],
  ['ru', 'коллега попрощался со всеми, уходит на пенсию'],
  ['ja', '同僚が退職でみんなに別れの挨拶をした'],
  ['ko', '약국에 남은 약을 모아서 반납하려고 해요'],
  ['tr', 'evdeki eski ilaçları biriktirip eczaneye götüreceğim'],
  ['pl', 'zbieram przeterminowane tabletki, żeby oddać do apteki'],
  ['fa', 'داروهای تاریخ گذشته رو جمع کردم که ببرم داروخانه'],
  ['ru', 'попрощались с бабушкой на вокзале, она уехала в санаторий'],
  ['hi', 'kal office mein farewell party thi, sabko bye bola, phone ki battery khatam'],
  ['hi', 'purani dawaiyan jama karke pharmacy ko wapas deni hain'],
  ['ur', 'sab ko khuda hafiz keh kar Dubai ki naukri ke liye nikal gaya'],
  ['ru', 'вечером созвонились с сестрой, попрощались, и она выключила телефон на ночь, как всегда'],
  ['ur', 'nani ne sab ko khuda hafiz kaha, phir phone band ho gaya, battery khatam thi'],
  ['hi', 'dadi har mahine chemist se sugar ki goliyan jama kar leti hain taaki khatam na hon'],
  ['pl', 'dziadek pożegnał się z całą rodziną przed operacją serca, wszystko się udało'],
];

describeRulesAndProduct(
  'other languages, second group: a goodbye, a phone switched off and tablets saved up (session 49)',
  EMERGENCIES,
  LOOK_ALIKES,
);
