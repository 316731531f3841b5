import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 63 (T139): the everyday words of the 13 red flags in the languages of South Asia and the Middle East, written
 * from the protocols (NHS 111, NICE NG232 / NG143 / NG240, TOXBASE, Resuscitation Council anaphylaxis) and never from a
 * labelled set, each kind with the look-alikes that share its words:
 * - Bengali in its script and as Banglish (`everyday-words/bengali.ts`): a poison or a strip of pills with the verb that
 *   swallows it, a cut made on purpose, one side gone numb, a chest pressed, breath caught or fast and a chest drawn in, a
 *   baby gone blue or limp, blood that will not stop or spurts, a bleeding head and nothing remembered, spots a glass does
 *   not fade, a newborn's age in number words; a fit or a poison asked about ("khichuni hole", "ধরুন কেউ"), a head that
 *   aches a little, a child who fell and plays again, and a heart broken stay quiet.
 * - spoken Arabic of Egypt and the Levant (`arabic-spoken-negation-and-red-flags.ts`): the negation written around the
 *   verb ("ما بيوقفش"), the first person of the "ب" present ("بنزف"), breath that stops, a chest clutched, a bleeding head
 *   and a family not known; the wish "نفسه يوقف", "I am going home" ("برجع البيت") and "I don't know why" stay quiet.
 * - Arabizi of the Gulf, the Levant and the Maghreb (`everyday-words/arabizi.ts`): a fall with no answer, shaking with eyes
 *   rolled, pregnant and bleeding, a face drooping and an arm that will not move or falls; a call not answered, a heavy
 *   bag carried, dying of laughter and a child shivering with cold stay quiet.
 * - Hindi and Urdu told as happening now (`hindi-urdu-told-as-happening-now.ts`): froth still coming, a heavy chest, a
 *   bleeding head and nothing remembered, blood that flows and will not stop, spots a glass does not fade.
 * - Persian and Urdu told in speech (`persian-and-urdu-told-in-speech.ts`): blood that spurts or runs, pregnancy in the
 *   joined copula and in Urdu's "hamla", rat poison swallowed, one side gone numb, a limp baby, a fall onto the head; a
 *   heart attack a year ago, rat poison kept at home, a blood test and a pill one does not remember taking stay quiet.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Bengali everyday words of the red flags, in the script and as Banglish',
    emergencies: [
      ['bn', 'মায়ের বুক চেপে আসছে, বাঁ হাতে ব্যথা'],
      ['bn', 'ammu buk chepe dhorse, nishash nite parche na'],
      ['bn', 'nanur ek pash obosh hoye geche'],
      ['bn', 'দাদির এক পাশ অবশ হয়ে গেছে, কথা বলতে পারছে না'],
      ['bn', 'bacchar nishash khub taratari, buk bhetore dhuke jacche'],
      ['bn', 'baccha nil hoye geche, shash atke atke ashche'],
      ['bn', 'badam khawar por thot fule geche ar gola chulkacche'],
      ['bn', 'pa theke fhinki diye rokto berocche'],
      ['bn', 'ami atmohotya korbo aj rate'],
      ['bn', 'বোন হাত কেটেছে ইচ্ছে করে ব্লেড দিয়ে'],
      ['bn', 'ma ekta pura pata ghumer oshudh kheye felse'],
      ['bn', 'baccha kerosene kheye feleche'],
      ['bn', 'chhele indur marar bish khaise'],
      ['bn', 'বাবা কীটনাশক খেয়ে ফেলেছে'],
      ['bn', 'accident er por matha theke rokto, kichu mone nei'],
      ['bn', 'jor er sathe gaye lal dag, glass chaple jacche na'],
      ['bn', 'তিন সপ্তাহের বাচ্চার ৩৮.৫ জ্বর'],
      ['bn', 'notun baccha dudh khacche na, khub nishteje'],
    ],
    lookAlikes: [
      ['bn', 'kaoke khichuni hole ki korte hoy?'],
      ['bn', 'ধরুন কেউ ইঁদুর মারার বিষ খেয়ে ফেলল, তখন কি বমি করানো উচিত?'],
      ['bn', 'matha ektu betha, cha khele thik hobe'],
      ['bn', 'chele pore giyechilo ekhon khelche thik ache'],
      ['bn', 'মন ভেঙে গেছে রে'],
      ['bn', 'halka sordi kashi'],
    ],
  },
  {
    kind: 'spoken Arabic: negation around the verb, the first person, breath, chest, a bleeding head',
    emergencies: [
      ['ar', 'انجرح بالسكين والدم ما بيوقفش بيشخب'],
      ['ar', 'أنا حامل وبنزف كتير'],
      ['ar', 'ابني الرضيع لونه أزرق ونفسه بيقف'],
      ['ar', 'بعد الحادث راسه ينزف وما يعرفنا'],
      ['ar', 'وقع من السلم وراسه مفتوح ومش عارفنا'],
      ['ar', 'بابا ماسك صدره وبيقول في حاجة بتعصره'],
    ],
    lookAlikes: [
      ['ar', 'نفسه يوقف التدخين'],
      ['ar', 'انا برجع البيت الساعة ٥'],
      ['ar', 'ماعرفش ليه ابني بيكح'],
      ['ar', 'ابني وقع من ساعتين وراسه تمام بيلعب عادي'],
    ],
  },
  {
    kind: 'Arabizi of the Gulf, the Levant and the Maghreb: a fall with no answer, a fit, bleeding in pregnancy, a stroke',
    emergencies: [
      ['ar', 'ummi wag3at w ma trud 3alena'],
      ['ar', 'binti 3am tentafad w 3yunha ma2lube'],
      ['ar', 'ibni yentafad w 3yono ma2loube'],
      ['ar', 'ana 7amel w nazel mni dam ktir'],
      ['ar', 'mrati 7amel fi shahr 5 w nazel menha dam'],
      ['ar', '3mi wjhou mayel w ma yqdr yhrrk ydo'],
      ['ar', '3ammti f souk, wjhha mayl o ma bqatch katkellem mzyan, yddha limen tay7a'],
    ],
    lookAlikes: [
      ['ar', 'ummi ma trud 3al phone'],
      ['ar', 'ana 7amel shanta t2ila'],
      ['ar', 'bdi mout mn el da7k'],
      ['ar', 'wag3at el kasa w ma t2ad shi'],
      ['ar', 'ibni yentafad mn el bard shway'],
    ],
  },
  {
    kind: 'Hindi and Urdu told as happening now: froth still coming, a heavy chest, a bleeding head, blood that flows',
    emergencies: [
      ['hi', 'मम्मी की छाती भारी लग रही है और बायां हाथ दर्द कर रहा है'],
      ['hi', 'khoon bahut beh raha hai band hi nahi ho raha'],
      ['hi', 'bhai ko daura pada hai muh se jhaag nikal raha hai'],
      ['hi', 'accident ke baad sir se khoon aur kuch yaad nahi'],
      ['hi', 'bukhar ke saath daane nikle hain jo glass se dabane par nahi jaate'],
      ['hi', 'भाई को दौरा पड़ा है, मुंह से झाग निकल रहा है'],
      ['ur', 'khoon bohat beh raha hai ruk hi nahi raha'],
    ],
    lookAlikes: [
      ['hi', 'sir me halka dard hai chai pee ke theek ho jayega'],
      ['hi', 'beta gir gaya tha par ab khel raha hai bilkul theek'],
      ['hi', 'khoon test karwana hai kal'],
      ['ur', 'sar se khoon test ke liye nikala'],
    ],
  },
  {
    kind: 'Persian and Urdu told in speech: spurting blood, pregnancy, rat poison, one side numb, a limp baby',
    emergencies: [
      ['fa', 'خون داره فواره می‌زنه'],
      ['fa', 'بعد از تصادف از سرش خون میاد و هیچی یادش نیست'],
      ['fa', 'تب و لکه‌های قرمز که با فشار لیوان از بین نمیره'],
      ['fa', 'زنم ۶ ماهه بارداره و خون زیادی ازش میره'],
      ['ur', 'بیٹا سر کے بل گرا، الٹی کر رہا ہے اور غنودگی ہے'],
      ['ur', 'biwi 5 mahine ki hamla hai aur bohat khoon aa raha hai'],
      ['ur', 'bete ne chooha maar dawai kha li'],
      ['ur', 'nani ka munh terha ho gaya aur ek taraf ka jism sun ho gaya'],
      ['ur', 'bacha doodh nahi pee raha aur bilkul dheela par gaya hai'],
    ],
    lookAlikes: [
      ['ur', 'pichle saal dil ka hamla hua tha ab theek hain'],
      ['ur', 'main 5 mahine ki hamla hoon, kya main safar kar sakti hoon?'],
      ['ur', 'chooha maar dawai ghar mein rakhna safe hai?'],
      ['ur', 'ek taraf ka jism kabhi kabhi sunn hota hai sote waqt'],
      ['ur', 'میں نے کل خون ٹیسٹ کروایا'],
      ['fa', 'بارداره و حالش خوبه، سونوگرافی کی بریم؟'],
      ['fa', 'یادم نیست قرصمو خوردم یا نه'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language everyday words of session 63', KINDS);
