import type { EverydayWords } from './everyday-words.js';

/**
 * Korean everyday words. Korean joins its particles to the word ("가슴이": the chest + subject) and its endings to the
 * verb ("못 쉬어요": cannot breathe, "안 멈춰요": will not stop), so each gloss is a phrase read anywhere, the stem with
 * the endings people type (polite "-요", plain "-다", past "-었"). Single syllables that are also other words (눈: eye
 * or snow, 배: belly, pear or boat, 약: medicine or about) are read only with their particle.
 */
export const KOREAN_EVERYDAY: EverydayWords = {
  phrases: [
    // What a body part cannot do (NHS 111: cannot breathe, speak, swallow, move, wake).
    ['숨(?:을|이)? ?(?:잘 ?)?(?:못 ?쉬|쉬지 ?못|안 ?쉬어|안 ?쉬)', 'cannot breathe'],
    ['숨(?:이|을)? ?(?:차|가빠|가쁘|막혀|막히)', 'short of breath'],
    [
      '말(?:을|도)? ?(?:제대로 |잘 )?(?:못 ?하|못해|하지 ?못)|발음이 ?(?:이상|어눌)|말이 ?(?:어눌|이상)',
      'cannot speak and slurred speech',
    ],
    ['(?:삼키지|삼킬 ?수|못 ?삼키)', 'cannot swallow'],
    ['(?:움직이지|움직일 ?수|못 ?움직|일어나지 ?못|못 ?일어나|걷지 ?못|못 ?걸)', 'cannot move'],
    ['(?:안 ?보여|안 ?보이|보이지 ?않)', 'cannot see'],
    ['(?:불러도|깨워도|흔들어도) ?(?:대답|반응)(?:이|도)? ?(?:없|안)', 'is not responding'],
    ['(?:젖|분유|우유)(?:을|를|도)? ?(?:안 ?먹|못 ?먹|안 ?빨)', 'not feeding'],
    ['(?:안 ?멈춰|안 ?멈추|멈추지 ?않|안 ?그쳐|그치지 ?않)', 'will not stop'],
    // Answering and coming round after a seizure or a blow (NICE CG137: not back to normal).
    ['대답(?:을|도)? ?(?:잘 ?)?(?:못|안) ?(?:해|하)', 'cannot answer'],
    ['멍하(?:게|고|니|다)?|멍해(?:요|졌)?', 'dazed'],
    ['온몸(?:을|이)? ?(?:떨|덜덜)', 'shaking all over'],
    // A match (경기) is a game beside its sport, read before "경기" (a child's convulsion) is.
    ['(?:축구|농구|야구|배구|테니스|탁구|배드민턴|게임|시합|볼링) ?경기', 'a football match'],
    ['한쪽|반쪽|한 ?쪽', 'one side'],
    ['(?:얼굴|입)(?:이|가)? ?(?:한쪽(?:이|으로)? ?)?(?:처지|처졌|비뚤어|돌아가|돌아갔)', 'face drooping'],
    // Colours and states.
    // Blue of the lips, the skin or the face, not a bruise ("멍이 퍼렇게": review V23).
    ['(?:입술|얼굴|피부|손톱|몸|손발)(?:이|가)? ?(?:파랗|파래|퍼렇|퍼레|보라색)|청색증', 'turned blue'],
    ['(?:창백|하얗게 ?질|새하얗)', 'pale'],
    ['식은땀', 'cold sweat'],
    ['축 ?(?:늘어|처져|쳐져)', 'floppy'],
    ['목(?:이|을)? ?(?:뻣뻣|굳|안 ?숙여|못 ?숙여)', 'stiff neck'],
    ['(?:저려|저리|저림|마비|감각이 ?없)', 'numb'],
    ['(?:의식이 ?없|의식을 ?잃|기절(?!할 ?뻔|할 ?것 ?같|하는 ?줄))', 'unconscious'],
    ['(?:부었|부어|붓고|퉁퉁)', 'swollen'],
    ['(?:열이 ?(?:높|많이|펄펄|40|39)|고열)', 'high fever'],
    ['(?:발진|두드러기)', 'rash'],
    // How bad, how sudden, since when.
    ['아침부터', 'since this morning'],
    ['(?:어젯밤|어제 ?밤|밤새)부터|어제부터', 'since last night'],
    ['(?:점점|갈수록) ?(?:심해|더 ?아파|악화)', 'keeps getting worse'],
    ['(?:\\d+)분(?:째|동안|이상|넘게)?', 'for # minutes'],
    ['갑자기', 'suddenly'],
    ['(?:너무|엄청|매우|아주|진짜|심하게)', 'very'],
    ['(?:조금|살짝|약간)', 'a little'],
    ['계속', 'continuously'],
    // Quantities and means.
    // A whole one swallowed ("다 먹었어요"), not one bought ("한 통 샀어요": review V23).
    [
      '약(?:을|도)? ?(?:한 ?통|한 ?병|한 ?상자|한 ?갑)(?:을|를)? ?(?:다|전부)(?= ?(?:먹|삼|털어))',
      'a whole box of pills',
    ],
    ['전부|몽땅', 'all'],
    ['수면제', 'sleeping pills'],
    ['(?:락스|표백제|세제|뚫어뻥|염산)', 'bleach'],
    ['(?:쥐약|농약|살충제)', 'rat poison'],
    ['(?:밧줄|끈)', 'rope'],
    ['(?:약을|약도|약이|알약)', 'medicine'],
    // People told about.
    ['(?:아버지|아빠|아버님)', 'my father'],
    ['(?:어머니|엄마|어머님)', 'my mother'],
    ['할아버지', 'grandfather'],
    ['할머니', 'grandmother'],
    ['남편', 'my husband'],
    ['(?:아내|와이프)', 'my wife'],
    ['아들', 'my son'],
    ['딸(?:이|아이|애)', 'my daughter'],
    ['(?:아기|애기|아가)', 'baby'],
    ['아이', 'child'],
    ['(?:이웃|옆집)', 'neighbour'],
    ['동료', 'coworker'],
    ['환자', 'the patient'],
    // Body parts.
    ['가슴', 'chest'],
    ['배가|배를|아랫배|윗배', 'belly'],
    ['입술', 'lips'],
    ['(?:왼팔|왼쪽 ?팔)', 'left arm'],
    ['(?:팔이|팔을|팔에|팔까지)', 'arm'],
    ['(?:다리가|다리를|다리에)', 'leg'],
    ['얼굴', 'face'],
    ['머리', 'head'],
    ['(?:혀가|혀를)', 'tongue'],
    ['(?:목구멍|목이 ?조)', 'throat'],
    // Actions.
    ['쓰러(?:졌|져)', 'collapsed'],
    ['(?:넘어(?:졌|져)|떨어(?:졌|져))', 'fell'],
    ['부딪(?:혔|혀|쳤|쳐)', 'hit'],
    // "토하지 않았어요": did not vomit; the negation after it is read by the Korean lexicon.
    ['(?:토해|토했|토하(?!지 ?않|진 ?않)|구토)', 'vomiting'],
    ['(?:피가|출혈)', 'bleeding'],
    ['(?:마셨|마셔)', 'drank'],
    ['먹었', 'ate'],
    ['삼켰', 'swallowed'],
    // Since long ago: a finding told with its years is a long-standing one (the question a triage asks: since when?).
    ['(?:예전|오래전|옛날|어릴 ?때)부터|몇 ?년(?:째|동안)|원래', 'for years'],
    // Questions and the everyday words around a finding; a short word only as a word of its own.
    ['어떻게 ?해야 ?(?:하나요|해요|할까요|돼요|되나요)', 'what should i do'],
    ['괜찮(?:은가요|을까요|나요|은 ?건가요)', 'is it okay'],
    ['괜찮(?:아졌어요|아졌|아요|습니다|고|아)', 'fine'],
    ['응급실', 'emergency room'],
    ['병원', 'hospital'],
    ['(?<![가-힣])지금(?:은)?', 'now'],
    ['(?<![가-힣])어제(?:는)?', 'yesterday'],
    ['(?<![가-힣])오늘(?:은)?', 'today'],
    ['(?<![가-힣])밤에', 'at night'],
    ['감기', 'a cold'],
    ['콧물', 'runny nose'],
    ['약국', 'pharmacy'],
  ],
};
