import { EmergencyTriage } from '../../emergency-triage.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * Session 38 (T34): the kinds the held-out counts say the Arabic-script, Indic, East and South-East Asian and African
 * lexicons still fall short on, written from the protocols before any rule, in how people write them (Egyptian,
 * Levantine, Gulf and Maghrebi Arabic beside the standard; Hinglish and Urdu in Latin letters; pinyin and Vietnamese
 * without tone marks; Taglish; a parent's, a bystander's and a clinician's voice). Suicidal intent and self-harm first
 * (NHS 111 / Samaritans: a wish to die, a plan, a means gathered, a time, a goodbye, self-harm done), then burns with
 * blisters over a large area (NHS burns and scalds), anaphylaxis after a food, breathing too hard to finish a sentence,
 * bleeding that will not stop, head-injury red flags (vomiting, drowsiness after the knock), poisoning told as a count
 * or a bottle, psychiatric crisis with danger, a chemical in the eye, cauda equina (back pain with weak legs or lost
 * bladder control), hypothermia, a rigid abdomen, shock after an injury, cardiac chest pain and an infant who will not
 * feed or wake.
 */
const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  // Arabic: intent and self-harm, in the standard and the spoken forms.
  ['Arabic', 'نفسي اموت وارتاح من كل حاجة، مش قادر اكمل'],
  ['Arabic', 'صرلي فترة بفكر انتحر وجبت حبوب وخبيتهن بالخزانة'],
  ['Arabic', 'ابي اموت، ما ابي اعيش بعد اليوم'],
  ['Arabic', 'أفكر في إنهاء حياتي وكتبت رسالة وداع لعائلتي'],
  ['Arabic', 'بغيت نموت، ما بقيتش قادر نعيش'],
  ['Arabic', 'هرمي نفسي من البلكونة النهاردة'],
  ['Arabic', 'عم جرّح ايدي بالشفرة كل ليلة واليوم الجرح عميق'],
  ['Arabic', 'جرحت نفسي وانا زعلانة… الدم ما وقف'],
  ['Arabic', 'اخويا بيقول انه هيموت نفسه وماسك سكينة'],
  ['Arabic', 'بنتي شربت علبة بنادول كاملة بعد ما تهاوشنا'],
  ['Arabic', 'تعبت من الحياة وبدي خلص منها الليلة'],
  ['Arabizi', 'ana ta3ban ktir w bade mout, 5alas ma 3ad fiye kammel'],
  ['Arabizi', 'bfakker ento7er, 3andi 7boub kteer bl beit'],
  ['Arabizi', 'jara7t 7ali bel moss w el damm ma wa2af'],
  // Arabic: the other kinds.
  ['Arabic', 'ابني انكب عليه الشاي المغلي على صدره وطلعت فقاقيع كبيرة'],
  ['Arabic', 'اكل فول سوداني ووجهه انتفخ وصوته تغير وما يقدر يبلع'],
  ['Arabic', 'ابوي نفسه مقطوع وما يقدر يكمل جملة'],
  ['Arabic', 'انجرح بالقزاز جرح عميق والدم بيشخب ومش بيقف'],
  ['Arabic', 'وقع من على السلم وخبط راسه ومن ساعتها بيرجع ونايم على طول'],
  ['Arabic', 'جوزي اخد ٢٠ حباية منوم'],
  ['Arabic', 'بنتي عمرها ٣ سنين شربت نص ازازة شراب الكحة'],
  ['Arabic', 'اخويا بقاله ٣ ايام ما نامش وبيقول في ناس عايزة تقتله وكسر الشقة'],
  ['Arabic', 'دخل كلور في عين ابني وعينه حمرا ومش قادر يفتحها'],
  ['Arabic', 'عندي وجع ظهر قوي ورجليا بقوا ضعاف ومش قادر اتحكم في البول'],
  ['Arabic', 'لقينا جدي برا في البرد، جسمه بارد ثلج وبطل يرجف وبيخرف'],
  ['Arabic', 'بطني بتوجعني وجع فظيع وبطني ناشفة زي الخشبة'],
  ['Arabic', 'بعد الحادث صار شاحب وعرقان عرق بارد ونبضه سريع وضعيف'],
  ['Arabic', 'في ضغط على صدري نازل على ايدي الشمال وعرقان'],
  ['Arabic', 'مريض ٥٥ سنة، ألم صدر ضاغط ممتد للذراع الأيسر مع تعرق منذ ساعة'],
  ['Arabic', 'بنتي عمرها شهرين ما رضعت من الصبح ونعسانة ما بتصحى'],
  // Chinese: intent and self-harm.
  ['Chinese', '活着没意思，我想死'],
  ['Chinese', '我已经写好遗书了，打算今晚从楼上跳下去'],
  ['Chinese', '我攒了两瓶安眠药，准备今天全吃了'],
  ['Chinese', '不想活了，刚割了手腕，血一直流'],
  ['Chinese', '我女儿用刀划自己的胳膊，划得很深'],
  ['Chinese', '想结束自己的生命，不想再拖累家人'],
  ['Chinese', '我觉得大家没有我会更好，想一了百了'],
  ['Chinese', '我男朋友说要去死，现在联系不上他'],
  // Chinese: the other kinds.
  ['Chinese', '孩子被开水烫了，整个手臂起了大水泡，皮都掉了'],
  ['Chinese', '吃了虾以后全身起疹子，嗓子发紧，喘不过气'],
  ['Chinese', '我妈喘得说不出完整的话，嘴唇发紫'],
  ['Chinese', '切菜切到手，血喷出来止不住'],
  ['Chinese', '孩子从床上摔下来头着地，吐了三次，一直想睡'],
  ['Chinese', '我爸一下子吃了三十片安眠药'],
  ['Chinese', '奶奶把一板降糖药全吃了'],
  ['Chinese', '三岁孩子把半瓶退烧药喝了'],
  ['Chinese', '我哥几天没睡觉，说有人要害他，拿着刀'],
  ['Chinese', '眼睛溅进了洁厕灵，睁不开，很痛'],
  ['Chinese', '腰痛得厉害，两条腿没力气，小便解不出来'],
  ['Chinese', '老人在外面冻了一夜，浑身冰凉，叫不太醒'],
  ['Chinese', '肚子剧痛，硬得像板一样，一碰就痛'],
  ['Chinese', '胸口像压了块石头，痛到左手臂，一直冒冷汗'],
  ['Chinese', '患者男，60岁，胸骨后压榨性疼痛1小时，伴大汗'],
  ['Chinese', '宝宝两个月，不吃奶，很蔫，叫不醒'],
  ['Chinese', '出车祸后脸色苍白，手脚冰凉，心跳很快，人迷迷糊糊'],
  ['Pinyin', 'wo bu xiang huo le, xiang tiao lou'],
  ['Pinyin', 'wo chi le yi ping anmianyao'],
  ['Pinyin', 'ge wan le, xue zhi bu zhu'],
  ['Pinyin', 'haizi bei kaishui tang le, qi le hen da de shuipao'],
  // Hindi and Hinglish: intent and self-harm.
  ['Hindi', 'मैं मर जाना चाहता हूँ, अब और नहीं सह सकता'],
  ['Hindi', 'मैंने सुसाइड नोट लिख लिया है'],
  ['Hindi', 'मैंने नींद की 30 गोलियाँ खा ली हैं'],
  ['Hindi', 'मेरा भाई कह रहा है कि वो छत से कूद जाएगा'],
  ['Hindi', 'मैंने ब्लेड से अपनी कलाई काट ली है, खून रुक नहीं रहा'],
  ['Hinglish', 'mujhe ab jeena nahi hai, sab khatam karna chahta hu'],
  ['Hinglish', 'maine apni kalai kaat li blade se'],
  ['Hinglish', 'mann karta hai mar jaun, kisi ko farak nahi padega'],
  ['Hinglish', 'main aaj suicide karne wali hu, sabko bye'],
  ['Hinglish', 'bhai ne chuhe maarne ki dawai kha li'],
  ['Hinglish', 'maine neend ki 20 goli kha li'],
  // Hindi and Hinglish: the other kinds.
  ['Hinglish', 'bacche par garam chai gir gayi, bade bade chhale pad gaye hain'],
  ['Hindi', 'मूंगफली खाने के बाद गला बंद हो रहा है और होंठ सूज गए'],
  ['Hinglish', 'papa ki saans itni phool rahi hai ki bol bhi nahi pa rahe'],
  ['Hinglish', 'haath mein gehra kat gaya, khoon band hi nahi ho raha'],
  ['Hindi', 'सिर पर चोट लगी, उसके बाद से बार बार उल्टी हो रही है और नींद आ रही है'],
  ['Hinglish', 'bhai 3 din se soya nahi, awaazein sun raha hai aur sabko maarne ki dhamki de raha hai'],
  ['Hindi', 'आंख में चूना चला गया, बहुत जलन है और खुल नहीं रही'],
  ['Hinglish', 'kamar mein bahut dard hai aur dono pair sunn ho gaye, peshab nahi ho raha'],
  ['Hinglish', 'seene mein bhaari dard hai jo baayen haath tak ja raha hai, pasina aa raha hai'],
  ['Hindi', 'पेट में बहुत तेज़ दर्द है, पेट पत्थर जैसा सख्त है'],
  ['Hinglish', '2 mahine ka baccha doodh nahi pi raha, sust pada hai, jaag nahi raha'],
  ['Hinglish', 'beti ne aadhi bottle cough syrup pee li, 3 saal ki hai'],
  ['Hindi', 'मरीज़ 55 वर्ष, सीने में दबाव जैसा दर्द बाएं हाथ तक, पसीना'],
  // Urdu, in its script and in Latin letters.
  ['Urdu', 'میں مرنا چاہتا ہوں، اب برداشت نہیں ہوتا'],
  ['Urdu', 'میں نے نیند کی بہت ساری گولیاں کھا لی ہیں'],
  ['Urdu', 'بیٹی نے بلیڈ سے اپنے بازو کاٹ لیے، خون نہیں رک رہا'],
  ['Urdu', 'بچے پر کھولتا پانی گر گیا، بڑے بڑے چھالے پڑ گئے'],
  ['Roman Urdu', 'main khudkushi karna chahti hoon, ab aur nahi'],
  ['Roman Urdu', 'mujhe zindagi khatam karni hai, koi faida nahi jeene ka'],
  // Persian.
  ['Persian', 'دیگه خسته شدم، میخوام بمیرم'],
  ['Persian', 'یه بسته قرص خواب خوردم'],
  ['Persian', 'دستمو با تیغ بریدم و خون بند نمیاد'],
  ['Persian', 'آب جوش ریخت رو بچم، تاول های بزرگ زده'],
  ['Persian', 'بعد از خوردن بادام زمینی گلوش بسته شده و نفسش بالا نمیاد'],
  // Vietnamese, with and without its tone marks.
  ['Vietnamese', 'tôi không muốn sống nữa, tối nay sẽ nhảy cầu'],
  ['Vietnamese', 'toi muon chet, khong chiu noi nua'],
  ['Vietnamese', 'em đã uống hết vỉ thuốc ngủ rồi'],
  ['Vietnamese', 'con gái tôi lấy dao cứa tay, máu chảy nhiều'],
  ['Vietnamese', 'em muon tu tu, khong ai can em'],
  ['Vietnamese', 'bé bị nước sôi đổ vào người, phồng rộp to'],
  ['Vietnamese', 'ăn tôm xong sưng môi, khó thở, nổi mề đay khắp người'],
  ['Vietnamese', 'ba tôi thở không nổi, môi tím tái'],
  ['Vietnamese', 'bi dut tay sau, mau chay khong cam duoc'],
  ['Vietnamese', 'con té cầu thang đập đầu, nôn mấy lần, lơ mơ'],
  ['Vietnamese', 'ong noi uong 20 vien thuoc huyet ap'],
  ['Vietnamese', 'ngực đau như bị đè, lan ra tay trái, vã mồ hôi'],
  ['Vietnamese', 'BN nam 50 tuổi, đau ngực trái lan tay trái 1 giờ, vã mồ hôi'],
  // Tagalog and Taglish.
  ['Tagalog', 'ayoko nang mabuhay, gusto ko nang mamatay'],
  ['Tagalog', 'magpapakamatay na ako mamayang gabi'],
  ['Tagalog', 'nilaslas ko ang pulso ko, ang daming dugo'],
  ['Tagalog', 'uminom ako ng isang banig ng sleeping pills'],
  ['Tagalog', 'pagod na ako sa lahat, mas mabuti pang wala na ako'],
  ['Tagalog', 'natuklaw ng ahas ang tatay ko sa bukid, namamaga na ang paa'],
  ['Tagalog', 'napaso ng kumukulong tubig yung anak ko, malalaki ang paltos'],
  ['Tagalog', 'kumain ng hipon, namamaga ang labi at hirap huminga'],
  ['Tagalog', 'hindi makahinga si lolo, nangingitim ang labi'],
  ['Tagalog', 'nauntog ang ulo ng anak ko, nagsuka na ng 3 beses at antok na antok'],
  ['Tagalog', 'masakit na masakit ang dibdib ko, parang may nakadagan, umaabot sa kaliwang braso'],
  ['Taglish', 'my tita overdosed, nilunok niya lahat ng gamot niya'],
  // Korean.
  ['Korean', '죽고 싶어요. 약을 모아뒀어요'],
  ['Korean', '오늘 밤 한강에서 뛰어내릴 거예요'],
  ['Korean', '손목을 그었는데 피가 안 멈춰요'],
  ['Korean', '아이가 끓는 물에 데었는데 물집이 크게 잡혔어요'],
  // Japanese.
  ['Japanese', '死にたい。もう限界です'],
  ['Japanese', '薬を全部飲んで死のうと思う'],
  ['Japanese', 'リストカットして血が止まらない'],
  ['Japanese', '子供が熱湯をかぶって大きな水ぶくれができた'],
  // Swahili.
  ['Swahili', 'nataka kujiua, siwezi tena'],
  ['Swahili', 'nimemeza vidonge vingi vya usingizi'],
  ['Swahili', 'mtoto ameungua na maji ya moto, malengelenge makubwa'],
  ['Swahili', 'amejikata mkono kwa wembe, damu haiachi kutoka'],
];

