import { EmergencyTriage } from '../../emergency-triage.js';

const triage = new EmergencyTriage();

/**
 * Issue 11, session 33: Japanese, Persian and Urdu had little beyond negation and "fine now". The red flag of
 * each of the 13 categories in each, told plainly (the writer or a relative, the register a frightened person
 * types); beside them ordinary messages with the same words. Written before the lexicons were widened.
 */
const THIN_LANGUAGES: ReadonlyArray<
  readonly [language: string, emergencies: readonly string[], lookAlikes: readonly string[]]
> = [
  [
    'Japanese',
    [
      '胸が締め付けられるように痛くて、冷や汗が出ています',
      '息ができなくて唇が紫色です',
      '父が倒れて意識がありません',
      '包丁で手を深く切って血が噴き出しています',
      '母の顔の片側が垂れ下がって、言葉がうまく出ません',
      'ハチに刺されて顔が腫れて息苦しいです',
      '生後2か月の赤ちゃんが38度の熱があります',
      '子供がけいれんして止まりません',
      '子供が洗剤を飲んでしまいました',
      '母が睡眠薬を大量に飲みました',
      '頭を強く打って何度も吐いています',
      '妊娠30週で大量に出血しています',
      '高熱で首が硬くて、押しても消えない発疹があります',
      '死にたいです。ロープを用意しました',
    ],
    ['先週少し頭痛がありましたが、今は大丈夫です', '子供が少し咳をしています', 'ハチに刺されたけど少し赤いだけです'],
  ],
  [
    'Persian',
    [
      'درد شدید قفسه سینه دارم و عرق سرد کردم',
      'نمی‌تونه نفس بکشه و لب‌هاش کبود شده',
      'پدرم بیهوش شده',
      'دستم رو با چاقو بریدم و خون فواره میزنه',
      'صورت مادرم یه طرفش افتاده و نمی‌تونه درست حرف بزنه',
      'زنبور نیشش زد و صورتش ورم کرده و نفسش تنگه',
      'نوزاد دو ماهه‌ام تب ۳۸ داره',
      'پسرم تشنج کرده و بند نمیاد',
      'بچه‌ام سفیدکننده خورده',
      'مادرم کلی قرص خواب خورده',
      'سرش محکم خورد زمین و چند بار استفراغ کرده',
      'باردارم و خونریزی شدید دارم',
      'تب بالا داره و گردنش خشک شده',
      'می‌خوام خودمو بکشم',
    ],
    ['هفته پیش سرفه داشتم، الان خوبم', 'یه کم سردرد دارم'],
  ],
  [
    'Urdu',
    [
      'سینے میں شدید درد ہے اور ٹھنڈا پسینہ آ رہا ہے',
      'سانس نہیں لے پا رہا اور ہونٹ نیلے ہو گئے ہیں',
      'ابو بے ہوش ہو گئے ہیں',
      'چاقو سے ہاتھ کٹ گیا اور خون بہت زیادہ بہہ رہا ہے',
      'امی کا چہرہ ایک طرف ٹیڑھا ہو گیا ہے اور بول نہیں پا رہیں',
      'شہد کی مکھی نے کاٹا اور چہرہ سوج گیا',
      'دو مہینے کے بچے کو تیز بخار ہے',
      'بیٹے کو دورے پڑ رہے ہیں اور رک نہیں رہے',
      'بچے نے بلیچ پی لیا',
      'سر پر چوٹ لگی اور بار بار الٹی کر رہا ہے',
      'حاملہ ہوں اور بہت زیادہ خون آ رہا ہے',
      'تیز بخار ہے اور گردن اکڑ گئی ہے',
      'میں خودکشی کرنا چاہتا ہوں',
    ],
    ['پچھلے ہفتے کھانسی تھی، اب ٹھیک ہوں', 'ہلکا سا سر درد ہے'],
  ],
];

describe.each(THIN_LANGUAGES)(
  'EmergencyTriage in %s, across the 13 categories',
  (_language, emergencies, lookAlikes) => {
    it.each(emergencies)('an emergency: %s', (text) => {
      expect(triage.assess(text).isEmergency).toBe(true);
    });

    it.each(lookAlikes)('no emergency: %s', (text) => {
      expect(triage.assess(text).isEmergency).toBe(false);
    });
  },
);
