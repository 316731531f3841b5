import type { LanguageLexicon } from './language-lexicon.js';

/**
 * Chinese typed in pinyin without its tones ("wo erzi chi le yao"), the syllables spaced or joined as each
 * writer types them ("xiongkou" or "xiong kou"): the phrases allow both.
 */
/** Session 40: a baby floppy and off its milk (NICE NG143), typed in pinyin. */
const INFANT_DISTRESS: ReadonlyArray<readonly [string, string]> = [
  ['ruan ?mian ?mian|ruan ?ruan ?de|ruan ?da ?da|quan ?shen ?ruan', 'floppy'],
  ['bu (?:chi|he) ?nai|bu ?chi ?nai|bu ?he ?nai', 'not feeding'],
];

export const PINYIN: LanguageLexicon = {
  language: 'Chinese (pinyin)',
  script: 'latin',
  markers: [
    'wo',
    'hen',
    'mei',
    'zai',
    'xianzai',
    'zenme',
    'zenmeban',
    'sui',
    'bu',
    'xiang',
    'huo',
    'jiao',
    'xing',
    'yun',
    'bei',
    'yao',
    // Session 38: blood, so a cut wrist told in a few syllables is still read.
    'xue',
  ],
  ownWords: [
    'erzi',
    'nver',
    'nuer',
    'xianzai',
    'haizi',
    'baobao',
    'huxi',
    'xiongkou',
    'hunmi',
    'fashao',
    'jiangyayao',
    'anmianyao',
    'nainai',
    'yeye',
    'laopo',
    'laogong',
    'zuichun',
    'chouchu',
    'kunnan',
    'bozi',
    'yaopian',
    'zenmeban',
    'yiyuan',
    'shouwan',
    'kaishui',
    'shuipao',
    // Session 39: a button battery.
    'dianchi',
    'niukou',
    // Session 40: soft, told of a floppy baby.
    'ruan',
  ],
  phrases: [
    ...INFANT_DISTRESS,
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    [
      '(?:tun|yan|chi|wu tun)(?: le| xia| xia qu le| xia qu)?(?: yi ke| yi ge| yi li)? (?:niu ?kou )?dian ?chi',
      'swallowed a button battery',
    ],
    // Session 37: a young infant's age from birth in days or weeks (NICE: under 3 months with 38 °C or more is red),
    // never a duration ("fashao 3 tian le"), and a snake's bite ("she": snake).
    [
      '(?:chusheng|chu sheng|gang chusheng|sheng xialai|sheng xia lai)(?: cai| gang)? ?(?:\\d+) ?(?:tian|ri)',
      '# days old',
    ],
    [
      '(?:chusheng|chu sheng|gang chusheng|sheng xialai|sheng xia lai)(?: cai| gang)? ?(?:\\d+) ?(?:zhou|ge xingqi|ge libai)',
      '# weeks old',
    ],
    ['(?:\\d+) ?(?:tian|zhou) ?da', '# days old'],
    // Session 38: a cut wrist and bleeding that will not stop (self-harm done), a scald with big blisters, and "xiang si"
    // with a person after it, missing someone ("xiang si ni le": I miss you to death).
    ['xiang si (?:ni|nin|ta|wo|nimen)(?: le)?', 'i miss you so much'],
    ['(?:ge|hua) ?(?:le )?(?:shou ?wan|wan)(?: le)?', 'i cut my wrist'],
    ['xue (?:zhi bu zhu|liu bu ting|yi ?zhi (?:zai )?liu|bu ting (?:de )?liu)', 'the bleeding will not stop'],
    ['(?:bei )?(?:kai ?shui|gun ?shui|re ?you) tang(?: shang)?(?: le)?', 'scalded by boiling water'],
    ['(?:hen )?da (?:de )?shui ?pao|shui ?pao (?:hen |te bie )?da', 'big blisters'],
    ['bei (?:du ?)?she yao|(?:du ?)?she yao (?:le|shang|de)', 'bitten by a snake'],
    ['(?:ru ?guo|yao ?shi) (?:you ?ren|bie ?ren)', 'if someone'],
    ['zen ?me ?ban', 'what should i do'],
    ['chuan bu (?:guo|shang) ?qi|bu neng hu ?xi|hu ?xi kun ?nan|xi bu shang ?qi|tou bu guo ?qi', 'cannot breathe'],
    ['zui ?chun (?:fa ?)?(?:zi|qing)', 'blue lips'],
    ['(?:xiong ?kou|xiong) (?:hen )?(?:teng|tong|men)|xiong ?tong', 'chest pain'],
    ['(?:jiao|han) bu xing|xing bu guo ?lai', 'will not wake up'],
    ['hun ?mi|(?:yun|hun) (?:dao|guo ?qu)(?: le)?|bu xing ren shi', 'unconscious'],
    ['chou ?chu|chou ?feng|jing ?jue', 'seizure'],
    [
      '(?:chi|tun|he) le (?:\\p{L}+ ){0,2}(?:hen duo|yi ping|yi he|quan bu|yi da ba|(?:\\d+|wu liu|ji|san si|shi ji|hao ji|liang san) (?:pian|li|ke))',
      'took a lot of pills',
    ],
    ['jiang ?ya ?yao|an ?mian ?yao|yao ?pian|jiang ?tang ?yao', 'tablets'],
    ['hen kun|hun hun yu shui|shi ?shui|yi ?zhi shui', 'very drowsy'],
    ['bu xiang huo le|xiang si|zi ?sha', 'i want to kill myself'],
    ['liu (?:le )?(?:hen duo|hao duo) xue|da chu ?xue|xue zhi bu zhu', 'bleeding heavily and it will not stop'],
    ['shuo ?hua bu qing(?: ?chu)?|kou chi bu qing', 'slurred speech'],
    ['(?:zui|lian) wai(?: le)?', 'face drooping'],
    ['(?:fa )?gao ?shao', 'high fever'],
    ['fa ?shao', 'fever'],
    ['bo ?zi (?:hen )?ying|jing bu (?:qiang|ying)', 'stiff neck'],
    ['wo (?:de )?er ?zi', 'my son'],
    ['wo (?:de )?(?:nv|nu) ?er', 'my daughter'],
    ['(?:\\d+) sui', '# years old'],
    ['nai ?nai', 'grandmother'],
    ['xian ?zai', 'now'],
    ['(?:mei ?you|mei)(?= )', 'no'],
  ],
  words: {
    haizi: 'child',
    baobao: 'baby',
    erzi: 'son',
    yeye: 'grandfather',
  },
};
