import {
  describeRulesAndProduct,
  describeTriageProbes,
  type LabelledMessages,
  type TriageProbeTable,
} from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Issue 11, session 40 (T42): KIND-FOCUS.md's weak kinds (breathing, poisoning, collapse, infants, bleeding, anaphylaxis,
 * head injury; outside the 13, the acute abdomen, burns, the eye, major trauma and the spinal cord) in Spanish, Portuguese,
 * French, Italian, German, Russian, Polish, Turkish and Haitian Creole, written from the protocols before any lexicon
 * changed and not repeating earlier sessions' probes: each finding in the everyday words of its speakers (Mexican,
 * Caribbean and Rioplatense Spanish, Brazilian and European Portuguese), a parent's, a bystander's and a clinician's voice,
 * chat spelling without accents. Every emergency row has look-alikes with the same alarm words that are no emergency:
 * mild, long-standing, passed, a question, normal infant behaviour.
 */

/**
 * Breathing (Manchester Triage System: inadequate breathing, unable to talk in sentences, cyanosis; NHS 111: gasping,
 * ribs or neck pulling in, a child breathing fast and grunting; an inhaler that does not help). Twins: breathless on the
 * stairs for years, a blocked nose, a baby's noisy sleep.
 */
const BREATHING: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi abuelo no puede agarrar aire, habla a pedazos y tiene los labios morados',
      'la nena respira rapidito y se le hunden las costillas, hace como un quejido',
      'no me entra el aire, el inhalador no me hace nada',
      'mi papa se esta ahogando, no puede ni hablar',
    ],
    [
      'me falta un poco el aire cuando subo escaleras, desde hace años',
      'tengo la nariz tapada y respiro por la boca',
      'mi hija hace ruidito al respirar cuando duerme pero esta bien',
    ],
  ],
  [
    'Portuguese',
    [
      'meu filho ta com falta de ar, nao consegue falar direito e a boca ta roxa',
      'a bebe ta respirando muito rapido, gemendo, afundando as costelas',
      'estou sem ar, a bombinha nao resolve',
      'o meu pai nao consegue respirar, tem os labios azuis',
    ],
    [
      'falta de ar leve quando corro, sempre tive',
      'nariz entupido por causa da gripe',
      'a bombinha resolveu, ja estou respirando bem',
    ],
  ],
  [
    'French',
    [
      "mon pere n'arrive plus a respirer, il a les levres bleues",
      'bebe respire tres vite et il geint, on voit le creux sous les cotes',
      "j'ai du mal a respirer, je peux pas finir mes phrases",
    ],
    ['un peu essouffle en montant les escaliers depuis toujours', 'nez bouche, je respire mal la nuit'],
  ],
  [
    'Italian',
    [
      'mia madre non respira bene, ansima e ha le labbra viola',
      'il bimbo respira velocissimo e geme, gli rientrano le costole',
    ],
    ["ho un po' di affanno quando faccio le scale da anni", 'il bimbo russa un poco quando dorme'],
  ],
  [
    'German',
    [
      'mein vater bekommt kaum luft und kann nicht in ganzen saetzen sprechen',
      'das baby atmet ganz schnell und stoehnt, die rippen ziehen sich ein',
      'er atmet nicht mehr richtig, lippen grau',
    ],
    ['beim treppensteigen bin ich etwas kurzatmig, schon lange', 'das baby schnarcht leicht im schlaf'],
  ],
  [
    'Russian',
    [
      'папа задыхается, не может сказать фразу, губы синеют',
      'малыш дышит часто и кряхтит, втягивается под ребрами',
      'mne ne hvataet vozduha, ingalyator ne pomogaet',
    ],
    ['небольшая одышка на лестнице уже много лет', 'нос заложен, дышу ртом'],
  ],
  [
    'Polish',
    ['mama nie moze zlapac tchu, ma sine usta', 'dziecko oddycha bardzo szybko i steka'],
    ['lekka zadyszka na schodach od lat'],
  ],
  [
    'Turkish',
    ['babam nefes alamiyor, dudaklari mosmor', 'bebek cok hizli nefes aliyor ve inliyor'],
    ['merdiven cikinca biraz nefesim daraliyor, yillardir boyle'],
  ],
  [
    'Haitian Creole',
    ['pitit la ap respire vit vit, li ap plenn', 'granpapa m pa ka respire, bouch li ble'],
    ['m gen yon ti souf kout le m monte eskalye'],
  ],
];

/**
 * Poisoning told as quantities and as what a child got into (national poison centres: a whole pack or strip, a button
 * battery, bleach or drain cleaner drunk, a double insulin dose, alcohol with pills). Twins: one or two tablets for a
 * headache, a question about the dose, a missed pill.
 */
