import { EmergencyTriage } from '../../emergency-triage.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * Session 37 (T29): the kinds review found still missed or misread in the Arabic-script, Indic, East and South-East
 * Asian and African lexicons, written from the protocols before any rule (NICE traffic-light for the feverish child,
 * poison-centre advice on bites and a child's ingestion, NHS 111 red flags), in how people write them: spoken forms,
 * no diacritics, romanised, mixed with English, a parent's or a bystander's voice. Each kind has look-alike twins that
 * share its alarm words: a 10-month-old's fever while playing, a newborn at 37.2, idioms of dying and killing, a
 * mosquito's bite, a lip swollen by a mouth ulcer, a cut while cooking, too much face cream, heartache after a
 * break-up, medicine taken as the doctor prescribed it.
 */
const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'ابني عمره ٣ اسابيع وحرارته ٣٨.٥'],
  ['Arabic', 'بنتي عمرها ٤٠ يوم وسخنة، الحرارة 38'],
  ['Arabic', 'مش عايز اعيش خلاص، هموت نفسي النهارده بالليل'],
  ['Arabic', 'ما بدي عيش، رح اقتل حالي الليلة'],
  ['Arabic', 'شفايف ابني صارت زرقا وما عم يتنفس منيح'],
  ['Arabic', 'لدغته حية في رجله وعم تنتفخ'],
  ['Arabic', 'ابني عمره سنتين بلع حبوب ضغط جدته، تقريبا ٥ حبات'],
  ['Arabic', 'ابوي وقع بالحمام وما عم يرد علينا'],
  ['Arabic', 'ابني ضرب راسه وصار يستفرغ اكتر من مرة ونعسان كتير'],
  ['Arabic', 'انا حامل بالشهر الثامن ونزل علي دم كتير'],
  ['Arabic', 'بنتي عندها تشنج من ١٠ دقايق ومش اول مرة'],
  ['Arabic', 'جدي فجأة صار يمشي متل السكران وما عم يشوف بعين وحدة'],
  ['Arabic', 'ابني عنده حرارة وما بيقدر ينزل راسه لصدره والضو بيزعجه'],
  ['Arabic', 'ابوي بطل يشرب من يومين وصار يرجف ويشوف اشيا مش موجودة'],
  ['Arabic', 'انا حامل بالشهر السابع وعم ينزل مني دم كتير'],
  ['Arabic', 'اختي اكلت قريدس وحلقها عم يسكر ومش قادرة تتنفس'],
  ['Arabic', 'عامل بالشمس وقع وجلده سخن ومش عم يعرق وعم يخربط'],
  ['Arabizi', 'ibni 3omro 2 asabee3 w 7aratro 38.5'],
  ['Arabizi', 'shfayfo zer2in w mish 3am yetnaffas mni7'],
  ['Arabizi', 'ma bade 3ish, ra7 i2tol 7ali lyom bel leil'],
  ['Arabizi', 'ibni lada3to 7ayye b ijro'],
  ['Arabizi', 'emme we2e3et bel 7ammem w ma 3am trod'],
  ['Arabizi', 'ibni 3omro sintein bala3 7boub dawa jeddto'],
  ['Arabizi', 'sitti we2e3et w ma 3am tfi2, w wejja azra2'],
  ['Arabizi', 'ibni 3ando tashannoj mn 10 d2aye2 w mish 3am yfi2'],
  ['Persian', 'نوزادم ۲ هفته‌شه و تبش ۳۸.۵ ـه'],
  ['Persian', 'لباش کبود شده و نفسش بالا نمیاد'],
  ['Persian', 'دیگه نمیخوام زنده باشم، امشب خودمو میکشم'],
  ['Persian', 'مار پای پسرم رو نیش زد'],
  ['Persian', 'بچه دو ساله‌م قرصای فشار مادربزرگش رو خورده'],
  ['Persian', 'بابام یهو افتاد زمین و جواب نمیده'],
  ['Persian', 'تشنج دخترم ده دقیقه‌ست قطع نمیشه'],
  ['Persian', 'مادربزرگم یهو نمی‌تونه راه بره و یه چشمش نمی‌بینه'],
  ['Persian', 'بچم تب داره و گردنش خشک شده و از نور اذیت میشه'],
  ['Persian', 'باردارم هفت ماهه و خونریزی شدید دارم'],
  ['Urdu', 'میرا بیٹا تین ہفتے کا ہے اور اسے ۳۸.۵ بخار ہے'],
  ['Urdu', 'اس کے ہونٹ نیلے ہو گئے ہیں اور سانس نہیں لے پا رہا'],
  ['Urdu', 'میں اب جینا نہیں چاہتا، آج رات خود کو مار لوں گا'],
  ['Urdu', 'میرے بیٹے کو سانپ نے کاٹ لیا'],
  ['Urdu', 'دو سال کے بچے نے دادی کی گولیاں کھا لیں'],
  ['Urdu', 'ابو اچانک گر گئے اور ہوش میں نہیں آ رہے'],
  ['Urdu', 'دادی اچانک چل نہیں پا رہیں اور ایک آنکھ سے نظر نہیں آ رہا'],
  ['Urdu', 'بچے کو بخار ہے اور گردن اکڑ گئی ہے'],
  ['Hinglish', 'mera beta 3 hafte ka hai aur usko 38.5 bukhar hai'],
  ['Hinglish', 'baby sirf 20 din ka hai, bukhar 101 F hai'],
  ['Hinglish', 'uske honth neele pad gaye hain aur saans nahi le pa raha'],
  ['Hinglish', 'bhai ke hoth nile ho gaye, saans ruk ruk ke aa rahi hai'],
  ['Hinglish', 'papa ko khet mein saanp ne kaat liya'],
  ['Hinglish', 'saanp ne kaata hai bete ko, pair suj raha hai'],
  ['Hinglish', 'main ab jeena nahi chahta, aaj raat khud ko maar lunga'],
  ['Hinglish', '2 saal ke bete ne dadi ki bp ki goliyan kha li, 5-6 goli'],
  ['Hinglish', 'dadi achanak gir gayi aur hosh nahi aa raha'],
  ['Hinglish', 'beti ko 10 minute se jhatke aa rahe hain, pehli baar nahi hai'],
  ['Hinglish', 'dadi achanak chal nahi pa rahi aur ek aankh se dikh nahi raha'],
  ['Hinglish', 'bache ko tez bukhar hai aur gardan akad gayi hai, roshni se chidh raha hai'],
  ['Hinglish', 'papa ne 2 din se daaru nahi pi aur haath kaanp rahe hain, cheezein dikh rahi hain jo hai hi nahi'],
  ['Hinglish', 'beta pool mein doob gaya tha, nikala to saans nahi le raha'],
  ['Hinglish', 'bhai ko garmi mein chakkar aake gir gaya, badan tap raha hai aur pasina nahi aa raha'],
  ['Hindi', 'मेरी बेटी 20 दिन की है और उसे 38.5 बुखार है'],
  ['Hindi', 'होंठ नीले पड़ गए हैं और सांस नहीं ले पा रहा'],
  ['Hindi', 'मैं अब जीना नहीं चाहता, आज रात खुद को मार लूंगा'],
  ['Hindi', 'पापा को सांप ने काट लिया'],
  ['Hindi', '2 साल के बच्चे ने दादी की गोलियाँ खा लीं'],
  ['Hindi', 'दादी अचानक गिर गईं और होश नहीं आ रहा'],
  ['Hindi', '8 महीने की गर्भवती हूं और बहुत खून आ रहा है'],
  ['Hindi', 'दादी अचानक चल नहीं पा रहीं और एक आंख से दिख नहीं रहा'],
  ['Hindi', 'बच्चे को तेज बुखार है और गर्दन अकड़ गई है'],
  ['Hindi', '7 महीने की गर्भवती हूं और बहुत खून बह रहा है'],
  ['Chinese', '宝宝出生才20天，发烧38.5度'],
  ['Chinese', '孩子嘴唇发紫，喘不上气'],
  ['Chinese', '我不想活了，今晚就自杀'],
  ['Chinese', '我爸被蛇咬了，腿肿得很厉害'],
  ['Chinese', '两岁的孩子吃了奶奶的降压药，大概五片'],
  ['Chinese', '我妈突然倒在地上，叫不醒'],
  ['Chinese', '孩子抽搐了十分钟还没停，以前也抽过'],
  ['Chinese', '我奶奶突然走路不稳，一只眼睛看不见了'],
  ['Chinese', '孩子发烧，脖子硬，低不了头，怕光'],
  ['Chinese', '我爸戒酒两天了，手一直抖，还说看到虫子在墙上爬'],
  ['Chinese', '怀孕七个月，下面突然流了很多血'],
  ['Chinese', '我老公在工地中暑晕倒了，身上很烫，不出汗'],
  ['Pinyin', 'baobao chusheng 20 tian, fashao 38.5 du'],
  ['Pinyin', 'haizi zuichun fazi, chuan bu shang qi'],
  ['Pinyin', 'wo bu xiang huo le, jintian wanshang jiu zisha'],
  ['Pinyin', 'wo ba bei she yao le, tui zhong le'],
  ['Pinyin', 'haizi fashao, bozi ying, pa guang'],
  ['Pinyin', 'wo nainai turan yun dao le, jiao bu xing'],
  ['Japanese', '生後3週間の赤ちゃんが38.5度の熱があります'],
  ['Japanese', '子供の唇が紫色になって息ができない'],
  ['Japanese', 'もう生きていたくない。今夜自殺します'],
  ['Japanese', '父がマムシに噛まれました'],
  ['Japanese', '2歳の子が祖母の血圧の薬を5錠くらい飲んでしまった'],
  ['Japanese', '母が急に倒れて呼びかけても反応がない'],
  ['Japanese', 'けいれんが10分以上止まらない、前にもあったけど'],
  ['Japanese', '祖母が急にふらついて歩けなくなり、片目が見えないと言っています'],
  ['Japanese', '子供が熱があって首が硬くて下を向けない、光を嫌がる'],
  ['Japanese', '妊娠7ヶ月で出血が止まらない'],
  ['Japanese', '夫が炎天下で倒れて体がすごく熱い、汗をかいていない'],
  ['Korean', '태어난지 3주 된 아기가 열이 38.5도예요'],
  ['Korean', '아이 입술이 파래지고 숨을 못 쉬어요'],
  ['Korean', '더 이상 살고 싶지 않아요. 오늘 밤에 죽을 거예요'],
  ['Korean', '아빠가 뱀에 물렸어요'],
  ['Korean', '두 살 아이가 할머니 혈압약을 다섯 알 먹었어요'],
  ['Korean', '엄마가 갑자기 쓰러져서 불러도 반응이 없어요'],
  ['Korean', '할머니가 갑자기 비틀거리고 한쪽 눈이 안 보인대요'],
  ['Korean', '아이가 열이 나고 목이 뻣뻣해서 숙이지 못해요'],
  ['Korean', '임신 7개월인데 피가 많이 나요'],
  ['Vietnamese', 'bé nhà em mới 3 tuần tuổi, sốt 38,5 độ'],
  ['Vietnamese', 'be moi sinh 20 ngay sot 38 do'],
  ['Vietnamese', 'bé lừ đừ, bỏ bú'],
  ['Vietnamese', 'be lu du bo bu ca ngay'],
  ['Vietnamese', 'môi bé tím tái, thở không được'],
  ['Vietnamese', 'em không muốn sống nữa, tối nay em sẽ tự tử'],
  ['Vietnamese', 'bố em bị rắn cắn ở chân'],
  ['Vietnamese', 'con 2 tuổi uống 5 viên thuốc huyết áp của bà'],
  ['Vietnamese', 'mẹ em tự nhiên ngã xuống, gọi không trả lời'],
  ['Vietnamese', 'bà em tự nhiên đi loạng choạng, một mắt không nhìn thấy'],
  ['Vietnamese', 'con bị sốt, cổ cứng, không cúi đầu được, sợ ánh sáng'],
  ['Vietnamese', 'chong em bo ruou 2 ngay nay, run tay, noi thay con trung bo tren tuong'],
  ['Vietnamese', 'em có thai 7 tháng, ra máu rất nhiều'],
  ['Tagalog', 'yung baby ko 3 weeks old pa lang, may lagnat 38.5'],
  ['Tagalog', 'nangingitim ang labi ng anak ko at hindi makahinga'],
  ['Tagalog', 'ayoko na mabuhay, magpapakamatay ako mamayang gabi'],
  ['Tagalog', 'natuklaw ng ahas si papa'],
  ['Tagalog', 'yung 2 taong gulang ko nakainom ng gamot ni lola, mga 5 tableta'],
  ['Tagalog', 'biglang bumagsak si lola at hindi sumasagot'],
  ['Tagalog', 'namamaga ang labi at dila niya pagkatapos kumain ng hipon, hirap huminga'],
  ['Tagalog', 'biglang hindi makalakad si lola at hindi makakita ang isang mata niya'],
  ['Tagalog', 'may lagnat ang anak ko, matigas ang leeg at ayaw sa liwanag'],
  ['Tagalog', 'buntis ako 7 months, malakas ang pagdurugo'],
  ['Tagalog', 'nalunod ang anak ko sa pool, hindi humihinga'],
  ['Swahili', 'mtoto wangu ana wiki 3 na homa ya 38.5'],
  ['Swahili', 'midomo yake imekuwa ya bluu na hawezi kupumua'],
  ['Swahili', 'sitaki kuishi tena, nitajiua usiku huu'],
  ['Swahili', 'baba ameumwa na nyoka mguuni'],
  ['Swahili', 'mtoto wa miaka 2 amemeza vidonge vya bibi'],
  ['Swahili', 'mama ameanguka ghafla na hajibu'],
  ['Swahili', 'bibi ghafla hawezi kutembea na haoni kwa jicho moja'],
  ['Swahili', 'mtoto ana homa na shingo imekakamaa, anaogopa mwanga'],
  ['Swahili', 'nina mimba ya miezi 7 na ninatoka damu nyingi'],
  ['Swahili', 'mtoto amezama kwenye bwawa, hapumui'],
];

