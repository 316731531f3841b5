import { EmergencyTriage } from '../../emergency-triage.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * Session 39 (T37): the kinds the held-out counts say the Arabic, Persian and Urdu lexicons fall short on (Arabic 15 of
 * 33 emergencies, Urdu 4 of 9, Persian 6 of 9; burns 0 of 9 in every language), written from the protocols before any
 * rule (NHS burns and scalds, NHS 111 / Samaritans, MTS discriminators, NICE traffic-light, poison-centre advice), in the
 * words each dialect uses for a finding's parts: Egyptian, Levantine, Gulf and Maghrebi (Darija) Arabic beside the
 * standard, Arabizi, Persian, Urdu in its script and in Latin letters; a parent's, a bystander's and a clinician's voice;
 * a word stretched with a tatweel or Urdu typed on an Arabic keyboard. Each emergency has a look-alike twin that shares
 * its alarm words (a small burn, the idioms of burning and dying, breath short after the stairs, two tablets for a
 * headache).
 */
const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'ابني انحرق بالزيت المغلي ووجهه وايديه كلها فقاعات'],
  ['Arabic', 'بنتي وقعت عليها طنجرة مي سخنة، جلدها عم يتقشر على بطنها وصدرها'],
  ['Arabic', 'ولدي انكب عليه الحليب الحار وصار جلده يطيح'],
  ['Arabic', 'صار حريق بالمطبخ وجوزي اتحرق في ايديه ووشه وبيكح وصوته اتغير'],
  ['Arabic', 'الطفل مسك سلك الكهربا واتكهرب وفي حرق اسود في ايده'],
  ['Arabic', 'طاح جافيل على رجلين بنتي والجلد تحرق وطلعو فيه نفاخات'],
  ['Arabic', 'حرق من الدرجة الثانية يغطي الصدر والذراعين لطفل عمره سنتان'],
  ['Arabizi', 'ebni n7ara2 bel may el s5ne w jeldo kello fa2a3at'],
  ['Arabic', 'بغيت نقتل راسي، ما بقيتش قادر نكمل'],
  ['Arabic', 'ودي انتحر وارتاح، كل شي ضايق علي'],
  ['Arabic', 'مش عايز اعيش تاني، وكتبت وصيتي النهاردة'],
  ['Arabic', 'صديقتي أرسلت لي رسالة وداع وتقول إنها ستبتلع كل الحبوب الليلة'],
  ['Arabic', 'اختي بلعت كل حبوب الضغط تبع امي بعد ما تخانقت مع جوزها'],
  ['Arabizi', 'bade ente7er el leile, ma 7ada byeshta2li'],
  ['Arabizi', 'ana 3ayez amoot, mafeesh fayda men 7ayati'],
  ['Arabic', 'ابني المراهق يؤذي نفسه بشفرة ويقول إنه لا يريد أن يعيش'],
  ['Arabic', 'بنتي بتاخد نفسها بالعافية وضلوعها بتدخل لجوه'],
  ['Arabic', 'ابوي ما يقدر ياخذ نفسه وشفايفه زرق'],
  ['Arabic', 'ابني عم يلهث وما عم يقدر يحكي من ضيق النفس'],
  ['Arabic', 'ماقدراش نتنفس، كنحس براسي كنختنق'],
  ['Arabic', 'ولدي نفسه يصفر ويكتم والبخاخ ما نفع معه'],
  ['Arabizi', 'mish 2adra atnaffas w sadri ma2boud'],
  ['Arabic', 'بعد الولادة بتنزف كتير ووشها اصفر وايديها باردة وبتدوخ'],
  ['Arabic', 'جوزي كان شغال في الشمس وفجأة وقع وجسمه نار ومش بيعرق وبيخرف'],
  ['Arabic', 'ابوي طاح في البر من الحر، حرارته ٤١ وما يرد علينا'],
  ['Arabic', 'عندها وجع بطن فظيع تحت على اليمين وبطنها ناشفة ومش قادرة تتحرك'],
  ['Arabic', 'اخويا بيسمع اصوات بتقوله يقتل امي وماسك سكينة'],
  ['Arabic', 'فجأة ما عدت شايف بعيني اليمين، كأنها ستارة سودا نزلت'],
  ['Arabic', 'طارت شظية حديد في عينه وعينه بتنزف'],
  ['Arabic', 'ظهري بيوجعني جامد ومش حاسس بالمنطقة اللي بين رجليا ومش عارف اعمل بيبي'],
  ['Arabic', 'اتعور بالسكينة في فخده والدم بينط'],
  ['Arabic', 'نزيف لا يتوقف من جرح في الرقبة'],
  ['Arabic', 'بنتي عمرها سنتين بلعت ١٠ حبات من دوا الضغط بتاع جدها'],
  ['Arabic', 'ابني شرب بنزين بالغلط وبيكح'],
  ['Arabic', 'اخذت ٣٠ حبة بنادول'],
  ['Arabic', 'بعد الحقنة جسمه كله طفح وشفايفه ورمت ومش قادر يتنفس'],
  ['Arabic', 'لسعته نحلة وصار يحك وعيونه منتفخة ونفسه ضايق'],
  ['Arabic', 'البيبي عمره ٣ اسابيع وحرارته ٣٨.٥'],
  ['Arabic', 'بنتي عمرها ٦ شهور ومرخية وما تفتح عيونها ومش عايزة ترضع'],
  ['Arabic', 'رضيع عمره شهرين لونه بيزرق وقت الرضاعة'],
  ['Arabic', 'مي طاحت وفمها تعوج وما بقاتش كتهضر مزيان'],
  ['Arabic', 'مريضة ٧٠ عاماً، ضعف مفاجئ في الطرف الأيمن وعسر في الكلام منذ ساعة'],
  ['Arabic', 'ولدي طاح وبدا كيترعد وكتخرج الرغوة من فمو'],
  ['Arabic', 'عندي وجع فالصدر كيزير وكيمشي لدراعي اليسرى وكنعرق'],
  ['Arabic', 'راجل طاح فالزنقة وما كيتنفسش'],
  ['Arabizi', 'ma fille 3andha s5ana 40 w rigidité f la nuque'],
  ['Arabic', 'my dad طاح وما يرد علي'],
  ['Arabic', 'ابني مش قـادر يتنفـس'],
  ['Arabic', 'لا أستطيعُ التنفسَ'],
  ['Persian', 'پسرم با آب جوش سوخت، کل سینه‌اش تاول زده'],
  ['Persian', 'دستش تو آتیش سوخت و پوستش کنده شده'],
  ['Persian', 'دیگه نمی‌خوام زنده باشم، قرص‌هامو جمع کردم'],
  ['Persian', 'برادرم میگه میخواد خودکشی کنه و رفته روی پشت بوم'],
  ['Persian', 'بچم خس خس میکنه و دنده‌هاش میره تو و نمیتونه حرف بزنه'],
  ['Persian', 'نفسم بالا نمیاد و لبام کبود شده'],
  ['Persian', 'بعد از آمپول همه بدنش کهیر زد و نفسش تنگ شد'],
  ['Persian', 'تو گرما از حال رفت، بدنش داغه و عرق نمیکنه و گیجه'],
  ['Persian', 'شکمش خیلی درد میکنه و مثل سنگ سفت شده'],
  ['Persian', 'پسر دو ساله‌ام ده تا قرص فشار پدربزرگش رو خورده'],
  ['Persian', 'نوزاد سه هفته‌ایم تب ۳۸ و نیم داره'],
  ['Persian', 'پام با شیشه برید و خون فواره میزنه'],
  ['Persian', 'یهو چشم راستم سیاه شد و هیچی نمیبینم'],
  ['Persian', 'بیمار مرد ۶۰ ساله، درد قفسه سینه فشارنده با انتشار به بازوی چپ و تعریق'],
  ['Finglish', 'madaram nafas nemitune bekeshe va labash kabood shode'],
  ['Finglish', 'mikham khodkoshi konam'],
  ['Persian', 'برادرم صداهایی میشنوه که بهش میگن مادرمو بکشه'],
  ['Persian', 'بعد از تصادف رنگش پریده، بدنش سرد و عرق کرده و نبضش تنده'],
  ['Persian', 'کمرم خیلی درد میکنه، پاهام بی‌حس شده و نمیتونم ادرار کنم'],
  ['Urdu', 'گرم تیل گرنے سے بچے کا چہرہ اور ہاتھ جل گئے'],
  ['Urdu', 'میری بہن آگ سے جل گئی، جلد اتر رہی ہے'],
  ['Urdu', 'میں اب جینا نہیں چاہتا، سب کو الوداع کہہ دیا ہے'],
  ['Urdu', 'ابو کو سانس نہیں آ رہی، ہونٹ نیلے ہو گئے ہیں'],
  ['Urdu', 'بچے کی پسلیاں اندر دھنس رہی ہیں اور سانس بہت تیز ہے'],
  ['Urdu', 'میرے بیٹے نے مٹی کا تیل پی لیا'],
  ['Urdu', 'انجکشن کے بعد پورے جسم پر دانے نکل آئے اور گلا بند ہو رہا ہے'],
  ['Urdu', 'دھوپ میں کام کرتے ہوئے گر گیا، جسم بہت گرم ہے اور پسینہ نہیں آ رہا'],
  ['Urdu', 'پیٹ میں شدید درد ہے اور پیٹ پتھر کی طرح سخت ہے'],
  ['Urdu', 'دو ہفتے کے بچے کو 38 بخار ہے'],
  ['Urdu', 'ایکسیڈنٹ کے بعد رنگ پیلا پڑ گیا، جسم ٹھنڈا اور پسینے میں شرابور'],
  ['Urdu', 'بھائی کہتا ہے لوگ اسے مارنا چاہتے ہیں اور چھری لے کر گھوم رہا ہے'],
  ['Urdu', 'ابو کو سانس نهیں آ رهی'],
  ['Roman Urdu', 'meri ammi ko saans nahi aa rahi aur hont neelay ho gaye'],
  ['Roman Urdu', 'bachay par garam pani gir gaya, chalay par gaye'],
  ['Roman Urdu', 'mera bhai keh raha hai woh khud ko maar dega aaj raat'],
  ['Roman Urdu', 'beti ne 15 goliyan kha li hain neend ki'],
  ['Roman Urdu', 'seenay mein shadeed dard hai jo baein baazu tak ja raha hai, paseena aa raha hai'],
];

