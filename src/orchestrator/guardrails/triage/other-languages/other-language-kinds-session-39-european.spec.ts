import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Issue 11, session 39 (T38): LANG-FOCUS.md's weak kinds in French (Québécois and African too), Italian, German (Swiss
 * too), Russian (Cyrillic, without ё, and in Latin letters), Polish without diacritics, Turkish without ş ğ ı and
 * Haitian Creole, written before any lexicon changed and not repeating session 38's probes: each language's everyday
 * words for a finding, a parent's, a bystander's and a clinician's voice, chat spelling and English mixed in. Every
 * emergency row has look-alikes that share its alarm words and are no emergency.
 */

/**
 * Breathing told in plain words (Manchester Triage System: inadequate breathing, unable to talk in sentences, cyanosis;
 * NHS 111: ribs pulling in, gasping) and anaphylaxis (Resuscitation Council UK: a trigger with an airway, breathing or
 * circulation problem). Twins: a blocked nose, breathless when running for years, hives for a week, an itching bite.
 */
const BREATHING_AND_ANAPHYLAXIS: TriageProbeTable = [
  [
    'French',
    [
      "mon fils a de l'asthme, la ventoline marche pas, il siffle et il arrive pas a parler",
      'elle cherche son air, on voit ses cotes qui se creusent',
      "apres la piqure d'abeille il a des boutons partout et il etouffe",
      "chu pu capable de respirer, j'ai mangé des noix pis ma gorge serre",
    ],
    [
      "j'ai un peu le nez bouche avec le rhume",
      'je siffle un peu le soir depuis des annees, asthme connu, ventoline ok',
      'piqure de moustique, ca gratte',
    ],
  ],
  [
    'Italian',
    [
      'mio padre respira a fatica, ha le labbra blu e non riesce a parlare',
      'dopo i gamberi ha la gola chiusa e gli manca l aria',
      'la bimba fa fatica a respirare, si vedono le costole rientrare',
    ],
    ['ho il fiato corto quando corro, normale?', 'naso chiuso per il raffreddore, respiro male di notte'],
  ],
  [
    'German',
    [
      'mein sohn hat asthma, das spray hilft nicht, er ringt nach luft',
      'nach den nuessen hat sie nesselsucht am ganzen koerper und keucht',
      'oma japst nach luft und ist ganz blau um die lippen',
      'ich krieg keine luft, hals schnuert sich zu nach der tablette',
    ],
    ['nase zu vom schnupfen, krieg nachts schlecht luft', 'nesselsucht seit einer woche, juckt, sonst gut'],
  ],
  [
    'Russian',
    [
      'ребенок задыхается, хрипит, между ребрами втягивается',
      'после орехов отек губ и горла, не может дышать',
      'ne mogu dyshat, gorlo szhimaetsya posle ukusa pchely',
      'бабушка не может вдохнуть, губы синие, говорит по одному слову',
    ],
    ['нос заложен, трудно дышать носом', 'одышка при беге, давно так'],
  ],
  [
    'Polish',
    [
      'dziecko sie dusi, swiszczy i nie moze mowic',
      'po orzeszkach mam pokrzywke i gardlo mi sie zaciska',
      'tata lapie powietrze jak ryba, usta sine',
      'nie moge zlapac oddechu, inhalator nie pomaga',
    ],
    ['zatkany nos od kataru', 'pokrzywka od tygodnia, swedzi, nic wiecej', 'lekka zadyszka przy bieganiu'],
  ],
  [
    'Turkish',
    [
      'nefes alamiyorum, bogazim kapaniyor, fistik yedim',
      'oglum hirliyor, nefes alirken kaburgalari iceri cekiliyor',
      'annemin dudaklari morardi, nefes nefese konusamiyor',
      'ari soktu, her yerim kasiniyor ve nefesim daraliyor, bayilacak gibiyim',
      'astim krizi, spreyim ise yaramiyor, nefes alamiyorum',
    ],
    ['burnum tikali, nezle oldum', 'kosunca biraz nefes nefese kaliyorum', 'sivrisinek soktu, kasiniyor'],
  ],
  [
    'Haitian Creole',
    [
      'pitit mwen an ap toufe, li pa ka pale, zo kot li ap rantre',
      'mwen manje pistach, gòj mwen ap fèmen, m pa ka respire',
      'manman m pa ka pran souf, bouch li vin mov',
      'li gen opresyon, pwonpe a pa mache, l ap toufe',
    ],
    ['nen m bouche paske m gen grip', 'moustik pike m, li grate'],
  ],
];

