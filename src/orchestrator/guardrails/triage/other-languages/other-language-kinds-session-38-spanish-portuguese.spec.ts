import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Issue 11, session 38 (T32): the kinds the held-out counts say Spanish and Portuguese fall short on, written from the
 * protocols (NICE NG225 self-harm and suicidal intent: a plan, a means, a time, a goodbye, harm already done; NHS 111
 * burns and scalds; Resuscitation Council anaphylaxis; Manchester discriminators for breathing, bleeding, shock, head
 * injury; poison-centre advice told as quantities; NICE traffic-light infant red flags; cauda equina red flags) and
 * in the way people write: Mexican, Caribbean, Rioplatense and Peninsular Spanish, Brazilian and European Portuguese,
 * no accents, chat spelling ("q", "xq", "vc", "hj", "mto", "nao"), a word of English, a parent's or a bystander's
 * voice, a clinician's note. Every emergency has look-alikes with its alarm words that are no emergency: the idioms of
 * degree ("me muero de risa", "morrendo de fome", "me mata este calor"), a cut while cooking, a sunburn, a usual dose.
 * Before any lexicon changed (ad5547f) the rules flagged 57 of the 130 emergencies (the product 64) and 3 of the 103
 * look-alikes (the product 3); Spanish intent and self-harm 7/25 (product 9), Portuguese 5/23.
 */
