import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Issue 11, session 37 (T28): the kinds a review found still failing in some European language, probed in all nine
 * (Spanish, Portuguese, French, Italian, Haitian Creole, German, Polish, Russian, Turkish), written from the protocols
 * before any lexicon changed, in the way people write (no accents, lowercase, slang, a parent's or a bystander's voice):
 * a baby under 3 months with a reading of 38 or more, told as "de 3 semanas", "20 Tage alt", "38,5", "101 F" (NICE
 * NG143 red), beside a 10-month-old with 38.5 who plays and feeds and a newborn at 37.2; suicidal intent told with a
 * time, the means kept, a goodbye letter (NICE NG225), beside idioms of dying laughing and an exam "killing" one; a
 * seizure past 5 minutes or a second without waking between, in someone with epilepsy or "not the first time" (NICE
 * NG217), beside the usual one-minute seizure over and back to normal; a snake, a scorpion, a sting with the face and
 * throat swelling, beside itchy mosquito bites and a dog licking a cut; and a word read without what it describes:
 * "un poco decaído ... pero come bien" (a grade before a tiredness word), a squeal in play read as a high-pitched cry,
 * Russian "захлебнулся водой ... всё прошло" (choked on a drink) read as drowning, "mi jefa" at work read as a mother.
 * On 23dc64f the rules flagged 54 of the 116 emergencies (the product 56) and 4 of the 85 look-alikes (both): Spanish
 * 12/17, Portuguese 10/14, French 7/14, Italian 5/14, Haitian Creole 3/8, German 5/14, Polish 3/11, Russian 6/13,
 * Turkish 3/11; many were not even read as their language (a Polish, Turkish or Italian message with no word a
 * lexicon marked it by).
 */
