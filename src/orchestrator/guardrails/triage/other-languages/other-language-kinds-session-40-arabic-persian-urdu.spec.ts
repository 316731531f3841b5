import { describeRulesAndProduct } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 40 (T43): Arabic in its spoken forms (Egyptian, Levantine, Gulf), Egyptian Arabizi, Persian, Urdu and Roman
 * Urdu, every kind but suicide and psychiatric crisis, written from the protocols before any rule, each emergency with a
 * look-alike. The review's open misses: the dialect verbs of a fit ("بيتشنج", "عم يتشنج", "جاته نوبة صرع") and no coming
 * round ("مش بيفوق"), meningism told after a joined "و" ("ورقبتها ناشفة ومش قادرة تحني راسها", NICE NG240), heat
 * collapse, bleeding that will not stop and a scald; Arabizi chest pain with a sweat, a collapse with no answer and a
 * face fallen with speech lost; Roman Urdu's scald and chest pain. Look-alikes: a leg cramp ("رجلي بتتشنج"), a fit of
 * laughter, a stiff neck from sleeping badly, a phone not answered, a late riser, a fallen phone, a language not spoken
 * well.
 */
const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'ابني بيتشنج ومش بيفوق'],
  ['Arabic', 'بنتي عندها حرارة ورقبتها ناشفة ومش قادرة تحني راسها'],
  ['Arabic', 'أبوي كان يشتغل في الشمس وطاح وجسمه حار نار وما يرد'],
  ['Arabic', 'الدم مش راضي يوقف'],
  ['Arabic', 'ابني اتلسع بالزيت المغلي ووشه اتحرق وطلعت فقاعات'],
  ['Arabic', 'الدم ما عم يوقف من إيدو'],
  ['Arabic', 'ستي وقعت ومش عم ترد علينا'],
  ['Arabic', 'جاته نوبة صرع ولها عشر دقايق ما وقفت'],
  ['Arabic', 'ابني عم يتشنج وعيونه مقلوبة'],
  ['Arabic', 'البيبي سخن وعم يتشنج'],
  ['Arabic', 'ابني بلع بطارية صغيرة'],
  ['Arabic', 'بنتي شربت كلور'],
  ['Arabic', 'جدي فجأة وجهه مال ومش قادر يتكلم'],
  ['Arabic', 'أخوي طاح ومغمى عليه وما يصحى'],
  ['Arabic', 'الطفل نفسه مقطوع وشفايفه زرقا'],
  ['Arabic', 'ابني وقع على راسه وبيرجع كتير ونعسان'],
  ['Arabic', 'أكلت فول سوداني وحلقي بيقفل'],
  ['Arabic', 'مرتي شربت علبة حبوب كاملة'],
  ['Arabic', 'الرضيع ما يرضع ونايم طول الوقت وخامل'],
  ['Arabizi', 'baba 3ando alam gamed fe sedro w 3r2an'],
  ['Arabizi', 'mama w2e3et w mesh bet redd'],
  ['Arabizi', 'wesh baba mayel fag2a w mesh 3aref yetkallem'],
  ['Persian', 'پدرم یهو افتاد و به هوش نمیاد'],
  ['Persian', 'بچه م وایتکس خورده'],
  ['Persian', 'بچه م تشنج کرده و ده دقیقه ست تموم نمیشه'],
  ['Persian', 'پدرم یهو صورتش کج شد و نمیتونه حرف بزنه'],
  ['Persian', 'نفسش بالا نمیاد و لباش کبود شده'],
  ['Urdu', 'میرے ابو کے سینے میں شدید درد ہے اور پسینہ آ رہا ہے'],
  ['Urdu', 'بچے پر ابلتا پانی گر گیا، چھالے پڑ گئے'],
  ['Urdu', 'بچے نے ساری گولیاں کھا لیں'],
  ['Urdu', 'ابو بے ہوش ہو گئے ہیں، جواب نہیں دے رہے'],
  ['Roman Urdu', 'bachay par garam pani gir gaya, jild jal gayi aur chhaale pad gaye'],
  ['Roman Urdu', 'abbu ke seene mein shadeed dard hai jo baazu tak ja raha hai, paseena aa raha hai'],
  ['Roman Urdu', 'ammi behosh ho gayi hain, jawab nahi de rahi'],
  ['Roman Urdu', 'bachay ne bleach pi liya'],
];

