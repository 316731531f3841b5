import { CANTONESE_EVERYDAY_PHRASES } from './everyday-words/cantonese.js';
import { CHINESE_FAREWELL_AND_ITS_MEANS } from './farewell-told-with-a-means-or-a-hanging-prepared.js';
import { CHINESE_ALARM_WORDS_IN_IDIOMS } from './alarm-words-in-idioms-session-62.js';
import { CHINESE_NOBODY_ILL_NOW } from './modifiers/chinese-nobody-ill-now.js';
import { CANTONESE_FACE_LIMB_AND_SPEECH } from './face-limb-and-speech-told-in-dialect.js';
import { CHINESE_DIGOXIN } from './digoxin-told-by-its-name-and-its-yellow.js';
import { CHINESE_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { CHINESE_END_TO_EVERYTHING } from './an-end-to-everything-told-with-its-means.js';
import { CHINESE_PILLS_TOLD_BY_THEIR_COUNT } from './pills-told-by-their-count-or-pack.js';
import { CHINESE_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { CHINESE_MEANS_TAKEN_ALL } from './means-taken-all-at-once.js';
import { CHINESE_FINDINGS } from './breathing-bleeding-children/chinese.js';
import { CHINESE_EVERYDAY } from './everyday-words/chinese.js';
import { CHINESE_INTENT_AND_CRISIS } from './intent-and-crisis/chinese.js';
import { CHINESE_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/chinese.js';
import { type LanguageLexicon, toldAnywhere, toldNowhere } from './language-lexicon.js';
import { CHINESE_MODIFIERS } from './modifiers/chinese.js';
import { CHINESE_STROKE_AND_LIMB } from './stroke-and-limb-by-their-parts.js';
import { CHINESE_HEAD_KNOCK_AND_WAKING } from './head-knock-and-waking-told-by-their-parts.js';
import { CHINESE_SEIZURES_FLIGHT_AND_FAREWELL } from './seizures-flight-and-farewell-told-by-their-parts.js';
import { CHINESE_CHOKING_OBJECT_TOLD_OUT } from './choking-object-told-out.js';

/**
 * Silence after a goodbye or beside despair (Samaritans: a goodbye message, then no answer): a call not answered is read
 * as that silence only there; alone it is someone asleep, busy or out of battery.
 */
const BESIDE_A_GOODBYE = toldAnywhere(
  '(?:告别|告別|再见|再見|永别|永別|遗书|遺書|对不起|對不起|想死|不想活|自杀|自殺|轻生|輕生|安眠药|安眠藥|跳楼|跳樓|结束)',
);

/** Love told beside "电到": the idiom of being smitten, no electric shock. */
const BESIDE_LOVE = toldAnywhere(
  '(?:喜欢|喜歡|心动|心動|帅|帥|美女|一见钟情|一見鍾情|第一眼|眼神|男神|女神|爱上|愛上)',
);

/**
 * Session 40: the clinician's note, which writes a finding by its side and its limb ("右侧肢体无力", "口角歪斜",
 * "颈项强直") and its onset and duration ("突发", "2小时"), and a history told with its years ("三年", "后遗症"), which is
 * no new stroke (NICE NG128: onset and time are what make it one).
 */
const CLINICAL_NOTE: ReadonlyArray<readonly [string, string]> = [
  ['(?:脑梗|脑梗死|脑梗塞|中风|腦梗|中風)?(?:后遗症|後遺症)', 'after-effects of an old stroke'],
  // Years read as a history only after the weakness or speech they are told of ("右侧肢体无力三年"): a disease told with
  // its years ("糖尿病20年") never makes a new finding beside it old.
  [
    '(?<=(?:无力|無力|麻木|不清|含糊|歪斜|瘫|癱|不能动|不能動|动不了|動不了))(?:[一二三四五六七八九十两几]+|\\d+)年(?!前)',
    'for years',
  ],
  ['突发|突發|突然发生|突然發生', 'suddenly'],
  [
    '(?:左|右)(?:侧|側|边|邊)?(?:肢体|肢體|上下肢|手脚|手腳|半身)(?:无力|無力|麻木|瘫|癱|不能动|不能動|动不了|動不了|活动障碍)',
    'weakness of the arm and leg on one side',
  ],
  [
    '言语不清|言語不清|说话不清|說話不清|口齿不清|口齒不清|言语含糊|言語含糊|讲话含糊|講話含糊|构音障碍',
    'slurred speech',
  ],
  ['口角(?:歪斜|歪|下垂)|嘴(?:巴)?(?:歪了|歪斜)', 'face drooping'],
  ['(?:左|右)(?:手|胳膊|手臂|臂)(?:抬不起来|抬不起來|举不起来|舉不起來|没力|無力|无力)', 'weak arm'],
  ['颈项强直|頸項強直|颈强直|頸強直', 'stiff neck'],
  ['剧烈头痛|劇烈頭痛|剧烈头疼|爆炸样头痛|炸裂样头痛', 'sudden severe headache'],
  ['伴(?:有)?(?:呕吐|嘔吐)', 'with vomiting'],
  ['(?<=\\d)(?:个)?(?:小时|小時)', ' hours'],
];

/** Despair or a room sealed, told beside charcoal made ready: charcoal burning planned (session 44); a time alone is no cue. */
const BESIDE_DESPAIR = toldAnywhere(
  '(?:不想活|不想再(?:撐|撑)|(?:撐|撑)不下去|想死|结束|結束|解脱|解脫|了断|了斷|遗书|遺書|胶带|膠帶|封住|密封|封好|门缝|門縫|窗缝|窗縫)',
);
/** Charcoal told for cooking or warmth in its own clause: a barbecue, a hotpot, a grill, camping (review V26). */
const NOT_FOR_COOKING =
  '(?![^，。！？,.!?]*(?:烧烤|燒烤|烤肉|火锅|火鍋|烤炉|烤爐|露营|露營|bbq|取暖))(?<!(?:烧烤|燒烤|烤肉|火锅|火鍋|烤炉|烤爐|露营|露營|bbq|取暖)[^，。！？,.!?]*)';

/**
 * Session 44: the grammar Chinese tells a discriminator with, read before the words.
 * - A degree complement ("累到想死", "考得要死": tired or worn out "to death") tells how much, never a wish to die
 *   (the existing idioms named the adjectives one by one); distress told so ("难过得想死", "痛苦到想死") is left to be read.
 * - "趁…不注意", "一不留神": while no one was watching, not a negation of what the child did then.
 * - Charcoal bought or made ready beside a time or despair (charcoal burning, the method of East Asia); Cantonese
 *   diarrhoea ("屙"), limbs ice cold ("凍冰冰") and a racing heart (MTS shock).
 * - "不想再撐了" / "撐不下去": cannot hold on any more.
 */
const GRAMMAR: ReadonlyArray<readonly [string, string]> = [
  [
    '(?<=\\p{Script=Han})(?<!难过|難過|痛苦|绝望|絕望|崩溃|崩潰|伤心|傷心|难受|難受|抑郁|抑鬱|孤独|孤獨)(?:得(?:要|想|快)?|到(?:要|想|快))死(?:了|啦|咗|喇|我了)?',
    'very much',
  ],
  [
    '趁[^，。！？,]{0,6}?(?:不注意|没注意|沒注意|不留意|唔留意|唔為意|冇留意|不留神|没看着|沒看著|没看见|沒看見)|一不(?:注意|留神|留意)|一(?:转眼|轉眼|眨眼)',
    'when no one was watching',
  ],
  [
    `${BESIDE_DESPAIR}${NOT_FOR_COOKING}(?:(?:买|買|准备|準備|备|備|弄)(?:好|齐|齊)?(?:了)?)?(?:木炭|炭|练炭|練炭)(?!烤|烧烤|燒烤|火锅|火鍋|炉|爐)`,
    'charcoal to kill myself',
  ],
  ['不想再(?:撐|撑|坚持|堅持)(?:了|下去)?|(?:撐|撑)不下去', 'i cannot go on anymore'],
  // A count missing told with a hedge ("少了大概8颗", "少了差不多6粒"): NPIS takes an unknown count at its most. "差不多"
  // (about) alone is no negation, though it holds "不".
  [
    '(?:少了|少咗|不见了|不見了|冇咗)(?:大概|大约|大約|约|約|差不多|差唔多|将近|將近|起码|起碼|至少)?(?:\\d+)(?:粒|片|颗|顆)',
    '# tablets missing',
  ],
  ['差不多|差唔多', 'about'],
  // A threat to hurt others with a weapon, told without naming whom (UK Mental Health Triage Scale A), and the family who
  // cannot hold him back ("攔不住": the potential complement, cannot).
  [
    '(?:说|說|話|话|喊|讲|講)(?:要|会|會)?(?:去)?(?:砍人|杀人|殺人|斬人|劈人|捅人)|(?:说|說|話|话|讲|講)(?:要)?去(?:找|搵)[^，。！？,]{1,6}?(?:算帐|算帳|算賬|算账|報仇|报仇|拼命)',
    'says he will kill the neighbour',
  ],
  ['(?:拦|攔|按|劝|勸|控制|拉|制)(?:不|唔)住', 'we cannot stop him'],
  ['屙(?:咗|左|了)?[^，。！？,]{0,6}?(?:水|肚)|屙水|肚屙', 'watery diarrhoea'],
  ['(?:手脚|手腳|手)(?:都)?(?:凍冰冰|冻冰冰|冰冰凍|冰冰冻|好凍|好冻)', 'cold hands and feet'],
  ['心跳(?:好|很|得好|得很|非常|特别|特別)?(?:快|急)|心(?:好|很)?(?:慌|跳得厉害|跳得厲害)', 'heart racing'],
];

/** A pain told from the chest through to the back. */
const CHEST_TO_BACK =
  '(?:从|從)?(?:前胸|胸口|胸前|胸部|胸)(?:一直|直接)?(?:痛|疼)?(?:到|穿到|窜到|竄到|串到|放射到|连到|連到|痛到|疼到|透到)(?:后背|後背|背部|背后|背後)';

/**
 * What stains lips purple without cyanosis: a fruit, a drink, ink or paint told before them in the sentence (review V27),
 * unless choking or breathing is told beside it (a grape choked on turns a child blue).
 */
const STAINED_BY_FOOD = `(?:${toldAnywhere('(?:噎|卡住|卡在|呛|嗆|喘|呼吸|窒息)')}|(?<!(?:桑葚|桑椹|蓝莓|藍莓|葡萄|火龙果|火龍果|紫薯|杨梅|楊梅|墨水|颜料|顏料|红酒|紅酒|冰棒|雪糕)[^。！？.!?]{0,24}))`;

/**
 * Session 45 (T57): a discriminator told by what is seen, in Mandarin and in Cantonese as it is typed (its negations
 * "冇" and "唔", its "暈低咗"). Collapse with no answer to a call or a tap and hardly any breathing (Resuscitation Council
 * UK: unresponsive, not breathing normally); lips going purple told with a degree ("有点发紫", "开始發紫": any cyanosis is
 * the red flag, NICE NG143); confusion told as talking nonsense or not knowing people (heat stroke, NHS), a hot body left unread (a febrile
 * child's is as hot: review V27); eyesight gone
 * blurry (an eye injury's red flag); tablets missing counted in Chinese numerals.
 */
const TOLD_BY_WHAT_IS_SEEN: ReadonlyArray<readonly [string, string]> = [
  ['(?:暈|晕|昏)(?:低|低咗|低左|低了)', 'collapsed'],
  [
    '叫(?:佢|他|她|極|极|乜)?(?:都|也)?(?:唔應|唔应|不应|不應|冇反應|冇反应|没反应|沒反應|没有反应|沒有反應)',
    'is not responding when we call him',
  ],
  ['(?:拍|摇|搖|推)(?:佢|他|她)?(?:都|也)?(?:冇|没|沒)(?:有)?(?:反應|反应)', 'is not responding even when we tap him'],
  // Barely answering a call (NICE NG143: no response to social cues), a baby's or a toddler's: a child absorbed in a phone
  // or a game who ignores a call is told with it ("在玩手机，叫他也不太理").
  [
    '(?<!(?:玩|手机|手機|游戏|遊戲|电视|電視|平板|打机|打機)[^。！？]{0,12})叫(?:佢|他|她)?(?:都|也)?(?:不太理|不怎么理|不怎麼理|不太有反应|不太有反應|没什么反应|沒什麼反應|冇乜反應|冇咩反應|唔太理|不太应|不太應|反应很差|反應很差|反应很慢|反應很慢)',
    'barely responds when we call him',
  ],
  // No response even to a medicine or an injection ("食咗退燒藥都冇乜反應") is the medicine's, not the person's; a person
  // with no response after one ("打完針之後冇反應") is read (review V27, 17:42 and 18:07).
  [
    '(?<!(?:藥|药|針|针|治療|治疗|療程|疗程)[^，。！？,之后後]{0,4}(?:都|也))冇(?:乜)?(?:反應|反应)',
    'is not responding',
  ],
  [
    '(?:好似|好像|似乎)?(?:冇|没|沒)(?:點|点|乜|什么|什麼|怎么|怎麼)?(?:有)?(?:呼吸|唞氣|抖氣)(?!困难|困難|急促|问题|問題|道)',
    'is barely breathing',
  ],
  [
    `${STAINED_BY_FOOD}(?:嘴唇|口唇|嘴巴|嘴|脸色|臉色|面色)(?:有点|有點|有些|开始|開始|已经|已經|微微|变得|變得|慢慢|都|好)+(?:发紫|發紫|发青|發青|青紫|变紫|變紫|紫紫)`,
    'lips turning blue',
  ],
  // An aortic dissection told by its path and its kind (NICE CKS): from the chest through to the back, tearing.
  [
    `${CHEST_TO_BACK}[，,\\s]*(?:像|好像|好似)?(?:被)?撕(?:裂|开|開)(?:样|樣|一样|一樣|似|般)?(?:的)?(?:剧痛|劇痛|疼痛|疼|痛)?`,
    'tearing pain from the chest through to the back',
  ],
  [CHEST_TO_BACK, 'from the chest through to the back'],
  ['(?:像)?撕裂(?:样|樣|一样|一樣|似|般)(?:的)?(?:剧痛|劇痛|疼痛|疼|痛)?', 'tearing pain'],
  ['说胡话|說胡話|讲胡话|講胡話|胡言乱语|胡言亂語|语无伦次|語無倫次|亂講嘢|乱讲嘢', 'talking nonsense'],
  ['不认人|不認人|认不出人|認不出人|认不得人|認不得人|唔認得人|唔认得人|唔識人', 'does not recognise people'],
  ['(?:看东西|看東西|视力|視力|睇嘢|看什么|看什麼)(?:都)?(?:模糊|矇|朦|蒙)', 'blurred vision'],
  [
    '(?:铁丝|鐵絲|铁片|鐵片|铁屑|鐵屑|碎片|玻璃|钉子|釘子|木屑|石子|碎石)[^，。！？,]{0,4}(?:弹到|彈到|飞到|飛到|飞进|飛進|溅到|濺到|扎到|扎进|扎進|戳到|插到|刺到|射到|彈入|飛入)(?:了)?(?:右|左)?(?:眼睛|眼|眼里|眼裡)',
    'a piece of metal flew into my eye',
  ],
  // Drunk and still rousable, breathing normally: what the confusion beside it is not (NHS alcohol poisoning signs).
  ['喝醉了?|喝多了|饮醉(?:咗)?|飲醉(?:咗)?', 'was drunk'],
  ['叫得醒|叫醒了|叫得應|叫得应', 'can be woken'],
  ['呼吸(?:正常|平稳|平穩|顺畅|順暢)', 'breathing normally'],
  [
    '(?:少了|少咗|不见了|不見了|冇咗)(?:大概|大约|大約|约|約|差不多)?(?:[一二两兩三四五六七八九十几幾]{1,3})(?:粒|片|颗|顆)',
    'several tablets are missing',
  ],
];

/**
 * A baby's age in months told in Chinese numerals and with either script's measure word ("寶寶四個月", "宝宝两个多月"):
 * NICE NG143 weighs a fever by the months, so the count is read as digits; "三个月前" (three months ago) is a time.
 */
const BABY_MONTHS_IN_NUMERALS: ReadonlyArray<readonly [string, string]> = [
  ['一', 1],
  ['两|兩|二', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
  ['十', 10],
  ['十一', 11],
].map(
  ([numeral, months]) =>
    [
      `(?:宝宝|寶寶|婴儿|嬰兒|孩子|bb|囝囝|女女|bb仔|bb女)(?:才|已经|已經|而家|现在|現在)?(?:${numeral})(?:个|個)(?:多|半)?月(?:大)?(?!前|以前|之前|後|后|内|內|來|来)`,
      `baby ${months} months old`,
    ] as const,
);

/**
 * "把", and Cantonese "將" before a medicine or a household liquid (not the future's "將來", "將會", "將要", "即將", and
 * not a box of sweets eaten up: "將成盒朱古力食晒"), before what the verb takes.
 */
const BA =
  '(?:把|(?<!即)(?:将|將)(?!来|來|会|會|要|近)(?=[^，。！？,]{0,12}(?:藥|药|片|粒|丸|膠囊|胶囊|漂白|消毒|[a-z])))';

/**
 * Up to 24 characters between "把" and its verb, a word in Latin letters counted as one ("把整排的 metformin 跟
 * glipizide 全部吃了": a medicine's name is as long as it is), each run of Latin letters taken whole.
 */
const BETWEEN_BA_AND_VERB = '(?:[^，。！？,给給喂餵a-z]|[a-z]+(?![a-z])){1,24}?';

/**
 * "把" puts what was swallowed before the verb ("把药吃了"): read in English order, the verb where "把" stands, up to 24
 * characters before it, since a medicine is often named in Latin letters between them ("把阿嬤的 metformin 吃了"). Read after
 * every other phrase, so a quantity told after "把" ("把一整板…吃了") is read by its own phrase first. A dose given
 * ("把退烧药给他吃了": gave him the medicine) is no ingestion (review V26).
 */
const SWALLOWED_TOLD_WITH_BA: ReadonlyArray<readonly [string, string]> = [
  [`${BA}(?=${BETWEEN_BA_AND_VERB}(?:吃|吞|喝|食)(?:了|掉|咗|晒|落|下去|下))`, 'swallowed'],
  [`(?<=${BA}${BETWEEN_BA_AND_VERB})(?:吃|吞|喝|食)(?:了|掉|咗|晒|落|下去|下)(?:了)?`, ''],
];

/** Chest pain told by its weight (NICE CG95: a heavy, crushing or pressing pain), the way patients say it. */
const CARDIAC_CHEST_PAIN: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:胸口|胸|心口)(?:像|好像|似|如)(?:被)?(?:压着|壓著|压了|壓了|压住|壓住)(?:一块|一塊)?(?:大)?(?:石头|石頭|东西|東西)',
    'heavy pressing chest pain',
  ],
];

/** Head injury red flags (NICE NG232) told plainly; a bump and play are none. */
const HEAD_INJURY: ReadonlyArray<readonly [string, string]> = [
  // A fall from a height is a mechanism of major trauma (MTS); a fall off a bed or a stool is a fall.
  ['从(?:梯子|楼梯|樓梯|高处|高處|树|樹|屋顶|屋頂)上?(?:摔|跌|掉)(?:下来|下來|了下来)', 'had a fall from a height'],
  ['从(?:床|凳子|椅子|沙发|沙發)上?(?:摔|跌|掉)(?:下来|下來|了下来)', 'had a fall'],
  ['头破了|頭破了|头破血流|頭破血流|头(?:磕|摔|撞)破了|頭(?:磕|摔|撞)破了', 'head injury'],
  // A laundry capsule bitten open is a poisoning (poison centres: the concentrated detergent burns the airway).
  [
    '(?:洗衣凝珠|洗衣球|洗衣液|洗涤剂|洗滌劑|洗洁精|洗潔精|清洁剂|清潔劑)[^，。！？,]{0,6}(?:吃了|喝了|吞了|咬破|吃下|喝下)',
    'swallowed laundry detergent',
  ],
  // Session 58 (T109): ... and told verb first, drunk by mistake ("误喝了洗衣液"), as TOXBASE's laundry liquid is.
  [
    '(?:误|誤|不小心)?(?:喝|吞|吃|咬)(?:了|下|破)?(?:一口|几口|幾口|一点|一點|半瓶|一颗|一顆|一个|一個)?(?:洗衣凝珠|洗衣球|洗衣液|洗涤剂|洗滌劑|洗洁精|洗潔精|清洁剂|清潔劑)',
    'swallowed laundry detergent',
  ],
  ['起了(?:个|一个|個|一個)?(?:包|大包)|肿了个包|腫了個包', 'only a bump'],
  ['(?:玩得|玩的)(?:很好|好好的|挺好)|照常玩', 'playing normally'],
  ['头(?:撞|磕|碰|摔)(?:了|到|伤|破)|頭(?:撞|磕|碰|摔)(?:了|到|傷|破)', 'hit his head'],
  ['(?:很|一直|老是|总是|總是)?想睡(?:觉|覺)|嗜睡|昏昏欲睡|叫不太醒', 'very drowsy'],
];

/** A slow riser every morning is no one who cannot be roused. */
const LOSS_OF_CONSCIOUSNESS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:总是|總是|每天|老是|天天|经常|經常|成日|每朝)[^，。！？,]{0,6}(?:叫不醒|叫(?:極|极)?(?:都)?唔醒)|(?:叫不醒|叫(?:極|极|乜)?(?:都)?唔醒)[^。！？]{0,6}(?:赖床|賴床)',
    'is slow to get up in the morning',
  ],
  // Cantonese: fainted, and cannot be woken however hard one calls.
  ['(?:暈|晕|昏)(?:咗|左)', 'fainted'],
  ['叫(?:極|极|乜)?(?:都)?唔醒|拍(?:極|极)?(?:都)?唔醒', 'cannot be woken'],
];

