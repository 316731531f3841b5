import { URDU_TOLD_IN_SPEECH } from './persian-and-urdu-told-in-speech.js';
import { URDU_HANGING_PREPARED } from './farewell-told-with-a-means-or-a-hanging-prepared.js';
import { URDU_EYES_THAT_STAY_SHUT } from './another-fit-and-eyes-that-stay-shut.js';
import { URDU_FINDINGS } from './breathing-bleeding-children/urdu.js';
import { URDU_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import { URDU_EVERYDAY } from './everyday-words/urdu.js';
import { URDU_INTENT_AND_CRISIS } from './intent-and-crisis/urdu.js';
import { URDU_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/urdu.js';
import { toldAnywhere, toldNowhere, type LanguageLexicon } from './language-lexicon.js';
import { URDU_MODIFIERS } from './modifiers/urdu.js';

/** Urdu in its script; yā and kāf read as the Arabic letters. */
/** Session 40: a call or a message not answered, which is someone asleep or busy, no one unresponsive. */
const BESIDE_A_GOODBYE = toldAnywhere('(?:الوداع|خدا حافظ|معاف کر|مرنا|مر جا|خودکشی|گولیاں)');

const NOT_ANSWERING_THE_PHONE: ReadonlyArray<readonly [string, string]> = [
  [`(?!${BESIDE_A_GOODBYE})(?:فون|کال|میسج|واٹس ایپ)(?: کا| پر| کے)? جواب (?:نہیں|نہ) (?:دے|دی|دیا)`, 'missed my call'],
  ['سو (?:رہے|رہی|رہا) (?:ہیں|ہے|تھے|تھی|تھیں)', 'was sleeping'],
  // A sleep told with its reason is a sleep: up late the night before.
  [
    'اٹھ (?:نہیں|نہ) (?:رہے|رہی|رہا)[^.،]{0,6}(?:کیونکہ|کیوں کہ) (?:رات کو )?دیر سے (?:سوئے|سوئی|سویا)',
    'sleeping in because he went to bed late',
  ],
  // Asleep and then not rousing (MTS: unresponsive): the sleep never explains it away.
  [
    `(?:(?=${toldAnywhere('ہلا')})|(?=${toldAnywhere('(?:سو رہے|سو رہی|سو رہا|جگا|سانس|دودھ|گر|بے ہوش|ہوش)')})(?!${toldAnywhere('(?:جلدی|اسکول|سکول|ساری رات|رات کو)')}))(?:اٹھ (?:نہیں|نہ) (?:رہے|رہیں|رہی|رہا|پا رہے|پا رہی)|(?:نہیں|نہ) اٹھ (?:رہے|رہیں|رہی|رہا))`,
    'cannot be woken',
  ],
  // No answer when shaken (MTS: unresponsive), and a button battery swallowed (poison centres: always an emergency).
  ['ہلانے (?:پر|سے) (?:بھی )?(?:کوئی )?جواب (?:نہیں|نہ)', 'is not responding'],
  ['بٹن (?:والی |والا )?(?:بیٹری|سیل)(?: \\S+)? (?:نگل|کھا) (?:لی|لیا|گیا|گئی|گئے)', 'swallowed a button battery'],
];

export const URDU: LanguageLexicon = {
  language: 'Urdu',
  script: 'arabic',
  // "سینے میں درد نہیں ہے": chest pain, not (there) is.
  negationAfter:
    'نہيں(?: بھي)?(?: (?:ہے|ہيں|ہوا|ہوئي|ہوئے|تھا|تھي|تھے))?(?= ?(?:[,.!?;]|$|(?:پر|ليكن|اور|بس|مگر|اب|صرف)(?![\\p{L}\\p{M}])))',
  phrases: [
    ...URDU_TOLD_IN_SPEECH,
    ...URDU_HANGING_PREPARED,
    ...URDU_EYES_THAT_STAY_SHUT,
    ...URDU_FAREWELL_AND_SAVED_PILLS,
    ...NOT_ANSWERING_THE_PHONE,
    ...URDU_INTENT_AND_CRISIS.phrases,
    ...URDU_SELF_HARM_AND_POISONING.phrases,
    // A temperature is a young infant's only when told of the infant (NICE: under 3 months with 38 °C or more). The
    // writer's own fever told beside the baby's age ("may I breastfeed with my fever?") and the bath water's warmth are
    // read as what they are, so the baby's age never meets them as the baby's fever.
    [
      'مجھے (?:خود )?(?:بھی )?(?:\\d+(?:\\.\\d)? )?بخار(?: \\d+(?:\\.\\d)?)?(?: (?:ہے|ہو گیا|آ گیا))?',
      'i am unwell myself',
    ],
    // Session 37: "کام میں ڈوب گیا ہوں" (sunk in work) is an idiom, no drowning; gait and one eye's sight lost at once.
    // The sunk-in noun stands right before the postposition. Sunk in grief is no drowning either, but it is grief,
    // never busyness: what the message says next (a threat to his life) must still be read beside it.
    [
      '(?:کام|پڑھائی|قرض|قرضے|سوچ|سوچوں|خیالوں|کتابوں)(?: (?:میں|مے))? ڈوب(?:ا|ی|ے)?(?: (?:گیا|گئی|گئے|ہوا|ہوئی|رہا|رہی))?',
      'was very busy',
    ],
    ['(?:غم|دکھ|صدمے)(?: (?:میں|مے))? ڈوب(?:ا|ی|ے)?(?: (?:گیا|گئی|گئے|ہوا|ہوئی|رہا|رہی))?', 'is deeply grieving'],
    ['چل (?:نہیں|نہی) (?:پا|سک) (?:رہا|رہی|رہیں|رہے)|چلا (?:نہیں|نہی) جا (?:رہا|رہی)', 'cannot walk'],
    [
      'ایک آنکھ سے (?:نظر (?:نہیں|نہی) آ (?:رہا|رہی)|دکھائی (?:نہیں|نہی) دے (?:رہا|رہی)|دکھ (?:نہیں|نہی) (?:رہا|رہی))',
      'cannot see in one eye',
    ],
    ['دادی', 'my grandmother'],
    // A child's age in years told of the child ("2 سال کے بیٹے نے": my 2-year-old son) and a grown-up's medicine by
    // what it treats, so the English reads a toddler who swallowed someone else's tablets: a poisoning
    // (poison-centre advice: a toddler and a grown-up's blood-pressure tablets are seen now).
    [
      '(?:\\d+|ایک|دو|تین|چار|پانچ) سال (?:کا|کی|کے)(?= (?:بیٹا|بیٹے|بیٹی|بچہ|بچے|بچی|پوتا|پوتے|پوتی|نواسا|نواسے|نواسی|ہے|ہیں))',
      '# year old',
    ],
    ['(?:بیٹے|بچے|بچی|بیٹی|پوتے|پوتی) نے', 'my child'],
    ['بلڈ پریشر|بی پی|فشار خون', 'blood pressure'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    // Session 37: a young infant's age told in weeks or days ("تین ہفتے کا ہے": he is three weeks old), never a duration
    // ("دو ہفتے کا بخار": two weeks' fever): NICE's red under 3 months with 38 °C or more.
    ['(?:\\d+) (?:ہفتے|ہفتوں|ہفتہ) (?:کا|کی|کے)(?= (?:ہے|ہیں|ہو|بچہ|بچی|بیٹا|بیٹی|بچے|نوزائیدہ))', '# weeks old'],
    ['(?:\\d+) (?:دن|دنوں) (?:کا|کی|کے)(?= (?:ہے|ہیں|ہو|بچہ|بچی|بیٹا|بیٹی|بچے|نوزائیدہ))', '# days old'],
    [
      '(?:ایک|دو|تین|چار|پانچ|چھ|سات|آٹھ|دس) (?:ہفتے|ہفتوں|ہفتہ|دن|دنوں) (?:کا|کی|کے)(?= (?:ہے|ہیں|ہو|بچہ|بچی|بیٹا|بیٹی|بچے|نوزائیدہ))',
      '2 weeks old',
    ],
    ['نوزائیدہ', 'newborn'],
    // A snake's bite, the biter first ("سانپ نے کاٹ لیا"): poison-centre advice, every snakebite is seen now.
    ['سانپ (?:نے )?(?:\\p{L}+ ){0,3}?(?:کاٹ|ڈس|ڈسا|ڈنک)\\p{L}*|سانپ کا کاٹا', 'bitten by a snake'],
    // Told in the past ("بہہ رہا تھا": was running) it is read by what follows, not as bleeding now (review V25, 11:32).
    ['خون (?:بہت )?(?:زیادہ )?(?:تیز |تیزی سے )?(?:بہہ|نکل|آ) (?:رہا|رہی)(?! (?:تھا|تھی|تھے))', 'heavy bleeding'],
    // Pressure that does not stop it, told without the blood named again (NHS 111: bleeding that will not stop with
    // firm pressure), session 43 (T53).
    [
      '(?:دبانے|دبا کر|دبانے کے بعد|پٹی) (?:سے )?(?:بھی )?(?:نہیں|نہی) (?:رک|تھم) (?:رہا|رہی)',
      'will not stop even with pressure',
    ],
    ['(?:چہرہ|منہ) (?:ایک طرف )?(?:ٹیڑھا|ڈھلک|لٹک)', 'face drooping'],
    ['بول (?:نہیں|نہی) (?:پا|سک) (?:رہے|رہا|رہی|رہیں)', 'cannot speak'],
    ['(?:شہد کی )?مکھی نے (?:کاٹا|کاٹ لیا|ڈنک مارا)|(?:بھڑ|تتیا) نے (?:کاٹا|کاٹ لیا|ڈنک مارا)', 'stung by a bee'],
    ['چہرہ (?:سوج|پھول) (?:گیا|رہا)', 'face swelling'],
    ['(?:دو|ایک|تین|\\d+) (?:مہینے|ماہ) (?:کے|کی) (?:بچے|بچی)', 'my 2 month old baby has'],
    ['تیز بخار', 'high fever'],
    ['دورے? (?:پڑ رہے ہیں|پڑ رہا ہے)(?: اور)? (?:رک|بند ہو) (?:نہیں|نہی) (?:رہے|رہا)', 'seizure that will not stop'],
    ['(?:بلیچ|تیزاب|کیڑے مار دوا|چوہے مار دوا|مٹی کا تیل|زہر) (?:پی|کھا) (?:لیا|لی|گیا|گئی)', 'swallowed bleach'],
    // A child who swallowed tablets: a poisoning, told in the English order ("pills swallowed" reads as self-harm).
    [
      '(?<=(?:بچے|بچہ|بچی|بیٹے|بیٹا|بیٹی|پوتے|پوتی|سال کے|سال کی|مہینے کے|مہینے کی)[^،,.]{0,30})(?:گولیاں|گولی|دوائیاں|دوائی|دوا) (?:کھا|نگل) (?:لیں|لی|لیا|گیا|گئی|گئے)',
      'swallowed the pills',
    ],
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
    // The same threat told of someone else ("کہتا ہے خود کو مار دے گا": he says he will kill himself), with or without
    // a time: suicidal intent told by a relative.
    [
      '(?:خود کو|اپنے آپ کو) (?:ختم|مار) (?:کر )?(?:دے گا|دے گی|دیں گے|لے گا|لے گی|لیں گے)|خودکشی (?:کر لے گا|کر لے گی|کرے گا|کرے گی)',
      'he says he will kill himself tonight',
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
    // Session 39: the kinds read by their parts (NHS burns and scalds, MTS breathing and shock discriminators, NHS 111
    // mental-health crisis), after the phrases above that read them whole. A burn: "جل گیا" told of a body, its skin
    // coming away, blisters, hot oil or water, a fire; the idioms first: burnt food, jealousy ("مجھ سے جلتا ہے"), the heart.
    [
      '(?:روٹی|سالن|کھانا|دال|چاول|بریانی|کیک|فیوز|بلب|موٹر|پنکھا|دودھ|ہانڈی)(?: \\p{L}+)? (?:جل|سڑ) (?:گیا|گئی|گئے)',
      'the food got overcooked',
    ],
    ['(?:دل|کلیجہ) (?:جل|جلتا|جلتی)\\p{L}*|(?:سے|پر) (?:جلتا|جلتی|جلتے|جلن)', 'is jealous'],
    // A face that burns with shame or anger is a blush, a skin burnt by the sun a sunburn, and a blister told small the
    // small burn NHS advice treats at home; none is a serious burn (session 39, M36: 'چہرہ شرم سے جل گیا').
    [
      '(?:شرم|شرمندگی|غصے|غصہ|حسد) (?:سے|کے مارے)(?: \\p{L}+){0,3}? (?:جل|لال|سرخ) (?:گیا|گئی|گئے|اٹھا|اٹھی)',
      'blushed with shame',
    ],
    ['دھوپ (?:سے|میں|مے)(?: \\p{L}+){0,2}? (?:جل|جھلس) (?:گیا|گئی|گئے)', 'sunburned'],
    ['(?:چھوٹا|چھوٹی|چھوٹے|ننھا|ذرا سا)(?: سا| سی)? (?:چھالا|چھالے|آبلہ)', 'a small blister'],
    ['(?:جل|جھلس) (?:گیا|گئی|گئے|گیا ہے|گئی ہے)|جھلس\\p{L}*|جلنے سے|جلا (?:دیا|دی)', 'burned'],
    ['جلد (?:اتر|ادھڑ|چھل|نکل|اکھڑ|جھڑ) (?:رہی|گئی|گئی ہے|رہی ہے)', 'skin peeling off'],
    ['(?:چھالے|آبلے|چھالا)(?: (?:پڑ|بن|نکل) (?:گئے|آئے|گیا|رہے))?', 'blisters'],
    ['گرم (?:تیل|پانی|دودھ|چائے|گھی)|(?:تیل|پانی|دودھ|چائے) گرم', 'boiling water'],
    ['آگ (?:سے|میں)', 'in a fire'],
    ['آگ(?: (?:لگ|لگی))?', 'fire'],
    ['(?:کرنٹ|بجلی کا جھٹکا) (?:لگ|لگا|لگی)\\p{L}*', 'electric shock'],
    ['چہرہ|چہرے', 'face'],
    ['(?:ہاتھ|بازو|ٹانگیں|ٹانگ|سینہ|سینے|پیٹ)(?= (?:اور|جل|جھلس|پر|بھی))', 'hands'],
    // Intent: a life not wanted, a goodbye to everyone.
    [
      '(?:اب )?(?:جینا|زندہ رہنا) (?:نہیں|نہی) (?:چاہتا|چاہتی|چاہتے)|جینے (?:کی|کا) (?:خواہش|دل|کوئی فائدہ) (?:نہیں|نہی|ختم)',
      'i do not want to live',
    ],
    // A goodbye is intent only beside despair told in the same message; told before a trip it is a goodbye.
    [
      `سب (?:کو )?(?:الوداع|خدا حافظ|آخری سلام|آخری پیغام)${toldAnywhere('(?:جینا|جینے|زندگی|زندہ|مرنا|مر جا|خودکشی|ختم کر)')}`,
      'said goodbye to everyone',
    ],
    ['(?:میری )?بہن', 'my sister'],
    ['(?:میرا |میرے )?بھائی', 'my brother'],
    ['(?:میرے )?شوہر', 'my husband'],
    ['(?:میری )?بیوی', 'my wife'],
    // Breathing: ribs pulled in, breath fast or torn, lips blue. Anaphylaxis: hives, a closing throat, after an injection.
    [
      'پسلیاں(?: \\p{L}+)? (?:اندر )?(?:دھنس|دب|اندر جا|اندر کھنچ) (?:رہی|رہے|جاتی)',
      'ribs sucking in with every breath',
    ],
    ['سانس (?:بہت )?(?:تیز|پھول|اکھڑ|اٹک) (?:ہے|رہی|رہا|چل رہی|گئی|گیا)', 'breathing very fast'],
    ['ہونٹ (?:نیلے|نیلا|کالے|جامنی)', 'blue lips'],
    ['(?:انجکشن|ٹیکے|ٹیکا|ٹیکہ|دوائی) (?:کے|لگنے کے) بعد', 'after the injection'],
    ['(?:دانے|خارش|پتی|دھپڑ) (?:نکل|ہو|اچھل) (?:آئے|گئے|گئی|آئی|رہے)', 'hives'],
    ['پورے جسم (?:پر|میں)', 'all over the body'],
    // Never the blocked nose and throat of a cold ('نزلہ زکام سے ناک اور گلا بند', review V21).
    [`${toldNowhere('نزلہ|زکام|ناک')}(?:گلا|گلہ) (?:بند|تنگ) (?:ہو )?(?:رہا|رہی|گیا|گئی)`, 'throat is closing'],
    // Heat stroke, shock, a rigid belly.
    ['دھوپ (?:میں|مے)|گرمی (?:میں|سے|لگ)', 'in the heat'],
    // A fall is a fall ('بچہ گر گیا، گھٹنا چھل گیا'); a collapse is told as fainting (review V21).
    ['بے ہوش ہو (?:گیا|گئی)|گر کر بے ہوش', 'collapsed'],
    ['گر (?:گیا|گئی|پڑا|پڑی)', 'fell'],
    ['جسم (?:بہت )?(?:گرم|تپ رہا|آگ)', 'his body is very hot'],
    ['پسینہ (?:نہیں|نہی) (?:آ رہا|آتا|نکل رہا)', 'not sweating'],
    ['رنگ (?:پیلا|زرد|سفید) (?:پڑ|ہو) (?:گیا|گئی)', 'pale'],
    ['جسم ٹھنڈا', 'cold and clammy'],
    ['پسینے (?:میں|سے) (?:شرابور|بھیگ\\p{L}*|تر)', 'drenched in cold sweat'],
    ['(?:ایکسیڈنٹ|حادثے|حادثہ)(?: (?:کے بعد|ہو گیا|ہوا))?', 'after the crash'],
    // Severe only where the degree is told; the monthly period pain is neither (review V21: 'ہر مہینے ماہواری میں').
    [`پیٹ (?:میں )?(?:شدید|بہت|سخت|بہت زیادہ) درد(?![^]*(?:ماہواری|پیریڈ|حیض|ہر مہینے|ہمیشہ))`, 'severe belly pain'],
    ['پیٹ (?:میں )?درد', 'belly pain'],
    ['(?:پتھر|لکڑی|تختے) (?:کی طرح|جیسا|جیسے) (?:سخت|اکڑا)', 'belly hard as a board'],
    // A psychosis with danger: people who want to kill him, a knife in his hand.
    ['لوگ (?:اسے|اس کو|مجھے|انہیں) (?:مارنا|قتل کرنا|مار دینا) (?:چاہتے|چاہ رہے)', 'says people want to kill him'],
    [
      '(?:چھری|چاقو|خنجر)(?: \\p{L}+)? (?:لے کر|لیے|اٹھا|اٹھائے|ہاتھ میں)(?![^۔،,.]{0,30}(?:سبزی|گوشت|پھل|پیاز|کھانا|کاٹ رہ|کچن|باورچی))',
      'threatening with a knife',
    ],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, a person, a verb in its other
    // forms), so a wording nobody listed is still read.
    ['(?:خون|بليڈنگ) (?:بند|رك|تھم) (?:ہي )?(?:نہيں|نہي) (?:ہو )?(?:رہا|رہي|رہے)', 'the bleeding will not stop'],
    ['(?:دوائي|دوا|نيند) كي گولياں|گولياں|دوائياں', 'pills'],
    ['(?:كھا|نگل) (?:ليں|لي|ليا|گيا|گئي|گئے)', 'swallowed'],
    ['(?:جھٹكے|دورے|دورہ) (?:لگ|پڑ|آ) (?:رہے|رہا|رہي)', 'he is having a seizure'],
    ['(?:بائيں|بائیں) (?:بازو|ہاتھ) (?:ميں|تك) (?:جا رہا|پھيل)', 'spreading to the left arm and jaw'],
    ['(?:سانس|سانسيں) (?:بند|رك) (?:ہو )?(?:گئي|گيا|گئے)', 'is not breathing'],
    ['(?:جاگ|اٹھ|ہوش ميں آ) (?:نہيں|نہي) (?:رہے|رہا|رہي|رہيں)', 'will not wake up'],
    ['ايك (?:آنكھ|آنكھوں) (?:سے|ميں) (?:دكھنا|نظر آنا|دكھائي دينا) بند', 'suddenly cannot see in one eye'],
    ['(?:زندگي|زندگی) (?:كا|ميں) سب سے (?:برا|شديد|تيز) (?:سر ?درد)?', 'the worst headache of my life'],
    ['(?:كلائي|نس) كاٹ (?:لي|ليا)', 'i cut my wrists'],
    ['(?:پاني|پانی) (?:كي تھيلي )?(?:پھٹ|نكل|گر) (?:گيا|گئي|رہا)', 'waters broke'],
    ['(?:ڈوب) (?:گيا|گئي|گئے)', 'drowned'],
    ['سر ?درد', 'headache'],
    ['(?:ميرے |ميرا )?(?:بچے|بچہ|بچي)', 'my child'],
    ['ابو|ابا', 'my father'],
    ['امي|اماں', 'my mother'],
    ['بچے (?:پر|پہ)', 'on my child'],
    ['اگر', 'if someone '],
    ['كيا كريں|كيا كروں', 'what should i do'],
    ['سانس نہيں (?:آ رہي|آ رہا|لے پا)', 'cannot breathe'],
    // Session 47 (T64): not taking breath now, told of anyone, the respectful plural of an elder too ("سانس نہیں لے رہے").
    ['سانس (?:نہيں|نہ) (?:لے|لے پا) (?:رہے|رہي|رہا|رہيں)', 'is not breathing'],
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
    ...URDU_FINDINGS.phrases,
    ...URDU_MODIFIERS,
    ...URDU_EVERYDAY.phrases,
  ],
  words: URDU_EVERYDAY.words,
};
