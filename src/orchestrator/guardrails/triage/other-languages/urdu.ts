import type { LanguageLexicon } from './language-lexicon.js';

/** Urdu in its script; yā and kāf read as the Arabic letters. */
export const URDU: LanguageLexicon = {
  language: 'Urdu',
  script: 'arabic',
  // "سینے میں درد نہیں ہے": chest pain, not (there) is.
  negationAfter:
    'نہيں(?: بھي)?(?: (?:ہے|ہيں|ہوا|ہوئي|ہوئے|تھا|تھي|تھے))?(?= ?(?:[,.!?;]|$|(?:پر|ليكن|اور|بس|مگر|اب|صرف)(?![\\p{L}\\p{M}])))',
  phrases: [
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    ['خون (?:بہت )?(?:زیادہ )?(?:بہہ|نکل|آ) (?:رہا|رہی)', 'heavy bleeding'],
    ['(?:چہرہ|منہ) (?:ایک طرف )?(?:ٹیڑھا|ڈھلک|لٹک)', 'face drooping'],
    ['بول (?:نہیں|نہی) (?:پا|سک) (?:رہے|رہا|رہی|رہیں)', 'cannot speak'],
    ['(?:شہد کی )?مکھی نے (?:کاٹا|کاٹ لیا|ڈنک مارا)|(?:بھڑ|تتیا) نے (?:کاٹا|کاٹ لیا|ڈنک مارا)', 'stung by a bee'],
    ['چہرہ (?:سوج|پھول) (?:گیا|رہا)', 'face swelling'],
    ['(?:دو|ایک|تین|\\d+) (?:مہینے|ماہ) (?:کے|کی) (?:بچے|بچی)', 'my 2 month old baby has'],
    ['تیز بخار', 'high fever'],
    ['دورے? (?:پڑ رہے ہیں|پڑ رہا ہے)(?: اور)? (?:رک|بند ہو) (?:نہیں|نہی) (?:رہے|رہا)', 'seizure that will not stop'],
    ['(?:بلیچ|تیزاب|کیڑے مار دوا|چوہے مار دوا|مٹی کا تیل|زہر) (?:پی|کھا) (?:لیا|لی|گیا|گئی)', 'swallowed bleach'],
    ['سر (?:پر|پہ|میں) چوٹ (?:لگی|لگ گئی)', 'hit his head hard'],
    ['بار بار (?:الٹی|قے)', 'vomiting repeatedly'],
    ['گردن (?:اکڑ|سخت ہو)(?: گئی| گیا)?', 'stiff neck'],
    ['سانس (?:لینے )?میں (?:مشکل|دقت|تکلیف)', 'difficulty breathing'],
    ['ہونٹ', 'lips'],
    [
      '(?:خون|بلیڈنگ) (?:رک|بند ہو|تھم) (?:ہی )?(?:نہیں|نہی) (?:رہا|رہی|رہے)|(?:خون|بلیڈنگ) (?:نہیں|نہی) (?:رک|تھم) (?:رہا|رہی)',
      'the bleeding will not stop',
    ],
    [
      '(?:ساری|سب) (?:نیند کی )?(?:گولیاں|دوائیاں) (?:جمع|اکٹھی) (?:کر )?(?:لی|رکھی)',
      'i have saved up the pills to take them all tonight',
    ],
    [
      '(?:خود کو|اپنے آپ کو) (?:ختم|مار) (?:کر )?(?:دوں گا|دوں گی|لوں گا|لوں گی)|(?:آج رات|آج) (?:سب )?(?:کھا|نگل) (?:لوں گا|لوں گی)|خودکشی (?:کر لوں گا|کروں گا|کر لوں گی)',
      'i will kill myself tonight',
    ],
    [
      'جواب (?:نہیں|نہی) (?:دے|دیتے|دیتی) (?:رہے|رہا|رہی)|(?:اٹھ|ہوش میں آ) (?:نہیں|نہی) (?:رہے|رہا|رہی)',
      'not responding',
    ],
    ['(?:بازو|ہاتھ) (?:کمزور|سن|بے جان)(?: ہو)?(?: گیا| گئی| ہے)?', 'suddenly weak arm'],
    ['(?:بولنے|بات کرنے) (?:میں )?(?:مشکل|دقت|تکلیف)|زبان (?:لڑکھڑا|اٹک)', 'slurred speech'],
    ['(?:مونگ پھلی|جھینگا|جھینگے|انڈا|مچھلی|کاجو|بادام)(?: کھانے کے بعد| کھائی| کھایا| کھا لی| کھا کر)', 'ate peanuts'],
    ['(?:گلا|گلے|زبان) (?:سوج|پھول) (?:رہا|رہی|گیا|گئی|گئے)', 'throat swelling'],
    ['(?:کھولتا|کھولتے|ابلتا|ابلتے) (?:ہوا )?(?:پانی|دودھ|چائے|تیل)', 'scalded with boiling water'],
    ['(?:بڑے بڑے|بڑے|بہت بڑے) (?:چھالے|آبلے)', 'big blisters'],
    ['بچے (?:پر|پہ)', 'on my child'],
    ['اگر', 'if someone '],
    ['كيا كريں|كيا كروں', 'what should i do'],
    ['سانس نہيں (?:آ رہي|آ رہا|لے پا)', 'cannot breathe'],
    ['سانس (?:لينے ميں )?(?:تكليف|دشواري)', 'difficulty breathing'],
    ['(?:سينے|چھاتي) ميں (?:شديد |بہت )?درد', 'chest pain'],
    ['ٹھنڈا پسينہ', 'cold sweat'],
    ['پسينہ', 'sweating'],
    ['بے ہوش|بيہوش|ہوش (?:ميں )?نہيں', 'unconscious'],
    ['(?:نبض|دھڑكن) نہيں', 'no pulse'],
    ['(?:اب|آج)(?: \\S+){0,2} ٹھيك (?:ہے|ہوں|ہيں|ہو گيا|ہو گئي)|ٹھيك ہو (?:گيا|گئي|گئے)', 'is fine now'],
    ['منہ ٹيڑھا', 'face drooping'],
    ['بول نہيں (?:پا رہا|پا رہي|سكتا|سكتي)', 'cannot speak'],
    ['فالج', 'stroke'],
    ['(?:دورہ|دورے|جھٹكے) (?:پڑ رہا|پڑ رہے|آ رہے)', 'he is having a seizure'],
    ['دورہ|دورے|جھٹكے|مرگي', 'seizure'],
    ['ساري گولياں كھا (?:ليں|لي)', 'took all the pills'],
    ['مرنا چاہتا|مرنا چاہتي', 'i want to die'],
    ['خودكشي', 'i want to kill myself'],
    ['خون كي الٹي', 'vomiting blood'],
    ['بہت خون (?:بہہ رہا|نكل رہا)', 'bleeding heavily'],
    ['حاملہ', 'pregnant'],
    ['بخار نہيں', 'has no fever'],
    ['بخار', 'fever'],
    ['ميرا بيٹا|ميرے بيٹے', 'my son'],
    ['ميري بيٹي', 'my daughter'],
    ['ميري (?:امي|ماں)', 'my mother'],
    ['ميرے (?:ابو|والد)', 'my father'],
    ['اچانك', 'suddenly'],
  ],
};