/** A baby's red flags (NICE NG143), Cantonese included: no wet nappy, not feeding, floppy. */
const INFANT_DISTRESS: ReadonlyArray<readonly [string, string]> = [
  ['(?:BB|bb|bb仔|BB仔)', 'baby'],
  [
    '(?:一天|一整天|一日|成日|半天|\\d+(?:个|個)?(?:小时|小時|鐘))(?:都|也)?(?:没|沒|冇)(?:有)?(?:尿|尿尿|小便|湿尿布|濕尿片|濕尿布)',
    'no wet nappy all day',
  ],
  ['唔(?:食|飲)奶|唔肯食奶', 'not feeding'],
  ['軟(?:晒|曬|淋淋|腍腍)|软(?:晒|淋淋)', 'floppy'],
  ['成日(?:瞓|訓)|瞓(?:極|极)都唔醒', 'very drowsy'],
];

/** Bleeding that spurts, a surgical abdomen told by its place and its force. */
const BLEEDING_AND_ABDOMEN: ReadonlyArray<readonly [string, string]> = [
  // A voice lost to a cold is no stroke's lost speech.
  [
    '感冒[^，。！？,]{0,4}(?:嗓子|喉咙|喉嚨|声音|聲音)(?:都)?(?:哑|啞|沙哑|沙啞)(?:了)?(?:[，,]?说话(?:费劲|費勁|困难|困難))?',
    'has lost her voice from a cold',
  ],
  // Iron tablets turn the stool black (NHS): black stools told after them are the medicine's, not a bleed's.
  [
    '(?:吃了?|服用了?|在吃)(?:铁剂|鐵劑|补铁药|補鐵藥|铁片|鐵片|硫酸亚铁|硫酸亞鐵|琥珀酸亚铁|补铁|補鐵)(?:以后|以後|之后|之後)',
    'after taking iron tablets',
  ],
  // A child into iron tablets is a poisoning (poison centres: iron is among the most dangerous in overdose).
  ['(?:偷吃|误吃|誤吃|吃)了?[^，。！？,]{0,6}(?:铁片|鐵片|铁剂|鐵劑|补铁药|補鐵藥)', 'swallowed iron tablets'],
  ['大概(?:\\d+|[一二三四五六七八九十几]+)片', 'about 15 tablets'],
  // Not the styptic spray ("止血喷雾") that stopped it.
  ['止血(?:喷雾|噴霧|贴|貼|药|藥|粉|带|帶)', 'a styptic spray'],
  ['(?<!止)血(?:一直|不停地?)?(?:往外|向外)?(?:喷|噴|飙|飆|涌|湧)(?!雾|霧)(?:出来|出來|出)?', 'blood spurting'],
  [
    '右下腹(?:部)?(?:痛|疼)(?:得)?(?:厉害|厲害|要命|受不了|很剧烈|很劇烈)|右下腹(?:部)?(?:剧痛|劇痛|剧烈疼痛|劇烈疼痛)',
    'severe pain in the lower right abdomen',
  ],
];

