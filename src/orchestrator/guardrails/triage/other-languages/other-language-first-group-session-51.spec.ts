import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 51 (T79): kinds the development sets of sessions 38-51 missed in Arabic (script and Arabizi), Chinese and
 * Hindi, written from the protocols in each language's own words before the rules changed, never from a labelled set:
 * - Arabizi body parts told with their owner's ending ("sadro": his chest, "wejha": her face, "sawto": his voice,
 *   "dra3o": his arm), as Arabic joins a possessive to its noun: chest pain spreading to the arm with a sweat (NICE
 *   CG95), a face, lips or voice swelling or changing after a food with the breath hard (anaphylaxis, RCUK);
 * - another's wish not to live told with the owner's ending on "want" ("ma baddo y3eesh", "ma baddha t3eesh"), and a
 *   farewell letter written to one's family (NICE NG225), not a wish to go to school or to live one's life;
 * - Arabizi "wala" after a negation is "nor": a sign denied in a list stays denied;
 * - an Arabic question about "someone" told with "إذا حدا" / "لو حد" (what to do if someone faints) is a question, and
 *   "نفس" before a definite noun is "the same", not "breath";
 * - Chinese: a whole strip, box or bottle (measure words, Cantonese "成") of a medicine named in Latin letters, "將" as
 *   "把" in Cantonese, and a baby who barely answers when called (NICE NG143: no response to social cues);
 * - romanised Hindi: a fit that does not stop with limbs jerking and froth at the mouth (NICE NG217), and alcohol
 *   withdrawal with shaking, a sweat and not knowing family (NICE CG100); romanised Urdu's testicle and "severe";
 * - Arabic script: another's farewell and wish not to live with the owner's ending; a message told in Arabic read by the
 *   Arabic lexicon first (the detection);
 * - Persian: a word with its owner or "is" joined ("شکمم", "سفته"), a bowel passing nothing, voices commanding harm;
 * - Japanese: a medicine named in katakana and a pulse counted; "かもしれません" is no "if someone".
 * On the unchanged rules (main 09c99a6) the product flagged 12 of 29 emergencies and kept 28 of 31 look-alikes quiet;
 * after: 29 of 29 and 31 of 31. Emergencies must be flagged by the product; look-alikes stay quiet by both.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Arabizi body parts told with their owner',
    emergencies: [
      ['ar', 'jozi sadro byewja3o men nos sa3a, 7asses fi 7aga te2ila, el wag3 rayeh le dra3o w da2no, 3ar2an'],
      ['ar', 'abouy 3ando wag3 fe sedro zay 7aga 2a3da 3aleih, el wag3 nazel 3ala dra3o el shmal, w 3ar2an'],
      ['ar', 'ommi akalet samak w hala2 shfafha mwarrame w lsanha kbir, 3am tetnaffas b sa3be'],
      ['ar', 'ibni akal fosto2 w wejjo kello m2awra2, sawto mab7ou7 w nafaso ta3ban'],
      ['ar', 'okhti akalet jamberi w wejha wirem, sawta t8ayar w 3am tetnaffas bso3oube'],
    ],
    lookAlikes: [
      ['ar', 'wejji m2awra2 shway men el nom, ma fi shi tani, ana mni7a'],
      ['ar', 'ibni 3ando ra7 b dra3o men el kora, bas byet7arrak 3adi w mabsout'],
      ['ar', 'sawti ra7 men kter el sarikh bel match mbere7, ma fi shi tani'],
      ['ar', 'sadri byewja3ni bas lamma adghat 3aleih, men el gym, ma fi 3ara2 wala di2 nafas'],
    ],
  },
  {
    kind: "another's wish not to live told with the owner on 'want', and a farewell letter",
    emergencies: [
      ['ar', 'akhi ma baddo y3eesh, katab risale la ahlo w tele3 men el beit'],
      ['ar', 'sa7bti 2alatli ma baddha t3eesh ba3d hal yom, w ba3atetli wada3'],
      ['ar', 'jarti bt2oul ma 3adat baddha t3eesh, w 3am t3ati 7wayejha lal nas'],
      ['ar', 'ibn 3ammi mesh 3ayez ye3eesh, w katab gawab wada3 le ahlo'],
    ],
    lookAlikes: [
      ['ar', 'ma baddo yrou7 3al madrase bokra, baddo y3eesh 7ayato'],
      ['ar', 'ba3atetli risale 3al eid, sorry 3al ta25ir'],
      ['ar', 'ibni baddo y3eesh bara, bel gharb, 3am ydawwer 3ala sho8el'],
    ],
  },
  {
    kind: 'an Arabic question about someone, and "the same"',
    emergencies: [
      ['ar', 'حدا من الشغيلة أغمي عليه هلأ من الحر وما عم يرد علينا'],
      ['ar', 'عندي ألم بنص الصدر متل ضغط، نازل عإيدي الشمال، وعرقان من نص ساعة'],
    ],
    lookAlikes: [
      ['ar', 'لو حد أغمي عليه في الشارع، أعمل إيه لحد ما الإسعاف توصل؟'],
      ['ar', 'إذا حدا انجرح جرح عميق بالمطبخ، شو لازم نعمل؟ بس بدي أتعلم'],
      ['ar', 'عندي وجع بالصدر بس لما أكبس على نفس المكان، من التمرين، ما في ضيق نفس'],
    ],
  },
  {
    kind: "Arabic script: another's farewell letter and wish not to live, told with the owner's ending",
    emergencies: [
      ['ar', 'أختي كتبت رسالة وداع لأهلها وقالت ما بدها تعيش'],
      ['ar', 'صاحبي قال إنه مش عايز يعيش، وساب جواب وداع لأمه'],
    ],
    lookAlikes: [
      ['ar', 'ابني ما بده يعيش بالغربة، بده يرجع على البلد'],
      ['ar', 'جدتي كتبت رسالة لأهلها بالعيد وبعتتها بالبريد'],
      ['ar', 'أخوي ما بده يعيش مع أهلي، بده بيت لحاله'],
    ],
  },
  {
    kind: 'Arabic script told as Arabic, read by the Arabic lexicon first',
    emergencies: [
      ['ar', 'ابني عمره شهرين، حرارته ٣٨.٥ وما عم يرضع ونايم طول الوقت'],
      ['ar', 'أبوي وقع على الأرض وما عم يرد علينا ولا يتنفس'],
      ['ar', 'أخوي من ساعة عنده وجع بصدره نازل على دراعه الشمال وعرقان'],
    ],
    lookAlikes: [
      ['ar', 'ابني عنده رشح خفيف وحرارته ٣٧.٥، بيلعب وبياكل عادي'],
      ['ar', 'عندي وجع بصدري لما أتنفس عميق من يومين مع رشح، ما في ضيق نفس ولا تعرق'],
      ['ar', 'ابني وقع من السرير، بكى شوي وهلأ بيلعب عادي وما فيه شي'],
    ],
  },
  {
    kind: 'Persian: a word with its owner or "is" joined, bowel obstruction, voices that command harm',
    emergencies: [
      ['fa', 'از صبح شکمم خیلی درد میکنه، باد کرده و سفته، نه دستشویی رفتم نه باد دارم، استفراغم سبزه'],
      ['fa', 'پسرم میگه صداها بهش میگن همه رو بکشه، چاقو دستشه'],
    ],
    lookAlikes: [
      ['fa', 'شکمم یکم نفخ داره بعد از ناهار، دستشویی رفتم و بهترم'],
      ['fa', 'دخترم میگه تو بازی صداهای عجیب میشنوه، از هدفون بود'],
      ['fa', 'برای پیک‌نیک فندک و کبریت لازم داریم'],
      ['fa', 'مادرم دستش درد میکنه از شستن لباس، ورم نداره'],
    ],
  },
  // Review V33 (13:07, found at the merge): a Persian heart attack told with the pain's kind and place between the pain
  // and the chest was flagged on main by the wording model alone, and lost when "ساله" was read as "years"; the rules
  // now read "درد فشارنده وسط قفسه سینه" as chest pain, as they read "درد قفسه سینه".
  {
    kind: 'Persian chest pain told with its kind and place before the chest',
    emergencies: [
      [
        'fa',
        'پدرم ۶۵ ساله است، از یک ساعت پیش درد فشارنده وسط قفسه سینه دارد که به فک می‌رود و عرق سرد کرده. می‌توانیم تا صبح صبر کنیم؟',
      ],
      ['fa', 'مادرم ۵۸ ساله، نیم ساعت است درد سنگین قفسه سینه دارد و عرق سرد کرده و حالت تهوع دارد'],
    ],
    lookAlikes: [['fa', 'پدرم درد فشارنده قفسه سینه نداره، فقط یکم سرما خورده و آبریزش بینی داره']],
  },
  // Twins of review V33 (12:20 and 12:27), mended before the next commit: "if anyone" opening a plea for help before a
  // report; a wish not to live in a country; Japanese "かもしれません" (may have) is no "if someone".
  {
    kind: 'twins of review V33',
    emergencies: [
      ['ar', 'اذا حدا بيقدر يساعد، أبي وقع ومغمى عليه وما عم يتنفس منيح'],
      ['ar', 'اذا حدا عنده فكرة، ابني عمره سنتين بلع حبوب الضغط تبع جدته وصار نعسان'],
      ['ar', 'لو حد يعرف يقولي، جوزي وقع ومش بيرد علينا خالص'],
      ['ja', '父が睡眠薬を一箱全部飲んだかもしれません。呼んでも起きません'],
    ],
    lookAlikes: [
      ['ar', 'akhi ma baddo y3ish bi hal balad ba3d, baddo ysafer 3a kanada. kif bi2adem 3ala visa?'],
      ['ar', 'okhti mesh 3ayza te3eesh ma3 ahl jozha, 3ayza beit lewa7daha'],
    ],
  },
  {
    kind: 'Japanese: a medicine named in katakana, a pulse counted',
    emergencies: [['ja', '祖父がジゴキシンを間違えて三日分飲んだ、吐き気があって脈が40です']],
    lookAlikes: [
      ['ja', '母はワーファリンを毎日飲んでいます、歯医者の前に止めるべきですか'],
      ['ja', 'カロナールを1錠飲んだら頭痛が治りました'],
    ],
  },
  {
    kind: 'Chinese: a whole strip of a medicine named in Latin letters, Cantonese "成" and "將", a baby barely answering',
    emergencies: [
      ['zh', '我外公不小心把整排的 amlodipine 全部吃了，现在头很晕'],
      ['zh', '她把一整盒的 paracetamol 都吞了，现在想吐'],
      ['zh', '佢將成排藥食晒，而家好眼瞓'],
      ['zh', '阿媽食咗成樽安眠藥，叫唔醒'],
      ['zh', '宝宝两个月，发烧38度，叫她也不太理，一直睡'],
      ['zh', '寶寶四個月，今天叫他都不太有反應，奶也不喝'],
    ],
    lookAlikes: [
      ['zh', '孩子把整盒的饼干都吃了，肚子有点胀'],
      ['zh', '我一口气把一整瓶水喝光了，还是渴'],
      ['zh', '佢將成盒朱古力食晒，好開心'],
      ['zh', '我儿子在玩手机，叫他也不太理，青春期真难搞'],
    ],
  },
  {
    kind: 'romanised Hindi and Urdu: a fit that does not stop, alcohol withdrawal, a torsion',
    emergencies: [
      [
        'hi',
        'mere bhai ko 10 minute se jhatke aa rahe hain, haath pair jhatak rahe hain, munh se jhaag, ruk nahi raha',
      ],
      [
        'hi',
        'nana ji ne 4 din se sharab chhod di, ab bahut kaanp rahe hain, pasina aa raha hai, kisi ko pehchaan nahi rahe',
      ],
    ],
    lookAlikes: [
      ['hi', 'thand mein bahar khade the to thoda kaanp rahe the, ab kambal mein theek hain'],
      ['hi', 'gym ke baad bahut pasina aa raha hai, baaki sab theek hai'],
      ['ur', 'fotay pe halki khujli hai do din se, dard nahi, sujan nahi'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language kinds of the first group (session 51)', KINDS);