/**
 * Burns (LANG-FOCUS: 0 of 9 pooled, in every language): a scald from a kettle, a pan of pasta water or tea, boiling oil or a
 * chip-pan fire, a flame, an electric shock with its entry burn, a house fire; the signs that make it serious (British
 * Burn Association and NHS 111 referral: blisters or skin coming off over more than a palm, face, hands, chest, a child,
 * full thickness white or charred skin, an electrical burn). Twins: a fingertip or tongue burnt, sunburn, walking blisters.
 */
const BURNS: TriageProbeTable = [
  [
    'French',
    [
      "ma fille s'est ebouillantee avec la bouilloire, tout le bras est rouge avec des cloques",
      "brulure grave au visage, l'huile de la friteuse lui a saute dessus",
      'mon petit gars s est brule avec le chaudron, la peau s enleve sur la cuisse',
      'il a touche un fil electrique, brulure a la main et il a perdu connaissance',
      'brûlé au 3e degré sur le dos, la peau est toute blanche',
    ],
    [
      'je me suis ebouillante le doigt avec le the, petite rougeur',
      'coup de soleil sur les epaules, ca chauffe',
      "j'ai la langue brulee par la soupe",
      "j'ai des cloques aux pieds apres la randonnee",
    ],
  ],
  [
    'Italian',
    [
      "mi sono ustionata con l'olio bollente, tutta la mano piena di vesciche",
      "il bambino si e scottato con l'acqua della pasta, la pelle si stacca sulla pancia",
      'ustione grave sulla faccia, fiamma del barbecue con l alcol',
      'ha preso la scossa dalla presa, ustione alla mano e ora e confuso',
    ],
    [
      'mi sono scottato la lingua col caffe',
      'vesciche ai piedi dopo la camminata',
      'scottatura solare leggera sulle spalle',
    ],
  ],
  [
    'German',
    [
      'meine tochter hat sich mit kochendem wasser verbrueht, die haut loest sich am bauch',
      'fettbrand in der kueche, er hat verbrennungen im gesicht und an beiden haenden',
      'verbrennung zweiten grades am ganzen unterarm, riesige blasen, kind 3 jahre',
      'stromschlag an der steckdose, brandwunde an der hand, herz stolpert',
    ],
    [
      'blasen an den fuessen vom wandern',
      'leichter sonnenbrand an der nase',
      'hab mich am buegeleisen verbrannt, kleine rote stelle, kuehle es',
    ],
  ],
  [
    'Russian',
    [
      'ребенок обжегся кипятком, на ноге большие пузыри, кожа слезает',
      'сильный ожог лица, масло со сковородки брызнуло',
      'ozhog kipyatkom u rebenka, vsya grud v volderyah',
      'муж получил удар током, ожог на руке, потерял сознание',
    ],
    ['немного обжег палец о чайник, покраснение', 'мозоли на ногах после похода', 'обгорела на солнце, плечи красные'],
  ],
  [
    'Polish',
    [
      'corka poparzyla sie wrzatkiem, cala reka w babelkach',
      'oparzenie twarzy goracym olejem, skora schodzi',
      'syn sie oparzyl herbata, duze pecherze na brzuchu',
      'poparzenie pradem, reka czarna w miejscu kontaktu',
    ],
    [
      'oparzylam sie lekko w palec przy gotowaniu, troche piecze',
      'mam pecherze na stopach po butach',
      'spalilam sie na sloncu, plecy czerwone',
    ],
  ],
  [
    'Turkish',
    [
      'cocugumun koluna kaynar su dokuldu, deri soyuluyor, kabarciklar var',
      'kizgin yag yuzune sicradi, yuzu yandi',
      'oglum elektrik carpti, elinde yanik var ve bayildi',
      'annem mutfakta yandi, kollari ve gogsu su toplamis',
    ],
    [
      'parmagimi firin tepsisinde yaktim, biraz kizardi',
      'gunes yanigi var, omuzlarim kizardi',
      'ayagimda yurumekten su toplandi',
    ],
  ],
  [
    'Haitian Creole',
    [
      'pitit mwen boule ak lwil cho, figi l boule',
      'dlo bouyi tonbe sou bra pitit mwen, li gen gwo zanpoud',
      'li pran kouran, men l boule e li pedi konesans',
      'kay la pran dife, papa m boule tout do l',
    ],
    ['m boule lang mwen ak kafe a', 'soley la boule po m sou zepol'],
  ],
];

