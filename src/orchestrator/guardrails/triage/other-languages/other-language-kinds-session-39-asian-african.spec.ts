import { describeRulesAndProduct } from '../../../../../test/support/triage-probe-table.js';
import { otherLanguageReading } from './other-language-reading.js';

/**
 * Session 39 (T39): the kinds the held-out counts say the Chinese, Hindi, Vietnamese, Tagalog, Korean, Japanese and
 * Swahili lexicons still fall short on, written from the protocols before any rule. Burns first, which no lexicon read
 * beyond a scald with big blisters (NHS burns and scalds, British Burn Association referral: a burn that blisters on
 * the face, hands, feet or over a large area, a child's burn, a flame, an electrical or a chemical burn, a burn with a
 * hoarse voice after a fire); then suicide and self-harm told by a goodbye message or a means (Samaritans / NHS 111),
 * breathing too hard to finish a sentence or an infant's ribs pulling in (NICE NG143), shock after diarrhoea or an
 * injury (pale, cold hands and feet, faint on standing), heat stroke (NHS: hot, not sweating, confused or collapsed), a
 * rigid abdomen, sudden loss of sight in one eye, a psychosis with danger, cauda equina, bleeding that spurts, poisoning
 * told as a count of tablets, anaphylaxis after a food, and a young infant's fever. Simplified and traditional Chinese,
 * Cantonese and toneless pinyin; Hindi in Devanagari and Hinglish; Vietnamese with and without its marks; Tagalog and
 * Taglish; Korean and Japanese in their polite and casual registers, Japanese in kana alone; Swahili with Sheng words;
 * a parent's, a bystander's and a clinician's voice.
 */