const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'ابني عمره ١٠ شهور حرارته ٣٨.٥ بس بيلعب وبياكل منيح'],
  ['Arabic', 'المولود عمره اسبوع حرارته ٣٧.٢ هل هذا طبيعي؟'],
  ['Arabic', 'هالامتحان رح يقتلني'],
  ['Arabic', 'بموت من الضحك على هالفيديو'],
  ['Arabic', 'غرقت في الشغل اليوم ومش ملحقة'],
  ['Arabic', 'جرحت نفسي وانا اقطع البصل، جرح صغير'],
  ['Arabic', 'البعوض قرصني وطلعت حبوب حمرا بتحك'],
  ['Arabic', 'اخوي الصغير اخد لعبتي، رح اقتله ههههه'],
  ['Arabic', 'ابني خبط راسه بالطاولة، بكى شوي وهلق بيلعب عادي'],
  ['Arabic', 'عندي دورة شهرية ونازل دم شوي'],
  ['Arabic', 'الكلب لحس ايد ابني، هل في خطر؟'],
  ['Arabic', 'شفايفي وارمة من حبة طالعة فيها'],
  ['Arabic', 'قلبي مكسور بعد ما تركني، صدري بيوجعني من الزعل'],
  ['Arabic', 'ابوي بطل يدخن من يومين وعصبي شوي'],
  ['Arabic', 'بنتي عندها حرارة ٣٨ من يوم وبتلعب وبتاكل عادي، عمرها ٤ سنين'],
  ['Arabizi', 'ibni 3omro 10 shhur 7aratro 38.5 bas 3am yel3ab w yakol'],
  ['Arabizi', 'hal imti7an ra7 yi2tolne'],
  ['Arabizi', 'mitt mn el da7ek'],
  ['Arabizi', 'el ba3ouda 2arasetne w 3am t7okne'],
  ['Arabizi', 'ra7 i2tol akhi ba3d ma akal el chocolate taba3i hahaha'],
  ['Arabizi', 'sitti 3am tfi2 bakkir kel yom'],
  ['Arabizi', 'wejjo a7mar mn el bard ba3d el ba7r, lebes kanzeh zar2a'],
  ['Persian', 'پسرم ۱۰ ماهشه تبش ۳۸.۵ ولی بازی میکنه و شیر میخوره'],
  ['Persian', 'این امتحان داره منو میکشه'],
  ['Persian', 'از خنده مردم'],
  ['Persian', 'پشه نیشم زده و میخاره'],
  ['Persian', 'نوزادم یک هفته‌شه دماش ۳۷.۲ طبیعیه؟'],
  ['Persian', 'غرق کار شدم این هفته'],
  ['Persian', 'صورتم از خجالت سرخ شد'],
  ['Urdu', 'میرا بیٹا دس مہینے کا ہے بخار ۳۸.۵ ہے لیکن کھیل رہا ہے اور دودھ پی رہا ہے'],
  ['Urdu', 'یہ امتحان مجھے مار ڈالے گا'],
  ['Urdu', 'ہنس ہنس کے مر گیا'],
  ['Urdu', 'مچھر نے کاٹا ہے، خارش ہو رہی ہے'],
  ['Urdu', 'کام میں ڈوب گیا ہوں آج کل'],
  ['Urdu', 'سبزی کاٹتے ہوئے انگلی کٹ گئی، چھوٹا سا زخم ہے'],
  ['Hinglish', 'mera beta 10 mahine ka hai 38.5 bukhar hai par khel raha hai aur doodh pi raha hai'],
  ['Hinglish', 'yeh exam mujhe maar dalega yaar'],
  ['Hinglish', 'hans hans ke mar gaya'],
  ['Hinglish', 'machhar ne kaata hai, khujli ho rahi hai'],
  ['Hinglish', 'kutte ne haath chaata bas, kaata nahi'],
  ['Hinglish', 'newborn ka temperature 37.2 hai, normal hai kya'],
  ['Hinglish', 'main bhai ko maar dalunga usne meri chocolate kha li haha'],
  ['Hinglish', 'thand mein bahar khelne se hoth thode neele ho gaye the, andar aake theek ho gaye'],
  ['Hinglish', 'sabzi kaatte hue ungli kat gayi, chhota sa cut hai'],
  ['Hinglish', 'kaam mein doob gaya hoon aaj kal'],
  ['Hinglish', 'breakup ke baad dil bahut dukh raha hai'],
  ['Hinglish', 'doctor ne jo cough syrup diya wo bete ko diya, 5 ml'],
  ['Hindi', 'बेटा 10 महीने का है 38.5 बुखार है पर खेल रहा है और दूध पी रहा है'],
  ['Hindi', 'ये परीक्षा मेरी जान ले लेगी'],
  ['Hindi', 'हंस हंस के मर गए'],
  ['Hindi', 'मच्छर ने काटा है खुजली हो रही है'],
  ['Hindi', 'नवजात का तापमान 37.2 है क्या ये सामान्य है'],
  ['Hindi', 'सब्जी काटते हुए उंगली कट गई, छोटा सा घाव है'],
  ['Hindi', 'काम में डूब गया हूं आजकल'],
  ['Chinese', '宝宝10个月，发烧38.5度，但是玩得很好，吃奶也正常'],
  ['Chinese', '面霜用多了，脸有点油'],
  ['Chinese', '这考试要了我的命'],
  ['Chinese', '笑死我了'],
  ['Chinese', '被蚊子咬了好多包，很痒'],
  ['Chinese', '新生儿体温37.2正常吗'],
  ['Chinese', '切菜的时候不小心切到手了，小口子'],
  ['Chinese', '切菜的时候切到手指了，出了点血，已经止住了'],
  ['Chinese', '失恋了心好痛'],
  ['Chinese', '最近工作忙得要死'],
  ['Chinese', '不好意思打错了'],
  ['Pinyin', 'baobao 10 ge yue fashao 38.5 dan shi wan de hen hao'],
  ['Pinyin', 'xiao si wo le'],
  ['Pinyin', 'bei wenzi yao le hen yang'],
  ['Pinyin', 'wo nainai zaoshang jiao bu xing, ta xihuan shui lan jiao'],
  ['Japanese', '10ヶ月の子が38.5度の熱だけど元気に遊んでミルクも飲んでる'],
  ['Japanese', '彼氏に振られて胸がすごく苦しい'],
  ['Japanese', '笑いすぎて死にそう'],
  ['Japanese', '蚊に刺されてかゆい'],
  ['Japanese', '新生児の体温が37.2度、大丈夫？'],
  ['Japanese', '化粧水を塗りすぎた'],
  ['Japanese', '仕事で溺れそう'],
  ['Japanese', '料理中に指を切った、少し血が出たけど止まった'],
  ['Korean', '10개월 아기 열이 38.5도인데 잘 놀고 잘 먹어요'],
  ['Korean', '시험 때문에 죽겠어요'],
  ['Korean', '웃겨 죽겠어'],
  ['Korean', '모기에 물려서 가려워요'],
  ['Korean', '신생아 체온 37.2도 정상인가요'],
  ['Korean', '헤어져서 가슴이 너무 아파요'],
  ['Korean', '요리하다가 손가락을 베었어요, 피는 멈췄어요'],
  ['Vietnamese', 'bé 10 tháng sốt 38,5 nhưng vẫn chơi và bú tốt'],
  ['Vietnamese', 'bị muỗi cắn ngứa quá'],
  ['Vietnamese', 'cười muốn chết'],
  ['Vietnamese', 'bé sơ sinh nhiệt độ 37,2 có bình thường không'],
  ['Vietnamese', 'be bu it hon moi khi mot chut nhung van choi'],
  ['Vietnamese', 'cắt rau bị đứt tay, chảy chút máu, đã cầm rồi'],
  ['Vietnamese', 'met muon chet vi cong viec'],
  ['Vietnamese', 'môi bị sưng vì nhiệt miệng'],
  ['Tagalog', 'namamaga ang labi ko dahil sa singaw'],
  ['Tagalog', 'yung baby ko 10 months, lagnat 38.5 pero naglalaro at dumedede naman'],
  ['Tagalog', 'kinagat ako ng lamok, makati'],
  ['Tagalog', 'patay na patay ako sa kanya'],
  ['Tagalog', 'mamamatay na ako sa tawa'],
  ['Tagalog', 'nahiwa ang daliri ko habang naghihiwa ng sibuyas, konting dugo lang'],
  ['Tagalog', 'nalunod ako sa trabaho ngayong linggo'],
  ['Tagalog', 'uminom ako ng gamot na nireseta ng doktor para sa ubo'],
  ['Swahili', 'nimekunywa dawa ya kikohozi aliyoniandikia daktari, vijiko viwili'],
  ['Swahili', 'mtoto wa miezi 10 ana homa 38.5 lakini anacheza na ananyonya vizuri'],
  ['Swahili', 'nimeumwa na mbu, inawasha'],
  ['Swahili', 'mtihani huu utaniua'],
  ['Swahili', 'nimejikata kidole nikikata vitunguu, damu kidogo'],
  ['Swahili', 'nimezama kazini wiki hii'],
];