/**
 * A penetrating or chemical eye injury and sudden loss of sight in one eye; cauda equina (back pain with saddle
 * numbness, retention or incontinence, weak legs: NICE CKS); spurting blood; poisons named by product (drain cleaner,
 * bleach, kerosene, vinegar essence) and button batteries (national poison centres); a young infant floppy, grey,
 * grunting, not feeding (NICE NG143). Twins: dust or an eyelash rinsed, long-standing back pain, juice drunk, hiccups.
 */
const EYE_SPINE_BLEEDING_POISON_INFANT: TriageProbeTable = [
  [
    'French',
    [
      "j'ai recu un eclat de metal dans l'oeil en meulant, je vois plus rien de cet oeil",
      "d'un coup je vois plus de l'oeil gauche, comme un rideau noir",
      "sciatique depuis 1 semaine et la j'ai plus de sensation autour de l'anus et je retiens plus mes selles",
      "mon gars s'est coupé la main avec la hache, ça pisse le sang",
      'mon fils de 3 ans a bu du destop',
      'ma fille de 2 ans a avale une pile bouton',
      'bebe de 3 semaines, il a les levres grises et il geint',
      'bebe de 5 mois, la fontanelle est bombee et il vomit en jet',
    ],
    [
      "j'ai une poussiere dans l'oeil, je l'ai rince, ca va",
      'mouches volantes depuis des annees',
      'mon fils a bu un verre de lait tourne',
      'bebe de 3 semaines qui a le hoquet souvent',
    ],
  ],
  [
    'Italian',
    [
      'mi e entrato un pezzo di ferro nell occhio, non vedo piu',
      'improvvisamente non vedo piu da un occhio, come una tenda',
      'mal di schiena e non riesco a trattenere la pipi, gambe deboli',
      'mio figlio ha bevuto la candeggina',
      'la bimba ha ingoiato una batteria a bottone',
      'neonato di 3 settimane, non si sveglia per mangiare, e grigio',
    ],
    ['occhio rosso e prude, congiuntivite', 'ha bevuto un bicchiere d acqua del rubinetto'],
  ],
  [
    'German',
    [
      'ein metallsplitter ist mir ins auge geflogen, sehe nichts mehr',
      'ploetzlich sehe ich auf einem auge nur noch schwarz',
      'hexenschuss und jetzt beide beine schwach, kann den stuhl nicht halten',
      'blut spritzt aus der wunde am hals',
      'mein kind hat rohrreiniger getrunken',
      'meine tochter hat eine knopfbatterie verschluckt',
      'saeugling 4 wochen, schlapp, trinkt nicht, graue haut',
    ],
    ['wimper im auge, hab es ausgespuelt', 'mein kind hat apfelsaft getrunken und hat bauchweh'],
  ],
  [
    'Russian',
    [
      'в глаз попала металлическая стружка, ничего не вижу',
      'внезапно ослеп на один глаз',
      'боль в спине, ноги ослабли, не чувствую промежность',
      'кровь фонтаном из руки, порезался стеклом',
      'сын выпил уксусную эссенцию',
      'ребенок проглотил батарейку',
      'малышу 3 недели, серый, стонет, не берет грудь',
    ],
    ['ресничка попала в глаз', 'сын выпил стакан кефира'],
  ],
  [
    'Polish',
    [
      'dostalam czyms w oko, nic nie widze',
      'nagle stracilam wzrok w jednym oku',
      'bol plecow i nie czuje krocza, nie moge oddac moczu',
      'krew tryska z nogi po wypadku z pila',
      'syn wypil kreta do rur',
      'corka polknela baterie guzikowa',
      'niemowle 3 tygodnie, wiotkie, nie je, szare',
      'dziecko 2 lata zjadlo 10 tabletek mamy',
    ],
    [
      'mam paproch w oku, przemylam',
      'boli mnie kregoslup od siedzenia',
      'syn wypil sok jablkowy',
      'niemowle 3 tygodnie, czasem ma czkawke',
    ],
  ],
  [
    'Turkish',
    [
      'gozume kezzap kacti, yaniyor, goremiyorum',
      'birden bir gozum gormez oldu',
      'belim agriyor, bacaklarim uyusuyor, idrarimi tutamiyorum',
      'bacagindan kan fiskiriyor, durmuyor',
      'oglum camasir suyu icti',
      'kizim dugme pil yuttu',
      '3 haftalik bebegim cok halsiz, emmiyor, rengi morardi',
      'iki yasindaki oglum 8 tane tansiyon ilaci yuttu',
    ],
    ['gozume toz kacti, yikadim gecti', 'belim agriyor oturmaktan', 'oglum ayran icti'],
  ],
  [
    'Haitian Creole',
    [
      'toudenkou m pa wè ak yon je',
      'do m fè m mal, m pa santi janm mwen, m pa ka pipi',
      'san ap pete soti nan janm li, li pa vle rete',
      'pitit mwen bwè klowòks',
      'pitit mwen 2 an vale 15 grenn medikaman grann li',
      'tibebe 3 semèn, li mou, li pa tete, li gen lafyèv',
    ],
    ['m gen pousyè nan je m', 'do m fè m mal paske m travay twòp', 'pitit mwen bwè ji'],
  ],
];