const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  // Chinese: burns.
  ['Chinese', '孩子被热汤烫伤了，胸口和肚子一大片起泡'],
  ['Chinese', '我老公做饭时油锅着火，脸和手都烧伤了'],
  ['Chinese', '小朋友碰倒暖水瓶，開水淋到腳上，皮都脫了'],
  ['Chinese', '個仔俾滾水淥親，成隻手起晒水泡'],
  ['Chinese', '爸爸被电击了，手上有烧焦的伤口'],
  ['Chinese', '房子着火了，我妈吸了很多烟，声音沙哑'],
  ['Pinyin', 'baobao bei kai shui tang dao, xiong kou yi da pian qi pao'],
  // Chinese: the other kinds.
  ['Chinese', '我真的不想活了，药已经准备好了'],
  ['Chinese', '我哥在群里发了告别的话，说对不起大家，电话打不通'],
  ['Chinese', '我唔想再生存落去，今晚想食晒啲安眠藥'],
  ['Pinyin', 'wo zhen de xiang si, yi jing mai hao le shao tan'],
  ['Chinese', '我爸呼吸很急，一句话都说不完整'],
  ['Chinese', '宝宝呼吸的时候肋骨凹进去，鼻翼一扇一扇的'],
  ['Chinese', '佢抖唔到氣，講唔到嘢'],
  ['Chinese', '拉肚子一整天，现在脸色苍白，手脚冰冷，站起来就晕'],
  ['Chinese', '在工地晒了一天，现在浑身滚烫，不出汗，说胡话'],
  ['Chinese', '肚子疼得打滚，肚子硬得像石头，还吐了'],
  ['Chinese', '一只眼睛突然看不见了'],
  ['Chinese', '我弟弟说听到有声音叫他去杀人，手里拿着刀'],
  ['Chinese', '腰痛，两腿发麻无力，大小便失禁'],
  ['Chinese', '我妈一次吃了二十片降压药'],
  ['Chinese', '吃了芒果以后嘴巴肿起来，喘不过气'],
  ['Chinese', '宝宝才三周大，发烧38.5度'],
  // Japanese: burns.
  ['Japanese', '子どもが熱いお茶をかぶって、胸に大きな水ぶくれができました'],
  ['Japanese', '天ぷら油に火がついて、顔と手をやけどした'],
  ['Japanese', 'やけどで腕の皮がむけてる、広い範囲'],
  ['Japanese', '息子が電気コードをかじって口をやけどしました'],
  ['Japanese', '母が火事でやけどして声がかすれています'],
  // Japanese: the other kinds.
  ['Japanese', 'もう生きていたくない。今夜薬を全部飲むつもり'],
  ['Japanese', 'しにたい、もうむり'],
  ['Japanese', '友達が「さよなら、今までありがとう」ってLINEしてきて、電話に出ない'],
  ['Japanese', '娘がカッターで腕を何度も切っている'],
  ['Japanese', '父が息ができなくて、話せない'],
  ['Japanese', 'ゼーゼーして、一言もしゃべれない'],
  ['Japanese', '赤ちゃんの息が速くて、肋骨の間がへこんでる'],
  ['Japanese', '下痢が続いて顔が真っ青で、手足が冷たくて、ふらふらする'],
  ['Japanese', '外で部活してたら倒れて、体が熱くて、呼んでも反応がない'],
  ['Japanese', 'お腹が板みたいに硬くて、激痛'],
  ['Japanese', '急に片目が見えなくなった'],
  ['Japanese', 'エビを食べたら唇が腫れて、息がゼーゼーする'],
  ['Japanese', '患者70歳男性、胸痛が左腕に放散、冷汗あり'],
  // Korean: burns.
  ['Korean', '아이가 뜨거운 국을 쏟아서 배에 화상을 입었어요, 물집이 잡혔어요'],
  ['Korean', '불에 데어서 얼굴하고 손에 화상 입었어'],
  ['Korean', '전기에 감전됐어요, 손에 화상 자국이 있어요'],
  ['Korean', '화상 부위가 넓고 피부가 벗겨졌어요'],
  // Korean: the other kinds.
  ['Korean', '죽고 싶어. 오늘 밤 약 다 먹을 거야'],
  ['Korean', '친구가 그동안 고마웠다고 잘 있으라고 문자 보내고 연락이 안 돼요'],
  ['Korean', '칼로 팔을 여러 번 그었어요'],
  ['Korean', '더 이상 살기 싫어요'],
  ['Korean', '아빠가 숨을 못 쉬고 말도 못 해요'],
  ['Korean', '숨이 너무 차서 한 문장도 말을 못 해요'],
  ['Korean', '아기가 숨 쉴 때 갈비뼈 사이가 쑥쑥 들어가요'],
  ['Korean', '설사를 계속하고 얼굴이 창백하고 손발이 차갑고 쓰러질 것 같아요'],
  ['Korean', '땡볕에서 일하다가 쓰러졌는데 몸이 불덩이 같고 땀이 안 나요'],
  ['Korean', '배가 너무 아파서 데굴데굴 구르고 배가 딱딱해요'],
  ['Korean', '갑자기 한쪽 눈이 안 보여요'],
  ['Korean', '땅콩 먹고 입술이 붓고 숨이 차요'],
  ['Korean', '형이 며칠째 잠을 안 자고 누가 자기를 죽이려 한다고 칼을 들고 있어요'],
  ['Korean', '엄마가 수면제를 스무 알 먹었어요'],
  ['Korean', '허리가 너무 아프고 다리에 힘이 없고 소변이 안 나와요'],
  ['Korean', '칼에 베여서 피가 철철 나고 안 멈춰요'],
  ['Korean', '생후 3주 된 아기가 열이 38.5도예요'],
  ['Korean', '환자 65세 남, 흉통 좌측 팔로 방사, 식은땀'],
  // Hindi and Hinglish: burns.
  ['Hindi', 'बच्चे पर गरम दूध गिर गया, पूरे पेट पर छाले पड़ गए'],
  ['Hinglish', 'gas cylinder phat gaya, chacha ka chehra aur haath jal gaye'],
  ['Hindi', 'मम्मी खाना बनाते हुए आग से जल गईं, हाथ की चमड़ी उतर गई'],
  ['Hinglish', 'bhai ko bijli ka current laga, haath pe kala nishaan hai'],
  ['Hinglish', 'beta garam tel se jal gaya, haath pe bade chhale'],
  // Hindi and Hinglish: the other kinds.
  ['Hinglish', 'mera jeene ka mann nahi karta, aaj raat sab khatam kar dungi'],
  ['Hindi', 'मेरी दोस्त ने अलविदा का मैसेज भेजा और फोन नहीं उठा रही'],
  ['Hinglish', 'maine khud ko blade se kaata, khoon nahi ruk raha'],
  ['Hindi', 'दादी की सांस बहुत फूल रही है, एक वाक्य भी नहीं बोल पा रहीं'],
  ['Hinglish', 'baby ki pasliyan saans lete waqt andar dhans rahi hain'],
  ['Hinglish', 'saans nahi aa rahi, seene mein ghar ghar ho raha hai'],
  ['Hinglish', 'dast ke baad chehra safed pad gaya, haath pair thande, chakkar aa raha hai'],
  ['Hinglish', 'dhoop mein kaam karte hue gir gaya, sharir aag jaisa garam, pasina nahi aa raha, behki baatein'],
  ['Hinglish', 'pet mein itna dard ki lot pot ho raha hai, pet bilkul sakht'],
  ['Hinglish', 'achanak ek aankh se dikhna band ho gaya'],
  ['Hinglish', 'bhai kehta hai koi usko maarna chahta hai, chaaku leke baitha hai'],
  ['Hinglish', 'maa ne BP ki 15 goliyan ek saath kha li'],
  ['Hinglish', 'jhinga khane ke baad gala band ho raha hai aur poore sharir pe daane'],
  ['Hinglish', '3 hafte ke bacche ko 38.5 bukhar hai'],
  ['Hinglish', 'kamar dard ke saath dono pair kamzor aur peshab control nahi ho raha'],
  ['Hinglish', 'pt 60 yrs male, seene mein dard left arm tak, pasina, BP 80/50'],
  // Vietnamese: burns.
  ['Vietnamese', 'bé bị nước sôi đổ vào ngực, da bị bong tróc'],
  ['Vietnamese', 'chồng tôi bị xăng cháy bỏng, mặt và hai tay bị cháy'],
  ['Vietnamese', 'con bi phong nuoc soi ca canh tay, phong rop'],
  ['Vietnamese', 'bố bị điện giật, tay bị cháy đen'],
  // Vietnamese: the other kinds.
  ['Vietnamese', 'em khong muon song nua, da mua thuoc chuot roi'],
  ['Vietnamese', 'ban em nhan tin tam biet moi nguoi roi tat may'],
  ['Vietnamese', 'em tu rach tay minh nhieu lan'],
  ['Vietnamese', 'bà thở dốc, nói không ra hơi'],
  ['Vietnamese', 'be tho nhanh, rut lom long nguc'],
  ['Vietnamese', 'tieu chay ca ngay, gio mat tai nhot, tay chan lanh ngat, choang vang'],
  ['Vietnamese', 'làm ngoài nắng cả ngày, người nóng ran, không ra mồ hôi, nói lảm nhảm'],
  ['Vietnamese', 'dau bung du doi, bung cung nhu go'],
  ['Vietnamese', 'tu nhien mot mat khong nhin thay gi'],
  ['Vietnamese', 'anh trai toi nghe tieng noi bao giet nguoi, cam dao'],
  ['Vietnamese', 'me uong 30 vien thuoc ngu'],
  ['Vietnamese', 'an dau phong xong sung mat, kho tho'],
  // Tagalog and Taglish: burns.
  ['Tagalog', 'nabuhusan ng mainit na mantika ang mukha ng kapatid ko'],
  ['Tagalog', 'nasunog ang braso at dibdib ni tatay, natuklap ang balat'],
  ['Tagalog', 'napaso si baby ng mainit na sabaw, nagpaltos buong hita'],
  ['Tagalog', 'nakuryente si kuya, may sunog sa kamay'],
  // Tagalog and Taglish: the other kinds.
  ['Tagalog', 'gusto ko nang mamatay, nag-ipon na ako ng gamot'],
  ['Taglish', 'nag-message si bestie ng goodbye sa lahat tapos hindi na sumasagot'],
  ['Tagalog', 'sinaksak niya ang sarili niya'],
  ['Tagalog', 'hirap na hirap huminga si lola, hindi makapagsalita ng buo'],
  ['Tagalog', 'hingal na hingal si baby, lumulubog ang tadyang'],
  ['Taglish', 'nagtatae buong araw, maputla, malamig ang kamay at paa, nahihilo pag tumayo'],
  ['Taglish', 'nag-collapse si tatay sa initan, sobrang init ng katawan, hindi pinagpapawisan'],
  ['Tagalog', 'sobrang sakit ng tiyan, matigas na parang bato'],
  ['Tagalog', 'biglang hindi makakita sa isang mata'],
  ['Tagalog', 'may naririnig na boses si kuya na nag-uutos pumatay, may hawak na itak'],
  ['Tagalog', 'uminom si nanay ng 20 tableta ng gamot sa high blood'],
  // Swahili, with Sheng words.
  ['Swahili', 'mtoto ameungua na chai ya moto kifuani, ngozi imebabuka'],
  ['Swahili', 'baba ameungua moto usoni na mikononi'],
  ['Swahili', 'amepigwa shoti ya umeme, mkono umeungua'],
  ['Swahili', 'sitaki kuishi tena, nimeandika barua ya kuaga'],
  ['Swahili', 'rafiki yangu amesema anataka kujinyonga'],
  ['Swahili', 'mtoto anapumua kwa shida, mbavu zinaingia ndani'],
  ['Swahili', 'bibi hawezi kupumua, hawezi kuongea'],
  ['Swahili', 'alianguka juani, mwili una joto kali, hatoi jasho, anaongea ovyo'],
  ['Swahili', 'msee amekunywa dawa mob za usingizi'],
  ['Swahili', 'ameharisha siku nzima, amepauka, mikono ni baridi, anazimia'],
];