const POISONING: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi hijo se tomo como 20 pastillas de paracetamol de la abuela',
      'el niño se trago una pila de boton',
      'se tomo el blister entero de clonazepam con alcohol',
      'mi nene tomo cloro, lo encontre con la botella',
      'me puse doble dosis de insulina por error',
    ],
    [
      'tome 2 pastillas de paracetamol para el dolor de cabeza',
      'cuantas pastillas de ibuprofeno puedo tomar al dia?',
      'se me olvido tomar la pastilla ayer',
    ],
  ],
  [
    'Portuguese',
    [
      'minha filha engoliu uma pilha de relogio',
      'ele tomou uma cartela inteira de rivotril',
      'o menino bebeu agua sanitaria',
      'o meu filho bebeu lixivia',
      'tomei insulina duas vezes sem querer',
    ],
    ['tomei 1 comprimido de dipirona pra dor de cabeca', 'qual a dose de paracetamol pra crianca de 10 kg?'],
  ],
  [
    'French',
    [
      'mon fils a avale une pile bouton',
      'elle a pris toute la plaquette de doliprane',
      "il a bu de l'eau de javel",
      "j'ai fait deux fois mon insuline ce matin",
    ],
    ["j'ai pris 2 doliprane pour la migraine", 'combien de doliprane par jour maximum?'],
  ],
  [
    'Italian',
    [
      'il bambino ha ingoiato una pila a bottone',
      'ha preso una scatola intera di tachipirina',
      'ha bevuto la candeggina',
    ],
    ['ho preso una tachipirina per il mal di testa'],
  ],
  [
    'German',
    [
      'mein kind hat eine knopfbatterie verschluckt',
      'sie hat die ganze packung schlaftabletten genommen',
      'er hat 20 tabletten mit alkohol genommen',
    ],
    ['ich habe eine ibuprofen gegen kopfschmerzen genommen', 'ich habe gestern eine tablette mit wasser genommen'],
  ],
  [
    'Russian',
    ['ребенок проглотил батарейку', 'выпил всю пачку таблеток', 'дочка выпила уксус'],
    ['выпил одну таблетку от головы'],
  ],
  ['Polish', ['dziecko polknelo baterie', 'wzial cale opakowanie tabletek'], ['wzialem jedna tabletke na bol glowy']],
  ['Turkish', ['cocuk camasir suyu icti', 'bir kutu ilaci bitirmis'], ['bas agrisi icin bir tane parol ictim']],
  [
    'Haitian Creole',
    ['pitit la bwe klorox', 'li bwe tout grenn ki te nan bwat la'],
    ['m pran yon grenn tylenol pou tet fe mal'],
  ],
];

/**
 * Collapse seen by a bystander (won't wake, not answering, eyes rolled back, limp, found on the floor, fell and does not get
 * up). Twins: dizzy on standing and better, asleep and snoring, a faint years ago.
 */
const COLLAPSE: TriageProbeTable = [
  [
    'Spanish',
    [
      'encontre a mi papa tirado en el piso y no responde',
      'se cayo redondo y no se levanta',
      'tiene los ojos en blanco y no reacciona',
    ],
    [
      'me dio un mareo al levantarme pero ya estoy bien',
      'mi papa esta dormido en el sillon y ronca',
      'mi hijo no se levanta temprano para la escuela',
    ],
  ],
  [
    'Portuguese',
    [
      'achei minha avo caida no chao, ela nao responde',
      'ele apagou e nao acorda',
      'revirou os olhos e ficou molinho',
      'o meu marido desmaiou e nao da acordo de si',
    ],
    ['fiquei tonta ao levantar mas passou', 'desmaiei uma vez ha 5 anos', 'nao consigo levantar cedo de manha'],
  ],
  [
    'French',
    [
      'mon pere est tombe et ne se releve pas, il repond plus',
      "je l'ai trouvee par terre inconsciente",
      'il a les yeux revulses et il est tout mou',
    ],
    [
      "j'ai eu un vertige en me levant mais ca va",
      'il dort profondement apres le travail',
      'sa fievre va tomber avec le doliprane?',
    ],
  ],
  [
    'Italian',
    ['ho trovato mio nonno a terra, non risponde', 'e svenuta e non si sveglia'],
    ['mi gira la testa quando mi alzo di scatto'],
  ],
  [
    'German',
    [
      'mein vater liegt am boden und reagiert nicht',
      'sie ist umgekippt und wacht nicht auf',
      'er ist nicht ansprechbar',
    ],
    ['mir wird kurz schwarz vor augen beim aufstehen, dann gehts', 'er schlaeft tief und fest'],
  ],
  [
    'Russian',
    ['дедушка упал и не отвечает', 'она потеряла сознание и не приходит в себя', 'ne reagiruet, glaza zakatilis'],
    ['голова кружится когда встаю', 'muzh ne otvechaet na zvonki, on na rabote'],
  ],
  [
    'Polish',
    ['znalazlam tate na podlodze, nie reaguje', 'zemdlala i nie mozna jej dobudzic'],
    ['zakrecilo mi sie w glowie jak wstalem'],
  ],
  [
    'Turkish',
    ['babam yere yigildi, tepki vermiyor', 'annem uyanmiyor, seslenince cevap vermiyor'],
    ['ayaga kalkinca basim biraz donuyor'],
  ],
  ['Haitian Creole', ['mwen jwenn papa m ate a, li pa reponn', 'li tonbe li pa leve'], ['tet mwen vire le m leve']],
];

