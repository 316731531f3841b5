import { JAPANESE_RED_FLAGS_IN_EVERYDAY_WORDS } from './everyday-words/japanese-red-flags.js';
import { JAPANESE_FACE_CHEST_AND_NO_ANSWER } from './face-chest-and-no-answer-in-thinner-lexicons.js';
import { JAPANESE_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { JAPANESE_PILLS_TOLD_BY_THEIR_PACK } from './pills-told-by-their-count-or-pack.js';
import { JAPANESE_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { JAPANESE_FINDINGS } from './breathing-bleeding-children/japanese.js';
import { withTheWrittenNegativeSpoken } from './japanese-written-negative.js';
import { JAPANESE_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import { JAPANESE_EVERYDAY } from './everyday-words/japanese.js';
import { JAPANESE_INTENT_AND_CRISIS } from './intent-and-crisis/japanese.js';
import { JAPANESE_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/japanese.js';
import { type LanguageLexicon, toldAnywhere } from './language-lexicon.js';
import { JAPANESE_MODIFIERS } from './modifiers/japanese.js';
import { JAPANESE_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';

/**
 * Silence after a goodbye or beside despair (Samaritans: a goodbye message, then no answer): a call not answered is read
 * as that silence only there; alone it is someone asleep, busy or out of battery.
 */
const BESIDE_A_GOODBYE = toldAnywhere(
  '(?:さよなら|さようなら|今までありがとう|いままでありがとう|遺書|死に|しに|消えたい|きえたい|ごめんね|ごめんなさい)',
);

/**
 * Session 40: why Japanese was read least. Its phrases glossed a finding's noun ("発作", "記憶", "感覚", "大泉門") and
 * left the verb that makes it a finding ("を起こしている", "がない", "が膨らんでいる") unread, and the negation told after
 * ("がない") then negated the noun ("記憶がない" read "not memory"). So each kind below is read from its parts, noun and
 * verb together, in the plain and polite endings.
 */

/** A convulsion told with its verb: having one now, or had one (an earlier one is read as English reads it). */
const SEIZURE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:けいれん|痙攣|ひきつけ|引きつけ|発作)が(?:\\d+)分(?:たっても|経っても|以上)(?:止まらない|止まりません|止まらず|続いて)',
    'seizure for # minutes and it will not stop',
  ],
  ['パニック(?:発作|障害)', 'panic attack'],
  ['喘息(?:の)?発作', 'asthma attack'],
  [
    '(?:けいれん|痙攣|ひきつけ|引きつけ|発作)を(?:起こして(?:いる|います|る)|起こしてる|起こし続け)',
    'he is having a seizure',
  ],
  ['(?:けいれん|痙攣|ひきつけ|引きつけ|発作)を起こした(?:こと|事)が(?:ある|あります)', 'had a seizure years ago'],
  ['(?:けいれん|痙攣|ひきつけ|引きつけ|発作)を起こし(?:た|ました)', 'had a seizure'],
];

/** Unconsciousness seen by a bystander (MTS: unresponsive); a slow riser in the morning is none. */
const LOSS_OF_CONSCIOUSNESS: ReadonlyArray<readonly [string, string]> = [
  ['(?:朝|なかなか|毎朝)(?:なかなか)?起き上がら(?:ない|なくて|ません)', 'is slow to get up in the morning'],
  ['起き上が(?:らない|らなくて|りません|れない|れません)', 'cannot get up'],
];

/** Breathing told plainly (NICE NG143): gasping too hard to speak; breath short after a run that settled is none. */
const BREATHING_DIFFICULTY: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:走った|走って|運動した|運動して|階段を(?:上った|登った)|部活)[^。！？]{0,10}(?:ハアハア|はあはあ|ハァハァ|息切れ)',
    'out of breath after exercise',
  ],
  // A dog or a cat panting in the heat is an animal cooling itself.
  [
    '(?<=(?:犬|いぬ|イヌ|猫|ねこ|ネコ|ワンちゃん|わんちゃん|ペット)[^。！？]{0,12})(?:ハアハア|はあはあ|ハァハァ)',
    'the dog is panting',
  ],
  ['ハアハア|はあはあ|ハァハァ', 'gasping'],
  ['(?:すぐに?|しばらくして)?(?:落ち着いた|落ち着きました)', 'settled down'],
  [
    '(?:温まったら|温めたら|すぐに?)?(?:治った|治りました|元に戻った|元に戻りました|戻った|戻りました)',
    'it went back to normal',
  ],
];

/** Anaphylaxis (Resuscitation Council UK): hives all over with the throat or breathing involved. */
const ANAPHYLAXIS: ReadonlyArray<readonly [string, string]> = [
  ['(?:喉|のど)が(?:イガイガ|いがいが|ムズムズ)', 'throat feels scratchy'],
  ['(?<!マスク[^。！？]{0,10})(?:息|呼吸)が(?:しにくい|しづらい|しにくく|しづらく)', 'hard to breathe'],
  [
    '(?<!(?:緊張|あがって|恥ずかし|面接|発表|スピーチ|人前)[^。！？]{0,10})(?:話せ|しゃべれ|喋れ)なくな(?:った|って|りました)',
    'suddenly cannot speak',
  ],
  ['全身に(?:じんましん|蕁麻疹|ブツブツ|発疹)', 'hives all over the body'],
  ['(?:喉|のど)が(?:苦しい|苦しく|詰まる|詰まって|締め付け|しめつけ|狭く)', 'throat tight'],
];

