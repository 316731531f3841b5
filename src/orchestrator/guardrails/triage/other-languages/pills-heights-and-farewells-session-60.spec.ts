import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 60 (T119): self-harm and poisoning told in other languages by kind, written from the protocols (NPIS /
 * TOXBASE: a count or a whole pack of tablets swallowed; NICE NG225 and the Columbia scale: a place to jump from, a
 * goodbye beside a silence or saved means, a plan with its means), never from a labelled set, each with look-alikes that share its words:
 * - tablets told by their count or their pack where the lexicon left the rest unread: the Spanish perfect, Russian counts
 *   in words and a pack of a brand, a Japanese strip told with a digit, a Korean pack with the honorific verb, a Chinese
 *   count of five to nine for a child, a Turkish count after the medicine; a daily dose, a pack bought, juice or sweets
 *   by the pack and two tablets for a headache are not;
 * - standing at the edge of a bridge or a roof with despair or a jump told beside it (Spanish "orilla", French, Turkish,
 *   Hinglish); a river bank, a lake, a boat's deck, a skipped breakfast, a kite on the roof and a jump into a pool are not;
 * - a goodbye sent in a chat's English (Tagalog), a letter left to one's family and pills gathered with Arabic's "wa"
 *   written onto the verb, sorry messages sent to everyone (Hinglish), each beside a silence or saved pills; a goodbye
 *   before a move, a letter from an airport and old medicines gathered for the pharmacy are not;
 * - an end to everything told with a means or despair beside it (Italian, Turkish, Swahili, Haitian, Korean), German
 *   hanging told with its reflexive and a daughter locked in a bathroom with blades (Chinese); finishing work, homework
 *   or a habit, curtains hung up and a child gaming behind a locked door are not;
 * - carbon monoxide told by its parts (the alarm with its verb first or last, a brazier, a coal stove, a briquette, a gas
 *   water heater, the household told as a whole); an alarm tested or low on battery and a household well are not;
 * - digoxin taken twice or doubled, told by its own spelling, its yellow vision and a French pulse told with "à"; the
 *   medicine named or asked about, a fever of 40 and a yellow field are not.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'tablets swallowed told by their count or their pack; a daily dose, a pack bought, food by the pack and a dose for a headache are not',
    emergencies: [
      ['es', 'mi hijo se ha tragado unas pastillas de su abuela, no sé cuántas'],
      ['es', 'creo que mi vecina se ha tomado esta tarde como 30 pastillas de clonazepam'],
      ['es', 'el niño se ha comido 6 pastillas de hierro de su madre'],
      ['ru', 'муж проглотил целую упаковку феназепама и не просыпается'],
      ['ru', 'подруга пишет, что выпила всю пачку амитриптилина'],
      ['ru', 'сын съел пять таблеток бабушкиного лекарства от давления'],
      ['ru', 'дочка съела несколько таблеток маминого фенобарбитала'],
      ['ja', '祖父が睡眠薬を1シート全部飲んでしまったようです'],
      ['ja', '父が痛み止めを１箱まるごと飲んだと言っています'],
      ['ja', '弟が風邪薬をひと瓶飲んでしまった'],
      ['ko', '엄마가 수면제 한 통을 소주랑 같이 드신 것 같아요'],
      ['ko', '할아버지가 혈압약 한 통을 다 드셨어요'],
      ['ko', '동생이 진통제 한 갑을 술이랑 먹었어요'],
      ['zh', '孩子吞了七八片奶奶的降压药'],
      ['tr', 'babam tansiyon ilacından 10 tane içti'],
      ['tr', 'kardeşim uyku hapından 20 tane yutmuş'],
      ['tr', 'oğlum babaannesinin ilaçlarından 5 tane yuttu'],
    ],
    lookAlikes: [
      ['es', '¿se ha tomado sus pastillas de la tensión hoy? no me acuerdo'],
      ['es', 'ya se ha tomado el jarabe, ¿cuánto tarda en bajar la fiebre?'],
      ['ru', 'мама выпила всю пачку сока за вечер'],
      ['ru', 'я съел целую коробку конфет, болит живот'],
      ['ru', 'принимаю пять таблеток в день от давления, это нормально?'],
      ['ru', 'выпила две таблетки от головной боли, стало легче'],
      ['ja', '薬を1シート買ってきました'],
      ['ja', '睡眠薬を1錠飲んで寝ました'],
      ['ko', '수면제 한 통 샀어요'],
      ['ko', '약 한 통을 한 달 동안 나눠 먹었어요'],
      ['zh', '医生说每天吃五片降压药'],
      ['zh', '我一次吃两片布洛芬可以吗'],
      ['tr', 'günde 5 tane ilaç içiyorum, normal mi'],
      ['tr', 'baş ağrısı için 1 tane parol içtim'],
    ],
  },
  {
    kind: 'at the edge of a bridge or a roof with despair or a jump told beside it; a river bank, a lake, a boat, a kite on the roof or a pool is not',
    emergencies: [
      ['es', 'estoy en la orilla del puente, ya no puedo más'],
      ['es', 'mi hermano está en el borde del techo y dice que ya no aguanta'],
      ['es', 'estoy sentada en la cornisa del edificio, adiós'],
      ['fr', 'je suis sur le bord du pont, je vais sauter'],
      ['fr', "ma sœur est sur le toit de l'immeuble, elle dit qu'elle n'en peut plus"],
      ['fr', 'je suis au bord de la falaise, adieu tout le monde'],
      ['hi', 'main chhat ke kinare khada hoon, ab kood jaunga, bas bahut ho gaya'],
      ['hi', 'mera bhai building ke upar hai, keh raha hai kood jayega'],
      ['hi', 'pul ke kinare baithi hoon, ab bardasht nahi hota'],
      ['tr', 'köprünün kenarındayım, atlayacağım'],
      ['tr', 'kardeşim binanın çatısında, atlayacak diyor'],
      ['tr', 'çatının kenarındayım, artık dayanamıyorum'],
    ],
    lookAlikes: [
      ['es', 'estoy en la orilla del río pescando con mi papá'],
      ['es', 'estamos en el borde de la piscina'],
      ['fr', 'on est au bord du lac, il fait beau'],
      ['fr', 'je vais sauter le petit déjeuner ce matin'],
      ['fr', "on est sur le pont du bateau, je vais sauter dans l'eau"],
      ['hi', 'hum chhat ke upar patang uda rahe hain'],
      ['hi', 'main chhat pe baitha hoon, mausam accha hai'],
      ['tr', 'köprünün kenarında balık tutuyoruz'],
      ['tr', 'havuza atlayacağım, su çok güzel'],
    ],
  },
  {
    kind: 'a goodbye sent or a letter left beside a silence or saved pills; a goodbye before a move, a letter from an airport or old medicines for the pharmacy are not',
    emergencies: [
      ['tl', 'yung kasama ko sa dorm nagpaalam na sa family niya, naka off na yung phone niya'],
      ['tl', 'yung bestfriend ko nagsend ng goodbye msg sa GC, tapos may naipon siyang sleeping pills'],
      ['tl', 'pinsan ko nag-post ng paalam na message sa fb, tapos nakapatay na ang cellphone'],
      ['tl', 'kuya ko may naipon na gamot sa drawer, sabi niya pagod na siya'],
      ['ar', 'ما عاد فيني كمل. كتبت رسالة لأهلي وحطيتها بالجارور، وجمعت كل حبوب الضغط'],
      ['ar', 'أخوي ودعنا كلنا وسكر جواله'],
      ['ar', 'كتب رسالة لأمه وقفل تلفونه من الصبح'],
      ['hi', 'meri roommate ne aaj sab ko sorry wale messages bheje, phone bhi band hai'],
      ['hi', 'mera bhai kal raat se chup hai, alvida wala message bheja aur ab phone switch off hai'],
    ],
    lookAlikes: [
      ['tl', 'nagpaalam na sa family niya kasi lilipat na siya sa abroad'],
      ['tl', 'may naipon akong gamot na expired, itatapon ko na sa botika'],
      ['ar', 'كتبت رسالة لأهلي من المطار قبل السفر'],
      ['ar', 'جمعت كل الأدوية القديمة عشان أرجعها للصيدلية'],
      ['hi', 'office me sab ko sorry wale messages bheje kyunki party me late aaya tha'],
    ],
  },
  {
    kind: 'an end to everything told with its means, and hanging told with its reflexive; finishing work, homework or a habit, curtains hung up or a child gaming behind a locked door is not',
    emergencies: [
      ['it', 'mio fratello ha detto che stasera la fa finita, ha preso la pistola di papà'],
      ['it', 'mia figlia mi ha scritto addio, dice che oggi la fa finita'],
      ['it', 'mio marito ha comprato una corda e dice che la farà finita'],
      ['tr', 'kardeşim bu gece her şeyi bitireceğini söyledi, ip almış'],
      ['tr', 'arkadaşım her şeyi bitireceğim diye mesaj attı, elinde haplar var'],
      ['sw', 'ndugu yangu amesema leo usiku atamaliza kila kitu, amenunua kamba'],
      ['sw', 'rafiki yangu ananiambia atamaliza kila kitu, ana vidonge vingi'],
      ['ht', 'frè m di l ap fini ak tout bagay aswè a, li achte yon kòd'],
      ['ht', 'sè m di m li pral fini ak lavi l, li gen grenn nan men l'],
      ['ko', '친구가 오늘 밤에 다 끝낼 거라고 하면서 밧줄을 샀대요'],
      ['ko', '동생이 유서를 쓰고 다 끝내겠다고 했어요'],
      ['de', 'meine Freundin schreibt, dass sie sich heute Nacht erhängen will, sie hat schon ein Seil'],
      ['de', 'mein Bruder schreibt mir, er will sich heute Nacht im Keller erhängen'],
      ['de', 'meine Schwester sagt, sie will sich heute aufhängen, sie hat ein Seil gekauft'],
      ['zh', '我女儿把自己锁在浴室里，拿着刀片，不回答'],
    ],
    lookAlikes: [
      ['it', 'mio padre ha detto che la fa finita con il fumo'],
      ['it', 'stasera la facciamo finita con questo lavoro, finalmente'],
      ['tr', 'bu gece her şeyi bitireceğim, ödevler çok'],
      ['sw', 'nitamaliza kila kitu kazini leo'],
      ['ht', 'm ap fini ak tout bagay nan travay la jodi a'],
      ['ko', '오늘 밤에 숙제 다 끝낼 거예요'],
      ['de', 'ich will die Bilder im Flur aufhängen'],
      ['de', 'er hat sich beim Aufhängen der Gardinen den Rücken verletzt, tut heute Nacht weh'],
      ['de', 'mein Sohn hat sich im Zimmer eingeschlossen und spielt Playstation'],
      ['zh', '孩子把自己锁在房间里打游戏，不肯出来'],
      ['zh', '我用剃须刀片刮胡子划破了一点'],
    ],
  },
  {
    kind: 'carbon monoxide told by its alarm, its source and the household unwell; an alarm tested or low on battery, a household well or a source asked about is not',
    emergencies: [
      ['es', 'sonó el detector de monóxido y mi papá está mareado y vomitando'],
      ['pt', 'a família toda com dor de cabeça e enjoo depois de dormir com o braseiro aceso, minha avó está confusa'],
      ['pt', 'o alarme de monóxido de carbono disparou e meu pai está tonto e vomitando'],
      ['fr', 'le détecteur de monoxyde a sonné, toute la famille a mal à la tête et mamie est confuse'],
      ['zh', '我爸妈烧煤炉取暖，早上两个人都头痛恶心，我妈站不稳'],
      ['zh', '全家人都头痛恶心，家里烧蜂窝煤取暖'],
      ['ar', 'نمنا والمدفأة شغالة والشباك مسكر، الكل عنده صداع واستفراغ وستي مش واعية'],
      ['ar', 'كلنا عندنا صداع ودوخة، والصوبة شغالة طول الليل'],
      ['tl', 'naka-on ang generator sa loob ng bahay, lahat kami nahihilo at nagsusuka'],
      ['ko', '연탄 피우고 잤는데 가족 모두 두통이랑 구토가 있고 할머니가 정신이 없어요'],
      ['ko', '가족 모두 머리가 아프고 토해요, 어젯밤에 연탄불 피웠어요'],
      ['ja', '練炭ストーブをつけて寝たら、家族全員頭痛と吐き気、祖母がぼんやりしている'],
    ],
    lookAlikes: [
      ['es', 'el detector de monóxido pita porque tiene la pila baja'],
      ['es', 'la alarma de monóxido se activó durante la prueba mensual, todos bien'],
      ['zh', '我们家用燃气热水器，安全吗？'],
      ['zh', '大家都很好，谢谢关心'],
      ['pt', 'toda a família está bem, obrigado'],
      ['ar', 'الكل بخير الحمد لله، شكرا'],
      ['ar', 'كلنا رحنا على البحر امبارح'],
      ['tl', 'lahat kami pumunta sa beach kahapon, masaya'],
      ['ko', '가족 모두 건강해요'],
      ['ja', '練炭で焼肉をしました、おいしかった'],
    ],
  },
  {
    kind: 'digoxin taken twice or doubled, told by its own spelling, its yellow vision and a slow pulse; the medicine named or asked about, a fever of 40 and a field of sunflowers are not',
    emergencies: [
      ['fr', 'Mon grand-père a pris deux fois sa digoxine ce matin, son pouls est à 40'],
      ['es', 'mi abuela se tomó doble dosis de su digoxina y ve todo amarillo'],
      ['pt', 'meu avô tomou digoxina duas vezes hoje e diz que vê tudo amarelo'],
      ['it', 'mio nonno ha preso due volte la digossina, vede tutto giallo e ha il polso a 40'],
      ['de', 'Opa hat heute zweimal sein Digoxin genommen und sieht alles gelb'],
      ['ru', 'бабушка выпила двойную дозу дигоксина, видит всё жёлтым, пульс 40'],
      ['zh', '奶奶地高辛吃了双倍的量，看东西发黄，心跳40'],
    ],
    lookAlikes: [
      ['es', '¿la digoxina se toma con comida?'],
      ['fr', 'mon père prend de la digoxine depuis 5 ans, tout va bien'],
      ['fr', 'ma fille a de la fièvre à 40, elle boit bien'],
      ['fr', "mon pouls est à 70 au repos, c'est normal ?"],
      ['it', 'vede tutto giallo il campo di girasoli, bellissimo'],
      ['de', 'mein Vater nimmt Digoxin, darf er Kaffee trinken?'],
    ],
  },
];

describeKindsFlaggedByProduct('other languages, session 60 (T119): pills, heights and farewells', KINDS);
