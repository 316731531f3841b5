import { toldAnywhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** A height one jumps from, told anywhere in the message. */
const HEIGHT = toldAnywhere('(?:屋上|ビル|マンション|橋|ベランダ|窓|ホーム|線路|崖|高い所|高いところ|階から)');

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Japanese, in kanji and in kana (NICE NG225; NHS 111 mental
 * health; いのちの電話): wrist-cutting (リストカット, リスカ, 自傷), a jump from a height (飛び降り) told beside it, saying
 * one will die, hanging (首を吊る), a burden (迷惑, 重荷), voices that order a killing, days without sleep. "死ぬほど"
 * and "死にそう" of tiredness or hunger are idioms and never read here.
 */
export const JAPANESE_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    ['リストカット|リスカ|自傷|アームカット|アムカ|自分を傷つけ', 'self-harm'],
    [`(?:飛び降り|とびおり|飛びおり|飛び込)(?:る|たい|ます|よう|自殺|そう)${HEIGHT}`, 'is going to jump off'],
    [
      '(?:もう)?死ぬ(?:と|って)(?:言って|言い|言う|言った|いう|メール|LINE)|死にたい(?:と|って)(?:言って|言い|言う|言った|いう)',
      'he says he wants to die',
    ],
    ['首を(?:吊|つ)(?:る|りたい|ろう)|首(?:吊|つ)り', 'i want to hang myself'],
    ['(?:迷惑|お荷物|重荷|足手まとい)(?:ばかり|しか)?(?:かけて|になって|だ|です|でしかない)', 'i am a burden'],
    ['(?:殺せ|死ね|殺して|飛び降りろ)(?:」)?(?:という|って|と言う|と命令する)声', 'hears voices telling him to kill'],
    [
      '(?:何日も|\\d+日|[二三四五]日|数日)(?:間)?(?:寝て(?:い)?ない|眠って(?:い)?ない|一睡もしていない)',
      'has not slept for days',
    ],
    ['(?:包丁|ナイフ|刃物)を(?:持って|振り回して|握って)', 'holding a knife'],
  ],
  words: {},
};
