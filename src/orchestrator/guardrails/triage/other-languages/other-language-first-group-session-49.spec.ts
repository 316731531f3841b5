import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 49 (T71): kinds the development sets of sessions 38-49 missed in the first group's languages, written from
 * the protocols in each language's own words before the rules changed, never from a labelled set:
 * - seizures with no waking between (NICE NG217), told with the subject between "without" and the waking verb ("sem
 *   ele acordar", "sin que ella se despierte", "senza che si svegliasse");
 * - tablets a child may have taken told by the count missing or left (NPIS / TOXBASE: an unknown count is taken at its
 *   most), with a hedge ("ne mancano circa 10", "fehlen ungefähr 10", "少了差不多6颗") or as the count before and after;
 * - an infant's age and temperature told in number words (NICE NG143: under 3 months with 38 °C or more), "dos meses y
 *   medio", "treinta y ocho cuatro";
 * - Chinese typed with spaces between its words (a voice transcript, a learner's keyboard), read as it is read unspaced;
 * - a message in Chinese with digits against its characters ("3歲", "8顆") read as Arabizi, whose digit words are Latin;
 * - a means put aside and all of it to be taken, told with a pronoun ("me las tomo todas", "je les avale toutes", "nehme
 *   sie alle", "一次吃完") or a verb of going to ("vou tomar hoje"), beside a time set (NICE NG225, Columbia: a plan).
 * On the unchanged rules (main eb17c1e): emergencies 11 of 29 flagged by the product, look-alikes 21 of 21 quiet. After:
 * 29 of 29 and 21 of 21. Twins of review V31 added after: one emergency, four routines. Emergencies must be flagged by the product; look-alikes stay quiet by both.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'seizures with no waking between, the subject told before the waking verb',
    emergencies: [
      ['es', 'mi abuela tuvo una convulsión, paró y le vino otra sin que ella se despertara entre las dos'],
      ['es', 'a mi hijo le dio un ataque y después otro sin él despertar en medio'],
      ['pt', 'meu pai teve uma crise e logo outra sem ele recuperar a consciência entre elas'],
      ['pt', 'a minha filha teve duas convulsões sem ela acordar entre uma e outra'],
      ['fr', "mon père a fait une crise puis une autre sans qu'il se réveille entre les deux"],
      ['it', "mio padre ha avuto una crisi e poi un'altra senza che si svegliasse tra una e l'altra"],
      ['it', 'il bambino ha avuto due convulsioni senza che lui riprendesse conoscenza tra le due'],
    ],
    lookAlikes: [
      ['es', 'mi hija tuvo una convulsión con fiebre, se despertó enseguida y ahora está jugando'],
      ['pt', 'meu filho teve uma convulsão ontem e acordou logo depois, está bem'],
      ['fr', 'mon fils a dormi sans se réveiller entre les deux biberons'],
      ['it', "mio figlio ha dormito tutta la notte senza che si svegliasse tra una poppata e l'altra"],
    ],
  },
  {
    kind: 'tablets a child may have taken, told by the count missing or left',
    emergencies: [
      ['es', 'mi nena de 2 años agarró las pastillas de la presión del abuelo, faltan como 6, está jugando'],
      ['pt', 'a minha filha de 3 anos mexeu no remédio da pressão da avó, faltam uns 8 comprimidos, ela está bem'],
      ['fr', 'mon fils de 2 ans a trouvé les cachets de sa grand-mère, il en manque environ 7, il joue'],
      ['it', 'mio figlio di 3 anni ha mangiato le pastiglie di ferro della nonna, ne mancano circa 10, sta giocando'],
      ['de', 'mein Sohn, 2 Jahre, war an Omas Blutdrucktabletten, es fehlen ungefähr 10, er spielt ganz normal'],
      ['zh', '我女儿两岁，把奶奶的降压药吃了，药盒少了差不多6颗，现在还在玩'],
      ['zh', '我兒子3歲，藥瓶少了大約10粒鐵劑，好像吃了，現在看起來沒事'],
      ['zh', '我孙子两岁，刚刚把爷爷的 metoprolol 50mg 降压药吃了，少了大概5颗'],
      // A twin of review V31 (06:14): a grandchild, and the count in a number word.
      ['es', 'mi nieto de dos años jugó con el blíster de las pastillas de mi madre y faltan como cuatro, está normal'],
    ],
    lookAlikes: [
      ['es', 'mi hermano de 30 años guarda sus pastillas en el cajón, faltan unas 10 semanas para la próxima receta'],
      ['it', 'ne mancano circa 10 nella confezione, le ho prese io questa settimana, mi serve una nuova ricetta?'],
      [
        'de',
        'in meiner Packung fehlen noch ungefähr 10 Tabletten, ich nehme jeden Tag eine, wann brauche ich ein neues Rezept?',
      ],
      ['zh', '药盒少了差不多6颗，是我这周按时吃的，要再开药吗'],
      ['fr', 'il en manque environ 7 dans la boîte, je les ai prises cette semaine comme prévu, je dois en racheter ?'],
    ],
  },
  {
    kind: "an infant's age and temperature told in number words",
    emergencies: [
      ['es', 'mi bebé tiene un mes y medio y el termómetro marca treinta y ocho cinco'],
      ['es', 'mi niña de dos meses marca treinta y ocho y medio en el termómetro'],
      ['es', 'mi bebé tiene siete semanas, tiene treinta y ocho coma dos y duerme mucho'],
      ['pt', 'o meu bebé tem seis semanas e o termómetro marcou trinta e oito e meio'],
    ],
    lookAlikes: [
      ['es', 'mi hijo de 10 años tiene treinta y siete y medio, ¿le doy paracetamol?'],
      ['es', 'mi bebé tiene dos meses y le toca la vacuna, ¿le puedo dar paracetamol antes?'],
      ['es', 'tengo treinta y ocho años y cinco hijos, ¿qué vacunas me tocan?'],
      ['pt', 'meu filho de 8 anos está com trinta e sete e meio, dou antitérmico?'],
    ],
  },
  {
    kind: 'Chinese typed with spaces between its words',
    emergencies: [
      ['zh', '我 家 寶寶 一個月 大 發燒 38.5 度 叫 他 沒 反應'],
      ['zh', '我 爸爸 突然 说话 不清楚 一边 手 没 力 脸 歪 了'],
      ['zh', '喂 我 哮喘 发作 了 喷 了 好几次 药 没用 嘴唇 发紫'],
    ],
    lookAlikes: [
      ['zh', '我 今天 有点 咳嗽 喉咙 痛 要 吃 什么 药'],
      ['zh', '我 爸爸 上 个 月 中风 过 现在 恢复 得 很 好 要 复查 吗'],
    ],
  },
  {
    kind: 'means put aside, and all of them to be taken told with a pronoun',
    emergencies: [
      ['es', 'llevo semanas guardando las pastillas para dormir y esta noche me las tomo todas'],
      ['es', 'ya tengo el veneno escondido en el cuarto, voy a tomármelo cuando se duerman'],
      ['pt', 'comprei veneno de rato e vou tomar hoje quando todos dormirem'],
      ['fr', "j'ai mis de côté toutes mes pilules, ce soir quand ils dormiront je les avale toutes"],
      ['it', 'ho comprato la carbonella e stanotte sigillo la stanza'],
      ['de', 'ich habe seit Wochen Tabletten gesammelt und nehme sie heute Nacht alle'],
      ['zh', '我偷偷囤了两个月的药，等周末家里没人就一次吃完'],
    ],
    lookAlikes: [
      ['es', 'el médico me dio pastillas para la presión, me las tomo todas las mañanas con el desayuno'],
      ['pt', 'comprei veneno de rato porque a casa está cheia de ratos, é perigoso para o cachorro?'],
      ['fr', 'je prends mes cachets pour la tension, je les prends tous les matins'],
      ['it', 'ho comprato la carbonella per la grigliata di stasera con gli amici'],
      ['de', 'ich nehme meine Tabletten, sie alle zwei Tage, ist das richtig so?'],
      ['zh', '这个药是一次吃完还是分两次吃？'],
      // Twins of review V31 (06:14): a routine or a missed dose told with the same grammar.
      [
        'es',
        'tomo tres pastillas para la tensión y me las tomo todas juntas por la mañana con el desayuno, ¿las separo?',
      ],
      ['pt', 'esqueci de tomar meus comprimidos da pressão hoje cedo, vou tomar agora ou espero até amanhã?'],
      ['de', 'ich habe drei Blutdrucktabletten und nehme sie morgens alle zusammen, ist das in Ordnung?'],
      ['zh', '医生给我开了三天的抗生素，我能不能一次吃完？'],
      // Twins of review V31 (07:14), mended at the merge: a weekly pill box and a missed dose; a brazier to warm a room.
      [
        'pt',
        'Separei os comprimidos da pressão da semana na caixinha. Hoje de manhã esqueci, vou tomar agora ou pulo a dose?',
      ],
      [
        'it',
        'Ho comprato la carbonella e chiudo la porta e le finestre della veranda perché fa freddo, poi accendo il braciere per scaldarci. È pericoloso?',
      ],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of the first group (session 49)', KINDS);