/**
 * Look-alike twins, each with the alarm words of an emergency above: a small burn that is only red, a tongue burnt on
 * soup, a sunburn, burnt rice, jealousy told as a burnt heart; an idiom of degree ("tired to death", "so embarrassed I
 * could die"), a goodbye to a colleague, a story's suicide; breath short on the stairs that passes; cold hands in
 * winter; sweating on a hot day; a belly full after a meal; blurred eyes after a screen; medicine as prescribed; a
 * knife held to cook; a mild fever after a vaccine in an older baby; a paper cut.
 */
const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '做饭时手被油溅了一下，红了一小块，没起泡'],
  ['Chinese', '喝热汤烫到舌头了'],
  ['Chinese', '昨天去海边晒伤了，背上有点红'],
  ['Chinese', '饭烧焦了，怎么去掉锅底的焦味'],
  ['Chinese', '累得想死，明天还要早起'],
  ['Chinese', '那本小说的结局主角跳楼了'],
  ['Chinese', '同事下周离职，我们在群里跟他告别'],
  ['Chinese', '跑完步有点喘，休息五分钟就好了'],
  ['Chinese', '冬天手脚冰凉，其他都好'],
  ['Chinese', '今天太热了，出了很多汗，喝水就好了'],
  ['Chinese', '吃多了肚子胀，打了几个嗝就好了'],
  ['Chinese', '看手机久了眼睛有点模糊'],
  ['Chinese', '医生让我每天吃两片降压药'],
  ['Chinese', '我在厨房拿着刀切菜'],
  ['Chinese', '吃芒果嘴巴有点痒，一会儿就好了'],
  ['Pinyin', 'zuo fan de shi hou shou bei you jian dao le yi xia, you dian hong'],
  ['Japanese', 'アイロンで指をちょっとやけどした、赤いだけ'],
  ['Japanese', 'ピザで舌をやけどした'],
  ['Japanese', '日焼けで肩が少しヒリヒリする'],
  ['Japanese', '恥ずかしくて死にたい'],
  ['Japanese', '暑くて死ぬー'],
  ['Japanese', '転勤する同僚に「さよなら、今までありがとう」ってLINEした'],
  ['Japanese', '階段で少し息切れするけど、すぐ治る'],
  ['Japanese', '冬は手足が冷たい'],
  ['Japanese', '暑くて汗がすごい、水飲んだら治った'],
  ['Japanese', '食べすぎてお腹が張ってる'],
  ['Japanese', 'パソコンの見すぎで目がかすむ'],
  ['Japanese', 'エビを食べたら口が少しかゆい'],
  ['Korean', '다리미에 손가락 살짝 데었어요, 빨갛기만 해요'],
  ['Korean', '햇볕에 타서 등이 좀 따가워요'],
  ['Korean', '보고 싶어 죽겠어'],
  ['Korean', '회사 그만두는 동료한테 그동안 고마웠다고 문자 보냈어요'],
  ['Korean', '계단 오르면 숨이 좀 차는데 쉬면 괜찮아요'],
  ['Korean', '겨울이라 손발이 차가워요'],
  ['Korean', '많이 먹어서 배가 빵빵해요'],
  ['Korean', '종이에 베여서 피가 조금 났어요'],
  ['Korean', '수면제 한 알 먹고 잤어요'],
  ['Korean', '요리하려고 칼을 들고 있어요'],
  ['Korean', '돌 지난 아기가 예방접종 후에 미열이 있어요'],
  ['Hinglish', 'roti banate waqt ungli thodi jal gayi, bas laal hai'],
  ['Hinglish', 'uski baat sun ke dil jal gaya yaar'],
  ['Hindi', 'धूप में थोड़ी त्वचा जल गई, हल्की लाल है'],
  ['Hinglish', 'thak ke mar gaya aaj office mein'],
  ['Hinglish', 'office wale dost ne alvida ka message bheja, transfer ho gaya'],
  ['Hinglish', 'seedhiyan chadhne par saans thodi phoolti hai, aaraam se theek'],
  ['Hinglish', 'aaj bahut garmi hai, pasina bahut aa raha hai, paani piya to theek'],
  ['Hinglish', 'zyada kha liya, pet bhaari lag raha hai'],
  ['Hinglish', 'aankh mein kachra chala gaya, thodi chubhan hai'],
  ['Hinglish', 'maa roz BP ki ek goli khati hai'],
  ['Hinglish', 'sabzi kaatne ke liye chaaku leke baitha hai'],
  ['Vietnamese', 'bi bong nhe o ngon tay khi nau an, chi do thoi'],
  ['Vietnamese', 'sáng nay bị cháy nắng nhẹ ở vai'],
  ['Vietnamese', 'com bi chay roi, lam sao het mui khet'],
  ['Vietnamese', 'met chet di duoc'],
  ['Vietnamese', 'leo doc hoi tho doc, nghi chut la het'],
  ['Vietnamese', 'mua dong tay chan lanh, van khoe'],
  ['Vietnamese', 'an no bi day bung'],
  ['Vietnamese', 'me uong 1 vien thuoc ngu moi toi'],
  ['Vietnamese', 'chi toi cam dao thai rau'],
  ['Tagalog', 'napaso ako sa kawali, konting pula lang'],
  ['Tagalog', 'sunog na yung sinaing ko'],
  ['Tagalog', 'mamatay na ako sa gutom'],
  ['Taglish', 'hingal ako after mag-jogging pero okay na after 5 mins'],
  ['Taglish', 'ang init ngayon, pawis na pawis ako'],
  ['Tagalog', 'busog na busog ako, medyo masakit ang tiyan'],
  ['Tagalog', 'may hawak na itak si tatay, nagtatabas ng damo'],
  ['Tagalog', 'uminom si nanay ng isang tableta ng gamot sa high blood'],
  ['Swahili', 'nimeungua kidogo kidole nikipika, ni nyekundu tu'],
  ['Swahili', 'joto linaniua leo'],
  ['Swahili', 'napumua haraka baada ya kukimbia, kisha niko sawa'],
  ['Swahili', 'nimemeza kidonge kimoja cha usingizi kama daktari alivyosema'],
  ['Swahili', 'nimeandika barua ya kuaga kwa wafanyakazi wenzangu, nahamia nairobi'],
];