const REVIEWED_KINDS: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi bebe de 3 semanas tiene calentura, le puse el termometro y marca 38,5',
      'recien nacido de 10 dias con 38.2 de temperatura, lo noto muy dormilon',
      'mi niña tiene 6 semanitas y tiene 101 F, que hago??',
      'me voy a matar esta noche, ya lo decidi',
      'ya no quiero vivir, tengo juntadas las pastillas de mi abuela',
      'le deje una carta de despedida a mis hijos, ya no aguanto mas',
      'mi hijo tiene epilepsia y lleva mas de 5 minutos convulsionando, no es la primera vez pero no para',
      'le dio otra convulsion y no desperto entre una y otra',
      'a mi hijo le pico un alacran en la mano y esta babeando mucho',
      'me mordio una vibora en el tobillo y se me esta hinchando',
      'me pico una avispa y se me esta hinchando la cara y la garganta',
      'un señor se cayo en la parada del camion y no responde, no se si respira',
      'mi hijo respira muy rapido y se le hunden las costillas',
      'se tomo como 20 pastillas de paracetamol hace una hora',
      'mi hija de 4 años le duele el cuello al bajar la cabeza, tiene fiebre y no aguanta la luz',
      'se pego en la cabeza con el piso, ha vomitado 3 veces y esta muy adormilado',
      'de repente todo me da vueltas, veo doble y no puedo caminar derecho',
    ],
    [
      'mi bebe de 10 meses tiene 38.5 pero juega y come bien',
      'mi recien nacido tiene 37.2, es normal?',
      'este examen me esta matando jaja',
      'me muero de risa con este video de mi hermano',
      'mi hijo tiene epilepsia, le dio su crisis de siempre de un minuto y ya esta normal',
      'tengo piquetes de mosquito en las piernas que me dan mucha comezon',
      'el perro me lamio una cortadita en la mano, se infecta?',
      'mi niño esta un poco decaido por el resfriado pero come bien',
      'mi bebe da un grito agudo cuando juega, es normal?',
      'mi jefa me regaño hoy y me duele la cabeza del estres',
      'mi jefa dice que no puedo faltar aunque tenga gripa',
      'mi hijo se atraganto con agua pero ya se le paso, esta bien',
      'me tome 2 pastillas de paracetamol para la fiebre',
      'me mareo un poco cuando me levanto rapido',
      'mi hija tuvo fiebre y le duele un poco el cuello de dormir chueca',
    ],
  ],
  [
    'Portuguese',
    [
      'meu bebe de 3 semanas ta com febre de 38,5',
      'recem nascido com 38 graus de febre e ta molinho',
      'vou me matar hoje a noite, ja escrevi a carta de despedida',
      'nao quero mais viver, juntei os remedios da minha mae',
      'meu filho tem epilepsia, esta convulsionando ha mais de 5 minutos e nao para',
      'teve outra convulsao e nao acordou entre uma e outra',
      'meu filho foi picado por um escorpiao e esta vomitando e suando muito',
      'uma cobra mordeu meu pai na perna, ta inchando muito',
      'fui picada por uma vespa e meu rosto e minha garganta tao inchando',
      'um senhor caiu na rua e nao responde, nao sei se ta respirando',
      'meu filho ta respirando muito rapido e afundando as costelas',
      'ela tomou umas 30 pilulas de dipirona',
      'bateu a cabeca, vomitou 3 vezes e ta muito sonolento',
      'minha filha esta com febre, nao consegue abaixar a cabeca e a luz incomoda',
    ],
    [
      'meu bebe de 10 meses ta com 38,5 mas ta brincando e mamando bem',
      'meu recem nascido ta com 37,2, e normal?',
      'essa prova ta me matando kkk',
      'to morrendo de rir com esse video',
      'meu filho tem epilepsia, teve a crise de sempre de um minuto e ja voltou ao normal',
      'to cheio de picada de mosquito que coça muito',
      'o cachorro lambeu um cortezinho na minha mao',
      'meu filho ta um pouco abatido por causa do resfriado mas ta comendo bem',
      'minha bebe da um grito agudo quando brinca, e normal?',
      'meu filho engasgou com agua mas ja passou, ta tudo bem',
      'tomei 2 comprimidos de dipirona pra dor de cabeca',
      'vou matar meu irmao, ele comeu meu chocolate kkk',
    ],
  ],
  [
    'French',
    [
      'mon bebe de 3 semaines a 38,5 de fievre',
      'nouveau ne de 15 jours avec 38.3, il tete mal',
      "je vais me tuer ce soir, j'ai tout prevu",
      "je veux plus vivre, j'ai garde tous mes cachets",
      "j'ai ecrit une lettre d'adieu a ma famille",
      "mon fils est epileptique, il convulse depuis plus de 5 minutes, c'est pas la premiere fois mais ca s'arrete pas",
      'il a refait une crise sans se reveiller entre les deux',
      "mon fils s'est fait piquer par un scorpion et il bave beaucoup",
      'un serpent a mordu mon pere a la jambe, ca gonfle',
      'piquee par une guepe, mon visage et ma gorge gonflent',
      "un monsieur est tombe dans la rue et repond pas, je sais pas s'il respire",
      'mon fils respire tres vite et on voit ses cotes se creuser',
      'elle a avale 20 comprimes de doliprane',
      "il s'est cogne la tete, il a vomi 3 fois et il est tres somnolent",
    ],
    [
      'mon bebe de 10 mois a 38,5 mais il joue et mange bien',
      "mon nouveau ne a 37,2, c'est normal?",
      'cet exam me tue mdr',
      'je meurs de rire avec cette video',
      'je vais le tuer mon frere il a mange mes chips',
      "mon fils est epileptique, il a fait sa crise habituelle d'une minute et il est redevenu normal",
      "j'ai plein de piqures de moustique qui grattent",
      'le chien a leche une petite coupure sur ma main',
      'mon fils est un peu abattu avec son rhume mais il mange bien',
      'ma fille pousse des cris aigus quand elle joue',
      "il s'est etouffe avec de l'eau mais c'est passe, ca va",
      "j'ai pris 2 doliprane pour le mal de tete",
    ],
  ],
  [
    'Italian',
    [
      'il mio bimbo di 3 settimane ha la febbre a 38,5',
      'neonato di 20 giorni con 38.2, e molto assonnato',
      'mi ammazzo stanotte, ho gia deciso',
      'non voglio piu vivere, ho messo da parte le pastiglie',
      'ho scritto una lettera di addio ai miei',
      'mio figlio e epilettico, ha le convulsioni da piu di 5 minuti e non smette',
      "ha avuto un'altra crisi senza riprendersi tra una e l'altra",
      'mio figlio e stato punto da uno scorpione e suda tantissimo',
      'una vipera ha morso mio padre alla gamba',
      'punta da una vespa, mi si gonfiano la faccia e la gola',
      'un signore e caduto per strada e non risponde',
      'mio figlio respira velocissimo e si vedono le costole che rientrano',
      'ha preso 20 compresse di tachipirina',
      'ha battuto la testa, ha vomitato 3 volte ed e molto sonnolento',
    ],
    [
      'il mio bimbo di 10 mesi ha 38,5 ma gioca e mangia bene',
      'il mio neonato ha 37,2, e normale?',
      'questo esame mi sta uccidendo',
      'muoio dal ridere con questo video',
      'mio figlio e epilettico, ha avuto la solita crisi di un minuto ed e tornato normale',
      'ho tante punture di zanzara che prudono',
      'il cane mi ha leccato un taglietto sulla mano',
      "mio figlio e un po' giu per il raffreddore ma mangia bene",
      'la mia bimba fa degli strilli acuti quando gioca',
      'ha preso 2 tachipirine per il mal di testa',
    ],
  ],
  [
    'Haitian Creole',
    [
      'pitit mwen gen 3 semen li gen lafyev 38,5',
      'm pral touye tet mwen aswe a',
      'm pa vle viv anko, m sere tout grenn yo',
      'pitit mwen gen malkadi, l ap tranble depi plis pase 5 minit e li pa kanpe',
      'yon koulev mode papa m nan janm',
      'yon gep pike m e figi m ak goj mwen ap anfle',
      'yon mesye tonbe nan lari a li pa reponn',
      'li bwe 20 grenn paracetamol',
    ],
    [
      'pitit mwen gen 10 mwa li gen 38,5 men l ap jwe e l ap manje byen',
      'egzamen sa a ap touye m',
      'm ap mouri ri',
      'pitit mwen gen malkadi, li fe kriz li nomal 1 minit e li tounen nomal',
      'moustik pike m anpil e sa grate m',
      'm bwe 2 grenn paracetamol pou tet fe mal',
    ],
  ],
  [
    'German',
    [
      'mein baby ist 20 tage alt und hat 38,5 fieber',
      'neugeborenes mit 38.2, trinkt schlecht',
      'ich bring mich heute nacht um',
      'ich will nicht mehr leben, hab die tabletten schon gesammelt',
      'ich hab einen abschiedsbrief geschrieben',
      'mein sohn hat epilepsie und krampft seit ueber 5 minuten, ist nicht das erste mal aber hoert nicht auf',
      'er hatte noch einen anfall ohne dazwischen aufzuwachen',
      'mein vater wurde von einer schlange gebissen, das bein schwillt an',
      'wespenstich und jetzt schwillt mein gesicht und hals an',
      'ein mann ist auf der strasse umgekippt und reagiert nicht',
      'mein kind atmet ganz schnell und die rippen ziehen sich ein',
      'sie hat 20 tabletten ibuprofen genommen',
      'er ist mit dem kopf aufgeschlagen, hat 3 mal erbrochen und ist total schlaefrig',
      'meine tochter hat fieber, kann den kopf nicht nach vorne beugen und das licht tut ihr weh',
    ],
    [
      'mein baby ist 10 monate alt, hat 38,5 aber spielt und trinkt gut',
      'mein neugeborenes hat 37,2, ist das normal?',
      'diese pruefung bringt mich um',
      'ich lach mich tot ueber das video',
      'mein sohn hat epilepsie, hatte seinen ueblichen anfall von einer minute und ist wieder normal',
      'ich hab ueberall mueckenstiche die jucken',
      'der hund hat an einem kleinen schnitt an meiner hand geleckt',
      'mein sohn ist etwas schlapp wegen der erkaeltung aber isst gut',
      'er hat sich an wasser verschluckt aber es ist wieder gut',
      'hab 2 ibuprofen gegen kopfschmerzen genommen',
    ],
  ],
  [
    'Polish',
    [
      'moje dziecko ma 3 tygodnie i ma 38,5 goraczki',
      'noworodek ma 38,2 i slabo je',
      'zabije sie dzisiaj w nocy',
      'nie chce juz zyc, mam odlozone tabletki',
      'napisalam list pozegnalny',
      'syn ma padaczke, drgawki trwaja ponad 5 minut i nie przechodza',
      'ukasila go zmija w noge',
      'uzadlila mnie osa i puchnie mi twarz i gardlo',
      'pan upadl na ulicy i nie reaguje',
      'wzial 20 tabletek paracetamolu',
      'uderzyl sie w glowe, wymiotowal 3 razy i jest bardzo senny',
    ],
    [
      'dziecko ma 10 miesiecy i 38,5 ale bawi sie i je dobrze',
      'ten egzamin mnie zabije',
      'umieram ze smiechu',
      'syn ma padaczke, mial swoj zwykly atak na minute i juz jest normalny',
      'mam pelno ugryzien komarow ktore swedza',
      'wzielam 2 tabletki paracetamolu na bol glowy',
      'zakrztusil sie woda ale juz przeszlo',
    ],
  ],
  [
    'Russian',
    [
      'ребенку 3 недели температура 38,5',
      'новорожденный 38,2 плохо сосет',
      'я убью себя сегодня ночью',
      'не хочу жить, я накопила таблетки',
      'написал прощальное письмо',
      'у сына эпилепсия, судороги уже больше 5 минут и не проходят',
      'второй приступ и он не пришел в себя между ними',
      'папу укусила змея в ногу',
      'ужалила оса и отекает лицо и горло',
      'мужчина упал на улице и не реагирует',
      'выпила 20 таблеток парацетамола',
      'ударился головой, рвало 3 раза и очень сонный',
      'ребенок захлебнулся в бассейне, не дышит',
    ],
    [
      'ребенку 10 месяцев, 38,5 но играет и хорошо ест',
      'этот экзамен меня убивает',
      'умираю со смеху',
      'у сына эпилепсия, был обычный приступ на минуту и он уже в норме',
      'искусали комары все чешется',
      'ребенок захлебнулся водой когда пил, но все прошло',
      'выпила 2 таблетки парацетамола от головы',
    ],
  ],
  [
    'Turkish',
    [
      'bebegim 3 haftalik ve atesi 38,5',
      'yenidogan 38,2 ates var emmiyor',
      'bu gece kendimi oldurecegim',
      'artik yasamak istemiyorum, haplari biriktirdim',
      'veda mektubu yazdim',
      'oglumun epilepsisi var, 5 dakikadan fazladir kasiliyor gecmiyor',
      'babami yilan soktu bacagindan',
      'ari soktu yuzum ve bogazim sisiyor',
      'bir adam sokakta yere yigildi tepki vermiyor',
      '20 tane parol icti',
      'kafasini carpti 3 kere kusti ve cok uykulu',
    ],
    [
      'bebegim 10 aylik atesi 38,5 ama oynuyor ve iyi yiyor',
      'bu sinav beni oldurecek',
      'gulmekten oluyorum',
      'oglumun epilepsisi var, her zamanki 1 dakikalik nobeti oldu ve normale dondu',
      'sivrisinek isirdi cok kasiniyor',
      '2 tane parol ictim bas agrisi icin',
    ],
  ],
];

