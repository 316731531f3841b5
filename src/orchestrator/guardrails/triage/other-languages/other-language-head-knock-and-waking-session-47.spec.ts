import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 47 (T63): two kinds the development sets of sessions 38-47 missed in several of the first group's
 * languages, written from the protocols in each language's own verbs, never from a labelled set.
 * - A head knock in someone on a blood thinner, however well they seem (NICE NG232 1.4.12: CT within 8 hours for anyone
 *   on anticoagulants after a head injury): the thinner told by the names it is sold under where the language is
 *   spoken (Sintrom, acenocumarol, Marcumar, Préviscan, varfarina, 华法林, "سيولة الدم") and the knock told by the
 *   verbs each language hits a head with ("se dio con la cabeza", "bateu com a cabeça", "s'est tapé la tête", "den
 *   Kopf angeschlagen").
 * - Someone who cannot be roused, told by what it takes (AVPU: responds only to pain, or not at all): no way to
 *   wake them, eyes opened only when pinched. Look-alikes: a teenager hard to get up for school, a thinner asked
 *   about, a bruise on the arm.
 * On the unchanged rules (main 6cd71c6): emergencies 3 of 19 flagged by both, look-alikes 0 of 12.
 * Twins added after the first diff read a Portuguese toddler's knock as the emergency ("bateu a testa" was read, "chorou
 * na hora" was not): a child who cried at once and plays as usual, beside one who vomits and will not stay awake.
 */
const EMERGENCIES: LabelledMessages = [
  [
    'es',
    'a mi suegro que toma sintrom se le resbaló el pie y se dio un golpe en la frente con la puerta, tiene un bulto',
  ],
  ['es', 'mi tío anticoagulado se dio con la cabeza en el lavabo hace una hora, está bien pero le salió un chichón'],
  ['es', 'mi abuelo toma acenocumarol y se pegó en la nuca al caerse de la silla, dice que no es nada'],
  ['pt', 'a minha mãe toma varfarina e bateu com a cabeça na mesa quando caiu, está com um galo mas diz que está bem'],
  ['pt', 'o meu avô toma Sintrom e deu com a testa na porta do armário, fez um hematoma'],
  ['fr', "ma grand-mère prend du Préviscan, elle s'est tapé la tête en tombant de sa chaise"],
  ['fr', "mon père est sous Sintrom, il s'est cogné le front contre l'étagère, il a une bosse"],
  ['it', 'mia nonna prende il Sintrom, è scivolata e ha sbattuto la testa contro il mobile, dice che sta bene'],
  [
    'de',
    'meine Oma nimmt Marcumar, sie ist gestürzt und hat sich den Kopf an der Kommode angeschlagen, sie hat eine Beule',
  ],
  ['de', 'mein Vater nimmt Xarelto und ist mit dem Kopf gegen den Türrahmen gestoßen, er sagt es geht ihm gut'],
  ['zh', '我爷爷在吃抗凝药，早上在厕所滑倒，头磕到了洗手台，起了个包'],
  ['ar', 'أبوي ياخذ دواء سيولة الدم، طاح وضرب راسه بالطاولة، عنده ورم صغير بس يقول إنه بخير'],
  ['es', 'mi abuelo está en la cama y no hay manera de despertarlo, le movemos y solo se queja'],
  ['es', 'a mi madre solo le abre los ojos si la pellizcamos, no dice nada'],
  ['pt', 'não há maneira de acordar o meu pai, só abre os olhos quando lhe beliscamos o braço'],
  ['fr', 'impossible de réveiller ma grand-mère, elle ouvre à peine les yeux quand on la pince'],
  ['it', 'non riusciamo a svegliare il nonno in nessun modo, fa solo un lamento se lo scuotiamo'],
  ['de', 'mein Vater lässt sich nicht wecken, er reagiert nur auf Schmerzreize'],
  ['zh', '我奶奶一直睡，叫不醒，只有掐她才睁一下眼'],
  ['es', 'mi nene de 2 años se dio con la cabeza en el piso, no lloró, vomitó tres veces y está muy dormido'],
  ['pt', 'meu bebê de 1 ano caiu do trocador e bateu a cabeça, vomitou duas vezes e está muito sonolento'],
  [
    'fr',
    "mon fils de 2 ans s'est tapé la tête, il a pleuré tout de suite mais depuis il a vomi trois fois et il dort tout le temps",
  ],
];

const LOOK_ALIKES: LabelledMessages = [
  ['es', 'mi abuela toma sintrom y se le hizo un moretón en el brazo al chocar con la mesa, ¿es normal?'],
  ['es', 'mi hijo se golpeó la cabeza jugando, lloró enseguida y ahora juega normal, ¿le pongo hielo?'],
  ['es', 'mi hijo adolescente duerme hasta las dos de la tarde y no hay manera de despertarlo para el colegio'],
  ['pt', 'a minha mãe toma varfarina, posso dar-lhe paracetamol para a dor de cabeça?'],
  ['pt', 'o meu filho de 16 anos dorme tanto que não há maneira de o acordar de manhã para a escola'],
  ['fr', 'mon père prend du Sintrom, peut-il se faire vacciner contre la grippe ?'],
  ['fr', 'impossible de réveiller mon ado le matin pour le lycée, il dort comme une pierre'],
  ['it', 'mio padre prende il Coumadin, può mangiare le verdure a foglia verde?'],
  ['de', 'meine Oma nimmt Marcumar, darf sie Ibuprofen nehmen?'],
  ['de', 'mein Sohn lässt sich morgens kaum wecken, er ist 15 und geht spät schlafen'],
  ['zh', '我奶奶在吃华法林，可以吃纳豆吗？'],
  ['ar', 'أمي تاخذ دواء سيولة الدم، هل تقدر تاخذ بنادول للصداع؟'],
  [
    'pt',
    'meu bebê de 2 anos caiu da cama e bateu a testa no chão, chorou na hora, está brincando normal, só ficou um galo',
  ],
  ['es', 'mi nene de 2 años se cayó del sillón y se dio con la cabeza en el piso, lloró enseguida y ya se le pasó'],
  [
    'fr',
    "mon fils de 2 ans est tombé du canapé et s'est tapé la tête par terre, il a pleuré tout de suite, juste une bosse",
  ],
  ['it', 'mio figlio di 2 anni è caduto dal divano e ha sbattuto la testa, ha pianto subito, solo un bernoccolo'],
  [
    'de',
    'mein Sohn (2) ist vom Sofa gefallen und hat sich den Kopf am Boden angeschlagen, hat sofort geweint, nur eine Beule',
  ],
  ['zh', '我儿子两岁，从沙发上摔下来头磕到地板，马上就哭了，现在玩得很正常，只起了个包'],
];

describeRulesAndProduct(
  'other-language head knock on a blood thinner and waking told by what it takes (session 47)',
  EMERGENCIES,
  LOOK_ALIKES,
);
