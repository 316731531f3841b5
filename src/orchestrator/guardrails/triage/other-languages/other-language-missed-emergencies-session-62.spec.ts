import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 62 (T133): emergencies the other-language readers missed, by kind, written from the protocols and never from a
 * labelled set, each with the look-alikes that share its words:
 * - breathing told by what one sees, in German, Russian and Ukrainian (`breath-told-by-what-is-seen.ts`; BTS/SIGN asthma,
 *   NICE NG143): two words at a time, the reliever that helps for minutes or not at all, the skin between the ribs or the
 *   hollow of the neck drawn in, nostrils flaring, lips gone grey; a toddler's two words, a nose spray that did nothing,
 *   a broken rib and dry lips stay quiet.
 * - meningism told by its parts in Korean and Malay (`glass-test-and-a-neck-that-will-not-bend.ts`; NICE NG240): spots
 *   pressed with a cup and still there, a neck that cannot bend forward beside a fever; a mole a laser did not remove, a
 *   bite that pales when pressed and a neck cricked in sleep without fever stay quiet.
 * - no answer when called after a fall, in the Arabic dialects and Amharic (`no-answer-after-a-fall-told-in-dialect.ts`;
 *   Manchester Triage): a brother who does not pick up the phone, a friend who ignores messages and a child who fell and
 *   moves as usual stay quiet.
 * - a stroke told by what changed, in Cantonese and in Egyptian and Levantine Arabic
 *   (`face-limb-and-speech-told-in-dialect.ts`; BE-FAST): a crooked mouth, a cup that cannot be lifted, mumbled speech,
 *   one side's leg or arm; a numb mouth after the dentist, drunk speech, a suitcase too heavy, a face pulled in a joke and
 *   legs tired after a walk stay quiet.
 * - eyes that stay shut after a fit, a fall or beside a fever, in Urdu (`another-fit-and-eyes-that-stay-shut.ts`; NICE
 *   NG217, Manchester Triage); a son asleep and swollen eyes in the morning stay quiet.
 * - a fit named by its kind and consciousness not regained, in French as a carer writes it
 *   (`fits-told-by-their-length-or-a-second-one.ts`; NICE NG217); a panic "crise", a fit last year and a fit after which
 *   the person came round at once stay quiet.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'breathing told by what one sees, in German, Russian and Ukrainian',
    emergencies: [
      ['de', 'meine Tochter hat Asthma und schafft nur noch zwei Wörter, dann muss sie nach Luft schnappen'],
      ['de', 'Asthmaanfall, zwei Hübe Salbutamol genommen und es hilft gar nicht'],
      ['de', 'Asthma seit heute Morgen schlimmer, das Notfallspray hilft nur noch zehn Minuten'],
      ['ru', 'у мамы астма, может сказать только два слова и задыхается'],
      ['ru', 'у сына кожа между ребрами втягивается когда дышит'],
      ['ru', 'малышу 8 месяцев, свистит при вдохе, ямка на шее втягивается'],
      ['uk', 'тато може сказати лише два слова, дихати важко'],
      ['uk', 'донька кашляє, дихає часто, між ребрами западає, ніздрі роздуваються'],
    ],
    lookAlikes: [
      ['de', 'Mein Sohn ist 18 Monate und sagt nur zwei Wörter, ist das normal?'],
      ['de', 'das Nasenspray hilft nicht, die Nase ist immer noch zu'],
      ['de', 'Lippen sind trocken und rissig'],
      ['ru', 'мой сын в 2 года говорит только два слова, это нормально?'],
      ['ru', 'назальный спрей не помогает, нос заложен'],
      ['ru', 'сломал ребро, больно когда кашляю'],
      ['ru', 'дышит ровно, не западает между ребрами, температура 37.5'],
      ['uk', 'донька в 2 роки каже лише два слова'],
    ],
  },
  {
    kind: 'meningism told by its parts in Korean and Malay: spots that stay when pressed, a neck that will not bend',
    emergencies: [
      ['ko', '아들이 열이 나고 배에 빨간 점들이 있는데 유리컵으로 누르면 색이 안 빠져요'],
      ['ko', '딸이 고열인데 발진이 눌러도 사라지지 않아요'],
      ['ko', '열이 40도고 고개를 앞으로 못 숙여요, 머리가 너무 아파요'],
      ['ms', 'anak saya demam, ada ruam merah yg x pudar bila tekan guna gelas'],
      ['ms', 'adik demam tinggi, leher keras tak boleh menunduk, muntah'],
      ['ms', 'budak ni demam, bintik merah kat kaki tak hilang walaupun ditekan'],
    ],
    lookAlikes: [
      ['ko', '얼굴에 점이 있는데 레이저로 안 없어져요'],
      ['ko', '잠을 잘못 자서 고개를 못 숙여요, 열은 없어요'],
      ['ko', '배를 누르면 아파요, 열은 없어요'],
      ['ms', 'anak saya ada bintik merah gigitan nyamuk, bila tekan jadi pucat dan hilang'],
      ['ms', 'tengkuk sakit sebab tidur salah bantal, tak boleh tunduk, takde demam'],
      ['ms', 'sakit perut bila tekan, tak demam'],
    ],
  },
  {
    kind: 'no answer when called after a fall, in the Arabic dialects and Amharic',
    emergencies: [
      ['ar', 'جدتي طاحت فالكوزينة وما كتجاوبش'],
      ['ar', 'ابويا وقع في الحمام ومش بيرد علينا خالص'],
      ['ar', 'امي انهارت بالمطبخ وما عم ترد ولا تتحرك'],
      ['am', 'አባቴ ወድቆ ስንጠራው አይመልስም'],
    ],
    lookAlikes: [
      ['ar', 'اخويا مش بيرد على التليفون من الصبح'],
      ['ar', 'صاحبي ما كيجاوبش على الميساجات ديالي، واش نقلق؟'],
      ['ar', 'ابني طاح من العجلة وجرح ركبته بس كيتحرك عادي'],
      ['am', 'ስልክ ብደውልለት አይመልስም'],
      ['am', 'ልጄ ወደቀ ግን ደህና ነው ይጫወታል'],
    ],
  },
  {
    kind: 'a stroke told by what changed, in Cantonese and in the Arabic dialects',
    emergencies: [
      ['yue', '我阿媽頭先突然塊面歪咗，講嘢唔清楚'],
      ['yue', '老豆食緊飯突然揸唔實對筷子，把聲含糊'],
      ['yue', '婆婆半邊面跌咗，口齒唔清'],
      ['ar', 'جدي فجأة ايده اليمين نازلة ومش قادر يتكلم كويس'],
      ['ar', 'امي فجأة رجلها اليمين مش شايلاها وايدها اليمين واقعة'],
    ],
    lookAlikes: [
      ['yue', '啱啱補完牙，打咗麻醉，口歪咗講嘢含糊'],
      ['yue', '佢飲醉咗，講嘢含含糊糊'],
      ['yue', '個行李箱太重我拎唔起'],
      ['yue', '我细佬扮嘢口歪歪'],
      ['ar', 'رجلي مش شايلاني من التعب بعد المشي الطويل'],
      ['ar', 'ايدي واقعة من التعب بعد الجيم'],
    ],
  },
  {
    kind: 'eyes that stay shut after a fit, a fall or beside a fever, in Urdu',
    emergencies: [
      ['ur', 'میری بیٹی کو دورہ پڑا تھا، اب آنکھیں نہیں کھول رہی'],
      ['ur', 'ابو گر گئے تھے اب آنکھیں نہیں کھول رہے'],
    ],
    lookAlikes: [
      ['ur', 'میرا بیٹا سو رہا ہے، آنکھیں نہیں کھول رہا، کیا اسے جگاؤں؟'],
      ['ur', 'بیٹے کی آنکھیں سوجی ہوئی ہیں، صبح آنکھیں نہیں کھول پا رہا'],
    ],
  },
  {
    kind: 'a fit named by its kind and consciousness not regained, in French',
    emergencies: [
      ['fr', 'crise convulsive depuis 8 min, ne reprend pas conscience'],
      ['fr', "ma mère a une crise d'épilepsie depuis 10 min et ne reprend toujours pas connaissance"],
      ['fr', 'patient de 60 ans, crise généralisée depuis 6 minutes, sans reprise de conscience'],
    ],
    lookAlikes: [
      ['fr', "crise d'angoisse depuis 10 minutes, je respire mal mais ça passe"],
      [
        'fr',
        "il a fait une crise tonico-clonique l'an dernier, aujourd'hui tout va bien, renouvellement du traitement",
      ],
      ['fr', "crise d'épilepsie hier, a repris connaissance tout de suite, va bien aujourd'hui"],
    ],
  },
];

describeKindsFlaggedByProduct('other-language missed emergencies of session 62', KINDS);
