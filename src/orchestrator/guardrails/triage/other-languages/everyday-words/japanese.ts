import type { EverydayWords } from './everyday-words.js';

/**
 * Japanese everyday words. Japanese writes no spaces and a verb's ending carries its tense and its negation
 * ("止まらない": will not stop, "起きない": will not wake), so each gloss is a phrase read anywhere, the stem with its
 * endings. The Chinese lexicon reads what is left, so the kanji words a Japanese message shares are read here first.
 */
export const JAPANESE_EVERYDAY: EverydayWords = {
  phrases: [
    // What a body part cannot do (NHS 111: cannot breathe, speak, swallow, move, wake).
    [
      '息が(?:でき|出来)(?:ない|ません)|息が(?:吸え|吐け)(?:ない|ません)|呼吸が(?:でき|出来)(?:ない|ません)',
      'cannot breathe',
    ],
    ['息が(?:苦し|くるし)(?:い|そう)|息苦し(?:い|そう)|ゼーゼー|ヒューヒュー', 'difficulty breathing'],
    [
      'ろれつが回(?:らない|りません|ってない)|呂律が回(?:らない|りません)|言葉が(?:出ない|出ません|おかしい)',
      'slurred speech',
    ],
    ['飲み込め(?:ない|ません)|飲み込みにくい', 'cannot swallow'],
    ['動け(?:ない|ません)|動かせ(?:ない|ません)|立て(?:ない|ません)|歩け(?:ない|ません)', 'cannot move'],
    ['見え(?:ない|ません)|見えにくい', 'cannot see'],
    [
      '(?:呼びかけ|呼ん|揺すっ|叩い)(?:て|ても)(?:も)?(?:反応が(?:ない|ありません)|目を覚まさない)|反応が(?:ない|ありません)',
      'is not responding',
    ],
    ['(?:ミルク|おっぱい)を?飲ま(?:ない|ません|なくなった)', 'not feeding'],
    ['止まら(?:ない|ず|ないです|ません)', 'will not stop'],
    ['片側|片方|半身', 'one side'],
    ['(?:顔|口)の?片側が?(?:下がっ|垂れ|ゆがん|歪ん)', 'face drooping'],
    // Colours and states.
    ['紫色|青紫|チアノーゼ|真っ青', 'turned blue'],
    ['顔色が(?:悪い|悪く)|青白い|真っ白', 'pale'],
    ['冷や汗', 'cold sweat'],
    ['ぐったり', 'floppy'],
    ['首が(?:硬い|硬く|曲がらない)|項部硬直', 'stiff neck'],
    ['しびれ(?:る|て|ている)?|痺れ', 'numb'],
    ['意識が(?:ない|ありません|もうろう|朦朧)|意識不明', 'unconscious'],
    ['腫れ(?:て|た|ている|てきた)?', 'swollen'],
    ['高熱', 'high fever'],
    ['発疹|ぶつぶつ|湿疹', 'rash'],
    ['じんましん|蕁麻疹', 'hives'],
    // How bad, how sudden, since when.
    ['朝から|今朝から', 'since this morning'],
    ['昨夜から|昨晩から|夜中から', 'since last night'],
    ['(?:どんどん|だんだん)(?:ひどく|悪く|強く)', 'keeps getting worse'],
    ['(?:\\d+)分(?:以上|間|経っても|たっても)?', 'for # minutes'],
    ['急に|突然', 'suddenly'],
    ['すごく|とても|かなり|ひどく|激しく', 'very'],
    ['少し|ちょっと', 'a little'],
    ['ずっと', 'continuously'],
    // Quantities and means.
    ['(?:薬|錠剤|睡眠薬|錠)を?(?:一箱|ひと箱|一瓶|ひと瓶|一シート|全部)', 'a whole box of pills'],
    ['全部', 'all'],
    ['睡眠薬|睡眠導入剤', 'sleeping pills'],
    ['漂白剤|洗剤|塩素系|カビキラー|ハイター', 'bleach'],
    ['殺鼠剤|殺虫剤|農薬', 'rat poison'],
    ['ロープ|縄', 'rope'],
    // People told about.
    ['父|お父さん|親父', 'my father'],
    ['母|お母さん|おふくろ', 'my mother'],
    ['祖父|おじいちゃん|じいちゃん', 'grandfather'],
    ['祖母|おばあちゃん|ばあちゃん', 'grandmother'],
    ['(?<!丈)夫|主人|旦那', 'my husband'],
    ['妻|嫁', 'my wife'],
    ['息子', 'my son'],
    ['娘', 'my daughter'],
    ['子供|子ども|こども', 'child'],
    ['赤ちゃん|乳児|新生児', 'baby'],
    ['同僚', 'coworker'],
    ['患者', 'the patient'],
    // Body parts.
    ['胸', 'chest'],
    ['お腹|おなか|腹', 'belly'],
    ['唇', 'lips'],
    ['喉|のど', 'throat'],
    ['顔', 'face'],
    ['左腕|左手', 'left arm'],
    ['腕', 'arm'],
    ['頭', 'head'],
    // Actions.
    ['倒れ(?:た|て|ました)', 'collapsed'],
    ['(?:転んで|転倒して|落ちて)', 'fell'],
    ['(?:吐い|嘔吐)(?:た|て|ている|しています)?', 'vomiting'],
    ['出血', 'bleeding'],
    ['飲んで(?:しまっ)?(?:た|しまいました)|飲んだ|飲みました', 'drank'],
    // Since long ago: a finding told with its years is a long-standing one (the question a triage asks: since when?).
    ['前から|昔から|何年も|いつものこと|持病', 'for years'],
    // Questions and the everyday words around a finding.
    ['どうすれば(?:いい|良い)(?:ですか)?|どうしたら(?:いい|良い)', 'what should i do'],
    ['大丈夫(?:ですか|でしょうか)?', 'is it okay'],
    ['様子を見(?:て|ても)', 'wait and see'],
    ['救急車', 'ambulance'],
    ['病院', 'hospital'],
    ['昨日', 'yesterday'],
    ['今日', 'today'],
    ['今は|いまは', 'now'],
    ['元気', 'well'],
  ],
};