/**
 * A second round written after the first readings, before any rule for it, to see whether they read the kinds or only
 * the first round's sentences: other causes of a burn (congee, a kettle, a stove, acid, bleach, a cooker's steam,
 * firecrackers), other words of despair and goodbye, other infants' breathing, vomiting with diarrhoea, heat on a golf
 * course; and the twins of each new reading (a sunburn that peels, eczema's small blisters, a blister from new shoes, a
 * video meeting, a sprained ankle, a room that is hot, a nosebleed, "hello" on the phone, a farewell before a new job).
 */
const SECOND_ROUND_EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '我女儿打翻了热粥，烫到脖子和胸口，起了好多水泡'],
  ['Chinese', '爷爷烤火的时候衣服着火了，背上烧伤一大片'],
  ['Chinese', '他被硫酸泼到脸上'],
  ['Chinese', '我老豆俾滾油濺到塊面，起晒泡'],
  ['Chinese', '我真系好想死，唔想再拖累屋企人'],
  ['Chinese', '我好辛苦，抖唔切氣'],
  ['Chinese', '孩子喘得很厉害，吸气时肋骨下面凹下去'],
  ['Chinese', '我姐又吐又拉两天了，一站起来就眼前发黑，脸色发白，手脚冰凉'],
  ['Chinese', '他在大太阳底下打球后晕倒了，身上很烫，叫他没反应'],
  ['Pinyin', 'wo ma bei kai shui tang shang le, shou bi shang qi le hen da de shui pao'],
  ['Japanese', '赤ちゃんがポットのお湯をかぶって、足が真っ赤で水ぶくれ'],
  ['Japanese', '漂白剤が腕にかかって皮膚がただれてる'],
  ['Japanese', 'もう疲れた。消えたい。薬ためてある'],
  ['Japanese', 'いきができない、くるしい'],
  ['Japanese', '炎天下でゴルフしてたら、父がぼーっとして汗が止まって体がすごく熱い'],
  ['Korean', '애기가 정수기 뜨거운 물에 손을 데었는데 물집이 크게 생겼어'],
  ['Korean', '라면 냄비 엎어서 동생 다리에 화상 입었어요, 피부가 벗겨졌어요'],
  ['Korean', '살고 싶지 않아. 유서도 다 써놨어'],
  ['Korean', '동생이 커터칼로 손목을 그었어요'],
  ['Korean', '숨쉬기가 너무 힘들어서 말을 한마디도 못 해요'],
  ['Korean', '토하고 설사를 계속해서 어지럽고 얼굴이 하얘요, 손발이 차가워요'],
  ['Hindi', 'बेटी का चेहरा कुकर की भाप से जल गया, छाले हैं'],
  ['Hinglish', 'diwali pe patakhe se bete ka haath jal gaya, chamdi utar gayi'],
  ['Hindi', 'मैं अब जीना नहीं चाहती, सबको अलविदा'],
  ['Hinglish', 'dost ne whatsapp pe sabko alvida likha aur ab phone nahi utha raha'],
  ['Hinglish', 'bachche ki saans bahut tez hai aur pasliyan andar ja rahi hain, doodh nahi pi raha'],
  ['Hindi', 'उल्टी दस्त के बाद बहुत चक्कर आ रहे हैं, हाथ पैर ठंडे, चेहरा पीला पड़ गया'],
  ['Hindi', 'दोपहर की धूप में मजदूरी करते हुए बेहोश हो गए, शरीर बहुत गरम, पसीना नहीं'],
  ['Vietnamese', 'con tôi bị bỏng nước sôi ở chân, da phồng rộp và tróc ra'],
  ['Vietnamese', 'me bi phong dau an, mat va co do ran, phong rop'],
  ['Vietnamese', 'tôi chán sống lắm rồi, muốn chết cho xong, đã chuẩn bị thuốc'],
  ['Vietnamese', 'em gai nhan tin tam biet, xin loi moi nguoi roi khong lien lac duoc'],
  ['Vietnamese', 'ông thở hổn hển, nói không ra hơi, môi tím'],
  ['Vietnamese', 'be so sinh 3 tuan sot 38 do'],
  ['Tagalog', 'nabanlian ng kumukulong tubig ang braso ng anak ko, nagpapaltos'],
  ['Tagalog', 'nasunog ang bahay, nakalanghap ng maraming usok si lola, paos na ang boses'],
  ['Tagalog', 'ayoko na, gusto ko nang mawala, nagpaalam na ako sa kanila'],
  ['Tagalog', 'hinihingal si baby, hindi makadede, lumulubog ang dibdib pag humihinga'],
  ['Taglish', 'grabe ang pagtatae ni bunso, matamlay, malamig ang kamay, maputla'],
  ['Swahili', 'mtoto amemwagikiwa na uji wa moto, ngozi inatoka na ana malengelenge'],
  ['Swahili', 'sitaki tena maisha, nimeandika ujumbe wa kuaga'],
  ['Swahili', 'mama hawezi kupumua vizuri, hawezi kumaliza sentensi'],
  ['Swahili', 'nyumba imeungua moto, bibi amevuta moshi mwingi'],
];

