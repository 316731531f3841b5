import type { EverydayWords } from './everyday-words.js';

/**
 * Persian everyday words, spoken and written forms ("نمی‌تونه" and "نمیتواند"; a possessive joined to its word: "سرش" his
 * head, "دستم" my hand). Persian is read first on any message in the Arabic script, so a word here is one Arabic and
 * Urdu do not write with another sense ("به" is Arabic "in him", "کم" Arabic "how many"): those are read as phrases.
 */
const CANNOT = '(?:نمی‌?تونه|نمی‌?تواند|نمی‌?تونم|نمی‌?تونست|نتونست)';
const ZWNJ = '\\u200c?';

export const PERSIAN_EVERYDAY: EverydayWords = {
  phrases: [
    // What a body part cannot do (NHS 111: cannot speak, swallow, move, wake).
    [
      `${CANNOT} (?:حرف بزن\\p{L}*|صحبت کن\\p{L}*)|(?:حرف|زبونش|زبانش) (?:نمی${ZWNJ}زنه|بند اومده|سنگین شده)`,
      'cannot speak',
    ],
    [`${CANNOT} (?:قورت بد\\p{L}*|بلع\\p{L}*)`, 'cannot swallow'],
    [`${CANNOT} (?:تکون بخور\\p{L}*|راه بر\\p{L}*|بلند ش\\p{L}*)|تکون نمی${ZWNJ}خوره`, 'cannot move'],
    [`بیدار نمی${ZWNJ}(?:شه|شود)|به هوش نمیاد|بهوش نمیاد`, 'will not wake up'],
    [`(?:(?:یه|یک) طرف )?(?:صورتش|صورت|دهنش|دهانش|لبش)(?: \\p{L}+)? (?:افتاده|کج شده|کج|پایین اومده)`, 'face drooping'],
    [`(?:یه|یک) طرف(?: صورتش| صورت| بدنش| بدن)?`, 'one side'],
    [`بی${ZWNJ}حس (?:شده|شد)`, 'went numb'],
    [`(?:دستش|پاش|دست و پاش|نصف بدنش)(?: \\p{L}+)? (?:بی${ZWNJ}حس|سر|لمس|فلج) (?:شده|شد)`, 'weakness on one side'],
    [
      `(?:قفسه )?سینه${ZWNJ}(?:ام|اش|م|ش)?(?: (?!یه|یک|کمی|کم|خفیف|کوچیک|ہلکا|ہلکی|تھوڑا|تھوڑی)\\p{L}+){0,2} (?:درد|تیر می${ZWNJ}کشه|فشار)|درد (?:شدیدی? )?(?:تو|در) (?:قفسه )?سینه\\p{L}*`,
      'chest pain',
    ],
    [
      `(?:به|تا) (?:فک|بازو|دست چپ|کتف)\\p{L}*(?: و (?:فک|بازو|دست)\\p{L}*)? (?:میزنه|می${ZWNJ}زنه|تیر می${ZWNJ}کشه|کشیده می${ZWNJ}شه)`,
      'spreading to the left arm and jaw',
    ],
    [`عرق سرد`, 'cold sweat'],
    [`نفس(?:ش)? نمی${ZWNJ}(?:کشه|کشد)`, 'is not breathing'],
    [`(?:قطع|بند) نمی${ZWNJ}(?:شه|شود)|بند نمیاد`, 'will not stop'],
    [`بی${ZWNJ}حال\\p{L}*`, 'lethargic'],
    [`بی${ZWNJ}حس`, 'numb'],
    [`(?:می${ZWNJ})?(?:کنه|کنم|کنی|شه)`, ''],
    [`رنگش (?:پریده|زرد شده|سفید شده)|رنگ پریده`, 'pale'],
    [`(?:یه|یک) کم|یه کمی|کمی`, 'a little'],
    [`از (?:صبح|دیشب|دیروز|ظهر)`, 'since this morning'],
    [`(?:\\d+) ساعت`, 'for # hours'],
    // "یه بسته قرص" is a pack of pills, bought or kept; a whole one is told with "کل", "همه" or "کامل".
    [
      `(?:کل|همه)(?: ی)? (?:شیشه|بسته|ورق|جعبه)(?: ی)? (?:قرص|دارو)|(?:شیشه|بسته|ورق|جعبه) (?:قرص|دارو)(?: \\p{L}+)? کامل|همه(?: ی)? قرص${ZWNJ}ها|کل قرص${ZWNJ}ها`,
      'a whole box of pills',
    ],
    [`دو (?:برابر|تا) دوز|دوز (?:زیاد|اضافه)`, 'twice the dose'],
    [`مرگ موش`, 'rat poison'],
    [`تشنج (?:کرده|کرد|داره|میکنه|می${ZWNJ}کنه)`, 'he is having a seizure'],
    [`(?:زمین|از پله${ZWNJ}ها|از پله) (?:خورد|افتاد)`, 'fell'],
    // Since long ago: a finding told with its years is a long-standing one (the question a triage asks: since when?).
    [`از (?:سال${ZWNJ}ها|بچگی|قدیم)|همیشه|مدت${ZWNJ}هاست`, 'for years'],
    [`چیکار (?:کنم|کنیم)|چه کار (?:کنم|کنیم)`, 'what should i do'],
  ],
  // Written folded, as the text is read (ي for ی, ك for ک, ه for ہ and ة): `plainLetters` in language-lexicon.ts.
  words: {
    سال: 'years',
    سالشه: 'years old',
    ساعت: 'hours',
    روز: 'days',
    هفته: 'weeks',
    شب: 'night',
    خواب: 'sleep',
    هم: 'also',
    چشماش: 'his eyes',
    پاهام: 'my legs',
    شونه: 'shoulder',
    گلوم: 'my throat',
    // People.
    مادرم: 'my mother',
    همسرم: 'my wife',
    شوهرم: 'my husband',
    زنم: 'my wife',
    پسرم: 'my son',
    دخترم: 'my daughter',
    برادرم: 'my brother',
    خواهرم: 'my sister',
    مادربزرگم: 'my grandmother',
    پدربزرگم: 'my grandfather',
    همسايه: 'neighbour',
    همكارم: 'my coworker',
    بيمار: 'patient',
    // Body parts.
    سرش: 'his head',
    سرم: 'my head',
    گردنش: 'his neck',
    شكم: 'belly',
    شكمش: 'his belly',
    دستش: 'his hand',
    دستم: 'my hand',
    پاش: 'his leg',
    بازوم: 'my arm',
    چشم: 'eye',
    چشمش: 'his eye',
    صورت: 'face',
    صورتش: 'his face',
    گلو: 'throat',
    گلوش: 'his throat',
    لباش: 'his lips',
    لبام: 'my lips',
    پوست: 'skin',
    پوستش: 'his skin',
    كمر: 'back',
    فك: 'jaw',
    بدن: 'body',
    بدنش: 'his body',
    // What they do.
    افتاد: 'fell',
    افتاده: 'fell',
    خورده: 'swallowed',
    بلعيده: 'swallowed',
    بيهوش: 'unconscious',
    // How bad, how sudden, since when.
    خيلي: 'very',
    يهو: 'suddenly',
    ناگهان: 'suddenly',
    يكدفعه: 'suddenly',
    ديروز: 'yesterday',
    امروز: 'today',
    ديشب: 'last night',
    // States and colours.
    كبود: 'blue',
    سرد: 'cold',
    گيج: 'confused',
    بيحال: 'lethargic',
    بيحس: 'numb',
    كوچيك: 'small',
    // Means.
    طناب: 'rope',
    سفيدكننده: 'bleach',
    وايتكس: 'bleach',
    // Function words that only carry the sentence.
    از: 'from',
    كه: 'that',
    با: 'with',
    ولي: 'but',
    داره: 'has',
    دارم: 'i have',
    شده: 'became',
    شد: 'became',
    است: 'is',
    هست: 'is',
    هستم: 'i am',
    بود: 'was',
    كرده: '',
    ميكنه: '',
  },
};