/**
 * The other discriminator families, probed in the same nine languages after the kinds above were mended and
 * before anything more changed (on ff777a6): breathing trouble in plain words, a collapse a relative or bystander sees,
 * lips gone blue, sight and feeling lost on one side, bleeding in pregnancy, a burn with blisters, a child pulled from
 * water, heat stroke; beside breathlessness on the stairs that was always so, a faint from hunger that is over, lips
 * coloured by a grape ice lolly, and a "fit" or "crise" of laughter, coughing or temper. The rules flagged 43 of the 57
 * emergencies (the product 44) and 4 of the 45 look-alikes (the same on 23dc64f): a French "crise de colère" read as a
 * seizure, Spanish lips "morados de la paleta" as cyanosis, an Italian faint "ma sto bene" not read as over, Russian
 * "немного задыхаюсь ... всегда так было" as difficulty breathing.
 */
const OTHER_FAMILIES: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi papa esta respirando muy feo, le falta el aire y no puede ni hablar',
      'mi abuelita se desvanecio en la misa y no la podemos despertar',
      'se le pusieron los labios azules y respira raro',
      'de repente perdio la vista de un ojo y se le duerme la mitad del cuerpo',
      'estoy embarazada de 5 meses y estoy sangrando un chorro',
      'mi hijo se quemo la cara y el pecho con aceite hirviendo, tiene ampollas',
      'mi tio estuvo trabajando al sol, ya no suda, esta ardiendo y habla incoherencias',
      'lo sacamos de la alberca, tose y respira con dificultad y esta medio dormido',
    ],
    [
      'me falta un poco el aire cuando subo escaleras, siempre me pasa',
      'ayer me desmaye de hambre pero ya comi y estoy bien',
      'tengo los labios morados de la paleta de uva jaja',
      'me dio un ataque de risa en clase',
      'mi hijo tuvo un ataque de tos pero ya se le paso',
      'me queme un poquito la lengua con el cafe',
      'mi hijo se cayo a la alberca pero salio nadando solito y esta jugando',
    ],
  ],
  [
    'Portuguese',
    [
      'meu pai ta respirando muito mal, falta o ar e nem consegue falar',
      'minha avo apagou na igreja e a gente nao consegue acordar ela',
      'os labios dele ficaram azuis e ta respirando estranho',
      'de repente perdeu a visao de um olho e metade do corpo ta dormente',
      'to gravida de 5 meses e sangrando muito',
      'meu filho queimou o rosto e o peito com oleo quente, ta cheio de bolhas',
      'tiramos ele da piscina, ta tossindo, respirando com dificuldade e meio desacordado',
    ],
    [
      'fico com um pouco de falta de ar quando subo escada, sempre foi assim',
      'ontem desmaiei de fome mas ja comi e to bem',
      'meus labios tao roxos do picole de uva kkk',
      'tive um ataque de riso na aula',
      'fiquei sem ar de tanto rir kkk',
      'a luz apagou e o bebe ta chorando',
      'meu filho teve uma crise de tosse mas ja passou',
      'queimei um pouquinho a lingua com o cafe',
    ],
  ],
  [
    'French',
    [
      "mon pere respire tres mal, il manque d'air et arrive pas a parler",
      "ma grand-mere s'est effondree a la messe et on arrive pas a la reveiller",
      'ses levres sont devenues bleues et il respire bizarre',
      "d'un coup il voit plus d'un oeil et la moitie du corps est engourdie",
      'enceinte de 5 mois et je saigne beaucoup',
      "mon fils s'est brule le visage et le torse avec de l'huile bouillante, il a des cloques",
      "on l'a sorti de la piscine, il tousse, respire mal et il est a moitie inconscient",
    ],
    [
      'je suis un peu essouffle quand je monte les escaliers, ca a toujours ete comme ca',
      "hier je me suis evanoui de faim mais j'ai mange et ca va",
      "j'ai eu un fou rire en cours",
      "mon fils a eu une quinte de toux mais c'est passe",
      "ma fille fait une crise de colere parce qu'elle veut pas dormir",
      'je me suis un peu brule la langue avec le cafe',
    ],
  ],
  [
    'Italian',
    [
      "mio padre respira malissimo, gli manca l'aria e non riesce a parlare",
      'mia nonna e svenuta in chiesa e non riusciamo a svegliarla',
      'gli sono diventate le labbra blu e respira strano',
      "all'improvviso non vede piu da un occhio e ha mezzo corpo addormentato",
      'sono incinta di 5 mesi e perdo tanto sangue',
      "mio figlio si e bruciato faccia e petto con l'olio bollente, ha le vesciche",
      'ho un dolore al petto fortissimo che va al braccio sinistro ma sto bene',
    ],
    [
      "ho un po' di fiatone quando faccio le scale, da sempre",
      'ieri sono svenuto per la fame ma ho mangiato e sto bene',
      'mi e venuta una ridarella in classe',
      'mio figlio ha avuto un attacco di tosse ma e passato',
      'mia figlia ha una crisi di pianto perche non vuole dormire',
    ],
  ],
  [
    'German',
    [
      'mein vater atmet ganz schlecht, kriegt keine luft und kann nicht mal reden',
      'oma ist in der kirche zusammengebrochen und wir kriegen sie nicht wach',
      'seine lippen sind blau geworden und er atmet komisch',
      'ploetzlich sieht er auf einem auge nichts mehr und die halbe seite ist taub',
      'bin im 5. monat schwanger und blute stark',
      'mein sohn hat sich gesicht und brust mit heissem oel verbrannt, hat blasen',
      'wir haben ihn aus dem pool gezogen, er hustet, atmet schwer und ist ganz benommen',
    ],
    [
      'ich bin etwas kurzatmig beim treppensteigen, war schon immer so',
      'mein sohn hatte einen lachanfall in der schule',
      'meine tochter hat einen wutanfall weil sie nicht schlafen will',
      'er hatte einen hustenanfall aber es ist vorbei',
      'hab mir ein bisschen die zunge am kaffee verbrannt',
    ],
  ],
  [
    'Polish',
    [
      'tata bardzo zle oddycha, brakuje mu powietrza i nie moze mowic',
      'babcia zemdlala w kosciele i nie mozemy jej obudzic',
      'ma sine usta i dziwnie oddycha',
      'nagle nie widzi na jedno oko i polowa ciala jest zdretwiala',
      'jestem w 5 miesiacu ciazy i mocno krwawie',
      'syn oparzyl twarz i klatke wrzacym olejem, ma pecherze',
    ],
    [
      'troche brakuje mi tchu jak wchodze po schodach, zawsze tak mam',
      'mialem atak smiechu na lekcji',
      'syn mial atak kaszlu ale juz przeszlo',
      'troche oparzylam jezyk kawa',
    ],
  ],
  [
    'Russian',
    [
      'папа очень плохо дышит, ему не хватает воздуха и он не может говорить',
      'бабушка потеряла сознание в церкви и мы не можем ее разбудить',
      'у него посинели губы и он странно дышит',
      'вдруг перестал видеть одним глазом и онемела половина тела',
      'я на 5 месяце беременности и сильно кровоточу',
      'сын обжег лицо и грудь кипящим маслом, волдыри',
      'вытащили из бассейна, кашляет, тяжело дышит и вялый',
    ],
    [
      'немного задыхаюсь когда поднимаюсь по лестнице, всегда так было',
      'у меня был приступ смеха на уроке',
      'у сына был приступ кашля но уже прошел',
      'дочка закатила истерику потому что не хочет спать',
      'немного обжег язык кофе',
    ],
  ],
  [
    'Turkish',
    [
      'babam cok kotu nefes aliyor, nefesi yetmiyor ve konusamiyor',
      'babaannem camide bayildi ve uyandiramiyoruz',
      'dudaklari morardi ve garip nefes aliyor',
      'birden bir gozu gormemeye basladi ve vucudunun yarisi uyustu',
      '5 aylik hamileyim ve cok kanamam var',
      'oglum yuzunu ve gogsunu kizgin yagla yakti, su toplamis',
    ],
    [
      'merdiven cikarken biraz nefesim daraliyor, hep boyleydi',
      'derste gulme krizine girdim',
      'oglum oksuruk krizi gecirdi ama gecti',
      'dilimi biraz kahveyle yaktim',
    ],
  ],
  [
    'Haitian Creole',
    [
      'papa m ap respire mal anpil, li manke souf e li pa ka pale',
      'grann mwen endispoze nan legliz la e nou pa ka reveye l',
      'bouch li vin ble e l ap respire dwol',
    ],
    [
      'm manke souf yon ti kras le m monte mach eskalye, se toujou konsa',
      'pitit mwen te gen yon kriz tous men li pase',
      'm boule lang mwen ak kafe a yon ti kras',
    ],
  ],
];

