import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 52 (T82): the four biggest kinds of the other-language misses (self-harm, poisoning, severe bleeding, infant red
 * flags), written from the protocols in each language's own words before the rules changed, never from a labelled set:
 * - self-harm told by the act: veins cut (Arabic "قطع شرايين", "شرّط عروقه"), cutting oneself with a blade told in the
 *   progressive ("me estoy cortando con una navaja"), a hanging told as done ("se ahorcó", "lo encontramos colgado"), a
 *   suicide note left (Korean "유서 남기고"), a goodbye sent and gone (German "und ist weg"), a heap of pills to end it all
 *   (Portuguese "um monte de comprimido", "pra acabar com tudo") (NICE NG225);
 * - poisoning told by its amount or its verb: a brand counted in the plural ("20 dolipranes"), a whole bottle told after the
 *   pills were eaten (Hindi "पूरी शीशी"), pills eaten told with the verb (Russian "съел таблетки"), a double dose of
 *   insulin, a poison "taken" (Hinglish "zeher le liya"), a battery told before its verb (Turkish "pil yuttu") or after
 *   the child (Tagalog "nalunok ng anak ko yung baterya") (poison centres; Schmitt-Thompson diabetes);
 * - severe bleeding told by the cloth soaked through (French "le torchon est trempé") and "saigne énormément" (NHS 111);
 * - an infant's age told in months without "old" (Portuguese "filha de 2 meses", Taglish "baby ko 2 months", Vietnamese
 *   "con tôi 2 tháng", Swahili "wa miezi 2"): any fever under 3 months is red (NICE NG143);
 * - Cantonese blood spurting and not stopping when pressed, with the faint and pallor ("標出嚟", "止唔到", "面都白晒"), and
 *   an Egyptian Arabizi baby told "he has" months ("ebny 3ando 3 shohor") with a fever and not feeding (NICE NG143);
 * - a German goodbye in its own words ("ich hab euch lieb, passt auf Mama auf") beside the silence after it or despair
 *   (Samaritans), not a goodbye before a journey or with a flat battery;
 * - Turkish and Vietnamese read in a short message: Turkish by its present continuous ("-iyor") and "ğ ı ş", Vietnamese by
 *   its own letters ("ơ ư đ", stacked tones); Vietnamese "nó" (he) is no English "no".
 * Look-alikes: the wish denied (Turkish "öldürmek istemiyorum"), a computer that froze ("se colgó"), a haircut, a towel wet
 * from the shower, a fever tablet taken as the doctor said, a poison bought for the fields, a span of months ("2 tháng
 * nay", "3 months ago"), a pregnancy's months, insulin twice a day as prescribed; and the twins of review V34 (14:45,
 * 14:50, 14:58, 15:13, 15:38, 15:46): a swing or a film's hanging, a will left by the dead, tasks ended, a wound on the wrist, meat's sinew, a
 * poison in a film, a battery feared and not swallowed, a dose doubled asked about, a baby's past fever seen and well.
 * On the unchanged rules (main 8435fc8) the product flagged 9 of 59 emergencies and kept 76 of 78 look-alikes quiet;
 * after: 59 of 59 and 78 of 78. Emergencies must be flagged by the product; look-alikes stay quiet by both.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'self-harm told by the act',
    emergencies: [
      ['ar', 'ابني قطع شرايين إيده وبينزف'],
      ['ar', 'أختي شرّطت عروقها بالموس'],
      ['ar', 'صاحبي قطع عروقه بالشفرة والدم مش عايز يقف'],
      ['es', 'mi primo se colgo, lo bajamos y respira muy poquito'],
      ['es', 'me estoy cortando con una navaja y esta vez fue muy hondo'],
      ['es', 'encontre a mi hermano colgado en el closet'],
      ['ko', '친구가 유서 남기고 연락이 안 돼요'],
      ['ko', '아빠가 유서를 남겼어요 전화를 안 받아요'],
      ['ko', '동생이 유서를 남기고 나갔는데 전화를 안 받아요'],
      ['de', 'meine schwester hat einen abschiedsbrief geschrieben und ist weg'],
      ['de', 'mein bruder hat sich verabschiedet, einen abschiedsbrief hinterlassen und ist weg'],
      ['de', 'mein sohn hat sich verabschiedet und ist weg, er hat gesagt er will sterben'],
      ['pt', 'tomei um monte de comprimido agora pouco pra acabar com tudo'],
      ['pt', 'quero acabar com tudo, nao aguento'],
      ['pt', 'engoli um punhado de remedio pra acabar com tudo'],
      ['vi', 'nó nhắn tin vĩnh biệt rồi tắt máy'],
      ['vi', 'no nhan tin vinh biet roi tat may'],
      ['vi', 'thằng bé nó uống hết vỉ thuốc của bà'],
      ['tr', 'kız kardeşim bileklerini kesti, çok kan kaybediyor'],
      ['tr', 'kendimi öldürmek istemiyorum ama ilaçların hepsini içtim'],
      ['es', 'mi hermano se colgó de una viga del garage, lo bajamos, no responde'],
    ],
    lookAlikes: [
      ['ar', 'اتجرحت إيدي من الزجاج والدم وقف'],
      ['ar', 'عروقي بارزة في ايدي بعد الجيم، طبيعي؟'],
      ['ar', 'الممرضة ما لقت الوريد وهي تسحب الدم'],
      ['es', 'la compu se colgo y perdi todo el trabajo'],
      ['es', 'me estoy cortando el pelo yo sola'],
      ['es', 'encontre a mi hermano colgado del telefono toda la noche'],
      ['es', 'esta corbata me ahorca jaja'],
      ['ko', '드라마 주인공이 유서를 남기고 떠났어요'],
      ['ko', '유서 쓰는 수업을 들었어요, 죽음 교육이래요'],
      ['de', 'der ausschlag ist weg'],
      ['de', 'die schwellung kam und ist wieder weg'],
      ['de', 'meine tochter ist weg zur schule, das fieber ist weg'],
      ['pt', 'vou acabar com tudo isso no trabalho amanha'],
      ['pt', 'quero acabar com tudo de vez com ele, terminar o namoro'],
      ['vi', 'con tôi ăn no rồi ngủ ngon, không sốt'],
      ['tr', 'kendimi öldürmek istemiyorum, sadece çok yorgunum'],
      ['tr', 'ölmek istemiyorum ama çok korkuyorum, sadece grip oldum'],
      ['es', 'mi hijo se colgó del columpio y se cayó, tiene un raspón en la rodilla'],
      ['es', 'mi hija se colgó de la barra en el parque y se le cansaron los brazos'],
      ['es', 'en la película el protagonista se ahorcó, no me la recomienden'],
      ['ko', '할아버지가 돌아가시기 전에 유서를 남기셨어요. 상속 문제로 상담하고 싶어요'],
      ['ko', '유서를 남기는 드라마 장면이 너무 슬펐어요'],
      ['pt', 'tenho tanta tarefa, quero acabar com tudo, depois descansar no fim de semana'],
      ['pt', 'vou limpar a casa inteira hoje pra acabar com tudo de uma vez.'],
      ['ar', 'عندي جرح في الرسغ من الزجاج وتوقف النزيف'],
      ['ar', 'قطعت عرق اللحم في المطبخ وأريد وصفة'],
      ['ko', '어머니께서 미리 유서를 남겨 두셨다고 하셨어요, 어머니는 건강하세요'],
    ],
  },
  {
    kind: 'poisoning told by its amount or its verb',
    emergencies: [
      ['fr', 'ma fille a pris 20 dolipranes'],
      ['fr', 'mon fils a avalé 12 efferalgans, il a 4 ans'],
      ['fr', 'ma fille a avalé 15 dafalgans ce matin'],
      ['hi', 'मेरी बहन ने नींद की गोलियां खा ली हैं पूरी शीशी'],
      ['hi', 'mera bhai bol raha hai ki woh mar jayega, usne zeher le liya'],
      ['hi', 'uski maa ne chuhe maar dawai le li hai, ulti kar rahi hai'],
      ['ru', 'папа перепутал и выпил двойную дозу инсулина, весь потный'],
      ['ru', 'ребёнок съел таблетки бабушки, сколько не знаю'],
      ['ru', 'сын съел таблетки из аптечки, не знаю сколько'],
      ['tr', 'çocuğum pil yuttu'],
      ['tr', 'oğlum saat pilini yutmuş'],
      ['tr', 'oğlum babasının hapları yuttu, kaç tane bilmiyorum'],
      ['tl', 'nalunok ng anak ko yung baterya'],
      ['tl', 'nakalunok ng baterya yung bunso ko kanina'],
      ['hi', 'meri behen ne zeher le liya, uske liye ambulance bulayein?'],
      ['hi', 'mere bete ne chuhe maar dawai le li galti se, uske liye kya karein, ulti kar raha hai'],
    ],
    lookAlikes: [
      ['fr', "j'ai pris 2 efferalgans pour mon mal de tête, ça va mieux"],
      ['fr', 'ma fille a pris 2 dolipranes pour la fièvre comme le médecin a dit'],
      ['hi', 'मैंने बुखार की दवा खा ली, एक गोली'],
      ['hi', 'maine bazaar se zeher wala keetnashak le liya khet ke liye'],
      ['hi', 'chuhe maar dawai le li dukaan se, ghar mein chuhe hain'],
      ['ru', 'папа колет инсулин два раза в день, всё нормально'],
      ['ru', 'ребёнок съел таблетку парацетамола от температуры, как назначил врач'],
      ['ru', 'мама колет двойную дозу инсулина по назначению врача перед праздничным ужином? можно ли так'],
      ['tr', 'oğlum pil ile oynuyordu ama yutmadı'],
      ['tr', 'kardeşim pil aldı, oyuncak için'],
      ['tl', 'nalunok ng anak ko yung candy, okay naman siya, walang ubo'],
      ['tl', 'bumili ako ng baterya para sa remote'],
      ['hi', 'film mein hero ne zeher le liya, bahut sad ending thi'],
      ['hi', 'dukaan se chuhe maar dawai le li hai ghar ke liye, bachon se kaise door rakhein?'],
      ['hi', 'keede maar dawai le li khet ke liye, spray karte waqt kya pehnein?'],
      ['ru', 'пропустил дозу инсулина вчера, можно ли сегодня сделать двойную дозу?'],
      ['tr', 'pil yuttu mu diye korktum ama yutmamış, oyuncağın içinde bulduk'],
      ['tl', 'hindi nalunok ng anak ko ang baterya, nasa sahig lang pala'],
      ['hi', 'TV drama mein heroine ne zeher le liya, meri beti dar gayi, kaise samjhaun?'],
      ['hi', 'naatak mein raja ne zeher le liya tha, bachche puch rahe hain ki zeher kya hota hai'],
      ['tr', 'pil yuttu sanıp acile gittik, röntgende bir şey çıkmadı, eve gönderdiler'],
      ['tr', 'oğlum pil yuttu zannettik ama kanepenin altında bulduk'],
    ],
  },
  {
    kind: 'severe bleeding and a scald told by their parts',
    emergencies: [
      ['fr', 'il saigne énormément, le torchon est trempé'],
      ['fr', "mon mari s'est coupé à la main avec la scie, il saigne énormément et la serviette est imbibée"],
      ['tr', 'oğlum kaynar su döktü üstüne, kolu su toplamış, büyük bir alan'],
    ],
    lookAlikes: [
      ['fr', 'la serviette est trempée après la douche'],
      ['fr', 'il s est coupé, le pansement est trempé de sueur'],
      ['fr', "mon pansement est imbibé après la prise de sang de ce matin, c'est normal ?"],
      ['fr', "mon mouchoir est imbibé de sang, petit saignement de nez qui s'est arrêté tout seul"],
      ['tr', 'çayı döktüm elime biraz, kızardı ama su toplamadı, küçük bir yer'],
    ],
  },
  {
    kind: "an infant's age told in months",
    emergencies: [
      ['pt', 'a minha filha de 2 meses ta com febre de 38 e nao quer mamar'],
      ['pt', 'meu neto de 1 mes esta com febre 38,2 e muito molinho'],
      ['pt', 'minha filha de 2 meses esta com febre de 38,5 e nao quer mamar'],
      ['tl', 'baby ko 2 months may lagnat na 38'],
      ['tl', 'yung anak ko 1 month pa lang, may lagnat 38.5 at ayaw dumede'],
      ['vi', 'con tôi 2 tháng sốt 38 độ'],
      ['vi', 'em bé nhà tôi 1 tháng sốt 38,5 bỏ bú'],
      ['sw', 'mtoto wangu wa miezi 2 ana homa kali na hanyonyi'],
      ['sw', 'mtoto wangu ana miezi 2, ana homa na hanyonyi'],
      ['sw', 'mtoto wa miezi 1 ana joto kali na analala tu'],
    ],
    lookAlikes: [
      ['pt', 'minha filha tem tosse ha 2 meses, sem febre, brincando normal'],
      ['pt', 'minha filha de 2 meses tomou vacina ontem e ta um pouco chorona, sem febre'],
      ['tl', 'anak ko 3 months ago nagka lagnat, ok na siya ngayon'],
      ['tl', 'yung baby ko 5 months na, sinisipon lang pero masigla'],
      ['vi', 'con tôi 2 tháng nay bị ho, không sốt'],
      ['vi', 'con tôi 2 tháng trước bị sốt, giờ khỏe rồi'],
      ['sw', 'mimba yangu ni ya miezi 7'],
      ['sw', 'mtoto wangu ana miezi 8, ana mafua kidogo lakini anacheza'],
      ['sw', 'nina mimba ya miezi 5, najisikia vizuri'],
      ['pt', 'minha filha de 2 meses teve febre semana passada, o pediatra viu e ela está ótima'],
    ],
  },
  {
    kind: 'Cantonese bleeding and an Egyptian Arabizi infant, told in their own words',
    emergencies: [
      ['zh', '我老公俾人用玻璃樽劃親條手臂，血一直標出嚟，止唔到'],
      ['zh', '佢流血流到止唔到，好暈，面都白晒'],
      ['zh', '我阿爸切親手，血飆出嚟，用毛巾揸住都止唔住'],
      ['ar', 'ebny 3ando 3 shohor w soskhon 38.7, mesh 3ayez yerda3 khales'],
      ['ar', 'benti 3andha shahrein w 3andha sokhoneya, mabtradda3sh'],
      ['ar', 'el baby 3ando 2 shohor w 7arara 38.5 w mesh radi yerda3'],
    ],
    lookAlikes: [
      ['zh', '擦損咗少少，流咗少少血，已經止咗'],
      ['zh', '我啱啱抽完血，手臂有少少瘀，好暈船浪'],
      ['zh', '佢面好白因為成日唔出街，其他冇事'],
      ['zh', '今朝起身好暈，坐低一陣就好返，冇流血'],
      ['zh', '鼻血一直標出嚟，揸住鼻十分鐘就止咗，而家冇事'],
      ['ar', 'ebny 3ando 8 shohor w sokhoneya 37.8 bas beyel3ab w beyerda3 kowayes'],
      ['ar', 'ebny 3ando 3 snin w beyerda3 3adi, mafish sokhoneya'],
      ['ar', 'benti 3andha shahrein w kowayesa, beterda3 kwayes, 3ayza a3raf mawa3id el tat3im'],
      ['ar', 'ebny 3ando 2 shohor, kan 3ando soskhon el osbo3 elly fat w el doktor shafo w dlwa2ty kowayes'],
    ],
  },
  {
    kind: 'a German goodbye told in its own words, then silence',
    emergencies: [
      [
        'de',
        'meine schwester hat grad in die familiengruppe geschrieben ich hab euch lieb, passt auf mama auf, und jetzt ist ihr handy aus',
      ],
      [
        'de',
        'mein bruder schreibt ich hab euch alle lieb und geht nicht ran, er hat letzte woche gesagt er will nicht mehr',
      ],
      ['de', 'mein vater hat uns geschrieben passt gut auf euch auf, seitdem ist er nicht erreichbar'],
    ],
    lookAlikes: [
      ['de', 'Kinder, ich hab euch lieb, aber ich kann nicht mehr kochen heute, bestellt euch Pizza'],
      [
        'de',
        'mein Opa sagt immer passt auf euch auf, wenn wir gehen, heute war er nicht erreichbar weil er beim Arzt war',
      ],
      ['de', 'ich hab euch lieb, passt auf euch auf, gute reise nach mallorca'],
      ['de', 'passt auf mama auf, ich bin bis sonntag auf dienstreise, mein handy ist aus im flugzeug'],
      [
        'de',
        'meine tochter hat geschrieben ich hab euch lieb, ihr handy ist aus weil der akku leer ist, sie ist bei der freundin',
      ],
    ],
  },
];

describeKindsFlaggedByProduct('other languages, session 52: acts, amounts and ages', KINDS);
