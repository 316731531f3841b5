import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 45 (T57): a discriminator told by what follows it or by what is seen, rather than named, in the languages whose
 * held-out emergencies were missed most (Arabic, Chinese, Portuguese, then French, German, Hindi), each emergency beside
 * look-alikes that share its words.
 * - Bleeding told by how it leaves the wound ("sai em jato", "yetla3 b qowa") and by what it soaks through ("encharca
 *   tudo", "läuft durch zwei Handtücher"), pressure that did not stop it (MTS: uncontrollable haemorrhage).
 * - A head injury told by what came after it: knocked out for seconds or minutes, vomiting, blurred vision, one pupil
 *   bigger than the other, drowsy and falling asleep mid-sentence (NICE NG232).
 * - A child told by what it does: a high-pitched noise breathing even at rest, drooling, skin drawn in (croup, NICE
 *   NG143); lips going purple told with a degree ("meio roxa", "有点发紫"); tablets missing counted in Chinese numerals.
 * - Collapse with no answer to a call or a tap, Cantonese negations ("唔應", "冇反應", "暈低咗"); confusion told as
 *   talking nonsense or not knowing people (heat stroke); Darija convulsing ("kay tferfer") and not recognising family.
 * - A jump announced where the height is told apart ("je suis sur le pont ... je vais sauter"), European Portuguese
 *   "saltar"; a cord felt coming out after the waters broke; saddle numbness and retention in Québécois French.
 * - The glass test named and its result told after ("عملت اختبار الكاسة وما راحت").
 * Written from the protocols, never from a labelled set. On the unchanged rules (main a502dc6): emergencies 12 of 36 by
 * the rules and 17 of 36 by the product, look-alikes 24 of 26 quiet (lips stained by mulberries read as cyanosis in
 * Portuguese and Chinese).
 */
const EMERGENCIES: LabelledMessages = [
  ['pt', 'cortei o braço na serra, o sangue esguicha e já encharcou tudo'],
  ['pt', 'o sangue sai em jato do corte na perna e não para'],
  ['pt', 'o meu pai cortou-se com a rebarbadora, já enrolámos dois panos e o sangue encharca tudo'],
  ['pt', 'tiraram a minha filha da piscina, tosse sem parar e a boca está meio roxa'],
  ['pt', 'o bebé respira muito rápido e está com os lábios um pouco roxos'],
  ['pt', 'caiu da bicicleta, bateu com a cabeça, ficou uns minutos apagado e agora tem uma pupila maior que a outra'],
  ['pt', 'a minha irmã diz que vai saltar da janela do prédio hoje à noite'],
  ['pt', 'o meu pai diz que vai pular da ponte, já não aguenta mais'],
  ['pt', 'a perna ficou de repente gelada e branca, não sinto os dedos'],
  ['fr', 'mon fils a pris un coup à la tête au rugby, il est resté KO une minute et maintenant il vomit'],
  ['fr', 'ma fille est tombée de la balançoire sur la tête, depuis elle voit flou et elle a vomi deux fois'],
  ['fr', 'mon bébé fait un bruit aigu quand il respire même au repos et il bave beaucoup'],
  ['fr', 'mon fils de 2 ans fait un bruit de sifflet quand il respire même couché, ça creuse sous les côtes'],
  ['fr', "je suis sur le pont, je vais sauter, c'est fini"],
  ['fr', "mon frère est sur le toit de l'immeuble et dit qu'il va sauter"],
  ['fr', 'je viens de perdre les eaux à 35 semaines et je sens le cordon qui sort'],
  ['fr', "depuis ce matin j'ai les fesses et l'entrejambe engourdis et je suis pas capable de pisser"],
  [
    'fr',
    "enceinte de 34 semaines, j'ai perdu les eaux et je sens quelque chose qui pend, je pense que c'est le cordon",
  ],
  ['zh', '我爸在楼下晕倒了，叫他不应，拍他也没反应，好像没有呼吸'],
  ['zh', '阿爺喺街度暈低咗，叫佢唔應，拍佢都冇反應，好似冇呼吸'],
  ['zh', '宝宝嘴唇发紫，呼吸很快，喂奶吃不进去'],
  ['zh', '孩子抽筋五分钟了还没停，嘴唇發紫'],
  ['zh', '舅舅在太阳下干活，现在说胡话，不认人，身上很烫，也不出汗了'],
  ['zh', '在工地被铁片弹到眼睛，现在看东西模糊，眼里还有东西'],
  ['zh', '我3岁女儿偷吃了外婆的降压药，少了四五颗，现在看起来没事'],
  ['zh', '公园长椅上有个阿姨，叫她拍她都没反应，呼吸声很怪'],
  ['ar', 'ibni jara7 idu bel sekkin, el dam byetla3 b qowa w ma wa2af'],
  ['ar', 'bnti 3andha 7arara w nu2at 7amra, 3melt ikhtibar el kase w ma ra7et'],
  ['ar', 'wldi tay7 f l2ard o kay tferfer, hadi 5 d9ay9'],
  ['ar', 'ابني عنده حرارة وطلع عليه نقط حمرا، عملت اختبار الكاسة وما راحت'],
  ['ar', 'el 3amel 7at ido ta7t el makina w el dam byetla3 b qowa, dghatna 3lih b fouta w ma wa2af'],
  ['ar', 'أنا عندي ٥٥ سنة، عندي وجع جامد في نص صدري من نص ساعة، وعرقان ونفسي مقطوع'],
  ['de', 'mein Sohn hat sich am Glas geschnitten, das Blut läuft durch zwei Handtücher durch'],
  ['de', 'das Blut suppt durch den Verband und das Geschirrtuch, obwohl wir drücken'],
  ['de', 'unsere Tochter (3) hat eine Knopfbatterie verschluckt'],
  ['hi', 'beta sar ke bal gira, pehle theek tha, ab bahut neend aa rahi hai aur do baar ulti ki'],
  ['hi', 'bhai ko sar pe chot lagi, ab baat karte karte so jata hai'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['pt', 'o corte no dedo sangrou um bocadinho e parou com um penso'],
  ['pt', 'encharquei a camisola com a chuva, estou com frio'],
  ['pt', 'a boca ficou roxa de comer amoras, é normal?'],
  ['pt', 'fiquei com uma nódoa roxa no braço depois da pancada'],
  ['pt', 'amanhã vamos saltar do trampolim na piscina, há perigo?'],
  ['pt', 'a pupila fica maior no escuro, isso é normal?'],
  ['pt', 'a perna fica branca quando está frio mas aquece logo e sinto tudo'],
  ['fr', 'mon fils a pris un coup de ballon sur la tête, pas de vomissement, il joue normalement'],
  ['fr', 'le bébé bave beaucoup, il fait ses dents, il respire bien'],
  ['fr', 'je vais sauter en parachute samedi, il y a des contre-indications ?'],
  ['fr', 'on va sauter le repas ce soir, on a trop mangé'],
  ['fr', 'je vois flou quand je lis sans mes lunettes'],
  ['fr', "le cordon ombilical du bébé est tombé ce matin, c'est normal qu'il saigne un peu ?"],
  ['zh', '吃了桑葚嘴唇发紫，要紧吗？'],
  ['zh', '我老公喝醉了说胡话，现在睡着了，呼吸正常，叫得醒'],
  ['zh', '佢今日唔舒服，冇食嘢，但係精神幾好'],
  ['zh', '冬天手指冻得发紫，暖一下就好了'],
  ['zh', '今天体检视力有点模糊，是不是要配眼镜？'],
  ['ar', 'shwayet dam mn sbe3i w wa2af ba3d ma daghat'],
  ['ar', 'عملت اختبار الكاسة والنقط راحت، والولد بيلعب'],
  ['ar', 'wldi kay tferfer mn l far7a mlli chaf l cadeau'],
  ['ar', '3amalt ikhtibar el kase w el nu2at ra7et, bas el 7arara 38'],
  ['de', 'das Wasser läuft durch das Handtuch auf den Boden, wie trockne ich das Parkett'],
  ['de', 'welche Knopfbatterie passt in die Küchenwaage?'],
  ['hi', 'raat ko der se soya isliye din mein bahut neend aa rahi hai'],
  ['hi', 'sar pe halki chot lagi thi, ulti nahi hui, khel raha hai'],
];

describeRulesAndProduct('other-language discriminators told by what follows (session 45)', EMERGENCIES, LOOK_ALIKES);
