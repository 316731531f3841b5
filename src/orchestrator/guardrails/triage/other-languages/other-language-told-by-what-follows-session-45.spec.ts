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
 * Written from the protocols, never from a labelled set. On the unchanged rules (main a502dc6): emergencies 13 of 37 by
 * the rules and 18 of 37 by the product, look-alikes 24 of 26 quiet (lips stained by mulberries read as cyanosis in
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

/**
 * The second round: cauda equina told by what is lost (pt, it: no feeling when wiping or "down there", urine passed
 * without noticing; tr: legs that cannot be lifted, the back named "sırt"); an aortic dissection told by its path and its
 * kind (zh: from the chest through to the back, tearing; it: between the shoulder blades, torn inside); a wheeze told verb
 * first and a hoarse voice (ar); appendicitis told by where the pain began and went (Arabizi: around the belly button, then
 * low on the right). On the rules of the first round (69cc6b5): emergencies 2 of 12 by the rules and 7 of 12 by the
 * product, look-alikes 10 of 10 quiet.
 */
const EMERGENCIES_TOLD_BY_WHAT_IS_LOST: LabelledMessages = [
  ['pt', 'tenho uma hérnia de disco e hoje perdi a sensibilidade entre as pernas, não consigo urinar'],
  ['pt', 'dor nas costas há dias e hoje fiz xixi nas calças sem dar conta, as pernas estão fracas'],
  ['pt', 'tomei ibuprofeno e agora tenho placas vermelhas pelo corpo todo e dificuldade pra respirar'],
  ['it', "ho un'ernia e da stamattina non sento niente quando mi pulisco, e le gambe sono deboli"],
  ['it', 'mal di schiena da giorni, oggi mi sono fatto la pipì addosso senza accorgermene e le gambe non reggono'],
  ['it', 'improvvisamente un dolore fortissimo tra le scapole, come se mi strappassero dentro, sono iperteso'],
  ['tr', 'babam kanser tedavisi görüyor, sırtı ağrıyor, bugün bacaklarını kaldıramıyor ve idrarını tutamıyor'],
  ['zh', '我60岁，刚才突然胸口一直痛到后背，像撕裂一样，出冷汗'],
  ['zh', '我血压高，突然从前胸到后背撕裂样剧痛'],
  ['ar', 'بنتي اكلت فستق اول مرة وصارت تصفر بصدرها وصوتها مبحوح ووجهها منتفخ'],
  ['ar', 'wja3 b batni bada 7awl el sorra w ra7 3al yameen ta7t, w 3andi 7arara w 3am raje3'],
  ['pt', 'comi camarão e a língua está grossa, tenho dificuldade pra engolir e respirar'],
];

const LOOK_ALIKES_OF_WHAT_IS_LOST: LabelledMessages = [
  ['pt', 'perdi a sensibilidade na ponta do dedo depois de me cortar na cozinha'],
  ['pt', 'tenho dificuldade pra dormir desde que mudei de casa'],
  ['it', "il bimbo di 3 anni si è fatto la pipì addosso all'asilo, sta bene e gioca"],
  ['it', 'ho dolore tra le scapole da quando lavoro al computer, peggiora a fine giornata'],
  ['tr', 'spordan sonra bacaklarımı kaldıramıyorum, çok yoruldum'],
  ['zh', '健身以后胸口和后背都有点酸痛，按着会痛'],
  ['ar', 'wja3 b batni shway ba3d el akel, ra7 lal 7ammam w ertat, ma fi 7arara'],
  ['ar', 'صوتي مبحوح من كتر الصريخ بالمباراة امبارح'],
  ['it', 'ho uno strappo muscolare tra le scapole dopo la palestra, mi fa male quando giro il busto'],
  ['zh', '健身拉伤了，后背肌肉像撕裂一样酸痛，按着更痛'],
];

describeRulesAndProduct(
  'other-language discriminators told by what is lost or where it goes (session 45)',
  EMERGENCIES_TOLD_BY_WHAT_IS_LOST,
  LOOK_ALIKES_OF_WHAT_IS_LOST,
);

/**
 * Review V27 (17:42) found the first round reading false alarms; mended as kinds, each with twins that keep the red flag:
 * a stain eaten or drunk before the lips (unless choking or breathing is told beside it), no response to a medicine or an
 * injection, a febrile child's hot body (left unread), a fall on the head alone (left unread), blood come a little through a
 * dressing and stopped. The first four look-alikes are V27's own texts.
 */
const TWINS_OF_THE_REVIEWED: LabelledMessages = [
  ['zh', '阿公喺屋企跌低咗，佢冇反應，好似冇呼吸'],
  ['de', 'das Blut läuft durch den Verband und das Handtuch, es hört nicht auf'],
  ['zh', '孩子吃葡萄噎住了，嘴唇开始发紫，咳不出来'],
  ['pt', 'o bebé engasgou-se com uma uva e a boca está meio roxa, não consegue respirar'],
];

const REVIEWED_LOOK_ALIKES: LabelledMessages = [
  ['zh', '孩子吃了桑葚，嘴唇有点发紫，其他都很好，在玩。'],
  ['zh', '女儿刚吃完蓝莓，现在嘴唇开始发紫，精神很好'],
  ['pt', 'A menina comeu amoras e a boca ficou meio roxa, mas está brincando normal.'],
  ['pt', 'o meu filho bebeu sumo de uva e os lábios estão um pouco roxos, está ótimo'],
  ['zh', '食咗退燒藥都冇乜反應，仲係38度半，精神都OK。使唔使睇醫生？'],
  ['zh', '打咗針都冇反應，咳仲係咁，佢精神幾好'],
  ['zh', '孩子身上烫得很，量了38.5度，但是精神很好，还在玩，吃喝都正常。要吃退烧药吗？'],
  ['hi', 'Mera 2 saal ka beta sofa se sar ke bal gira, turant roya, ulti nahi ki, ab khel raha hai. Barf laga dein?'],
  ['de', 'Das Blut ist ein bisschen durch den Verband gekommen, jetzt blutet es nicht mehr. Soll ich ihn wechseln?'],
  ['de', 'etwas Blut ist durch das Pflaster gesickert, aber es hat aufgehört zu bluten'],
];

describeRulesAndProduct(
  'other-language look-alikes found by review (session 45)',
  TWINS_OF_THE_REVIEWED,
  REVIEWED_LOOK_ALIKES,
);

/**
 * Review V27 (18:07): a hoarse voice from a cold read as anaphylaxis by the product (now read only beside a swelling, a
 * wheeze or what set it off), and the Cantonese medicine guard too broad (now only "even with the medicine, no
 * response"): a person with no response after an injection or after taking all the pills is read. V27's texts.
 */
const TWINS_OF_THE_SECOND_REVIEW: LabelledMessages = [
  ['zh', '阿嫲打完針之後冇反應，眼都唔擘'],
  ['zh', '佢食晒啲藥之後成個人冇反應'],
  ['ar', 'ابني اكل طحينة ووجهه انتفخ وصوته صار مبحوح وعم يصفر بصدره'],
];

const SECOND_REVIEW_LOOK_ALIKES: LabelledMessages = [
  ['ar', 'صوتي مبحوح من الزكام من يومين، ما عندي صعوبة بالتنفس ولا بالبلع. شو بشرب؟'],
];

describeRulesAndProduct(
  'other-language look-alikes found by the second review (session 45)',
  TWINS_OF_THE_SECOND_REVIEW,
  SECOND_REVIEW_LOOK_ALIKES,
);