const SECOND_ROUND_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '我爸每天吸很多烟，怎么劝他戒烟'],
  ['Chinese', '充电器漏电，手被电到一下，麻了一下，现在没事'],
  ['Chinese', '笑死我了，我吐了'],
  ['Chinese', '冬天烤火，手暖和了'],
  ['Chinese', '上周晒伤了，现在脱皮了，有点痒'],
  ['Chinese', '手上起了几个小水泡，是湿疹吗'],
  ['Chinese', '他跟我说了再见就去上班了'],
  ['Chinese', '宝宝洗澡水38度可以吗'],
  ['Japanese', '日焼けで皮がむけてきた'],
  ['Japanese', '湿疹で手に小さい水ぶくれができた'],
  ['Japanese', '友達とさよならして家に帰った'],
  ['Japanese', '近所で火事があったらしい、怖い'],
  ['Japanese', 'もしもし、予約したいんですが'],
  ['Korean', '오늘 화상 회의가 세 시간이나 했어요'],
  ['Korean', '이 동네에서 살기 싫어요, 이사 가고 싶어요'],
  ['Korean', '설사를 한 번 했는데 지금은 괜찮아요'],
  ['Korean', '햇볕에 타서 피부가 벗겨져요'],
  ['Korean', '손에 작은 물집이 생겼는데 습진인가요?'],
  ['Hinglish', 'khana jal gaya, ab kya banau'],
  ['Hindi', 'मैंने सबको अलविदा कहा, नई नौकरी के लिए दिल्ली जा रहा हूँ'],
  ['Hinglish', 'dhoop mein chehra jal gaya, thoda kala pad gaya'],
  ['Hinglish', 'haath pe chhote chhale hain, eczema hai kya?'],
  ['Vietnamese', 'toi bi bong gan co chan khi da bong'],
  ['Vietnamese', 'phong toi nong qua, khong ngu duoc'],
  ['Vietnamese', 'con bi chay mau cam mot chut, da het'],
  ['Vietnamese', 'hom nay tam biet dong nghiep nghi viec'],
  ['Vietnamese', 'em bi phong nuoc o ban chan do di giay moi'],
  ['Tagalog', 'sunog ang tinapay, pwede pa bang kainin?'],
  ['Taglish', 'nagpaalam na kami kay ate, mag-aabroad na siya'],
  ['Tagalog', 'may paltos ako sa paa dahil sa bagong sapatos'],
  ['Swahili', 'chakula kimeungua, harufu mbaya sana'],
];

