import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * The product's triage (the rules with the learned wording model) on messages in other languages, for
 * what a review of the wording model reading the rules' English found must not happen (issue 11): an
 * emergency the product flags going quiet when the model stops reading the other language's letters, and
 * an emotional idiom of the throat becoming a false alarm. Own sentences, written from the protocols
 * (Manchester Triage, NHS 111) in the ways people type them, not taken from any set.
 */
const KINDS: TriageProbeTable = [
  [
    'a heart attack named in the language',
    [
      'credo che sia un infarto, ha un dolore al petto che va al braccio sinistro',
      'mi marido está teniendo un infarto, le duele el pecho y está sudando',
      'acho que meu pai está tendo um infarto, dor forte no peito',
      'je crois que mon père fait un infarctus, il a mal à la poitrine',
    ],
    [
      'meu avô teve um infarto há dez anos e hoje está bem',
      'mi padre tuvo un infarto hace años, ahora solo quiero saber qué dieta seguir',
      'mio nonno ha avuto un infarto nel 2015, che esami deve fare?',
      'preparo una charla para las vecinas, ¿cuáles son los síntomas de un infarto en las mujeres mayores?',
      'para una clase del colegio: ¿cuáles son los síntomas de un derrame cerebral?',
    ],
  ],
  [
    'a finger nearly cut off and bleeding',
    ['elim bıçakla kesildi, parmağım neredeyse koptu ve çok kanıyor'],
    [
      'parmağım bıçakla hafif kesildi, biraz kanadı ama durdu',
      "il y a cinq ans j'ai coupé mon doigt avec un couteau, la cicatrice me gratte",
    ],
  ],
  [
    'a baby of a few weeks grunting with each breath',
    ['meu bebê de 3 semanas está gemendo a cada respiração e muito molinho'],
    ['meu bebê de 3 semanas faz uns barulhinhos dormindo mas mama bem e está ativo'],
  ],
  [
    'a tight or closing throat told as emotion, anxiety or an episode that passed',
    [
      'comi amendoim e sinto a garganta fechando, não consigo respirar direito',
      "après avoir mangé des crevettes j'ai la gorge qui se ferme et les lèvres gonflées",
    ],
    [
      "j'avais la gorge serrée par l'émotion pendant le mariage de ma fille",
      "quand j'ai appris la nouvelle, j'ai eu la gorge serrée toute la journée",
      'fico com a garganta fechando quando fico ansiosa antes das provas',
      'semana passada senti a garganta fechando de nervoso, mas já passou',
      'sinto a garganta fechando de ansiedade quando penso na entrevista',
      "j'ai la gorge serrée quand je pense à mon père, c'est le stress",
    ],
  ],
  [
    'a long-standing pain told as the same as always, then a turn to something new and severe this time',
    [
      'es el mismo dolor de pecho de siempre, pero esta vez lleva 30 minutos en reposo, sudor frío y no se quita',
      'lo de siempre con el dolor de pecho, pero esta vez me agarró sentado viendo la tele hace media hora y estoy empapado en sudor frío',
      'das gleiche Brustschmerzen wie immer, aber diesmal seit 30 Minuten in Ruhe, kalter Schweiß, hört nicht auf',
      'wie immer die Schmerzen in der Brust, aber diesmal geht es nicht weg und ich schwitze kalt',
      'seeney mein dard hamesha jaisa, par aaj 30 minute se aaram mein bhi hai aur thanda paseena aa raha hai',
      'सीने में दर्द हमेशा जैसा, पर आज 30 मिनट से आराम में भी है और ठंडा पसीना आ रहा है',
      'a mesma dor no peito de sempre, mas desta vez já são 30 minutos parado, suor frio e não passa',
      'come sempre il dolore al petto, ma questa volta dura da 30 minuti a riposo, sudore freddo e non passa',
      "comme d'habitude la douleur dans la poitrine, mais cette fois ça dure depuis 30 minutes au repos, sueurs froides, ça ne passe pas",
    ],
    ['es el mismo dolor de pecho de siempre cuando subo la cuesta, se me quita al parar, nada nuevo'],
  ],
  [
    'diabetic ketoacidosis: a diabetic vomiting, with fruity breath and deep breathing',
    [
      'mi hijo es diabético, vomita sin parar, el aliento le huele a frutas y respira muy profundo',
      'minha filha é diabética, vomitando muito, hálito de fruta e respirando fundo e rápido',
      'mein Sohn ist Diabetiker, erbricht ständig, riecht fruchtig aus dem Mund und atmet ganz tief',
      "mio figlio è diabetico, vomita, ha l'alito che sa di frutta e respira profondamente",
    ],
    ['mi hijo es diabético y hoy tiene gripe, come bien y respira normal, cómo ajusto la insulina?'],
  ],
  [
    'a young baby grunting with every breath',
    [
      'mi bebé de 3 semanas gime en cada respiración y está muy flojito',
      'mein 3 Wochen altes Baby stöhnt bei jedem Atemzug und ist ganz schlapp',
    ],
    ['meu bebê de 3 semanas geme quando faz cocô mas mama bem e está ativo'],
  ],
  [
    'a finger nearly cut off, hanging by skin',
    [
      'el dedo de mi hijo quedó casi cortado por la puerta, cuelga de un poco de piel',
      'o dedo dele ficou quase decepado na máquina, pendurado pela pele',
    ],
    ['me corté un poco el dedo cortando cebolla, ya no sangra'],
  ],
  [
    'cauda equina: numb between the legs and unable to pee, with back pain',
    [
      'tengo la zona entre las piernas dormida y no puedo orinar desde ayer, me duele mucho la espalda',
      'estou com a região da virilha dormente e não consigo fazer xixi, dor nas costas forte',
      'ich habe Rückenschmerzen, taubes Gefühl im Intimbereich und kann nicht Wasser lassen',
      "j'ai mal au dos, je ne sens plus rien entre les jambes et je n'arrive pas à uriner",
    ],
    ["j'ai mal au dos depuis des années quand je porte des cartons, ça passe avec le repos"],
  ],
  [
    'a chemical in the eye, or something driven into it',
    [
      'me cayó lejía en el ojo y me arde mucho',
      'caiu água sanitária no olho do meu filho',
      'ich habe Reiniger ins Auge bekommen, es brennt furchtbar',
      "j'ai reçu de la javel dans l'œil",
      'se me clavó un trozo de metal en el ojo',
      'tem um pedaço de vidro enfiado no olho dele',
      'mir ist ein Metallsplitter ins Auge gegangen und steckt drin',
      "il a un éclat de verre dans l'œil, il saigne",
    ],
    ['me cayó un poco de jabón en el ojo y ya me lo lavé, solo está un poco rojo'],
  ],
  [
    'Spanish "sin" (without): a negation, and part of the findings it names',
    [
      'mi hijo tiene tos sin parar y los labios morados',
      'mi papá está tirado en el piso sin respirar',
      'me quedo sin aire y tengo los labios morados',
    ],
    [
      'tengo dolor de garganta sin fiebre y sin dificultad para respirar',
      'tengo tos sin flemas, sin fiebre, desde hace una semana',
      'mi bebé tiene fiebre pero sin manchas y sin rigidez de cuello, juega normal',
      'tuvo un golpe en la cabeza sin perder el conocimiento y sin vómitos, está jugando',
    ],
  ],
  [
    'a throat closing told alone, and a throat that closes with nerves, fear or emotion told before or after it',
    [
      "j'ai la gorge qui se ferme, j'ai du mal à avaler",
      'ma gorge se ferme, je respire mal',
      'sinto a garganta fechando e não consigo engolir',
      'siento que se me cierra la garganta y no puedo tragar',
      'mein Hals schnürt sich zu und ich kann kaum schlucken',
    ],
    [
      "j'ai la gorge qui se ferme quand je stresse avant un oral",
      'cuando me pongo nerviosa siento que se me cierra la garganta, pero se me pasa',
      'vor lauter Aufregung schnürt sich mir immer der Hals zu, das kenne ich schon',
      'sinto a garganta fechando de ansiedade quando penso na entrevista',
    ],
  ],
  [
    'someone out of their mind with a weapon in hand, threatening others',
    [
      'mi tío lleva días sin dormir, dice que lo quieren matar y agarró un machete, está gritando en el patio',
      'mi hijo está como loco, dice que lo persiguen y está amenazando a su papá con un cuchillo',
      'meu irmão surtou, diz que querem matar ele e pegou uma faca, está gritando na rua',
      'mio fratello è fuori di sé, ha preso un coltello e minaccia tutti',
      'mon fils délire depuis deux jours, il a pris un couteau et menace sa sœur avec un couteau',
      'mein Bruder ist völlig wirr, hat sich ein Messer geholt und bedroht unseren Vater mit dem Messer',
    ],
    [
      'agarré un cuchillo para cortar la carne y me hice un cortecito, ya no sangra',
      'peguei uma faca pra cortar o pão e me cortei de leve, já parou de sangrar',
      "il a pris un couteau pour couper le pain, tout va bien, c'est juste une question sur la vaccination",
    ],
  ],
  [
    'alcohol withdrawal: stopped drinking days ago, shaking all over, seeing things',
    [
      'отец пил две недели, позавчера бросил пить, сейчас весь трясётся, потеет и видит пауков на потолке',
      'мой брат перестал пить три дня назад, трясется, не понимает где он находится',
      'mi esposo dejó de tomar hace tres días, hoy está temblando todo, suda y ve bichos en la pared',
      'meu pai parou de beber faz três dias, está tremendo todo, suando e vendo bichos na parede',
      'mon mari a arrêté de boire il y a trois jours, il tremble de partout, il transpire et il voit des insectes sur le mur',
      'mein Vater hat vor drei Tagen aufgehört zu trinken, jetzt zittert er am ganzen Körper, schwitzt und sieht Käfer an der Wand',
    ],
    [
      'mi esposo dejó de tomar hace un año y está muy bien, quiere saber si puede tomar cerveza sin alcohol',
      'meu pai parou de beber há dois meses, está ótimo, só tem um pouco de insônia',
      'отец бросил пить год назад, чувствует себя хорошо, можно ли ему безалкогольное пиво?',
    ],
  ],
  [
    'a fever with a rash that does not fade under a glass; sudden testicle pain',
    [
      'mi hijo de 2 años tiene fiebre y unas manchitas moradas en la barriga, apreté un vaso encima y no se borran',
      'meu filho está com febre e umas pintinhas roxas na perna, fiz o teste do copo e não somem',
      'у сына температура и сыпь на ногах, прижала стаканом — сыпь не бледнеет при надавливании',
      "ma fille a de la fièvre et des petites taches violettes, avec le verre elles ne s'effacent pas",
      'mein Kind hat Fieber und lila Flecken am Bauch, unter dem Glas verschwinden sie nicht',
      'mi hijo de 13 años se despertó con un dolor muy fuerte en el testículo izquierdo y está vomitando',
      'meu filho acordou com dor forte no testículo, está inchado e vomitou duas vezes',
      'mon fils de 14 ans a une douleur brutale au testicule droit depuis une heure et il vomit',
    ],
    [
      'mi hijo tiene fiebre y unas manchitas rojas que se borran cuando aprieto el vaso, está jugando',
      'meu filho teve febre e manchas vermelhas que somem com o copo, está brincando',
    ],
  ],
  [
    'heat stroke, hypothermia and an electrical injury told plainly',
    [
      'mi abuelo estaba trabajando en el campo con mucho calor y se desplomó, está ardiendo, no suda y dice cosas sin sentido',
      'meu avô desmaiou na roça no calor, o corpo está fervendo, não está suando e fala coisas sem sentido',
      "mon grand-père s'est effondré dans le champ en pleine chaleur, il est brûlant, il ne transpire plus et il dit n'importe quoi",
      'Opa ist bei der Hitze auf dem Feld umgekippt, er glüht, schwitzt nicht mehr und redet wirres Zeug',
      'encontramos al vecino afuera en el frío, está helado, ya no tiembla, está muy dormido y casi no habla',
      'achamos a vizinha caída no quintal no frio, está gelada, já não treme, muito sonolenta e quase não fala',
      'on a trouvé le voisin dehors dans le froid, il est glacé, il ne grelotte plus, il est somnolent et parle à peine',
      'wir haben die Nachbarin draußen in der Kälte gefunden, sie ist eiskalt, zittert nicht mehr, ist schläfrig und spricht kaum',
      'a mi papá le dio una descarga eléctrica con un cable, tiene quemaduras negras en la mano y el corazón le late raro',
      'meu pai levou um choque de um fio, tem marcas de queimadura na mão e o coração está batendo irregular',
      "mon père s'est électrocuté avec un câble, il a des brûlures noires à la main et son cœur bat de façon irrégulière",
      'mein Vater hat einen Stromschlag von einem Kabel bekommen, hat schwarze Brandmale an der Hand und sein Herz schlägt unregelmäßig',
    ],
    [
      'hace calor y mi hijo sudó mucho jugando fútbol, tomó agua y ya está bien, solo cansado',
      'hoje fez frio e minha avó ficou com as mãos geladas, mas já se esquentou e está conversando normal',
      "j'ai pris une petite décharge en changeant une ampoule, juste un picotement, tout va bien",
    ],
  ],
  [
    'fingers or feet that cannot be felt from the cold, in Spanish, never beside a stroke sign (review V17)',
    [
      'no siento los dedos por el frío y de repente tengo la cara caída de un lado',
      'no siento el brazo izquierdo por el frío y tengo la cara caída de un lado',
    ],
    [
      'no siento los dedos de las manos por el frío, ya me puse guantes',
      'no siento los pies del frío que hace, estoy esperando el autobús',
    ],
  ],
];

describeTriageProbes('the product in another language: %s', KINDS, EmergencyTriage.withWordingModel());