const SPANISH: TriageProbeTable = [
  [
    'Spanish, suicidal intent and self-harm',
    [
      'ya no quiero estar aqui, tengo la cuerda lista',
      'quiero desaparecer para siempre, ya compre las pastillas',
      'estoy pensando en quitarme la vida',
      'no le veo sentido a seguir viviendo, esta noche lo hago',
      'me estoy cortando otra vez, tengo muchos cortes en las piernas',
      'mi hermana se corto las muñecas con un vidrio',
      'me queme el brazo con un cigarro a proposito',
      'me tome todo el frasco de clonazepam',
      'mi hijo de 15 dice q se quiere matar y tiene la pistola de su papa',
      'ya me despedi de todos, mañana ya no voy a estar',
      'todos estarian mejor sin mi, ya tengo todo planeado',
      'q ganas de morirme, ya no aguanto, tengo las pastillas aqui',
      'mi novio me mando un mensaje de despedida y no contesta el telefono',
      'me quiero aventar del puente',
      'pienso en suicidarme todos los dias y hoy tengo un plan',
      'quiero colgarme, ya tengo la soga',
      'me hice daño a proposito, me corte con una gillette',
      'paciente de 34 años con ideacion suicida estructurada y plan',
      'honestly ya no puedo mas, i want to end it, tengo el cuchillo en la mano',
      'ya no vale la pena vivir, me voy a tirar a las vias del tren',
      'mi papa dice que se va a pegar un tiro',
      'me provoque cortes en los brazos anoche y sangran mucho',
      'no quiero despertar mañana, me voy a tomar todas las pastillas',
      'no doy mas, me quiero matar, ya tengo las pastillas',
      'mi hija se autolesiona, hoy se corto muy hondo el antebrazo',
    ],
    [
      'me muero de hambre, que puedo cenar?',
      'me muero de sueño en el trabajo',
      'me mata este calor, no puedo dormir',
      'me muero de risa con mi perro',
      'casi me muero de la verguenza en la junta',
      'mi mama me va a matar si llego tarde',
      'me corte el dedo pelando papas, ya paro de sangrar',
      'me tome 2 pastillas de ibuprofeno para la cabeza',
      'estoy muerta de cansancio despues del gym',
      'mi abuelo murio el año pasado y lo extraño mucho',
      'quiero desaparecer del grupo de whatsapp de la familia jaja',
      'compre una cuerda para tender la ropa',
      'me despedi de mis compañeros porque cambie de trabajo',
      'me estoy muriendo de frio en la parada del bus',
      'ya no aguanto este trabajo, voy a renunciar',
      'como ayudo a una amiga que tuvo pensamientos suicidas hace años? ahora esta bien',
      'me corte el pelo muy corto y no me gusto',
      'me corte haciendome la barba, un cortecito nada mas',
      'estoy leyendo un libro sobre el suicidio para la clase de psicologia',
      'me tome toda la caja de antibiotico como me dijo el doctor',
      'esta corbata me esta ahorcando jaja',
      'hoy me quiero tirar en la cama todo el dia',
      'no aguanto mas el dolor de muelas, ya tengo las pastillas',
      'ya me despedi de todos mis compañeros de trabajo',
      'ya tengo todo planeado para la fiesta de mañana',
      'me volvi a cortar el dedo con el cuchillo de la cocina',
      'tengo ganas de morirme de la risa con este meme',
    ],
  ],
  [
    'Spanish, burns and scalds',
    [
      'mi bebe se echo encima el cafe hirviendo, tiene ampollas en el pecho y la barriga',
      'se le cayo la olla de agua hirviendo a mi hijo en las piernas, se le esta cayendo la piel',
      'se quemo la cara y el cuello con aceite hirviendo',
      'a mi hija de 1 año le cayo agua caliente en todo el brazo y se le hicieron ampollas grandes',
      'mi papa se electrocuto con un cable y tiene quemaduras en la mano',
      'hubo un incendio y mi esposo respiro mucho humo, tiene la voz ronca y hollin en la nariz',
    ],
    [
      'me queme la lengua con el cafe',
      'me queme con el sol en la playa, estoy rojita',
      'me salio una ampolla chiquita por planchar',
      'se me quemo la comida jaja',
      'me queme la mano con el sarten, solo esta roja y ya me puse agua fria',
    ],
  ],
  [
    'Spanish, anaphylaxis',
    [
      'comio cacahuate y se le cerro la garganta, no puede tragar',
      'me pico una abeja y me salen ronchas por todo el cuerpo y me falta el aire',
      'despues de la inyeccion de penicilina se le hincharon los labios y la lengua',
      'soy alergico al camaron, comi sin querer y siento la garganta cerrada',
      'le pusimos el epipen pero sigue con la cara hinchada y silbando al respirar',
    ],
    [
      'tengo alergia al polen, estornudo mucho',
      'me salio una roncha por un piquete, no me duele',
      'se me hincho un poco el parpado por la alergia, respiro bien',
      'soy alergica a la penicilina, que antibiotico puedo tomar?',
    ],
  ],
  [
    'Spanish, breathing trouble',
    [
      'mi abuela no puede respirar bien, habla entrecortado y tiene los labios morados',
      'me ahogo, no me entra el aire',
      'mi hijo respira con mucho esfuerzo y se le marcan las costillas',
      'le falta el aire aun sentado y esta sudando frio',
    ],
    [
      'me falta el aire cuando subo 4 pisos, estoy fuera de forma',
      'me ahogo de calor en el metro',
      'tengo la nariz tapada y respiro por la boca',
    ],
  ],
  [
    'Spanish, bleeding',
    [
      'me corte con un vidrio en la pierna y sale sangre a borbotones',
      'vomito sangre, como cafe molido',
      'tengo un corte profundo en la mano, se ve el hueso y no para',
      'hago popo negra como chapopote y estoy muy mareado',
    ],
    [
      'me sangro un poco la nariz y paro solo',
      'me sangran las encias al lavarme los dientes',
      'tengo un raspon en la rodilla',
    ],
  ],
  [
    'Spanish, head injury',
    [
      'se cayo de la escalera, se pego en la cabeza y no se acuerda de nada',
      'mi hijo se golpeo la cabeza y le sale liquido transparente por la nariz',
      'se dio un golpe en la cabeza y ahora habla raro y esta muy dormido',
      'mi abuelo toma anticoagulantes y se cayo y se pego en la cabeza',
    ],
    [
      'me pegue en la cabeza con la puerta del carro, me salio un chichon pero estoy bien',
      'se dio un golpe jugando futbol, lloro y ya esta jugando',
    ],
  ],
  [
    'Spanish, poisoning told as quantities',
    [
      'mi hijo de 2 años se comio como 10 pastillas de la abuela',
      'mi niña se tomo medio frasco de jarabe de paracetamol',
      'me equivoque y le puse 3 veces la dosis de insulina a mi papa',
      'se tomo 2 cajas de ibuprofeno',
      'mi hijo tomo cloro de una botella de refresco',
    ],
    [
      'le di a mi hijo 5 ml de paracetamol como dice la caja',
      'se me olvido tomar mi pastilla de la presion ayer',
      'tome 2 paracetamol hace 4 horas, puedo tomar otro?',
    ],
  ],
  [
    'Spanish, psychiatric crisis',
    [
      'mi hermano lleva 3 dias sin dormir, dice que lo persiguen y quiere salir con un cuchillo',
      'mi mama oye voces que le dicen que le haga daño al bebe',
      'esta muy agresivo, rompio todo y amenaza con matar a su esposa',
    ],
    ['mi jefe me persigue con correos todo el dia', 'estoy estresada por los examenes y duermo poco'],
  ],
  [
    'Spanish, eye emergencies',
    [
      'me cayo cloro en el ojo y no veo',
      'de repente perdi la vista de un ojo, como una cortina',
      'le entro un pedazo de metal al ojo cuando soldaba',
    ],
    ['tengo el ojo rojo y con lagañas', 'me entro shampoo en el ojo y me arde un poco'],
  ],
  [
    'Spanish, spinal cord compression, hypothermia, acute abdomen, shock',
    [
      'tengo dolor de espalda y ya no siento las piernas y no puedo orinar',
      'dolor lumbar fuerte, se me duermen las nalgas y no controlo la popo',
      'encontramos a mi abuelo en el patio helado, temblando y confundido',
      'se cayo al rio frio, esta helado, ya no tiembla y esta adormilado',
      'dolor de panza muy fuerte, la tengo dura como tabla y vomito verde',
      'me duele muchisimo abajo a la derecha, no puedo caminar y tengo fiebre',
      'esta palido, sudando frio, el pulso muy rapido y se esta desmayando',
      'despues de tanta diarrea esta frio, gris y casi no responde',
    ],
    [
      'me duele la espalda de cargar cajas, pero camino bien',
      'se me duerme la pierna cuando me siento mucho rato',
      'tengo frio y me tiemblan las manos, me pongo un sueter?',
      'mis pies siempre estan frios',
      'me duele la panza despues de comer tacos',
      'tengo colicos de la regla como siempre',
      'me puse palido al ver la sangre del analisis pero ya estoy bien',
    ],
  ],
  [
    'Spanish, chest pain and infant red flags',
    [
      'me aprieta el pecho y se me va al brazo izquierdo y a la mandibula',
      'dolor opresivo en el pecho desde hace 30 min con sudor frio',
      'a mi papa le duele el pecho como si le pusieran un elefante encima',
      'mi bebe de 2 meses no quiere comer y esta muy aguadito, no despierta bien',
      'mi bebe tiene la mollera hundida y no ha mojado el pañal en todo el dia',
      'mi bebe tiene manchitas moradas que no se quitan al apretar',
      'mi bebe se puso azul y dejo de respirar unos segundos',
    ],
    [
      'me duele el pecho cuando me aprieto aqui, me lastime en el gym',
      'me arde el pecho despues de comer picante',
      'mi bebe duerme mucho de dia pero come bien',
      'mi bebe tiene hipo despues de comer',
      'mi bebe de 2 meses regurgita un poco despues de la toma',
    ],
  ],
];

