import { EmergencyTriage } from '../../emergency-triage.js';

const triage = new EmergencyTriage();

/**
 * Issue 11: the red flags of the triage's categories told in the other registers of each language (Latin-American
 * and European Spanish and Portuguese, familiar French and Italian, German with its verb last, Gulf, Egyptian and
 * Levantine Arabic, Hinglish, colloquial Chinese and Russian, Tagalog), in past and third-person forms and typed
 * without accents; beside them, the same words in an ordinary message (a small burn, a bee sting on the hand, a
 * sleeping pill taken as prescribed). Written from the protocols' discriminators before the lexicons were widened.
 */
const REGISTERS: ReadonlyArray<
  readonly [language: string, emergencies: readonly string[], lookAlikes: readonly string[]]
> = [
  [
    'Spanish',
    [
      'a mi papa se le durmio medio cuerpo y habla raro',
      'mi mamá no puede levantar el brazo derecho y se le cae la baba',
      'mi niño se puso morado y no respira',
      'al bebe le cuesta respirar, se le hunde la panza y el pecho',
      'mi esposo se desvanecio y no reacciona',
      'le dio un ataque y sigue convulsionando',
      'se trago un monton de pastillas de su abuela',
      'mi hijo se bebio la lejia',
      'me quiero suicidar, ya tengo la cuerda',
      'me voy a tirar del puente',
      'siento una opresion en el pecho que se me va a la mandibula',
      'estoy de 8 meses y estoy sangrando un montón',
      'mi bebe de un mes tiene calentura',
      'se cayó de la escalera, se golpeó la cabeza y no para de vomitar',
      'se quemó con agua hirviendo todo el brazo y el pecho',
      'le picó una avispa y se le está hinchando la cara y la lengua',
      'tiene el cuello tieso y fiebre muy alta',
      'le sale sangre a borbotones de la pierna',
      'mi hijo tiene un dolor horrible en los huevos y vomita',
      'tiene la glucosa en 500 y está muy confundido',
      'me duele la panza horrible, la tengo dura como una tabla',
    ],
    [
      'me duele la cabeza desde ayer, nada grave',
      'se me durmió la pierna por estar sentado mucho rato, ya se me pasó',
      'mi hijo se golpeo la cabeza pero esta jugando normal y no vomito',
      'me tomé una pastilla para dormir anoche, ¿es malo?',
      'se quemó un dedo con agua hirviendo, tiene una ampolla pequeña',
      'mi bebé de un mes tiene mocos pero come bien y no tiene fiebre',
    ],
  ],
  [
    'Portuguese',
    [
      'meu pai tá com o lado direito do rosto caído e a fala enrolada',
      'minha filha tá sem respirar, tá ficando roxa',
      'meu marido desmaiou e não responde',
      'ele tá tendo convulsão faz 10 minutos',
      'meu filho bebeu água sanitária',
      'tomei uma cartela inteira de remédio pra dormir',
      'eu vou me matar hoje',
      'tô sentindo um aperto no peito que vai pro braço esquerdo',
      'estou grávida de 7 meses e a sangrar muito',
      'o bebé de 5 semanas tem febre',
      'caiu de moto, bateu a cabeça e tá vomitando',
      'queimou o braço todo com óleo quente',
      'foi picado por uma abelha e tá com a garganta fechando',
      'tá com o pescoço duro e febre alta',
      'o sangue não para de jorrar da perna',
    ],
    [
      'tive falta de ar ontem, mas hoje tô ótima',
      'meu filho bateu a cabeça mas tá brincando normal',
      'queimei o dedo com óleo quente, fez uma bolhinha',
      'tomei um remédio pra dormir ontem, posso tomar hoje de novo?',
    ],
  ],
  [
    'French',
    [
      "ma mère a la bouche qui tombe d'un côté et elle parle bizarre",
      'mon bébé respire mal, il a les côtes qui se creusent',
      'mon père est tombé dans les pommes et il ne se réveille pas',
      'il convulse depuis 5 minutes',
      "mon fils a bu de l'eau de javel",
      "j'ai avalé une boîte de somnifères",
      "je vais me foutre en l'air ce soir",
      "j'ai une douleur qui serre la poitrine et qui irradie dans la mâchoire",
      'enceinte de 7 mois, je perds beaucoup de sang',
      "il s'est brûlé avec de l'eau bouillante sur tout le torse",
      'elle a été piquée par une guêpe et sa gorge gonfle',
      'il a la nuque raide et beaucoup de fièvre',
      "ça pisse le sang, ça s'arrête pas",
    ],
    [
      "j'ai mal à la gorge depuis trois jours",
      "il s'est cogné la tête mais il joue normalement",
      "je me suis brûlé le doigt avec de l'eau bouillante, petite cloque",
      'je prends un somnifère le soir, est-ce dangereux ?',
    ],
  ],
  [
    'Italian',
    [
      'mia madre ha la bocca storta e parla in modo strano',
      'il bambino respira male e gli si vedono le costole',
      'mio padre è svenuto e non risponde',
      'ha le convulsioni da dieci minuti',
      'mio figlio ha bevuto la candeggina',
      'ho preso tutte le pastiglie per dormire',
      'mi voglio ammazzare',
      'ho un dolore al petto che mi stringe e va al braccio sinistro',
      'sono incinta di 7 mesi e perdo tanto sangue',
      "si è ustionato con l'acqua bollente, tutto il petto e le braccia",
      "l'ha punto un'ape e gli si gonfia la gola",
      'ha il collo rigido e la febbre alta',
    ],
    [
      "ho un po' di mal di gola",
      "mi sono scottato un dito con l'acqua bollente",
      'prendo le gocce per dormire da anni',
    ],
  ],
  [
    'German',
    [
      'mein Vater kann plötzlich nicht mehr richtig sprechen und sein Mundwinkel hängt',
      'mein Baby atmet ganz schwer und die Lippen sind blau',
      'meine Mutter ist bewusstlos und wacht nicht auf',
      'er krampft seit 5 Minuten',
      'mein Sohn hat Putzmittel getrunken',
      'ich habe alle meine Schlaftabletten genommen',
      'ich will mich umbringen',
      'ich habe ein Engegefühl in der Brust, das in den linken Arm ausstrahlt',
      'ich bin in der 30. Woche schwanger und blute stark',
      'er hat sich mit kochendem Wasser verbrüht, der ganze Arm',
      'nach einem Wespenstich schwillt ihr Hals zu',
      'er hat hohes Fieber und einen steifen Nacken',
    ],
    [
      'ich habe seit gestern Halsschmerzen',
      'ich habe mir den Finger mit heißem Wasser verbrüht, kleine Blase',
      'ich nehme seit Jahren Schlaftabletten, ist das schlimm?',
    ],
  ],
  [
    'Arabic',
    [
      'ابوي وجهه مايل وما يقدر يتكلم',
      'بنتي ما تقدر تتنفس وشفايفها زرقا',
      'جوزي اغمى عليه ومش بيرد',
      'ابني عم يتشنج من عشر دقايق',
      'ابني شرب كلور',
      'بلعت علبة حبوب كاملة',
      'بدي انتحر',
      'عندي وجع بصدري نازل على ايدي الشمال',
      'انا حامل بالشهر السابع وعم ينزل مني دم كتير',
      'انحرق بالمي المغلية، كل صدره وايده',
      'قرصته نحلة ووجهه عم ينفخ',
      'رقبته ناشفة وحرارته عالية',
    ],
    ['عندي صداع خفيف من امبارح', 'انحرق اصبعي شوي بالمي السخنة', 'قرصته نحلة بايده وصار في احمرار بسيط بس'],
  ],
  [
    'Hindi (either script)',
    [
      'papa ka ek taraf ka chehra latak gaya hai aur bol nahi pa rahe',
      'bachhe ko saans lene mein bahut dikkat ho rahi hai, hoth neele pad gaye',
      'mummy behosh ho gayi hain, uth nahi rahi',
      'bete ko jhatke aa rahe hain 10 minute se',
      'bachhe ne phenyl pee liya',
      'maine neend ki saari goliyan kha li',
      'main khudkushi karna chahta hoon',
      'seene mein bahut dard ho raha hai, baayein haath tak ja raha hai',
      'meri wife 7 mahine pregnant hai aur bahut khoon aa raha hai',
      'garam paani se poora haath aur pet jal gaya',
      'madhumakhi ne kaata aur gala band ho raha hai',
      'gardan akad gayi hai aur tez bukhar hai',
      'बच्चे को सांस लेने में बहुत दिक्कत हो रही है',
      'पापा का चेहरा एक तरफ लटक गया है',
    ],
    [
      'thoda sa sar dard hai kal se',
      'ungli garam paani se thodi jal gayi',
      'madhumakhi ne haath pe kaata, thoda sujan hai',
    ],
  ],
  [
    'Chinese',
    [
      '我爸突然嘴歪了，说话说不清楚',
      '孩子喘不上气，嘴唇发紫',
      '我妈晕过去了，叫不醒',
      '孩子抽搐了十分钟',
      '孩子喝了消毒水',
      '我吃了一整瓶安眠药',
      '我不想活了，准备跳楼',
      '胸口像压了块大石头，痛到左手臂',
      '怀孕七个月，流了很多血',
      '被开水烫伤了，整个手臂起泡',
      '被蜜蜂蛰了，喉咙肿起来了',
      '脖子硬，发高烧',
    ],
    ['有点头疼，昨天开始的', '手指被开水烫了一下，有点红', '被蜜蜂蛰了一下，手有点肿'],
  ],
  [
    'Russian',
    [
      'у папы перекосило лицо и он не может говорить',
      'ребенок задыхается, губы синие',
      'мама потеряла сознание и не приходит в себя',
      'у сына судороги уже 10 минут',
      'ребенок выпил отбеливатель',
      'я выпила всю пачку снотворного',
      'я хочу покончить с собой',
      'давит в груди и отдает в левую руку',
      'беременна 30 недель, сильное кровотечение',
      'обварился кипятком, вся рука в пузырях',
      'укусила оса, отекает горло',
      'ригидность затылка и температура 40',
    ],
    ['немного болит горло', 'обжёг палец кипятком, маленький пузырь', 'пчела укусила в руку, немного опухло'],
  ],
  [
    'Tagalog',
    [
      'nakalunok ng maraming gamot ang kapatid ko',
      'ang anak ko ay nangingitim ang labi at hirap huminga',
      'biglang tumabingi ang mukha ni lola at hindi makapagsalita',
      'nagkokombulsyon ang baby ko',
      'gusto ko nang magpakamatay',
      'masakit ang dibdib ko parang dinadaganan',
      'buntis ako 7 months at dinudugo ako ng marami',
      'napaso ng kumukulong tubig ang buong braso at dibdib niya',
    ],
    ['medyo masakit ang ulo ko kahapon pa', 'napaso ng mainit na tubig ang daliri ko, konting pula lang'],
  ],
  [
    'Vietnamese',
    [
      'bố tôi bị méo miệng, nói ngọng',
      'con tôi khó thở, môi tím tái',
      'mẹ tôi ngất xỉu không tỉnh',
      'con tôi bị co giật 10 phút rồi',
      'tôi muốn tự tử',
      'đau thắt ngực lan ra tay trái',
      'tôi có thai 7 tháng bị ra máu nhiều',
    ],
    ['tôi hơi đau họng'],
  ],
];

describe.each(REGISTERS)('EmergencyTriage reads %s in its registers', (_language, emergencies, lookAlikes) => {
  it.each(emergencies)('an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each(lookAlikes)('no emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