/**
 * The review of this branch (V19, session 37) found that the readings above silenced emergencies main flagged and
 * raised new false alarms. Each is mended by its mechanism and held here with its twins: a cause told beside a symptom
 * never deletes it (heartache after a break-up is grief only when bare: no character, spread, duration, persistence or
 * companion finding); an idiom of sinking holds only its own noun ("kam paani", shallow water, is no work) and grief is
 * grief, never busyness; a threat to kill oneself told of someone else ("will kill himself") is intent; a temperature
 * is a young infant's only when told of the infant (never the writer's own fever, never the bath water); venom is a
 * patient's now only when told of a person now (never the family's dog, never a bite as a child); a child's count is a
 * poisoning only of a medicine that harms in that count or of someone else's.
 */
const REVIEWED_EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '失恋了，胸口好痛，左肩膀和后背也痛，一直没缓解'],
  ['Chinese', '分手后心口特别痛，像被大石头压着一样，已经半小时了'],
  ['Japanese', '彼女に振られてから胸がすごく痛くて、締め付けられる感じが30分以上続いている'],
  ['Korean', '헤어지고 나서 가슴이 너무 아파요, 쥐어짜는 것 같고 30분째 안 멈춰요'],
  ['Korean', '여자친구랑 헤어져서 가슴이 아파요, 왼쪽 어깨까지 아프고 식은땀은 없어요'],
  ['Korean', '식은땀이 나요. 헤어져서 가슴이 아파요'],
  ['Japanese', '冷や汗が出ています。彼氏と別れて胸が痛いです'],
  ['Hinglish', 'bachcha kam paani mein doob gaya, abhi bhi saans theek se nahi le raha'],
  ['Hinglish', 'mera 3 saal ka beta kam paani me doob gaya, nikala to behosh tha'],
  ['Hindi', 'बच्चा कम पानी में डूब गया, अब होश में नहीं है'],
  ['Urdu', 'بیٹا غم میں ڈوب گیا ہے اور کہتا ہے کہ آج رات خود کو مار دے گا'],
  ['Urdu', 'میں خود کو مار دوں گا'],
  ['Hinglish', 'wo gham me doob gaya hai, kehta hai khud ko maar dega'],
  ['Hindi', 'वह ग़म में डूब गया है और कहता है कि खुद को मार देगा'],
  ['Persian', 'پسرم میگه امشب خودشو میکشه'],
  ['Arabic', 'ابني يقول بيقتل نفسه الليلة'],
  ['Swahili', 'mwanangu anasema atajiua usiku huu'],
  ['Tagalog', 'sabi ng anak ko papatayin niya ang sarili niya'],
  ['Korean', '아들이 오늘 밤 죽어버리겠다고 해요'],
  ['Urdu', 'میرے 2 سال کے بیٹے نے دادی کی بلڈ پریشر کی گولیاں کھا لی ہیں'],
  ['Urdu', 'میرے 2 سال کے بیٹے نے دادی کی گولیاں کھا لی ہیں'],
  ['Urdu', 'میری 3 سال کی بیٹی نے نانی کی شوگر کی گولیاں کھا لی ہیں'],
  ['Vietnamese', 'tôi chán đời muốn chết'],
  ['Vietnamese', 'chan doi muon chet roi, khong ai hieu minh'],
  ['Vietnamese', 'mệt mỏi với cuộc sống, chán đời muốn chết lắm'],
  ['Persian', 'بچه غرق خواب بود و هر کاری کردیم بیدار نشد، نفسش هم خرخر میکنه'],
  ['Arabic', 'ابني عمره 3 اسابيع وعنده حرارة 39'],
  ['Chinese', '宝宝出生才20天，发烧38度5'],
  ['Hinglish', 'mera beta 3 hafte ka hai, use 39 bukhar hai'],
  ['Tagalog', 'natuklaw ng ahas ang anak ko kagabi, namamaga ang paa'],
  ['Swahili', 'nyoka alimuuma mtoto wangu jana, mguu umevimba'],
  ['Tagalog', 'ang anak ko at aso ay natuklaw ng ahas sa bukid, namamaga ang paa niya'],
  ['Korean', '살기 싫어, 죽어버리겠어'],
  ['Japanese', '息子がマムシに噛まれて足が腫れています'],
  ['Vietnamese', 'con 4 tuổi uống 5 viên vitamin sắt của mẹ'],
  ['Vietnamese', 'con 2 tuổi uống 5 viên thuốc huyết áp của bà'],
];

