import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 50 (T75): kinds the other-language development sets of sessions 38-50 missed in the first group's languages
 * (Arabic and Arabizi, Spanish, Portuguese, Italian, French, German), written from the protocols in each language's own
 * words before the rules changed, never from a labelled set:
 * - a first seizure (NICE NG217) told by "never before" or "first time" ("nunca había tenido convulsiones", "n'a jamais
 *   fait de convulsions", "awel marra"), and a child hard to rouse after one ("le cuesta despertarse", "a du mal à se
 *   réveiller", Egyptian "mesh bet fo2");
 * - someone's wish to die reported with an infinitive ("dit vouloir mourir", "dice di voler morire", "sagt, sie wolle
 *   sterben"), not dying of laughter or at home when the time comes (NICE NG225);
 * - a jump told apart from the height one stands on ("estou na ponte ... antes de pular"), not a diving board or a bungee;
 * - a jump or a flight from a height with its verb apart from the place (German's infinitive last, "vai voar do alto do
 *   prédio", "veut s'envoler du balcon"), not a paraglider or a flight to Milan;
 * - cauda equina (NICE CKS sciatica) told by wiping in German, legs that give way, water barely passed;
 * - the writer's own shaking told beside fear is nerves, not a seizure.
 * On the unchanged rules (main 8ba0643): emergencies 26 of 49 flagged by the product, look-alikes 32 of 34 quiet. After:
 * 49 of 49 and 34 of 34. Emergencies must be flagged by the product; look-alikes stay quiet by both.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a first seizure told by "never before" or "first time"',
    emergencies: [
      [
        'es',
        'mi papá de 50 años tuvo un ataque, se puso rígido y se sacudía, nunca había tenido convulsiones, ya pasó pero está muy raro',
      ],
      ['es', 'a mi hija le dio una convulsión con la fiebre, nunca le había pasado, ahora no despierta bien'],
      ['es', 'mi esposa se desmayó y empezó a convulsionar, es la primera vez que le pasa, ya respira'],
      ['pt', 'meu marido teve uma convulsão no trabalho, ele nunca teve isso antes, agora está confuso'],
      ['pt', 'o meu filho teve uma crise convulsiva com febre, nunca lhe tinha acontecido, está muito sonolento'],
      ['it', 'mia madre ha avuto una crisi convulsiva, non le era mai successo prima, adesso è confusa'],
      ['it', 'mio figlio ha avuto le convulsioni per la prima volta, ora dorme e non si sveglia bene'],
      ['fr', "mon fils a fait une convulsion, il n'en avait jamais fait avant, il est tout mou maintenant"],
      ['fr', "ma femme a convulsé ce matin, c'est la première fois de sa vie, elle est confuse"],
      ['de', 'mein Mann hatte einen Krampfanfall, das hatte er noch nie, jetzt ist er verwirrt'],
      ['ar', 'أخوي جاته تشنجات أول مرة بحياته، وهلأ مش صاحي منيح'],
    ],
    lookAlikes: [
      ['es', 'mi hijo tiene epilepsia, tuvo su crisis de siempre, duró un minuto y ya está jugando normal'],
      ['pt', 'nunca tive febre tão alta antes, 38 graus, tomei paracetamol e melhorei'],
      ['it', 'è la prima volta che mio figlio ha la febbre così, 38, ma gioca e mangia'],
      ['fr', "c'est la première fois que j'ai des crampes aux mollets la nuit, c'est normal ?"],
      ['de', 'ich hatte noch nie so einen Muskelkrampf in der Wade beim Laufen, was hilft?'],
      ['es', 'es la primera vez que mi bebé tiene hipo tan seguido, se le sacude el pechito'],
    ],
  },
  {
    kind: 'a wish to die reported with an infinitive',
    emergencies: [
      ['fr', 'ma fille de 16 ans dit vouloir mourir et refuse de parler'],
      ['fr', 'mon collègue affirme vouloir en finir, il a parlé de se jeter sous le métro'],
      ['it', 'mia sorella dice di voler morire e non esce più dalla stanza'],
      ['es', 'mi hermano dice querer morirse, ya no come ni sale'],
      ['pt', 'a minha mãe diz querer morrer desde que o meu pai faleceu'],
      ['de', 'meine Freundin sagt, sie wolle sterben, und hat sich heute von allen verabschiedet'],
    ],
    lookAlikes: [
      ['fr', 'mon fils dit vouloir mourir de rire à chaque blague de son oncle'],
      ['it', 'mia nonna dice di voler dormire tutto il giorno quando fa caldo'],
      [
        'es',
        'mi abuela dice querer morir en su casa cuando llegue su momento, no en el hospital, ¿cómo hablar del testamento?',
      ],
      ['pt', 'meu filho diz querer morrer de rir com esse desenho'],
    ],
  },
  {
    kind: 'a jump told apart from the height one stands on',
    emergencies: [
      ['pt', 'estou na ponte agora, não aguento mais, só queria dizer adeus antes de pular'],
      ['es', 'estoy arriba del puente, ya no puedo más, solo quería escribir a alguien antes de saltar'],
      ['fr', "je suis sur le toit de l'immeuble, j'en peux plus, je voulais juste parler avant de sauter"],
      ['it', 'sono sul tetto del palazzo, non ce la faccio più, volevo solo salutare prima di buttarmi'],
      ['de', 'ich stehe auf der Brücke, ich kann nicht mehr, wollte nur noch jemandem schreiben, bevor ich springe'],
      ['de', 'mein Vater hat seit Tagen nicht geschlafen und will vom Dach fliegen, weil er glaubt, er kann es'],
      ['it', 'mio zio non dorme da giorni e vuole lanciarsi dal balcone perché dice di saper volare'],
      ['es', 'mi primo lleva días sin dormir y quiere tirarse del balcón porque dice que puede volar'],
    ],
    lookAlikes: [
      ['pt', 'estou na ponte do bungee jump, antes de pular posso comer alguma coisa?'],
      ['es', 'estoy en el trampolín de la piscina, me da miedo, antes de saltar me tiembla todo'],
      ['de', 'ich stehe auf dem Sprungturm im Freibad, bevor ich springe habe ich Herzklopfen, ist das normal?'],
      ['it', 'mio figlio sul balcone dice che vuole volare come un aereo da grande, fa il pilota'],
      ['fr', "je suis sur le pont du bateau, avant de sauter dans l'eau je dois mettre de la crème?"],
    ],
  },
  {
    kind: 'saddle numbness told by wiping, legs gone to sleep, water barely passed',
    emergencies: [
      [
        'de',
        'Rückenschmerzen seit einer Woche, und seit heute spüre ich beim Abwischen nichts mehr am Po und kann kaum pinkeln',
      ],
      ['de', 'mein Vater merkt beim Abputzen nichts mehr, die Beine sind schwach und er kann nicht Wasser lassen'],
      ['es', 'tengo lumbago, se me duermen las dos piernas y no puedo orinar desde la mañana'],
      ['pt', 'dor nas costas, as duas pernas adormeceram e não consigo fazer xixi desde ontem'],
    ],
    lookAlikes: [
      ['de', 'nach dem Abwischen brennt es ein bisschen am Po, ich habe Hämorrhoiden, welche Salbe?'],
      ['es', 'cuando me siento mucho rato se me duerme una pierna, luego se me pasa'],
      ['pt', 'à noite o meu braço adormece quando durmo de lado, é normal?'],
    ],
  },
  {
    kind: "never having had a seizure told before today's; hard to wake after one",
    emergencies: [
      [
        'pt',
        'meu irmão de 30 anos nunca teve convulsões. hoje teve uma no ônibus, já respira bem mas continua confuso',
      ],
      ['it', 'mio marito non ha mai avuto convulsioni. oggi ne ha avuta una al lavoro, respira ma è ancora confuso'],
      [
        'fr',
        "mon frère n'a jamais fait de convulsions. aujourd'hui il en a fait une, il respire mais il est toujours confus",
      ],
      ['es', 'mi niño de 3 años tuvo una convulsión con fiebre, ahora está dormido y le cuesta mucho despertarse'],
      ['pt', 'a minha filha teve uma convulsão com febre e agora custa muito a acordar'],
      ['it', 'mia figlia ha avuto una convulsione con la febbre e adesso fa molta fatica a svegliarsi'],
      ['fr', 'mon fils a fait une convulsion avec la fièvre et maintenant il a du mal à se réveiller'],
      ['ar', 'mama 3andaha tashannojat w mesh bet fo2 men sa3tha, a3mel eh'],
    ],
    lookAlikes: [
      ['es', 'a mi hijo le cuesta mucho despertarse para ir al colegio por las mañanas, ¿duerme poco?'],
      ['pt', 'o meu filho adolescente custa muito a acordar de manhã para a escola'],
      ['fr', 'mon ado a du mal à se réveiller le matin, il se couche trop tard'],
      ['es', 'mi hija nunca tuvo convulsiones, ¿la vacuna del sarampión puede dar fiebre alta?'],
      ['ar', 'ibni awel marra yrou7 3al madrase, bi3ayyet kil yom, shu a3mel'],
    ],
  },
  {
    kind: "more of the saddle in German; the writer's own shaking told beside fear",
    emergencies: [
      ['de', 'Ischias seit Tagen, und seit gestern merke ich beim Abwischen kaum was, die Blase geht nicht richtig'],
      [
        'de',
        'meine Mutter sagt, beim Abputzen spürt sie nichts mehr, und sie kann kaum Wasser lassen, der Rücken tut weh',
      ],
      ['es', 'a mi hijo le tiembla todo el cuerpo y no responde, tengo mucho miedo'],
      [
        'de',
        'Bandscheibenvorfall bekannt, jetzt knicken mir beide Beine weg, unten herum taub und ich kann nicht richtig Wasser lassen',
      ],
      ['ar', 'abouya 3ando tashannogat men 5 da2aye2 w mesh bet fo2, a3mel eh'],
    ],
    lookAlikes: [
      ['es', 'tengo examen de manejo, me dan nervios y me tiembla todo, ¿qué puedo tomar?'],
      ['de', 'beim Abwischen ist manchmal etwas Blut am Papier, ich spüre aber keine Schmerzen, Hämorrhoiden?'],
      ['de', 'beim Joggen knickt mir manchmal der Fuß um, soll ich eine Bandage tragen?'],
      ['de', 'nach dem Kaffee muss ich oft pinkeln, ist das normal?'],
      ['ar', 'ana awel marra a3mel ta7lil dam, lazem akoon sayem?'],
      ['ar', 'ibni mesh bet fo2 lel madrasa el sob7, bynam met2akhar'],
    ],
  },
  {
    kind: 'a jump or a flight from a height, its verb told apart from the place',
    emergencies: [
      [
        'de',
        'mein Sohn hat seit Tagen kaum geschlafen, er glaubt er sei unsterblich und will vom Dach der Schule fliegen',
      ],
      [
        'de',
        'meine Schwester sagt, sie kann fliegen, und will heute Nacht aus dem Fenster im 5. Stock springen, um es zu zeigen',
      ],
      ['it', 'mio cugino non dorme da tre notti e vuole buttarsi giù dal campanile per dimostrare che sa volare'],
      ['it', 'mia madre dice di essere un angelo e vuole gettarsi dalla torre per volare'],
      ['es', 'mi hermano no duerme hace días y dice que va a volar desde la azotea del edificio para demostrarlo'],
      ['pt', 'meu pai não dorme há dias e diz que vai voar do alto do prédio para provar que é escolhido'],
      [
        'fr',
        "mon frère ne dort plus depuis 4 jours et veut s'envoler du balcon du 6e étage pour prouver qu'il est élu",
      ],
    ],
    lookAlikes: [
      ['de', 'mein Sohn will Pilot werden und vom Flughafen aus fliegen, er träumt davon'],
      ['it', 'vorrei volare da Roma a Milano domani, posso con la febbre?'],
      ['pt', 'meu filho quer voar de parapente do alto do morro, ele tem asma, pode?'],
      ['fr', "mon fils veut voler en parapente du haut de la falaise cet été, il a de l'asthme"],
      [
        'de',
        'meine Tochter will im Urlaub vom Felsen ins Meer springen, beim Klippenspringen mit Fallschirm-Kurs, ist das gefährlich mit Asthma?',
      ],
    ],
  },
  // Twins of review V32 (09:47), mended before the next commit: withdrawal told beside fear; a wish with a qualifier;
  // a jump into a river; a fever of last week and a school morning; a vaccine asked about on a named day.
  {
    kind: 'twins of review V32',
    emergencies: [
      [
        'es',
        'Llevo 15 años bebiendo todos los días y lo dejé hace tres días. Tengo mucho miedo, me tiembla todo el cuerpo, sudo a chorros y veo bichos en las paredes. ¿Se me pasará solo?',
      ],
    ],
    lookAlikes: [
      ['es', 'mi abuela tiene cáncer terminal y dice querer morir dignamente, ¿cómo funciona la ley de eutanasia?'],
      ['pt', 'a minha mãe diz querer morrer antes da minha avó, é um jeito de falar dela'],
      ['pt', 'meu primo quer pular do alto da ponte no rio nas férias com os amigos'],
      ['fr', 'mon fils veut sauter du pont dans la rivière cet été avec ses copains'],
      ['fr', "mon fils a eu de la fièvre la semaine dernière. maintenant il a du mal à se réveiller pour l'école"],
      ['pt', 'meu filho teve febre semana passada. agora custa a acordar para a escola'],
      ['it', 'mio figlio ha preso una botta al ginocchio ieri. la mattina fa fatica a svegliarsi'],
      ['es', 'mia figlia nunca ha tenido convulsiones; hoy le ponen la vacuna, ¿puede darle una convulsión?'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of the first group (session 50)', KINDS);
