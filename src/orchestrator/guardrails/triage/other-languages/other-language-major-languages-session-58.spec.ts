import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 58 (T109): emergencies told in the big languages (Spanish, Portuguese, Arabic and Arabizi, Chinese, Hindi and
 * Hinglish, Tagalog, Italian, Russian, Ukrainian) in the words people type, written from the protocols (NICE NG225
 * self-harm, TOXBASE corrosives and hydrocarbons, NICE CKS and Manchester Triage haemorrhage, Resuscitation Council
 * anaphylaxis, BTS/SIGN asthma, NICE NG232 head injury, NICE CG137 and NG217 status epilepticus, NICE NG143 fever in the
 * under 5s), never from a labelled set, each with look-alikes that share its words: denied, past, asked, a film, an idiom
 * or an everyday sense. Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: "Self-harm: a goodbye told as one's last beside forgiveness asked, a hanging or a jump threatened of another, wrists to be cut, all the pills thought of at once, a letter beside a death told for today; a hen party, a late reply, a film, a morning's tablets and a school letter are not",
    emergencies: [
      ['es', 'perdonenme todos, ya no puedo mas, esta es mi despedida'],
      ['es', 'tengo la navaja en la mano y me voy a cortar las venas'],
      ['ar', 'سامحوني كلكم، هاي آخر رسالة'],
      ['tl', 'paalam na sa inyo, patawarin nyo ako'],
      ['zh', '大家再见了，对不起，下辈子再见'],
      ['hi', 'papa ne kaha wo phansi laga lenge, kamre mein band hain'],
      ['hi', 'मेरे बेटे ने कहा वो आज मर जाएगा, उसने चिट्ठी लिखी है'],
      ['pt', 'meu namorado ta ameaçando se matar, ta com uma faca'],
      ['pt', 'to pensando em tomar todos os meus remedios de uma vez'],
      ['ru', 'дочь сказала что выпрыгнет из окна'],
      ['uk', 'у сина в записці: прощавайте всі, не можу більше, повішусь'],
    ],
    lookAlikes: [
      ['es', 'esta es mi despedida de soltera, perdonenme si me paso de copas jaja'],
      ['es', 'este es mi ultimo mensaje del dia, perdonenme por la tardanza en contestar'],
      ['es', 'les dejo mi despedida del equipo, me cambio de trabajo, los quiero mucho'],
      ['ar', 'هاي آخر رسالة اليوم عن الشغل، سامحوني على التأخير'],
      ['tl', 'paalam muna, matutulog na ako'],
      ['tl', 'patawarin nyo ako sa late reply, paalam'],
      ['zh', '这个价格？下辈子再见吧 哈哈'],
      ['hi', 'film mein hero phansi laga lega kya, bahut sad movie hai'],
      ['hi', 'बेटे ने स्कूल के लिए चिट्ठी लिखी है'],
      ['hi', 'आज गर्मी से मर जाएगा कोई'],
      ['pt', 'to pensando em tomar todos os meus remedios de uma vez de manha em vez de espalhar, pode?'],
      ['pt', 'ele ameaçou se matar anos atras, hoje ta bem e faz terapia'],
      ['ru', 'в фильме героиня выпрыгнет из окна, жутко было'],
      ['uk', 'у серіалі він повісився, я плакала'],
      // Reviewer V40's final review: a goodbye before moving abroad, a hanging joked about with a laughing emoji.
      ['es', 'les dejo mi despedida, me voy a vivir a Canadá, los quiero mucho'],
      ['uk', 'якщо ще раз побачу цей звіт, повішусь 😂'],
      ['uk', 'прощавайте, колеги, йду у відпустку'],
    ],
  },
  {
    kind: "Poisoning: a corrosive, a hydrocarbon or laundry liquid drunk, a child's syrup drunk whole; vinegar diluted to slim, a syrup's course finished, a child asking and a drink of juice are not",
    emergencies: [
      ['uk', 'дитина випила оцет, блює'],
      ['ar', 'ابني شرب كاز'],
      ['ar', 'wladi shreb clorox w 3am yest3ferigh'],
      ['zh', '孩子误喝了洗衣液，一直咳嗽'],
      ['es', 'la niña se tomo el jarabe completo del hermano, todo el frasco'],
    ],
    lookAlikes: [
      ['uk', 'випив оцет з водою для схуднення, печія'],
      ['es', 'ya se tomo el jarabe completo del tratamiento, ya no tose'],
      ['zh', '孩子问洗衣液可以喝吗，我吓一跳'],
      ['ar', 'الكاز خلص بالبيت، ابني شرب عصير'],
      ['ar', 'wladi shreb 7alib w nam'],
    ],
  },
  {
    kind: 'Bleeding: a stream or a jet of blood, a bleed that cannot be stopped, a finger sliced and everything soaked; a nosebleed stopped, hiccups that will not stop and a paper cut are not',
    emergencies: [
      ['ru', 'кровь течет ручьем, не могу остановить'],
      ['uk', 'кров тече струмком з ноги, не можемо зупинити'],
      ['uk', 'місячні, кров йде без зупинки, я вся бліда і падаю'],
      ['ar', 'انجرح بالقزاز والدم عم يشخ'],
      ['es', 'se rebano el dedo con la maquina y no para el sangrado, ya empapo todo'],
    ],
    lookAlikes: [
      ['ru', 'кровь из носа текла, но я зажал и она остановилась'],
      ['ru', 'не могу остановить икоту уже час'],
      ['uk', 'кров з носа йшла, зупинили'],
      // Reviewer V40's final review: a period told heavy as it always is (the GP's, NICE NG88).
      ['uk', "місячні, кров йде без зупинки вже п'ятий день, як завжди"],
      ['es', 'se corto el dedo con papel, sangro poquito y ya paro'],
      ['ar', 'جرح صغير بالاصبع والدم وقف'],
    ],
  },
  {
    kind: "Anaphylaxis and breathing: swollen all over and breathing badly after a sting, a tongue swollen with no swallow, a voice gone hoarse after a food, breathing told hard and speech unfinished; a swollen arm, a blocked nose, a cold's voice, a toddler learning to talk and breathing difficulty denied are not",
    emergencies: [
      ['it', "punto da un'ape, si è gonfiato tutto e respira male"],
      ['tl', 'namamaga dila nya pagkatapos kumain ng hipon, di makalunok'],
      ['zh', '吃了芒果后嘴唇肿了，喉咙发紧，说话声音变了'],
      ['zh', '吃完海鲜全身痒起红疙瘩，舌头发麻，呼吸困难'],
      ['zh', '呼吸好困难，话都说不完整'],
    ],
    lookAlikes: [
      ['it', "punto da un'ape, si è gonfiato il braccio, respira bene"],
      ['it', 'ha il naso gonfio per il raffreddore e respira male col naso'],
      ['it', 'mi sono svegliato tutto gonfio dopo la festa, ho mangiato troppo'],
      ['zh', '我有点感冒，说话声音变了，嘴唇干'],
      ['zh', '我儿子两岁了话都说不完整，呼吸正常吗'],
      ['zh', '没有呼吸困难，只是咳嗽'],
      ['zh', '吃了芒果嘴边有点痒，没有肿'],
      ['tl', 'namamaga ang paa nya pagkatapos mag basketball'],
    ],
  },
  {
    kind: 'Head, fits, babies and the mind: a fall with a knock, vomiting and confusion, the knock told after "dopo", a fit timed past five minutes with the gerund first, a floppy baby not even crying, spots that do not fade under pressure with a fever, a prophet who smashes things; a baby who cried at once, a knock a week ago, a fit of years ago, loose trousers and spots that fade are not',
    emergencies: [
      ['tl', 'nahulog sa hagdan, tumama ulo, nagsuka at nalilito'],
      ['it', 'dopo la botta in testa ha vomitato tre volte e dorme sempre'],
      ['es', 'lleva convulsionando mas de 5 minutos'],
      ['hi', 'baby bilkul dhila hai, ro bhi nahi raha'],
      ['ar', 'البيبي حرارته عالية وعم يبكي بس نلمسه وفي بقع ما بتروح بالضغط'],
      ['ar', 'اخوي من ٣ ايام ما نام وبيقول انه نبي وبيكسر كل شي'],
    ],
    lookAlikes: [
      ['tl', 'nahulog sa kama si baby pero umiyak agad at naglalaro na'],
      ['it', 'dopo la botta in testa di una settimana fa ora sta benissimo'],
      ['es', 'lleva convulsionando? no, hace 2 años tuvo una convulsion febril de 2 minutos'],
      ['hi', 'meri pant bilkul dheeli hai, baby ke liye kapde chahiye'],
      ['ar', 'طلعت حبوب حمرا بس بتروح بالضغط وهو بيلعب'],
    ],
  },
  {
    kind: 'Alcohol withdrawal told by its signs: drinking stopped with shaking, sweat, insects seen on the wall and family not known; drinking stopped years ago is not',
    emergencies: [
      [
        'hi',
        'papa roz daaru peete the, 3 din se band kiya hai. aaj bahut kaanp rahe hain, pasina aa raha hai, bol rahe hain deewar pe keede chal rahe hain, humein pehchaan bhi nahi rahe',
      ],
    ],
    lookAlikes: [['hi', 'papa ne 2 saal pehle daaru band kar di, ab theek hain']],
  },
];

describeKindsFlaggedByProduct('other-language kinds of session 58 in the big languages', KINDS);