/**
 * Intent told with a means or a time (NICE NG225), a third person's plan, and a psychiatric crisis with danger to others
 * (Manchester Triage: high risk of harm to others): voices with a weapon, threats. Twins: fed up with a job, the
 * neighbours' voices, the idiom of laughing oneself to death.
 */
const INTENT_SELF_HARM_PSYCH: TriageProbeTable = [
  [
    'French',
    [
      "chu tanné de vivre, j'vais prendre toutes mes pilules à soir",
      'mon chum parle de se tirer une balle, il a sorti le fusil',
      'je me suis fait des entailles profondes aux avant-bras, ca saigne pas mal',
      'mon frere est en pleine crise, il casse tout et menace de tuer ma mere',
    ],
    ['chu tanné de ma job', 'ma mere menace de vendre la maison'],
  ],
  [
    'Italian',
    [
      'non ho piu voglia di vivere, ho la pistola di mio padre',
      'mia sorella si e chiusa in camera e dice che stanotte si uccide',
      'mio padre e fuori di se, dice che lo perseguitano e ha un coltello in mano',
    ],
    ['non ho voglia di andare in palestra oggi', 'mi sento perseguitato dalla sfortuna'],
  ],
  [
    'German',
    [
      'ich will mich umbringen, hab den strick schon',
      'mein vater redet davon sich zu erschiessen, er hat ein gewehr zuhause',
      'meine schwester ist voellig ausser sich, schreit, sieht dinge die nicht da sind, hat ein messer',
    ],
    ['ich sehe dinge doppelt wenn ich muede bin, seit jahren', 'ich bring mich um vor lachen'],
  ],
  [
    'Russian',
    [
      'хочу покончить с собой, таблетки уже в руке',
      'муж говорит что застрелится, у него ружье',
      'брат неадекватный, кричит что его хотят убить, бросается с ножом',
      'ya hochu umeret, segodnya vse zakonchu',
    ],
    ['хочу покончить с этой работой', 'сосед кричит за стеной, не могу уснуть'],
  ],
  [
    'Polish',
    [
      'chce sie zabic, mam juz line',
      'brat mowi ze dzis sie powiesi',
      'mam dosc zycia, dzis wieczorem skoncze ze soba',
      'syn jest agresywny, slyszy glosy i grozi nozem',
      'siostra napisala list pozegnalny i nie odbiera telefonu',
    ],
    ['mam dosc tej pracy', 'zabije sie ze smiechu', 'slysze glosy sasiadow przez sciane'],
  ],
  [
    'Turkish',
    [
      'kendimi oldurmek istiyorum, bu gece her sey bitecek',
      'intihar etmek istiyorum, ilaclari topladim',
      'kardesim kendini asacagini soyledi, odaya kilitlendi',
      'yasamak istemiyorum, kopruden atlayacagim',
      'babam sesler duyuyor, elinde bicak var, herkesi tehdit ediyor',
      'kizim jiletle kollarini kesti, kan durmuyor',
    ],
    ['bu isten bikdim, istifa edecegim', 'komsunun sesini duyuyorum, uyuyamiyorum', 'kagit elimi kesti, biraz kanadi'],
  ],
  [
    'Haitian Creole',
    [
      'm vle touye tet mwen, m gen kod la deja',
      'frè m di l ap pann tèt li aswè a',
      'm pa vle viv ankò, m ap bwè pwazon',
      'sè m fou, l ap tande vwa, li gen yon kouto l ap menase moun',
    ],
    ['m fatige ak travay la', 'm tande vwa vwazen yo nan lari a'],
  ],
];