/**
 * A fresh check, written after the two rounds above were mended and run before anything more changed: the review's
 * kinds A to E again in other words (a baby "born 2 weeks ago", a note left for the family and a day named, a spouse's
 * seizure of 10 minutes, an adder or a scorpion, heat that "is killing me", a short seizure over, a child a bit run
 * down who plays). The rules flagged 21 of the 33 emergencies (the product 21; 12 and 12 on 23dc64f) and 1 of the 32
 * look-alikes (2 on 23dc64f): a baby's age told by the birth, a note left, "morgen bring ich mich um" in verb-second
 * order, a Polish "jutro sie zabije", a seizure "trwaja juz 10 minut", "покончу с собой", and Russian "всё нормально"
 * read as a question ("is it normal") after choking on tea.
 */
const FRESH_CHECK: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi nena nacio hace 2 semanas y le tome la temperatura, tiene 38.4',
      'bebe de 5 semanas con calentura de 38 grados, no quiere el pecho',
      'ya tengo todo listo para matarme mañana, le deje una nota a mi mama',
      'mi esposo es epileptico y lleva 10 minutos convulsionando',
      'le pico un escorpion a mi hija de 3 años, esta muy inquieta y babea',
    ],
    [
      'mi bebe de 8 meses tiene 38 pero esta contento y comiendo',
      'me mata de risa mi sobrino',
      'mi esposo es epileptico, le dio una crisis cortita y ya se recupero',
      'le picaron los zancudos toda la noche y se rasca mucho',
      'mi hija anda medio decaida por la gripa pero juega y come',
    ],
  ],
  [
    'Portuguese',
    [
      'minha bebe nasceu faz 3 semanas e ta com 38,2 de febre',
      'vou me matar amanha, ja deixei um bilhete pra minha familia',
      'meu marido tem epilepsia e ta convulsionando faz 8 minutos',
      'um escorpiao picou minha filha de 4 anos, ela ta vomitando',
    ],
    [
      'meu bebe de 9 meses ta com 38 mas ta feliz e mamando',
      'esse calor ta me matando',
      'meu marido tem epilepsia, teve uma crise curtinha e ja ta normal',
      'minha filha ta meio abatida com a gripe mas ta brincando',
    ],
  ],
  [
    'French',
    [
      'ma fille est nee il y a 2 semaines et elle a 38,4',
      "je vais en finir demain, j'ai laisse un mot pour mes enfants",
      'mon mari est epileptique et convulse depuis 10 minutes',
      'une vipere a mordu ma fille au mollet, sa jambe gonfle',
    ],
    [
      'mon bebe de 8 mois a 38 mais il est content et mange',
      'cette chaleur me tue',
      'mon mari est epileptique, il a fait une petite crise et il va bien',
      'ma fille est un peu patraque avec la grippe mais elle joue',
    ],
  ],
  [
    'Italian',
    [
      'la mia bimba e nata 2 settimane fa e ha 38,3',
      'domani la faccio finita, ho lasciato un biglietto ai miei figli',
      'mio marito e epilettico e ha le convulsioni da 10 minuti',
      'una vipera ha morso mia figlia, la gamba si gonfia',
    ],
    [
      'il mio bimbo di 8 mesi ha 38 ma e contento e mangia',
      'questo caldo mi sta uccidendo',
      'mio marito e epilettico, ha avuto una crisi breve e ora sta bene',
    ],
  ],
  [
    'German',
    [
      'meine tochter ist 2 wochen alt und hat 38,3',
      'morgen bring ich mich um, hab meiner familie einen brief hinterlassen',
      'mein mann hat epilepsie und krampft seit 10 minuten',
      'eine kreuzotter hat meine tochter gebissen, das bein schwillt an',
    ],
    [
      'mein baby ist 8 monate alt, hat 38 aber ist froehlich und isst',
      'diese hitze bringt mich um',
      'mein mann hat epilepsie, hatte einen kurzen anfall und ist wieder ok',
      'meine tochter ist ein bisschen schlapp wegen der grippe aber spielt',
    ],
  ],
  [
    'Polish',
    [
      'corka ma 2 tygodnie i 38,3 stopni',
      'jutro sie zabije, zostawilam list dla rodziny',
      'maz ma padaczke, drgawki trwaja juz 10 minut',
    ],
    [
      'dziecko ma 8 miesiecy, 38 ale jest wesole i je',
      'ten upal mnie zabije',
      'corka jest troche oslabiona grypa ale sie bawi',
    ],
  ],
  [
    'Russian',
    [
      'дочке 2 недели, температура 38,3',
      'завтра покончу с собой, оставила записку семье',
      'у мужа эпилепсия, судороги уже 10 минут',
      'дочку укусила гадюка, нога опухает',
    ],
    [
      'ребенку 8 месяцев, температура 38 но веселый и ест',
      'эта жара меня убивает',
      'дочка немного вялая из-за гриппа но играет',
      'поперхнулся чаем, откашлялся и все нормально',
    ],
  ],
  [
    'Turkish',
    [
      'kizim 2 haftalik, atesi 38,3',
      'yarin kendimi oldurecegim, aileme not biraktim',
      'esimin epilepsisi var, 10 dakikadir kasiliyor',
    ],
    [
      'bebegim 8 aylik atesi 38 ama neseli ve yiyor',
      'bu sicak beni olduruyor',
      'kizim grip yuzunden biraz halsiz ama oynuyor',
    ],
  ],
  [
    'Haitian Creole',
    ['pitit fi m gen 2 semen, li gen lafyev 38,3', 'm pral touye tet mwen demen, m kite yon let pou fanmi m'],
    ['pitit mwen gen 8 mwa, li gen 38 men li kontan e l ap manje', 'chale sa a ap touye m'],
  ],
];

