import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Arabic, Modern Standard and Egyptian, Levantine, Gulf and
 * Maghrebi, typed with or without hamza seats (NICE NG225; NHS 111 mental health): suicide in the first and third
 * person ("سأنتحر", "عايز ينتحر"), throwing oneself from a height, cutting oneself, a burden and better dead, voices
 * that order a killing, a delusion of being a prophet, a knife held, days without sleep. "هموت من الضحك" and "ميت من
 * الجوع" (dying of laughter, of hunger) are idioms of degree and never read here.
 */
export const ARABIC_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    [
      'كم (?:حبه|حبة|قرص|حبوب|حباية)[^،.؟?]{0,25}(?:تموت|اموت|يموت|للموت|عشان اموت|حتى اموت|تقتل|ما اصحى|ما اصحاش)',
      'how many pills to die',
    ],
    [
      '(?:افكر|بفكر|يفكر|تفكر|بيفكر|بتفكر|افكر كثير) (?:في|ب|اني|انه|انها)? ?(?:الانتحار|انتحر|ينتحر|تنتحر|اقتل نفسي|اموت نفسي)',
      'thinking about suicide',
    ],
    [
      '(?:س|ح|ه|راح |رح |بدي |بدى |عايز |عايزه |عاوز |ابغى |ابي |اريد ان |أريد أن |نبغي |بغيت )انتحر|سانتحر|ساقتل نفسي|(?:هقتل|حقتل|راح اقتل|رح اقتل|بدي اقتل|عايز اقتل|ابغى اقتل|ابي اقتل) (?:نفسي|روحي|حالي)',
      'i want to kill myself',
    ],
    [
      '(?:عايز|عايزه|عاوز|بده|بدها|يبي|تبي|يبغى|تبغى|يريد ان|تريد ان|حاول|حاولت|هدد|هددت|بيهدد|بتهدد|يهدد|تهدد) (?:ي|ت)نتحر|(?:ي|ت)قتل (?:نفسه|نفسها|روحه|روحها|حاله|حالها)',
      'he says he wants to kill himself',
    ],
    [
      '(?:ب|)(?:يجرح|تجرح|يشرح|تشرح|يشطب|تشطب) (?:في )?(?:نفسه|نفسها|روحه|روحها|حاله|حالها|ايده|ايدها|يده|يدها|ذراعه|ذراعها|معصمه|معصمها)(?![^.،]{0,40}(?:خضار|بصل|لحم|طبخ|مطبخ|بالغلط|بتقطع|بيقطع))',
      'she is cutting herself',
    ],
    [
      '(?:بدي|عايز|عاوز|هرمي|حرمي|رح ارمي|راح ارمي|ابغى ارمي|ساقفز|هنط|حنط|رح انط|بدي انط) (?:نفسي|حالي|روحي)? ?(?:من|م) ?(?:ال)?(?:سطح|بلكونه|بلكون|شباك|جسر|كوبري|عماره|برج|الدور)',
      'i am going to jump off',
    ],
    ['(?:انا )?(?:عبء|عبئ|عبء ثقيل|حمل ثقيل|عاله|عالة|تقيل) (?:على|عليكم|ع)', 'i am a burden'],
    [
      '(?:احسن|أحسن|افضل|أفضل) (?:لو|اني|إني|لي|لهم|للكل) ?(?:مت|اموت|أموت|ما كنت موجود|مش موجود)|الموت (?:احسن|أحسن|افضل|أفضل) (?:لي|من)',
      'it would be better if i died',
    ],
    [
      '(?:ب|)(?:يسمع|تسمع) (?:اصوات|أصوات|صوت)(?: \\p{L}+){0,3} (?:اقتل|يقتل|تقتل|يموت|تموت|يذبح|ينتحر|تنتحر|اذبح|يرمي نفسه)',
      'hears voices telling him to kill',
    ],
    [
      // Session 58 (T109): and told after "and" joined to the verb ("وبيقول انه نبي").
      '(?:و|ف)?(?:يقول|بيقول|يقول ان|تقول|بتقول|يحس|يظن|مقتنع|مقتنعه|يدعي) (?:انه|إنه|انو|انها|إنها|ان)? ?(?:الله|نبي|النبي|المهدي|المسيح|رسول)',
      'he thinks he is god',
    ],
    [
      '(?:ما نام|ما نامت|مش بينام|مش بتنام|ما بينام|لم ينم|لم تنم|ما ينام|ما تنام)(?:ش)? (?:من|منذ|بقاله|بقالها|له|لها)? ?(?:\\d+|يومين|تلات|ثلاث|اربع|أربع|كم|ايام|أيام)',
      'has not slept for days',
    ],
    ['(?:ماسك|ماسكه|شايل|شايله|حامل|حامله|معاه|معها|مسك|مسكت) (?:سكين|سكينه|ساطور|مسدس|سلاح)', 'holding a knife'],
    ['(?:و|ف)?(?:يهدد|تهدد|بيهدد|بتهدد|هدد|هددت) (?:ب)?(?:القتل|يقتل|يذبح|قتل)', 'threatening to kill'],
  ],
  words: {
    شفره: 'blade',
    موس: 'blade',
  },
};
