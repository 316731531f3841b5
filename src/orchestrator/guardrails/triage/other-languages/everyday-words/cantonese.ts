import type { LexiconPhrases } from '../language-lexicon.js';

/**
 * Session 63 (T141): Cantonese as Hong Kong and Guangdong type it, for red flags the Mandarin lists read only in
 * Mandarin words (NHS 111 / Pathways, Manchester Triage, NICE NG225 / NG232): blood that will not stop ("血流唔停"), a
 * lot of it ("出血好多"), a fit told by eyes rolled up with the jerking ("抽筋", "眼反白"; a leg's cramp is not one), a
 * drink or a swallow told in the perfect "咗" ("飲咗漂白水"), and a pregnancy told as "有咗 BB".
 */
export const CANTONESE_EVERYDAY_PHRASES: LexiconPhrases = [
  ['(?:血|流血|出血)(?:流)?(?:極|极)?(?:都)?(?:唔停|唔止|停唔到|止唔到)', 'bleeding heavily and it will not stop'],
  ['(?:出血|流血)(?:好多|勁多|好犀利|好大量)|(?:出|流)(?:咗)?好多血', 'bleeding heavily'],
  ['(?:眼反白|反白眼|眼(?:向上|往上)?翻白|翻白眼)', 'eyes rolled back'],
  [
    '(?<![腳脚腿手])(?:抽筋|扯筋)(?=[^。！？!?]{0,12}(?:眼反白|反白眼|翻白|白泡|白沫|唔應|叫唔醒|成身|全身|震))',
    'he is having a seizure',
  ],
  ['(?:飲|饮|吞|食)(?:咗|左)(?=[^，。！？,]{0,6}(?:藥|药|丸|漂白水|農藥|农药|殺蟲水|杀虫水|老鼠藥|老鼠药))', 'drank'],
  ['有(?:咗|左)(?:BB|bb|啤啤|B|b|細路|小朋友)|有(?:咗|左)(?=[，,])', 'pregnant'],
];
