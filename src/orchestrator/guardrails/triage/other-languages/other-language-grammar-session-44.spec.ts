import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 44 (T55): how the other languages mark what makes a message an emergency, read as grammar rather than as
 * one message's phrase, each emergency beside look-alikes that share its words.
 * - Arabic typed in Latin letters and digits (Arabizi), in every dialect (Levantine, Egyptian, Gulf, Moroccan): a message
 *   of it is told by the digits that stand for its letters ("3", "7", "2", "5", "9"), not only by the few words typed
 *   without one; and its dialects' verbs and negations ("ma ... ch", "mesh", "mu", "ma 3am"): fell, vomited, is not
 *   sweating, talks nonsense, does not know where he is, the blood will not stop, cannot breathe, is swelling, is not
 *   answering. Heat stroke (NHS 111: collapse in the heat, hot skin no longer sweating, confusion), bleeding pressure
 *   does not stop (MTS), a head injury with vomiting and drowsiness (NICE NG232), anaphylaxis (Resuscitation Council UK).
 * - Arabic script: the imperfect told by its person ("استفرغ": I vomit, "نتنفس": we breathe, "بتتنفس") read as the verb
 *   the lexicon knows in the third person.
 * - Chinese: "趁…不注意" is "while no one was watching", not a negation of what follows; a degree complement
 *   ("累到想死", "考得要死": so tired I could die) is an idiom of degree, not a wish to die (Samaritans: a wish to die is
 *   told of oneself and one's life); charcoal made ready beside a time and despair (charcoal burning, the method of East
 *   Asia); Cantonese shock (cold limbs, racing heart, fainting on standing after losses: MTS shock).
 * - Italian adjectives by their superlative and plural ("velocissimo", "grigie"): a young baby breathing very fast and
 *   grunting with grey lips (NICE NG143).
 * - Russian: breathing told as normal ("дышу нормально") is not the question "is it normal"; "чуть не" is "nearly";
 *   the adverb after the verb ("дышать тяжело"), the throat closing, pressing behind the breastbone and drenched.
 * - Japanese charcoal (練炭) made ready with a time and an ending, as the Chinese.
 * Written from the protocols, never from a labelled set. Run first on the unchanged rules (main c8730c1): see the
 * figures in the commit that wrote this file.
 */
const EMERGENCIES: LabelledMessages = [
  // Arabizi: heat stroke.
  ['ar', 'akhooy kan yishtaghil fil shams w ta7, jismah 7aar nar w ma y3arig abadan, w ma ya3rif wain hu'],
  ['ar', 'el 3amel we2e3 fel shams, gesmo sokhn awi w mesh 3ar2an, w beykharef fel kalam'],
  ['ar', 'jari ta7 bel 7ar, jildo 7ami w nashif, ma 3am ya3ra2 w 3am y7ki kalam mish mafhoum'],
  // Arabizi: bleeding pressure does not stop.
  ['ar', '2ibni jara7 2ido bel sekkine, el dam 3am yshor w ma 3am ywa2ef ma3 el daghet'],
  ['ar', 'wildi jara7 rijlah bil zijaj, el dam ma ywagef w kil el fuwat ibtallat'],
  ['ar', 'khoya tjre7 f yddo b mos, ddem ma bghach y7bes wakha kanzeyro 3lih'],
  // Arabizi: anaphylaxis.
  ['ar', 'bnti klat l7out w hiya 3ndha l7assasiya, wjehha tenfekh w ma9adrach tnfes'],
  ['ar', 'akalt fosto2 w 3andi 7asasiyye, shfafi 3am yntefkho w ma 3am 2der etnaffas'],
  // Arabizi: a head injury with vomiting and drowsiness.
  ['ar', 'wldi t7 mn drouj 3la rasso, tqiya 3 merrat w daba ma kayjawebch mzyan'],
  ['ar', 'binti wi23it 3ala rasha mn el sirir el 3ali, rajja3at marratein w na3sane ktir'],
  // Arabic script: the verb told in the first person.
  ['ar', 'انا سكري نوع اول، عم استفرغ من الصبح وعم اتنفس بسرعة، والسكر عالي كتير'],
  ['ar', 'عم اتنفس بصعوبة وشفايفي عم تنتفخ بعد ما اكلت فستق'],
  // Chinese: while no one was watching; charcoal made ready; Cantonese shock.
  ['zh', '孩子趁大人不注意把一整板降压药吃了，才两岁'],
  ['zh', '我已經買好了木炭，今晚就在房間裡燒，不想再撐了'],
  ['zh', '阿媽屙咗成日水，而家手腳凍冰冰，心跳好急，企起身就暈'],
  // Italian: a young baby's breathing told by its adjectives.
  ['it', 'la bambina ha 2 settimane, respira velocissimo, geme a ogni respiro e ha le labbra grigie'],
  // Japanese: charcoal made ready with a time and an ending.
  ['ja', '今夜、車に練炭を用意した。もう終わりにする'],
  // Chinese: a threat to others with a knife, and a family that cannot hold him back.
  ['zh', '他停药以后拿着刀说要去砍人，我们拦不住'],
  // Twins of the false alarms mended below (written with them, after the first run): the same words with the red flag.
  ['it', 'ho battuto la testa, ho vomitato due volte e adesso sono molto assonnato e confuso'],
  ['ar', 'بنتي طلع عندها طفح بعد الدوا وصار عندها ضيق نفس وشفايفها منتفخة'],
  ['ru', 'сын упал с велосипеда, ударился головой, его вырвало два раза и он очень сонный'],
  ['ru', 'одышка даже в покое, не могу договорить фразу, губы синие'],
  ['ar', 'wa7ed sa7bi 2a3ed yshor dam men 2ido w ma 3am ywa2ef'],
  // Russian: the adverb after the verb ("дышать тяжело"), the throat closing, pressing behind the breastbone and
  // drenched, "чуть не" as "nearly" (main: the rules missed the second, the product caught it).
  ['ru', 'после креветок распухли губы и язык, горло сжимает, дышать тяжело'],
  ['ru', 'у папы давит за грудиной уже 30 минут, отдаёт в челюсть, весь мокрый от пота'],
  ['ru', 'у мужа внезапная раздирающая боль в груди, отдаёт в спину, побледнел и чуть не потерял сознание'],
  // Review V26 (14:51): a limb cold, white and pulseless told after the reassurance; charcoal with a memory of camping.
  [
    'ru',
    'Сын упал с велосипеда, головой не ударился, пальцы шевелятся, но рука ниже локтя холодная и белая, и пульс на запястье не прощупывается. Можно подождать травмпункт утром?',
  ],
  [
    'ja',
    'もう無理。今夜、車の中で練炭を焚くつもりです。ガムテープも買いました。昔、家族でキャンプに行ったのが懐かしいです。',
  ],
];

