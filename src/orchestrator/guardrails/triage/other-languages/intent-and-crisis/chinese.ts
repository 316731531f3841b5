import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Chinese, simplified and traditional, and Cantonese (NICE NG225;
 * NHS 111 mental health; the Beijing and Hong Kong Samaritans' lines): not wanting to wake up, the old words for taking
 * one's own life (寻短见, 轻生, fear that someone "想不开"), hanging, self-harm (自残, 自殘), a burden (负担, 累赘) and
 * better off dead, a delusion of being a god beside days without sleep, a threat to kill. Laughing, hunger and
 * tiredness "to death" (笑死, 饿死, 累死) are idioms and are never read here.
 */
export const CHINESE_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    [
      '(?:说|說|喊|叫|扬言|揚言|嚷着|嚷著)(?:要|会|會)?(?:砍死|杀死|殺死|杀了|殺了|弄死|捅死|砍)(?:我们|我們|你们|你們|全家|大家|他们|他們|我|她|他|你)',
      'says he will kill us',
    ],
    ['发疯|發瘋|疯了|瘋了', 'acting crazy'],
    // Suicidal thoughts denied or long past (review V22: main read the noun as first-person intent and left the denial unread).
    [
      '(?:\\d+|几|幾|两|兩|三|四|五|十|好几|好幾)年前(?:我)?(?:有过|有過|曾经有|曾經有|有)?(?:过|過)?(?:自杀|自殺)(?:的)?(?:念头|念頭|想法)',
      'suicidal thoughts years ago',
    ],
    ['(?:没有|沒有|从来没有|從來沒有|没有过|沒有過)(?:自杀|自殺)(?:的)?(?:念头|念頭|想法)', 'no suicidal thoughts'],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    [
      '(?:吃|吞|喝)?多少(?:片|颗|粒|顆|盒|瓶)?[^，。,.?？]{0,8}?(?:才会死|才會死|会死|會死|能死|可以死|致死|才能死|死得了|不会醒|不會醒)',
      'how many pills to die',
    ],
    [
      '(?:一直|总是|經常|经常|老是|常常)?(?:在)?想(?:着|著)?(?:去)?自(?:杀|殺)|有自(?:杀|殺)的(?:念头|念頭|想法)',
      'thinking about suicide',
    ],
    ['不(?:想|願意|愿意)(?:再)?(?:醒来|醒來|醒过来|醒過來|睁开眼|睜開眼)', 'i do not want to wake up'],
    ['(?:自寻短见|自尋短見|寻短见|尋短見|寻死|尋死|轻生|輕生|想自我了断|想自我了斷)', 'wants to kill himself'],
    ['(?:怕|担心|擔心|害怕|恐怕)(?:他|她|我|佢)?(?:会|會)?(?:一时)?想不开', 'scared she will kill herself'],
    ['(?:想|要|准备|準備|打算)(?:去)?上吊|上吊自(?:杀|殺)|吊颈|吊頸', 'i want to hang myself'],
    ['自残|自殘|自伤|自傷|自我伤害|自我傷害|割自己|𠝹自己|别自己|𠝹手', 'self-harm'],
    [
      '(?:是|成了|成為|成为|就是|只是)(?:个|個|一个|一個)?(?:家里|家裡|大家|全家|家人|所有人|屋企)?的?(?:负担|負擔|累赘|累贅|拖累|包袱|拖油瓶)',
      'i am a burden',
    ],
    [
      '(?:我|他|她|佢)死(?:了|咗)(?:以后|以後)?(?:，|,)?(?:大家|家人|所有人|全家|他们|他們|你们|你們)?(?:都)?(?:会|會)?(?:更好|轻松|輕鬆|解脱|解脫|好过|好過)|没有我(?:，|,)?(?:大家|他们|你们|家人)?(?:都)?(?:会|會)?(?:更好|过得更好|輕鬆|轻松)|沒有我(?:，|,)?(?:大家|他們|你們|家人)?(?:都)?(?:會)?(?:更好|輕鬆)',
      'it would be better if i died',
    ],
    [
      '(?:说|說|觉得|覺得|以为|以為|认为|認為|讲|講)(?:他|她|自己|佢)是(?:神|上帝|耶稣|耶穌|佛祖|救世主|玉皇大帝|天使|神仙)',
      'he thinks he is god',
    ],
    [
      '威胁(?:要)?(?:杀|砍|捅|弄死)|威脅(?:要)?(?:殺|砍|捅|弄死)|扬言要(?:杀|砍)|揚言要(?:殺|砍)',
      'threatening to kill',
    ],
  ],
  words: {},
};