/**
 * Infants (NICE traffic light, Schmitt-Thompson newborn protocols: fever under 3 months, not feeding, floppy, won't wake,
 * mottled, a bulging or sunken fontanelle, a weak or high-pitched cry, no wet nappy). Twins: a low fever after a vaccine
 * in an older baby who plays, a sleepy baby who feeds, colic settled in arms, hiccups.
 */
const INFANTS: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi bebe de 1 mes tiene 38.2 de fiebre',
      'el bebe no quiere comer nada, esta muy aguadito y dormido todo el dia',
      'la mollera se ve hundida y no ha mojado el pañal en todo el dia',
      'mi bebe llora con un grito agudo y no se calma, tiene la mollera abultada',
    ],
    [
      'mi bebe de 6 meses tiene 37.5 despues de la vacuna y juega normal',
      'el bebe duerme mucho pero come bien y moja los pañales',
      'mi bebe llora por las tardes, tiene colicos, se calma en brazos',
    ],
  ],
  [
    'Portuguese',
    [
      'minha bebe de 2 meses ta com febre 38,5',
      'o nene ta molinho, nao mama e nao acorda direito',
      'a moleira ta funda e a fralda ta seca desde ontem',
    ],
    ['bebe de 8 meses com 37,6 depois da vacina, brincando normal', 'o bebe dorme muito mas mama bem'],
  ],
  [
    'French',
    [
      'mon bebe de 6 semaines a 38,3 de fievre',
      'il ne boit plus ses biberons et il est tout mou',
      'la fontanelle est bombee et il pousse des cris aigus',
      'pas de couche mouillee depuis 12 heures, bebe de 3 mois',
    ],
    [
      'bebe de 9 mois, 37,8 apres le vaccin, il joue',
      'il a le hoquet apres le biberon',
      "la fontanelle est bombee quand il pleure, c'est normal?",
    ],
  ],
  [
    'Italian',
    [
      'il neonato di 3 settimane ha la febbre a 38',
      'la bimba non mangia, e molle e non si sveglia',
      'ha la fontanella infossata e il pannolino asciutto da stamattina',
    ],
    ['la bimba di 10 mesi ha 37.4 e gioca', 'la fontanella e gonfia quando piange'],
  ],
  [
    'German',
    [
      'mein baby ist 5 wochen alt und hat 38,4 fieber',
      'das baby trinkt nicht mehr, ist ganz schlapp und marmoriert',
      'die fontanelle ist eingesunken, keine nasse windel seit gestern',
    ],
    ['baby 7 monate, 37,6 nach der impfung, spielt', 'baby hat schluckauf nach dem trinken'],
  ],
  [
    'Russian',
    [
      'малышу 2 месяца, температура 38,3',
      'ребенок вялый, не берет грудь, не просыпается',
      'родничок запал, памперс сухой с утра',
    ],
    ['ребенку 10 месяцев, 37,3 после прививки, играет', 'родничок выбухает когда плачет'],
  ],
  [
    'Polish',
    ['niemowle 6 tygodni ma goraczke 38,5', 'dziecko jest wiotkie i nie chce jesc'],
    ['dziecko 10 miesiecy, 37,4 po szczepieniu, bawi sie'],
  ],
  [
    'Turkish',
    ['2 aylik bebegimin atesi 38,4', 'bebek emmiyor, cok halsiz, uyanmiyor'],
    ['10 aylik bebek asidan sonra 37,5, oynuyor'],
  ],
  [
    'Haitian Creole',
    ['bebe m gen 1 mwa, li gen lafyev', 'ti bebe a pa vle tete, li mou, li pa reveye'],
    ['bebe m gen 9 mwa, li gen yon ti lafyev apre vaksen an, l ap jwe'],
  ],
];

/**
 * Bleeding (Manchester Triage System: uncontrollable major haemorrhage; NHS 111: won't stop, soaking through, spurting,
 * vomiting or passing blood with dizziness). Twins: a nosebleed that stopped, a shaving nick, gums bleeding on brushing.
 */