/**
 * Heat stroke (NHS: confused, hot dry skin, not sweating after heat), an acute abdomen (rigid, vomiting blood or green,
 * unbearable), and shock after an injury (pale, grey, cold, clammy, a weak or thready pulse). Twins: too much sun and
 * better with water, a bloated belly after a meal.
 */
const SHOCK_HEAT_ABDOMEN: TriageProbeTable = [
  [
    'French',
    [
      'il a travaille en plein soleil, il delire, sa peau est brulante et il transpire plus',
      'coup de chaleur, ma grand-mere est confuse et a 40 de fievre apres la plage',
      "j'ai une douleur au ventre horrible, le ventre est gonfle et dur, je vomis vert",
      "elle saigne beaucoup apres l'accident, elle est grise et respire vite",
    ],
    ["j'ai eu chaud au soleil, j'ai bu de l'eau ca va mieux", 'ventre un peu gonfle apres les haricots'],
  ],
  [
    'Italian',
    [
      'colpo di calore, e confuso e non suda piu, la pelle scotta',
      'dolore fortissimo alla pancia, vomita sangue',
      'dopo la caduta e pallido, suda freddo e il polso e debolissimo',
    ],
    ['ho preso troppo sole, un po di mal di testa, bevo acqua', 'pancia gonfia dopo la pizza'],
  ],
  [
    'German',
    [
      'hitzschlag auf der baustelle, er redet wirr und die haut ist heiss und trocken',
      'unerträgliche bauchschmerzen, erbreche kaffeesatzartig',
      'nach dem unfall ist er grau im gesicht, kalter schweiss, puls kaum zu tasten',
    ],
    ['mir ist heiss, habe wasser getrunken, geht besser', 'bauchgrummeln nach dem kaffee'],
  ],
  [
    'Russian',
    [
      'тепловой удар, он бредит, кожа горячая и сухая, не потеет',
      'резкая боль в животе, живот твердый, рвота с кровью',
      'после аварии бледный, липкий пот, пульс нитевидный',
    ],
    ['перегрелась на солнце, голова немного болит, пью воду', 'живот урчит после молока'],
  ],
  [
    'Polish',
    [
      'udar cieplny, dziadek jest splatany, skora goraca i sucha',
      'potworny bol brzucha, brzuch twardy jak deska, wymiotuje',
      'po wypadku jest blady, zimny, spocony i traci przytomnosc',
      'wymiotuje krwia i kreci mi sie w glowie',
    ],
    ['przegrzalam sie na sloncu, troche boli glowa, pije wode', 'brzuch mnie boli po obiedzie, przechodzi'],
  ],
  [
    'Turkish',
    [
      'gunes carpmasi, babam saçmaliyor, derisi sicak ve kuru, terlemiyor',
      'karnim cok kotu agriyor, karnim tahta gibi sert, kusuyorum',
      'kazadan sonra bembeyaz oldu, soguk soguk terliyor, nabzi zayif',
      'kan kusuyorum, basim donuyor',
    ],
    ['gunesten biraz basim agridi, su ictim gecti', 'yemekten sonra karnim biraz agridi, gecti'],
  ],
  [
    'Haitian Creole',
    [
      'li pran twop solèy, l ap depale, po l cho e sèch',
      'vant mwen fè m mal anpil, vant lan di kou wòch, m ap vomi',
      'li vomi san, tet li ap vire',
      'apre aksidan an li pal, li frèt, l ap swe frèt, kè l ap bat vit',
    ],
    ['m te twò cho nan solèy la, m bwè dlo, sa pase', 'vant mwen fè m mal ti kras apre manje'],
  ],
];