const PORTUGUESE: TriageProbeTable = [
  [
    'Portuguese, suicidal intent and self-harm',
    [
      'nao aguento mais, quero sumir desse mundo, ja separei os remedios',
      'to pensando em tirar minha propria vida',
      'quero me matar hj, ja comprei a corda',
      'vou pular da ponte hoje',
      'me cortei de novo, os bracos tao cheios de cortes',
      'minha filha se cortou com gilete nos pulsos',
      'queimei meu braco com isqueiro de proposito',
      'tomei a cartela inteira de rivotril',
      'meu irmao disse q vai se matar e ta com a arma do meu pai',
      'ja me despedi de todo mundo, amanha eu nao vou estar mais aqui',
      'todo mundo vai ficar melhor sem mim, ja planejei tudo',
      'mto cansada de viver, hj eu acabo com isso',
      'meu namorado mandou mensagem de despedida e nao atende',
      'penso em suicidio todo dia e hoje eu tenho um plano',
      'minha amiga tomou 40 comprimidos de fluoxetina',
      'paciente 28a com ideacao suicida e plano estruturado',
      'quero me enforcar',
      'me machuquei de proposito, me cortei com estilete',
      'nao vejo mais sentido em viver, hj eu acabo com tudo',
      'honestly i cant anymore, quero morrer, tenho os comprimidos aqui',
      'já não aguento mais, vou atirar-me da ponte esta noite',
      'quero matar-me, tenho os comprimidos todos guardados',
      'o meu filho cortou-se nos pulsos',
    ],
    [
      'to morrendo de fome, bora comer',
      'morrendo de sono na aula',
      'esse calor ta me matando',
      'morri de rir com esse meme kkkk',
      'minha mae vai me matar se eu chegar tarde',
      'cortei o dedo cortando cebola, ja parou de sangrar',
      'tomei 1 comprimido de paracetamol pra febre',
      'to morta de cansaco',
      'quero sumir do grupo da familia kkk',
      'comprei uma corda pra varal',
      'me despedi dos colegas porque mudei de emprego',
      'nao aguento mais esse trabalho, vou pedir demissao',
      'estou a morrer de frio',
      'o meu chefe mata-me se me atraso',
      'minha avo faleceu ano passado e sinto muita falta dela',
      'essa gravata ta me enforcando kkk',
      'estou lendo um livro sobre suicidio pra faculdade',
      'me cortei fazendo a barba, um cortezinho so',
      'tomei a cartela inteira do anticoncepcional certinho esse mes',
      'vou pular carnaval hoje, bora?',
      'nao aguento mais essa dor nas costas, tenho os remedios aqui',
      'me cortei de novo com a faca de cozinha',
      'ja planejei tudo pra festa de sabado',
      'me despedi de todo mundo no trabalho, mudei de emprego',
      'quero sumir do mapa essa semana, preciso de ferias',
    ],
  ],
  [
    'Portuguese, burns and scalds',
    [
      'meu filho derrubou agua fervendo no peito, ta cheio de bolhas',
      'queimou o rosto com oleo quente',
      'o meu pai apanhou um choque eletrico e tem queimaduras na mao',
      'teve incendio em casa, ela inalou muita fumaca e ta rouca',
    ],
    [
      'queimei a lingua com cafe',
      'fiquei vermelha do sol na praia',
      'deu uma bolhinha de queimadura do ferro de passar',
      'queimei a mao no forno, so ta vermelho e passei agua fria',
    ],
  ],
  [
    'Portuguese, anaphylaxis',
    [
      'comeu amendoim e a garganta fechou, nao consegue engolir',
      'fui picado por abelha, to cheio de placas vermelhas e falta ar',
      'depois da injecao de benzetacil os labios e a lingua incharam',
    ],
    ['tenho rinite alergica, espirro muito', 'sou alergica a penicilina, qual antibiotico posso tomar?'],
  ],
  [
    'Portuguese, breathing trouble',
    [
      'minha avo nao consegue respirar, fala com dificuldade e os labios tao roxos',
      'falta de ar mesmo parado e suando frio',
      'meu filho ta respirando com muito esforco, afundando a barriga',
    ],
    ['fico sem folego quando subo escada, to sedentario', 'nariz entupido, respirando pela boca'],
  ],
  [
    'Portuguese, bleeding',
    ['cortei a perna no vidro e o sangue ta jorrando', 'ele ta vomitando sangue', 'coco preto e to muito tonto'],
    ['sangrou um pouco o nariz e parou sozinho', 'a gengiva sangra quando escovo'],
  ],
  [
    'Portuguese, head injury',
    [
      'caiu da escada, bateu a cabeca e nao lembra de nada',
      'bateu a cabeca e agora ta falando enrolado e muito sonolento',
      'meu avo toma varfarina, caiu e bateu a cabeca',
    ],
    ['bati a cabeca na porta do carro, fez um galo mas to bem'],
  ],
  [
    'Portuguese, poisoning told as quantities',
    [
      'meu filho de 2 anos comeu umas 10 pilulas da avo',
      'minha filha bebeu meio vidro de xarope de paracetamol',
      'errei e dei o triplo da dose de insulina pro meu pai',
      'meu filho bebeu agua sanitaria',
    ],
    ['dei 5 gotas de dipirona pro meu filho como o medico mandou', 'esqueci de tomar o remedio da pressao ontem'],
  ],
  [
    'Portuguese, psychiatric crisis and eye emergencies',
    [
      'meu irmao ta ha 3 dias sem dormir, diz que estao perseguindo ele e saiu com uma faca',
      'minha mae ouve vozes mandando machucar o bebe',
      'caiu agua sanitaria no olho e nao enxergo',
      'de repente perdi a visao de um olho',
    ],
    [
      'meu chefe me persegue com e-mails',
      'to estressada com as provas',
      'olho vermelho com remela',
      'entrou shampoo no olho e arde um pouco',
    ],
  ],
  [
    'Portuguese, spinal cord compression, hypothermia, acute abdomen, shock',
    [
      'dor nas costas e nao sinto as pernas, nao consigo urinar',
      'achamos meu avo caido no quintal gelado, tremendo e confuso',
      'dor de barriga mto forte, barriga dura como pedra e vomitando verde',
      'ta palido, suando frio, pulso muito rapido e desmaiando',
    ],
    [
      'dor nas costas de carregar peso, mas ando normal',
      'to com frio e as maos tremendo, coloco um casaco?',
      'dor de barriga depois da feijoada',
      'fiquei palido quando vi o sangue no exame mas ja to bem',
    ],
  ],
  [
    'Portuguese, chest pain and infant red flags',
    [
      'aperto no peito que vai pro braco esquerdo e pro queixo',
      'dor no peito em aperto ha 30 min com suor frio',
      'meu bebe de 2 meses nao quer mamar e ta muito molinho, nao acorda direito',
      'moleira afundada e nao fez xixi o dia todo',
      'meu bebe ficou roxo e parou de respirar uns segundos',
    ],
    [
      'dor no peito quando aperto aqui, malhei ontem',
      'queimacao no peito depois de comer',
      'meu bebe dorme muito de dia mas mama bem',
      'meu bebe tem soluco depois de mamar',
    ],
  ],
];

