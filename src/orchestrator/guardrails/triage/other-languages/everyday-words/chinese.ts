import type { EverydayWords } from './everyday-words.js';

/**
 * Chinese everyday words, simplified and traditional. Chinese writes no spaces, so every gloss is a phrase read anywhere;
 * the Chinese lexicon also reads what the Japanese one left of a Japanese message, so a gloss here is a word of two or
 * more characters, never a single character that Japanese compounds hold ("夫" of "大丈夫", "手" of "手紙").
 */
export const CHINESE_EVERYDAY: EverydayWords = {
  phrases: [
    // What a body part cannot do (NHS 111: cannot breathe, speak, swallow, move, wake).
    ['喘不上气|喘不上氣|喘不过气|喘不過氣|透不过气|透不過氣|上不来气|上不來氣|憋气|憋氣|呼吸不了', 'cannot breathe'],
    [
      '说不出话|說不出話|讲不出话|講不出話|说话不清|說話不清|口齿不清|口齒不清|说话含糊|說話含糊|含糊不清|大舌头|大舌頭',
      'slurred speech',
    ],
    ['咽不下|吞不下|咽不了|吞不了', 'cannot swallow'],
    ['动不了|動不了|抬不起来|抬不起來|站不起来|站不起來|走不了路', 'cannot move'],
    ['看不见|看不見|看不清', 'cannot see'],
    ['叫不醒|喊不醒|叫他没反应|叫她没反应|叫他沒反應|叫她沒反應', 'is not responding'],
    ['不吃奶|不喝奶|拒奶', 'not feeding'],
    ['止不住|停不下来|停不下來|一直不停|还没停|還沒停|没停|沒停', 'will not stop'],
    ['(?:一|半)?边(?:脸|手|身)|(?:一|半)?邊(?:臉|手|身)|一侧|一側', 'one side'],
    // Colours and states.
    ['发灰|發灰', 'grey'],
    [
      '(?:身上|皮肤|皮膚)?(?:有)?(?:紫色|紫红色|紫紅色)(?:的)?(?:点点|點點|斑点|斑點|疹子|小点|小點|瘀点|瘀點)',
      'a purple rash',
    ],
    ['压不褪|壓不褪|按压不褪色|按壓不褪色|按了不褪|不褪色', 'does not fade'],
    ['疹子|皮疹|红疹|紅疹', 'rash'],
    ['冷汗', 'cold sweat'],
    ['软绵绵|軟綿綿|瘫软|癱軟|软趴趴|軟趴趴', 'floppy'],
    ['脖子(?:发硬|發硬|僵硬|硬了|很硬|不能弯|不能彎)', 'stiff neck'],
    ['发麻|發麻|麻木', 'numb'],
    ['意识不清|意識不清|迷迷糊糊|神志不清|神誌不清|糊涂了|糊塗了', 'confused'],
    ['肿了|腫了|肿起来|腫起來', 'swollen'],
    ['高烧|高燒|发高烧|發高燒', 'high fever'],
    ['发烧|發燒', 'fever'],
    // How bad, how sudden, since when.
    ['从(?:今天)?早上|從(?:今天)?早上|(?:今天)?早上(?:开始|開始|起)', 'since this morning'],
    ['今天早上', 'this morning'],
    ['昨晚(?:开始|開始)?|昨天晚上', 'since last night'],
    ['越来越(?:严重|嚴重|厉害|厲害|痛|疼)|越來越(?:嚴重|厲害|痛|疼)', 'keeps getting worse'],
    ['(?:\\d+)分钟|(?:\\d+)分鐘', 'for # minutes'],
    ['十分钟|十分鐘', 'for 10 minutes'],
    ['五分钟|五分鐘', 'for 5 minutes'],
    ['半小时|半小時|半个小时|半個小時', '30 minutes'],
    ['突然|忽然', 'suddenly'],
    ['非常|特别|特別', 'very'],
    ['有点|有點|一点点|一點點', 'a little'],
    ['一直', 'all the time'],
    // Quantities and means.
    ['(?:一整|整|成)(?:瓶|樽|盒|板|排|包)(?=[^，。！？,]{0,4}(?:药|藥|片|胶囊|膠囊))', 'a whole box of pills'],
    // A whole strip, box or bottle of whatever follows, read as English tells it, so a medicine named in Latin letters
    // ("整排的 metformin") is read by the English rules' medicines and a box of biscuits stays a box of biscuits.
    // Cantonese says "成" for "整" ("成排", "成樽").
    ['(?:一整|整|成)(?:排|板)(?:的|嘅)?', 'a whole strip of'],
    ['(?:一整|整|成)(?:盒|包|袋)(?:的|嘅)?', 'a whole box of'],
    ['(?:一整|整|成)(?:瓶|樽)(?:的|嘅)?', 'a whole bottle of'],
    ['(?:一|1)(?:片|粒|颗|顆)', 'one pill'],
    ['(?:喝了)?(?:一)?点酒|(?:喝了)?(?:一)?點酒', 'drank a little alcohol'],
    ['睡前', 'before bed'],
    ['安眠药|安眠藥|助眠药|助眠藥', 'sleeping pills'],
    ['漂白水|漂白剂|漂白劑|84消毒液|消毒水|洁厕灵|潔廁靈|通渠水|管道疏通剂', 'bleach'],
    ['老鼠药|老鼠藥|耗子药|耗子藥', 'rat poison'],
    ['绳子|繩子', 'rope'],
    ['煤气|煤氣|燃气|燃氣', 'gas'],
    // People told about: third person reads as third person.
    ['我爸|爸爸|父亲|父親', 'my father'],
    ['我妈|妈妈|媽媽|母亲|母親', 'my mother'],
    ['爷爷|爺爺|外公|姥爷|姥爺', 'grandfather'],
    ['奶奶|外婆|姥姥', 'grandmother'],
    ['老公|丈夫', 'my husband'],
    ['老婆|妻子', 'my wife'],
    ['儿子|兒子', 'my son'],
    ['女儿|女兒', 'my daughter'],
    ['孩子|小孩', 'child'],
    ['宝宝|寶寶|婴儿|嬰兒', 'baby'],
    ['邻居|鄰居', 'neighbour'],
    ['同事', 'coworker'],
    ['病人|患者', 'the patient'],
    // Body parts.
    ['胸口|胸部', 'chest'],
    ['肚子|腹部', 'belly'],
    ['胳膊|手臂', 'arm'],
    ['嘴唇', 'lips'],
    ['喉咙|喉嚨|嗓子', 'throat'],
    ['脖子', 'neck'],
    ['眼睛', 'eyes'],
    ['皮肤|皮膚', 'skin'],
    ['舌头|舌頭', 'tongue'],
    ['脸色|臉色', 'colour of the face'],
    // Actions.
    ['摔倒|跌倒|摔了', 'fell'],
    ['晕倒|暈倒|昏倒|倒在地上|倒地', 'collapsed'],
    ['吐了|呕吐|嘔吐|一直吐', 'vomiting'],
    ['出血|流血', 'bleeding'],
    ['吞了|吞下', 'swallowed'],
    ['喝了', 'drank'],
    // Since long ago: a finding told with its years is a long-standing one (the question a triage asks: since when?).
    ['一直都这样|一直都這樣|老毛病|好多年了|好几年了|好幾年了|从小就|從小就', 'for years'],
    // Questions and the everyday words around a finding.
    ['怎么办|怎麼辦', 'what should i do'],
    ['正常吗|正常嗎', 'is it normal'],
    ['可以吗|可以嗎', 'is it okay'],
    ['已经|已經', 'already'],
    ['昨天', 'yesterday'],
    ['今天', 'today'],
    ['现在|現在', 'now'],
    ['晚上|夜里|夜裡', 'at night'],
    ['医生|醫生|大夫', 'doctor'],
    ['医院|醫院', 'hospital'],
    ['急诊|急診|急症室', 'emergency room'],
    ['高血压|高血壓', 'high blood pressure'],
    ['糖尿病', 'diabetes'],
    ['头晕|頭暈', 'dizzy'],
    ['小时|小時', 'hours'],
  ],
};