/**
 * A young baby with a normal reading told after the fever word ("fiebre de 37.5", "температура 37,2", "ateşi 37,3"):
 * NICE NG143 grades by the reading, so under 38 is no fever, and 38 or more is red. Written after the first round had
 * made the babies' ages readable, which had turned such messages into false alarms: on ff777a6 the rules flagged 6 of
 * the 8 look-alikes (3 on 23dc64f) and all 8 emergencies (5 on 23dc64f).
 */
const NORMAL_READINGS: TriageProbeTable = [
  ['Spanish', ['mi bebe de 3 semanas tiene fiebre de 38.1'], ['mi bebe de 3 semanas tiene fiebre de 37.5, es normal?']],
  [
    'Portuguese',
    ['meu bebe de 3 semanas ta com febre de 38,1'],
    ['meu bebe de 3 semanas ta com febre de 37,6, e normal?'],
  ],
  [
    'French',
    ['mon bebe de 3 semaines a de la fievre a 38,2'],
    ["mon bebe de 3 semaines a une temperature de 37,4 c'est normal?"],
  ],
  [
    'Italian',
    ['il mio bimbo di 3 settimane ha la febbre a 38,2'],
    ['il mio bimbo di 3 settimane ha la febbre a 37,3 e normale?'],
  ],
  [
    'German',
    ['mein baby ist 3 wochen alt und hat fieber 38,2'],
    ['mein baby ist 3 wochen alt und hat temperatur 37,4, ist das normal?'],
  ],
  ['Polish', ['noworodek ma goraczke 38,2'], ['noworodek ma goraczke 37,4 czy to normalne']],
  ['Russian', ['ребенку 3 недели температура 38,2'], ['ребенку 3 недели температура 37,2 это нормально?']],
  ['Turkish', ['bebegim 3 haftalik atesi 38,3'], ['bebegim 3 haftalik atesi 37,3 normal mi']],
];