/**
 * A clinician's note in each language (a burn by degree and body surface, rest dyspnoea with a saturation, peritonism
 * with hypotension), the transliterated, Swiss and African registers, and code-switching with English. Twins: a stable
 * chronic note, a blocked nose, kerosene in a lamp.
 */
const THIRD_PERSON_AND_NOTES: TriageProbeTable = [
  [
    'French',
    [
      'pte 70 ans, brulure 2e degre 20% SCP, ebouillantement',
      'patient de 45 ans, douleur abdominale brutale, defense generalisee, TA 80/50',
    ],
    ['patient de 45 ans, douleur abdominale chronique, bilan normal'],
  ],
  [
    'German',
    [
      'pat. 60 j., verbruehung 2. grades 15% KOF, kreislauf instabil',
      'pat. 30 j., akute atemnot, SpO2 85%, sprechdyspnoe',
    ],
    ['pat. 60 j., chronische rueckenschmerzen, keine neurologischen ausfaelle'],
  ],
  [
    'Italian',
    ['pz 55 aa, ustione di II grado al volto e torace', 'pz 70 aa, dispnea ingravescente, SpO2 84%, cianosi labiale'],
    ['pz 70 aa, dispnea da sforzo stabile da anni'],
  ],
  [
    'Russian',
    [
      'пациент 50 лет, термический ожог 2 степени 20% поверхности тела',
      'больная 65 лет, одышка в покое, SpO2 86%, цианоз',
    ],
    ['пациент 50 лет, хронический гастрит, жалоб нет'],
  ],
  [
    'Polish',
    [
      'pacjent 60 lat, oparzenie II stopnia klatki piersiowej i twarzy',
      'pacjentka 70 lat, dusznosc spoczynkowa, saturacja 85%',
    ],
    ['pacjent 60 lat, przewlekly bol plecow, bez objawow neurologicznych'],
  ],
  [
    'Turkish',
    ['hasta 60 yas, yuz ve gogus ikinci derece yanik', 'hasta 70 yas, istirahatte nefes darligi, satürasyon 85'],
    ['hasta 60 yas, kronik bel agrisi, norolojik bulgu yok'],
  ],
  [
    'Haitian Creole',
    ['malad 60 an, li boule sou figi ak pwatrin, gwo zanpoud'],
    ['malad 60 an, li gen doule do depi lontan'],
  ],
  [
    'Russian in Latin letters, Swiss German and African French',
    [
      'rebenok obzhegsya kipyatkom, na grudi bolshie puzyri',
      'ne mogu dyshat, guby sinie, hriplyu',
      'mis chind het sich mit heissem wasser verbrueht, grossi blootere am buch',
      'ich chume kei luft meh ueber, lippe sind blau',
      'mon petit a bu le petrole lampant, il tousse et respire vite',
    ],
    ['nos zalozhen, nasmork', 'ich ha chli schnupfe', "j'ai mis du petrole dans la lampe"],
  ],
  [
    'Code-switching',
    [
      'mon fils spilled boiling water sur lui, grosses cloques',
      'moja mama has blue lips i nie moze oddychac',
      'annem cant breathe, dudaklari morardi',
      'pitit mwen swallowed 10 grenn medikaman',
    ],
    ['mon fils spilled water on his homework, pas grave'],
  ],
];

/**
 * Look-alikes of this session's readings, each beside an emergency told with the same words: a battery changed in a
 * watch or a remote (the English rules read "button battery" alone), a sunburn and a small blister, a child's hot skin
 * with a fever, breath sought on a run, a threat to kill a cat, voices that are the neighbours', meat stewed ("dusić"),
 * a belly hard with constipation, two vitamins, a fingertip burn.
 */
