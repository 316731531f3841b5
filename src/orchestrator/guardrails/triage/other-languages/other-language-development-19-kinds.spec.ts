import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * The kinds development-19 (session 33) showed the lexicons still missing, each written again in the ways
 * people tell it across the languages (own sentences, not the set's): the third person and the future of a
 * plan, the means in hand, dialect and regional forms (Egyptian and Levantine Arabic, Swiss and Austrian
 * German, Cebuano-flavoured Tagalog, Bhojpuri-flavoured Hindi), speech that makes no sense, hard to wake.
 * Written before the lexicons were changed for them.
 */
const KINDS: TriageProbeTable = [
  [
    'a suicide plan told in the third person or the future, or with the means in hand',
    [
      'mi hermana dice que se va a tirar del puente esta noche',
      'tengo el veneno en la mano y esta noche me lo tomo',
      'ela disse que vai se matar hoje',
      'meu irmão falou que vai se jogar do prédio',
      "j'ai acheté une corde, c'est pour cette nuit",
      'il a dit qu’il allait se jeter du pont',
      'er hat gesagt, dass er sich umbringen will',
      'sie will sich heute umbringen und hat Tabletten gesammelt',
      'он написал, что сегодня прыгнет с крыши',
      'она сказала, что покончит с собой',
      '她说今晚要从楼上跳下去',
      '我攒了很多安眠药，打算今晚全部吃掉',
      'جبت شفرات وقاعد بالحمام وما بدي عيش',
      'قال إنه رح يرمي حاله من البلكونة',
      '한강에 가서 뛰어내릴 거예요',
    ],
    [
      'mi hermana se va a tirar al agua en la piscina',
      'я сегодня прыгну с парашютом, первый раз!',
      '今晚打算把作业全部写完',
    ],
  ],
  [
    'not responding, hard to wake, told in dialect or a clinical register',
    [
      'die Oma is net ansprechbar und reagiert auf nix',
      'er reagiert auf nichts mehr',
      'si lolo dili na mo respond',
      'babam uyanmıyor, gözlerini açmıyor',
      'с трудом пробуждается после удара головой',
      'ha battuto la testa e ora fa fatica a stare sveglio',
      'ne répond ni à la voix ni à la douleur',
    ],
    [
      'mein Sohn reagiert nicht auf meine Nachrichten, er ist beleidigt',
      'il mio bimbo fa fatica a stare sveglio la sera, è normale?',
    ],
  ],
  [
    'bleeding that will not stop, in Egyptian Arabic and Bhojpuri-flavoured Hindi',
    ['الدم بيطرش من إيده ومش عايز يقف', 'الدم بيشخب من رجله', 'khoon rukat nahi ba', 'khoon band nahi ho raha hai'],
    ['الدم وقف خلاص بعد ما ضغطنا عليه'],
  ],
  [
    'speech that makes no sense or mixes words, with a face or an arm',
    [
      'habla como enredado y no puede levantar el brazo',
      'de repente no le entendemos lo que habla y se le cae la cara de un lado',
      'ses mots ne font pas de sens et elle a la bouche croche',
      'путает слова, и рука не держит',
      'fala tudo embolado e a boca ficou torta',
    ],
    ['mi hijo de 2 años habla enredado todavía, es normal?'],
  ],
  [
    'a seizure still going, told by its duration in other words',
    [
      'está caído se debatendo todo já faz uns cinco minutos e não para',
      'crisi tonico-clonica in corso da oltre 5 minuti',
      'بیشتر از پنج دقیقه‌ست که تشنج کرده',
      'convulsiona hace rato, como diez minutos, y no para',
    ],
    ['hace años tuvo convulsiones, ahora nada'],
  ],
  [
    'the throat tightening or the lips and tongue swelling after a food, a sting or a first dose',
    [
      'comeu camarão e os olhos e a boca estão inchando muito',
      'è stato punto da una vespa e gli si stringe la gola',
      'po ukąszeniu osy puchnie mu twarz i gardło',
      'ہونٹ اور زبان سوج گئے ہیں اور سانس لینے میں مشکل ہو رہی ہے',
      'nach der ersten Tablette fühlt sich mein Hals eng an und ich kann kaum schlucken',
    ],
    ['tengo la garganta irritada de tanto hablar'],
  ],
  [
    'a heavy or crushing chest, in regional forms',
    [
      'tengo un peso en el medio del pecho y sudo frio',
      'صدره تقيل أوي وعرقان وإيده الشمال بتنمل',
      'sumakit ang dibdib niya, parang dinadaganan, pawis na pawis',
      'i ha en Druck uf de Brust und schwitz wie verruckt',
    ],
    ['me siento con un peso encima por el trabajo, mucho estres'],
  ],
  [
    'breathing: a chest drawing in, too breathless to talk, gasping',
    [
      'se le hunde el pecho entre las costillas y casi no habla',
      'il arrive pas à parler tellement il manque de souffle',
      '숨을 헐떡이고 말을 못 해요',
      'ele está lutando pra respirar e não consegue falar',
    ],
    ['il arrive pas à parler de son travail, il est timide'],
  ],
  [
    'pesticide or weedkiller drunk or breathed',
    [
      'mi papa estaba fumigando sin mascarilla y ahora babea y vomita',
      '他喝了百草枯',
      'amekunywa dawa ya kuua wadudu',
      'ने कीटनाशक पी लिया',
    ],
    ['fumigamos la casa contra las cucarachas, cuanto tiempo esperamos para entrar?'],
  ],
  [
    'a knock to the head followed by vomiting, drowsiness or clear fluid',
    [
      'se golpeo la cabeza y ya vomito tres veces',
      'bateu a cabeça e vomitou três vezes',
      "il s'est cogné la tête et a vomi trois fois",
      'başını çarptı, iki kere kustu ve çok uykulu',
      '头撞到地上，吐了两次，一直想睡',
      'nach dem Sturz auf den Kopf läuft klare Flüssigkeit aus der Nase',
    ],
    ['se golpeo la cabeza ayer, no vomito y esta jugando normal'],
  ],
  [
    'a young baby who will not feed, is floppy, or draws in the chest',
    [
      'mi bebe de un mes no quiere mamar y esta muy aguadito',
      'o nenem de 3 semanas esta molinho e nao quer mamar',
      'baby ka soft spot andar dhans gaya hai aur doodh nahi pee raha',
      'البيبي عنده شهرين وصدره بيدخل لجوه مع كل نفس',
      '宝宝两个月，不肯吃奶，软绵绵的',
    ],
    ['mi bebe de un mes mama bien y duerme mucho, es normal?'],
  ],
  [
    'spots that do not fade under a glass, with a fever',
    [
      'tiene fiebre y unos puntitos morados que no se borran con el vaso',
      'febre e umas manchinhas roxas que não somem quando aperto o copo',
      'fièvre et des petites taches violettes qui ne s’effacent pas sous le verre',
    ],
    ['tiene unos puntitos rojos que se borran al apretar, sin fiebre'],
  ],
  [
    'late pregnancy: the baby stopped moving, a hard belly, the cord showing',
    [
      'estou de 32 semanas e o bebê parou de mexer, a barriga está dura',
      'tengo 34 semanas y el bebe dejo de moverse desde ayer',
      'الحبل السري طالع برا',
      'à 30 semaines, je ne sens plus le bébé bouger depuis hier',
    ],
    ['tengo 20 semanas y todavia no siento al bebe moverse, es normal?'],
  ],
  [
    'false alarms: a long-standing symptom the same as every day, and a bleed years ago',
    ['a mi abuelo de repente le falta mucho el aire y tiene los labios morados'],
    [
      'mi abuelo tiene EPOC y le falta el aire igual que siempre, nada nuevo',
      '三年前生孩子时大出血，现在想再怀孕，要注意什么？',
      'hace tres años tuve una hemorragia en el parto, ahora quiero embarazarme otra vez',
      'há dois anos tive um sangramento forte no parto, agora quero engravidar de novo',
    ],
  ],
  [
    'near misses of the kinds above: a plan told across sentences, a collapse or a knock told with other verbs, not properly awake after a fit',
    [
      "j'ai acheté une corde. j'y pense depuis des mois, c'est décidé, ce sera ce soir",
      '내일 다리 가서 뛰어내릴 거예요',
      'dedem bahçede yere yığıldı, uyanmıyor',
      'kızım yataktan düştü, kafasında şişlik var, iki kez kustu ve uykulu',
      'le dieron un cabezazo y ya vomito dos veces',
      'nach dem Anfall ist sie seit 20 Minuten nicht richtig wach',
    ],
    ["j'ai acheté une corde à linge pour le jardin", 'dün yataktan düştü ama kusmadı, şimdi iyi'],
  ],
];

describeTriageProbes('EmergencyTriage in other languages, development-19 kinds: %s', KINDS);