const BLEEDING: TriageProbeTable = [
  [
    'Spanish',
    [
      'me corte con un vidrio y la sangre sale a chorros',
      'no para de sangrar, ya empape tres toallas',
      'vomito sangre y estoy mareado',
      'hago popo negro como chapopote y me siento debil',
      'sangra mucho',
    ],
    [
      'me sangro un poco la nariz y ya paro',
      'me corte afeitandome, poquita sangre',
      'sangran las encias al cepillarme',
      'limpie la herida con alcohol, sangro poquito',
    ],
  ],
  [
    'Portuguese',
    [
      'cortei o braco e o sangue ta jorrando',
      'vomitando sangue, to tonto',
      'o sangramento nao para, ja encharcou a toalha',
      'esta a sangrar muito e nao para',
      'ta sangrando muito',
    ],
    ['sangrou um pouco o nariz mas parou', 'a gengiva sangra quando escovo', 'ta doendo um pouco a garganta'],
  ],
  [
    'French',
    [
      'je me suis coupe, le sang gicle',
      'il vomit du sang et il est tout pale',
      'ca saigne sans arret, la serviette est trempee',
    ],
    ["petit saignement de nez, c'est arrete", 'saignement des gencives au brossage'],
  ],
  [
    'Italian',
    ['mi sono tagliato, il sangue esce a fiotti', 'vomita sangue e gli gira la testa', 'perdo sangue e non si ferma'],
    ["ho perso un po' di sangue dal naso, ora e fermo", 'la tosse non si ferma da tre giorni'],
  ],
  [
    'German',
    [
      'schnittwunde am arm, das blut spritzt',
      'er erbricht blut und ist ganz blass',
      'die blutung hoert nicht auf, das handtuch ist durchgeblutet',
    ],
    ['kurzes nasenbluten, hat aufgehoert', 'zahnfleischbluten beim zaehneputzen'],
  ],
  [
    'Russian',
    ['кровь хлещет из ноги, не останавливается', 'рвота кровью, сильная слабость'],
    ['немного шла кровь из носа, уже остановилась'],
  ],
  [
    'Polish',
    ['krew leje sie z reki i nie przestaje', 'wymiotuje krwia', 'krwawi mocno'],
    ['troche krwi z nosa, juz przestalo'],
  ],
  ['Turkish', ['kan fiskiriyor, durmuyor', 'kan kusuyor, basi donuyor'], ['burnum biraz kanadi, durdu']],
  [
    'Haitian Creole',
    ['san ap koule san rete', 'l ap vomi san'],
    ['nen m te senyen yon ti kras, li rete', 'san ap soti nan nen m yon ti kras'],
  ],
];

/**
 * Anaphylaxis (Resuscitation Council UK: a trigger, then an airway, breathing or circulation problem: throat closing,
 * tongue swelling, cannot swallow, faint). Twins: a mosquito bite, a wasp sting swollen around it, hay fever.
 */
const ANAPHYLAXIS: TriageProbeTable = [
  [
    'Spanish',
    ['me pico una abeja y se me esta cerrando la garganta', 'comio mani y se le hincho la cara, no puede tragar'],
    ['me pico un mosquito y tengo una ronchita', 'alergia al polen, estornudos y ojos llorosos'],
  ],
  [
    'Portuguese',
    [
      'comeu amendoim, a boca inchou toda e ta com dificuldade pra respirar',
      'depois da injecao empolou o corpo todo e ta desmaiando',
    ],
    ['picada de mosquito, cocando'],
  ],
  [
    'French',
    [
      'apres les cacahuetes sa gorge gonfle et il respire mal',
      'pique par une guepe, il a des plaques partout et il va tomber dans les pommes',
    ],
    ['piqure de guepe, ca gonfle un peu autour'],
  ],
  [
    'Italian',
    ["dopo l'antibiotico si e gonfiata la lingua, non riesce a deglutire"],
    ["allergia, un po' di prurito agli occhi"],
  ],
  [
    'German',
    ['nach dem wespenstich schwillt ihm der hals zu', 'zunge geschwollen nach erdnuss, bekommt schlecht luft'],
    ['wespenstich am arm, leicht geschwollen'],
  ],
  ['Russian', ['после укуса осы распухло горло, трудно дышать'], ['укус комара, чешется']],
  ['Polish', ['po uzadleniu osy puchnie mu gardlo'], ['ugryzl mnie komar, swedzi']],
  ['Turkish', ['fistik yedi, dili sisti, yutkunamiyor'], ['sivrisinek isirdi, kasiniyor']],
  ['Haitian Creole', ['apre li manje pistach, lang li anfle, li pa ka vale'], ['moustik mode m, li grate']],
];