const LOOK_ALIKES: LabelledMessages = [
  // Arabizi: a fall and back to play, a cut that stopped, sweating and talking sense, a rash and breathing well.
  ['ar', 'wildi ta7 mn el sikal, bas 9am w yil3ab 3adi, ma fi shay'],
  ['ar', 'jara7t 2ide bel sekkine w el dam wa2af ba3d ma daghat 3lei'],
  ['ar', 'kont bashtaghal fel shams w 3ar2an awi, bashrab maya w kalami tabi3i'],
  ['ar', 'bnti tla3 liha l7boub f jeldha mn l fraise, walakin kat tnfes mzyan w ma tenfkhatch'],
  ['ar', 't7t mn drouj lbare7, 3ndi ghir wjee3 f rkabti, kanmchi 3adi'],
  ['ar', '3andi sou2al 3an el 7aml, momken a3mel riyada fel shahr el 5ames?'],
  ['ar', 'ibni rajja3 marra wa7de ba3d el akl, hala2 3am yil3ab w yakol 3adi'],
  // Arabic script: the first person told well.
  ['ar', 'انا سكري نوع تاني، السكر الصبح 140، شو احسن فطور؟'],
  ['ar', 'عم اتنفس منيح بس عندي رشح خفيف'],
  // English with letters and digits in its words: no Arabizi.
  ['en', 'my spo2 is 97 and my b12 was low, covid19 test negative, what vitamins should I take?'],
  ['en', 'on the 3rd day of a cold, 2nd time this year, took 2x paracetamol, is co2 in the room an issue?'],
  // Chinese: a degree complement, a question about a pill given, charcoal for a barbecue.
  ['zh', '今天加班累到想死，有什么茶可以提神？'],
  ['zh', '考试考得想死，怎么放松一下？'],
  ['zh', '孩子把药吃了吗？医生开的退烧药一天吃三次'],
  ['zh', '冬天想在阳台烧炭烤肉，安全吗？'],
  // Italian: a baby breathing a little fast while crying, pink lips.
  ['it', 'il bimbo respira un po veloce quando piange, poi si calma, labbra rosa'],
  // Russian: an itch after nuts, lips not swollen, breathing normally.
  ['ru', 'после орехов немного чешется во рту, губы не опухли, дышу нормально'],
  // Japanese: charcoal for a barbecue.
  ['ja', 'バーベキューで練炭を使いたい、コツは？'],
  // False alarms of readings touched here, mended as kinds (written after the first run, with their twins above):
  // Italian "niente" before a finding negates it; a chest wall sore where it is pressed (NICE CG95).
  ['it', 'ho battuto la testa contro la mensola, niente vomito, niente sonnolenza, sto bene'],
  ['it', 'mi fa male il petto solo quando premo sulle costole, niente fiato corto, niente sudore'],
  // Arabic "there was no" told with the verb of becoming; a child's warm body, eating and playing.
  ['ar', 'بنتي طلع عندها طفح بعد الدوا، ما صار عندها ضيق نفس ولا انتفاخ، وهسه تلعب'],
  ['ar', 'jismo s5on shway mn embare7 bas byakol w byil3ab'],
  // Russian: a fall off a scooter with fingers moving and the head not struck; breathlessness denied at rest.
  ['ru', 'дочь упала с самоката, локоть опух, пальцами шевелит, голову не ударила'],
  ['ru', 'одышки в покое нет, только когда поднимаюсь по лестнице'],
  // Russian: breathing hard after a run that passed; nearly fell and did not.
  ['ru', 'после бега немного тяжело дышать, через пять минут проходит, сейчас всё хорошо'],
  ['ru', 'чуть не упал на льду, но удержался, всё нормально'],
  // Review V26 (14:01, 14:32): charcoal bought for a barbecue on the night; a dose given by a parent; breathing hard in the
  // past ("كنت اتنفس بصعوبة") and back to normal now.
  ['zh', '今晚家里聚会在阳台烧烤，我去买好了木炭，小孩在旁边需要注意什么安全？'],
  ['zh', '孩子发烧38.5度，我把退烧药给他吃了，一个小时后体温正常了，现在在玩。'],
  ['ar', 'كنت اتنفس بصعوبة الاسبوع الماضي لما كان عندي زكام، والحين صرت اتنفس طبيعي تماما'],
  [
    'ar',
    'امس لما طلعت الجبل كنت اتنفس بصعوبة شوي، بس لما وقفت ارتحت ورجع نفسي طبيعي، واليوم ما في شي. هل لازم اعمل فحص للقلب؟',
  ],
];

describeRulesAndProduct('other-language grammar (session 44)', EMERGENCIES, LOOK_ALIKES);