/**
 * Look-alikes of the glosses this session added, found by reading them against ordinary messages before the last
 * commit: "va a matarme" (someone else's anger) and "matarme de hambre" (an idiom) read as suicide, "je veux pas vivre
 * chez mes parents" as not wanting to live, a young baby who "feeds poorly" with colic read as one who has stopped
 * feeding (NICE NG143 grades poor feeding amber; a newborn who has stopped feeding is red), and lips slightly swollen
 * after shellfish, passed. On ff777a6 the rules flagged 5 of the 8 look-alikes and 6 of the 7 emergencies (0 and 1
 * on 23dc64f).
 */
const GLOSS_LOOK_ALIKES: TriageProbeTable = [
  [
    'Spanish',
    ['tengo la cuerda lista para matarme'],
    [
      'mi mama va a matarme si ve mis calificaciones jaja',
      'no pienso matarme de hambre con esa dieta, que me recomiendan',
    ],
  ],
  [
    'French',
    ["je veux pas vivre, j'ai plus la force de rien", 'mon bebe de 3 semaines ne boit plus rien depuis ce matin'],
    [
      'je veux pas vivre chez mes parents toute ma vie, des conseils?',
      'mon bebe de 3 semaines boit mal quand il a des coliques',
    ],
  ],
  ['Russian', ['ребенку 3 недели, совсем не сосет грудь с утра'], ['ребенку 3 недели плохо ест когда болит животик']],
  ['Polish', ['dziecko ma 3 tygodnie i nie chce ssac od rana'], ['dziecko ma 3 tygodnie i slabo je jak ma kolke']],
  [
    'German',
    ['mein baby ist 3 wochen alt und trinkt gar nicht mehr', 'nach den krabben schwillt meine zunge und mein hals an'],
    [
      'mein baby ist 3 wochen alt und trinkt schlecht wenn es blaehungen hat',
      'gestern nach den krabben schwollen meine lippen leicht an, nach einer stunde war alles weg',
    ],
  ],
];

