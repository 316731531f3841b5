import { toldAnywhere, toldNowhere } from '../language-lexicon.js';
import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/**
 * Chinese, simplified and traditional (NICE NG225; the poisons Chinese poison centres see most: paraquat "百草枯",
 * organophosphates "敌敌畏", tetramine rat poison "毒鼠强", a drain opener): a
 * wish to vanish or never to wake, nobody missing one, life without meaning.
 */
export const CHINESE_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    [
      '(?<!(?:尴尬|尷尬|丢脸|丟臉|社死|害羞|羞)[^。，！？]{0,6})(?:想|好想|真想|只想|很想|想要|就想)(?:从这个世界上?|從這個世界上?|在这个世界上?)?(?:消失|人间蒸发|人間蒸發)(?!一(?:会|會|下|段|天|阵|陣)|几天|幾天)',
      'wants to disappear forever',
    ],
    [
      '不想(?:再)?醒(?:来|來|过来|過來)|(?:睡着|睡著|睡过去|睡過去)(?:了)?(?:就)?(?:不要|不想|别|別|再也不)(?:再)?醒(?:来|來)?|一睡不醒',
      'i do not want to wake up',
    ],
    ['(?:没有人|沒有人|没人|沒人)会?(?:想念|在乎|记得|記得|怀念|懷念)我', 'nobody would miss me'],
    [
      '活着(?:没有|没|毫无|沒有|沒|毫無)(?:什么|什麼)?(?:意义|意義)|活著(?:没有|没|沒有|沒)(?:什么|什麼)?(?:意义|意義)|(?:人生|生命)(?:没有|毫无|沒有|毫無)(?:任何)?(?:意义|意義)',
      'no reason to live',
    ],
    ['割痕|刀痕', 'cut marks'],
    // Things given away and a farewell told as a meeting in the next life (the Columbia scale's preparatory acts).
    ['(?:都|全)?(?:送人了|送给别人了|送給別人了|送人|送掉了)', 'giving her things away'],
    // Session 58 (T109): a goodbye to the next life ("下辈子再见") beside an apology or despair (NICE NG225: a farewell is a
    // warning sign); said of a price, a game or a film, or asked with "if", it is an idiom.
    [
      `(?:下辈子|下輩子|来世|來世|来生|來生)(?:再见|再見|见|見|再做|再当|再當)${toldAnywhere('(?:对不起|對不起|原谅|原諒|不想活|活不下去|想死|遗书|遺書|照顾好|照顧好|永别|永別|撑不下去|撐不下去)')}${toldNowhere('(?:如果|要是|假如|电影|電影|电视剧|電視劇|小说|小說|游戏|遊戲|歌词|歌詞|哈哈|笑死|价格|價格|太贵|太貴)')}`,
      'this is my last message',
    ],
    ['(?:下辈子见|下輩子見|来生再见|來生再見|下辈子再见|下輩子再見)', 'goodbye'],
    // Session 55 (T93): a farewell for ever (永别了), which no one says leaving for work.
    ['永别了|永別了|永别吧|永別吧', 'goodbye forever'],
    ['有(?:很多|好多|一堆|一大堆|大量)(?:的)?(?:安眠药|安眠藥)', 'has a lot of sleeping pills'],
    [
      '(?:为了|為了|做)(?:学校|學校)?(?:的)?(?:作业|作業|课题|課題|论文|論文)|(?:学校|學校)(?:的)?(?:作业|作業|课题|課題|项目|項目|报告|報告)',
      'for a school project',
    ],
    ['百草枯|敌敌畏|敵敵畏|乐果|樂果|有机磷|有機磷|除草剂|除草劑|杀虫剂|殺蟲劑', 'pesticide'],
    ['毒鼠强|毒鼠強|鼠药|鼠藥|耗子药|耗子藥', 'rat poison'],
    ['管道疏通剂|管道疏通劑|通下水道的|通渠水|强酸|強酸|烧碱|燒鹼', 'drain cleaner'],
    ['防冻液|防凍液', 'antifreeze'],
  ],
  words: {},
};