/**
 * Head injury (NICE head injury: vomiting more than once, drowsy, confused, blood or fluid from the ear or nose, on an
 * anticoagulant, lost consciousness). Twins: a bump on a cupboard door and fine.
 */
const HEAD_INJURY: TriageProbeTable = [
  [
    'Spanish',
    [
      'se pego en la cabeza y ya vomito dos veces y esta muy dormido',
      'mi abuelo toma warfarina y se golpeo la cabeza',
      'se cayo de la bici y le sale agua de la nariz',
    ],
    ['me di un golpe en la cabeza con la puerta, tengo un chichon pero estoy bien'],
  ],
  [
    'Portuguese',
    [
      'bateu a cabeca e vomitou varias vezes, ta sonolento',
      'caiu da escada, bateu a cabeca e ta saindo sangue do ouvido',
    ],
    ['bati a cabeca no armario, so um galo'],
  ],
  [
    'French',
    [
      "il s'est cogne la tete et il a vomi 3 fois",
      'elle est tombee sur la tete, elle est confuse et repete les memes questions',
    ],
    ["je me suis cogne la tete contre le placard, j'ai une petite bosse"],
  ],
  [
    'Italian',
    ['ha battuto la testa e ha vomitato due volte, e confuso'],
    ['bernoccolo dopo aver sbattuto la testa, sto bene'],
  ],
  [
    'German',
    [
      'er ist auf den kopf gefallen und hat zweimal erbrochen',
      'sie nimmt blutverduenner und hat sich den kopf angeschlagen',
    ],
    ['kopf an der schranktuer gestossen, kleine beule'],
  ],
  ['Russian', ['ударился головой, два раза рвало, сонный'], ['ударился головой о дверь, шишка, все нормально']],
  ['Polish', ['uderzyl sie w glowe i wymiotowal dwa razy'], ['uderzylem sie w glowe o szafke, mały guz']],
  ['Turkish', ['kafasini carpti, iki kere kusti, cok uykulu'], ['kafami dolaba carptim, kucuk bir sislik var']],
  ['Haitian Creole', ['li frape tet li, li vomi de fwa'], ['m frape tet mwen nan pot la, yon ti boul']],
];

/**
 * Outside the 13 (KIND-FOCUS: acute abdomen, burns, the eye, major trauma, the spinal cord): a board-hard belly or pain
 * that stops one walking (NHS 111 abdominal pain), a large scald on a child, a chemical in the eye or sudden loss of
 * sight, a pedestrian hit or a fall from a height or a stabbing, back pain with weak legs and retention (NICE cauda
 * equina). A pedestrian hit is told with what it did (lies still, cannot get up), as the English rules weigh a mechanism
 * with its injury. Twins: an ordinary stomach ache, a fingertip burn, a red itchy eye, a twisted ankle, a strained back.
 */