const READING_LOOK_ALIKES: TriageProbeTable = [
  [
    'French, German, Polish, Turkish and Russian: a battery',
    [
      'mon fils a avale une pile bouton',
      'mein sohn hat eine knopfzelle verschluckt',
      'syn polknal baterie',
      'oglum para pil yuttu',
      'дочь проглотила батарейку',
    ],
    [
      'pile bouton de la montre a changer',
      'knopfbatterie im hoergeraet wechseln, wie geht das',
      'gdzie kupic baterie guzikowa do zegarka',
      'dugme pil nereden alinir',
      'батарейка в пульте села',
    ],
  ],
  [
    'French, Italian, Polish and Turkish: burns',
    [
      "mon fils s'est ebouillante le bras avec le the, grosses cloques",
      'mio figlio si e scottato con il brodo, vesciche su tutta la mano',
      'syn sie oparzyl zupa, pecherze na rece',
      'kizim yandi, kolu su toplamis',
    ],
    [
      "mon fils s'est ebouillante le doigt avec le the, petite cloque",
      'mi sono scottata la lingua col te',
      'mio figlio si e scottato al sole, ha delle bolle sulle spalle',
      'oparzenie sloneczne na plecach, babelki',
      'yuzum yandi gunesten, kizardi',
      'yemek yandi, mutfak duman oldu',
      'kolum biraz yandi firinda',
    ],
  ],
  [
    'French, Italian, Polish, Turkish and Russian: breath, voices, belly, heat',
    [
      'elle cherche son air, ses levres sont bleues',
      'il menace de tuer ma mere avec un couteau',
      'oglum sesler duyuyor, elinde bicak var',
      'brzuch twardy jak deska, wymiotuje',
      'colpo di calore, e confuso, non suda piu',
      'dziecko sie dusi, nie moze mowic',
    ],
    [
      'elle cherche son air quand elle court, elle a repris le sport',
      'il menace de tuer le chat du voisin mdr',
      'oglum sesler duyuyor diyor ama komsular bagiriyor',
      'brzuch twardy od zaparcia, je i sie bawi',
      'il bambino ha la pelle che scotta, febbre 38',
      'mama dusi mieso na obiad',
      'coreczka 2 lata zjadla 2 tabletki witaminy',
      'slysze glosy sasiadow przez sciane',
      'он бредит во сне иногда',
    ],
  ],
];

/**
 * A second round, written after the first readings to test whether they generalise (22 of 30 emergencies read by
 * f42544c, 2 of 14 look-alikes flagged, both main's): the same kinds in new words, a scald from a kettle, a stove or tea
 * tipped over oneself, breath and colour in a child, intent with the means at hand, a collapse, bleach drunk by a
 * two-year-old; twins are small burns, breath short on running, "en finir avec" a project.
 */
const SECOND_ROUND: TriageProbeTable = [
  [
    'French, Italian, German, Russian, Polish, Turkish and Haitian Creole',
    [
      'mon bebe a renverse le cafe brulant sur sa main, ca fait des cloques',
      "il s'est brule toute la jambe avec l'essence du barbecue",
      'la petite a pris de l eau bouillante sur le ventre, la peau part',
      'sono caduto sulla stufa, ustione sul braccio con vesciche grandi',
      'la nonna si e bruciata la faccia col gas, la pelle e nera',
      'oma hat sich mit dem wasserkocher verbrueht, ganzer arm voller blasen',
      'der kleine hat den heissen tee ueber sich gekippt, brust voller blasen',
      'обварился кипятком, вся спина в пузырях',
      'дочка опрокинула чай на себя, ожог руки, кожа слезла',
      'syn wylal na siebie goraca herbate, reka w pecherzach',
      'babcia poparzyla sobie twarz przy kuchence',
      'kizim cayi ustune dokdu, kolu yandi ve su topladi',
      'oglumun eli sobaya degdi, eli yandi, kabarciklar var',
      'pitit mwen an boule ak dlo cho sou vant li, po a ap dekole',
      "il n'arrive plus a respirer, il est tout bleu",
      'mia figlia ansima, non riesce a respirare, le labbra sono viola',
      'er bekommt keine luft mehr und wird blau',
      'он не может дышать, хрипит, губы синие',
      'dziecko nie moze oddychac, sinieje',
      'bebegim nefes alamiyor, morariyor',
      'je veux en finir, j ai les medicaments devant moi',
      'ho deciso di farla finita stanotte, ho le pastiglie',
      'ich will sterben, die tabletten liegen bereit',
      'chce umrzec, mam tabletki przygotowane na dzis',
      'bu gece intihar edecegim, ilaclar hazir',
      'm vle mouri, m gen grenn yo la a',
      'mon pere est tombe d un coup dans la rue, il repond plus',
      'dziadek upadl i nie oddycha',
      'il a bu de l eau de javel par erreur, il a 2 ans',
      'mio figlio ha bevuto la candeggina',
    ],
    [
      "j'ai une petite brulure sur le doigt avec le four",
      'mi sono bruciata un dito con la pentola, niente bolle',
      'hab mich leicht am finger verbrannt',
      'обжег палец о сковородку, немного красный',
      'troche oparzylam palec przy gotowaniu',
      'parmagim biraz yandi, kizardi sadece',
      'j ai un peu de mal a respirer quand je cours',
      'ich bin nach dem treppensteigen etwas ausser atem',
      'mam lekka zadyszke po bieganiu',
      'merdiven cikinca biraz nefesim daraliyor',
      'je veux en finir avec ce projet',
      'voglio farla finita con questo progetto',
      "quelle est la dose maximale d'eau de javel pour nettoyer ?",
      'my grann boule pen an nan fou a',
    ],
  ],
];