/** A baby's red flags told by a parent (NICE NG143): fontanelle, no wet nappy. */
const INFANT_DISTRESS: ReadonlyArray<readonly [string, string]> = [
  ['(?:大泉門|泉門|頭のペコペコ)が(?:膨らんで|ふくらんで|盛り上が|腫れて|張って)', 'soft spot is bulging'],
  ['(?:大泉門|泉門|頭のペコペコ)が(?:へこんで|凹んで|陥没)', 'soft spot is sunken'],
  [
    '(?<=(?:赤ちゃん|赤ん坊|新生児|乳児)[^。！？]{0,8})(?:おしっこ|尿)が(?:一日|半日|\\d+時間)?(?:出ていない|出てない|出ません|出ない)|(?:おむつ|オムツ)が(?:一日|半日|\\d+時間)?(?:濡れていない|濡れてない|ぬれてない|濡れません)',
    'no wet nappy all day',
  ],
];

/** Head injury and major trauma (NICE NG232; MTS): a fall from a height, no memory, a limb bent the wrong way. */
const HEAD_INJURY_AND_TRAUMA: ReadonlyArray<readonly [string, string]> = [
  // A child who cried at once and plays as usual after a fall (NICE NG232: no red flag).
  ['すぐ(?:に)?泣(?:いて|いた)', 'cried at once'],
  ['(?:普通に|元気に|いつも通り|いつもどおり)遊(?:んでる|んでいる|んでいます|んで|ぶ)', 'playing normally'],
  ['意識が(?:戻らない|戻りません|戻ってない|戻っていない)', 'is still unconscious'],
  [
    '(?:飲みすぎ|飲み過ぎ|酔っ|お酒)[^。！？]{0,10}記憶が(?:ない|ありません|なくて|飛んで)',
    'drank too much last night',
  ],
  ['記憶が(?:ない|ありません|なくて|飛んで)|(?:何があったか|何も)覚えて(?:いない|ない)', 'cannot remember anything'],
  ['(?:階段|はしご|脚立|屋根|木|高い所|高いところ)から(?:落ち|転げ落ち|転落)', 'had a fall on the stairs'],
  ['交通事故', 'car crash'],
  ['(?:足|脚|腕|手首|足首|指)が(?:変な|おかしな|ありえない|あり得ない|逆の)方向に曲が', 'leg bent the wrong way'],
  ['骨が(?:飛び出|出て|見えて)', 'bone sticking out'],
];

/** An eye injured by a chemical or a fragment (RCOphth: irrigate and attend at once). */
const EYE_EMERGENCY: ReadonlyArray<readonly [string, string]> = [
  [
    '目に(?:何か|なにか|破片|ガラス|鉄粉|木片|釘|金属片|金属)(?:が)?(?:刺さ|ささ|入り込ん)',
    'something stuck in my eye',
  ],
  [
    '目に(?:洗剤|漂白剤|ハイター|薬品|カビキラー|塩素|セメント|石灰|アルカリ|酸|パイプユニッシュ)(?:が)?(?:入っ|入り|はい|かか|飛ん|跳ね|はね)',
    'bleach splashed in the eye',
  ],
];

/** A surgical abdomen, cord compression and stroke told by their parts (NICE; MTS). */
const ABDOMEN_CORD_AND_STROKE: ReadonlyArray<readonly [string, string]> = [
  // A voice lost to a cold is no stroke's lost speech.
  [
    '風邪で(?:声が)?(?:かれ|枯れ|嗄れ|出な)[^。！？]{0,12}?(?:話しにくそう|話しにくい|話せない|しゃべれない)?',
    'has lost her voice from a cold',
  ],
  [
    '(?:右下腹|右の下腹|お腹の右下|おなかの右下|右下のお腹)(?:部)?(?:が)?(?:激しく|すごく|とても|ものすごく|強く|かなり)痛',
    'severe pain in the lower right abdomen',
  ],
  ['腰(?:が|も)痛', 'back pain'],
  ['(?:両足|両脚|足|脚|お尻|股)の感覚が(?:ない|なく|鈍|ありません)', 'no feeling in the legs'],
  ['(?:おしっこ|尿)が(?:出ない|出なく|出ません|出ていない)', 'cannot pass urine'],
  [
    '(?:片方の|片側の|右の|左の|右|左)(?:手足|腕と足|手と足|半身)(?:に|が)?(?:急に)?(?:力が入ら|動かな|動かせな|麻痺)',
    'weakness in the arm and leg on one side',
  ],
];

/**
 * Session 47 (T64): findings told by an adjective with its endings and by a place around a part. Cauda equina (numb
 * around the bottom, both legs weak, NICE CKS red flags), an acute glaucoma (a painful red eye with halos around
 * lights, RCOphth), an overdose told as days' worth of medicine at once with a slow pulse (TOXBASE), and the look-alikes
 * beside them: asthma named as a condition one has, its reliever, talking normally.
 */