/**
 * A third round, written before any rule for it, of kinds the first two left out: a button battery swallowed (poison
 * centres: every one is an emergency, it burns through the gullet in hours), a seizure told by how long it has lasted,
 * a stranger collapsed in the street, a clinician's note, an infant mottled and limp; and their twins (a battery
 * changed, a leg cramp or an eyelid twitch that lasts minutes, a fall that someone got up from, a note of a stable
 * patient, an infant who sleeps and feeds well).
 */
const THIRD_ROUND_EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '孩子吞了一颗纽扣电池'],
  ['Chinese', '宝宝把遥控器里的电池吞下去了'],
  ['Chinese', '個仔吞咗粒鈕扣電池'],
  ['Pinyin', 'haizi tun le yi ke niukou dianchi'],
  ['Japanese', '子どもがボタン電池を飲み込んだ'],
  ['Japanese', 'むすこがでんちをのみこんだかも'],
  ['Korean', '아이가 단추 건전지를 삼켰어요'],
  ['Korean', '애가 리모컨 건전지를 삼킨 것 같아'],
  ['Hindi', 'बच्चे ने घड़ी का सेल निगल लिया'],
  ['Hinglish', 'bacche ne button cell nigal liya'],
  ['Vietnamese', 'be nuot vien pin cuc ao'],
  ['Vietnamese', 'con toi nuot pin dong ho'],
  ['Tagalog', 'nakalunok ng baterya ng relo ang anak ko'],
  ['Swahili', 'mtoto amemeza betri ndogo ya saa'],
  ['Hinglish', 'bachche ko 10 minute se jhatke aa rahe hain, ruk nahi rahe'],
  ['Hindi', 'दौरा 5 मिनट से ज्यादा चल रहा है'],
  ['Swahili', 'mtoto ana degedege kwa dakika kumi, haachi'],
  ['Korean', '아이가 10분째 경련하고 있어요'],
  ['Japanese', 'けいれんが5分以上続いてる'],
  ['Vietnamese', 'be co giat hon 5 phut khong ngung'],
  ['Tagalog', '10 minuto nang nangingisay si bunso'],
  ['Chinese', '孩子抽了快十分钟还没停'],
  ['Chinese', '路上有个老人突然倒地，叫他不应，好像没有呼吸'],
  ['Japanese', '駅で人が倒れて、呼びかけても反応がない'],
  ['Korean', '길에서 어떤 아저씨가 쓰러졌는데 숨을 안 쉬어요'],
  ['Vietnamese', 'co nguoi dan ong nga guc ngoai duong, goi khong tinh'],
  ['Tagalog', 'may matandang bumagsak sa kalsada, hindi na gumagalaw'],
  ['Hinglish', 'ek aadmi sadak pe gir gaya, hil nahi raha, saans nahi le raha'],
  ['Swahili', 'mzee ameanguka barabarani, hapumui'],
  ['Chinese', '患儿2岁，误服奶奶降压药约10片，1小时前'],
  ['Japanese', '患者80歳女性、意識レベル低下、呼びかけに反応なし'],
  ['Vietnamese', 'BN nu 30 tuoi, kho tho, SpO2 85%, moi tim'],
  ['Hindi', 'मरीज़ 45 वर्ष, अचानक तेज़ सिरदर्द, उल्टी, गर्दन अकड़ी हुई'],
  ['Tagalog', 'pasyente 60 anyos, biglang nanghina ang kaliwang braso, bulol magsalita'],
  ['Chinese', '宝宝皮肤发花，手脚冰凉，很蔫'],
  ['Vietnamese', 'be 1 thang bu kem, li bi, da noi bong'],
  ['Hinglish', 'baby ki skin pe neele dhabbe, bilkul sust, doodh nahi pi rahi'],
];

