import { EmergencyTriage } from '../../emergency-triage.js';

const triage = new EmergencyTriage();

/**
 * Probes written from the protocols' red flags (MTS, NHS 111, Schmitt-Thompson, WHO IMCI danger signs,
 * BE-FAST, NICE NG143 / NG51) as people type them in each language, before any labelled set in these
 * languages was read; beside each emergency, look-alikes that are none: a negation, a question of what to
 * do if, an episode long past, a finding ordinary in its context, a mild fever in a child who plays.
 * (The Korean, Japanese, Polish, Turkish, Persian and Urdu probes were written with their lexicons, late in
 * session 31, from the same red flags; development-18 holds three emergencies of each.)
 */
const PROBES: ReadonlyArray<
  readonly [language: string, emergencies: readonly string[], lookAlikes: readonly string[]]
> = [
  [
    'Spanish',
    [
      'mi hijo no puede respirar y tiene los labios morados',
      'Me duele mucho el pecho desde hace 30 minutos, se me va al brazo izquierdo y estoy sudando frío',
      'mi papá tiene la boca torcida de repente y no puede hablar bien',
      'mi bebé de 6 semanas tiene fiebre de 38.5',
      'mi abuela se desmayó y no responde',
      'mi hija está convulsionando desde hace 10 minutos',
      'se tomó todas las pastillas de su mamá',
      'quiero matarme, ya no aguanto',
      'estoy embarazada de 30 semanas y estoy sangrando mucho',
      'mi hijo tiene fiebre, el cuello rigido y manchas que no desaparecen al presionar con un vaso',
      'vomitando sangre desde la mañana',
      'se le esta cerrando la garganta despues de comer cacahuate',
    ],
    [
      'mi hijo no tiene fiebre ni problemas para respirar, solo tos',
      '¿qué hago si mi hijo tiene una convulsión?',
      'el año pasado tuvo una convulsión y desde entonces está bien',
      'me duele el pecho cuando toso desde hace una semana',
      '¿cuáles son los síntomas de un derrame cerebral?',
      'mi hija tiene 3 años y tiene fiebre de 38 pero juega y come bien',
      'tomé una pastilla de ibuprofeno para el dolor de cabeza, ¿puedo tomar otra?',
      'estoy embarazada de 12 semanas, ¿puedo tomar paracetamol?',
      'mi bebé no tiene manchas ni fiebre, solo mocos',
      'me falta el aire cuando subo las escaleras desde hace meses',
      'tuve dolor de pecho hace dos años y el médico dijo que era ansiedad',
      'mi papá se desmayó hace cinco años por calor, ¿es hereditario?',
    ],
  ],
  [
    'Spanish mixed with English',
    [
      'my mom no puede respirar please help',
      'help my son está convulsionando right now',
      'mi esposo has chest pain y está sudando mucho',
      'my baby tiene 1 mes y tiene fiebre',
    ],
    [
      'my mom tiene tos for two days, no fever',
      'mi hijo has a runny nose, no tiene fiebre',
      'what do I do si mi hijo tiene fiebre alta?',
      'mi abuela had a stroke hace diez años, now she is fine',
    ],
  ],
  [
    'Portuguese',
    [
      'meu filho não consegue respirar e os lábios estão roxos',
      'estou com uma dor forte no peito há 40 minutos e suando frio',
      'minha mãe está com a boca torta e não consegue falar',
      'meu bebê de 1 mês está com febre',
      'meu pai desmaiou e não acorda',
      'minha filha está tendo uma convulsão',
      'ela tomou todos os comprimidos da caixa',
      'eu quero morrer, vou me matar',
      'estou grávida de 28 semanas e sangrando muito',
      'nao consigo respirar',
    ],
    [
      'meu filho não tem febre e está respirando bem',
      'o que fazer se alguém tiver uma convulsão?',
      'ele teve uma convulsão quando era criança',
      'dor no peito quando tusso há uma semana',
      'quais são os sintomas de um AVC?',
      'minha filha tem 4 anos e está com febre de 38 mas brincando normal',
      'estou grávida de 10 semanas, posso tomar dipirona?',
      'fico com falta de ar quando subo escada há meses',
      'meu pai teve um infarto há 10 anos e hoje está bem',
      'tomei um comprimido de paracetamol, posso tomar outro?',
    ],
  ],
  [
    'French',
    [
      "mon fils n'arrive pas à respirer et ses lèvres sont bleues",
      "j'ai une douleur dans la poitrine depuis 30 minutes qui descend dans le bras gauche et je transpire",
      'ma mère a la bouche de travers et elle ne peut plus parler',
      'mon bébé de 2 mois a de la fièvre',
      'mon mari ne se réveille pas',
      'ma fille fait une crise de convulsions',
      'elle a avalé toutes ses pilules',
      'je veux mourir, je vais me tuer',
      'je suis enceinte de 30 semaines et je saigne beaucoup',
      'il a fait un malaise et ne répond plus',
    ],
    [
      "mon fils n'a pas de fièvre et respire bien",
      "que faire si quelqu'un fait une crise d'épilepsie ?",
      "il a fait une convulsion quand il était petit, l'année dernière rien",
      "j'ai mal à la poitrine quand je tousse depuis une semaine",
      "quels sont les symptômes d'un AVC ?",
      'ma fille a 5 ans et un peu de fièvre mais elle joue',
      'je suis enceinte de 8 semaines, est-ce que je peux prendre du doliprane ?',
      'je suis essoufflé quand je monte les escaliers depuis des mois',
      "j'ai eu une douleur thoracique il y a deux ans, c'était le stress",
      "j'ai pris un comprimé de paracétamol, je peux en prendre un autre ?",
    ],
  ],
  [
    'German',
    [
      'mein Sohn bekommt keine Luft und hat blaue Lippen',
      'ich habe seit 30 Minuten starke Brustschmerzen, die in den linken Arm ziehen, und ich schwitze',
      'meine Mutter hat einen hängenden Mundwinkel und kann nicht sprechen',
      'mein Baby ist 6 Wochen alt und hat Fieber',
      'mein Vater ist bewusstlos',
      'meine Tochter hat einen Krampfanfall',
      'ich will nicht mehr leben, ich bringe mich um',
      'ich bin schwanger in der 30. Woche und blute stark',
    ],
    [
      'mein Sohn hat kein Fieber und atmet normal',
      'was tun, wenn jemand einen Krampfanfall hat?',
      'er hatte als Kind einen Fieberkrampf',
      'ich habe Schmerzen in der Brust beim Husten seit einer Woche',
      'was sind die Symptome eines Schlaganfalls?',
      'meine Tochter ist 4 Jahre alt und hat leichtes Fieber, spielt aber',
      'ich bin in der 9. Woche schwanger, darf ich Ibuprofen nehmen?',
      'ich bin kurzatmig beim Treppensteigen seit Monaten',
    ],
  ],
  [
    'Italian',
    [
      'mio figlio non riesce a respirare e ha le labbra blu',
      "ho un forte dolore al petto da mezz'ora e sto sudando freddo",
      'mia madre ha la bocca storta e non riesce a parlare',
      'il mio bambino di 1 mese ha la febbre',
      'mio padre è svenuto e non si sveglia',
      'voglio morire, mi voglio ammazzare',
    ],
    [
      'mio figlio non ha febbre e respira bene',
      'cosa fare se qualcuno ha una crisi epilettica?',
      'ho mal di petto quando tossisco da una settimana',
      'quali sono i sintomi di un ictus?',
      "mia figlia ha 6 anni e un po' di febbre ma gioca",
      "l'anno scorso ha avuto una convulsione, ora sta bene",
    ],
  ],
  [
    'Tagalog and Taglish',
    [
      'hindi makahinga ang anak ko',
      'masakit ang dibdib ko at pinagpapawisan ako ng malamig',
      'yung lola ko biglang tumabingi ang mukha at hindi makapagsalita',
      'nagkokombulsyon ang anak ko',
      'ininom niya lahat ng gamot',
      'gusto ko nang mamatay',
      'walang malay ang tatay ko',
      'my baby is 1 month old at may lagnat',
    ],
    [
      'walang lagnat ang anak ko, ubo lang',
      'ano ang gagawin kung may kombulsyon ang bata?',
      'masakit ang dibdib ko kapag umuubo ako isang linggo na',
      'nagkaroon siya ng kombulsyon noong bata pa siya',
      'ano ang sintomas ng stroke?',
      'may sipon at konting lagnat ang anak ko pero naglalaro naman',
      'hinihingal ako pag umaakyat ng hagdan',
      'uminom ako ng isang paracetamol, pwede pa ba uminom ulit?',
    ],
  ],
  [
    'Vietnamese',
    [
      'con tôi không thở được, môi tím tái',
      'tôi bị đau ngực dữ dội và vã mồ hôi lạnh',
      'bố tôi bị méo miệng và không nói được',
      'con tôi đang bị co giật',
      'mẹ tôi bất tỉnh',
      'tôi muốn chết',
      'em bé 1 tháng tuổi bị sốt',
      'toi khong tho duoc',
    ],
    [
      'con tôi không bị sốt, chỉ ho',
      'phải làm gì nếu ai đó bị co giật?',
      'năm ngoái cháu bị co giật một lần, giờ khỏe rồi',
      'tôi bị đau ngực khi ho một tuần nay',
      'triệu chứng của đột quỵ là gì?',
      'con gái tôi 5 tuổi sốt nhẹ nhưng vẫn chơi',
      'tôi khó thở khi leo cầu thang mấy tháng nay',
      'tôi uống một viên paracetamol, có thể uống thêm không?',
    ],
  ],
  [
    'Chinese',
    [
      '我儿子喘不过气，嘴唇发紫',
      '我胸口剧痛半个小时了，出冷汗',
      '我爸爸嘴歪了，说不出话',
      '我女儿在抽搐',
      '我妈妈昏迷了，叫不醒',
      '我不想活了，想自杀',
      '我怀孕30周，大量出血',
      '宝宝两个月大，发烧了',
    ],
    [
      '我儿子没有发烧，只是咳嗽',
      '如果有人抽搐应该怎么办？',
      '他小时候抽搐过一次',
      '咳嗽的时候胸口疼，已经一个星期了',
      '中风有什么症状？',
      '我女儿五岁，有点发烧，但是在玩',
      '爬楼梯的时候有点喘，几个月了',
      '我吃了一片布洛芬，还能再吃吗？',
    ],
  ],
  [
    'Arabic',
    [
      'ابني لا يستطيع التنفس وشفتاه زرقاوان',
      'عندي ألم شديد في الصدر منذ نصف ساعة وأعرق',
      'أبي فمه مائل ولا يستطيع الكلام',
      'ابنتي عندها تشنجات الآن',
      'أمي فاقدة الوعي',
      'أريد أن أموت، سأقتل نفسي',
      'أنا حامل وعندي نزيف شديد',
    ],
    [
      'ابني ليس عنده حرارة، فقط سعال',
      'ماذا أفعل إذا أصيب شخص بتشنج؟',
      'عندي ألم في الصدر عندما أسعل منذ أسبوع',
      'ما هي أعراض الجلطة الدماغية؟',
      'ابنتي عمرها خمس سنوات وعندها حرارة خفيفة لكنها تلعب',
      'أنا حامل في الأسبوع العاشر، هل يمكنني أخذ باراسيتامول؟',
      'أصيب بتشنج عندما كان طفلا',
    ],
  ],
  [
    'Hindi (Devanagari and romanised)',
    [
      'मेरे बेटे को सांस नहीं आ रही है',
      'मेरे सीने में बहुत तेज दर्द है और पसीना आ रहा है',
      'मेरी माँ का मुंह टेढ़ा हो गया है और वो बोल नहीं पा रही',
      'मेरा बेटा बेहोश है',
      'मैं मरना चाहता हूं',
      'mere bete ko saans nahi aa rahi',
      'papa ke seene mein bahut dard ho raha hai aur paseena aa raha hai',
      'meri beti ko daure pad rahe hain',
      'mummy behosh ho gayi hai',
      'main marna chahta hoon',
    ],
    [
      'मेरे बेटे को बुखार नहीं है, बस खांसी है',
      'अगर किसी को दौरा पड़े तो क्या करें?',
      'खांसते समय सीने में दर्द होता है, एक हफ्ते से',
      'mere bete ko bukhar nahi hai, bas khansi hai',
      'agar kisi ko daura pade to kya karein?',
      'khansi karte waqt seene mein dard hota hai ek hafte se',
      'stroke ke lakshan kya hain?',
      'meri beti 5 saal ki hai, halka bukhar hai par khel rahi hai',
      'seedhi chadhte waqt saans phoolti hai kai mahino se',
      'bachpan mein use daura pada tha',
    ],
  ],
  [
    'Russian',
    [
      'мой сын не может дышать, губы синие',
      'у меня сильная боль в груди уже полчаса и холодный пот',
      'у мамы перекосило лицо и она не может говорить',
      'у дочки судороги',
      'папа потерял сознание',
      'я хочу умереть, покончить с собой',
      'ребенку 1 месяц, у него температура',
    ],
    [
      'у сына нет температуры, только кашель',
      'что делать, если у человека судороги?',
      'болит грудь когда кашляю, уже неделю',
      'какие симптомы инсульта?',
      'у дочки небольшая температура, но она играет',
      'одышка при подъеме по лестнице уже несколько месяцев',
      'в детстве у него были судороги',
    ],
  ],
  [
    'Korean',
    [
      '아버지가 가슴이 너무 아프고 식은땀을 흘려요',
      '아이가 숨을 못 쉬어요 입술이 파래요',
      '엄마가 갑자기 말을 못 하고 입이 돌아갔어요',
    ],
    ['아이가 열이 없고 기침만 해요', '만약 누가 경련을 하면 어떻게 해야 하나요?', '어렸을 때 경련을 한 번 했어요'],
  ],
  [
    'Japanese',
    [
      '父が胸が痛いと言って冷や汗をかいています',
      '赤ちゃんが息ができないみたいで唇が紫です',
      '母が急にろれつが回らない',
    ],
    [
      '子供は熱がありません、咳だけです',
      'もし誰かがけいれんしたらどうすればいいですか',
      '子供の頃にけいれんがありました',
    ],
  ],
  [
    'Polish',
    [
      'mój tata ma ból w klatce piersiowej od pół godziny i zimny pot',
      'mój syn nie może oddychać, ma sine usta',
      'mama nagle nie może mówić i ma krzywą twarz',
    ],
    ['mój syn nie ma gorączki, tylko kaszel', 'co robić, jeśli ktoś ma drgawki?', 'w dzieciństwie miał drgawki raz'],
  ],
  [
    'Turkish',
    [
      'babamın göğüs ağrısı var ve soğuk terleme oluyor',
      'oğlum nefes alamıyor, dudakları morarmış',
      'annemin ağzı kaydı ve konuşamıyor',
    ],
    ['oğlumun ateşi yok, sadece öksürük var', 'biri nöbet geçirirse ne yapmalıyım?', 'çocukken bir kez havale geçirdi'],
  ],
  [
    'Persian',
    ['پدرم درد قفسه سینه دارد و عرق سرد کرده', 'پسرم نفس نمیتونه بکشه، لبهاش کبود شده', 'مادرم بیهوش شده'],
    ['پسرم تب نداره، فقط سرفه میکنه', 'اگر کسی تشنج کرد چکار کنم؟', 'بچه که بود یک بار تشنج کرد'],
  ],
  [
    'Urdu',
    [
      'میرے ابو کے سینے میں شدید درد ہے اور ٹھنڈا پسینہ آ رہا ہے',
      'میرے بیٹے کو سانس نہیں آ رہی',
      'میری امی بے ہوش ہو گئی ہیں',
    ],
    ['میرے بیٹے کو بخار نہیں، صرف کھانسی ہے', 'اگر کسی کو دورہ پڑے تو کیا کریں؟', 'بچپن میں ایک بار دورہ پڑا تھا'],
  ],
];

describe.each(PROBES)('EmergencyTriage reads %s', (_language, emergencies, lookAlikes) => {
  it.each(emergencies)('an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each(lookAlikes)('no emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
