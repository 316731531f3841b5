/**
 * Session 62 (T134): an alarm word inside the language's idiom of exasperation or overwork, which the lexicons read as
 * the finding: Chinese "气得我吐血" / "难得我要吐血" (so angry, so hard it makes me spit blood), romanised Hindi "heart
 * attack aa jaayega" (I'll get a heart attack, of a boss's workload), Tagalog "nalulunod ako sa trabaho" (I'm drowning
 * in work) in the progressive the session-37 idiom did not list. Each is read as the English idiom, which the rules and
 * the model read as no emergency, as "this work is killing me" is (`../idioms.ts`). The idiom needs its cause told
 * before it (anger, difficulty, work, debt): blood vomited, a heart attack that came ("aa gaya") and a child drowning
 * in a pool are read as the lexicons read them.
 */

/** "气得我吐血", "难得我要吐血了", "被他气吐血": anger, difficulty or tiredness told as spitting blood. */
export const CHINESE_ALARM_WORDS_IN_IDIOMS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:气|氣|难|難|累|虐|坑|烦|煩|卡|贵|貴|输|輸|郁闷|鬱悶|憋屈|无语|無語)(?:得|的|到)?(?:我|人|他|她|我们|我們)?(?:都)?(?:要|快|想|快要)?吐血',
    'so annoyed',
  ],
];

/** "Heart attack aa jaayega", "dil ka daura pad jayega": the heart attack a workload will bring, the idiom of stress. */
export const ROMANISED_HINDI_ALARM_WORDS_IN_IDIOMS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:heart attack|hart attack|dil ka daura) (?:aa|a|pad) (?:jaayega|jayega|jaega|jaaega|jaayegi|jayegi)',
    'i will have a heart attack',
  ],
  [
    '(?<=heart attack[^.;!?]{0,40})(?:full |pura |poora )?dil ka daura (?:situation|wali feeling|feeling|type)',
    'so stressed',
  ],
];

/** "Nalulunod (na) ako sa trabaho": the progressive of the drowning-in-work idiom. */
export const TAGALOG_ALARM_WORDS_IN_IDIOMS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:nalulunod|nalunod|lunod|lubog|nalulubog)(?: na)? (?:ako|siya|sya|kami|tayo)(?: na)? sa (?:trabaho|utang|gawain|assignments?|problema|pag-aaral|homework|deadlines?|work|bills|bayarin|school works?|requirements)',
    'i am drowning in work',
  ],
];