const THIRD_ROUND_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '遥控器的电池没电了，换了新的'],
  ['Japanese', 'ボタン電池を交換したいけど、種類は？'],
  ['Korean', '리모컨 건전지를 새로 샀어요'],
  ['Hinglish', 'ghadi ka cell khatam ho gaya, naya lena hai'],
  ['Vietnamese', 'pin dong ho het roi, thay o dau'],
  ['Tagalog', 'naubos ang baterya ng relo ko'],
  ['Swahili', 'betri ya simu imeisha, naomba chaja'],
  ['Korean', '이 앱이 배터리를 먹은 것 같아요, 금방 닳아요'],
  ['Hinglish', 'game ne saari battery kha li, phone garam ho gaya'],
  ['Japanese', 'このゲームは電池を食べるから充電が大変'],
  ['Chinese', '眼皮跳了好几天'],
  ['Chinese', '腿抽筋了五分钟，现在好了'],
  ['Hinglish', 'paon mein 10 minute se jhunjhuni hai, baithne se'],
  ['Korean', '눈 밑이 10분째 떨려요'],
  ['Japanese', '足がつって5分くらい痛かった'],
  ['Swahili', 'nilikuwa na degedege utotoni, sasa niko sawa'],
  ['Chinese', '路上有个小孩摔倒了，自己爬起来了'],
  ['Japanese', '駅で転んだけど大丈夫'],
  ['Korean', '길에서 넘어졌는데 괜찮아요'],
  ['Vietnamese', 'toi bi nga ngoai duong, tray dau goi'],
  ['Chinese', '患者复查，血压控制良好'],
  ['Japanese', '患者、定期受診、状態安定'],
  ['Vietnamese', 'BN tai kham, tinh trang on dinh'],
  ['Chinese', '宝宝睡觉很多，醒来吃奶正常'],
  ['Vietnamese', 'be ngu nhieu nhung bu tot'],
];

/**
 * The review of this branch (V21), mended by mechanism: a goodbye word is the warning only beside silence or despair
 * (good night, leave asked of a boss, a letter to teachers on leaving school are partings); an unanswered call alone is
 * someone asleep; a language one cannot speak and a toddler who does not talk yet are no lost speech; "화상" before a
 * noun is a video lesson, "被他电到" is being smitten; breath short after a run or through a blocked nose, a period's
 * monthly pain, stool hard as a stone, sluggishness from short sleep or after a vaccine, and vomiting once in a lively
 * child are ordinary. Each emergency the mends could touch is asserted beside them.
 */