/**
 * Chinese typed with a space between its words, as a voice transcript or a learner's keyboard writes it ("我 爸爸 突然
 * 说话 不清楚"): read as the unspaced text its phrases are written for, whose words it keeps.
 */
function withoutSpacesBetweenCharacters(folded: string): string {
  return folded.replace(/(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu, '');
}

/**
 * Chinese, simplified and traditional. Written without spaces, so its phrases are found anywhere in the
 * text; a negation is part of the phrase it negates ("没有发烧": no fever) so it never reaches further.
 */
export const CHINESE: LanguageLexicon = {
  language: 'Chinese',
  script: 'han',
  respelled: withoutSpacesBetweenCharacters,
  phrases: [
    ...CHINESE_ALARM_WORDS_IN_IDIOMS,
    ...CHINESE_NOBODY_ILL_NOW,
    ...CANTONESE_FACE_LIMB_AND_SPEECH,
    ...CANTONESE_EVERYDAY_PHRASES,
    ...CHINESE_FAREWELL_AND_ITS_MEANS,
    ...CHINESE_CHOKING_OBJECT_TOLD_OUT,
    ...CHINESE_DIGOXIN,
    ...CHINESE_END_TO_EVERYTHING,
    ...CHINESE_PILLS_TOLD_BY_THEIR_COUNT,
    ...CHINESE_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    // "不小心" (by accident) holds a "不" that negates nothing after it: read before the grammar reads "不" as "no".
    // Only before a swallowing: a cut "不小心" is read by the self-harm phrase that names it as no self-harm.
    ['(?:不小心|唔小心)(?=[^，。！？,]{0,8}(?:把|将|將|吃|喝|吞|食|误|誤))', 'accidentally'],
    ...BABY_MONTHS_IN_NUMERALS,
    ...GRAMMAR,
    ...CHINESE_STROKE_AND_LIMB,
    ...CHINESE_HEAD_KNOCK_AND_WAKING,
    ...CHINESE_SEIZURES_FLIGHT_AND_FAREWELL,
    ...TOLD_BY_WHAT_IS_SEEN,
    ...CLINICAL_NOTE,
    ...CARDIAC_CHEST_PAIN,
    ...HEAD_INJURY,
    ...LOSS_OF_CONSCIOUSNESS,
    ...INFANT_DISTRESS,
    ...BLEEDING_AND_ABDOMEN,
    ...CHINESE_INTENT_AND_CRISIS.phrases,
    ...CHINESE_SELF_HARM_AND_POISONING.phrases,
    // A temperature is a young infant's only when told of the infant (NICE: under 3 months with 38 °C or more). The
    // writer's own fever told beside the baby's age ("may I breastfeed with my fever?") and the bath water's warmth are
    // read as what they are, so the baby's age never meets them as the baby's fever.
    ['我(?:自己)?(?:也)?(?:在)?(?:发烧|發燒|发热|發熱)(?:了)?(?:\\d+(?:\\.\\d)?度\\d?)?', 'i am unwell myself'],
    ['(?:还|還)?能(?:喂奶|餵奶|喂母乳|餵母乳)', 'can i breastfeed'],
    // Session 39: burns read by their parts (NHS burns and scalds; British Burn Association referral): how it burned (a
    // scald from boiling water, soup, congee or oil, a flame, a fire, an electric shock, a chemical), what it did (the
    // skin blistered, came off, charred) and where (face, hands, feet, a large area, a whole limb); Cantonese "淥親" (scalded)
    // and "起晒水泡" (blistered all over). A sunburn, a tongue burnt on soup and burnt rice are read as what they are first.
    ['晒伤|曬傷|晒脱皮|曬脫皮|晒红|曬紅', 'sunburn'],
    [
      '(?:舌头|舌頭|嘴巴|嘴)(?:被)?(?:烫|燙)(?:到|了|伤|傷)?|(?:烫|燙)(?:到|了|伤|傷)?(?:了)?(?:舌头|舌頭)',
      'burned my tongue on soup',
    ],
    [
      '(?:饭|飯|菜|锅底|鍋底|锅|鍋|面包|麵包|肉|蛋糕|饼|餅|粥)(?:都|又|有点|有點)?(?:烧焦|燒焦|烧糊|燒糊|糊)(?:了)?',
      'the food was overcooked',
    ],
    [
      '(?:房子|家里|家裡|屋企|屋子|屋|楼里|樓裡|厨房|廚房|车|車)(?:里|裡)?(?:着火|著火|起火|失火|火灾|火災)(?:了)?|火灾|火災',
      'there was a house fire',
    ],
    // Smoke breathed in a fire, never the smoking of a cigarette ("吸了很多烟" alone is smoking): a fire is told too.
    [
      '(?:(?<=火[\\s\\S]*)|(?=[\\s\\S]*火))(?:吸|吸入|吸进|吸進|呛|嗆)(?:了)?(?:很多|好多|大量的?)?(?:浓烟|濃煙|烟|煙)',
      'inhaled a lot of smoke',
    ],
    ['(?:声音|聲音|嗓子|喉咙|喉嚨)(?:都|也)?(?:沙哑|沙啞|哑|啞)(?:了)?|(?:声|聲)沙', 'hoarse voice'],
    [
      '(?:开水|開水|热水|熱水|滚水|滾水|沸水|热汤|熱湯|热粥|熱粥|热油|熱油|滚油|滾油|热茶|熱茶)(?:都)?(?:淋|泼|潑|洒|灑|倒|浇|澆|溅|濺)(?:到|在|了)',
      'boiling water spilled on him',
    ],
    [
      '(?:被|俾|给|給)?(?:开水|開水|热水|熱水|滚水|滾水|热汤|熱湯|汤|湯|热粥|熱粥|热油|熱油|油锅|油鍋|油|热茶|熱茶|火)?(?:烫伤|燙傷|烫到|燙到|烫着|燙著|烫了|燙了|淥親|淥傷|辣親|焫親|烧伤|燒傷|灼伤|灼傷|烧到|燒到|炸伤|炸傷)',
      'burned',
    ],
    ['(?:油锅|油鍋|锅|鍋|衣服|头发|頭髮)(?:里|裡)?(?:着火|著火|起火)(?:了)?|(?:着火|著火)', 'caught fire'],
    // A tingle from a charger ("被电了一下", "电到一下") is no shock from the mains.
    ['(?:被)?(?:电|電)(?:到)?(?:了)?一下', 'a small static tingle'],
    // "被他电到了" (smitten by him), "触电的感觉" (a thrill): the idiom, told of a person or beside love.
    [
      `(?:被)?(?:他|她|你)(?:电到|電到)(?:了)?|${BESIDE_LOVE}(?:被)?(?:电到|電到|触电|觸電)(?:了|的感觉|的感覺)?`,
      'i was smitten',
    ],
    ['(?:被)?(?:电击|電擊|触电|觸電|电到|電到)(?:了)?', 'electric shock'],
    ['烧焦|燒焦|焦黑|烧黑|燒黑', 'charred'],
    ['伤口|傷口', 'wound'],
    ['起晒(?:水)?泡|(?:一|好)?(?:大片|片)(?:的)?(?:水泡|水疱)|(?:水泡|水疱)', 'blisters'],
    ['(?:皮肤|皮膚|皮)(?:都|全)?(?:掉|脱|脫|烂|爛|破|翻)(?:了|下来|下來|晒)', 'skin peeling off'],
    ['(?:一|好)?大片|大面积|大面積|成片', 'a large area'],
    ['(?:成|整)(?:只|隻|条|條|个|個)(?:手臂|手|胳膊)', 'the whole arm'],
    ['(?:成|整)(?:只|隻|条|條|个|個)(?:腿|脚|腳)', 'the whole leg'],
    ['脸色(?:苍白|蒼白|发白|發白|煞白)|臉色(?:蒼白|發白|煞白)|面色(?:苍白|蒼白|发白|發白)|面青(?:口唇白)?', 'pale'],
    ['(?:手脚|手腳)(?:都)?(?:冰冷|冰凉|冰涼|发冷|發冷)', 'cold hands and feet'],
    // Session 39: a goodbye is a warning (Samaritans) unless it is a parting: a colleague leaving, a move, a graduation.
    [
      '(?:离职|離職|辞职|辭職|出国|出國|回国|回國|搬家|毕业|畢業|欢送|歡送|送别|送別|出差|留学|留學|退休|调走|調走)[^。！？]{0,20}?(?:告别|告別|道别|道別|说了再见|說了再見)|(?:告别|告別|道别|道別|说了再见|說了再見)(?=[^。！？]{0,20}(?:离职|離職|辞职|辭職|出国|出國|搬家|毕业|畢業|欢送|歡送|退休|调走|調走))',
      'said farewell to a colleague who is leaving',
    ],
    [
      `${BESIDE_A_GOODBYE}(?:(?:电话|電話)(?:也|就|都|一直|还是|還是|再也)?(?:打不通|不接|没人接|沒人接)|(?:联系|聯繫|联络|聯絡)不上|(?:不回|没回|沒回)(?:信息|消息|微信))`,
      'is not answering his phone',
    ],
    [
      '(?:电话|電話)(?:也)?(?:打不通|不接|没人接|沒人接)|(?:联系|聯繫|联络|聯絡)不上|(?:不回|没回|沒回)(?:信息|消息|微信)',
      'missed my call',
    ],
    ['对不起(?:大家|所有人)|對不起(?:大家|所有人)', 'sorry to everyone'],
    // A goodbye told with where the person then went (to work, home, to school) is an ordinary parting.
    [
      '(?:说了再见|說了再見|道别|道別|告别|告別)(?:就|后|後|以后|之后|之後)?(?:去|回|出门|出門)(?:上班|上学|上學|家|公司|学校|學校|睡觉|睡覺)?(?:了)?',
      'said bye and went to work',
    ],
    // A chemical thrown or splashed on the skin (acid, lye, bleach): a chemical burn, unless it went into the eye.
    [
      '(?:硫酸|盐酸|鹽酸|强酸|強酸|强碱|強鹼|烧碱|燒鹼|石灰|漂白水|漂白剂|漂白劑|通渠水|通渠剂|洁厕灵|潔廁靈|化学品|化學品)(?:被)?(?:泼|潑|溅|濺|洒|灑|淋|倒)(?:到|在|了)(?![^，。,]{0,3}眼)|(?:被)?(?:硫酸|盐酸|鹽酸|强酸|強酸|强碱|強鹼|烧碱|燒鹼)(?:泼|潑)',
      'acid splash',
    ],
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    [
      '(?:吞|吞下|吞咗|吃|误吞|誤吞|咽|吃下)(?:了|下去了|下去|咗)?(?:一|1)?(?:颗|顆|粒|个|個|块|塊)?(?:纽扣|鈕扣|钮扣|扣式|扣)?(?:电池|電池)|把[^，。,]{0,10}(?:电池|電池)(?:吞|吃|咽)',
      'swallowed a button battery',
    ],
    // The clinician's note: a child patient, a medicine swallowed by mistake, a count of tablets; a mottled, limp infant.
    ['患儿|患兒', 'child patient'],
    ['误服|誤服|误食|誤食', 'swallowed by mistake'],
    ['(?:约|約|大约|大約)(?:\\d+)(?:片|粒)', 'about # tablets'],
    ['(?:皮肤|皮膚)(?:发花|發花|花斑|有花纹|有花紋)|花斑', 'mottled skin'],
    ['(?:很|好|特别|特別)?蔫(?:蔫的|了)?|没精神|沒精神|精神(?:很|好)?差', 'lethargic'],
    // Cantonese: not wanting to live on, taking them all tonight; charcoal burning, a method told by its name.
    ['唔想(?:再)?(?:生存|活)(?:落去|下去)?|唔想再(?:做人|生存)', 'i do not want to live anymore'],
    ['(?:今晚|今日|今天)(?:想|要|就)?(?:食晒|食埋|吞晒|吃光)', 'i will take them all tonight'],
    // Charcoal lit for a barbecue or a hotpot is cooking, not a shut room filled with its fumes.
    ['(?:烧炭|燒炭)(?!烤|烧烤|燒烤|火锅|火鍋)', 'burning charcoal to kill myself'],
    // Session 39: breathing too hard to finish a sentence, an infant's ribs drawn in, nostrils flaring (NICE NG143);
    // Cantonese "抖唔到氣" (cannot catch breath) and "講唔到嘢" (cannot speak).
    // Session 58 (T109): breathing told hard, not fast ("呼吸困难"), is the difficulty itself (BTS/SIGN, Resuscitation
    // Council anaphylaxis); a denial before it is read by the modifiers.
    ['呼吸(?:很|好|特别|特別|非常)?(?:困难|困難)', 'difficulty breathing'],
    ['呼吸(?:很|好|特别|特別|非常)?(?:急促|急|快)', 'breathing fast'],
    [
      '(?:一句话|一句話|一句完整的话|整句话|整句話)(?:都|也)?(?:说不完|說不完|说不完整|說不完整|说不出来|說不出來|讲不完|講不完)|说不完一句话|說不完一句話|講唔到嘢|讲唔到嘢|講唔到說話',
      'cannot finish a sentence',
    ],
    // Session 58 (T109): speech left unfinished told without "a sentence" ("话都说不完整"), beside a breath told anywhere:
    // a toddler who cannot yet speak in full sentences is learning to talk, not short of breath (BTS/SIGN asthma).
    [
      `(?:说话|說話|讲话|講話|话|話)(?:都|也)?(?:说不完整|說不完整|说不全|說不全|讲不完整|講不完整|说不连贯|說不連貫|断断续续|斷斷續續)${toldAnywhere('(?:呼吸(?:很|好|特别|特別|非常)?(?:困难|困難|急促|费力|費力)|喘不|透不过气|透不過氣|上不来气|上不來氣|憋气|憋氣|气促|氣促|气短|氣短|哮喘|气喘|氣喘|抖唔到氣)')}${toldNowhere('(?:学说话|學說話|学讲话|學講話|口吃|结巴|結巴|紧张|緊張|演讲|演講)')}`,
      'cannot finish a sentence',
    ],
    [
      '肋骨(?:间|間|那里|那裡)?(?:凹|陷|吸)(?:进去|進去|下去|陷)?|胸(?:口|骨)?(?:凹陷|凹进去|凹進去)|三凹',
      'ribs sucking in',
    ],
    ['鼻翼(?:扇动|扇動|一扇一扇|煽动|煽動)', 'nostrils flaring'],
    ['(?:抖|唞|透)唔(?:到|切)氣|唔夠氣', 'cannot breathe'],
    // Shock after fluid loss: pale, cold, faint on standing (NICE sepsis / NHS dehydration red flags).
    ['拉肚子|腹泻|腹瀉|肚泻|肚瀉|屙肚|拉稀', 'diarrhoea'],
    ['(?:一)?(?:站起来|站起來|站|起身)(?:就|便)?(?:眼前)?(?:晕|暈|头晕|頭暈|发黑|發黑)', 'dizzy when standing'],
    // Once, and the child lively and drinking after: the well child (NICE traffic light).
    ['(?:又吐又拉|上吐下泻|上吐下瀉)(?:了)?(?:一次|一回|一下)', 'vomited once'],
    ['又吐又拉|上吐下泻|上吐下瀉', 'vomiting and diarrhoea'],
    ['精神(?:很|挺|还|還|也)?(?:好|不错|不錯)', 'lively and playing'],
    // A belly in agony and rigid (peritonism): rolling with pain, hard as a stone.
    ['(?:疼|痛)(?:得|到)(?:打滚|打滾|满地打滚|滿地打滾|直打滚|在地上滚)', 'severe pain rolling around'],
    // The belly is what is hard: stool or bread "hard as a stone" is no rigid abdomen.
    [
      '(?:肚子|腹部|肚皮|小腹|上腹|下腹)(?:也|都|还|還)?(?:变得|變得)?硬(?:得)?(?:像|似)(?:石头|石頭|木板|板)(?:一样|一樣)?',
      'abdomen rigid like a board',
    ],
    ['还吐了|還吐了|又吐了', 'vomiting'],
    // Voices that command harm (a psychosis with danger).
    ['(?:听到|聽到|听见|聽見)(?:有)?(?:声音|聲音|人声|人聲|有人说话|有人說話)', 'hears voices'],
    ['(?:叫|让|讓|命令)(?:他|她|我)(?:去)?(?:杀|殺)(?:人|掉)?', 'telling him to kill'],
    // A young infant's age in weeks told in Chinese numerals, and a temperature with its degree sign (NICE: under 3 months).
    ['(?:[一二三四五六七八九两兩]|十[一二]?)(?:周|週|个星期|個星期)(?:大|的宝宝|的寶寶|的婴儿|的嬰兒)', '2 weeks old'],
    // A temperature told after the fever it is of: a bath or a room at 38 degrees is no one's temperature.
    ['(?<=(?:发烧|發燒|发热|發熱|体温|體溫|烧到|燒到|烧|燒)[^，。,]{0,3})(?:\\d+(?:\\.\\d)?)(?:度|℃)', '# degrees'],
    // A count told with how often it is taken is a dose as prescribed, not a count swallowed at once.
    [
      '(?:每天|每日|一天|一日|每次|每晚|每早)[^，。,]{0,3}(?:吃|服|用)(?:[一二两兩三]|\\d)(?:片|粒|颗|顆)',
      'take the usual dose every day',
    ],
    // Session 37: alcohol withdrawal (stopped drinking, shaking, seeing what is not there).
    ['戒酒|停(?:止)?喝酒|不喝酒了', 'stopped drinking alcohol'],
    ['手(?:一直|不停|直)?(?:抖|发抖|發抖|哆嗦)', 'hands shaking'],
    [
      '看到[^，。,]{0,10}(?:虫子|蟲子|东西|東西|人)[^，。,]{0,8}(?:爬|在动|在動)|幻觉|幻覺',
      'seeing things that are not there',
    ],
    // Session 38: suicidal intent and self-harm read by their parts (NHS 111 / Samaritans: a wish to die, a plan, the
    // means, a goodbye, self-harm done), and the kinds beside them. "想死" with a person after it is missing someone
    // ("想死你了": I miss you to death), and a suicide inside a film, a series, a novel or the news is a story.
    ['想死(?:你|您|他|她|你们|你們|我)(?:了|啦)?', 'i miss you so much'],
    [
      '(?:电影|電影|电视剧|電視劇|剧里|劇裡|剧中|劇中|小说|小說|新闻|新聞|动漫|動漫|漫画|漫畫|主角|角色|男主|女主)[^，。,.!?！？]{0,12}?(?:自杀|自殺|轻生|輕生|跳楼|跳樓)(?:了|死了|身亡)?',
      'in the film a character killed himself',
    ],
    [
      '结束(?:自己的?|我的)?(?:生命|性命)|結束(?:自己的?|我的)?(?:生命|性命)|了结自己|了結自己|一了百了',
      'i want to end my life',
    ],
    ['(?:没有|沒有|少了)我[^，。,.!?]{0,4}(?:会|會)?更好', 'everyone would be better off without me'],
    ['(?:说|說)(?:要|想)(?:去)?死|(?:要|想)去死', 'says he wants to die'],
    // Told laughing or as a joke (哈哈, 开玩笑的, 开个玩笑) it is the idiom of exasperation; "别以为我在开玩笑" or "我不是开玩笑的"
    // (don't think I'm joking) says the opposite, so a joke is read only where no 别, 不 or 没 comes just before it.
    [
      '(?<!(?:哈哈|hhh|笑死|(?<!(?:别|別|不|没|沒)[^，。,]{0,4})(?:开玩笑的|開玩笑的|开个玩笑|開個玩笑|开玩笑啦|開玩笑啦|开玩笑哈|開玩笑哈|开玩笑而已|開玩笑而已|开玩笑嘛|開玩笑嘛|只是开玩笑|只是開玩笑))[\\s\\S]*)(?:(?:不如|还不如|還不如|干脆|乾脆)死了算了|活着(?:没意思|沒意思|没有意思|没意义|沒意義))(?![\\s\\S]*(?:哈哈|hhh|笑死|(?<!(?:别|別|不|没|沒)[^，。,]{0,4})(?:开玩笑的|開玩笑的|开个玩笑|開個玩笑|开玩笑啦|開玩笑啦|开玩笑哈|開玩笑哈|开玩笑而已|開玩笑而已|开玩笑嘛|開玩笑嘛|只是开玩笑|只是開玩笑)))',
      'i want to die',
    ],
    [
      '(?<!不小心[^，。,]{0,4})(?:用|拿)(?:刀片|美工刀|玻璃|碎玻璃)(?:划|劃|割)(?:了)?(?:自己|自已)(?![^。！？]{0,15}(?:不小心|不是故意))',
      'cut herself with a razor on purpose',
    ],
    [
      '(?:喝|吞|吃)(?:了)?(?:一口|几口|幾口|一点|一點|半瓶)?(?:84消毒液|消毒液|漂白水|洁厕灵|潔廁靈|农药|農藥|老鼠药|老鼠藥|敌敌畏)|把(?:84消毒液|消毒液|漂白水|洁厕灵|潔廁靈|农药|農藥|老鼠药|老鼠藥)[^，。,]{0,4}(?:喝|吃|吞)',
      'drank bleach',
    ],
    // Cutting one's own arm or wrist, told with what cut it; an accident ("不小心") is not self-harm.
    [
      '(?<!(?:不小心|切菜|做饭|做菜|削|拆快递|拆快遞)[^，。,]{0,6})(?:用|拿)?(?:刀片|刀|美工刀|剪刀|玻璃)?(?:划|劃|割|刮)(?:了|伤|傷)?(?:自己|自已)(?:的)?(?:手腕|手臂|胳膊|胳臂|手|腿|大腿|身体|身體)(?![^。！？]{0,15}(?:不小心|不是故意))',
      'cut her own arm with a knife',
    ],
    // A count of tablets of ten or more, or a whole strip, pack or bottle, of a medicine (poison-centre advice): a
    // bottle of water or a dozen crisps is no poisoning, so a medicine follows.
    [
      '(?:吃|吞|服|喝)(?:了|下|掉)?(?:[二两三四五六七八九]?十[一二三四五六七八九]?|几十|幾十|十几|十幾|好几十|\\d{2,}|一大把|一把|一整瓶|整瓶|一瓶|半瓶|一整板|整板|一板|一盒|整盒|一整盒)(?:片|粒|颗|顆)?(?=[^，。,]{0,6}(?:药|藥|胶囊|膠囊|安定|扑热息痛|撲熱息痛|布洛芬|对乙酰氨基酚|泰诺|阿司匹林))',
      'swallowed a whole pack of pills',
    ],
    [
      '把(?:一整板|整板|一板|一整瓶|整瓶|一瓶|半瓶|一整盒|整盒|一盒|一大把|一把|所有的?|全部的?)(?=[^，。,]{0,8}(?:药|藥|胶囊|膠囊|片)[^，。,]{0,4}(?:吃|喝|吞))',
      'swallowed a whole pack of pills',
    ],
    // Pills saved up (the means gathered), whatever follows the verb: read before the pills' own name. A supply stocked
    // for a journey or kept in reserve is told with a travel or reserve word (出国, 出差, 备用, 飞机, 药房), never by a
    // span of months alone: "这几个月把安眠药都攒够了" is how a hoard is told.
    // Taking them all tonight is the plan, read by itself even where the hoard stands down; a pill is told somewhere.
    [
      '(?:今晚|今夜|今天晚上|今天)(?:就)?(?:把(?:它们|它們|药|藥|安眠药|安眠藥)?)?(?:全部|全都|全|都)(?:吃掉|吞掉|吞了|吞下去|吞下|(?:吃了|吃下去)(?=[，。,.!?！？]|$))(?<=(?:药|藥|片|粒|胶囊|膠囊)[\\s\\S]*)|(?:今晚|今夜|今天晚上|今天)(?:就)?(?:把(?:它们|它們|药|藥|安眠药|安眠藥)?)?(?:全部|全都|全|都)(?:吃掉|吞掉|吞了|吞下去|吞下|(?:吃了|吃下去)(?=[，。,.!?！？]|$))(?=[\\s\\S]*(?:药|藥|片|粒|胶囊|膠囊))',
      'i will take them all tonight',
    ],
    [
      '(?<!(?:出国|出國|回国|回國|旅行|旅游|旅遊|出差|备用|備用|飞机|飛機|行李|托运|托運|药房|藥房|海关|海關|留学|留學)[\\s\\S]*)(?:安眠药|安眠藥|药片|藥片|药|藥)(?:都|全|全部|已经|已經)*(?:(?:攒|攢|囤)(?:够|夠|好|齐|齊|起来|起來|下来|下來|着|著)?|存(?:够|夠|齐|齊|起来|起來|下来|下來))了?(?![\\s\\S]*(?:出国|出國|回国|回國|旅行|旅游|旅遊|出差|备用|備用|飞机|飛機|行李|托运|托運|药房|藥房|海关|海關|留学|留學))',
      'i have saved up the pills to take them all tonight',
    ],
    ['安眠药|安眠藥|助眠药|助眠藥', 'sleeping pills'],
    ['退烧药|退燒藥', 'fever medicine'],
    // Danger in a psychosis: someone wants to harm or kill him, nights without sleep, a knife in hand.
    [
      '(?<!(?:游戏|遊戲|梦|夢|电影|電影)[^，。,]{0,6})有人(?:要|想)(?:害|杀|殺|追杀|追殺)(?:他|她|我)(?![^，。,]{0,6}(?:游戏|遊戲|梦|夢|电影|電影))',
      'says people want to kill him',
    ],
    ['(?:几|幾|好几|好幾|[两三四五六七]|\\d+)天(?:都)?(?:没|沒)(?:有)?睡(?:觉|覺)?', 'has not slept for days'],
    ['(?:拿着|拿著|拿了|拿起|抄起|揸住|攞住|举着|舉著|挥着|揮著|手里拿着|手裡拿著)(?:刀|菜刀|刀子)', 'holding a knife'],
    // A chemical in the eye (toilet cleaner, bleach, lime, caustic): irrigate and come now.
    [
      '(?:眼睛|眼里|眼裡|眼)(?:里|裡)?(?:溅|濺|进|進|掉|弄|喷|噴)(?:进|進|到|入)?(?:了)?[^，。,]{0,3}(?:洁厕灵|潔廁靈|84|消毒液|漂白水|漂白剂|漂白劑|清洁剂|清潔劑|石灰|碱|鹼|硫酸|盐酸|鹽酸|强酸|強酸|通渠剂|疏通剂)|(?:洁厕灵|潔廁靈|84消毒液|消毒液|漂白水|漂白剂|清洁剂|清潔劑|石灰|硫酸|盐酸|鹽酸)[^，。,]{0,3}(?:溅|濺|进|進|弄|喷|噴)(?:进|進|到|入)?(?:了)?(?:眼睛|眼里|眼裡|眼)',
      'bleach splashed in the eye',
    ],
    // Cauda equina: back pain with weak legs and urine that will not come or cannot be held.
    ['腰(?:部)?(?:痛|疼)得?(?:很厉害|厉害|很|受不了)', 'severe lower back pain'],
    ['腰(?:部)?(?:痛|疼)', 'lower back pain'],
    ['(?:两条|兩條|双|雙|两|兩)(?:腿|脚|腳)(?:都)?(?:没力气|沒力氣|无力|無力|发软|發軟|没劲|沒勁)', 'both legs weak'],
    [
      '小便解不出(?:来|來)?|尿不出(?:来|來)?|排不出尿|解不出小便|(?:大小便|小便|大便)失禁|控制不住(?:大小便|小便|大便)',
      'cannot pass urine',
    ],
    // Hypothermia: out in the cold for a night, the whole body ice cold.
    ['(?:在外面)?冻了一(?:夜|晚|整夜|整晚)|冻僵|凍僵|失温|失溫', 'out in the cold all night'],
    ['(?:浑身|渾身|全身|身体|身體|身上)(?:都)?(?:冰凉|冰涼|冰冷|冰冰的)', 'whole body ice cold'],
    // A fall onto the head (head-injury red flags follow: vomiting, drowsiness).
    [
      '(?:摔|掉|跌)(?:下来|下來|倒)?[^，。,]{0,3}(?:头|頭|后脑勺|後腦勺|后脑|後腦)(?:先)?着地|(?:头|頭)(?:先)?着地',
      'fell and hit his head',
    ],
    // The clinician's note: crushing retrosternal pain with sweating.
    [
      '胸骨后(?:压榨性|壓榨性|压迫性|壓迫性|紧缩性|緊縮性)?(?:疼痛|痛)|(?:压榨性|壓榨性)(?:胸痛|疼痛)',
      'pressing central chest pain',
    ],
    // Woken only with difficulty: more than sleepy (hypothermia, a head injury).
    ['叫不太醒|很难叫醒|很難叫醒', 'hard to wake'],
    ['伴(?:有)?(?:大汗|出汗|冷汗|大汗淋漓)|大汗淋漓', 'with sweating'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    ['(?:\\d+|[一二三四五六七八九十两几]+)年前|去年|前年', 'years ago'],
    ['头撞到(?:地上|墙上|了)?|撞到(?:了)?头|摔到(?:了)?头', 'hit his head'],
    ['吐了(?:两|三|四|几|好几|\\d+)次', 'vomited twice'],
    ['一直想睡|总想睡|很嗜睡|叫不太醒', 'keeps wanting to sleep'],
    // The milk told first, then its refusal ("奶也不喝", Cantonese "奶都唔飲").
    ['不肯吃奶|不吃奶|吃不下奶|奶(?:也|都)?(?:不喝|不吃|不肯喝|不肯吃|唔飲|唔食|冇飲|没喝|沒喝|喝不下)', 'not feeding'],
    ['软绵绵|软塌塌', 'floppy'],
    // An infant's age read with its own number: "10个月" was read as two months, a 10-month-old's fever as a young infant's.
    ['(?:宝宝|婴儿|孩子)(?:才)?(?:\\d+)个月', 'baby # months old'],
    ['(?:宝宝|婴儿|孩子)(?:才)?(?:一|两|二|三)个月', 'baby 2 months old'],
    // Session 37: a young infant's age told in days or weeks from birth ("出生才20天", "满月前", "20天大"), never a
    // duration ("发烧3天了"): NICE's red, under 3 months with 38 °C or more.
    ['(?:出生|生下来|刚出生|刚生)(?:才|刚|刚刚|了)?(?:\\d+)(?:天|日)', '# days old'],
    ['(?:出生|生下来|刚出生|刚生)(?:才|刚|刚刚|了)?(?:\\d+)(?:周|週|个星期|個星期)', '# weeks old'],
    [
      '(?:出生|生下来|刚出生|刚生)(?:才|刚|刚刚|了)?(?:[一二三四五六七八九十两]+)(?:天|日|周|週|个星期|個星期)',
      '2 weeks old',
    ],
    ['(?:\\d+)(?:天|日)(?:大|的宝宝|的婴儿|的新生儿)', '# days old'],
    ['(?:\\d+)(?:周|週|个星期)(?:大|的宝宝|的婴儿|的新生儿)', '# weeks old'],
    // A grandparent's medicine told as whose it is ("奶奶的降压药"), so the English reads whose pills the child took.
    ['(?:奶奶|外婆|姥姥)的', "grandmother's"],
    ['(?:爷爷|外公|姥爷)的', "grandfather's"],
    // A snake's bite (poison-centre advice: every snakebite is seen now).
    ['被(?:毒)?蛇咬|(?:毒)?蛇咬(?:伤|傷|了)', 'bitten by a snake'],
    // A child who swallowed a grown-up's medicine, a count of tablets, or by mistake: a poisoning (a child's own cold
    // medicine is a dose). The child is told just before, the medicine just after.
    [
      '(?<=(?:孩子|宝宝|儿子|女儿|小孩|孙子|孙女|娃)(?:不小心|偷偷|自己)?)(?:吃了|吞了|误食了?|误吃了?|偷吃了?)(?=[^，。,]{0,10}(?:奶奶|外婆|姥姥|爷爷|外公|姥爷|妈妈|爸爸|大人)[^，。,]{0,6}(?:药|藥|胶囊|膠囊))|(?<=(?:孩子|宝宝|儿子|女儿|小孩|孙子|孙女|娃)(?:不小心|偷偷))(?:吃了|吞了)(?=[^，。,]{0,10}(?:药|藥|胶囊|膠囊))',
      'swallowed',
    ],
    // Heartache told with its cause, a break-up: grief, but only a bare "my heart hurts". A cause told beside a symptom
    // never deletes it: a character (pressing, squeezing), a spread to shoulder, back, arm or jaw, a duration, a pain
    // that will not ease or a companion finding anywhere in the message keeps the chest pain (NICE CG95).
    [
      '(?:失恋|失戀|分手)(?:了|以后|之后|後)?[^。！？]{0,8}?(?:心|胸口|心口)(?:好|很|特别|特別|真的)?(?:痛|疼|难受|難受)(?<!(?:压着|壓著|压迫|壓迫|压得|壓得|发紧|發緊|紧绷|緊繃|揪紧|揪緊|绞痛|絞痛|挤压|擠壓|石头|石頭|肩|后背|後背|背部|背痛|背疼|臂|胳膊|下巴|下颌|下頜|脖子|放射|蔓延|分钟|分鐘|小时|小時|缓解|緩解|越来越|越來越|持续|持續|出汗|冷汗|大汗|喘|呼吸|气短|氣短|憋|晕|暈|恶心|噁心|想吐|呕吐|嘔吐|心慌|心悸|发白|發白|发紫|發紫)[\\s\\S]*)(?![\\s\\S]*(?:压着|壓著|压迫|壓迫|压得|壓得|发紧|發緊|紧绷|緊繃|揪紧|揪緊|绞痛|絞痛|挤压|擠壓|石头|石頭|肩|后背|後背|背部|背痛|背疼|臂|胳膊|下巴|下颌|下頜|脖子|放射|蔓延|分钟|分鐘|小时|小時|缓解|緩解|越来越|越來越|持续|持續|出汗|冷汗|大汗|喘|呼吸|气短|氣短|憋|晕|暈|恶心|噁心|想吐|呕吐|嘔吐|心慌|心悸|发白|發白|发紫|發紫))',
      'i feel heartbroken',
    ],

    ['攒了?[^，。,.!?]{0,6}(?:安眠药|药片|药)', 'i have saved up the pills to take them all tonight'],
    ['(?:打算|准备|要)(?:今晚|今天)?(?:把药)?(?:全部|全都|全)(?:吃掉|吞掉|吞下)', 'i will kill myself tonight'],
    ['(?:说|要|打算)[^，。,.!?]{0,6}(?:从楼上|从楼顶|从桥上|从天台)跳下去', 'he says he will kill himself tonight'],
    ['喝(?:了)?(?:一口|一点|些)?(?:百草枯|除草剂|农药|敌敌畏|杀虫剂)|(?:百草枯|除草剂|敌敌畏)', 'drank pesticide'],
    [
      '(?:抽搐|痉挛|惊厥|抽风|抽)(?:了|着)?(?:有)?(?:快|超过|差不多|将近|大概)?(?:\\d+|[一二三四五六七八九十两半]+)(?:多)?分钟',
      'seizing for more than five minutes',
    ],
    ['(?:一直|还在|不停地?)(?:抽搐|抽风)|(?:抽搐|抽风)(?:个)?不停|抽个不停', 'seizure that will not stop'],
    [
      '血(?:一直|不停地?|哗哗地?)(?:在)?(?:流|冒|喷|往外冒|往外流)|血(?:喷|涌|飙)(?:出来|出)?|血[^，。,.!?]{0,6}(?:止不住|止不了|停不下来|按不住)',
      'the bleeding will not stop',
    ],
    // Session 52 (T82): Cantonese "no bleeding" (冇流血) and a bleed told stopped and well now (止咗, 而家冇事), read before the
    // bleeding itself (review V34 15:46).
    ['(?:冇|無|冇乜)(?:流|出)血', 'no bleeding'],
    // Session 53 (T84): a bleed told stopped and then bleeding again ("止咗血，而家又開始流血", "停咗又再流"), read as the
    // bleed it is now, not as the stop; and "止唔到" where it closes the bleed's own clause after a comma.
    [
      '(?:就|已經|已经)?(?:止咗|停咗|止左|停左|止住了|停了|止了)(?:血)?[^。.!?]{0,12}?(?:又|再|又再|又重新|重新)(?:開始|开始)?(?:流血|出血|流|標|飆|滲血|渗血|冒血)',
      'the bleeding started again',
    ],
    [
      `${toldAnywhere('(?:血|流血|出血)')}(?:都|仲|還是|还是|依然)?(?:止唔到|止唔住|停唔到|止不住|止不了)`,
      'will not stop',
    ],
    ['(?:就|已經|已经)?(?:止咗|停咗|止左|停左)(?:血)?', 'it has stopped now'],
    ['(?:而家|依家|宜家)(?:冇事|好返|ok|OK)', 'is fine now'],
    // Session 52 (T82): the same in Cantonese: blood spurting out ("血一直標出嚟", "飆出嚟"), bleeding that cannot be stopped
    // ("流血流到止唔到", "揸住都止唔到": pressed and it will not stop), and the faint and pallor told with it ("好暈", "面都白晒").
    [
      '血(?:一直|不停)?(?:喺度)?(?:標|飆|噴|湧)(?:出嚟|出來|出来)|(?:血|流血)[^，。,.!?]{0,8}(?:止唔到|止唔住|停唔到|停唔落)',
      'the bleeding will not stop',
    ],
    ['面(?:都|色)?(?:好|勁)?(?:白晒|青晒|好白|青白)|面青口唇白', 'he is pale'],
    ['(?:好|勁|超)暈|暈暈哋', 'very dizzy'],
    // A month's supply stocked for a journey is no means gathered (V20).
    [
      '(?<!(?:出国|出國|回国|回國|旅行|旅游|旅遊|出差|备用|備用|飞机|飛機|行李|托运|托運|药房|藥房|海关|海關|留学|留學)[\\s\\S]*)(?:安眠药|药|药片)(?:都|已经)?(?:攒|存|囤)(?:够|好|齐)了?(?![\\s\\S]*(?:出国|出國|回国|回國|旅行|旅游|旅遊|出差|备用|備用|飞机|飛機|行李|托运|托運|药房|藥房|海关|海關|留学|留學))',
      'i have saved up the pills to take them all tonight',
    ],
    [
      '(?:打算|准备|想|要|决定)[^，。,.!?]{0,6}跳(?:下去|楼|桥|河)|跳楼|跳桥|跳河',
      'i will jump off the bridge tonight',
    ],
    ['(?:怎么)?叫(?:都|也)?(?:叫)?不醒', 'cannot be woken'],
    ['(?:一边|一侧|半边|左边|右边)?(?:胳膊|手臂|胳臂)(?:没劲|没力气|无力|抬不起来|动不了)', 'suddenly weak arm'],
    ['说话(?:也)?(?:不清楚|含糊|不利索|说不清)|口齿不清|大舌头', 'slurred speech'],
    // Session 59 (T114): whose food it was told between ("吃了同学的 peanut cookie"), the food in Chinese or in English.
    [
      '吃(?:了|完)?[^，。！？,]{0,6}?的 ?(?:花生|坚果|堅果|虾|蝦|海鲜|海鮮|腰果|芝麻|peanut|nut|shrimp|cashew)',
      'ate peanuts',
    ],
    ['吃(?:了|完)?(?:点|一点|几颗|些)?(?:花生|坚果|虾|海鲜|腰果|芝麻)', 'ate peanuts'],
    ['吃(?:了|完)?(?:点|一点|几颗|些)?(?:芒果|鸡蛋|雞蛋)', 'ate mango'],
    // Session 58 (T109): a voice gone hoarse beside a swelling, a sting or a food (Resuscitation Council: the airway of
    // anaphylaxis); a voice lost to a cold or to singing is told by its cause.
    [
      `(?:说话)?(?:的)?(?:声音|聲音)(?:都)?(?:变了|變了|变哑|變啞|沙哑|沙啞|哑了|啞了|嘶哑|嘶啞)${toldAnywhere('(?:肿|腫|过敏|過敏|蛰|螫|叮|花生|海鲜|海鮮|虾|蝦|芒果|坚果|堅果)')}${toldNowhere('(?:感冒|唱歌|喊|吼|ktv|咽炎|嗓子发炎|嗓子發炎)')}`,
      'hoarse voice',
    ],
    ['(?:很大的|好大的|大)(?:水泡|水疱)|(?:水泡|水疱)(?:很大|好大|特别大)', 'big blisters'],
    ['胸口(?:很|好|特别|非常)(?:疼|痛)', 'severe chest pain'],
    ['(?:胸口|胸部|胸|心口)(?:也)?(?:不|没|沒)(?:痛|疼|闷|悶)', 'no chest pain'],
    ['就好了|已经好了|已經好了|好多了', 'it has passed'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, how bad, since when), so a
    // wording nobody listed is still read. Those that begin with a character an older phrase reads alone come first.
    ['喘不上(?:气|氣|来|來)|上不来气|上不來氣|(?:憋|闷|悶)得(?:喘不|透不)过气|憋气|憋氣', 'cannot breathe'],
    ['(?:腿|小腿|脚|腳|脚趾|腳趾)(?:抽筋|抽了一下)', 'leg cramp'],
    ['第一次(?:抽搐|抽筋|抽风|抽風|惊厥|驚厥|癫痫|癲癇)', 'first seizure'],
    ['(?:还|還|一直)在抽', 'still seizing'],
    ['(?:一直|不停地?|老是)(?:吐|呕|嘔)|吐(?:个|個)不停', 'keeps vomiting'],
    [
      '(?:胎动|胎動)(?:少了|变少|變少|减少|減少|没了|沒了|很少|感觉不到|感覺不到)|(?:感觉不到|感覺不到)(?:胎动|胎動)',
      'reduced baby movements',
    ],
    [
      '(?:宝宝|寶寶|婴儿|嬰兒|孩子|小孩)?(?:的)?(?:囟门|囟門)(?:鼓|凸|隆)(?:起来|起來|出来|出來)?(?:了)?',
      'baby bulging fontanelle',
    ],
    // Session 55 (T93): the soft spot told in a parent's words, "the soft place on top of the head" (头顶那块软的地方), bulging
    // (NICE NG143: a bulging fontanelle is red); a fontanelle told soft is how it should feel, not a floppy baby.
    [
      '(?:头顶|頭頂|头上|頭上|头|頭)(?:上)?(?:那块|那塊|那个|那個|的)?(?:软软|軟軟|软|軟)(?:的|嘅)?(?:地方|那块|那塊|处|處|位置|嗰度)(?:有点|有點|明显|明顯|好似|好像)?(?:鼓|凸|隆|谷|脹|胀)(?:起来|起來|出来|出來|起|咗)?',
      'baby bulging fontanelle',
    ],
    [
      '(?:囟门|囟門)(?:摸着|摸著|摸起来|摸起來)?(?:是|还是|還是)?(?:软软|軟軟|很软|很軟|软|軟)(?:的)?(?![^，。,？?]{0,4}(?:凹|陷|鼓|凸))',
      'the fontanelle is soft',
    ],
    ['(?:宝宝|寶寶|胎儿|胎兒)(?:一直)?(?:都)?(?:不|没|沒)(?:有)?(?:在)?(?:动|動)(?:了)?', 'baby not moving'],
    ['(?:一直)?(?:都)?(?:不|没|沒)(?:有)?(?:在)?(?:动|動)(?:了)?', 'not moving'],
    ['(?:没有|沒有|没|沒|不)(?:肿|腫)', 'no swelling'],
    ['(?:没|沒)(?:有)?(?:力气|力氣|劲|勁)', 'no strength'],
    ['看不(?:见|見|到|清)(?:东西|東西)?', 'cannot see'],
    ['(?:咳|吐)不出(?:来|來)?', 'cannot cough'],
    ['哭不出(?:声|聲|来|來)?', 'cannot cry'],
    [
      '(?:神志|意识|意識)(?:不清|模糊)|(?:人)?(?:也)?(?:糊涂|糊塗|迷迷糊糊|迷糊)(?:了)?|认不出人|認不出人|胡言乱语|胡言亂語',
      'confused',
    ],
    ['(?:站|走路|走)不稳|(?:站|走路|走)不穩', 'unsteady on his feet'],
    ['(?:按|压|壓)(?:了|着|著)?(?:也)?(?:不|没|沒)(?:褪|退|消)(?:色)?', 'rash does not fade under a glass'],
    // Registers and verb forms beyond the plain ones (colloquial and dialect wordings, past and third person).
    ['我妈|我媽|老妈|老媽', 'my mother'],
    ['我爸|老爸', 'my father'],
    ['(?:晕|暈|昏)(?:过去|過去|倒)(?:了)?', 'fainted'],
    [
      '(?:抽搐|抽筋|抽风|抽風|惊厥|驚厥|痉挛|痙攣)(?:了|着|著)?(?:已经|已經)?(?:十|\\d+|五|几|幾|二十|半个|半個)(?:多)?(?:分钟|分鐘)',
      'has been fitting for 10 minutes',
    ],
    [
      '(?:喝|吞|吃|误服|誤服|误喝|誤喝)(?:了|下)?(?:一口|几口|幾口|一大口|一点|一點|小半瓶|半瓶|大半瓶|一瓶|一整瓶|整瓶|半杯|一杯)?(?:的)?(?:消毒水|消毒液|漂白水|漂白剂|漂白劑|84|洁厕灵|潔廁靈|农药|農藥|老鼠药|老鼠藥|百草枯|敌敌畏|敵敵畏|汽油|煤油|清洁剂|清潔劑)',
      'drank bleach',
    ],
    ['(?:流|出)了?(?:很多|好多|大量的?)血|大量出血|血流不止|血止不住', 'bleeding heavily and it will not stop'],
    [
      '(?:被)?(?:开水|開水|热水|熱水|热油|熱油|滚水|滾水)烫(?:伤|傷)?(?:了)?|(?:被)?(?:开水|開水|热水|熱水|热油|熱油|滚水|滾水)燙(?:伤|傷)?(?:了)?',
      'burned with boiling water',
    ],
    ['整(?:个|個)(?:手臂|胳膊|胸口|胸部|背|肚子|腿|脸|臉)', 'the whole arm'],
    ['起(?:水)?泡', 'blistering'],
    ['被(?:蜜蜂|马蜂|馬蜂|黄蜂|黃蜂|蜂)(?:蛰|蜇|叮)(?:了)?', 'stung by a bee'],
    // Session 59 (T114): tight told with how much ("喉咙很紧"); "紧张" (nervous) is not tight.
    [
      '(?:喉咙|喉嚨|嗓子)(?:(?:很|好|特别|特別|越来越|越來越)?(?:紧|緊)(?!张|張)|肿|腫|发紧|發緊|堵)',
      'throat swelling',
    ],
    ['(?:发|發)?高(?:烧|燒|热|熱)', 'high fever'],
    ['孩子|小孩|宝宝|寶寶', 'child'],
    ['(?:累|饿|餓|热|熱|烦|煩|无聊|無聊|尴尬|尷尬|丢人|丟人|丢脸|丟臉|羞|困|气|氣)得(?:要|想)?死', 'extremely tired'],
    ['每次|每当|每當', 'every time'],
    ['时好时坏|時好時壞|反反复复|反反覆覆|断断续续|斷斷續續', 'comes and goes'],
    [
      '(?:饿|餓|累|热|熱|笑|吓|嚇|羞|丢人|丟人|丢脸|丟臉|烦|煩|无聊|無聊|尴尬|尷尬|冷|困|忙|气|氣)死(?:了|我了|人了)?',
      'extremely tired',
    ],
    ['怎么知道|怎麼知道|如何判断|如何判斷|怎么判断|怎麼判斷', 'how do i know if'],
    ['有时(?:候)?|有時(?:候)?|偶尔|偶爾|时不时|時不時', 'sometimes'],
    ['一点|一點', 'a little'],
    ['总是|總是|经常|經常|老是', 'always'],
    ['(?:如果|要是|万一|萬一|假如|假若|倘若|假使|假设|假設)(?:有人)?', 'if someone '],
    ['(?:应该|應該|该|該)?怎么办|怎麼辦|怎么处理|怎麼處理', ', what should i do'],
    ['有(?:什么|什麼|哪些)(?:症状|症狀)|(?:的)?(?:症状|症狀)(?:是什么|是什麼|有哪些)', 'what are the symptoms'],
    ['(?:正常吗|正常嗎)', 'is it normal'],
    ['(?:已经|已經)?(?:半个小时|半個小時|半小时|半小時|\\d+分钟|\\d+分鐘|二十分钟|十分钟)(?:了)?', 'for # minutes'],
    ['(?:已经|已經)?(?:一个星期|一個星期|一周|一週|\\d+天|几天|幾天)(?:了)?', 'for weeks'],
    ['(?:几个月|幾個月|好几个月|\\d+个月)(?:了)?(?=[，,。 ]|$)', 'for months'],
    ['去年|前年|以前', 'last year'],
    ['小时候|小時候', 'as a child'],
    ['突然', 'suddenly'],
    ['咳嗽(?:的时候|的時候|时|時)', 'when i cough'],
    ['(?:爬|上)楼梯(?:的时候|的時候|时|時)|(?:爬|上)樓梯(?:的时候|的時候|时|時)', 'when i climb stairs'],
    ['喘不过气|喘不過氣|不能呼吸|无法呼吸|無法呼吸|吸不上气|吸不上氣|透不过气|透不過氣', 'cannot breathe'],
    ['呼吸困难|呼吸困難', 'difficulty breathing'],
    ['(?:有点|有點)?(?:气喘|氣喘|喘)', 'short of breath'],
    // Session 58 (T109): "没有呼吸困难" is breathing denied its difficulty (no difficulty breathing), never no breath at all.
    [
      '(?:没有|沒有|无|無|并无|並無|不|未见|未見)(?:明显|明顯|什么|什麼|任何)?(?:的)?呼吸(?:困难|困難|急促|费力|費力|不畅|不暢)',
      'no difficulty breathing',
    ],
    ['(?:没有|沒有|停止)呼吸|不呼吸了', 'is not breathing'],
    [`${STAINED_BY_FOOD}(?:嘴唇(?:发紫|發紫|发青|發青|青紫|紫了)|嘴(?:发紫|發紫))`, 'blue lips'],
    ['(?:脸|臉|舌头|舌頭|嘴唇|喉咙|喉嚨)(?:肿|腫)', 'swollen face and tongue'],
    ['胸(?:口|部)?(?:剧痛|劇痛|很痛|疼|痛|闷|悶|压迫|壓迫)', 'chest pain'],
    ['(?:放射|传到|傳到|延伸)到?(?:左臂|左手|下巴|后背|後背)', 'spreading to the left arm and jaw'],
    ['(?:出|冒)冷汗', 'cold sweat'],
    ['出汗|冒汗', 'sweating'],
    ['(?:昏迷|失去(?:了)?意识|失去(?:了)?意識|不省人事)', 'unconscious'],
    ['叫不醒|喊不醒|醒不过来|醒不過來', 'will not wake up'],
    ['没有反应|沒有反應|没反应|沒反應', 'is not responding'],
    ['晕倒|暈倒|昏倒', 'fainted'],
    ['嘴(?:歪|巴歪)|(?:脸|臉)(?:歪|下垂)|口眼歪斜', 'face drooping'],
    ['说不出话|說不出話|不能说话|不能說話|说话不清|說話不清|口齿不清|口齒不清', 'cannot speak and slurred speech'],
    ['(?:一侧|一側|半边|半邊)(?:身体|身體)?(?:无力|無力|麻木|不能动|不能動)', 'weakness on one side'],
    ['中风|中風|脑卒中|腦卒中', 'stroke'],
    ['(?:最严重|最嚴重|从未有过|從未有過)的头痛|(?:最严重|最嚴重)的頭痛', 'the worst headache of my life'],
    ['头痛|頭痛|头疼|頭疼', 'headache'],
    ['(?:在|正在)(?:抽搐|抽筋|抽风|抽風|癫痫发作|癲癇發作)', 'he is having a seizure'],
    ['抽搐过|抽搐過|抽过|抽過', 'had a seizure'],
    ['抽搐|抽风|抽風|癫痫|癲癇|惊厥|驚厥', 'seizure'],
    ['(?:吃|吞)了(?:所有的?|全部|一整瓶|一瓶|很多|好多)(?:药|藥|安眠药|安眠藥)', 'took all the pills'],
    ['(?:喝|吃)了(?:农药|農藥|漂白水|漂白剂|毒药|毒藥)', 'drank bleach'],
    ['吐血|呕血|嘔血', 'vomiting blood'],
    ['黑便|大便(?:发黑|發黑|是黑的)', 'black stools'],
    ['大(?:量)?出血|流血不止|血流不止', 'bleeding heavily and it will not stop'],
    ['出血|流血', 'bleeding'],
    ['脖子(?:僵硬|发硬|發硬|硬)|颈部僵硬|頸部僵硬', 'stiff neck'],
    ['(?:不想活了|想死|活不下去)', 'i want to die'],
    ['自杀|自殺|轻生|輕生', 'i want to kill myself'],
    ['怀孕|懷孕|孕(?:\\d+)周', 'pregnant'],
    ['(?:两|兩|\\d+|一|三)个?月(?:大|的宝宝|的寶寶)', '# months old'],
    ['新生儿|新生兒', 'newborn'],
    ['(?:没有|沒有|没|沒|不)(?:发烧|發燒)', 'has no fever'],
    ['(?:有点|有點)(?:发烧|發燒)|低烧|低燒', 'mild fever'],
    ['发烧|發燒|发热|發熱', 'fever'],
    ['咳嗽', 'cough'],
    ['撞到头|撞到頭|摔到头|摔到頭', 'hit his head'],
    ['过敏|過敏', 'allergic reaction'],
    ['我(?:的)?儿子|我(?:的)?兒子', 'my son'],
    ['我(?:的)?女儿|我(?:的)?女兒', 'my daughter'],
    ['宝宝|寶寶|婴儿|嬰兒', 'baby'],
    ['我(?:的)?(?:妈妈|媽媽|母亲|母親)', 'my mother'],
    ['我(?:的)?(?:爸爸|父亲|父親)', 'my father'],
    ['我(?:的)?(?:老公|丈夫)', 'my husband'],
    ['我(?:的)?(?:老婆|妻子)', 'my wife'],
    ['我(?:的)?(?:奶奶|外婆|姥姥)', 'my grandmother'],
    ['我(?:的)?(?:爷爷|爺爺|外公|姥爷)', 'my grandfather'],
    ['但是|可是', 'but'],
    ['在玩', 'playing'],
    ['只是', 'only'],
    ['还能|還能', 'can i'],
    ['布洛芬', 'ibuprofen'],
    ['是不是', 'is it'],
    ['要不要', 'should i'],
    ['(?:说话)?说不清(?:楚)?|说话不清(?:楚)?|說話不清(?:楚)?', 'slurred speech'],
    ['拿不住|握不住', 'cannot hold'],
    ['右手', 'right hand'],
    ['左手', 'left hand'],
    ['左边胳膊|左邊胳膊|左臂|左胳膊', 'left arm'],
    ['发麻|發麻|麻木', 'numb'],
    ['(?:大概)?(?:十|二十|几|幾|\\d+)分钟前|(?:大概)?(?:十|二十|几|幾|\\d+)分鐘前', 'minutes ago'],
    [
      '(?:像)?压了(?:一)?块(?:大)?石头|(?:像)?壓了(?:一)?塊(?:大)?石頭|(?:像)?(?:有)?(?:大)?石头压着',
      'pressure like a heavy weight on the chest',
    ],
    ['撑不下去|撐不下去|活不下去', 'i cannot go on'],
    ['楼顶|樓頂|天台', 'on the rooftop'],
    ['说了再见|說了再見|告别|告別', 'said goodbye'],
    ['撕裂(?:一样|样|般|一樣|樣)?的?(?:疼|痛)', 'tearing pain'],
    ['后背|後背', 'back'],
    ['按(?:着|著|一下|下去|压|壓)?(?:有点|有點)?(?:疼|痛)', 'hurts when i press on it'],
    ['胸口|胸部', 'chest'],
    ['(?:有点|有點)?(?:疼|痛)', 'pain'],
    ['(?:闷|悶)', 'tightness'],
    // Issue 11 breadth: parts read alone, after every phrase that holds them.
    ['卡(?:住|在)|噎(?:住|到)|呛住|嗆住|卡到', 'choking on something stuck'],
    ['喉咙|喉嚨|嗓子', 'throat'],
    ['(?:一只|一隻|一边|一邊|一侧|一側)(?:的)?眼(?:睛)?', 'in one eye'],
    ['眼睛', 'eye'],
    ['重影|看(?:东西|東西)(?:有)?(?:两个|兩個)|复视|複視', 'double vision'],
    ['(?:像)?(?:要)?(?:炸开|炸開|炸裂|爆炸|裂开|裂開)(?:一样|一樣)?', 'like exploding'],
    [
      '(?:这辈子|這輩子|有生以来|有生以來|生平|人生中|从来没有这么|從來沒有這麼)最?(?:痛|疼|严重|嚴重)(?:的)?(?:一次)?',
      'the worst pain of my life',
    ],
    [
      '(?:脖子|颈部|頸部|后颈|後頸|脖颈|脖頸)(?:很|好|特别|特別)?(?:僵硬|发硬|發硬|硬|僵|转不动|轉不動|弯不下去|彎不下去)',
      'stiff neck',
    ],
    ['(?:很)?(?:怕光|畏光|见光就|見光就|不敢看光)', 'light hurts her eyes'],
    ['(?:皮疹|疹子|红点|紅點|紫点|紫點|出血点|出血點|瘀点|瘀點|红疹|紅疹)', 'rash'],
    [
      '(?:大便|便便|拉的|屎|粪便|糞便)(?:是)?(?:黑色|黑的|发黑|發黑|像柏油|柏油)(?:的)?|柏油(?:样|樣)(?:大便|便)',
      'black stools',
    ],
    ['咳血|咯血|咳出(?:了)?血', 'coughing up blood'],
    ['头晕|頭暈|头昏|頭昏', 'dizzy'],
    ['嘴唇', 'lips'],
    ['嘴巴', 'mouth'],
    ['(?:有点|有點)?(?:痒|癢)', 'itchy'],
    ['舌头|舌頭', 'tongue'],
    ['(?:都)?(?:肿|腫)(?:起来|起來|了)?(?:了)?', 'swollen'],
    ['和|跟|还有|還有', ' and '],
    ['(?:降压|降壓|降糖|心脏|心臟)(?:药|藥)', 'blood pressure pills'],
    [
      '(?:吃|吞|误吃|誤吃|偷吃)(?:了|下)?(?:好几|好幾|几|幾|很多|一把|一整|\\d+|两|兩|三|五)(?:颗|顆|片|粒|瓶|板)(?=[^，。,.!?！？]{0,6}(?:药|藥|胶囊|膠囊)|\\s*[，。,.!?！？]|\\s*$)',
      'swallowed several pills',
    ],
    ['(?:\\d+)(?:岁|歲)(?:的)?', '# year old'],
    ['(?:[一二三四五六七八九十两兩])(?:岁|歲)(?:的)?', '3 year old'],
    ['胰岛素|胰島素', 'insulin'],
    // A wrong or double dose only of a medicine, told just before or after: "面霜用多了" (too much face cream) and
    // "打错了" (a wrong number) are no doses.
    [
      '(?<=(?:胰岛素|胰島素|药|藥|剂量|劑量|针|針|片|粒)[^，。,膏霜]{0,3})(?:打|注射|用)(?:错|錯|多|重复|重複)(?:了)?|(?:打|注射)(?:错|錯|多|重复|重複)(?:了)?(?=[^，。,]{0,4}(?:胰岛素|胰島素|药|藥|针|針|单位|單位))',
      'injected the wrong dose',
    ],
    ['(?:两|兩)倍', 'twice the usual dose'],
    ['羊水(?:破了|破|流出来|流出來|漏了|流了)|破水', 'waters broke'],
    ['(?:\\d+|[一二三四五六七八九十]+)(?:周|週)', '# weeks'],
    ['(?<!(?:便|粑粑|屎|面包|麵包|蛋糕|饼干|頭髮|头发|牙)(?:的|是|有点|有點)?)(?:软软|軟軟)(?:的)?', 'floppy'],
    ['(?:摔倒|跌倒|摔了一跤|跌了一跤)(?:了)?', 'fell'],
    [
      '(?:从|從)(?:\\d+|[一二三四五六七八九十两兩])(?:楼|樓|层|層)(?:摔|掉|跌)(?:下来|下來|下去)?(?:了)?|(?:坠楼|墜樓|从楼上摔|從樓上摔|从高处|從高處)',
      'fell from the third floor window',
    ],
    ['(?:溺水|淹水|掉进水里|掉進水裡|掉进河里|掉進河裡|掉进泳池|掉進泳池)(?:了)?', 'drowned'],
    ['(?:肚子|腹部|小腹|上腹|下腹)', 'abdomen'],
    ['(?:剧痛|劇痛|很痛|好痛|特别痛|特別痛|痛得要命|疼得要命|很疼|好疼|特别疼|特別疼)', 'severe pain'],
    ['硬(?:得)?(?:像)?(?:木板|板)(?:一样|一樣)?|硬邦邦', 'rigid like a board'],
    ['睾丸|蛋蛋|阴囊|陰囊', 'testicle'],
    ['(?:浑身|渾身|全身|身上)(?:发烫|發燙|滚烫|滾燙|很烫|很燙)', 'whole body burning hot'],
    ['中暑', 'heat stroke'],
    ['太阳下|太陽下|大太阳|大太陽', 'in the sun'],
    ['车祸|車禍|被(?:车|車)撞(?:了)?', 'hit by a car'],
    ['(?:割|划|劃)(?:了)?(?:自己的)?(?:手腕|腕)|割腕', 'cut my wrists'],
    ['遗书|遺書', 'suicide note'],
    ['湿透|濕透', 'soaked through'],
    ['血糖(?:很|太)?低|低血糖', 'low blood sugar'],
    ['儿子|兒子', 'son'],
    ['女儿|女兒', 'daughter'],
    ['奶奶|外婆|姥姥', 'grandmother'],
    ['爷爷|爺爺|外公|姥爷|姥爺', 'grandfather'],
    ['现在|現在', 'now'],
    ['刚才|剛才|刚刚|剛剛', 'just now'],
    // Session 39: body parts read alone, after every phrase that holds them: where a burn is (NHS: the face, hands, feet).
    ['脸上|臉上|脸部|臉部|面部|脸|臉|塊面|块面|個面', 'face'],
    ['老豆|老竇', 'my father'],
    ['個仔|个仔', 'my son'],
    ['個女|个女', 'my daughter'],
    ['(?:双手|雙手|手上|手掌|手背)', 'hands'],
    ['(?:脚|腳)(?:上|背|底|掌)?', 'foot'],
    ['小朋友|小孩子', 'child'],
    // A negation before the word it negates, read last so that a phrase holding it ("不能呼吸") is read first.
    // Session 59 (T114, review V41): "sorry" and "excuse me" hold a "不" that negates nothing ("对不起，孩子呼吸很困难").
    ['对不起|對不起|不好意思', 'sorry'],
    ['(?:也)?(?:没有|沒有|没|沒|不)', ' no '],
    // Session 60 (T120): the written negation of notes and forms ("无胸痛、无气促": no chest pain, no shortness of breath;
    // "否认头外伤": denies a head injury), read as the spoken "没有" is. Not where it makes a word of its own: "无力"
    // (weak), "无法" (unable), "无效" (no use), "无意识" and "无反应" (unconscious, unresponsive), "无聊" (bored).
    [
      '(?:也)?(?:并无|並無|否认|否認|无|無)(?!力|法|效|聊|关|關|所|论|論|意识|意識|反应|反應|知觉|知覺|名|数|數|辜|奈|助|望|神|精打采)',
      ' no ',
    ],
    ['我', 'i'],
    ['他', 'he'],
    ['她', 'she'],
    ...CHINESE_FINDINGS.phrases,
    ...CHINESE_MODIFIERS,
    ...CHINESE_EVERYDAY.phrases,
    ...SWALLOWED_TOLD_WITH_BA,
    // Read last: the stashing phrases above read their own kinds first where both begin at one character.
    ...CHINESE_MEANS_TAKEN_ALL,
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...CHINESE_FUMES,
  ],
};
