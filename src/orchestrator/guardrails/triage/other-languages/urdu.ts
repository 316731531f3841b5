import type { LanguageLexicon } from './language-lexicon.js';

/** Urdu in its script; yā and kāf read as the Arabic letters. */
export const URDU: LanguageLexicon = {
  language: 'Urdu',
  script: 'arabic',
  // "سینے میں درد نہیں ہے": chest pain, not (there) is.
  negationAfter:
    'نہيں(?: بھي)?(?: (?:ہے|ہيں|ہوا|ہوئي|ہوئے|تھا|تھي|تھے))?(?= ?(?:[,.!?;]|$|(?:پر|ليكن|اور|بس|مگر|اب|صرف)(?![\\p{L}\\p{M}])))',
  phrases: [
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