const REVIEWED_EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Tagalog', 'ayoko na, nagpaalam na ako sa kanila, hindi na ako sasagot'],
  ['Swahili', 'nimechoka na maisha, nimeandika barua ya kuaga'],
  ['Japanese', '友達から「さよなら」ってメッセージが来て、電話に出ない'],
  ['Korean', '친구가 마지막 인사라고 문자 보내고 전화를 안 받아요'],
  ['Japanese', '父が急に息ができなくて、一言もしゃべれない'],
  ['Korean', '엄마가 숨을 못 쉬고 한마디도 못 해요'],
  ['Korean', '주전자 물을 쏟아서 팔에 화상을 입었는데 물집이 크게 잡혔어요'],
  ['Chinese', '手碰到插座被电击了，手上有烧焦的伤口'],
  ['Tagalog', 'hingal na hingal si lolo kahit nakahiga, hindi makapagsalita ng buo'],
  ['Chinese', '肚子疼得打滚，肚子硬得像木板'],
  ['Taglish', 'grabe ang pagtatae ni bunso, matamlay, malamig ang kamay, maputla'],
  ['Chinese', '女儿又吐又拉一整天，现在很蔫，手脚冰凉，脸色苍白'],
  // An earlier review's stroke (V19), silenced on the merged tree while 'uso wake' (face) was listed before the
  // drooping face: at the same word the first phrase listed wins.
  ['Swahili', 'mama ameshindwa kuongea ghafla na uso wake umepinda upande mmoja'],
];

const REVIEWED_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Tagalog', 'paalam muna, matutulog na ako, bukas na lang ulit'],
  ['Tagalog', 'nagpaalam ako sa boss ko na uuwi ng maaga'],
  ['Swahili', 'ameandika barua ya kuaga kwa walimu wake kwa sababu anamaliza shule'],
  ['Japanese', '彼が電話に出ない、たぶん寝てる'],
  ['Korean', '친구가 전화를 안 받아요, 아마 자는 것 같아요'],
  ['Japanese', '英語がしゃべれないので不安です'],
  ['Korean', '우리 아이는 두 살인데 아직 말도 못 해요'],
  ['Korean', '화상 영어 수업 추천해 주세요'],
  ['Chinese', '第一眼见到他就被电到了'],
  ['Tagalog', 'hingal na hingal ako pagkatapos mag-jogging'],
  ['Tagalog', 'sobrang sakit ng tiyan ko tuwing may regla, normal lang daw sabi ng doktor'],
  ['Chinese', '便秘三天了，大便硬得像石头，肚子有点胀'],
  ['Tagalog', 'matamlay ako ngayon kasi puyat, kape lang katapat nito'],
  ['Tagalog', 'medyo matamlay si baby after ng bakuna, normal daw sabi ng pedia, dumedede naman'],
  ['Chinese', '女儿又吐又拉一次，现在精神很好，喝水也正常'],
  ['Hinglish', 'naak band hai, naak se saans lene mein dikkat'],
  ['Korean', '코가 막혀서 코로 숨쉬기 힘들어요'],
  ['Korean', '운동하고 나면 숨이 차요'],
];

describeRulesAndProduct(
  'other-language kinds, session 39 (Chinese, Japanese, Korean, Hindi, Vietnamese, Tagalog, Swahili)',
  EMERGENCIES,
  LOOK_ALIKES,
);

describeRulesAndProduct(
  'other-language kinds, session 39: a second round of the same kinds',
  SECOND_ROUND_EMERGENCIES,
  SECOND_ROUND_LOOK_ALIKES,
);

describeRulesAndProduct(
  'other-language kinds, session 39: a third round (button batteries, seizures by their length, collapse, notes)',
  THIRD_ROUND_EMERGENCIES,
  THIRD_ROUND_LOOK_ALIKES,
);

describeRulesAndProduct(
  'other-language kinds, session 39: the review of T39 (V21), mended by mechanism',
  REVIEWED_EMERGENCIES,
  REVIEWED_LOOK_ALIKES,
);

/**
 * Two of the second round are read into the English of their kind, which the English rules do not yet weigh as an
 * emergency (clothes on fire with the back badly burned; vomiting and diarrhoea with dizziness on standing and cold hands
 * and feet, without pallor): the lexicon's part is the reading, asserted here.
 */
describe("other-language kinds, session 39: the parts read where the verdict is the English rules' to give", () => {
  it.each([
    ['ストーブで服に火がついて、背中をひどくやけどした', ['caught fire', 'burned']],
    [
      '嘔吐と下痢がひどくて、立つとふらふらして、手足が冷たい',
      ['vomiting', 'diarrhoea', 'dizzy when standing', 'cold hands and feet'],
    ],
  ])('reads %s into its parts', (text, parts) => {
    const english = otherLanguageReading(text)?.english ?? '';
    for (const part of parts) expect(english).toContain(part);
  });
});