/**
 * Look-alike twins: the same alarm words in what is no emergency. Idioms of degree (hungry, hot, tired or laughing
 * "to death"; "I miss you to death"; crazy about someone), a death in a film or a past bereavement, a small cut while
 * cooking, a splash without blisters, an allergy asked about, breath short on the stairs that passes, a knock with a
 * child playing after, medicine taken as prescribed, tired or dry eyes, an ache from sitting, cold hands in winter,
 * an infant who sleeps a lot and feeds well.
 */
const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'هموت من الضحك على الفيديو ده'],
  ['Arabic', 'ميت من الجوع، امتى الاكل؟'],
  ['Arabic', 'قتلني الحر اليوم'],
  ['Arabic', 'بموت فيك يا حبيبي'],
  ['Arabic', 'جرحت ايدي وانا بقطع البصل، شوية دم ووقف'],
  ['Arabic', 'المسلسل كان فيه واحد انتحر، زعلت عليه'],
  ['Arabic', 'خالي توفي من سنة الله يرحمه'],
  ['Arabic', 'زهقت من الشغل، بدي استقيل'],
  ['Arabic', 'اخذت حبة بنادول للصداع'],
  ['Arabic', 'لسعتني المكواة لسعة صغيرة على صباعي'],
  ['Arabic', 'عندي حساسية من الفول السوداني، ايش البديل بالاكل؟'],
  ['Arabic', 'نفسي بيتقطع لما اطلع الدور الخامس بس بيرجع طبيعي بعد شوية'],
  ['Arabic', 'خبط راسه في الباب وعيط شوية وبعدين رجع يلعب عادي'],
  ['Arabic', 'باخد حبايتين بنادول كل ٨ ساعات زي ما الدكتور قال'],
  ['Arabic', 'بنتي شربت معلقة شراب الكحة زي ما الدكتور قال'],
  ['Arabic', 'بحس بقلق قبل الامتحانات'],
  ['Arabic', 'عيني حمرا شوية من قلة النوم'],
  ['Arabic', 'عندي وجع ظهر من القعدة على المكتب'],
  ['Arabic', 'ايدي بردانة من الشتا'],
  ['Arabic', 'بطني بتوجعني شوية بعد الاكل'],
  ['Arabic', 'صدري بيوجعني لما اكح من البرد'],
  ['Arabic', 'بنتي عمرها شهرين بتنام كتير بس بتصحى ترضع عادي'],
  ['Arabic', 'نفسي اروح البحر الصيف ده'],
  ['Arabic', 'بموت نفسي في المذاكرة عشان الامتحان'],
  ['Arabic', 'هرمي نفسي على السرير من التعب'],
  ['Arabic', 'نفسي اموت من الضحك لما شفته'],
  ['Arabic', 'شرب علبة عصير كاملة'],
  ['Arabic', 'شربت نص ازازة مية'],
  ['Arabic', 'اخدت ٢ حباية بنادول للصداع'],
  ['Arabic', 'القطة نطت من البلكونة'],
  ['Arabic', 'عايزة اخلص من كل حاجة قبل السفر'],
  ['Arabic', 'كتبت رسالة وداع لزميلي اللي مسافر'],
  ['Arabic', 'بيقول ان في ناس عايزين يقتلوه في اللعبة'],
  ['Arabic', 'ابني بيكسر كل حاجة لما يزعل'],
  ['Arabic', 'ابني ما نام كويس امبارح'],
  ['Arabic', 'جسمي بارد شوية وعندي رشح'],
  ['Arabic', 'وشه اصفر شوية من قلة النوم'],
  ['Arabic', 'وجع ظهر بعد الجيم ورجلي منملة شوية لما اقعد'],
  ['Arabic', 'جرحت ايدي بالسكينة وانا بقطع اللحمة'],
  ['Arabizi', 'bmout mn el da7ek'],
  ['Arabizi', 'ana mayet mn el jou3'],
  ['Arabizi', 'jara7t ide w ana 3am 2a22ta3 basal, shwayet damm w wa2af'],
  ['Chinese', '饿死了，快点吃饭吧'],
  ['Chinese', '笑死我了，这个视频太搞笑'],
  ['Chinese', '今天热死了'],
  ['Chinese', '累死了，加班到十点'],
  ['Chinese', '我想死你了，什么时候回来'],
  ['Chinese', '烦死了，作业太多了'],
  ['Chinese', '这部电影里主角自杀了，好难过'],
  ['Chinese', '切菜不小心切到手指，流了一点血，已经止住了'],
  ['Chinese', '被热水溅到手上，红了一小块，没起泡'],
  ['Chinese', '我对虾过敏，吃了会起几个小疹子，过会儿就好'],
  ['Chinese', '爬楼梯有点喘，休息一下就好了'],
  ['Chinese', '孩子撞到头，哭了一下，现在玩得很开心'],
  ['Chinese', '医生让我每天吃一片降压药'],
  ['Chinese', '眼睛有点干，看手机看久了'],
  ['Chinese', '久坐腰有点酸'],
  ['Chinese', '冬天手脚冰凉是怎么回事'],
  ['Chinese', '吃多了肚子有点胀'],
  ['Chinese', '咳嗽的时候胸口有点痛，感冒三天了'],
  ['Chinese', '宝宝两个月，晚上睡得很多，白天吃奶正常'],
  ['Chinese', '孩子发烧吃了一次退烧药，按说明书的量'],
  ['Chinese', '把一瓶水都喝了'],
  ['Chinese', '吃了十几片薯片'],
  ['Chinese', '吃了一板维生素C'],
  ['Chinese', '孩子不小心划到自己的手，流了点血'],
  ['Chinese', '游戏里有人要杀我，好刺激'],
  ['Chinese', '腰疼，久坐引起的'],
  ['Chinese', '冬天在外面冻了一会儿，手冰凉'],
  ['Chinese', '两条腿没力气，爬山爬累了'],
  ['Chinese', '我想死你们了'],
  ['Chinese', '新闻说有个明星自杀了'],
  ['Chinese', '想结束这段感情'],
  ['Chinese', '早上起来眼睛有点睁不开'],
  ['Pinyin', 'e si le, kuai dian chi fan'],
  ['Pinyin', 'xiao si wo le'],
  ['Pinyin', 're si le jintian'],
  ['Pinyin', 'xiang si ni le'],
  ['Pinyin', 'bei re shui tang le yi xia, hong le, mei you shui pao'],
  ['Pinyin', 'wo xue le hen duo, bu hui'],
  ['Hinglish', 'bhook se mar gaya yaar, khana lao'],
  ['Hindi', 'हंसते हंसते मर गया'],
  ['Hinglish', 'garmi se mar gaye aaj'],
  ['Hinglish', 'main tum pe marta hu'],
  ['Hinglish', 'is kaam ne to maar hi diya'],
  ['Hindi', 'सब्ज़ी काटते वक्त उंगली कट गई, थोड़ा खून निकला, पट्टी लगा दी'],
  ['Hinglish', 'chai haath pe gir gayi, thoda laal hai, chhala nahi'],
  ['Hindi', 'मूंगफली से एलर्जी है, क्या बादाम खा सकता हूँ?'],
  ['Hinglish', 'seedhiyan chadhne se saans thodi phoolti hai, phir theek'],
  ['Hinglish', 'baccha gir gaya, sir pe gumda hai, par normal khel raha hai'],
  ['Hinglish', 'doctor ne din mein 2 goli batayi hai'],
  ['Hinglish', 'aankh thodi laal hai, dhool chali gayi thi'],
  ['Hindi', 'कमर में हल्का दर्द है, बैठे बैठे'],
  ['Hinglish', 'film mein hero ne suicide kar liya, bahut sad tha'],
  ['Hinglish', 'baby din mein 16 ghante soti hai, doodh theek se peeti hai'],
  ['Hindi', 'मैं परीक्षा से पहले घबरा जाता हूँ'],
  ['Hinglish', 'garam chai haath pe gir gayi, thoda laal hai, chhala nahi'],
  ['Hinglish', 'garmi itni hai ki mann karta hai mar jaun'],
  ['Hindi', 'गर्मी इतनी है कि मर जाना चाहता हूँ'],
  ['Hinglish', 'office ka sab khatam karna hai aaj'],
  ['Hinglish', 'chuhe maarne ki dawai kahan milegi?'],
  ['Hinglish', 'kamar mein dard hai, pair thode sunn ho jaate hain baithne se'],
  ['Hinglish', 'main phone pe tumhari awaaz sun raha hu'],
  ['Hindi', 'मेरा भाई छत से कूद जाने की बात मज़ाक में करता है'],
  ['Hinglish', 'bhai 2 din se soya nahi exam ki wajah se'],
  ['Hindi', 'पेट सख्त है, कब्ज़ है 3 दिन से'],
  ['Urdu', 'بھوک سے مر رہا ہوں'],
  ['Urdu', 'ہنس ہنس کے مر گئے'],
  ['Urdu', 'بازو پر چائے گری، تھوڑا سا لال ہے'],
  ['Urdu', 'ڈرامے میں ہیروئن نے خودکشی کر لی'],
  ['Roman Urdu', 'bhook se mar rahi hoon, khana kab banega'],
  ['Persian', 'از خنده مردم'],
  ['Persian', 'از گرسنگی دارم میمیرم'],
  ['Persian', 'موقع آشپزی دستم برید، یه کم خون اومد و بند اومد'],
  ['Persian', 'یه ذره آب جوش ریخت رو دستم، فقط قرمز شده'],
  ['Urdu', 'فلم میں ہیرو نے خودکشی کی کوشش کی، بہت اداس تھا'],
  ['Persian', 'توی فیلم یه نفر خودکشی کرد'],
  ['Persian', 'یه بسته بیسکویت خوردم'],
  ['Persian', 'یه بسته قرص سرماخوردگی خریدم'],
  ['Persian', 'بادام زمینی دوست دارم'],
  ['Persian', 'بعد از دویدن نفسم بالا نمیاد ولی بعد خوب میشم'],
  ['Vietnamese', 'đói chết mất'],
  ['Vietnamese', 'cười chết mất'],
  ['Vietnamese', 'nong chet mat'],
  ['Vietnamese', 'nhớ em chết mất'],
  ['Vietnamese', 'cắt rau bị đứt tay chút xíu, máu chảy ít, đã cầm'],
  ['Vietnamese', 'bị nước nóng văng vào tay, hơi đỏ'],
  ['Vietnamese', 'leo cầu thang hơi mệt, nghỉ là hết'],
  ['Vietnamese', 'bé đụng đầu vào bàn, khóc xíu rồi chơi bình thường'],
  ['Vietnamese', 'bac si ke uong 1 vien thuoc huyet ap moi ngay'],
  ['Vietnamese', 'phim hôm qua có nhân vật tự tử, buồn quá'],
  ['Vietnamese', 'me toi bi mo mang, hay quen'],
  ['Vietnamese', 'em bi nga cau thang, dau dau goi, khong sao'],
  ['Vietnamese', 'anh ay cua tay vao canh cua khi dong cua'],
  ['Vietnamese', 'bac si ke uong nguyen hop thuoc khang sinh trong 7 ngay'],
  ['Vietnamese', 'toi uong 10 vien vitamin C moi tuan'],
  ['Vietnamese', 'con bi bong nhe, khong phong rop'],
  ['Vietnamese', 'den thang mau chay nhieu hon moi lan'],
  ['Tagalog', 'nauntog ang ulo ko sa cabinet, may bukol pero okay na'],
  ['Tagalog', 'uminom ako ng isang bote ng tubig'],
  ['Tagalog', 'ang daming dugo sa napkin ko, mens ko ngayon'],
  ['Tagalog', 'antok na antok ako kasi puyat'],
  ['Tagalog', 'pagod na ako sa trabaho'],
  ['Tagalog', 'sinugatan ko ang kamay ko habang naghihiwa'],
  ['Tagalog', 'patay na patay ako sa kanya'],
  ['Tagalog', 'namatay ako sa kakatawa'],
  ['Tagalog', 'nahiwa ang daliri ko habang naghihiwa ng sibuyas, konting dugo lang'],
  ['Tagalog', 'napaso ako sa plantsa, maliit lang, walang paltos'],
  ['Tagalog', 'kinagat ng lamok ang anak ko, namamaga ng konti'],
  ['Tagalog', 'nauntog ako sa pinto, may bukol pero okay lang'],
  ['Tagalog', 'yung bida sa teleserye nagpakamatay, iyak ako'],
  ['Tagalog', 'ang lolo ko ay natuklaw ng ahas noong bata pa siya'],
  ['Korean', '뉴스에서 연예인이 자살했대요'],
  ['Korean', '라면 끓는 물에 손가락 살짝 데었어요, 물집은 없어요'],
  ['Japanese', 'アニメのキャラが自殺するシーンで泣いた'],
  ['Swahili', 'nimemeza vidonge viwili vya panadol kama daktari alivyoniandikia'],
  ['Korean', '더워서 죽어버리겠어'],
  ['Korean', '배고파 죽어버리겠어'],
  ['Korean', 'ㅋㅋ 웃겨 죽겠다'],
  ['Korean', '피곤해 죽겠어요'],
  ['Japanese', '死ぬほど疲れた'],
  ['Japanese', 'お腹すいて死にそう'],
  ['Japanese', 'ドラマで主人公が自殺して泣いた'],
  ['Japanese', '料理中に指を少し切った、血はすぐ止まった'],
  ['Swahili', 'njaa inaniua leo'],
  ['Swahili', 'nimejikata kidogo nikipika, damu imesimama'],
  ['Swahili', 'nimecheka hadi kufa'],
];