/** Look-alikes with the same alarm words that are not emergencies. */
const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'رجلي بتتشنج بالليل لما بنام'],
  ['Arabic', 'رقبتي ناشفة عشان نمت غلط'],
  ['Arabic', 'الجو حار نار اليوم وما أبغى أطلع'],
  ['Arabic', 'نزل دم من مناخيري ووقف بسرعة'],
  ['Arabic', 'اتلسعت من الشاي شوية'],
  ['Arabic', 'الجرح صغير والدم وقف'],
  ['Arabic', 'ستي ما عم ترد على التلفون، يمكن نايمة'],
  ['Arabic', 'جاته نوبة ضحك لما شاف الفيديو'],
  ['Arabic', 'عضلة رجلي بتتشنج بعد الجري'],
  ['Arabic', 'أنا مش فايق للشغل النهارده'],
  ['Arabic', 'البطارية الصغيرة في الريموت خلصت'],
  ['Arabic', 'الكلور كويس لتنضيف الحمام؟'],
  ['Arabic', 'جدي وجهه تعبان شوية من قلة النوم'],
  ['Arabic', 'أخوي نايم وما يصحى بدري أبدا'],
  ['Arabic', 'الطفل عنده زكام وأنفه مسدود شوي'],
  ['Arabic', 'ابني وقع على ركبته وبيلعب عادي'],
  ['Arabic', 'أكلت فول سوداني وحلقي بيحكني شوية'],
  ['Arabic', 'مرتي خلصت علبة الحبوب اللي وصفها الدكتور على شهر'],
  ['Arabic', 'الرضيع نايم بعد الرضعة ومرتاح'],
  ['Arabizi', '3andi alam fe sedri shwaya lamma bako7 mn el bard'],
  ['Arabizi', 'el mobile w2e3 w mesh shaghal'],
  ['Arabizi', 'baba mesh 3aref yetkallem english kowayes'],
  ['Arabizi', 'mama mesh bet redd 3al phone, akid nayma'],
  ['Persian', 'پدرم دیشب دیر خوابید و صبح بیدار نمیشه'],
  ['Persian', 'وایتکس برای تمیز کردن حموم خوبه؟'],
  ['Persian', 'بچه م وقتی یه ساله بود تشنج کرد، الان خوبه'],
  ['Persian', 'پدرم از دندون درد صورتش ورم کرده ولی حرف میزنه'],
  ['Persian', 'بعد از دویدن نفسم بالا نمیاد ولی زود خوب میشه'],
  ['Urdu', 'ورزش کے بعد سینے کے پٹھوں میں ہلکا درد ہے'],
  ['Urdu', 'چائے سے زبان تھوڑی جل گئی'],
  ['Urdu', 'بچے کی گولیاں ختم ہو گئی ہیں، نئی لانی ہیں'],
  ['Urdu', 'ابو سو رہے ہیں، فون کا جواب نہیں دے رہے'],
  ['Roman Urdu', 'chai se zaban thodi jal gayi'],
  ['Roman Urdu', 'gym ke baad seene ke muscle mein halka dard hai'],
  ['Roman Urdu', 'ammi so rahi hain, phone ka jawab nahi de rahi'],
  ['Roman Urdu', 'bleach ko bachon ki pahunch se door rakhna chahiye'],
];

describeRulesAndProduct('session 40 Arabic, Persian and Urdu kinds (rules and product)', EMERGENCIES, LOOK_ALIKES);
