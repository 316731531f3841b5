import type { LanguageLexicon } from './language-lexicon.js';

/** Japanese, in kana and kanji, written without spaces; kanji it shares with Chinese are read by the Chinese lexicon too. */
export const JAPANESE: LanguageLexicon = {
  language: 'Japanese',
  script: 'kana',
  // "胸の痛みはありません": the chest pain, there is none.
  negationAfter: '(?:は|も|が)(?:ありません(?:でした)?|ないです|なかった(?:です)?|ない|なし)',
  phrases: [
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
    ['子供|子ども|こども', 'child'],
    ['もし', 'if someone '],
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
    ['(?:脈|呼吸)が(?:ない|ありません)|息をしていない', 'no pulse and is not breathing'],
    ['(?:今は|今日は|もう)(?:元気|大丈夫|治(?:った|りました)|良くな)', 'is fine now'],
    ['熱|発熱', 'fever'],
    ['首が(?:硬|固)', 'stiff neck'],
    ['(?:\\d+)(?:ヶ月|か月|カ月)', '# months old'],
    ['赤ちゃん', 'baby'],
    ['母', 'my mother'],
    ['父', 'my father'],
    ['急に|突然', 'suddenly'],
    ['去年|昔|子供の頃', 'last year'],
  ],
};