/**
 * The review of this branch (V20), mended by mechanism: killing or dying oneself OF something or FOR a goal is the idiom
 * of degree; jumping needs intent (never the habitual "بنط" of parkour, never roof to roof); a whole pack taken over days
 * as the doctor said is a course; a belly only "tight" after exercise is no board. Second review: "can't live without
 * you / chai" (बिना) is love or habit, a joke (哈哈, 开玩笑) is exasperation, a cut while chopping is an accident, a strip
 * used up is no ingestion (a verb of swallowing is needed), "nothing left to worry about" is contentment, a small child's
 * cut at play is an accident, a month's supply for a journey is no hoard, a suicide note inside a drama is a story.
 */
const REVIEWED_EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '活着没意思，药都攒够了，今晚就吃'],
  ['Hindi', 'ab nahi ji sakta, poori strip neend ki goliyan kha li'],
  ['Vietnamese', 'em tu cat co tay roi, mau chay nhieu lam'],
  ['Tagalog', 'pagod na ako mabuhay, nilaslas ko pulso ko'],
  ['Korean', '아이가 끓는 물에 데였어요, 물집이 크게 잡혔어요'],
  ['Arabic', 'هموت نفسي النهارده، خلاص مش قادرة'],
  ['Arabic', 'تعبت من الحياة وكتبت رسالة وداع لعيلتي'],
  ['Arabic', 'ابني بلع علبة بنادول كاملة'],
  // Third review (t34 81c63b6): a hoard told over months, a joke denied, the writer's own note after a film.
  ['Chinese', '这几个月把安眠药都攒够了，今晚全吃掉'],
  ['Chinese', '出差前把安眠药都攒够了，今晚全吃掉'],
  ['Chinese', '这三个月我一直在囤药，药都攒够了'],
  ['Chinese', '别以为我在开玩笑，活着没意思'],
  ['Chinese', '我不是开玩笑的，活着没意思'],
  ['Korean', '영화 보고 나서 나도 유서 써놨어요, 오늘 밤에 끝낼 거예요'],
  ['Korean', '영화 보고 나서 나도 자살하고 싶어요'],
];