const REVIEWED_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '失恋了，心好痛，一直在哭'],
  ['Japanese', '失恋して胸が痛いです。泣いてばかりです'],
  ['Korean', '헤어져서 가슴이 아파요, 계속 울고 있어요'],
  ['Hinglish', 'kaam me doob gaya hoon, thoda sar dard hai'],
  ['Urdu', 'بیٹا غم میں ڈوب گیا ہے'],
  ['Korean', '배고파 죽겠다'],
  ['Korean', '더워서 죽어버리겠어 ㅋㅋ 에어컨 고장남'],
  ['Korean', '배고파 죽어버리겠네 진짜'],
  ['Arabic', 'ابني بيقتل الوقت بالالعاب'],
  ['Arabic', 'ابني عمره 3 اسابيع وانا عندي حرارة 39، اقدر ارضعه؟'],
  ['Chinese', '宝宝出生才20天，我发烧38度5，还能喂奶吗？'],
  ['Hinglish', 'mera beta 3 hafte ka hai, mujhe 39 bukhar hai, kya main doodh pila sakti hoon?'],
  ['Arabic', 'الماي اللي احمم فيه المولود حرارته 38، هل هذا مناسب؟'],
  ['Chinese', '宝宝出生20天，洗澡水38度可以吗？'],
  ['Japanese', '生後3週間の赤ちゃんのお風呂のお湯は38度でいいですか？'],
  ['Korean', '생후 3주 된 아기 목욕물 온도 38도 괜찮나요?'],
  ['Tagalog', 'natuklaw ng ahas yung aso namin kagabi'],
  ['Swahili', 'nyoka alimuuma mbwa wetu jana'],
  ['Japanese', '子供の頃にマムシに噛まれたことがあります。今は大丈夫です'],
  ['Japanese', 'うちの犬がマムシに噛まれました'],
  ['Vietnamese', 'con 5 tuổi uống 3 viên vitamin gummy, có sao không?'],
  ['Vietnamese', 'cười muốn chết với clip này'],
  ['Vietnamese', 'dạo này chán đời quá, công việc nhàm chán'],
  ['Persian', 'بچه غرق خواب بود، صبح سرحال بیدار شد'],
];