const OUTSIDE_THE_13: TriageProbeTable = [
  [
    'Spanish',
    [
      'dolor de panza horrible del lado derecho abajo, no puedo ni caminar',
      'tiene la panza dura como tabla y vomita verde',
      'mi hijo se echo la olla de agua hirviendo encima, tiene ampollas en todo el pecho',
      'me cayo cloro en el ojo y me arde muchisimo',
      'de repente no veo nada de un ojo',
      'lo atropello un carro y no se mueve',
      'lo apuñalaron en la panza',
      'dolor de espalda fuerte y ya no siento las piernas, no puedo orinar',
    ],
    [
      'me duele un poco la panza despues de comer',
      'me queme el dedo con la plancha, poquito rojo',
      'tengo el ojo rojo y con lagañas',
      'me torci el tobillo jugando futbol, se hincho un poco',
      'dolor de espalda baja por cargar cajas, camino bien',
    ],
  ],
  [
    'Portuguese',
    [
      'dor de barriga muito forte, barriga dura, nao consigo me mexer',
      'minha filha derrubou agua fervendo no peito, fez bolha e a pele saiu',
      'caiu agua sanitaria no olho',
      'foi atropelado por uma moto e nao se mexe',
      'levou uma facada na barriga',
      'dor nas costas, as pernas ficaram fracas e nao consigo fazer xixi',
    ],
    [
      'barriga doendo um pouco depois do almoco',
      'queimei o dedo no forno, so ardendo',
      'olho vermelho cocando, acho que e conjuntivite',
      'torci o tornozelo',
      'dor lombar cronica, sem fraqueza nas pernas',
    ],
  ],
  [
    'French',
    [
      'douleur atroce au ventre, le ventre est dur comme du bois',
      "j'ai recu de la javel dans l'oeil",
      "il s'est fait renverser par une voiture et il bouge plus",
      'il a pris un coup de couteau',
      'mal au dos et je sens plus mes jambes, je n arrive pas a uriner',
    ],
    ['mal au ventre leger apres le repas', "j'ai l'oeil rouge qui gratte", 'je me suis tordu la cheville'],
  ],
  [
    'Italian',
    [
      'dolore fortissimo alla pancia, pancia dura, vomito',
      "mi e schizzata la candeggina nell'occhio",
      'e stato investito da una macchina e non si muove',
      "l'hanno accoltellato",
    ],
    ["un po' di mal di pancia dopo pranzo", 'mi sono storto la caviglia'],
  ],
  [
    'German',
    [
      'extreme bauchschmerzen, der bauch ist bretthart',
      'ploetzlich sehe ich auf einem auge nichts mehr',
      'er wurde von einem auto angefahren und bewegt sich nicht',
      'rueckenschmerzen, die beine werden taub und ich kann nicht pinkeln',
    ],
    ['leichte bauchschmerzen nach dem essen', 'auge juckt, heuschnupfen', 'hexenschuss vom heben, laufen geht'],
  ],
  [
    'Russian',
    [
      'сильнейшая боль в животе, живот твердый как доска',
      'ошпарил кипятком грудь, кожа слезает, ребенку 2 года',
      'внезапно перестал видеть одним глазом',
      'его сбила машина, он не двигается',
      'болит спина, ноги онемели, не могу помочиться',
    ],
    ['немного болит живот после еды', 'обжег палец о сковородку', 'подвернул ногу, немного опухла'],
  ],
  [
    'Polish',
    ['potracil go samochod, nie rusza sie', 'ostry bol brzucha, brzuch twardy jak deska'],
    ['skrecilem kostke na spacerze'],
  ],
  [
    'Turkish',
    [
      'karnim cok agriyor, tas gibi sert, kusuyorum',
      'gozume camasir suyu kacti',
      'bicaklandi',
      'belim agriyor, bacaklarim tutmuyor, idrar yapamiyorum',
    ],
    ['yemekten sonra biraz karnim agriyor', 'ayagimi burktum'],
  ],
  [
    'Haitian Creole',
    ['machin frape l, li pa ka leve', 'yo ba li yon kout kouto', 'dlo cho tonbe sou pitit la, po li ap dekale'],
    ['m foule pye m', 'm boule dwet mwen nan recho a, yon ti kras'],
  ],
];

/**
 * A second set, written after the first commit and before any reading was built on it, to see whether the readings
 * generalise (they did not: main and the first commit flagged the same 34 of 44 by the rules): every kind above in other
 * words, a relative's pills, a bottle of syrup, a baby off the breast, blood that runs on. Twins: the same people and
 * words, well.
 */