const REVIEWED_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Chinese', '不让我吃辣，活着没意思哈哈'],
  ['Chinese', '出国前把一个月的药都存够了，降压药可以带上飞机吗？'],
  ['Chinese', '切菜的时候用刀划了自己一下，流了点血，要打破伤风吗？'],
  ['Chinese', '考试又挂了，不如死了算了哈哈哈，开玩笑的，怎么提高记忆力？'],
  ['Hindi', 'tere bina nahi ji sakta yaar, usse propose karu kya?'],
  ['Hindi', 'chai ke bina nahi ji sakta, din me kitni chai theek hai?'],
  ['Hindi', 'तुम्हारे बिना नहीं जी सकता, उसे कैसे मनाऊं?'],
  ['Hindi', 'poori strip dawai khatam ho gayi, refill ke liye prescription chahiye kya?'],
  ['Hindi', 'gym ke baad saans tez chal rahi hai 5 min tak, phir normal ho jaati hai'],
  ['Vietnamese', 'nghi huu roi cuoc song khong con gi phai lo, chi hoi ve huyet ap'],
  ['Vietnamese', 'be tu cat tay khi choi keo, chay mau it, da dan bang'],
  ['Vietnamese', 'mat nhin lo mo, chac can them do, di kham mat o dau?'],
  ['Vietnamese', 'be non 2 lan sau khi an, gio choi binh thuong'],
  ['Tagalog', 'pagod na ako sa lahat ng trabaho, pahinga muna ako this weekend'],
  ['Tagalog', 'antok na antok ako after lunch araw araw, normal ba?'],
  ['Tagalog', 'nagsuka ng 2 beses si baby after dumede, pero masigla naman'],
  ['Korean', '시금치를 끓는 물에 살짝 데쳐서 아기 이유식 만들었는데 몇 개월부터 먹여도 되나요?'],
  ['Korean', '드라마에서 주인공이 유서를 쓰는 장면 보고 울었어요'],
  ['Japanese', 'ドラマで主人公が遺書を書くシーンで泣いた'],
  ['Arabic', 'هموت نفسي من الضحك على الفيديو ده'],
  ['Arabic', 'بموت حالي من التعب بالشغل كل يوم، شو بنصحوني فيتامين؟'],
  ['Arabic', 'هموت نفسي عشان اخس قبل الفرح، ايه احسن رجيم؟'],
  ['Arabic', 'بدي موت من الزهق بالبيت، شو بعمل؟'],
  ['Arabic', 'عايزة اموت من الكسوف، وقعت قدام الناس كلها'],
  ['Arabic', 'ادعولي، نفسي اموت وانا بصلي'],
  ['Arabic', 'زهقت من الحياة في القاهرة، عايز اسافر بره'],
  ['Arabic', 'بلعب باركور وبنط من سطح لسطح، عندي وجع في الركبة'],
  ['Arabic', 'اخدت علبة البروفين كاملة خلال 10 ايام زي ما الدكتور قال، لسه عندي وجع'],
  ['Arabic', 'اخدت 2 حباية بنادول والصداع مراحش، اخد تاني؟'],
  ['Arabic', 'جسمي بارد في الشتا على طول، عندي انيميا؟'],
  ['Arabic', 'بطني مشدودة بعد التمرين، ده طبيعي؟'],
  ['Arabic', 'البيبي ما نامش طول الليل بسبب التسنين'],
  ['Arabic', 'جدي بيخرف شوية من سنين، عنده زهايمر، في دوا جديد؟'],
  ['Arabic', 'نعسانة على طول من الحمل، طبيعي؟'],
  ['Arabic', 'وجع شديد في ضرسي من امبارح'],
  ['Arabizi', '7ento7er law el match da khesser ya gama3a'],
  ['Chinese', '这半年的药都存好了，出差备用'],
  ['Chinese', '这几个月的降压药都存够了，去药房问问能不能再开'],
  ['Chinese', '这几个月把零食都攒够了，今晚全吃掉'],
  ['Chinese', '今天都吃了什么？'],
  ['Chinese', '我今天都吃了药，还是发烧'],
  ['Chinese', '考试又挂了，不如死了算了，开玩笑的，怎么提高记忆力？'],
  ['Chinese', '活着没意思，开个玩笑'],
  ['Korean', '뉴스에서 연예인이 자살했대요'],
];

