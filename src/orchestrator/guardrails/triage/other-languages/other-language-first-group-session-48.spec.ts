import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 48 (T67): kinds the development sets of sessions 38-48 missed in the first group's languages (Spanish,
 * Portuguese, French, Italian, German, Chinese), written from the protocols in each language's own words before the
 * rules changed, never from a labelled set:
 * - seizures running into each other with no waking between (NICE NG217), told by the waking verb in any tense;
 * - a manic or psychotic belief that one can fly, told beside a height (NICE CG136, NG225);
 * - cauda equina told by what could not be done today and by wiping (NICE CKS sciatica);
 * - a farewell told indirectly: a goodbye message, a phone switched off (NICE NG225);
 * - Quebec, Bavarian and Swiss varieties, read as no language or with their function words unread;
 * - Chinese breathlessness told by speech ("one word at a time") and lips told purple with a hedge (NICE NG80 / BTS).
 * On the unchanged rules (main b992254): emergencies 11 of 32 flagged by the product, look-alikes 21 of 21 quiet. After:
 * 32 of 32 and 21 of 21. Twins added after review V30 read a child's play as the flight kind and blood drawn twice
 * ("抽了两次血") as seizures: children who say they can fly, a German school report on suicide's warning signs, adults on
 * a roof who say they can fly. Emergencies must be flagged by the product (the rules alone may leave a dialect to the wording
 * model); look-alikes stay quiet by both.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'seizure after seizure with no waking between',
    emergencies: [
      ['es', 'a mi papá le dio una convulsión y luego otra, y no ha despertado entre una y otra'],
      ['es', 'mi hija tuvo tres crisis seguidas sin recobrar el conocimiento entre ellas'],
      ['pt', 'o meu irmão teve duas convulsões seguidas e não acordou entre uma e outra'],
      ['pt', 'a minha avó está com crise atrás de crise e não recupera a consciência entre elas'],
      ['fr', 'mon fils enchaîne les convulsions, il ne reprend pas connaissance entre deux crises'],
      ['fr', "mon oncle fait une crise après l'autre sans se réveiller entre elles"],
      ['it', "mia madre ha avuto due crisi di fila e non si è svegliata tra una e l'altra"],
      ['de', 'mein Sohn hat einen Krampfanfall nach dem anderen und wird dazwischen nicht wach'],
      ['zh', '我弟弟连续抽了两次，中间一直没有醒过来'],
      ['zh', '我爸爸抽搐一次接一次，兩次之間都沒有醒'],
    ],
    lookAlikes: [
      ['zh', '今天献血的时候连续抽了两次血，第一次没抽出来，手臂有点青'],
      ['es', 'mi hija es epiléptica, tuvo una crisis ayer, se despertó enseguida y ya está bien, ¿aviso al neurólogo?'],
      ['pt', 'o meu filho teve uma convulsão com febre há um mês e acordou logo depois, pode ir à escola?'],
      ['fr', "mon fils dort mal entre deux biberons, c'est normal ?"],
      ['it', 'mia figlia ha avuto una crisi epilettica la settimana scorsa, poi si è ripresa subito'],
      ['zh', '我弟弟有癫痫，上个月抽了一次，很快就醒了，现在要复查吗'],
    ],
  },
  {
    kind: 'a belief that one can fly, told on a height',
    emergencies: [
      ['es', 'mi cuñado lleva días sin dormir, está en la azotea del edificio y dice que puede volar'],
      ['pt', 'a minha tia é bipolar, está na varanda do 8º andar dizendo que consegue voar'],
      ['fr', "mon voisin ne dort plus, il est sur le toit et dit qu'il peut voler"],
      ['it', 'mio zio non dorme da tre notti, è sul tetto e dice che sa volare'],
      ['de', 'mein Nachbar schläft seit Tagen nicht, steht auf dem Dach und sagt, er kann fliegen'],
      ['es', 'mi hermano lleva tres noches sin dormir, dice que puede volar y está en la azotea'],
      ['es', 'mi tía es bipolar, dejó el litio y ahora está en el balcón diciendo que sabe volar'],
      ['pt', 'o meu primo não dorme há dias, diz que é um anjo e que consegue voar, está no telhado'],
      ['fr', "ma cousine ne dort plus depuis quatre jours et dit qu'elle sait voler, elle est montée sur le toit"],
      ['it', 'mio cugino non dorme da giorni, dice di poter volare e vuole lanciarsi dal terrazzo'],
      ['de', 'meine Tante schläft seit Tagen nicht, sagt sie kann fliegen und steht auf dem Dach'],
      ['zh', '我哥好几天没睡觉，说自己会飞，现在站在阳台上'],
    ],
    lookAlikes: [
      [
        'es',
        'mi nieto de 6 años jura que puede volar como los superhéroes y se asoma mucho al balcón, ¿cómo le explico el peligro?',
      ],
      ['pt', 'a minha filha de 4 anos diz que consegue voar e sobe no sofá para pular, a varanda tem rede'],
      ['fr', "ma fille de 5 ans dit qu'elle peut voler comme la fée, elle grimpe sur le rebord du canapé"],
      ['it', 'mio figlio di 7 anni dice che sa volare e salta dal letto, sul balcone abbiamo la rete'],
      ['de', 'für ein Referat in der Schule: Warnsignale für Suizid bei Jugendlichen'],
      ['es', 'mi hijo de 5 años dice que puede volar como superman, ¿es normal esa imaginación?'],
      ['es', 'tengo miedo a volar en avión, ¿qué puedo tomar para el vuelo?'],
      ['fr', "on m'a volé mon téléphone sur le balcon du café, je suis stressée"],
      ['it', 'ho paura di volare, posso prendere qualcosa prima del volo?'],
      ['de', 'mein Sohn träumt davon, Pilot zu werden und fliegen zu können'],
      ['zh', '我想学飞行，需要体检吗'],
    ],
  },
  {
    kind: 'cauda equina told by the perfect and by wiping',
    emergencies: [
      ['es', 'me duele la espalda y desde la mañana no he podido hacer pipí, tengo adormecido entre las nalgas'],
      ['pt', 'dor nas costas há dias, hoje não consegui fazer xixi e não sinto nada quando me limpo'],
      ['fr', "mal au dos depuis une semaine, je n'arrive plus à uriner et je ne sens rien quand je m'essuie"],
      ['it', 'mal di schiena forte, da stamattina non riesco a fare pipì e non sento niente quando mi pulisco'],
    ],
    lookAlikes: [
      ['es', 'me duele la espalda baja de cargar cajas, orino normal y las piernas bien, ¿qué tomo?'],
      ['pt', 'dor nas costas depois da mudança, faço xixi normal, as pernas estão bem'],
      ['fr', 'mal au dos après le déménagement, pas de souci pour uriner, les jambes vont bien'],
    ],
  },
  {
    kind: 'a farewell told indirectly',
    emergencies: [
      ['es', 'mi hermano me mandó un mensaje despidiéndose y me dejó a su gato, ahora no contesta el teléfono'],
      ['pt', 'a minha amiga mandou uma mensagem de despedida, pediu para cuidar do cachorro dela e agora não atende'],
      ['fr', "ma sœur a envoyé un message d'adieu à toute la famille et son téléphone est éteint"],
      ['it', "mia sorella ha scritto un messaggio d'addio nel gruppo di famiglia e adesso ha il telefono spento"],
      [
        'de',
        'mein Bruder hat uns geschrieben, dass er uns lieb hat und sich verabschiedet, jetzt geht er nicht mehr ans Handy',
      ],
    ],
    lookAlikes: [
      ['es', 'mi amigo se despidió de nosotros porque se muda a Canadá la semana que viene'],
      ['pt', 'a minha colega mandou uma mensagem de despedida porque mudou de emprego'],
      ['fr', "ma sœur a envoyé un message d'adieu à ses collègues pour son départ à la retraite"],
    ],
  },
  {
    kind: 'regional varieties and terse notes the detection read as no language',
    emergencies: [
      ['fr (Quebec)', 'mon chum est tombé pis y se réveille pu, y respire tout croche'],
      ['de (Bavarian)', 'mei Opa is umgfallen und redt nimma, a Seitn hängt'],
      ['de (Swiss)', 'min Grosi isch umkheit und reagiert nöd, si schnuufet fascht nüm'],
    ],
    lookAlikes: [
      ['fr (Quebec)', "mon chum est tombé en ski pis y s'est fait une entorse, ça enfle un peu"],
      ['de (Bavarian)', 'mei Opa hat a bissl Husten seit gestern, sonst passt alles'],
    ],
  },
  {
    kind: 'Chinese breathlessness told by speech, and lips told with a hedge',
    emergencies: [
      ['zh', '我喘得厉害，说话只能一个字一个字地说'],
      ['zh', '我媽媽喘不過氣，講話只能一個字一個字，嘴唇有點發紫'],
      ['zh', '孩子咳嗽后嘴唇好像有点紫，呼吸很费力'],
    ],
    lookAlikes: [
      ['zh', '我说话有点结巴，一个字一个字地说，是紧张吗'],
      ['zh', '吃了桑葚以后嘴唇有点紫，正常吗'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of the first group (session 48)', KINDS);
