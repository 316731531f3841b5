import { otherLanguageReading } from './other-language-reading.js';
import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 60 (T120): false alarms told in other languages, by kind, written from the protocols and never from a labelled
 * set, each with the emergencies that share its words:
 * - medicines taken as prescribed or as the doctor said (`taken-as-prescribed.ts`): the day's dose, not a quantity
 *   gathered (NICE NG225 asks about means beyond the prescription); the whole box, someone else's pills, or pills taken
 *   at once stay an overdose;
 * - a choking whose object was spat, coughed or came out, with breathing and speech back (`choking-object-told-out.ts`;
 *   Resuscitation Council UK: the algorithm ends when the obstruction is relieved); an object that will not come out,
 *   a breath that still fails or blood brought up stay emergencies;
 * - Chinese written negation ("无胸痛、无气促", "否认服用抗凝药") in notes and forms, read as the spoken "没有"; the words
 *   it makes of its own ("无力" weak, "无反应" unresponsive) keep their finding;
 * - Portuguese and Spanish "nada de" before a finding, its negation ("nada de dor no peito"); "nada de passar" (it will
 *   not pass) beside a chest pain still going on is no denial of it;
 * - the languages' false friends of English (`english-looking-words-of-the-languages.ts`: Portuguese "até", Italian "mi"
 *   and "male", Turkish "mi"), which the wording model no longer reads as English; the findings the
 *   lexicons read in the same messages are still read.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'medicines taken as prescribed or as the doctor said; the whole box, another’s pills or all at once is an overdose',
    emergencies: [
      ['pt', 'tomei todos os comprimidos da caixa de uma vez, quero morrer'],
      ['pt', 'meu filho tomou todos os comprimidos da avó, não responde'],
      ['es', 'tomé todas las pastillas del frasco de golpe'],
      ['es', 'mi papá se tomó todas las pastillas de la caja, no como se las recetó el médico, y no despierta'],
      ['fr', "j'ai pris toute la boîte de comprimés d'un coup"],
      ['it', 'ha preso tutte le pillole della nonna e non si sveglia'],
      ['de', 'Mein Sohn hat alle Tabletten der Oma geschluckt und ist nicht wach zu kriegen'],
    ],
    lookAlikes: [
      ['pt', 'tomei todos os comprimidos como o médico mandou, posso tomar café?'],
      ['pt', 'minha mãe tomou todos os remédios conforme a receita e agora está com sono, é normal?'],
      ['es', 'tomé todas mis pastillas como me indicó el médico, ¿puedo tomar café?'],
      ['es', 'mi papá se tomó todas sus pastillas tal como se las recetó el médico, ¿puede cenar ya?'],
      ['fr', "il a pris tous ses comprimés comme le médecin l'a dit, il peut conduire?"],
      ['it', 'ho preso tutte le pillole come prescritto dal medico, posso bere un caffè?'],
      ['it', 'mio figlio ha preso tutte le pastiglie come mi ha detto il medico, può andare a scuola?'],
      ['de', 'Ich habe alle meine Tabletten wie verordnet genommen, darf ich heute Abend ein Glas Wein trinken?'],
      ['de', 'Mein Vater hat alle Tabletten nach Verordnung genommen, darf er Auto fahren?'],
      ['nl', 'Ik heb al mijn pillen ingenomen zoals voorgeschreven, mag ik koffie drinken?'],
      ['nl', 'Mijn moeder heeft al haar pillen volgens het recept genomen, mag ze alcohol?'],
      ['ja', '処方通りに薬を全部飲みました。お酒は飲めますか？'],
      ['ja', '薬は全部医者に言われた通りに飲みました。コーヒーを飲んでもいいですか？'],
      ['ar', 'أخذت كل الحبوب حسب الوصفة، هل أستطيع الصيام؟'],
      ['ar', 'أخذت كل حبوبي كما وصفها الطبيب، هل يمكنني شرب القهوة؟'],
    ],
  },
  {
    kind: 'a choking whose object was spat or coughed out, breathing again; one that will not come out, a breath still failing or blood is not',
    emergencies: [
      ['es', 'mi niño se atraganto con una uva, la escupio pero sigue tosiendo y no puede respirar bien, esta morado'],
      ['es', 'mi hija se está atragantando con un caramelo y no puede toser ni hablar'],
      ['fr', "Mon fils s'est étouffé avec un bonbon, il ne respire plus, il devient bleu"],
      ['pt', 'meu filho se engasgou com uma bala e não consegue respirar, está roxo'],
      ['de', 'mein Sohn hat sich verschluckt und bekommt keine Luft, er wird blau'],
      ['it', 'il bambino si è strozzato con un pezzo di mela e non respira'],
      ['zh', '我儿子吃东西噎住了，吐不出来，脸发紫，不能说话'],
      ['zh', '我爸吃饭噎住了，吐出来的是血，一直咳'],
    ],
    lookAlikes: [
      [
        'es',
        'mi hijo se atragantó con un caramelo, le di palmadas en la espalda y lo escupió, ya respira normal y llora',
      ],
      [
        'pt',
        'meu filho se engasgou com uma uva, dei tapinhas nas costas e ele cuspiu, agora está respirando normal e chorando',
      ],
      ['fr', "ma fille s'est étouffée avec un grain de raisin, elle l'a recraché et maintenant elle joue"],
      [
        'fr',
        "mon fils s'est étouffé avec un morceau de pomme, il a toussé et c'est ressorti, il respire bien maintenant",
      ],
      ['it', "il mio bambino si è strozzato con un pezzo di mela, l'ha sputato subito e ora respira bene e piange"],
      [
        'de',
        'mein Sohn hat sich an einem Bonbon verschluckt, hat es nach zwei Schlägen auf den Rücken ausgespuckt und atmet jetzt normal',
      ],
      ['zh', '孩子吃葡萄呛到了，拍背以后咳出来了，现在哭声很响，呼吸正常'],
      ['zh', '奶奶吃年糕噎住了，咳了几下吐出来了，现在说话呼吸都正常'],
    ],
  },
  {
    kind: 'Chinese written negation in notes (无, 否认); 无力 (weak) and 无反应 (unresponsive) are findings',
    emergencies: [
      ['zh', '男，58岁，胸痛30分钟，压榨样，大汗，无缓解。'],
      ['zh', '患者突发右侧肢体无力，言语不清，1小时。'],
      ['zh', '孩子叫不醒，无反应，呼吸很慢。'],
      ['zh', '老人突然意识不清，呼之无反应。'],
      ['zh', '我爸突然说话不清楚，嘴歪，右手无力抬不起来。'],
    ],
    lookAlikes: [
      ['zh', '社区随访：男，66岁，高血压10年，今日血压150/90，无头痛，无胸闷，无肢体无力，言语清楚。'],
      ['zh', '孕28周，产检正常，无阴道出血，无腹痛，胎动好。'],
      ['zh', '老人摔了一跤，碰到头，无昏迷，无呕吐，否认服用抗凝药，现在说话正常。'],
      ['zh', '患儿3岁，发热1天，体温38.5，精神好，无抽搐，无皮疹，无呕吐，进食可。'],
    ],
  },
  {
    kind: 'Portuguese and Spanish “nada de” before a finding denies it; a pain that “nada de passar” is still there',
    emergencies: [
      ['pt', 'meu pai está com dor no peito forte há 30 minutos, suando frio, nada de melhorar'],
      ['pt', 'de repente dor no peito que vai pro braço esquerdo, nada de passar, falta de ar'],
      ['es', 'mi papá tiene dolor fuerte en el pecho y sudor frío, nada de mejoría con la pastilla'],
      ['es', 'mi hija convulsionando hace 10 minutos y nada de despertar'],
    ],
    lookAlikes: [
      [
        'pt',
        'ontem na sauna senti o coração disparar uns 30 segundos e passou. nada de dor no peito, não desmaiei. hoje to normal',
      ],
      ['pt', 'meu filho bateu a cabeça no parquinho, chorou logo, nada de vômito, nada de sonolência, está brincando'],
      ['es', 'tuve un mareo al levantarme, nada de dolor en el pecho, nada de falta de aire, ya estoy bien'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language false alarms of session 60', KINDS);

describe('the languages’ false friends of English, left out of what the wording model reads', () => {
  it.each([
    ['pt', 'fico com dor de cabeça até a noite, mas passa com dipirona, é normal?', ['ate']],
    ['it', 'mi fa male la pancia da stamattina dopo il pranzo, come posso fare?', ['mi', 'male', 'come']],
    ['tr', 'bu sabah başım ağrıyor mi acaba grip mi?', ['mi']],
  ])('%s: %s', (_language, text, falseFriends) => {
    const words = otherLanguageReading(text)?.toldInEnglish?.split(/[^\p{L}]+/u) ?? [];
    expect(words.filter((word) => falseFriends.includes(word))).toEqual([]);
  });

  it.each([
    ['pt', 'meu filho comeu veneno de rato e até agora não acorda', 'ate rat poison'],
    ['it', 'mio padre non respira e ha le labbra blu', 'blue lips'],
    ['tr', 'babam nefes alamıyor, dudakları morardı', 'cannot breathe'],
  ])('%s: the findings are still read in %s', (_language, text, finding) => {
    expect(otherLanguageReading(text)?.toldInEnglish).toContain(finding);
  });
});
