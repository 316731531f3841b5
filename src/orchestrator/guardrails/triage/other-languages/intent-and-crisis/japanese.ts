import { toldAnywhere, toldNowhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Where the jump is from: the place told after the verb, or someone told standing on it. A height told elsewhere in the
 * message (a flat on the 9th floor) is not where a jump off the sofa or into the shower is from (review V22, 02:15).
 */
const HEIGHT = toldAnywhere(
  '(?:屋上|ビル|マンション|橋|ベランダ|窓|ホーム|線路|崖|高い所|高いところ|\\d+階)(?:から|に(?:いる|立って|上って|のぼって)|の上|の端)',
);

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Japanese, in kanji and in kana (NICE NG225; NHS 111 mental
 * health; いのちの電話): wrist-cutting (リストカット, リスカ, 自傷), a jump from a height (飛び降り) told beside it, saying
 * one will die, hanging (首を吊る), a burden (迷惑, 重荷), voices that order a killing, days without sleep. "死ぬほど"
 * and "死にそう" of tiredness or hunger are idioms and never read here.
 */
export const JAPANESE_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    ['殺して(?:やる|やるぞ)|ぶっ殺す|殺すぞ|ぶっ殺してやる', 'says he will kill us'],
    [
      `既読(?:に)?(?:ならない|ならなく)${toldAnywhere('(?:さよなら|さようなら|今までありがとう|遺書|死にたい|消えたい)')}${toldNowhere('引っ越|転勤|退職|異動|卒業|送別|留学|転校|旅行|寝て|仕事中')}`,
      'is not answering his phone',
    ],
    // Suicidal thoughts denied or long past (review V22: main read the noun as first-person intent and left the denial unread).
    ['死にたい(?:とは|なんて)(?:思って(?:い)?ない|思わない|考えて(?:い)?ない)', 'no suicidal thoughts'],
    // Session 57 (T104): self-harm told as the past it was ("昔リスカしていた": used to), read before the act itself.
    [
      '(?:昔|以前|前は|学生の頃|学生時代|若い頃|中学の頃|高校の頃)(?:は|に)?(?:よく)?(?:リストカット|リスカ|自傷)(?:を)?(?:して(?:い)?た|してました|していました|の(?:跡|痕))',
      'i used to self-harm years ago',
    ],
    ['リストカット|リスカ|自傷|アームカット|アムカ|自分を傷つけ', 'self-harm'],
    // Session 57 (T104): a wrist cut told with how ("深く", "ざっくり"), read before the hand alone.
    ['手首(?:を|も)?(?:深く|ざっくり|何度も|自分で|また)(?:切|きっ)', 'i cut my wrists'],
    [`(?:から)?(?:飛ぶ|とぶ|飛び降りる)(?:と|って)(?:言って|言い|言う|言った|いう)${HEIGHT}`, 'says he will jump off'],
    [`(?:飛び降り|とびおり|飛びおり|飛び込)(?:る|たい|ます|よう|自殺|そう)${HEIGHT}`, 'i am going to jump off'],
    [
      '(?:もう)?死ぬ」?(?:と|って)(?:言って|言い|言う|言った|いう|メール|line|ライン|連絡)|死にたい(?:と|って)(?:言って|言い|言う|言った|いう)',
      'he says he wants to die',
    ],
    ['首を(?:吊|つ)(?:る|りたい|ろう)|首(?:吊|つ)り', 'i want to hang myself'],
    ['(?:迷惑|お荷物|重荷|足手まとい)(?:ばかり|しか)?(?:かけて|になって|だ|です|でしかない)', 'i am a burden'],
    ['(?:殺せ|死ね|殺して|飛び降りろ)(?:」)?(?:という|って|と言う|と命令する)声', 'hears voices telling him to kill'],
    [
      '(?:何日も|\\d+日|[二三四五]日|数日)(?:間)?も?(?:寝て(?:い)?な(?:い|くて)|眠って(?:い)?ない|一睡もしていない|寝ずに|眠らずに|一睡もせず)',
      'has not slept for days',
    ],
    ['(?:包丁|ナイフ|刃物)を(?:持って|振り回して|握って)', 'holding a knife'],
    // Session 57 (T104): persecution told as fact ("殺しに来る"), escape through a window, voices of a god or of no one
    // (UK Mental Health Triage Scale: psychosis with risk).
    ['(?:殺しに来る|殺される|命を狙われて|狙われている|監視されている)', 'says people are coming to kill him'],
    ['(?:窓|ベランダ)から(?:逃げ|出よう|飛び出)', 'trying to escape through the window'],
    // Voices read only with a speaker who is not there (a god, the dead, no one, inside the head): a baby or the
    // neighbours heard through a wall are heard by everyone (review V39, 07:22).
    [
      '(?:神|神様|悪魔|誰か|知らない人|死んだ人|亡くなった人|いない人|誰もいないのに|頭の中で|頭の中から|頭の中に)の?声が(?:聞こえる|聞こえて|聞こえた|する)',
      'is hearing voices',
    ],
  ],
  words: {},
};