const A_SECOND_SET: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi esposo esta morado de la boca y jala aire con trabajo',
      'al niño se le marcan las costillas cuando respira y esta quejumbroso',
      'mi mama se trago como 15 pastillas de la presion',
      'el bebe se comio unas pastillas que estaban en la mesa',
      'mi tio se desplomo en la cocina y no contesta',
      'mi bebe de 3 semanas no quiere el pecho y esta muy dormidito',
      'se corto la mano con el machete y no para la sangre',
      'despues de comer camaron se le cerro la garganta',
      'se dio en la cabeza y esta vomitando y medio dormido',
      'le cayo aceite hirviendo en la cara',
    ],
    [
      'mi esposo ronca mucho de noche',
      'al niño le duelen las costillas de tanto toser, respira bien',
      'mi mama toma 2 pastillas de la presion al dia',
      'se me cayo el celular y no prende',
      'mi bebe de 3 meses duerme mucho pero come bien',
      'me corte con una hoja de papel, sangro poquito',
      'me duele la cabeza desde ayer, nada grave',
    ],
  ],
  [
    'Portuguese',
    [
      'minha mae ta puxando o ar e a boca ficou roxa',
      'o bebe ta com a respiracao muito rapida e gemendo',
      'meu filho tomou o vidro inteiro de xarope',
      'minha avo caiu no banheiro e nao responde',
      'o sangue nao para de sair do corte na perna',
      'bateu a cabeca e ta vomitando sem parar',
      'o meu bebe de 5 semanas tem febre de 38',
      'comeu camarao e a garganta ta fechando',
    ],
    [
      'minha mae ta com tosse faz 3 dias, respira bem',
      'meu filho tomou o xarope certinho, 5 ml',
      'minha avo caiu mas levantou sozinha e ta bem',
      'o corte na perna parou de sangrar',
    ],
  ],
  [
    'French',
    [
      'mon mari respire tres mal, il a les levres violettes',
      'ma fille a avale des comprimes de sa grand-mere',
      'mon pere ne se reveille pas, il respire bizarrement',
      'le sang coule sans arret de sa main',
      'mon bebe de 2 mois a de la fievre, 38,5',
      'il est tombe de l echelle et se plaint de la nuque, il sent plus ses bras',
    ],
    [
      'mon mari respire fort quand il dort',
      'mon pere dort beaucoup depuis sa retraite',
      'bebe de 10 mois, 37,6, il mange bien',
    ],
  ],
  [
    'Italian',
    [
      'mio marito non riesce a respirare e ha le labbra blu',
      'mio figlio ha bevuto il detersivo per i piatti e vomita',
      'la nonna e caduta e non risponde',
      'il sangue non smette di uscire dalla ferita',
      'ha battuto la testa e continua a vomitare',
    ],
    ['mio marito russa di notte', 'la nonna e caduta ieri ma sta bene, solo un livido'],
  ],
  [
    'German',
    [
      'meine mutter kriegt keine luft und die lippen sind blau',
      'unser sohn hat die tabletten von oma geschluckt',
      'mein mann ist zusammengebrochen und reagiert nicht',
      'die wunde blutet und blutet, es hoert nicht auf',
      'mein baby ist 4 wochen alt und hat fieber',
    ],
    ['meine mutter hat heuschnupfen, die nase laeuft', 'mein baby ist 4 monate alt und hat schnupfen'],
  ],
  [
    'Russian',
    [
      'мама не может дышать, губы синие',
      'сын выпил таблетки бабушки, штук десять',
      'отец упал и не реагирует',
      'кровь не останавливается уже полчаса',
    ],
    ['мама кашляет, но дышит нормально', 'отец упал вчера, синяк на колене, все хорошо'],
  ],
  ['Polish', ['tata nie moze oddychac, ma sine usta', 'corka polknela tabletki babci'], ['tata ma katar od tygodnia']],
  ['Turkish', ['babam bayildi ve uyanmiyor', 'oglum annemin ilaclarini yutmus'], ['babam biraz yorgun, uyuyor']],
  [
    'Haitian Creole',
    ['manman m pa ka respire, l ap toufe', 'pitit mwen an vale grenn grann li'],
    ['manman m gen grip, l ap touse', 'pitit mwen an tonbe men li leve epi l ap jwe'],
  ],
];

/**
 * Review V22 on 303519b (extra/t42-1.jsonl): seven false-alarm classes of its readings, mended by their mechanism: a pack
 * named or bought is not a pack taken; a nappy dry for an hour or two, or a child of years who does not wee at school,
 * is no infant sign (NICE NG143: no wet nappy for many hours); a throat swollen by a cold or lips after a filler are no
 * anaphylaxis without a trigger; a newborn grunting at stool and breath fast after a run that settles are normal; a
 * period's pain as every month; "se fue de golpe" of a pain; a fall a month ago and no getting up from a chair alone.
 * On 9473054 (extra/t42-2.jsonl): a baby refusing the bottle for the breast, a child of years off vegetables, one tablet.
 * Read by the rules and by the product alike.
 */
const REVIEW_V22_EMERGENCIES: LabelledMessages = [
  ['Spanish', 'mi papa se cayo redondo en la cocina y no se levanta, no contesta'],
  ['Spanish', 'se tomo la caja entera de clonazepam con tequila'],
  ['Portuguese', 'tenho asma desde sempre, mas hoje a bombinha nao faz efeito e nao consigo falar'],
  ['Portuguese', 'sempre tive pressao alta, mas agora do nada minha boca entortou e nao mexo o braco'],
  ['German', 'er hat 20 schlaftabletten mit wodka genommen und ist kaum wach'],
  ['Spanish', 'mi bebe de 3 semanas no quiere el pecho desde la manana y esta muy dormidito, casi no despierta'],
  ['Portuguese', 'o bebe de 1 mes ta gemendo e com a respiracao rapida, as costelas afundando'],
];