/**
 * The reviewer's look-alikes of f42544c (V21, extra/t38-2.jsonl) beside emergencies told with the same words: a jolt
 * changing a bulb or from a socket told as harmless, stifling at work, a throat tight with exam stress, gums that bleed
 * on brushing, green vomit after a night out, a dog panting in the heat, a toddler not talking yet, a topic one cannot
 * talk about.
 */
const REVIEWER_LOOK_ALIKES_OF_F42544C: TriageProbeTable = [
  [
    'French and German',
    [
      'il a pris le courant en bricolant, il est inconscient',
      'stromschlag an der steckdose, brandwunde an der hand, herz stolpert',
      'il etouffe, il devient bleu, il a avale un bonbon',
      "apres les crevettes ma gorge me serre et j'ai du mal a respirer",
      'ca saigne pas mal de la cuisse, le sang traverse le torchon',
      'mon bebe de 3 semaines vomit du vert depuis ce matin',
      'opa japst nach luft und ist blau um die lippen',
      "il n'arrive plus a parler, sa bouche est de travers",
      // An earlier review's chemical eye injury (V20), silenced on the merged tree while the product's name was listed
      // before the chemical in the eye.
      'Abflussreiniger ins Auge bekommen, brennt höllisch und ich seh nichts mehr',
    ],
    [
      "j'ai pris une châtaigne en changeant l'ampoule, rien de grave",
      'kleiner Stromschlag von der Steckdose, geht mir gut',
      "j'étouffe au travail, trop de pression",
      'ma gorge me serre quand je stresse avant un exam',
      'ça saigne pas mal des gencives quand je me brosse les dents',
      "j'ai vomi vert ce matin après une grosse soirée, ça va mieux",
      'der Hund japst in der Hitze',
      "mon fils de 2 ans n'arrive pas à parler encore, on voit une orthophoniste",
      "je n'arrive pas à parler de ça avec ma mère",
    ],
  ],
];

describe.each([
  ['rules', new EmergencyTriage()],
  ['product', EmergencyTriage.withWordingModel()],
])('read by the %s', (_reader, triage) => {
  describeTriageProbes(
    'EmergencyTriage in %s, breathing and anaphylaxis (session 39)',
    BREATHING_AND_ANAPHYLAXIS,
    triage,
  );
  describeTriageProbes('EmergencyTriage in %s, burns (session 39)', BURNS, triage);
  describeTriageProbes(
    'EmergencyTriage in %s, eye spine bleeding poison infant (session 39)',
    EYE_SPINE_BLEEDING_POISON_INFANT,
    triage,
  );
  describeTriageProbes('EmergencyTriage in %s, intent self harm psych (session 39)', INTENT_SELF_HARM_PSYCH, triage);
  describeTriageProbes('EmergencyTriage in %s, shock heat abdomen (session 39)', SHOCK_HEAT_ABDOMEN, triage);
  describeTriageProbes('EmergencyTriage in %s, third person and notes (session 39)', THIRD_PERSON_AND_NOTES, triage);
  describeTriageProbes("EmergencyTriage in %s, look-alikes of this session's readings", READING_LOOK_ALIKES, triage);
  describeTriageProbes('EmergencyTriage in %s, a second round of the kinds (session 39)', SECOND_ROUND, triage);
  describeTriageProbes(
    "EmergencyTriage in %s, the reviewer's look-alikes of f42544c",
    REVIEWER_LOOK_ALIKES_OF_F42544C,
    triage,
  );
});