/** Look-alikes: the same alarm words, told of something that is no emergency. */
const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['Arabic', 'انحرقت شوية من الزيت في صباعي، احمر بس'],
  ['Arabic', 'الشمس حرقت وشي شوية في البحر'],
  ['Arabic', 'الاكل اتحرق في الفرن'],
  ['Arabic', 'عندي حرقة في المعدة بعد الاكل'],
  ['Arabic', 'قلبي محروق عليه من زمان'],
  ['Arabizi', '2albi ma7rou2 3aleh men zaman'],
  ['Arabic', 'الحليب فار على البوتاجاز وانا بعمل الشاي'],
  ['Arabic', 'بدي موت من الضحك'],
  ['Arabic', 'كتب رسالة وداع لزملائه قبل التقاعد'],
  ['Arabic', 'غادي نموت بالضحك على هاد الفيديو'],
  ['Arabic', 'نفسي قصير شوية بعد الجري ورجع طبيعي'],
  ['Arabic', 'انفي مسدود من الزكام ومش عارف انام'],
  ['Arabic', 'ابني عنده ربو خفيف وبياخد البخاخ وبيتحسن'],
  ['Arabic', 'وشها اصفر شوية من التعب'],
  ['Arabic', 'الجو حر نار اليوم وانا عرقان'],
  ['Arabic', 'بطني بتوجعني شوية من الاكل'],
  ['Arabic', 'بسمع اصوات الجيران طول الليل'],
  ['Arabic', 'عيني حمرا من السهر'],
  ['Arabic', 'نظري ضعيف ومحتاج نظارة جديدة'],
  ['Arabic', 'ظهري بيوجعني من القعدة ورجلي نملت شوية'],
  ['Arabic', 'انجرحت وانا بحلق والدم وقف'],
  ['Arabic', 'اخدت حبتين بنادول للصداع'],
  ['Arabic', 'ابني شرب علبة عصير كاملة'],
  ['Arabic', 'عندي حكة خفيفة بعد الحقنة وراحت'],
  ['Arabic', 'البيبي عمره ٣ شهور وبينام كتير بعد الرضعة'],
  ['Arabic', 'بنتي عمرها ٥ سنين وحرارتها ٣٨ وبتلعب'],
  ['Arabic', 'ماما كتنسى شوية مع الكبر'],
  ['Arabic', 'my dad طاح بس قام وهو تمام'],
  ['Arabic', 'ابني بيبلع الاكل بصعوبة لما يكون عنده زكام'],
  ['Arabic', 'لسعتني نحلة في ايدي واحمرت شوية بس'],
  ['Arabic', 'كيف اعرف اذا ابني عنده ربو؟'],
  ['Persian', 'دلم براش سوخت'],
  ['Persian', 'غذا سوخت'],
  ['Persian', 'از خستگی مردم'],
  ['Persian', 'بعد از پله نفس‌نفس میزنم ولی زود خوب میشم'],
  ['Persian', 'شکمم یه کم درد میکنه بعد غذا'],
  ['Persian', 'دو تا قرص سرماخوردگی خوردم'],
  ['Persian', 'دستم یه کم با اتو سوخت، قرمز شده'],
  ['Persian', 'پشه نیشم زد و جاش می‌خاره'],
  ['Urdu', 'روٹی جل گئی'],
  ['Urdu', 'وہ مجھ سے جلتا ہے'],
  ['Urdu', 'ہنس ہنس کر مر گیا'],
  ['Urdu', 'زکام کی وجہ سے ناک بند ہے'],
  ['Urdu', 'میں نے دو گولیاں کھائیں سر درد کی'],
  ['Urdu', 'دھوپ میں تھوڑا سر درد ہو گیا'],
  ['Roman Urdu', 'woh mujh se jalta hai'],
  ['Roman Urdu', 'mar gaya yaar thakawat se'],
  ['Roman Urdu', 'ammi ko thoda zukaam hai aur naak band hai'],
];

/** Each emergency flagged and each look-alike kept quiet, by the rules alone and by the product alike. */
function describeRulesAndProduct(
  title: string,
  emergencies: ReadonlyArray<readonly [string, string]>,
  lookAlikes: ReadonlyArray<readonly [string, string]>,
): void {
  describe(title, () => {
    it.each(emergencies)('%s: flags %s', (_language, text) => {
      expect(rules.assess(text).isEmergency).toBe(true);
      expect(product.assess(text).isEmergency).toBe(true);
    });

    it.each(lookAlikes)('%s: stays quiet: %s', (_language, text) => {
      expect(rules.assess(text).isEmergency).toBe(false);
      expect(product.assess(text).isEmergency).toBe(false);
    });
  });
}

describeRulesAndProduct('other-language kinds, session 39 (Arabic, Arabizi, Persian, Urdu)', EMERGENCIES, LOOK_ALIKES);