/**
 * A second round written after the first readings, before any rule for it, to see whether they read the kind or only
 * the first round's sentences (on the first readings: 17 of these 52 wrong, main 18): taking all the pills told as a plan,
 * someone who says he wants to die, cutting herself told in the present, not wanting to live any more, pills saved up,
 * "better dead", a blade to oneself, a whole strip, jumping before a train, ending one's life in Tagalog, a child who drank
 * bleach, a face swollen with breath gone, an infant's chest sucking in; and their twins.
 */
const SECOND_ROUND_EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'خلاص مش قادرة استحمل، هاخد كل الحبوب اللي في الدرج الليلة'],
  ['Arabic', 'ابني قالي انه عايز يموت وكتب وصيته'],
  ['Arabic', 'بدي انتحر، ما حدا بيحبني'],
  ['Arabic', 'صاحبي بعتلي رسالة انه رح يقتل حاله وما عم يرد على التلفون'],
  ['Arabic', 'بنتي عم تجرح حالها بالشفرة وايدها كلها جروح'],
  ['Arabic', 'ما عاد بدي عيش، كل شي ما الو طعمة'],
  ['Arabic', 'ابغى انتحر اليوم'],
  ['Arabic', 'الحياة ما تسوى، ناوي اخلص على نفسي'],
  ['Arabic', 'عندي حبوب كتير ومخبيها وبفكر اشربهم كلهم'],
  ['Chinese', '我真的撑不下去了，想死'],
  ['Chinese', '我把药都攒起来了，准备今晚吃掉'],
  ['Chinese', '我妹妹割腕了，流了好多血'],
  ['Chinese', '活着太累了，不如死了算了'],
  ['Chinese', '我儿子在天台上，说要跳下去'],
  ['Chinese', '我用刀片划了自己好几道，停不下来'],
  ['Hinglish', 'main ab aur nahi jee sakta, aaj sab khatam kar dunga'],
  ['Hinglish', 'meri behen ne haath ki nas kaat li hai'],
  ['Hindi', 'मुझे जीने की कोई वजह नहीं दिखती, मैं खुद को खत्म करना चाहता हूँ'],
  ['Hinglish', 'bhai keh raha hai ki woh train ke aage kood jayega'],
  ['Hinglish', 'maine poori strip crocin kha li'],
  ['Vietnamese', 'toi muon chet quach cho xong'],
  ['Vietnamese', 'ban trai em noi se nhay lau toi nay'],
  ['Vietnamese', 'em da rach tay bang dao lam, mau chay khong ngung'],
  ['Tagalog', 'gusto ko nang tapusin ang buhay ko'],
  ['Tagalog', 'sinabi ng kapatid ko na magpapakamatay siya, may hawak na kutsilyo'],
  ['Tagalog', 'naglaslas ulit yung pinsan ko, ang daming dugo'],
  ['Arabic', 'ابني ٤ سنين شرب كلور'],
  ['Chinese', '孩子把84消毒液喝了一口'],
  ['Hinglish', 'bacche ne mitti ka tel pee liya'],
  ['Arabic', 'ابوي اكل وفجأة وجهه ورم وما يقدر يتنفس'],
  ['Chinese', '吃了花生以后嘴唇肿了，呼吸困难'],
  ['Hinglish', 'baby 6 hafte ka hai, saans bahut tez chal rahi hai aur pasliyan andar ja rahi hain'],
  ['Arabic', 'ابني وقع على راسه وصار يستفرغ ونعسان ما بيفتح عيونه'],
  ['Chinese', '奶奶摔倒撞到头，现在说话不清楚，一直吐'],
];