/**
 * The reviewer's look-alikes of ff777a6 (V19, /work/staging/v19/FINDINGS.md, 17:16 UTC), each beside an emergency twin
 * that shares its alarm words, mended by mechanism: a 38-41 number is the baby's reading only when it is a reading
 * (not a length in cm or km, weeks of gestation "39 SA", bath water, the writer's own fever); a tablet count is an
 * overdose when not told as a course over days, and Turkish "N tane ... ictim" needs a pill word; a farewell letter
 * told with an ordinary farewell (colleagues, a team, retiring) is not intent, told alone or to one's family it is; "did not wake up between them" belongs to
 * seizures told; venom is of a person (not the dog) and now (not "when i was a kid"); a man who fell and got straight
 * up did not collapse; first-person trembling before an interview is no seizure; a toddler who will not eat
 * vegetables is no infant not feeding. On c16fd8f the rules and the product flagged 29 of the 30 look-alikes and 23 of
 * the 25 emergencies (the Turkish "20 tane uyku hapi ictim" and snake bite of a son were missed; the Russian toddler
 * was already quiet on c16fd8f).
 */
const REVIEWER_LOOK_ALIKES: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi bebe de 3 semanas tiene 38,5 de fiebre',
      'le dio una convulsion y otra y no desperto entre las dos',
      'a mi hijo le pico un alacran en el pie y esta babeando',
      'escribi una carta de despedida a mis hijos, ya no quiero vivir, tengo las pastillas juntadas',
    ],
    [
      'bañé a mi bebé de 2 semanas en agua de 38 grados, está bien esa temperatura?',
      'tengo 39 de fiebre y mi bebé tiene 3 semanas, puedo darle pecho?',
      'escribí una carta de despedida para mi compañero que se jubila, me ayudas a mejorarla?',
      'mi bebé de 2 meses durmió toda la noche y no despertó entre las dos tomas, es normal?',
      'a mi perro le picó un alacrán, qué le doy?',
    ],
  ],
  [
    'Portuguese',
    [
      'meu bebe de 3 semanas esta com 38,5 de febre',
      'tomei 20 comprimidos de paracetamol agora de uma vez',
      'teve convulsao e nao acordou entre as duas crises',
    ],
    [
      'meu bebê de 3 semanas mama bem, o banho com água de 38 graus está bom?',
      'tomei 20 comprimidos de antibiótico em 10 dias, como o médico mandou, e acabou a caixa',
      'meu bebê de 2 meses não acordou entre as duas mamadas, dormiu 6 horas, é normal?',
    ],
  ],
  [
    'French',
    [
      'mon bebe de 2 semaines a 38,5 de fievre',
      "il a fait une crise convulsive puis une autre et ne s'est pas reveille entre les deux",
    ],
    [
      "mon bébé de 2 semaines, né a 39 SA, a le hoquet après chaque biberon, c'est normal ?",
      "mon bébé ne s'est pas réveillé entre les deux biberons de la nuit, c'est normal ?",
    ],
  ],
  [
    'Italian',
    ['ho preso 20 compresse di paracetamolo tutte insieme mezzora fa'],
    [
      'ho preso 20 compresse di antibiotico in dieci giorni come da prescrizione',
      "sto scrivendo una lettera d'addio alla mia squadra di calcio, smetto di giocare per il ginocchio",
    ],
  ],
  [
    'German',
    [
      'mein baby ist 3 wochen alt und hat 38,5 fieber',
      'er hatte einen anfall nach dem anderen ohne aufzuwachen',
      'meinen sohn hat eine schlange gebissen, das bein schwillt an',
      'ich habe eben 20 tabletten ibuprofen genommen',
    ],
    [
      'ich schreibe einen abschiedsbrief an meine kollegen, ich wechsle den job. habe seit tagen kopfweh vom stress',
      'mein baby hat heute nacht 6 stunden geschlafen ohne aufzuwachen, ist das normal?',
      'unseren hund hat eine schlange gebissen',
      'in den letzten zehn tagen habe ich insgesamt 20 tabletten ibuprofen genommen wegen dem rücken',
    ],
  ],
  [
    'Polish',
    ['synek ma 6 tygodni i ma 38,5 stopni', 'starszy pan upadl na chodniku i nie rusza sie'],
    [
      'synek ma 6 tygodni, obwód głowy ma 38 cm, czy to normalne?',
      'starszy pan upadł na chodniku, ale od razu wstał i poszedł dalej',
    ],
  ],
  [
    'Russian',
    [
      'ребенку 3 недели, температура 38,5',
      'у него судороги одни за другими, не приходя в сознание',
      'оставил предсмертную записку и ушел',
      'выпил 20 таблеток снотворного час назад',
    ],
    [
      'купаем новорожденного в воде 38,5 градусов, это нормально?',
      'малышу 6 недель, окружность головы 38,5 см, это нормально?',
      'пишу прощальное письмо коллегам, ухожу на пенсию, немного болит голова',
      'дедушка умер в прошлом году, не приходя в сознание, мне до сих пор тяжело',
      'принял 20 таблеток антибиотика за 10 дней, курс закончился, можно пить пиво?',
      'ребенку 2 года, не ест овощи, только макароны',
    ],
  ],
  [
    'Turkish',
    ['bebegim 6 haftalik atesi 38,5', '20 tane uyku hapi ictim', 'bir yılan oğlumun bacağını ısırdı, bacağı şişiyor'],
    [
      'bebeğim 6 haftalık, baş çevresi 38,5 cm, normal mi?',
      'bugün 10 tane çay içtim, midem biraz ekşidi',
      'marketten 15 tane kurabiye aldım, çocuklar için',
    ],
  ],
  [
    'Haitian Creole',
    ['pitit mwen ap tranble depi 15 minit, li pa reponn'],
    ['m ap tranble depi 15 minit, m gen yon entèvyou travay, m pè anpil'],
  ],
  [
    'English',
    ['a snake bit my son on the leg ten minutes ago and it is swelling'],
    [
      'a snake bit my dog on our walk, who do i call?',
      'when i was a kid a snake bit me on holiday, i still have the scar, can it flare up?',
    ],
  ],
];

