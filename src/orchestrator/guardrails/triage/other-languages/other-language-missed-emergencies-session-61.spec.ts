import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 61 (T128): emergencies the other-language readers missed, by kind, written from the protocols and never from a
 * labelled set, each with the look-alikes that share its words:
 * - breathing told by what one sees (`breath-told-by-what-is-seen.ts`; BTS/SIGN asthma, WHO IMCI): two words between
 *   breaths, the reliever used and no better, a child's ribs pulling in; a shy child's two words, a nose spray that did
 *   nothing and ribs that hurt stay quiet;
 * - a tongue grown fat and a throat that closes after a trigger (`tongue-and-throat-after-an-allergen.ts`;
 *   Resuscitation Council UK); a tongue "gorda de tanto hablar" and the lump of nerves stay quiet;
 * - a second fit without waking, and eyes that stay shut (`another-fit-and-eyes-that-stay-shut.ts`; NICE NG217,
 *   Manchester Triage); a "crisi" of crying or panic, and eyes shut by conjunctivitis or sleep stay quiet;
 * - a crooked face, a hand that drops what it held, groans with the eyes shut, in Vietnamese
 *   (`face-hand-and-groans-told-in-vietnamese.ts`; BE-FAST); a sulk's "mặt méo xệch" and "cầm ly rồi" stay quiet.
 * - a fit told by its length or a second one in a row (`fits-told-by-their-length-or-a-second-one.ts`; NICE NG217), a
 *   young infant's weeks told after the child in Persian (`infant-weeks-told-with-the-child.ts`; NICE NG143), a face
 *   turned with an adverb between in Korean (`face-turned-with-a-word-between.ts`); a fit years ago, a baby crying for
 *   minutes, a cough of two weeks and a death told with the honorific stay quiet.
 * - a young infant's age and temperature told in the Devanagari, Bengali, Gurmukhi or Thai digits (`language-lexicon.ts`
 *   folds them as it folds the Arabic ones), or in Thai months and Bengali weeks right after the child; a cough of two
 *   months and a three-year-old's fever while playing stay quiet.
 * - a crooked face with an arm that will not lift, a chest told by its squeeze with sweat, and no answer after a fall, in
 *   Nepali, Hebrew, Japanese, Roman Urdu and Arabizi (`face-chest-and-no-answer-in-thinner-lexicons.ts`); sweat after a
 *   run, a daily tight headache, and a face pulled in a joke stay quiet.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'breathing told by what one sees: two words between breaths, the reliever no better, ribs pulling in',
    emergencies: [
      ['es', 'mi papá solo puede decir dos palabras y respira, está morado'],
      ['es', 'a mi hijo no le salen más que dos palabras y tiene que respirar'],
      ['es', 'se echó el inhalador tres veces y nada, sigue ahogado'],
      ['pt', 'meu pai só consegue falar duas palavras e para pra respirar, já usou a bombinha duas vezes e nada'],
      ['it', 'mio padre riesce a dire solo due parole e poi deve respirare, ha fatto due spruzzi di ventolin e niente'],
      ['fr', "il n'arrive à dire que deux mots et il reprend son souffle, il a pris sa ventoline deux fois et rien"],
      ['so', 'wiilkayga feeraha hoostooda ayaa galaya markuu neefsanayo'],
      ['so', 'ilmahaygu neefta wuu ku dhibayaa, feeruhu way galayaan'],
    ],
    lookAlikes: [
      ['es', 'mi hijo es tímido y solo dice dos palabras cuando hay visitas, ¿es normal a los 3 años?'],
      ['es', 'el inhalador me ayudó y ya respiro bien'],
      ['es', 'usé el inhalador ayer y nada más, hoy respiro normal, ¿renuevo la receta?'],
      ['it', 'ho fatto lo spray nasale due volte e niente, il naso è ancora chiuso'],
      ['fr', "j'ai mis le spray nasal et rien, toujours le nez bouché"],
      ['so', 'wiilkayga hargab ayuu qabaa, neeftu caadi bay tahay, wuu ciyaarayaa'],
    ],
  },
  {
    kind: 'a tongue grown fat and a throat that closes after a food, a sting or a medicine',
    emergencies: [
      ['es', 'comí camarones y la lengua se me puso gorda y la garganta me cierra'],
      ['es', 'comí paella de marisco y tengo la lengua gorda, me pica la garganta y noto como que me cierra'],
      ['es', 'me tomé la amoxicilina y siento la lengua gorda y la garganta apretada'],
      ['es', 'a mi hija le picó una abeja y tiene la lengua grandota, dice que la garganta se le cierra'],
    ],
    lookAlikes: [
      ['es', 'tengo la lengua gorda de tanto hablar jaja'],
      ['es', 'me cierra la garganta cuando me pongo nerviosa'],
      ['es', 'me pica la garganta por la alergia al polen, sin problema para respirar'],
    ],
  },
  {
    kind: 'a second fit without waking between, and eyes that stay shut',
    emergencies: [
      ['it', "mio zio ha avuto una crisi, poi dopo cinque minuti un'altra senza svegliarsi in mezzo"],
      ['it', "ha avuto una convulsione e subito dopo un'altra, non si è mai ripreso tra le due"],
      ['it', "durante la festa ha avuto un attacco epilettico e poi un'altra crisi senza riprendere conoscenza"],
      ['it', 'ora russa e non apre gli occhi'],
      ['it', 'nonno è caduto, lo chiamiamo e non apre gli occhi'],
    ],
    lookAlikes: [
      ['it', "ha avuto una crisi di pianto, poi un'altra"],
      ['it', "ha avuto un attacco di panico, poi un'altra senza riprendersi del tutto"],
      ['it', 'non apre gli occhi la mattina per la congiuntivite, sono incollati'],
      ['it', 'il neonato non apre gli occhi quando dorme, è normale?'],
    ],
  },
  {
    kind: 'a crooked face, a hand that drops what it held, groans with the eyes shut, in Vietnamese',
    emergencies: [
      ['vi', 'mẹ em tay trái cầm ly rơi, chân trái cũng yếu, mặt méo nhẹ'],
      ['vi', 'bố em tự nhiên mặt lệch một bên, nói ngọng'],
      ['vi', 'bà đang ăn cơm thì tay phải cầm đũa rơi xuống, nói không rõ'],
      ['vi', 'ông tự nhiên gục xuống, gọi lay mãi chỉ ú ớ, mắt không mở'],
      ['vi', 'gọi mãi bà chỉ rên, mắt không mở'],
    ],
    lookAlikes: [
      ['vi', 'nghe tin điểm thi, mặt nó méo xệch, buồn lắm'],
      ['vi', 'mẹ em tay trái cầm ly rồi uống hết, không sao'],
      ['vi', 'bé ngủ say, mắt không mở, thở đều'],
      ['vi', 'mẹ em bị méo mặt từ hồi bị liệt dây thần kinh năm ngoái, giờ khỏe rồi'],
    ],
  },
  {
    kind: 'a fit told by its length or a second one in a row; a young infant told in weeks after the child; a face turned suddenly',
    emergencies: [
      ['es', 'tuvo una convulsión que ya lleva 10 minutos'],
      ['es', 'a mi hijo le dio una convulsión y ya lleva 7 minutos'],
      ['pt', 'ele teve duas convulsões seguidas e não acordou'],
      ['tl', 'nanginginig at nanigas siya ng 10 minuto na, hindi pa tumitigil'],
      ['fa', 'بچه ۶ هفته ای ام تب ۳۸.۵ داره و شیر نمیخوره'],
      ['fa', 'نوزاد ۷ هفته‌ای دارم، تبش ۳۸.۲ هست'],
      ['ko', '할머니 입이 갑자기 돌아가고 팔에 힘이 없어요'],
    ],
    lookAlikes: [
      ['es', 'tuvo una convulsión hace 10 años, ¿puede manejar?'],
      ['es', 'el bebé lleva 10 minutos llorando'],
      ['pt', 'ele teve duas convulsões seguidas ano passado, hoje está bem, quero saber sobre o remédio'],
      ['tl', 'nanginginig siya sa lamig, nilalagnat'],
      ['fa', 'دو هفته ای هست که سرفه میکنم، تب ندارم'],
      ['fa', 'بچه ام ۲ هفته ای هست سرما خورده، تبش ۳۸ بود الان خوبه'],
      ['ko', '할아버지가 작년에 돌아가셨어요'],
    ],
  },
  {
    kind: 'a young infant’s age and temperature told in Devanagari, Bengali, Gurmukhi or Thai digits, or right after the child',
    emergencies: [
      ['hi', 'मेरे २ महीने के बच्चे को ३८.५ बुखार है'],
      ['bn', 'আমার ২ মাসের বাচ্চার জ্বর ৩৮.৫, দুধ খাচ্ছে না'],
      ['bn', 'মেয়ের বয়স ৬ সপ্তাহ, জ্বর ১০২'],
      ['bn', 'আমার ৫ সপ্তাহের বাচ্চার জ্বর ৩৮.৪'],
      ['pa', 'ਮੇਰਾ ੨ ਮਹੀਨੇ ਦਾ ਬੱਚਾ, ਬੁਖਾਰ ੩੮.੫'],
      ['th', 'ลูก ๒ เดือน ไข้ ๓๘.๕'],
      ['th', 'ทารก 3 สัปดาห์ ตัวร้อน 38.2'],
    ],
    lookAlikes: [
      ['th', 'ไอมา 2 เดือนแล้ว ไม่มีไข้'],
      ['th', 'ลูก 3 ขวบ ไข้ 38.5 ยังเล่นได้'],
      ['bn', '৬ সপ্তাহ ধরে কাশি, জ্বর নেই'],
      ['hi', 'मेरे बेटे को ३ दिन से ३७.८ बुखार है, खेल रहा है'],
    ],
  },
  {
    kind: 'a crooked face with an arm that will not lift, a chest told by its squeeze with sweat, no answer after a fall, in the thinner lexicons',
    emergencies: [
      ['ne', 'मेरो बुबाको छाती थिचेजस्तो दुख्छ, पसिना आइरहेको छ'],
      ['ne', 'आमालाई छाती भारी भएर दुख्छ, पसिना आयो'],
      ['ne', 'बुवा लड्नु भयो, बोलाउँदा बोल्नु हुन्न'],
      ['he', 'הפה של סבתא עקום והיד חלשה'],
      ['he', 'פתאום הפנים של אבא נפלו בצד אחד והיד שלו חלשה'],
      ['ja', '父が胸を締め付けられるように痛がって冷や汗をかいています'],
      ['ja', '胸が締め付けられる感じで痛くて、冷や汗が出ます'],
      ['ur', 'ammi ka munh tairha ho gaya, baazu nahi uthta'],
      ['ur', 'abbu ka chehra achanak tera ho gaya aur haath nahi uth raha'],
      ['ar', 'mama fam-ha mayel w ma t2dar terfa3 ida'],
    ],
    lookAlikes: [
      ['ne', 'पसिना आइरहेको छ, गर्मी धेरै छ, दौडेर आएको'],
      ['ja', '締め付けられるような頭痛が毎日あります、肩こりのせいかも'],
      ['ur', 'uska munh tairha ho gaya jab maine usse paise maange haha'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language missed emergencies of session 61', KINDS);