const REVIEW_V22_LOOK_ALIKES: LabelledMessages = [
  ['Spanish', 'me tome un paracetamol con cerveza ayer en la fiesta, pasa algo?'],
  ['Spanish', 'compre la caja entera de ibuprofeno para tenerla en casa, cuantas puedo tomar al dia?'],
  ['Spanish', 'mi bebe no ha mojado el panal desde hace 2 horas, es normal?'],
  ['Spanish', 'mi bebe de 2 dias hace popo negra como chapopote, es el meconio?'],
  ['Spanish', 'tengo agujetas del gym, no puedo ni caminar jaja'],
  ['Spanish', 'a mi perro lo atropello un carro, a que veterinario lo llevo?'],
  ['Spanish', 'el dolor de cabeza se fue de golpe despues del cafe'],
  ['Spanish', 'la luz se fue de golpe y mi refri hace ruido'],
  ['Spanish', 'no me entra el aire por la nariz, tengo gripe y mocos'],
  ['Spanish', 'el inhalador nasal no me hace nada, sigo con la nariz tapada'],
  ['Spanish', 'mi abuelo se cayo hace un mes y desde entonces no se puede levantar solo de la silla, tiene artrosis'],
  ['Portuguese', 'ta melhorando a tosse do meu filho, posso mandar pra escola?'],
  ['French', "le medecin m'a prescrit une boite de doliprane, combien par jour ?"],
  ['French', "j'ai achete un flacon de sirop pour la toux, a partir de quel age ?"],
  ['French', "elle est toute confuse de son retard, elle s'excuse"],
  ['French', 'mon bebe pousse des petits cris aigus quand il joue, il rigole beaucoup'],
  ['French', 'ma grand-mere repete toujours les memes questions, elle a alzheimer depuis 5 ans'],
  ['French', "mon bebe n'a pas fait pipi depuis 1 heure, c'est normal ?"],
  ['Italian', 'ho la gola gonfia per il raffreddore e mi fa male'],
  ['Italian', 'ho le labbra gonfie dopo il filler di ieri, e normale?'],
  ['Italian', 'ho mal di gola e non riesco a deglutire bene'],
  ['Italian', "perdo un po' di sangue dalle gengive quando mi lavo i denti"],
  ['Italian', 'mio figlio di 5 anni non fa pipi a scuola perche si vergogna'],
  ['German', 'ich habe eine ibuprofen mit bier genommen, ist das schlimm?'],
  ['Russian', 'новорожденный кряхтит и тужится, когда какает, это нормально?'],
  ['Russian', 'после бега сын дышит часто, но быстро успокаивается'],
  ['Russian', 'сыну 4 года, не писает в горшок, только в памперс'],
  ['Polish', 'niemowle steka przy robieniu kupy, czy to normalne?'],
  ['Polish', 'po bieganiu oddycham szybko ale szybko wraca do normy'],
  ['Turkish', 'bebegin kakasi tas gibi sert, 3 gundur yapmadi'],
  ['Turkish', 'regl oldum, karnim cok agriyor her ay oldugu gibi'],
  ['Turkish', 'kosudan sonra hizli nefes aliyorum, normal mi'],
  ['Haitian Creole', 'ti bebe a ap plenn le l ap fe kaka, eske se nomal?'],
  // Review V22 on 9473054 (extra/t42-2.jsonl): a baby off one of breast or bottle, a child of years, one tablet.
  ['Spanish', 'mi hijo de 8 anos no quiere comer verduras, que le doy?'],
  ['Spanish', 'mi bebe de 6 meses no quiere el biberon porque prefiere el pecho, esta gordito'],
  ['Spanish', 'el bebe esta bien dormidito en su cuna, puedo banarme mientras?'],
  ['Spanish', 'mi esposo no quiere comer desde ayer por la gripe, solo toma caldo'],
  ['Portuguese', 'minha mae ta gemendo de dor de dente, qual remedio posso dar?'],
  ['Portuguese', 'depois da corrida fico respirando rapido uns minutos, e normal?'],
  ['Portuguese', 'meu filho tomou o xarope todo que o medico receitou, acabou o tratamento'],
  ['French', 'quand je croise les jambes je ne sens plus mes pieds, des fourmis'],
  ['French', "il est tombe de l'echelle l'annee derniere, il a encore mal au dos parfois"],
  ['German', 'unser sohn hat beim essen einen kirschkern geschluckt, muss ich was tun?'],
  ['Russian', 'выпил таблетку от головной боли, можно ли пить кофе?'],
  ['Russian', 'купила штук десять масок в аптеке'],
  ['Italian', "mio figlio ha bevuto un sorso di acqua frizzante e tossisce un po'"],
];

const rules = new EmergencyTriage();

describeTriageProbes('session 40 European breathing (%s)', BREATHING, rules);
describeTriageProbes('session 40 European poisoning (%s)', POISONING, rules);
describeTriageProbes('session 40 European collapse (%s)', COLLAPSE, rules);
describeTriageProbes('session 40 European infants (%s)', INFANTS, rules);
describeTriageProbes('session 40 European bleeding (%s)', BLEEDING, rules);
describeTriageProbes('session 40 European anaphylaxis (%s)', ANAPHYLAXIS, rules);
describeTriageProbes('session 40 European head injury (%s)', HEAD_INJURY, rules);
describeTriageProbes('session 40 European kinds outside the 13 (%s)', OUTSIDE_THE_13, rules);
describeTriageProbes('session 40 European, a second set (%s)', A_SECOND_SET, rules);
describeRulesAndProduct('session 40 European, review V22 of 303519b', REVIEW_V22_EMERGENCIES, REVIEW_V22_LOOK_ALIKES);