describe('other-language kinds, session 37 (Arabic-script, Indic, East and South-East Asian, African lexicons)', () => {
  it.each(EMERGENCIES)('%s: flags %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it.each(LOOK_ALIKES)('%s: stays quiet: %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).isEmergency).toBe(false);
  });

  // A young child's ingestion is a poisoning, never read as self-harm (the child did not mean it).
  it.each(
    EMERGENCIES.filter(([, text]) =>
      /حبوب|7boub|قرص|गोलियाँ|goliyan|降压药|薬|혈압약|viên|gamot ni lola|vidonge|گولیاں/.test(text),
    ),
  )('%s: a child who swallowed tablets is a poisoning only: %s', (_language, text) => {
    const categories = rules.assess(text).categories ?? [];
    expect(categories).toContain('poisoning_overdose');
    expect(categories).not.toContain('suicide_self_harm');
  });
});

describe('other-language kinds, session 37: the review of T29 (V19), mended by mechanism', () => {
  it.each(REVIEWED_EMERGENCIES)('%s: flags %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it.each(REVIEWED_LOOK_ALIKES)('%s: stays quiet: %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).isEmergency).toBe(false);
  });

  it('reads a heartache with a spread and a duration as chest pain, whatever the break-up', () => {
    expect(rules.assess('失恋了，胸口好痛，左肩膀和后背也痛，一直没缓解').categories).toContain('cardiac_chest_pain');
  });

  it('reads a toddler who swallowed a grandparent’s blood-pressure tablets as a poisoning in the rules', () => {
    const categories = rules.assess('میرے 2 سال کے بیٹے نے دادی کی بلڈ پریشر کی گولیاں کھا لی ہیں').categories ?? [];
    expect(categories).toContain('poisoning_overdose');
    expect(categories).not.toContain('suicide_self_harm');
  });

  it('reads a threat to kill himself told by a relative as suicidal intent', () => {
    expect(rules.assess('بیٹا غم میں ڈوب گیا ہے اور کہتا ہے کہ آج رات خود کو مار دے گا').categories).toContain(
      'suicide_self_harm',
    );
  });
});