const SECOND_ROUND_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'ها ها هموت من الضحك'],
  ['Arabic', 'جوعان لدرجة اني هموت'],
  ['Arabic', 'اشتقتلك موت'],
  ['Chinese', '吓死我了，还好没事'],
  ['Chinese', '这个游戏太难了，我要疯了，气死了'],
  ['Chinese', '我爷爷去年去世了，我很想他'],
  ['Hinglish', 'kal raat itna hansa ki mar hi gaya'],
  ['Hinglish', 'ye traffic mujhe maar dalega'],
  ['Tagalog', 'meri dadi ko neend ki goli doctor ne di hai, roz ek'],
  ['Vietnamese', 'toi met muon chet luon sau buoi tap gym'],
  ['Tagalog', 'nakakamatay ang init ngayon sa manila'],
  ['Tagalog', 'namatay na yung lolo ko last year, miss ko na siya'],
  ['Arabic', 'ابني عنده حساسية فول سوداني، ايش اعطيه لو صار شي؟'],
  ['Arabic', 'بنتي وقعت وخبطت راسها بس قامت لعبت عادي وما استفرغت'],
  ['Chinese', '孩子撞到头了，起了个包，吃饭玩耍都正常'],
  ['Hinglish', 'maine sar dard ke liye ek crocin li'],
  ['Vietnamese', 'toi uong 1 vien thuoc ngu moi toi theo don bac si'],
  ['Tagalog', 'sinugatan ko yung daliri ko sa papel, konting dugo lang'],
  ['Arabic', 'هاخد كل الحاجات معايا في السفر'],
  ['Arabic', 'عايز يموت من الضحك'],
  ['Arabic', 'بنتي بتجرح نفسها وهي بتقطع الخضار'],
  ['Tagalog', 'tapusin ko na ang trabaho ko ngayon'],
  ['Hinglish', 'baccha train ke aage khel raha tha, humne hata diya'],
  ['Hinglish', 'maine poori strip ki expiry check ki'],
  ['Hindi', 'मैं इतनी गर्मी में और नहीं जी सकता, एसी कब ठीक होगा'],
  ['Chinese', '活着真累，但是明天还要上班，加油'],
  ['Chinese', '用剪刀划了自己的手指，不小心的'],
  ['Chinese', '药存放在冰箱里'],
  ['Chinese', '我把药都藏起来了，怕孩子拿到'],
];

