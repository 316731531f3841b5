import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Issue 11, session 38 (T33): the kinds LANG-FOCUS.md names weak in other languages, probed in French, German,
 * Russian (Cyrillic and the Latin letters people type it in), Italian, Polish, Turkish and Haitian Creole, written
 * before any lexicon changed, from the protocols (NICE NG225 and NHS 111 on suicidal intent and self-harm: a wish to
 * die with a plan, a means, a time, a goodbye, an attempt done; Manchester Triage discriminators; NHS Pathways red
 * flags; NICE NG143 for a feverish infant; poison-centre advice on quantities) and in the way people write: no accents,
 * chat spelling, code-switching, a parent's, a bystander's or a clinician's voice. Each emergency has a look-alike with
 * its alarm words that is no emergency: the idioms of degree ("je meurs de faim", "ich sterbe vor Hunger", "умираю от
 * скуки", "umieram z nudów", "açlıktan ölüyorum"), a thought that is past and treated, a small burn, hay fever, a
 * normal dose, a bump with a child back at play.
 */
const INTENT_AND_SELF_HARM: TriageProbeTable = [
  [
    'French',
    [
      "j'en peux plus, je vais avaler toute la boite de xanax ce soir",
      'jveux mourir, jai pris les cachets de ma mere y a 1h',
      'je me suis ouvert les veines, ca saigne beaucoup',
      "je me scarifie depuis ce matin et j'arrive pas a m'arreter, c'est profond",
      "ma fille de 15 ans dit qu'elle va se jeter sous un train demain",
      "je vais sauter du pont ce soir, dites a ma mere que je l'aime",
      'adieu a tous, vous serez mieux sans moi',
      'pt 34 ans, idees suicidaires avec scenario precis (pendaison), a achete une corde',
      "j'ai plus envie de me reveiller demain, la corde est prete dans le garage",
      "mon copain m'a envoye un message d'adieu et il repond plus au tel",
      'je compte me pendre ce weekend, tout est pret',
      "g fait une tentative de suicide, j'ai pris tous mes somniferes",
      "j'ai envie d'en finir, j'ai le flingue de mon pere a cote de moi",
    ],
    [
      'je meurs de faim, on mange quand ?',
      'je suis mort de fatigue apres le boulot',
      'cette chaleur me tue',
      'je vais le tuer, il a encore oublie les cles mdr',
      "j'avais des idees noires il y a 5 ans, aujourd'hui ca va, je suis suivi",
      "j'ai envie de disparaitre sous terre apres ma presentation",
      "ma voisine s'est suicidee l'an dernier, comment en parler a mes enfants ?",
      "je me suis coupe en cuisinant, j'ai mis un pansement, ca saigne plus",
      "j'en peux plus de ce rhume, vous avez un remede ?",
    ],
  ],
  [
    'German',
    [
      'ich will nicht mehr, ich nehm heute abend alle meine schlaftabletten',
      'ich hab mir die pulsadern aufgeschnitten, es blutet stark',
      'ich ritze mich seit einer stunde, es hoert nicht auf zu bluten',
      'mein sohn (16) schreibt dass er sich umbringen will, er hat schon ein seil',
      'ich spring heute nacht von der bruecke, lebt wohl',
      'pat. 52 j., suizidgedanken mit konkretem plan, hat medikamente gehortet',
      'es hat alles keinen sinn mehr, ich mach heute schluss, der strick haengt schon',
      'meine freundin hat mir eine abschiedsnachricht geschickt und geht nicht ans handy',
      'ich hab keinen bock mehr zu leben, heute nacht ist es vorbei',
      'hab grad ne ganze packung tabletten geschluckt weil ich sterben will',
    ],
    [
      'ich sterbe vor hunger, wann gibts essen',
      'ich lach mich tot ueber dieses video',
      'die hitze bringt mich um',
      'mein chef bringt mich noch um mit seinen mails',
      'hatte vor jahren suizidgedanken, bin in therapie und mir geht es gut',
      'ich will nicht mehr arbeiten, urlaub bitte',
      'ich bring dich um wenn du das nochmal machst haha',
      'ich habe mich beim gemuese schneiden geschnitten, pflaster drauf, blutet nicht mehr',
    ],
  ],
  [
    'Russian',
    [
      'не хочу больше жить, сегодня выпью все таблетки',
      'я порезала вены, кровь не останавливается',
      'ya hochu pokonchit s soboy, uzhe kupil verevku',
      'сын написал прощальное сообщение и не берет трубку',
      'я режу себя уже час, порезы глубокие',
      'zavtra sprygnu s kryshi, vse reshil',
      'пациентка 28 лет, суицидальные мысли с планом, накопила таблетки',
      'всё, больше не могу, сегодня повешусь',
      'наглоталась таблеток чтобы умереть',
      'ne hochu zhit, naglotalsya tabletok',
    ],
    [
      'умираю от скуки на этой лекции',
      'я умираю с голоду, когда обед?',
      'umirayu ot smeha s etogo video',
      'эта жара меня убивает',
      'убью его, опять съел мой шоколад))',
      'раньше были мысли о суициде, сейчас лечусь и всё хорошо',
      'больше не могу есть эту кашу',
      'порезала палец ножом, заклеила пластырем, кровь остановилась',
    ],
  ],
  [
    'Italian',
    [
      'voglio farla finita, stasera prendo tutte le pillole',
      'mi sono tagliata i polsi, esce tanto sangue',
      'non ce la faccio piu, mi butto dal ponte',
      'mio figlio ha scritto che si vuole ammazzare e si e chiuso in bagno',
      "mi taglio da un'ora e non smette di sanguinare",
      'paz. 40 aa, ideazione suicidaria con piano strutturato, ha acquistato una corda',
      'ho ingoiato tutte le gocce di xanax per morire',
      'addio a tutti, vi voglio bene, stanotte la faccio finita',
      'non voglio svegliarmi domani, ho gia preparato le pastiglie',
    ],
    [
      'muoio di fame, quando si mangia?',
      'sto morendo dal caldo',
      'questo lavoro mi uccide',
      'lo ammazzo, mi ha finito la nutella ahah',
      'anni fa pensavo al suicidio, ora sto bene e sono seguita',
      'non ce la faccio piu con questo caldo',
      'addio a tutti, parto per le vacanze!',
      'mi sono tagliata col coltello del pane, un cerotto e via, non sanguina piu',
    ],
  ],
  [
    'Polish',
    [
      'nie chce juz zyc, dzis wezme wszystkie tabletki',
      'pocielam sie, krew leci i nie przestaje',
      'moj syn napisal ze sie zabije, ma juz line',
      'wypil 20 tabletek nasennych',
    ],
    [
      'umieram z nudow na tej lekcji',
      'umieram z glodu',
      'zabije go, znowu zjadl moja czekolade haha',
      'kiedys mialam mysli samobojcze, teraz jest dobrze, chodze na terapie',
    ],
  ],
  [
    'Turkish',
    [
      'artik yasamak istemiyorum, bu gece butun ilaclari icecegim',
      'bileklerimi kestim, kan durmuyor',
      'kendimi oldurecegim, ip aldim',
      'oglum 20 tane parol icti',
    ],
    [
      'acliktan oluyorum',
      'sicaktan oldum bugun',
      'onu oldurecegim, yine cikolatami yedi haha',
      'eskiden intihar dusunceleri vardi, simdi iyiyim',
    ],
  ],
  [
    'Haitian Creole',
    ['m pa vle viv anko, m pral bwe tout grenn yo aswe a', 'm koupe venn ponyet mwen, san an ap koule anpil'],
    ['m ap mouri grangou', 'm te konn vle mouri lontan, kounye a m byen'],
  ],
];

/**
 * The other weak kinds of LANG-FOCUS.md, one or two a language: a scald with blisters over a child's chest, a throat or
 * tongue swelling with breathing trouble after a food or a sting, too breathless to speak, bleeding that spurts and
 * will not stop, a head injury on blood thinners or with vomiting, a quantity swallowed by a child or an adult, voices
 * with a weapon, a chemical in the eye, cauda equina (back pain with saddle numbness or retention), a found person
 * cold and no longer shivering, a board-hard abdomen, a pale cold clammy collapse, chest pressure spreading to the
 * arm, a baby under 3 months with 38 or more.
 */
const OTHER_WEAK_KINDS: TriageProbeTable = [
  [
    'French',
    [
      "mon fils a renverse la casserole d'eau bouillante sur son torse, la peau part",
      'brulure au 2e degre sur tout le bras, grosses cloques, il a 2 ans',
      "je suis allergique aux cacahuetes, j'en ai mange, ma langue gonfle et j'ai du mal a respirer",
      "apres l'antibio il a des plaques partout et sa voix change, il respire mal",
      "ma mere n'arrive plus a parler tellement elle est essoufflee, ses levres sont bleues",
      'bebe de 4 mois, il respire avec le ventre et ses narines battent',
      "je me suis coupe avec la scie, ca saigne a flots et ca s'arrete pas malgre la compression",
      "mon pere a 80 ans, sous anticoagulants, il est tombe et s'est cogne la tete, maintenant il vomit",
      'mon fils de 2 ans a avale 6 comprimes de doliprane 1000',
      'elle a pris 40 comprimes de paracetamol hier soir',
      'mon frere entend des voix qui lui disent de tuer quelqu un, il a un couteau',
      "j'ai recu de la javel dans l'oeil, ca brule et je vois trouble",
      'mal de dos depuis des semaines et maintenant je sens plus mes fesses et je fais pipi sur moi',
      'on a retrouve mon grand pere dehors dans la neige, il est glace et confus',
      'douleur au ventre atroce depuis 3h, le ventre est dur comme du bois et il vomit',
      'elle est pale, froide et moite, le coeur bat tres vite et elle tient plus debout',
      'ca me serre dans la poitrine comme un etau depuis 30 min, je transpire',
      'mon bebe de 2 mois a 38,4 et il est tout mou',
    ],
    [
      "je me suis brule le doigt avec le fer a repasser, c'est juste rouge",
      'allergie au pollen, j eternue et mes yeux piquent',
      'un peu essouffle quand je monte les escaliers',
      "je saigne un peu du nez, ca s'est arrete",
      "il s'est cogne la tete contre la table, il a pleure puis il joue normalement",
      "j'ai pris 2 comprimes de doliprane 1000 ce matin",
      'combien de comprimes de doliprane max par jour ?',
      'mon frere entendait des voix il y a 2 ans, il est traite et va bien maintenant',
      "j'ai un peu de sable dans l'oeil, ca gratte",
      'mal de dos depuis des annees, ca tire dans la jambe apres le sport',
      "j'ai toujours froid aux pieds le soir",
      'mal au ventre apres avoir trop mange, ca passe',
      'je suis un peu pale ces temps-ci, fatiguee',
      "douleur dans la poitrine quand j'appuie dessus depuis le sport il y a 2 semaines",
      'mon bebe de 8 mois a 38 et il joue bien',
    ],
  ],
  [
    'German',
    [
      'mein kind hat sich mit heissem tee verbrueht, brust und arm, grosse blasen',
      'hab mich beim grillen mit spiritus verbrannt, das ganze gesicht',
      'nach dem wespenstich kribbelt alles, zunge dick und ich krieg schlecht luft',
      'mein opa kriegt kaum noch luft, kann nicht mehr in ganzen saetzen sprechen',
      'stark blutende wunde am bein, blut spritzt raus, hoert nicht auf',
      'mein sohn ist vom fahrrad gestuerzt ohne helm, war kurz bewusstlos und erbricht jetzt',
      'meine tochter (3) hat 10 eisentabletten gegessen',
      'mein mann hat ne ganze flasche wodka und 20 diazepam genommen',
      'mein bruder ist voellig durchgedreht, hoert stimmen und bedroht uns mit einem messer',
      'kalk ins auge bekommen beim renovieren, brennt hoellisch, sehe kaum was',
      'rueckenschmerzen und seit heute taub im intimbereich und kann kein wasser lassen',
      'haben einen obdachlosen gefunden, eiskalt, zittert nicht mehr, sehr verwirrt',
      'bauch bretthart, extreme schmerzen, kann mich nicht bewegen',
      'sie ist kaltschweissig, blass, puls rast und sie wird immer schlaefriger',
      'druck auf der brust der in den linken arm ausstrahlt seit 20 minuten',
      'mein baby (5 wochen) hat 38,3 fieber und trinkt nicht',
    ],
    [
      'hab mich am backofen verbrannt, kleine rote stelle',
      'heuschnupfen, die augen jucken und die nase laeuft',
      'beim joggen bin ich etwas kurzatmig',
      'nasenbluten seit 5 minuten, jetzt ist es vorbei',
      'kind hat sich den kopf gestossen, hat kurz geweint und spielt wieder',
      'ich habe 2 ibuprofen 400 genommen gegen kopfschmerzen',
      'wie viele tabletten paracetamol darf ich am tag nehmen',
      'bin voellig durch den wind wegen der pruefung',
      'sand ins auge bekommen, hab es ausgespuelt, alles gut',
      'rueckenschmerzen seit jahren, vor allem morgens',
      'mir ist kalt, ich zittere ein bisschen nach dem schwimmen',
      'bauchschmerzen nach dem essen, geht dann weg',
      'mein baby (10 monate) hat 38,2 aber spielt und trinkt gut',
    ],
  ],
  [
    'Russian',
    [
      'ребенок опрокинул на себя кипяток, обварил грудь и живот, волдыри',
      'obzhegsya kipyatkom, vsya ruka v puzyryah',
      'после укуса осы распухло лицо и горло, трудно дышать',
      'мама задыхается, не может сказать ни слова, губы синие',
      'сильное кровотечение из ноги, кровь хлещет, не могу остановить',
      'дедушка упал и ударился головой, пьет варфарин, теперь его рвет',
      'ребенок 2 лет съел 10 таблеток железа',
      'muzh vypil 20 tabletok fenazepama',
      'брат слышит голоса, говорит что его преследуют, схватил нож',
      'брызнуло щелочью в глаз, сильно жжет, ничего не вижу',
      'болит спина, онемела промежность и не могу помочиться',
      'нашли мужчину на морозе, весь ледяной, не дрожит и заторможен',
      'живот как доска, сильнейшая боль, рвота',
      'бледная, холодный липкий пот, пульс частый, теряет сознание',
      'davit v grudi, otdaet v levuyu ruku, holodnyi pot',
      'малышу 5 недель, температура 38,2, вялый, не берет грудь',
    ],
    [
      'обожгла палец об сковородку, небольшое покраснение',
      'аллергия на пыльцу, чихаю, слезятся глаза',
      'немного одышка когда поднимаюсь по лестнице',
      'шла кровь из носа, уже остановилась',
      'ребенок ударился головой об стол, поплакал и играет',
      'выпил 2 таблетки парацетамола от головы',
      'сколько таблеток ибупрофена можно в день?',
      'соринка в глаз попала, промыла, всё нормально',
      'спина болит уже год, особенно после работы',
      'замерз на остановке, руки холодные',
      'болит живот после еды, проходит',
      'малышу 10 месяцев, 38,2 но играет и кушает',
    ],
  ],
  [
    'Italian',
    [
      "mio figlio si e rovesciato addosso l'acqua bollente, petto pieno di bolle",
      'dopo le arachidi gli si gonfia la lingua e fa fatica a respirare',
      'mia nonna non riesce a finire una frase per il fiato, labbra viola',
      'ferita al braccio, il sangue esce a fiotti e non si ferma',
      'e caduto dalla bici e ha sbattuto la testa, ora vomita e non si ricorda niente',
      'la bimba di 2 anni ha mangiato 8 pastiglie di ferro',
      'ha preso 30 compresse di tachipirina ieri sera',
      'mio fratello sente le voci e minaccia tutti con un coltello',
      "mi e schizzata della candeggina nell'occhio, brucia e vedo sfocato",
      'mal di schiena e da oggi non sento niente tra le gambe e non riesco a fare pipi',
      'trovato un senzatetto al gelo, freddissimo, non trema piu, confuso',
      'dolore addominale fortissimo, pancia dura come una tavola',
      'e pallidissima, sudata fredda, battito velocissimo, sta per svenire',
      "ho un peso sul petto che va al braccio sinistro da mezz'ora, sudo freddo",
      'il mio bimbo di 6 settimane ha 38,3 ed e molle',
    ],
    [
      "mi sono scottata il dito col forno, solo un po' rosso",
      'allergia ai pollini, starnuti e occhi che lacrimano',
      "un po' di fiatone quando salgo le scale",
      'sangue dal naso, si e fermato dopo 5 minuti',
      'ha sbattuto la testa sul tavolo, ha pianto e ora gioca',
      'ho preso 2 tachipirine per la febbre',
      'quante compresse di tachipirina posso prendere al giorno?',
      "ho un moscerino nell'occhio, brucia un po'",
      'mal di schiena da anni dopo il lavoro',
      'ho freddo alle mani la sera',
      'mal di pancia dopo cena, poi passa',
      'il mio bimbo di 10 mesi ha 38 ma gioca e mangia',
    ],
  ],
  [
    'Polish',
    [
      'dziecko wylalo na siebie wrzatek, pecherze na calej klatce',
      'po uzadleniu osy puchnie mu jezyk i nie moze oddychac',
      'dziadek upadl, uderzyl sie w glowe, bierze leki na rozrzedzenie krwi i wymiotuje',
      'boli w klatce piersiowej, promieniuje do lewej reki, zimny pot',
      'niemowle 6 tygodni, goraczka 38,5 i nie je',
    ],
    [
      'oparzylam palec o piekarnik, troche czerwony',
      'wzielam 2 tabletki paracetamolu na glowe',
      'mam troche zadyszki na schodach',
      'dziecko uderzylo sie w glowe, poplakalo i sie bawi',
    ],
  ],
  [
    'Turkish',
    [
      'cocugumun ustune kaynar su dokuldu, gogsu su toplamis',
      'ari soktu, dilim sisiyor ve nefes alamiyorum',
      'gogsumde baski var, sol koluma vuruyor, soguk terleme',
      'bebegim 5 haftalik, atesi 38,4 ve emmiyor',
      'babam dustu kafasini carpti, kan sulandirici kullaniyor, kusuyor',
    ],
    [
      'elimi firinda yaktim, biraz kizardi',
      'bas agrisi icin 2 tane parol ictim',
      'merdiven cikinca biraz nefesim daraliyor',
      'gulmekten oldum bu videoya',
    ],
  ],
  [
    'Haitian Creole',
    [
      'pitit mwen an vide dlo cho sou li, po a ap dekole',
      'li pa ka respire, bouch li vin ble',
      'pitit mwen 2 an vale 10 grenn fe',
      'mwen gen yon doule nan lestomak ki ale nan bra goch, m ap swe fret',
    ],
    [
      'm boule dwet mwen nan fe a, li wouj tou piti',
      'm pran 2 grenn ibuprofen pou do m',
      'm ap touye l si l manje manje m anko lol',
      'm gen yon ti souf kout le m monte eskalye',
    ],
  ],
];

/**
 * Look-alikes of this session's readings, each beside an emergency told with the same words: "lebensmüde" said of a
 * reckless driver, "Schluss machen" for a day's work or a break-up, "ritzen" of names into wood, a board-hard muscle
 * after training, drops counted, pills all taken as prescribed, not wanting to wake up early for work, a team better
 * off without one who resigns, voices that are the neighbour's television, a hoarse voice with a cold, a skin peeling
 * after sunburn, a baby's belly breathing in sleep, a heart that beats fast when running, a chest tight with years of
 * stress.
 */
const READING_LOOK_ALIKES: TriageProbeTable = [
  [
    'German',
    [
      'ich bin so lebensmuede, ich nehm heute nacht alle tabletten',
      'es hat keinen sinn mehr, ich mach heute schluss',
      'sie hat sich geritzt, die arme bluten',
      'bauch ist bretthart und tut hoellisch weh',
      'mein vater hat 30 oxycodon geschluckt',
    ],
    [
      'fahr nicht so schnell, bist du lebensmuede?',
      'der typ ist lebensmuede, klettert ohne seil',
      'ich mach heute schluss, bin muede, morgen geht es weiter',
      'ich mach schluss mit meinem freund, er hat mich betrogen',
      'ich ritze unsere namen in die holzbank',
      'meine muskeln sind bretthart nach dem training',
      'ich habe 20 tropfen novalgin genommen',
      'ich nehme jetzt alle meine tabletten wie immer morgens',
      'ich hab keine lust mehr auf arbeit',
      'ich will nicht sterben, ich hab angst vor der op',
      'mein sohn hat sich beim kochen verbrannt, kleine rote stelle am finger',
    ],
  ],
  [
    'French',
    [
      "j'ai plus envie de me reveiller, j'ai tout prevu pour ce soir",
      "elle s'est scarifiee les bras cette nuit, ca saigne",
      "il s'est ouvert les veines dans la salle de bain",
      'apres avoir mange des crevettes sa voix change et sa gorge gonfle',
    ],
    [
      'je vais prendre tous mes comprimes ce soir comme prescrit',
      "j'ai pas envie de me reveiller a 6h demain",
      "j'ai plus envie de me reveiller tot pour ce boulot",
      'mon equipe sera mieux sans moi, je demissionne',
      "ma grand-mere entend des voix la nuit, c'est la tele du voisin",
      'ma voix est rauque depuis mon rhume',
      'la peau pele apres un coup de soleil',
      "mon bebe respire avec le ventre quand il dort, c'est normal ?",
      'le coeur bat vite quand je cours',
      'je fais pipi sur moi quand je tousse depuis ma grossesse',
      "j'ai les mains froides et moites quand je stresse",
      'ca me serre dans la poitrine quand je suis stresse depuis des annees',
      'je me suis coupe les cheveux moi meme',
      'je me fais du mal au dos a porter les cartons',
    ],
  ],
  [
    'Russian',
    [
      'не хочу жить. сегодня повешусь',
      'она режет себе руки, кровь не останавливается',
      'написала прощальное сообщение и не берет трубку',
      'отец не хочет больше жить, собрал все таблетки',
    ],
    [
      'не хочу жить в этом городе, хочу переехать',
      'не хочу больше жить с родителями',
      'щас повешусь от скуки на этой паре',
      'хочу умереть от стыда после вчерашнего',
      'режу лук и плачу',
      'он слышит голоса соседей за стеной',
      'прощальное письмо коллегам, ухожу на пенсию',
      'мама не берет трубку уже час, волнуюсь',
      'нашли котенка на морозе, весь ледяной',
      'у меня пульс частый после кофе',
      'давит в груди когда нервничаю много лет',
    ],
  ],
  [
    'Italian',
    [
      'mio figlio vuole farla finita, ha preso le pastiglie',
      'si e tagliata le vene in bagno, perde tanto sangue',
      'paziente con gesto anticonservativo stanotte, ingestione di farmaci',
      'sono svenuto e adesso non riesco a muovere il braccio, parlo male',
    ],
    [
      'mio figlio vuole farla finita con il calcio',
      'voglio farla finita con questo lavoro',
      'mi taglio i capelli da sola stasera',
      'mio figlio non si ricorda niente della festa, era ubriaco ieri',
      'vedo sfocato da lontano, devo cambiare occhiali',
      'pancia dura dopo mangiato, e gonfia',
      "sono sudata fredda per l'ansia dell'esame",
      'non voglio svegliarmi presto domani',
      'abbiamo trovato un gattino al freddo, e gelido',
      'ha mangiato 2 compresse di tachipirina',
      'si e tagliata le unghie troppo corte',
    ],
  ],
  [
    'Polish',
    ['tne sie od tygodnia, dzisiaj glebiej, krew nie przestaje leciec', 'mama nalykala sie 30 tabletek nasennych'],
    ['pocielam sie przy goleniu', 'tne sie papierem ciagle w pracy', 'wypilam 2 tabletki na bol glowy'],
  ],
  [
    'Turkish',
    ['gogsumde agirlik var, cenemde ve sol kolumda, soguk terliyorum'],
    ['yillardir stres olunca gogsumde baski var, doktor kalp temiz dedi', 'gece soguk terleme ile uyandim, ates 38'],
  ],
  [
    'Haitian Creole',
    ['li koupe venn ponyet li, san ap koule'],
    ['po a ap kale apre soley la', 'li koupe cheve li', 'bebe a bouch li ble paske li manje bonbon ble'],
  ],
  [
    'Russian in Latin letters',
    ['ne hochu bolshe zhit, segodnya poveshus', 'syn vypil 30 tabletok snotvornogo'],
    [
      'ne hochu zhit v etom gorode',
      'ya ne hochu idti v shkolu zavtra',
      'vypil 2 tabletki ot golovy',
      'davit v grudi kogda nervnichayu, uzhe mnogo let',
    ],
  ],
  [
    'French, German, Italian and Russian: attempts and third persons',
    [
      'il a fait une TS hier soir avec ses medicaments',
      'patiente de 25 ans, IMV au paracetamol il y a 4h',
      'elle parle de se suicider depuis ce matin',
      "il dit qu'il veut mourir et il a pris la voiture",
      'ich tu mir heute was an',
      'meine tochter sagt sie will sich was antun',
      'vuole farsi del male, ha un coltello',
      'penso al suicidio tutti i giorni e ho un piano',
      'он хочет умереть и закрылся в ванной',
    ],
    [
      "ts les jours j'ai mal a la tete",
      'il veut mourir de rire',
      'das will ich mir nicht antun, die party',
      'ho un piano per le vacanze',
      'mi sono fatto male al ginocchio',
      'он хочет умереть от смеха',
      'm bwe 2 grenn paracetamol pou tet fe mal',
    ],
  ],
];

/**
 * The reviewer's look-alikes of 10b8486 (V20, extra/t33-de-1.jsonl) beside its emergencies: "lebensmüde" of a reckless
 * rider, "Schluss für heute" after work, "kann so nicht mehr leben mit" a symptom, the pill taken for 15 years, voices
 * heard for years and treated or the neighbours', a plain bleeding wound, a neck hard as a board. Left out: "ich mach
 * jetzt Schluss, muss noch Tabletten aus der Apotheke holen", which main's product already flags (the wording model).
 */
const REVIEWER_LOOK_ALIKES_OF_10B8486: TriageProbeTable = [
  [
    'German',
    [
      'bin lebensmüde, hab die Tabletten schon gezählt, heute Nacht',
      'mein Sohn hat sich mit heißem Tee verbrüht, die Haut am Arm löst sich, große Blasen',
      'blutende Wunde am Oberschenkel, spritzt im Takt, hört nicht auf',
      'Rueckenschmerzen seit Tagen, jetzt taub zwischen den Beinen und kann nicht pinkeln',
    ],
    [
      'mein Mann fährt ohne Helm Motorrad, ist der lebensmüde?',
      'bist du lebensmuede? bei dem Wetter mit Sommerreifen fahren',
      'ich kann nicht mehr, mach jetzt Schluss für heute, bin total müde von der Arbeit',
      'ich kann so nicht mehr leben mit diesem Tinnitus, gibt es neue Therapien?',
      'Abschiedsnachricht für unseren Hund geschrieben, er wurde heute eingeschläfert, wie trösten wir die Kinder?',
      'ich hab die Pille 15 Jahre genommen und jetzt abgesetzt, ist Zyklus normal?',
      'ich nehme 2 Eisentabletten am Tag, ist das zu viel?',
      'mein Sohn hört Stimmen seit Jahren, Schizophrenie, ist mit Medikamenten stabil, wie unterstütze ich ihn?',
      'ich höre Stimmen im Treppenhaus, die Nachbarn streiten wieder, kann nicht schlafen',
      'hab mir die Zunge am Kaffee verbrannt, brennt ein bisschen',
      'Sonnenbrand, die Schultern sind verbrannt und rot, was hilft?',
      'das Essen ist verbrannt und die Küche riecht, mir ist jetzt leicht übel',
      'mit dem Schnupfen krieg ich kaum Luft durch die Nase, Nasenspray?',
      'Zunge ist etwas geschwollen, hab mich draufgebissen',
      'hatte kurz Herzrasen nach drei Kaffee, jetzt wieder normal',
      'kleine blutende Wunde am Knie vom Sturz, Pflaster drauf, alles gut',
      'bin vom Fahrrad gestürzt, Knie aufgeschürft, sonst alles gut, Tetanus nötig?',
      'mein Nacken ist hart wie ein Brett vom Schreibtisch, welche Übungen helfen?',
      'ich kann nicht pinkeln wenn jemand neben mir am Pissoir steht, ist das eine Störung?',
      'mein Sohn kotzt seit gestern Abend, Magen-Darm, trinkt aber gut',
      'ich wollte mit 16 sterben, heute bin ich 40 und glücklich, wie rede ich mit meiner Tochter darüber?',
    ],
  ],
];

/**
 * The reviewer's look-alikes of b5ba5b9 (V20, extra/t33-frit-2.jsonl) beside its emergencies: voices heard for years in
 * dementia, a mattress too comfortable to wake from, "se jeter à l'eau", a constipated belly "dura come un sasso",
 * fainting at the sight of blood, "не хочу так жить" and a move wanted, hands cut on glass, a heart racing after coffee,
 * a bungee jump. Left out: "mon fils a pris 2 comprimes de doliprane 500 ...", which main's product already flags.
 */
const REVIEWER_LOOK_ALIKES_OF_B5BA5B9: TriageProbeTable = [
  [
    'French, Italian and Russian',
    [
      'je compte me pendre ce soir, la corde est dans le garage',
      'stasera mi ammazzo, ho preso tutte le pastiglie',
      "ne hochu bolshe zhit, segodnya vyp'yu vse tabletki",
      'нашли деда в сугробе, весь ледяной, не дрожит, заторможенный',
    ],
    [
      "ma grand-mere entend des voix depuis des annees, elle a Alzheimer, elle est suivie, comment l'aider?",
      "mon fils a un couteau suisse, il s'est coupe le doigt, petit saignement, ca s'est arrete",
      'mal de tete comme un etau apres le boulot, ca passe avec un doliprane',
      'avec ce nouveau matelas je veux plus me reveiller mdr, trop confortable',
      "je compte me jeter a l'eau ce soir et lui dire que je l'aime, je stresse a mort",
      'coup de soleil la semaine derniere, maintenant la peau pele sur le dos, ca gratte',
      "mon bebe est ne il y a 5 jours, il a la peau qui pele sur les mains et les pieds, c'est normal?",
      "mon nouveau-ne respire avec le ventre quand il dort, c'est normal?",
      'ca me serre dans la poitrine quand je stresse avant un exam, depuis des annees, le cardiologue dit que tout va bien',
      'mon coeur bat vite quand je bois trop de cafe, ca passe en 10 minutes',
      'mi taglio da sola i capelli, consigli per la frangia?',
      'mi ammazzo di lavoro tutta la settimana, ho sempre mal di testa la sera',
      'mi ammazzo dalle risate con questo video',
      'abbiamo trovato una casa nuova ma e freddissima, i bambini hanno sempre il naso chiuso',
      'mio figlio e stitico da 3 giorni, ha la pancia dura come un sasso ma mangia e gioca',
      "ho il cuore a mille per l'esame di domani, una camomilla aiuta?",
      'sto per svenire dalla fame, a che ora si mangia?',
      'vedo male da lontano, devo cambiare gli occhiali?',
      "mi e entrato un moscerino nell'occhio, lacrima un po' ma vedo bene",
      'нашли квартиру, но она ледяная, батареи не греют, ребенок кашляет',
      'давит в груди когда нервничаю, уже несколько лет, кардиолог сказал всё в норме',
      'потянул плечо в спортзале, боль отдаёт в руку при движении',
      'бабушка теряет сознание при виде крови, как ей сдать анализ?',
      'после нового антидепрессанта я какой-то заторможенный, это пройдет?',
      'не хочу так жить, хочу переехать в деревню, как справиться со стрессом?',
      'прыгну с моста на тарзанке в субботу, у меня астма, можно?',
      'порезал руки о стекло, когда убирал, немного кровит',
      'бабушка с деменцией слышит голоса по ночам уже несколько лет',
      'сын схватил нож за лезвие и порезал ладонь, кровь немного, уже остановилась',
      'ne hochu zhit s roditelyami, kak pereehat bez stressa?',
      'адская боль в зубе второй день, что выпить до стоматолога?',
    ],
  ],
];

/**
 * The review of 6c148e4 (20:52 and 20:59 UTC): an old person's wish to die at home rather than in hospital is end-of-life
 * planning, not intent; a burning in the chest after meals that the writer calls heartburn or reflux is not a pressure.
 * Their twins, with an attempt, a plain third-person wish or a pressure spreading with a cold sweat, stay emergencies.
 */
const REVIEWER_LOOK_ALIKES_OF_6C148E4: TriageProbeTable = [
  [
    'French, Russian and Turkish',
    [
      'il veut mourir, il a pris des médicaments',
      "mon père dit qu'il veut mourir",
      'il veut mourir chez lui ce soir, il a pris toutes ses pilules',
      "elle veut mourir chez elle ce soir avec les cachets qu'elle a gardés",
      'он хочет умереть, он выпил таблетки',
      'брат говорит, что он хочет умереть',
      'babamın göğsünde ağırlık var, koluna yayılıyor, soğuk terliyor',
      'göğsümde yanma var, koluma yayılıyor, soğuk terliyorum',
    ],
    [
      "mon grand-père de 95 ans dit qu'il veut mourir chez lui, pas à l'hôpital, comment organiser les soins?",
      "ma grand-mère veut mourir à la maison, elle veut mourir dans son lit, pas à l'hôpital",
      'дедушка говорит, что он хочет умереть дома, а не в больнице, как организовать уход?',
      'бабушка говорит, что она хочет умереть в своей постели',
      'yemekten sonra göğsümde yanma oluyor, mide ekşimesi mi?',
      'göğsümde yanma var, reflü mü?',
    ],
  ],
];

describe.each([
  ['rules', new EmergencyTriage()],
  ['product', EmergencyTriage.withWordingModel()],
])('read by the %s', (_reader, triage) => {
  describeTriageProbes('EmergencyTriage in %s, intent and self-harm (session 38)', INTENT_AND_SELF_HARM, triage);
  describeTriageProbes("EmergencyTriage in %s, LANG-FOCUS's other weak kinds (session 38)", OTHER_WEAK_KINDS, triage);
  describeTriageProbes("EmergencyTriage in %s, look-alikes of this session's readings", READING_LOOK_ALIKES, triage);
  describeTriageProbes(
    "EmergencyTriage in %s, the reviewer's look-alikes of 10b8486",
    REVIEWER_LOOK_ALIKES_OF_10B8486,
    triage,
  );
  describeTriageProbes(
    "EmergencyTriage in %s, the reviewer's look-alikes of b5ba5b9",
    REVIEWER_LOOK_ALIKES_OF_B5BA5B9,
    triage,
  );
  describeTriageProbes(
    "EmergencyTriage in %s, the reviewer's look-alikes of 6c148e4",
    REVIEWER_LOOK_ALIKES_OF_6C148E4,
    triage,
  );
});