/**
 * The reviewer's STOP-THE-LINE texts of c16fd8f (V19, 18:07 UTC) beside their look-alikes: the "a temperature of 37"
 * gloss took 34-37.9, so a newborn at 35.3 (hypothermic: NICE NG51, WHO IMCI young infant) was read as normal; it now
 * takes 36-37.9 only. "Sono svenuto e adesso" with an arm that will not move and speech gone wrong is read by its parts
 * (FAST), and "je veux plus vivre comme ça" is not wanting to live (only a place or the people one lives with is
 * ordinary). On c16fd8f the rules flagged 0 of the 3 emergencies below (the product 1) and 0 of the 4 look-alikes.
 */
const REVIEWER_STOPS_OF_C16FD8F: TriageProbeTable = [
  [
    'French',
    [
      'mon bébé de 10 jours a une température de 35,3 et il tète mal',
      "je veux plus vivre comme ça, j'ai préparé tous mes médicaments pour ce soir",
    ],
    ['mon bebe de 3 semaines a une temperature de 37,2', 'je ne veux pas vivre avec mes parents'],
  ],
  [
    'Italian',
    ['sono svenuto e adesso non riesco a muovere il braccio destro e parlo male'],
    ["parlo male l'inglese, mi aiuti?", "sono svenuta una volta l'anno scorso dal dentista, ora sto bene"],
  ],
];

describe.each([
  ['rules', new EmergencyTriage()],
  ['product', EmergencyTriage.withWordingModel()],
])('read by the %s', (_reader, triage) => {
  describeTriageProbes("EmergencyTriage in %s, the review's kinds (session 37)", REVIEWED_KINDS, triage);
  describeTriageProbes("EmergencyTriage in %s, the issue's other families (session 37)", OTHER_FAMILIES, triage);
  describeTriageProbes('EmergencyTriage in %s, a fresh check of the kinds (session 37)', FRESH_CHECK, triage);
  describeTriageProbes("EmergencyTriage in %s, a young baby's reading (session 37)", NORMAL_READINGS, triage);
  describeTriageProbes("EmergencyTriage in %s, look-alikes of this session's glosses", GLOSS_LOOK_ALIKES, triage);
  describeTriageProbes("EmergencyTriage in %s, the reviewer's look-alikes of ff777a6", REVIEWER_LOOK_ALIKES, triage);
  describeTriageProbes("EmergencyTriage in %s, the reviewer's stops of c16fd8f", REVIEWER_STOPS_OF_C16FD8F, triage);
});