/** Medicine taken at once after its quantity ("1週間分の薬を一度に全部飲んで"); given days' worth alone is a prescription. */
const TAKEN_AT_ONCE =
  'の(?:[^。、！？]{0,15}?)(?:薬|錠剤|錠|睡眠薬|くすり)を?(?:一度に|まとめて|一気に|いっぺんに)(?:全部)?(?:飲|の)(?:んで|んだ|みました|んでしまっ|み)?';

const PARTS_AND_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:お尻|おしり|股|陰部|肛門)(?:の(?:周り|まわり|あたり|辺り))?(?:が|の)?(?:しびれ|痺れ|感覚が(?:ない|なく|鈍|ありません))',
    'numb around my bottom',
  ],
  ['ぎっくり腰|腰痛', 'back pain'],
  ['両(?:足|脚)(?:に|が|とも)?(?:も)?力が入(?:らない|らなく|りにくい|りません)', 'both legs weak'],
  ['力が入(?:らない|らなく|りにくい|りません)', 'weak'],
  ['(?:光|電灯|電気|ライト|明かり|街灯)の(?:周り|まわり)に(?:虹|にじ|輪)', 'rainbows around lights'],
  // The side is read as one eye and the eye left to the phrases of sight ("右目が見えない": cannot see in one eye).
  ['(?:右|左)(?=目)', 'one'],
  ['(?<!片)目(?=[がをもの])(?!が(?:急に)?見え)', 'eye'],
  ['真っ赤|充血', 'bright red'],
  ['痛(?:くなって|くなった|くて|い|み|む|かった)', 'painful'],
  ['吐き気|吐きそう', 'nausea'],
  ['吐きました|吐き続け', 'vomited'],
  ['脈が(?:すごく|とても|かなり|異常に)?(?:遅い|遅く|ゆっくり)|徐脈', 'pulse very slow'],
  // Days' worth of medicine taken at once, read as the days the English rules count (a week is seven of them).
  [`(?:\\d+)日分${TAKEN_AT_ONCE}`, 'took # days of tablets at once'],
  [`(?:1|一)週間分${TAKEN_AT_ONCE}`, 'took 7 days of tablets at once'],
  [`(?:\\d+|二|三|数)週間分${TAKEN_AT_ONCE}`, 'took 14 days of tablets at once'],
  [`(?:\\d+|一|二|三|数)?(?:か月|ヶ月|カ月)分${TAKEN_AT_ONCE}`, 'took 30 days of tablets at once'],
  ['一度に|まとめて|一気に', 'at once'],
  ['喘息(?:持ち)?', 'asthma'],
  ['発作止め(?:の吸入|の薬)?', 'reliever inhaler'],
  [
    '(?:話すのは|会話は)普通に(?:できて|できる|できます)|普通に(?:話せ|しゃべれ)(?:る|ます|て)',
    'speaking in full sentences',
  ],
];

