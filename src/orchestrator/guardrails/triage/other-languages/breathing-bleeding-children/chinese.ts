import type { FindingsReading } from './findings-reading.js';
import { toldAnywhere, toldNowhere } from '../language-lexicon.js';

/**
 * Chinese, and Cantonese as it is typed: a baby's age told in weeks since birth ("出世7個禮拜"), no energy ("好唔精神")
 * and feeds that will not go down ("食奶都食唔落"): a baby under three months with a fever and these is a red flag
 * (NICE NG143).
 */
export const CHINESE_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    // Session 54 (T87): froth at the mouth beside a fit or a collapse (NICE NG217: a fit told by what is seen); toothpaste
    // foam or a dog's froth is not (review V36, 20:38).
    [
      `(?:口吐白沫|嘴里(?:冒|吐|有)白沫|吐白沫)${toldAnywhere('(?:抽|抖|倒地|倒在|晕倒|昏倒|叫不醒|不省人事|没反应|翻白眼|僵硬|痉挛|惊厥|癫痫)')}${toldNowhere('(?:狗|猫|刷牙|牙膏|漱口)')}`,
      'foaming at the mouth',
    ],
    ['(?:出世|出生)(?:咗|了)?\\d+(?:個|个)?(?:禮拜|礼拜|星期|周|週)', '# weeks old'],
    ['(?:好|很|非常)?唔精神|冇精神', 'very lethargic'],
    ['(?:食|飲|吃|喝)奶(?:都)?(?:食|飲|吃|喝)(?:唔|不)(?:落|下)', 'not feeding'],
    // Fast breathing only while asleep in a baby who feeds well is a normal infant's (Schmitt-Thompson newborn breathing).
    ['(?:睡觉|睡覺|睡着|睡著|瞓覺|瞓着)(?:的)?(?:时候|時候|时|時)', 'when he sleeps'],
    // ... but a rate told beside the breathing is the measure itself (NICE NG143: 60 a minute or more in a baby).
    ['(?<=呼吸[^。！？]{0,12})(?:一分钟|每分钟|一分鐘|每分鐘)(?:呼吸)?\\d+(?:多)?次', '# breaths a minute'],
    ['(?:还在|一直|不停地?)?(?:呻吟|哼哼)', 'grunting'],
    ['(?:吃奶|喝奶|食奶|饮奶|飲奶)(?:也|都)?(?:很好|好好|正常|挺好|没问题|沒問題)', 'feeds well'],
    // A knock to the back of the head, then slow to respond (NICE NG232).
    ['撞到(?:了)?(?:后脑勺?|後腦勺?|头|頭|脑袋|腦袋)', 'hit his head'],
    ['(?:反应|反應)(?:有点|有些|很|变得|變得|越来越|越來越)?(?:慢|迟钝|遲鈍)', 'slow to respond'],
    ['说话说不完一句|說話說不完一句|说不完一句话|說不完一句話|讲唔晒一句', 'cannot finish a sentence'],
  ],
  words: {},
};