/**
 * A fresh check written after the readings (none of these was read while they were built; 8 of the first 12 read at
 * first), the clinician's write-up in both languages (issue 11's third-person case note) with notes that stay
 * ordinary (pain on palpation after the gym, a history of syncope now without symptoms, red flags denied), and
 * look-alikes of the readings the kinds above needed (the skin peeling, smoke breathed, a hoarse voice, lips swelling,
 * a quantity of pills, a dose several times over, hunted and hearing voices, something in the eye, numb buttocks, low
 * on the right, legs not felt, green vomit, a subject dropped): each with the same words and nothing urgent.
 */
const READING_LOOK_ALIKES: TriageProbeTable = [
  [
    'Spanish',
    [
      'mi tio se quemo toda la espalda con la olla de tamales, se le levanto la piel',
      'mi papa respiro muchisimo humo en el incendio de la bodega',
      'a mi niño le pico una abeja y se le hincharon los labios',
      'mi nieto se trago como 8 tabletas de metformina',
      'mi cuñado lleva 4 noches sin dormir y dice que lo quieren matar',
      'le brinco una rebaba de fierro al ojo esmerilando',
      'no siento las piernas desde ayer y no controlo la orina, tengo cancer',
      'paciente masculino de 58 años con dolor toracico opresivo irradiado a brazo izquierdo y diaforesis',
      'pac 45a, lumbalgia con anestesia en silla de montar y retencion urinaria',
      'me agarro un dolor en el pecho que me corre por el brazo, estoy sudando',
      'a mi abuelo le esta doliendo el pecho desde hace una hora y esta como gris',
      'mi hijo se cayo de la bici sin casco, vomito 2 veces y tiene mucho sueño',
    ],
    [
      'se me esta pelando la piel de la espalda por el sol',
      'respire un poco de humo de la fogata y tosi poquito',
      'tengo la voz ronca por la gripa',
      'se me hincharon los pies de estar parada todo el dia',
      'el doctor dijo que tome 3 veces al dia la dosis de amoxicilina',
      'compre 2 cajas de ibuprofeno en la farmacia',
      'me entro una basurita en el ojo y ya salio con agua',
      'se me duermen las nalgas de estar sentada en la oficina',
      'me duele un poco abajo a la derecha desde hace meses, va y viene',
      'oigo voces de los vecinos por la pared toda la noche',
      'mi perro esta muy agresivo y rompio todo el sillon',
      'no puedo caminar bien con estos tacones',
      'no siento las piernas de tanto caminar en la feria',
      'me equivoque de pastilla y tome la de la noche en la mañana',
      'esta palido porque no ha salido al sol en semanas',
      'vomito verde una vez despues de comer mucha espinaca',
      'me hice un corte pequeño en el dedo, ya no sangra',
      'paciente de 30 años con lumbalgia mecanica de 3 semanas, sin anestesia en silla de montar ni retencion urinaria',
      'paciente de 40 años con antecedente de sincope hace 5 años, hoy asintomatico, control',
      'paciente de 28 años, dolor toracico a la palpacion tras gimnasio, niega disnea',
      'tengo mucho sueño porque dormi poco, me duele un poco la cabeza',
    ],
  ],
  [
    'Portuguese',
    [
      'minha vo inalou muita fumaca no incendio e ta rouca',
      'depois do camarao os labios e a lingua dele incharam',
      'meu sobrinho engoliu uns 15 comprimidos de clonazepam',
      'meu pai ouve vozes mandando ele matar a minha mae',
      'a moleira do meu bebe ta afundada e ele ta molinho',
      'masc 60a, dor toracica em aperto irradiando pro braco esquerdo, sudorese',
      'paciente com lombalgia, anestesia em sela e incontinencia urinaria',
      'pcte 70a, dispneia, cianose e taquicardia',
      'meu filho caiu do beliche, bateu a cabeca e vomitou duas vezes',
      'meu bebe ta gemendo a cada respiracao e ta roxinho',
    ],
    [
      'meu pe ta cheio de bolhas do tenis novo',
      'to rouca de tanto gritar no jogo',
      'meu filho comeu umas 3 balas de goma',
      'o medico mandou tomar o dobro da dose de vitamina d',
      'ouco vozes dos vizinhos brigando',
      'ta palido porque nao dorme direito',
      'respiro com dificuldade quando to resfriado, nariz entupido',
      'levei um choque na tomada mas to bem, nao tem queimadura',
      'vomitou verde uma vez depois de comer muita salada de rucula',
      'tenho dor nas costas mas ja to bem agora',
      'dor no peito quando toco aqui depois de malhar',
      'paciente de 25 anos com dor toracica que piora a palpacao, apos academia, nega dispneia',
      'paciente com dor toracica a palpacao depois de malhar',
      'meu bebe geme um pouco quando faz coco mas mama bem',
    ],
  ],
];