describe('other-language kinds, session 38 (Arabic-script, Indic, East and South-East Asian, African lexicons)', () => {
  it.each(EMERGENCIES)('%s: flags %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it.each(LOOK_ALIKES)('%s: stays quiet: %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).isEmergency).toBe(false);
  });
});

describe('other-language kinds, session 38: the kind keeps its category', () => {
  // A cut told "while I was upset" is self-harm: the writer's feeling is no kitchen task that makes it an accident.
  it.each([
    ['Arabic', 'جرحت نفسي وانا زعلانة… الدم ما وقف'],
    ['Arabic', 'جرحت نفسي وانا متضايقة والدم مش راضي يقف'],
  ])('%s: reads self-harm told with a feeling as self-harm: %s', (_language, text) => {
    expect(rules.assess(text).categories).toContain('suicide_self_harm');
  });

  it('reads a cut told with the kitchen task it happened in as an accident, not self-harm', () => {
    expect(rules.assess('جرحت نفسي وانا بقطع البصل والدم مش راضي يقف').categories ?? []).not.toContain(
      'suicide_self_harm',
    );
  });
});

describe('other-language kinds, session 38: the review of T34 (V20), mended by mechanism', () => {
  it.each(REVIEWED_EMERGENCIES)('%s: flags %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it.each(REVIEWED_LOOK_ALIKES)('%s: stays quiet: %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).isEmergency).toBe(false);
  });
});

describe('other-language kinds, session 38: a second round of the same kinds', () => {
  it.each(SECOND_ROUND_EMERGENCIES)('%s: flags %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it.each(SECOND_ROUND_LOOK_ALIKES)('%s: stays quiet: %s', (_language, text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).isEmergency).toBe(false);
  });
});