/** Japanese, in kana and kanji, written without spaces; kanji it shares with Chinese are read by the Chinese lexicon too. */
export const JAPANESE: LanguageLexicon = {
  language: 'Japanese',
  script: 'kana',
  respelled: withTheWrittenNegativeSpoken,
  // "胸の痛みはありません": the chest pain, there is none.
  // Session 53 (T84): and the continuative "〜はなく" / "〜もなく(て)" that goes on to the next clause ("しびれはなく、"), but
  // never after what is itself the finding when absent (consciousness, a response, the breath, a pulse).
  negationAfter:
    '(?:は|も|が)(?:ありません(?:でした)?|ないです|なかった(?:です)?|ない|なし)|(?<!(?:意識|反応|呼吸|息|脈|返事|応答|血の気|力|元気|食欲))(?:は|も)なく(?:て)?',
  phrases: [
    ...JAPANESE_RED_FLAGS_IN_EVERYDAY_WORDS,
    ...JAPANESE_FACE_CHEST_AND_NO_ANSWER,
    ...JAPANESE_TAKEN_AS_PRESCRIBED,
    ...JAPANESE_PILLS_TOLD_BY_THEIR_PACK,
    ...JAPANESE_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    // Session 51: medicines named in katakana, read by the names the English rules know them by (a double dose of
    // digoxin or warfarin, a child into a grandparent's tablets), and a pulse counted.
    ['ジゴキシン|ジゴシン|ラニキシン', 'digoxin'],
    ['ワーファリン|ワルファリン', 'warfarin'],
    ['アセトアミノフェン|カロナール|タイレノール', 'acetaminophen'],
    ['イブプロフェン|ブルフェン', 'ibuprofen'],
    ['アスピリン|バイアスピリン|バファリン', 'aspirin'],
    ['メトホルミン|メトグルコ', 'metformin'],
    ['インスリン|インシュリン', 'insulin'],
    ['アムロジピン|ノルバスク', 'amlodipine'],
    ['リチウム|リーマス', 'lithium'],
    ['(?:脈|脈拍)(?:を測ったら|を測ると|が|は)?(?=\\d)', 'pulse '],
    ...JAPANESE_FAREWELL_AND_SAVED_PILLS,
    // Session 44: charcoal (練炭) made ready beside despair or a farewell, the method of East Asia; charcoal for a
    // barbecue, a grill or camping told in its clause is cooking (review V26: not a memory of camping told elsewhere).
    [
      `${toldAnywhere('(?:もう無理|死にたい|消えたい|終わりにする|終わらせ|今までありがとう|さようなら|遺書|目張り|ガムテープ)')}(?![^。、！？!?.,]*(?:バーベキュー|bbq|焼肉|キャンプ|七輪で焼))(?<!(?:バーベキュー|bbq|焼肉|キャンプ|七輪で焼)[^。、！？!?.,]*)(?:練炭|炭)(?!火で焼|焼き)`,
      'charcoal to kill myself',
    ],
    ...SEIZURE,
    ...LOSS_OF_CONSCIOUSNESS,
    ...BREATHING_DIFFICULTY,
    ...ANAPHYLAXIS,
    ...INFANT_DISTRESS,
    ...HEAD_INJURY_AND_TRAUMA,
    ...EYE_EMERGENCY,
    ...ABDOMEN_CORD_AND_STROKE,
    ...PARTS_AND_ENDINGS,
    ['(?:処方された|もらった)?薬を全部飲み(?:終わ|切っ|きっ)', 'finished the course of prescribed pills'],
    ...JAPANESE_INTENT_AND_CRISIS.phrases,
    ...JAPANESE_SELF_HARM_AND_POISONING.phrases,
    ['炎天下|熱中症|暑い中', 'in the heat'],
    ['体が(?:すごく|とても|かなり)?熱(?:い|く|かった)', 'his body is very hot'],
    ['汗を?(?:かいていない|かいてない|かかない)|汗が(?:出ていない|出てない|出ない)', 'not sweating'],
    // Session 39: burns read by their parts (NHS burns and scalds; British Burn Association referral): how it burned (hot
    // tea, soup or oil over someone, a flame, a house fire, an electric cord bitten, a chemical), what it did (blisters,
    // skin coming off) and where (face, hands, feet, a large area). A sunburn, a tongue burnt on pizza and scorched food
    // are read as what they are first.
    ['日焼け|ひやけ|日焼', 'sunburn'],
    ['(?:舌|した|口の中)を?(?:やけど|火傷|ヤケド)', 'burned my tongue on soup'],
    ['(?:ご飯|ごはん|魚|パン|鍋|料理|トースト|お米)(?:が|を)?(?:焦げ|こげ|焦が|こが)', 'the food was overcooked'],
    [
      '(?:(?:熱い|熱々の|あつあつの|あつい|沸騰した|煮えたぎった)(?:お茶|おちゃ|お湯|おゆ|味噌汁|みそしる|スープ|油|あぶら|コーヒー|ラーメン|カップ麺|鍋)|(?:ポットの|やかんの|ケトルの|鍋の)?(?:お湯|おゆ|熱湯))(?:を|が)(?:かぶ|こぼ|かか|浴び|ひっくり返)',
      'boiling water spilled on him',
    ],
    ['(?:熱い|熱々の|あつい)(?=お茶|おちゃ|お湯|おゆ|味噌汁|スープ|油|コーヒー)', 'hot'],
    // Caught in the fire ("火事で", "火事に巻き込まれ") is smoke and flame; a fire told alone is news of one.
    ['(?:火事|火災)(?:で|に巻き込まれ)', 'in a house fire'],
    ['火事|火災', 'there was a house fire'],
    [
      '(?:(?<=(?:火|燃)[\\s\\S]*)|(?=[\\s\\S]*(?:火|燃)))煙を(?:たくさん|いっぱい|大量に|かなり)?(?:吸|す)(?:った|い込ん|いこん|って)',
      'inhaled a lot of smoke',
    ],
    ['火が(?:ついて|ついた|付いて|付いた|移って|移った)|燃え移|燃えて', 'caught fire'],
    ['(?:電気)?コード(?:を|に)(?:かじ|噛|か)(?:じ|ん|っ)', 'electric shock from a cable'],
    ['静電気', 'static'],
    ['感電', 'electric shock'],
    // A chemical on the skin (bleach, acid, drain or oven cleaner): a chemical burn, whatever it looks like.
    [
      '(?:漂白剤|ハイター|カビキラー|パイプユニッシュ|硫酸|塩酸|苛性ソーダ|薬品|酸)が[^、。]{0,6}?(?:かかって|かかった|ついて|ついた|はねて|はねた|飛んで)',
      'chemical splash on his skin',
    ],
    ['(?:皮膚|肌)が(?:ただれ|爛れ)|ただれて', 'raw skin'],
    ['やけど|ヤケド|火傷|熱傷', 'burned'],
    ['(?:皮|皮膚)が(?:むけ|剥け|はがれ|剥がれ|めくれ|ずるむけ|ズルムケ)', 'skin peeling off'],
    ['広い範囲|広範囲|あちこち', 'a large area'],
    ['声が(?:かすれ|枯れ|かれ|ガラガラ|がらがら)', 'hoarse voice'],
    ['大きな(?:水ぶくれ|水疱|みずぶくれ)', 'big blisters'],
    ['水ぶくれ|水疱|みずぶくれ', 'blisters'],
    // Session 39: "dying of" a feeling of degree (shame, heat, cold, hunger, sleepiness, boredom, laughter) is the idiom,
    // read before the wish to die; despair, pain or loneliness before it is not the idiom ("つらくて死にたい").
    [
      '(?:恥ずかし|はずかし|暑|あつ|寒|さむ|眠|ねむ|お腹(?:が)?すい|おなか(?:が)?すい|腹減|はらへ|ひま|暇|退屈|笑|わら)(?:くて|すぎて|すぎ|って|い|け)?(?:死にたい|しにたい|死ぬ|しぬ|死にそう|しにそう)',
      'feel embarrassed',
    ],
    [
      'しにたい|死にたい|しにてえ|死にてえ|死にてー|しにてー|消えたい|きえたい|生きていたくない|生きたくない',
      'i want to die',
    ],
    // A goodbye sent and then silence (Samaritans: a goodbye message is a warning), unless it is a colleague's farewell.
    [
      '(?:転勤|退職|異動|引っ越|卒業|送別|留学|転校)[^。！？]{0,30}?(?:さよなら|さようなら|今までありがとう|お世話になりました)|(?:さよなら|さようなら|今までありがとう)(?=[^。！？]{0,30}(?:転勤|退職|異動|引っ越|卒業|送別|留学|転校))',
      'said farewell to a colleague who is leaving',
    ],
    ['さよなら|さようなら|今までありがとう|いままでありがとう', 'goodbye'],
    [
      `${BESIDE_A_GOODBYE}(?:電話に出(?:ない|ません|なく)|連絡が(?:つかない|取れない|とれない)|既読(?:が)?(?:つかない|付かない))`,
      'is not answering his phone',
    ],
    [
      '電話に出(?:ない|ません|なく)|連絡が(?:つかない|取れない|とれない)|既読(?:が)?(?:つかない|付かない)',
      'missed my call',
    ],
    [
      '(?:カッター|カミソリ|剃刀|かみそり|刃物)で(?:自分の)?(?:腕|手首|手|太もも|足)を(?:何度も|何回も|また)?(?:切|きっ|き)',
      'she is cutting her arm with a razor',
    ],
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    [
      '(?<!(?:アプリ|スマホ|携帯|ゲーム|パソコン)[^。、]{0,10})(?:ボタン電池|ぼたんでんち|でんち|電池|コイン電池)を(?:飲み込|のみこ|飲ん|のん|食べ|たべ|口に入れ)',
      'swallowed a button battery',
    ],
    ['むすこ', 'my son'],
    ['むすめ', 'my daughter'],
    // The clinician's note: a falling level of consciousness, no response to a voice.
    ['意識レベル(?:が)?(?:低下|下がって)|意識(?:低下|障害)', 'reduced level of consciousness'],
    ['呼びかけに(?:反応(?:なし|がない|しない|しません)|応じない)', 'not responding'],
    ['患者', 'patient'],
    // Session 39: breathing too hard to speak, wheeze, an infant's ribs drawn in (NICE NG143).
    ['ゼーゼー|ぜーぜー|ゼイゼイ|ぜいぜい|ヒューヒュー|ひゅーひゅー', 'wheezing'],
    // Not a language one cannot speak ("英語がしゃべれない"), nor a child who does not talk yet.
    [
      '(?<!(?:語|まだ)(?:が|を|は|も|で)?)(?:一言も(?:しゃべれ|話せ|喋れ)(?:ない|ません|なく)|(?:しゃべれ|喋れ)(?:ない|ません|なく))',
      'cannot speak',
    ],
    ['(?:息|呼吸)が(?:速|早|はや|荒|あら)', 'breathing fast'],
    ['肋骨(?:の間)?が(?:へこ|凹|ぺこ)|(?:胸|みぞおち|喉元)が(?:へこ|ぺこぺこ|ペコペコ|凹)', 'ribs sucking in'],
    // Shock after fluid loss: pale, cold hands and feet, dizzy (NICE sepsis / NHS dehydration red flags).
    ['顔(?:が|色が)?(?:真っ青|まっさお|真っ白|青白|蒼白)|顔面蒼白', 'pale'],
    ['手足が(?:冷た|つめた|冷え)', 'cold hands and feet'],
    ['ふらふら|フラフラ|めまい|立ちくらみ', 'dizzy'],
    ['下痢', 'diarrhoea'],
    ['嘔吐', 'vomiting'],
    [
      '(?:立つと|立ち上がると|起き上がると|起きると)(?:ふらふら|フラフラ|めまい|くらくら|クラクラ)',
      'dizzy when standing',
    ],
    // Kana alone: breath that will not come, suffering.
    ['いきが(?:でき|すえ|吸え)(?:ない|ません|なく)', 'cannot breathe'],
    ['いきぐるし|くるしい|苦しい', 'distressed'],
    // A belly in agony and rigid (peritonism).
    ['(?:お腹|おなか|腹)が(?:板|いた)(?:みたいに|のように)(?:硬|かた)', 'abdomen rigid like a board'],
    ['激痛|げきつう', 'severe pain'],
    // Session 37: a young infant's age from birth in days or weeks and a temperature told in degrees (NICE: under 3
    // months with 38 °C or more is red); a snake's bite; a child who swallowed medicine; a seizure told with how long
    // it has gone on; heartache told with a break-up, which is grief only when bare: a character, a spread, a duration,
    // a pain that will not stop or a companion finding anywhere in the message keeps the chest pain (NICE CG95).
    ['生後(?:\\d+)(?:週間?|週目)', '# weeks old'],
    ['生後(?:\\d+)日(?:目)?', '# days old'],
    ['(?:\\d+)(?:週間?|週目)の(?:赤ちゃん|赤ん坊|新生児|娘|息子|子)', '# weeks old baby'],
    ['(?:\\d+)日目?の(?:赤ちゃん|赤ん坊|新生児|娘|息子|子)', '# days old baby'],
    ['(?:\\d+(?:\\.\\d)?)度(?:の|近い|以上の|超えの)?(?:熱|発熱)', 'fever #'],
    // Venom is a patient's emergency now only when the bite is told of a person now: a snake that bit the family's
    // animal, or a bite long ago ("as a child, fine now"), is read as what it is, before the snake's bite.
    [
      '(?:犬|猫|ペット|飼い犬|飼い猫|うちの犬|うちの猫)が(?:マムシ|まむし|ハブ|蛇|ヘビ|へび)に(?:噛|咬|か)ま(?:れ|れた)',
      'a snake bit our dog',
    ],
    ['(?:子供|子ども|小さい|幼い)の?頃に?', 'as a child'],
    ['昔に?', 'long ago'],
    [
      '(?:マムシ|まむし|ハブ|蛇|ヘビ|へび)に(?:噛|咬|か)まれたことが(?:あります|ある|あった|ありました)',
      'i was once bitten by a snake years ago',
    ],
    ['(?:マムシ|まむし|ハブ|蛇|ヘビ|へび)に(?:噛|咬|か)ま(?:れ|れた)', 'bitten by a snake'],
    ['(?:\\d+)(?:歳|才)の(?:子|娘|息子|孫|男の子|女の子)', 'my # year old child'],
    ['(?:血圧|降圧)の?(?:薬|くすり)', 'blood pressure pills'],
    // A child who swallowed a grown-up's medicine, a count of tablets or by mistake: a poisoning (a child's own cold
    // medicine is a dose). What was swallowed is told before the verb (Japanese is verb-last), so the English names the
    // pills again after it.
    [
      '(?<=(?:子|娘|息子|孫|赤ちゃん|歳|才)[^。]{0,40}(?:(?:祖母|祖父|おばあちゃん|おじいちゃん|母|父|ママ|パパ|大人)の[^。]{0,8}(?:薬|くすり)|(?:\\d+|[一二三四五六七八九十]|何|数)(?:錠|粒|カプセル)|誤って|勝手に|こっそり)[^。]{0,15}?)(?:飲んでしまった|飲んじゃった|食べてしまった|食べちゃった|飲み込んだ|飲んだ|食べた)|誤飲',
      'then swallowed pills',
    ],
    [
      '(?:\\d+)分(?:以上|くらい|ほど|近く)?(?:続いて|止まらない|止まりません|続いています|続いてる)',
      'for # minutes and it will not stop',
    ],
    [
      '(?:振られ|失恋|別れ)[^。！？]{0,10}?胸が(?:すごく|とても|めっちゃ|ぎゅっと)?(?:苦し|痛)(?:い|くて|む)?(?<!(?:締め付け|締めつけ|しめつけ|圧迫|押さ|潰さ|つぶさ|重い|肩|背中|腕|顎|あご|首|放散|広が|[0-9０-９一二三四五六七八九十数何半]分|[0-9０-９一二三四五六七八九十数何半]時間|続|止まら|治まら|おさまら|収まら|引かない|汗|息|呼吸|吐き気|めまい|ふらふら|動悸)[\\s\\S]*)(?![\\s\\S]*(?:締め付け|締めつけ|しめつけ|圧迫|押さ|潰さ|つぶさ|重い|肩|背中|腕|顎|あご|首|放散|広が|[0-9０-９一二三四五六七八九十数何半]分|[0-9０-９一二三四五六七八九十数何半]時間|続|止まら|治まら|おさまら|収まら|引かない|汗|息|呼吸|吐き気|めまい|ふらふら|動悸))',
      'i feel heartbroken',
    ],
    // Session 38: a suicide inside a drama, a film, an anime or the news is a story, never the writer's intent; a suicide
    // note written.
    [
      '(?:ドラマ|映画|アニメ|漫画|マンガ|小説|ニュース)[^、。,.!?！？]{0,20}?(?:自殺|遺書)',
      'in the film a character killed himself',
    ],
    ['遺書(?:を|も)?(?:書い|書き|書く)', 'i wrote a suicide note'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    ['血が(?:噴き出|吹き出|どくどく|ドクドク|大量に出)', 'blood spurting'],
    ['(?:包丁|ナイフ|ガラス)で(?:手|指|腕|足)?(?:を)?(?:深く)?切(?:って|った|り)', 'cut deeply with a knife'],
    [
      '顔の片(?:側|方)が(?:垂れ下が|下が|ゆが|歪)|顔が(?:ゆがん|歪ん)|口(?:元)?が(?:垂れ|下が|ゆが|歪)',
      'face drooping',
    ],
    ['言葉が(?:うまく)?出(?:ない|ません|なく)', 'slurred speech'],
    ['(?:ハチ|蜂|はち)に刺され', 'stung by a bee'],
    ['顔が(?:腫れ|はれ)', 'face swelling'],
    ['息苦し(?:い|くて|いです|そう)', 'difficulty breathing'],
    ['(?:けいれん|痙攣|ひきつけ)(?:して|が)?(?:止まらない|止まりません|止まらず|続いて)', 'seizure that will not stop'],
    [
      '(?:洗剤|漂白剤|ハイター|灯油|殺虫剤|農薬|ボタン電池|除草剤)を(?:飲んで|飲んだ|食べて|食べた|口に入れ|誤飲)',
      'swallowed bleach',
    ],
    ['(?:睡眠薬|薬)を(?:大量に|たくさん|全部|一度に)飲', 'took an overdose of pills'],
    ['頭を(?:強く)?打(?:って|った|ち)', 'hit his head hard'],
    ['何度も(?:吐いて|吐いた|嘔吐)|(?:繰り返し|何回も)吐', 'vomiting repeatedly'],
    [
      '血が(?:止まらない|止まりません|止まらなくて|止まらず|とまらない|噴き出て|吹き出て)|出血が(?:止まらない|止まりません|止まらず)',
      'the bleeding will not stop',
    ],
    [
      '(?:ベランダ|屋上|ビル|橋|窓|マンション)から飛び降り|飛び降りようと|遺書(?:も|を)書',
      'i will kill myself tonight',
    ],
    [
      '(?:片方の|右の|左の|片側の)?(?:腕|手)に力が入(?:らない|らなく|りません)|(?:腕|手)が(?:上がらない|動かない)',
      'suddenly weak arm',
    ],
    [
      'ろれつが回(?:らない|りません|らなく)|呂律が回(?:らない|りません)|話し方がおかしい|しゃべり方がおかしい',
      'slurred speech',
    ],
    [
      '(?:ピーナッツ|落花生|ナッツ|エビ|えび|海老|カニ|かに|蟹|卵|そば|蕎麦|ゴマ|キウイ)(?:を)?(?:食べたら|食べて|食べた後|食べたあと)',
      'ate peanuts',
    ],
    ['(?:喉|のど)が(?:腫れ|はれ)', 'throat swelling'],
    ['(?:舌|唇)が(?:腫れ|はれ)', 'tongue swelling'],
    ['熱湯|熱いお湯|沸騰したお湯', 'scalded with boiling water'],
    ['大きな(?:水ぶくれ|水疱)', 'big blisters'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, a person, a verb in its other
    // forms), so a wording nobody listed is still read.
    ['息が(?:でき|吸え|し)(?:なく|ない|ません)(?:なって|なり|なっ)?', 'cannot breathe'],
    ['倒れ(?:て|た|ました|ている)', 'collapsed and'],
    [
      // Not answering a call because a game, a phone or a screen holds the child is no collapse (review V24, session 42).
      '(?:呼んでも|揺すっても|叩いても)(?:起きません|起きない|目を覚まさない|目を覚ましません|反応(?:が)?ない|返事(?:が)?ない)(?![^。！？]*(?:ゲーム|スマホ|携帯|電話|テレビ|動画|夢中|イヤホン|LINE|ライン|メール))',
      'cannot be woken',
    ],
    ['(?<!(?:朝|なかなか|早く))(?:起きません|目を覚ましません)', 'will not wake up'],
    ['胸が(?:すごく|とても|激しく|ひどく|急に|締め付けられるように)(?:痛|苦し)', 'severe chest pain'],
    [
      '(?:左腕|左手|あご|顎|背中|肩)(?:まで|に|の方に|へ)(?:しびれ|痺れ|痛み|広が|響|ひび)',
      'spreading to the left arm and jaw',
    ],
    ['意識(?:が)?(?:もうろう|朦朧)|(?:言ってること|話)が(?:おかしい|支離滅裂)', 'confused'],
    ['(?:片目|片方の目|目)が(?:急に)?(?:見えない|見えなく|見えません)', 'suddenly cannot see in one eye'],
    ['(?:物|もの)が(?:二重|ダブって)に?見え', 'double vision'],
    [
      '(?:人生|今まで)で一番(?:ひどい|痛い|強い)頭痛|バットで殴られた(?:ような|みたいな)頭痛',
      'the worst headache of my life',
    ],
    ['溺れ(?:て|た|ました|かけ)', 'drowned'],
    ['破水|羊水が(?:出|漏れ)', 'waters broke'],
    ['胎動が(?:少な|ない|感じられ|弱)', 'reduced baby movements'],
    ['ぐったり(?:して)?', 'floppy'],
    ['(?:ミルク|おっぱい|母乳)を飲(?:まない|みません|まなく|もうとしない)', 'not feeding'],
    ['手首を切', 'i cut my wrists'],
    ['インスリンを(?:二回|2回|二重に|倍|間違えて|打ちすぎ)', 'took a double dose of insulin by mistake'],
    ['黒い便|便が黒|タール(?:のような|状の)便', 'black stools'],
    ['(?:唇|くちびる)(?:と|も)(?:舌|した)が(?:腫れ|はれ)', 'swollen lips and tongue'],
    ['息子(?:が|は)?', 'my son'],
    ['娘(?:が|は)?', 'my daughter'],
    ['(?:祖母|おばあちゃん|祖父|おじいちゃん)(?:が|は)?', 'my grandmother'],
    ['(?:夫|主人|旦那)(?:が|は)?', 'my husband'],
    // Session 58 (T110): brothers and sisters, older and younger (兄 is also read in 兄弟: siblings), and the wife.
    ['(?:お?兄(?:さん|ちゃん)?|弟)(?:が|は)?(?!弟|妹)', 'my brother'],
    ['(?:お?姉(?:さん|ちゃん)?|妹)(?:が|は)?', 'my sister'],
    ['(?:妻|家内|嫁)(?:が|は)?', 'my wife'],
    ['(?:子供|子ども|こども)(?:が|は)?', 'child'],
    // Not the "もし" inside a word ("しゃべれ" after "も": 一言もしゃべれない).
    // "かもしれない" (may be) holds "もし" and asks nothing of anyone: "飲んだかもしれません" (she may have taken them).
    ['(?<!か)もし(?![ゃゅょャュョも])', 'if someone '],
    // "もしも" and "万が一" (if ever, should it happen) suppose what the question asks about, as "もし" does; not the
    // telephone's "もしもし" (session 63, T142).
    ['もしも(?!し)|万が一|万一', 'if someone '],
    ['どうすれば(?:いい)?|どうしたら(?:いい)?', 'what should i do'],
    ['息が(?:できない|できません|吸えない)', 'cannot breathe'],
    ['息が苦しい|呼吸が苦しい|呼吸困難', 'difficulty breathing'],
    ['唇が(?:紫|青)', 'blue lips'],
    ['胸が(?:痛|締め付け|苦しい|圧迫)|胸の痛み', 'chest pain'],
    ['冷や汗', 'cold sweat'],
    ['左腕|左手', 'left arm'],
    ['意識が(?:ない|ありません)|意識を失', 'unconscious'],
    ['(?:起きない|目を覚まさない|呼んでも起きない)', 'will not wake up'],
    ['反応が(?:ない|ありません)', 'is not responding'],
    ['(?:顔の片側|口)が(?:下が|曲が|ゆが)', 'face drooping'],
    ['ろれつが回らない|話せない|言葉が出ない', 'cannot speak and slurred speech'],
    ['脳卒中|脳梗塞', 'stroke'],
    // Session 48: drinking stopped and what follows it (NICE CG100: tremor, things seen, a fit), told the Japanese way.
    ['(?:お酒|酒|アルコール)を?(?:急に|いきなり|突然|ぱったり)?(?:やめ|止め|断っ|抜い)|断酒', 'stopped drinking'],
    // Shaking read only beside drinking stopped: hands that shake before a talk or in the cold are no fit (review V30).
    [
      `${toldAnywhere('(?:お酒|酒|アルコール|断酒)')}(?:手|体|全身|からだ)が?(?:ひどく|すごく|激しく|ぶるぶる|ガタガタ)?(?:震え|ふるえ)`,
      'shaking all over',
    ],
    [
      '(?:いない|見えない)(?:人|もの|誰か)と(?:話|しゃべ)|(?:壁|天井|床)に(?:虫|アリ|蟻|クモ|蜘蛛)|幻覚|幻視',
      'seeing things that are not there',
    ],
    ['(?:けいれん|痙攣|ひきつけ)(?:して(?:いる|います)|中)', 'he is having a seizure'],
    ['けいれん|痙攣|ひきつけ|発作', 'seizure'],
    ['薬を(?:全部|一箱|たくさん|大量に)飲', 'took all the pills'],
    ['死にたい', 'i want to die'],
    ['自殺', 'i want to kill myself'],
    ['血を吐', 'vomiting blood'],
    ['血が止まらない|出血が止まらない', 'bleeding heavily and it will not stop'],
    ['出血', 'bleeding'],
    ['妊娠', 'pregnant'],
    ['熱が(?:ない|ありません)', 'has no fever'],
    // Session 53 (T84): and told with "も" or in the continuative ("呼吸がなく、"), and "息をしていません".
    [
      '(?:脈|呼吸|息)(?:が|も)(?:ない|なく|ありません)|息を(?:していない|していません|してない|してません)',
      'no pulse and is not breathing',
    ],
    ['(?:今は|今日は|もう)(?:元気|大丈夫|治(?:った|りました)|良くな)', 'is fine now'],
    ['熱|発熱', 'fever'],
    ['首が(?:硬|固)', 'stiff neck'],
    ['(?:\\d+)(?:ヶ月|か月|カ月)', '# months old'],
    ['赤ちゃん(?:が|は)?', 'baby'],
    ['母(?:が|は)?', 'my mother'],
    ['父(?:が|は)?', 'my father'],
    ['急に|突然', 'suddenly'],
    // Session 39: body parts read alone, after every phrase that holds them: where a burn is (NHS: the face, hands, feet).
    ['顔', 'face'],
    ['両手|手のひら|手の甲|手', 'hands'],
    ['腕', 'arm'],
    ['足', 'feet'],
    ['胸', 'chest'],
    ['口(?=を|に|が|の|も)', 'mouth'],
    ['お腹|おなか', 'abdomen'],
    ['去年|昔|子供の頃', 'last year'],
    ...JAPANESE_FINDINGS.phrases,
    ...JAPANESE_MODIFIERS,
    ...JAPANESE_EVERYDAY.phrases,
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...JAPANESE_FUMES,
  ],
};