/**
 * The reviewer's false-alarm classes of 4590a80 and c7a10d6 (V20, 20:16 and 20:31 UTC), mended by their mechanism:
 * dying or tired of living OF something (the cause told with "de") and a wish to die closed by a laugh with no means
 * or plan are idioms; vanishing "por una semana" is a holiday; jumping off a bus is getting off, from a bridge with a
 * bungee a sport; cutting again needs oneself as the object (not a fringe, a beard, a sauce); a cigarette burn is
 * self-harm only told with repetition or intent; a child not peeing "desde cedo" is read as said; half a bottle is a
 * poisoning only of a medicine or a product; an eyelash is no metal. Beside them, emergencies that share their words
 * (the blister guard no longer stops at the "pe" of "peito"; "agua clarita" from the nose after a knock). Then the
 * review of 49aef16 (V20, 20:53 UTC): dying OF something is the idiom only of a feeling or a state (saudade, sono,
 * vergonha), never of a pain ("morrendo de dor no peito") nor "de verdade"; clear water from the nose without a knock
 * is a runny nose.
 */
const REVIEWER_CLASSES: TriageProbeTable = [
  [
    'Spanish',
    [
      'le sale agua clarita por la nariz despues de que se cayo de la bici y se pego en la cabeza',
      'se esta cortando, tiene los brazos llenos de cortes',
      'q ganas de morirme, tengo las pastillas aqui jaja',
      'mi hijo se esta cortando otra vez los brazos con una navajita',
      'ya no puedo mas, tengo las pastillas guardadas y hoy lo hago',
    ],
    [
      'que ganas de morirme, me vio el crush en pijama jajaja',
      'me quiero morir jaja',
      'la salsa se esta cortando, le echo agua?',
      'me queme con el cigarro del vecino en la fiesta, tengo una ampollita',
      'me entró un pedacito de pestaña en el ojo, me lagrimea',
      'quiero desaparecer del mundo por una semana',
      'me voy a tirar del puente en bungee el sabado',
      'me voy a aventar del camion en la siguiente parada',
      'mi hijo se tomo media botella de refresco',
      'tengo los brazos llenos de cortes de papel del trabajo',
      'estoy cansado de vivir de prestado',
    ],
  ],
  [
    'Spanish, the review of 49aef16: clear water from the nose is CSF only after a knock; dying of a pain is the pain',
    [
      'se cayó de la bici, se pegó en la cabeza y le sale agua clarita por la nariz',
      'me estoy muriendo de dolor de cabeza, el peor de mi vida, de repente',
      'me muero de dolor de pecho, sudando frio, se me va al brazo izquierdo',
      'me quiero morir de verdad, ya tengo las pastillas',
    ],
    [
      'a mi bebé le sale agua clarita por la nariz, está resfriado, qué le doy?',
      'le sale agua clarita por la nariz, le duele la cabeza y esta resfriado',
      'me muero de risa',
      'fue la peor semana de mi vida, me duele la cabeza',
    ],
  ],
  [
    'Portuguese',
    [
      'meu filho tá cheio de bolhas no peito, derrubou o café fervendo',
      'quero morrer de vez, ja separei os remedios',
      // Review V20 at 21:30: a wish to die of anger beside the pills is a wish to die.
      'quero morrer de tanta raiva, vou tomar todos os remédios agora',
      'quero morrer kkk tenho os comprimidos aqui',
      'ta se cortando escondido no banheiro, os braços tão cheios de cortes',
      'meu filho de 2 anos bebeu meio frasco de xarope de tosse',
      'queria dormir e nao acordar mais, ja comprei o chumbinho',
    ],
    [
      'quero morrer de tanta raiva desse trânsito',
      'quero morrer de vergonha, cai na frente da sala toda kkk',
      'to cansada de viver de aluguel',
      'queria sumir do mundo por uma semana, ferias ja!',
      'vou pular do onibus no proximo ponto e ir na farmacia',
      'vou pular da ponte de bungee jump no sabado',
      'me cortei de novo fazendo a barba',
      'cortei de novo a franja sozinha',
      'meu filho de 10 anos não fez xixi desde cedo, tá brincando e bebeu pouca água',
      'meu filho bebeu meia garrafa de refrigerante e tá agitado',
      'quero morrer de velho, do lado dos meus netos',
    ],
  ],
  [
    'Portuguese, the review of 49aef16: dying of a feeling is the idiom, of a pain the pain, "de verdade" in earnest',
    [
      'to morrendo de dor no peito, suando frio, vai pro braço esquerdo',
      'quero morrer de verdade, já separei os remédios e vou tomar hoje',
      'morrendo de dor de cabeça, a pior da minha vida, veio de repente',
    ],
    [
      'to morrendo de saudade',
      'morrendo de sono',
      'morrendo de vergonha',
      'to morrendo de medo da prova amanha',
      'morrendo de frio no ponto de onibus',
      'foi o pior dia da minha vida',
    ],
  ],
];

describe.each([
  ['rules', new EmergencyTriage()],
  ['product', EmergencyTriage.withWordingModel()],
])('read by the %s', (_reader, triage) => {
  describeTriageProbes('EmergencyTriage in %s (session 38)', SPANISH, triage);
  describeTriageProbes('EmergencyTriage in %s (session 38)', PORTUGUESE, triage);
  describeTriageProbes("EmergencyTriage in %s, look-alikes of this session's readings", READING_LOOK_ALIKES, triage);
  describeTriageProbes(
    "EmergencyTriage in %s, the reviewer's classes of 4590a80 and c7a10d6",
    REVIEWER_CLASSES,
    triage,
  );
});
