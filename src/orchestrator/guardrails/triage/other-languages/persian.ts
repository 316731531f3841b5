import type { LanguageLexicon } from './language-lexicon.js';

/** Persian (Farsi) in its script; yā and kāf read as the Arabic letters, as many keyboards type them. */
export const PERSIAN: LanguageLexicon = {
  language: 'Persian',
  script: 'arabic',
  // "درد قفسه سینه ندارم": chest pain, I have none.
  negationAfter: '(?:ندارم|ندارد|نداره|نداشت|نداشتم|نيست|نيستم|نبود|نشد|نشده|نكرد|نكرده)(?![\\p{L}\\p{M}])',
  phrases: [
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      '(?:بیشتر از |بیش از |حدود )?(?:\\d+|[۰-۹]+|پنج|ده|پونزده|بیست) دقیقه(?:\u200cست|ست| است| هست|ه)? (?:که )?(?:داره )?(?:تشنج|غش|حمله)',
      'seizing for more than five minutes',
    ],
    [
      '(?:خونریزی|خونریزیش|خون|خونش) (?:بند نمیاد|بند نمی‌آید|قطع نمیشه|قطع نمی‌شود|بند نمیشه)',
      'the bleeding will not stop',
    ],
    [
      '(?:همه|تمام) (?:قرص‌ها|قرصها|قرص ها|داروها)(?:مو|م)? (?:رو |را )?(?:جمع کردم|آماده کردم|نگه داشتم)',
      'i have saved up the pills to take them all tonight',
    ],
    [
      '(?:می‌خوام|میخوام|می‌خواهم|میخواهم) خودم(?:و|ُ)? (?:رو |را )?(?:بکشم|از پل پرت کنم|پرت کنم|حلق آویز کنم)',
      'i will kill myself tonight',
    ],
    ['جواب (?:نمیده|نمی‌ده|نمی‌دهد|نمیدهد)', 'not responding'],
    ['بیدار (?:نمیشه|نمی‌شه|نمی‌شود)', 'cannot be woken'],
    ['(?:بادام زمینی|بادوم زمینی|میگو|آجیل|گردو|تخم مرغ|کنجد)(?: خورد| خوردم| خورده| بعد خوردن)', 'ate peanuts'],
    ['(?:گلوش|گلوم|گلو|زبونش|زبانش|زبونم|زبانم) (?:ورم کرده|باد کرده|پف کرده|متورم|ورم داره)', 'throat swelling'],
    ['آب (?:جوش|داغ)|چای داغ|روغن داغ', 'scalded with boiling water'],
    ['(?:تاول‌های|تاولهای|تاول های|تاول) (?:بزرگ|گنده|درشت)', 'big blisters'],
    ['(?:روی |رو )?(?:بچه‌ام|بچه ام|بچم)', 'on my child'],
    ['اگر|اگه', 'if someone '],
    ['چكار كنم|چه كار كنم|چي كار كنم', 'what should i do'],
    ['نفس (?:نميتواند|نميتونه|نميكشه|نمي كشد)|نميتونه نفس بكشه|نميتوانم نفس بكشم', 'cannot breathe'],
    ['تنگي نفس', 'difficulty breathing'],
    ['لبهاش كبود|لب(?:ها)?ي?ش كبود|كبود شده', 'blue lips'],
    ['درد (?:قفسه )?سينه|سينه(?: ام)? درد', 'chest pain'],
    ['عرق سرد', 'cold sweat'],
    ['بيهوش', 'unconscious'],
    ['بيدار نميشه|بيدار نمي شود', 'will not wake up'],
    ['(?:صورتش|دهانش|دهنش) كج', 'face drooping'],
    ['نميتونه حرف بزنه|نمي تواند صحبت كند', 'cannot speak'],
    ['سكته مغزي', 'stroke'],
    ['تشنج', 'seizure'],
    ['همه (?:قرص|دارو)(?: ها)?(?:ي)?(?:ش)? را? ?خورد', 'took all the pills'],
    ['ميخوام بميرم|مي خواهم بميرم', 'i want to die'],
    ['خودكشي', 'i want to kill myself'],
    ['خون بالا مياره|استفراغ خوني', 'vomiting blood'],
    ['خونريزي شديد', 'bleeding heavily'],
    ['خونريزي', 'bleeding'],
    ['باردار|حامله', 'pregnant'],
    ['تب نداره|تب ندارد', 'has no fever'],
    ['(?:نبض|نفس) (?:نداره|ندارد|نميزنه)', 'no pulse and is not breathing'],
    ['(?:امروز|الان|حالا)(?: \\S+){0,2} (?:خوبه|خوب است|بهتره|خوب شده)', 'is fine now'],
    ['تب', 'fever'],
    ['گردن(?:ش)? (?:سفت|خشك)', 'stiff neck'],
    ['پسرم', 'my son'],
    ['دخترم', 'my daughter'],
    ['مادرم', 'my mother'],
    ['پدرم', 'my father'],
    ['ناگهان', 'suddenly'],
  ],
};
