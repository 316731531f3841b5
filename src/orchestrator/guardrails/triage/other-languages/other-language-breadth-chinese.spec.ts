import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * Issue 11 breadth in Chinese (simplified and traditional, colloquial): a red flag of each discriminator family
 * (airway, breathing, collapse, stroke incl. one eye and thunderclap, meningism, seizure, bleeding, anaphylaxis,
 * poisoning and insulin errors, self-harm, pregnancy, infant, head injury, cardiac, abdomen, testis, trauma, heat,
 * drowning) told by the writer, a parent or about a relative, beside look-alikes with the same words (a passing
 * cramp, a crick in the neck, a mild itch after mango, normal infant behaviour). Written from the protocols before
 * the lexicon was widened; on 288e644 the rules flagged 9 of the 28 emergencies.
 */
const BREADTH: TriageProbeTable = [
  [
    'Chinese',
    [
      '我爸突然喘不上气，嘴唇都紫了',
      '孩子被东西卡住喉咙了，咳不出来也哭不出声',
      '我奶奶昏过去了，怎么叫都叫不醒',
      '我老公突然嘴歪了，左手抬不起来',
      '我媽媽剛才突然一隻眼睛看不見了',
      '突然头痛得像要炸开一样，这辈子最痛的一次',
      '女儿发烧脖子很硬，很怕光',
      '儿子第一次抽筋，现在还在抽',
      '手割到了，血一直止不住，两条毛巾都湿透了',
      '我拉的大便是黑色的，还头晕',
      '吃了虾以后嘴唇和舌头都肿起来了',
      '我三岁的儿子把奶奶的降压药吃了好几颗',
      '我打错了胰岛素，打了平时的两倍',
      '我不想活了，遗书已经写好了',
      '我用刀割了手腕，流了很多血',
      '怀孕32周，突然下面出了很多血',
      '怀孕30周羊水破了',
      '懷孕36週，今天寶寶一直都不動',
      '宝宝两个月大，发烧38度',
      '宝宝软软的没力气，不吃奶',
      '寶寶的囟門鼓起來了',
      '我爸摔倒撞到头，现在一直吐，人也糊涂了',
      '胸口像被大石头压着，痛到左手臂，一直出冷汗',
      '我儿子从三楼摔下来了',
      '孩子溺水了，刚被救上来',
      '肚子剧痛，硬得像木板一样',
      '睾丸突然很痛，肿起来了',
      '爷爷在太阳下干活，现在浑身发烫，神志不清',
    ],
    [
      '我有时候爬楼梯会有点喘，休息一下就好了',
      '孩子昨天呛了一下，马上就咳出来了，现在没事',
      '昨天站起来太快有点头晕，现在好了',
      '我偏头痛好几年了，跟平时一样',
      '如果孩子抽搐了应该怎么办？',
      '刷牙的时候牙龈出了一点血',
      '吃芒果嘴巴有点痒，没有肿',
      '宝宝两个月，吃奶正常，就是老打嗝',
      '宝宝睡觉的时候偶尔会抖一下，正常吗',
      '脖子落枕了，转头有点疼',
      '怀孕8周，有点恶心想吐',
      '最近工作压力大，睡不好',
      '膝盖擦破了一点皮，血已经止住了',
      '手被开水烫了一下，有点红，没起泡',
      '累死了，今天加班到很晚',
      '昨晚小腿抽筋了，现在好了',
      '肚子有点痛，上完厕所就好了',
      '宝宝三个月，睡得很香，吃奶也好',
    ],
  ],
];

describeTriageProbes('EmergencyTriage in %s, issue 11 breadth (the rules)', BREADTH);
