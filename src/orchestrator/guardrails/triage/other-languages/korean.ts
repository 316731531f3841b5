import { KOREAN_FACE_TURNED_WITH_A_WORD_BETWEEN } from './face-turned-with-a-word-between.js';
import { KOREAN_GLASS_TEST_AND_NECK } from './glass-test-and-a-neck-that-will-not-bend.js';
import { KOREAN_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { KOREAN_END_TO_EVERYTHING } from './an-end-to-everything-told-with-its-means.js';
import { KOREAN_PILLS_TOLD_BY_THEIR_PACK } from './pills-told-by-their-count-or-pack.js';
import { KOREAN_FINDINGS } from './breathing-bleeding-children/korean.js';
import { KOREAN_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import { KOREAN_EVERYDAY } from './everyday-words/korean.js';
import { KOREAN_INTENT_AND_CRISIS } from './intent-and-crisis/korean.js';
import { KOREAN_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/korean.js';
import { type LanguageLexicon, toldAnywhere, toldNowhere } from './language-lexicon.js';
import { KOREAN_MODIFIERS } from './modifiers/korean.js';

/** Nowhere in the message a death, an inheritance, a lawyer, a notary or a drama: where a will is the ordinary one. */
const NOT_BESIDE_AN_ESTATE = toldNowhere(
  '돌아가|고인|사망|상속|변호사|공증|재산|드라마|영화|장면|수업|교육|수술|혹시 ?몰라|미리|대비|여행',
);

/**
 * Silence after a goodbye or beside despair (Samaritans: a goodbye message, then no answer): a call not answered is read
 * as that silence only there; alone it is someone asleep, busy or out of battery.
 */
/** Exercise, running, the stairs, a climb: what leaves anyone out of breath. */
const BESIDE_EXERTION = toldAnywhere('(?:운동|뛰|달리|계단|등산|헬스|조깅|축구|농구|오르면|올라가)');

const BESIDE_A_GOODBYE = toldAnywhere(
  '(?:(?:그동안|다들|모두|정말) ?고마웠|잘 ?있으라고|마지막 ?인사|유언|유서|죽고|죽을|살기 ?싫|미안하다고)',
);

/**
 * Session 40: why Korean was read least. Its phrases glossed a finding's noun ("발작", "기억", "감각") and left the verb
 * that makes it a finding ("일으키고 있어요", "못 해요", "없어요") unread, and a negation told after ("없어요") then
 * negated the last finding read ("쓰러져서 불러도 대답이 없어요" read "not collapsed"). So each kind below is read from
 * its parts, noun and verb together, in the polite and casual endings.
 */

/** Unconsciousness seen by a bystander: no answer when called, shaken or pinched (MTS: unresponsive). */
const LOSS_OF_CONSCIOUSNESS: ReadonlyArray<readonly [string, string]> = [
  // A sleeper who is slow to rise in the morning, told as a habit, is no one who cannot be roused.
  [
    '(?:아침에|아침마다|매일|평소에?|주말에)[^.!?]{0,12}?(?:깨워도 )?잘 ?안 ?일어나|잠귀가 ?어두',
    'is slow to get up in the morning',
  ],
  [
    '(?:불러도|깨워도|흔들어도|꼬집어도|때려도|두드려도) ?(?:대답|대꾸|반응)(?:이|도|을)? ?(?:없|안 ?해|안 ?하|못 ?해)',
    'is not responding',
  ],
  // "웃겨서 기절했어": died laughing, the idiom.
  ['(?:웃겨서|웃다가|웃겨|너무 웃어서|웃기서) ?(?:진짜 |완전 )?기절(?:했|할|하겠|함|하는 ?줄)?', 'laughed so hard'],
  ['(?<!잃을 ?)정신을 ?(?:잃었|잃고|잃어|놓았|놓고)|(?<!기절할 ?)기절(?:했|해서|하고|한 ?뒤)', 'lost consciousness'],
];

/** A convulsion told with its verb: having one now, or had one (an earlier one is read as English reads it). */
const SEIZURE: ReadonlyArray<readonly [string, string]> = [
  ['공황 ?(?:발작|장애)', 'panic attack'],
  ['(?:경련|발작)(?:을|를|이|가)? ?(?:\\d+) ?분 ?(?:넘게|이상|째|동안|가까이)', 'seizure for more than # minutes'],
  [
    '(?:경련|발작|경기|간질)(?:을|를)? ?(?:일으키고 ?있|일으켜요|일으키는 ?중|계속 ?해|계속하)',
    'he is having a seizure',
  ],
  ['(?:경련|발작|경기|간질)(?:을|를)? ?(?:일으켰|했)', 'had a seizure'],
  // Eyes turned up, the white showing: how a parent tells a fit (NHS febrile seizures).
  ['눈(?:이|을)? ?(?:위로 ?(?:올라가|치켜|돌아가)|흰자(?:만|위가)? ?보|돌아가)', 'eyes rolled back'],
];

/** Breathing told plainly (NICE NG143 red flags): blue lips, gasping, wheeze the inhaler does not ease, suffocating. */
const BREATHING_DIFFICULTY: ReadonlyArray<readonly [string, string]> = [
  // Lips blue after the pool or the cold that came back when warmed are cold, not hypoxia.
  ['(?:몸을 ?녹이니|따뜻하게 ?하니|금방|곧|바로) ?(?:다시 ?)?(?:돌아왔|괜찮아졌|원래대로)', 'went back to normal'],
  ['입술(?:이|색이)? ?(?:새파래|파래|퍼래|시퍼래|보랏빛|보라색)', 'blue lips'],
  // A dog or a cat panting after a walk or in the heat is an animal cooling itself.
  [
    '(?<=(?:강아지|개가|개는|고양이|반려견|멍멍이|댕댕이)[^.!?]{0,15})(?:숨을 ?)?헐떡(?:거려|거리|여|이)',
    'the dog is panting',
  ],
  ['(?:숨을 ?)?헐떡(?:거려|거리|여|이)', 'gasping'],
  // "숨이 막히다" is also a stifling mood, a job or a place ("회사 분위기가 숨이 막혀요").
  [
    '(?<!(?:분위기|회사|직장|학교|집|시험|스트레스|답답해서|답답하고)[^.!?]{0,12})숨이 ?(?:막혀(?:요|서|고|와|죽)|안 ?쉬어져)',
    'cannot breathe',
  ],
  ['(?:분위기|회사|직장|학교|집|시험|스트레스)[^.!?]{0,12}숨이 ?막혀', 'feel stressed'],
  [
    '(?:흡입기|호흡기|벤토린|inhaler)(?:를|을)? ?(?:써도|뿌려도|해도|했는데도|썼는데도) ?(?:안 ?나아|소용 ?없|그대로|효과 ?없|계속)',
    'the inhaler is not helping',
  ],
  [
    '(?:흡입기|호흡기|벤토린)(?:를|을)? ?(?:쓰니까|쓰고 ?나니|뿌리니까|썼더니) ?(?:좋아졌|괜찮아졌|나아졌)',
    'the inhaler helped',
  ],
  // "쌕쌕 자다": a baby breathing softly in its sleep.
  ['쌕쌕(?:거리며|거리면서|하며)? ?(?:잘 ?|푹 ?|곤히 ?)?(?:자|잠들|잠을)', 'sleeping soundly'],
  ['쌕쌕(?:거리|거려|대|해)', 'wheezing'],
];

/** A baby's red flags told by a parent (NICE NG143 traffic light): fontanelle, no wet nappy, floppy, a weak cry. */
const INFANT_DISTRESS: ReadonlyArray<readonly [string, string]> = [
  ['(?:숨구멍|대천문|천문)(?:이|가)? ?(?:볼록|불룩|튀어나|부풀|부어)', 'soft spot is bulging'],
  ['(?:숨구멍|대천문|천문)(?:이|가)? ?(?:쑥 ?|움푹 ?|푹 ?)(?:들어갔|꺼졌|패였|꺼져)', 'soft spot is sunken'],
  ['기저귀(?:가|를|도)? ?(?:하루 ?종일 |반나절 |\\d+ ?시간 ?(?:동안|째) )?(?:안 ?젖|젖지 ?않)', 'no wet nappy all day'],
  ['(?<=(?:아기|애기|신생아|아이|애)[^.!?]{0,20})(?:몸이 ?)?축 ?(?:늘어지|늘어져|처지|처져)', 'floppy'],
  ['울음소리(?:가|도)? ?(?:약해|약하|힘이 ?없|가냘)|힘없이 ?울', 'weak cry'],
];

/** Head injury red flags (NICE NG232): knocked out, vomiting, drowsy, no memory; a bump and play are none. */
const HEAD_INJURY: ReadonlyArray<readonly [string, string]> = [
  // Blood told by how it pours ("콸콸", "철철": gushing), the severe bleeding of MTS.
  // Told to have stopped ("10분 지나니 멈췄어요"), it is a bleed that stopped.
  [
    '피가 ?(?:콸콸|철철|줄줄|펑펑|쏟아지듯) ?(?:나|흘러|쏟아|나와)(?![^.!?]*(?<!(?:안|못) ?)(?:멈췄|멎었|그쳤|멈추었))',
    'bleeding heavily',
  ],
  ['혹만 ?(?:났|생겼|조금)|혹이 ?(?:조금 )?(?:났|생겼)', 'only a bump'],
  ['(?:잘 ?놀|멀쩡히 ?놀|평소처럼 ?놀)(?:아요|고|고 ?있|아)', 'playing normally'],
  ['계단에서 ?(?:굴러 ?)?(?:떨어졌|떨어진|떨어져|굴렀|굴러)', 'had a fall on the stairs'],
  ['머리(?:를|가|에)? ?(?:크게 |심하게 )?(?:다쳤|다쳐서|다친|찢어졌|깨졌|터졌)', 'head injury'],
  ['머리(?:를|가)? ?(?:세게 |심하게 |크게 |쾅 )?(?:부딪치|부딪혀|부딪쳤|부딪친|박았|박고|찧었|찧고)', 'hit his head'],
  // A password, a name or a date not remembered is no amnesia.
  [
    '(?<!(?:비밀번호|이름|날짜|번호|아이디|단어|어디|뭐)(?:가|를|이|도)? ?)기억(?:을|이|도)? ?(?:전혀 )?(?:못 ?해|못 ?하|안 ?나|없)',
    'cannot remember anything',
  ],
  ['(?:높은 ?곳|사다리|지붕|나무|옥상)에서 ?(?:굴러 ?)?(?:떨어졌|떨어진|떨어져|굴렀|굴러)', 'had a fall from a height'],
];

/** Major trauma (MTS): a road crash, a limb bent the wrong way, a bone out; eye injuries by a chemical or a fragment. */
const MAJOR_TRAUMA_AND_EYE: ReadonlyArray<readonly [string, string]> = [
  ['교통사고|차에 ?치였|차에 ?치여|오토바이 ?사고', 'car crash'],
  // Session 60 (T121): the energy of a crash or a fall told by what followed (NICE NG41 high-energy mechanisms).
  ['(?:몇|\\d+) ?(?:미터|m) ?(?:날아|튕겨)', 'thrown into the air'],
  ['차가 ?(?:뒤집혔|뒤집어졌|전복)', 'the car rolled over'],
  ['(?:비계|공사장 ?비계|지붕|옥상)에서 ?떨어', 'fell from the scaffolding'],
  ['목이 ?아프|목(?:이|을)? ?못 ?움직', 'neck pain'],
  [
    '(?:팔|다리|발목|손목|발|손가락)(?:이|가)? ?(?:이상한 ?방향으로|반대로|기괴하게|반대 ?방향으로) ?(?:꺾|휘|돌아)',
    'leg bent the wrong way',
  ],
  ['뼈가 ?(?:튀어나왔|밖으로|보여|보이)', 'bone sticking out'],
  [
    '눈에 ?(?:락스|세제|표백제|화학 ?약품|약품|염산|양잿물|석회|시멘트|세정제|뚫어뻥|소독약)(?:이|가|를|을)? ?(?:튀|들어갔|들어가|묻)',
    'bleach splashed in the eye',
  ],
  [
    '눈에 ?(?:뭔가|무언가|쇳조각|유리 ?조각|파편|나무 ?조각|못|철사)(?:이|가)? ?(?:박혔|박힌|찔렸|꽂혔)',
    'something stuck in my eye',
  ],
  ['안경(?:을|이)? ?(?:안 ?쓰면|없으면|벗으면)[^.!?]{0,10}안 ?보', 'short-sighted without glasses'],
  ['눈이 ?(?:너무 |갑자기 )?(?:아프고 )?(?:안 ?보여|안 ?보이|보이지 ?않)', 'cannot see'],
];

/** A surgical abdomen, cord compression and stroke told by their parts (NICE; MTS). */
const ABDOMEN_CORD_AND_STROKE: ReadonlyArray<readonly [string, string]> = [
  // A voice lost to a cold or a sore throat is no stroke's lost speech.
  [
    '(?:감기|목감기|인후염)[^.!?]{0,12}목(?:이|소리가)? ?(?:쉬어서|쉬었|잠겨서|잠겼)(?: ?말(?:을|도))?(?: ?잘)?(?: ?못 ?해| ?못 ?하)?',
    'has lost her voice from a cold',
  ],
  [
    '오른쪽 ?아랫배(?:가|에|쪽이)? ?(?:너무|심하게|엄청|극심하게|찢어질 ?듯이?|죽을 ?듯이?) ?아(?:파|프)',
    'severe pain in the lower right abdomen',
  ],
  [
    '(?:양쪽 ?)?(?:다리|엉덩이|항문 ?주변|사타구니)(?:에|가|이)? ?감각이 ?(?:없|안 ?느껴|둔해|무뎌)',
    'no feeling in the legs',
  ],
  ['허리(?:가|도)? ?아(?:파|프)', 'back pain'],
  ['소변(?:을|이)? ?(?:못 ?봐|못 ?봤|안 ?나와요)', 'cannot pass urine'],
  [
    '한쪽 ?(?:팔다리|팔|다리|몸)(?:에|이|가)? ?(?:갑자기 )?(?:힘이 ?(?:빠지|빠져|없|안 ?들어)|마비)',
    'weakness in the arm and leg on one side',
  ],
  [
    '(?<!(?:어이가 ?없어서|기가 ?막혀서|할|황당해서|놀라서|감동해서) ?)말이 ?(?:잘 ?)?(?:안 ?나와|안 ?나오|꼬여|어눌)',
    'cannot get words out',
  ],
];

/** Korean in Hangul. Its particles join the word ("가슴이", "숨을"), so its phrases are found anywhere, as in Chinese. */
/**
 * Session 46: findings the lists held with one particle or one ending, told with another: a noun takes 이/가, 은/는, 도, 에
 * or none ("다리도 힘이 빠져요", "열 39.7도"), a verb any ending of its stem ("조이는", "조여", "잡히고", "잡혔"). Read first,
 * so the noun alone is not read before its finding (the throat, a leg, a bridge told as "다리": a leg or a bridge).
 */
const TOLD_WITH_ANY_PARTICLE: ReadonlyArray<readonly [string, string]> = [
  // A throat that tightens after what sets anaphylaxis off (a food, a sting, an injection) or with a wheeze; told of
  // anxiety alone it is a feeling of the throat.
  [
    `${toldAnywhere('(?:먹고|먹은|먹었|먹자|쏘였|쏘인|물렸|주사|맞고|맞은|맞았|쌕쌕|두드러기가 ?(?:났|나|생|올라))')}목(?:구멍)?(?:이|가|은|도)? ?(?:조이|조여|조인|조였|조르|막히|막혀|막힌|좁아)`,
    'throat tightening',
  ],
  ['목(?:구멍)?(?:이|가|은|도)? ?(?:조이|조인|조르)', 'a tight feeling in the throat'],
  // One side's leg or arm (BE-FAST) before both legs; "다리" alone after a side is that side's.
  [
    '(?:왼쪽|오른쪽|한쪽) ?(?:팔다리|팔|다리)(?:가|이|에|도|는)? ?힘이 ?(?:없|빠지|빠져|빠졌|안 ?들어)',
    'weakness on one side',
  ],
  ['(?:양쪽 ?)?다리(?:도|는|가|에도|까지)? ?힘이 ?(?:없|빠지|빠져|빠졌|안 ?들어)', 'both legs weak'],
  // Speech that will not come "well" (잘); "말이 안 나와요" alone is speechless at something absurd.
  ['말(?:이|도)? ?잘 ?안 ?나와', 'cannot speak'],
  // Someone telling where they are: "한강 다리에 와 있어요" (I have come to the bridge), not one told of ("와 있다고 했어요"),
  // Only beside a goodbye or despair: at the bridge for its night view is a walk.
  [
    `${BESIDE_A_GOODBYE}(?:한강|강|대교|철교|육교) ?다리에 ?(?:와|가|서|올라) ?있(?:어요|어|다|습니다|음)(?! ?고)`,
    'i am on the bridge',
  ],
  // The saddle told numb (cauda equina red flags: buttocks, groin, around the anus), with the back's history.
  [
    '(?:엉덩이|항문 ?주변|사타구니|회음부?)(?:(?:랑|와|과|하고|이랑)? ?(?:엉덩이|항문 ?주변|사타구니|회음부?))?(?:에|가|이|도)? ?(?:감각이 ?(?:없|안 ?느껴|둔해|무뎌)|저려|저리|먹먹)',
    'numbness in the groin and buttocks',
  ],
  ['허리 ?(?:수술|디스크)', 'a back operation'],
  ['열(?:이|은|도)? ?(?:\\d+(?:\\.\\d)?) ?도', 'fever #'],
  ['물집(?:이|가|도)? ?(?:크게|많이|엄청|여기저기) ?(?:잡히|잡혀|잡혔|생기|생겨|생겼|올라|났)', 'big blisters'],
  ['피부(?:가|도|는)? ?(?:하얗게|허옇게|까맣게|새까맣게) ?(?:벗겨|까졌|까져|녹았|허물)', 'skin peeling off'],
  // A bridge someone is on ("한강 다리에 와 있다"), not one crossed on a bicycle.
  ['(?:한강|강|대교|철교|육교) ?다리(?=에 ?(?:와 ?있|가 ?있|서 ?있|있|올라))', 'bridge'],
];

/**
 * A verb told in the honorific of an elder ("할머니가 약을 드셨어요": grandmother took the medicine) and a past told as
 * what seems to have happened ("먹은 것 같아요": seems to have taken), as the plain past the lists are written in: most
 * messages about a parent or grandparent tell their acts so, and a count of pills or a bleach swallowed was read only
 * in the plain "먹었". Session 48.
 */
const PLAIN_PAST: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:드신|잡수신|먹은) ?것 ?같/g, '먹었던 것 같'],
  [/(?:삼키신|삼킨) ?것 ?같/g, '삼켰던 것 같'],
  [/(?:마시신|마신) ?것 ?같/g, '마셨던 것 같'],
  [/드셨|잡수셨|복용하셨|복용했/g, '먹었'],
  [/드신(?= ?(?:후|뒤|다음))/g, '먹은'],
  [/드시고/g, '먹고'],
  [/드시더니/g, '먹더니'],
  [/삼키셨/g, '삼켰'],
  [/마시셨/g, '마셨'],
];

function withThePlainPast(folded: string): string {
  return PLAIN_PAST.reduce((text, [honorific, plain]) => text.replace(honorific, plain), folded);
}

export const KOREAN: LanguageLexicon = {
  language: 'Korean',
  script: 'hangul',
  respelled: withThePlainPast,
  // "기침은 없어요", "구토도 없었고": no cough, no vomiting either ("없어지다", to disappear, is no negation).
  negationAfter:
    '(?:은|는|이|가|도)? ?(?:없(?:어요|었어요|었고|고|음|습니다|었습니다|다|어|는데|었는데|었음)(?![지져졌])|안 했(?:어요|고|습니다))',
  phrases: [
    ...KOREAN_FACE_TURNED_WITH_A_WORD_BETWEEN,
    ...KOREAN_GLASS_TEST_AND_NECK,
    ...KOREAN_END_TO_EVERYTHING,
    ...KOREAN_PILLS_TOLD_BY_THEIR_PACK,
    ...KOREAN_FAREWELL_AND_SAVED_PILLS,
    // A course finished with its complaint still there ("감기약을 다 먹었는데 아직 기침을 해요": finished the cold medicine
    // and still coughing) is a course, not a pack swallowed at once: read before the counts (review V30).
    [
      '\\p{L}*약(?:을|를|은|도)? ?(?:다|전부) ?먹었는데 ?(?:아직|여전히|계속)(?= ?(?:기침|열|콧물|목|가래|아프|아파|낫|안 ?나|증상|그대로))',
      'finished the course of medicine and still',
    ],
    ...TOLD_WITH_ANY_PARTICLE,
    ...LOSS_OF_CONSCIOUSNESS,
    ...SEIZURE,
    ...BREATHING_DIFFICULTY,
    ...INFANT_DISTRESS,
    ...HEAD_INJURY,
    ...MAJOR_TRAUMA_AND_EYE,
    ...ABDOMEN_CORD_AND_STROKE,
    ...KOREAN_INTENT_AND_CRISIS.phrases,
    ...KOREAN_SELF_HARM_AND_POISONING.phrases,
    // Heartache told with a break-up: grief only when bare. A character (squeezing, pressing), a spread to shoulder,
    // back, arm or jaw, a duration, a pain that will not stop or a companion finding anywhere in the message keeps the
    // chest pain (NICE CG95): a cause told beside a symptom never deletes it.
    [
      '(?:헤어져서|헤어지고|이별해서|이별하고|차여서|실연(?:당해서|해서)?)[^.!?]{0,8}?가슴이 (?:너무 |정말 |많이 )?아파(?:요)?(?<!(?:쥐어짜|조이|조여|짓누르|누르는|눌리|압박|어깨|등까지|등이|팔|턱|퍼지|번지|분째|분 째|분 동안|분동안|분 넘게|시간째|시간 째|시간 동안|안 멈|멈추지|안 나아|안 가라앉|안 낫|땀|숨|호흡|어지러|메스꺼|토할|구토|두근)[\\s\\S]*)(?![\\s\\S]*(?:쥐어짜|조이|조여|짓누르|누르는|눌리|압박|어깨|등까지|등이|팔|턱|퍼지|번지|분째|분 째|분 동안|분동안|분 넘게|시간째|시간 째|시간 동안|안 멈|멈추지|안 나아|안 가라앉|안 낫|땀|숨|호흡|어지러|메스꺼|토할|구토|두근))',
      'i feel heartbroken',
    ],
    // Session 39: burns read by their parts (NHS burns and scalds; British Burn Association referral): how it burned (a
    // flame, boiling water or soup, an electric shock), what it did (blisters, skin coming off) and where (face, hands,
    // belly, a large area). "화상" is also a video call ("화상 통화", "화상 회의") and a sunburn is read as what it is, first.
    // "화상" is a burn only told as one (화상을 입다, 화상 부위, a burn at the end of a clause); before any other noun it is
    // a video call, lesson or consultation ("화상 영어 수업", "화상 과외").
    ['화상(?! ?(?:을|를|이|으로|부위|자국|입|흉터|연고|치료|[,.!?]|$))', 'video call'],
    ['(?:햇볕|햇빛|햇살)에 ?(?:타|탔|그을)|일광 ?화상', 'sunburn'],
    ['살짝|조금|약간', 'a little'],
    ['(?:불|뜨거운 ?물|끓는 ?물|기름|국|물|주전자|냄비|다리미)에 ?(?:데었|데여|데어|덴|데였)|화상', 'burned'],
    // The scald's verb told after the part it burned ("손을 데었는데").
    ['(?<=(?:을|를|에|이|가|손|발|팔|다리) ?)데(?:었|였|여서|어서|여)', 'burned'],
    ['(?:냄비|주전자|컵라면|라면|국|찌개)(?:를|을)? ?(?:엎|쏟)', 'boiling water spilled on him'],
    ['불이 ?(?:났|붙었|붙어)', 'caught fire'],
    ['연기를 ?(?:많이 |엄청 )?(?:마셨|마시|들이마셨)|연기 ?흡입', 'inhaled a lot of smoke'],
    ['목소리가 ?(?:쉬었|갈라|쉰)|목이 ?쉬었', 'hoarse voice'],
    ['감전', 'electric shock'],
    ['물집이 ?(?:크게|많이|엄청|여기저기) ?(?:잡혔|생겼|올라|났)', 'big blisters'],
    ['물집', 'blisters'],
    ['피부가 ?(?:벗겨|까졌|까져|녹았|허물)', 'skin peeling off'],
    ['(?:부위|범위|면적)(?:가|이)? ?(?:넓|크)|넓게', 'a large area'],
    // Session 39: a wish not to live on, told by itself; living somewhere or alone is no such wish.
    [
      '(?<!(?:에서|에|혼자|같이|여기서|거기서|이렇게|그렇게) ?)(?:살기 ?싫|살고 ?싶지 ?않|더 이상 살 ?(?:수 ?없|이유가 ?없)|사는 게 ?의미 ?없)',
      'i do not want to live anymore',
    ],
    // A goodbye sent and then silence (Samaritans), unless it is a farewell to someone leaving (a job, a move, a school).
    [
      '(?:(?<=(?:그만두|퇴사|이사|전학|유학|졸업|이직|송별|전근|퇴직|떠나는)[\\s\\S]*)|(?=[\\s\\S]*(?:그만두|퇴사|이사|전학|유학|졸업|이직|송별|전근|퇴직|떠나는)))(?:(?:그동안|다들|모두|정말) ?고마웠|잘 ?있으라고|마지막 ?인사)',
      'said farewell to a colleague who is leaving',
    ],
    // Session 53 (T84): a will (유언장) written or left by the writer or someone close, not by the dead, not with a lawyer, an
    // inheritance, a notary or an operation ahead beside it, is a suicide note (NICE NG225: putting affairs in order); told with those, or
    // with the honorific of an elder's act (쓰셨어요), it is the ordinary will it is.
    [
      `${NOT_BESIDE_AN_ESTATE}유언장(?:을|를|도|까지)? ?(?:다 ?)?(?:썼|써|쓰고|써놨|써 놨|써놓|써 놓|남기고|남겼|남겨|남긴)(?![^,.!?]{0,6}(?:셨|시고|시어|신|두셨))`,
      'i wrote a suicide note',
    ],
    ['유언장', 'a will'],
    // Ending it all told by what ends ("인생을 끝낼", not "다 끝낼": all my homework) or, beside a suicide note or a wish to die, as the act to
    // come ("오늘 밤에 끝낼 거래요"); not homework or a job finished.
    [
      `(?:(?:모든 ?걸|모든 ?것을|내 ?인생을|인생을|삶을|내 ?삶을) ?끝낼|${toldAnywhere('(?:유서|유언장|죽고 ?싶|살기 ?싫|자살)')}(?:오늘 ?밤에?|오늘|이제|내일) ?(?:다 ?)?끝낼) ?(?:거|거야|거예요|거래요|거라고|래요|게요|꺼야|꺼예요)`,
      'i will end it all tonight',
    ],
    ['(?:그동안|다들|모두|정말) ?고마웠|잘 ?있으라고|마지막 ?인사|유언', 'goodbye'],
    [`${BESIDE_A_GOODBYE}(?:연락이 ?(?:안 ?돼|안 ?되|두절|없)|전화(?:를|도)? ?안 ?받)`, 'is not answering his phone'],
    ['연락이 ?(?:안 ?돼|안 ?되|두절|없)|전화(?:를|도)? ?안 ?받', 'missed my call'],
    [
      '(?:칼|커터칼|커터|카터칼|면도칼|면도날)(?:로|으로) ?(?:팔|손목|허벅지|다리)(?:을|를)? ?(?:여러 ?번 |계속 |또 |자꾸 )?(?:그었|긋|그어)',
      'cut her arm with a razor on purpose',
    ],
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    // A phone or an app that "eats" battery ("배터리를 먹는 앱") is a drain, no swallowing.
    [
      '(?<!(?:앱|어플|폰|핸드폰|휴대폰|게임|노트북|기기|유튜브|동영상)[^.!?]{0,15})(?:단추 ?|동전 ?|수은 ?)?(?:건전지|배터리|전지)(?:를|을)? ?(?:삼켰|삼킨|먹었|삼켜|먹은)',
      'swallowed a button battery',
    ],
    ['애(?=가 |는 |를 )', 'the child'],
    // Session 39: breath too short to speak, an infant's ribs drawn in (NICE NG143).
    // A nose blocked by a cold, and breath short after exercise or the stairs, are no breathing emergency (NHS).
    [
      '(?:코가 ?막혀(?:서)?|코막힘(?:으로|때문에)?) ?(?:코로 )?숨(?:쉬기|을 쉬기|이)?(?:가|도)? ?(?:너무 |많이 |좀 )?(?:힘들|어렵|답답|차)|코로 숨(?:쉬기|을 쉬기)(?:가|도)? ?(?:너무 |좀 )?(?:힘들|어렵|답답)',
      'blocked nose from a cold',
    ],
    [`${BESIDE_EXERTION}숨이 ?(?:너무 |많이 |엄청 |좀 )?차(?:서|고|요|는데)`, 'out of breath after exercise'],
    ['숨이 ?(?:너무 |많이 |엄청 )?차(?:서|고|요)', 'short of breath'],
    ['숨(?:쉬기|을 쉬기)(?:가|도)? ?(?:너무 |많이 )?(?:힘들|어렵|벅차)', 'difficulty breathing'],
    // A child who does not talk yet ("아직 말도 못 해요") is no lost speech.
    ['(?<!아직 ?)(?:한 ?문장도|한마디도|말도) ?(?:말을 )?(?:못|잘 못)', 'cannot speak'],
    ['아직 (?:말도|말을) ?(?:못|잘 못)', 'does not talk yet'],
    [
      '갈비뼈 ?(?:사이가|사이로|밑이|밑에가)? ?(?:쑥쑥 |푹푹 |쏙쏙 )?(?:들어가|함몰|움푹)|흉곽 ?함몰',
      'ribs sucking in',
    ],
    // Session 39: shock after fluid loss, heat stroke, a rigid belly, danger in a psychosis, cauda equina.
    ['설사', 'diarrhoea'],
    ['얼굴(?:이|색이)? ?(?:창백|하얗|새하얗|하얘|허옇)', 'pale'],
    ['토하고|토해요|토했', 'vomiting'],
    ['어지럽|어지러워', 'dizzy'],
    ['손발이 ?(?:차갑|차가워|차요|얼음|싸늘)', 'cold hands and feet'],
    ['쓰러질 ?(?:것 ?같|듯)', 'feel like fainting'],
    ['땡볕|뙤약볕|폭염|불볕', 'in the sun'],
    ['몸이 ?(?:불덩이|펄펄 ?끓|엄청 ?뜨거|너무 ?뜨거)', 'body burning hot'],
    ['땀이 ?(?:안 ?나|나지 ?않|전혀 ?안)', 'not sweating'],
    ['(?:배|복부)가 ?(?:너무 |엄청 |심하게 )?(?:딱딱|단단|돌처럼|판자처럼)', 'abdomen rigid like a board'],
    ['데굴데굴 ?구르', 'rolling around in pain'],
    ['배가 ?(?:너무|엄청|심하게|죽을 ?듯이|찢어질 ?듯이) ?아파', 'severe abdominal pain'],
    ['며칠(?:째|동안|이나)? ?잠을 ?(?:안|못) ?(?:자|잤)', 'has not slept for days'],
    [
      '(?:누가|누군가|사람들이|다들) ?(?:자기를|자기|나를|저를|그를|형을)? ?죽이려(?:고)? ?(?:한다|해|든다)',
      'says people want to kill him',
    ],
    ['칼을 ?(?:들고|쥐고|휘두르)', 'holding a knife'],
    [
      '(?:스무|서른|마흔|쉰|열|스물|수십|\\d{2,}) ?(?:알|정|개)(?:을|를|이나)? ?(?:넘게 |한꺼번에 |다 )?(?:먹었|삼켰|먹어 ?버렸)',
      'swallowed 20 pills',
    ],
    ['허리가 ?(?:너무|많이|엄청|심하게) ?아프', 'severe lower back pain'],
    ['(?:양쪽 ?)?다리에 ?힘이 ?(?:없|빠지|빠져|안 ?들어)', 'both legs weak'],
    ['소변(?:이|을)? ?(?:안 ?나와|안 ?나|못 ?보|볼 ?수 ?없)', 'cannot pass urine'],
    // The clinician's note: chest pain spreading to the left arm.
    ['흉통', 'chest pain'],
    ['(?:좌측|왼쪽) ?(?:팔|어깨|상지)(?:로|까지)? ?방사', 'spreading to the left arm'],
    ['환자', 'patient'],
    ['(?:\\d+)세 ?남(?:성|자)?', '# year old man'],
    // Session 37: a young infant's age from birth in weeks or days and a temperature in degrees (NICE: under 3 months
    // with 38 °C or more is red); a snake's bite; a toddler who swallowed a grown-up's tablets.
    ['(?:태어난 ?지|생후) ?(?:\\d+) ?(?:주|주일)(?: 된| 째| 차)?', '# weeks old'],
    ['(?:태어난 ?지|생후) ?(?:\\d+) ?일(?: 된| 째| 차)?', '# days old'],
    ['(?:\\d+) ?(?:주|주일) ?된 (?:아기|신생아|애기)', '# weeks old baby'],
    ['(?:\\d+) ?일 ?된 (?:아기|신생아|애기)', '# days old baby'],
    ['열이 (?:\\d+(?:\\.\\d)?) ?도', 'fever #'],
    ['뱀(?:한테|에게|에)? ?물(?:렸|려|린)', 'bitten by a snake'],
    ['(?<!\\d)[1-9] ?살(?: 아이| 아기| 애기| 애| 딸| 아들)?', 'my # year old child'],
    ['(?:한|두|세|네) 살(?: 아이| 아기| 애기| 애| 딸| 아들)?', 'my 2 year old child'],
    ['혈압약', 'blood pressure pills'],
    // A child who swallowed a grown-up's medicine, a count of tablets or by mistake: a poisoning (a child's own cold
    // medicine is a dose). What was swallowed is told before the verb (Korean is verb-last), so the English names the
    // pills again after it.
    [
      '(?<=(?:아이|아기|애기|애|딸|아들|[1-5] ?살|한 살|두 살|세 살|네 살)[^.!?]{0,40}(?:(?:할머니|할아버지|엄마|아빠|어른|언니|형|누나|오빠)(?:의)? ?\\p{L}*약|(?:\\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|여러) ?(?:알|정|캡슐)|몰래|실수로|통째로)[^.!?]{0,20}?)(?:먹었|삼켰|먹어 ?버렸|주워 먹었)',
      'then swallowed pills',
    ],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      '(?:한강|다리|옥상|건물|베란다|창문)(?:에 가서| 가서|에서|에|으로|가서)? ?뛰어내(?:릴|리려|리겠|린다)',
      'i will jump off the bridge tonight',
    ],
    ['숨을 헐떡(?:이|거리)', 'gasping'],
    ['말을 (?:못|잘 못|한마디도 못)', 'cannot speak'],
    [
      '(?:옥상|다리|건물|베란다|창문|한강)(?:에서|에|으로)? ?뛰어내(?:릴|리려고|리겠|릴래|린다|려고)',
      'i will kill myself tonight',
    ],
    [
      '(?:약|수면제|알약)(?:을|를)? ?(?:오늘 |오늘밤 |지금 |오늘 밤 )?(?:다|전부|모두|한꺼번에) ?(?:먹으려고|먹을|먹겠|삼키|먹어버|털어)',
      'i will kill myself tonight',
    ],
    [
      '(?:땅콩|견과류|새우|갑각류|해산물|생선|계란|달걀|호두|참깨|키위)(?:을|를)? ?(?:먹고|먹은 후|먹었는데|먹은 뒤|먹더니|먹었더니)',
      'ate peanuts',
    ],
    ['뜨거운 (?:물|국|커피|차|기름)(?:에|을|이)? ?(?:데|쏟)', 'scalded with boiling water'],
    // Session 38: a scald in boiling water and blisters that came up big; a suicide inside a drama, a film or the news is a
    // story, never the writer's intent; a suicide note written.
    ['끓는 (?:물|국|기름)(?:에|을|이)? ?(?:데|쏟|화상)', 'scalded with boiling water'],
    ['물집이 (?:크게|많이|엄청|여기저기) (?:잡혔|생겼|올라)', 'big blisters'],
    // The story's suicide or note is a character's; "나도" / "제가" (I too, I) after the film is the writer's own.
    [
      '(?:드라마|영화|뉴스|웹툰|소설|기사)(?:(?!나도|저도|제가|내가|나는|저는)[^,.!?]){0,20}?자살',
      'in the film a character killed himself',
    ],
    [
      '(?:드라마|영화|웹툰|소설)[^,.!?]{0,12}?(?:주인공|등장인물|인물|캐릭터|남주|여주)(?:(?!나도|저도|제가|내가|나는|저는)[^,.!?]){0,12}?유서|(?:드라마|영화|웹툰|소설) ?속 ?(?:의 )?유서',
      'in the film a character killed himself',
    ],
    ['유서(?:를|도)? ?(?:썼|써|쓰고|써놨|써 놨)', 'i wrote a suicide note'],
    // Session 52 (T82): ... or left (남기고, 남겼어요); not a will left by the dead, told with the honorific (남기셨어요) or
    // beside a death, an inheritance, a lawyer or a drama (유서 is also an ordinary will; review V34 14:45), nor left in
    // advance by a living parent (남겨 두셨다: the honorific after the verb, review V34 15:13).
    [
      `유서(?:를|도)? ?(?:남기고|남겼|남겨|남긴)(?![^,.!?]{0,6}(?:셨|시고|시어|신))${toldNowhere('돌아가|고인|사망|상속|변호사|공증|드라마|영화|장면')}`,
      'i wrote a suicide note',
    ],
    ['(?:큰|커다란|엄청 큰) ?물집', 'big blisters'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, a person, a verb in its other
    // forms), so a wording nobody listed is still read.
    ['쓰러(?:져|졌|지|짐)(?:서|어요|습니다|는데)?', 'collapsed and'],
    [
      '(?:깨워도|불러도|흔들어도) ?(?:안|못) ?(?:일어나|깨어나|깨|일어났)(?:요|어요|네요|고|지 않)?|안 일어나요',
      'cannot be woken',
    ],
    [
      '(?:경련|발작|(?<!(?:축구|야구|농구|배구|테니스|게임|시합) ?)경기)(?:을|를|이|가)? ?(?:멈추지 않|안 멈추|안 멈춰|멈추질 않|멈추지를 않|계속 (?:해|하고))',
      'seizure that will not stop',
    ],
    [
      '(?:입술|혀|얼굴|눈|목)(?:이|가|랑|이랑|하고|과|와)? ?(?:(?:입술|혀|얼굴|눈)(?:이|가|도)? ?)?(?:퉁퉁 )?(?:부었|부어|붓고|부풀|붓기)',
      'swollen face and tongue',
    ],
    ['(?:한쪽|한 쪽) ?(?:눈이|눈) ?(?:안 보|보이지 않|갑자기 안 보)', 'suddenly cannot see in one eye'],
    ['(?:물건이|사물이)? ?(?:두 개로|겹쳐) ?보', 'double vision'],
    [
      '(?:인생|평생|태어나서) ?(?:최악의|제일 심한|가장 심한) ?두통|망치로 (?:맞은|얻어맞은) (?:것 같은|듯한) ?두통',
      'the worst headache of my life',
    ],
    ['두통|머리가 (?:깨질|터질)', 'headache'],
    ['(?:물에 )?빠져(?:서)? ?(?:숨을|의식)|익사', 'drowned'],
    ['양수가 ?(?:터졌|나와|새)', 'waters broke'],
    ['태동이 ?(?:없|줄었|느껴지지 않|약해)', 'reduced baby movements'],
    ['손목을 ?(?:그었|긋|칼로)', 'i cut my wrists'],
    ['인슐린(?:을|를)? ?(?:두 번|두번|2번|실수로|잘못|많이)', 'took a double dose of insulin by mistake'],
    ['검은 ?(?:변|똥)|변이 ?(?:검|까맣)', 'black stools'],
    ['할머니(?:가|는|께서)?', 'grandmother'],
    ['할아버지(?:가|는|께서)?', 'my grandfather'],
    ['남편(?:이|은)?', 'my husband'],
    ['아들(?:이|은)?', 'my son'],
    ['딸(?:이|아이)?', 'my daughter'],
    // Registers and verb forms beyond the plain ones (past and first person, colloquial wordings).
    ['(?:입|얼굴)(?: ?한쪽)?(?:이|가)? ?(?:처지|돌아가|삐뚤|마비)', 'face drooping'],
    ['말(?:이|을)? ?어눌|발음이 ?어눌|혀가 ?꼬', 'slurred speech'],
    ['(?:락스|표백제|세제|농약|살충제|쥐약|부동액)(?:를|을)? ?(?:마셨|먹었|삼켰)', 'drank bleach'],
    // A detergent capsule bitten bursts in the mouth (TOXBASE: liquid laundry and dishwasher capsules).
    ['세제 ?캡슐(?:을|를)? ?(?:깨물었|깨물어|물어 ?뜯|터뜨렸|입에 ?넣었)', 'bit into a detergent capsule'],
    [
      // A bottle taken over a week, a little each day, is a course, not an overdose.
      '(?:약|수면제|알약|진통제|타이레놀)(?:을|를)? ?(?:한 ?통|한 ?병|전부|다|많이|한 움큼)(?: 다)? ?(?:먹었|삼켰)(?![^.!?]{0,30}(?:동안|나눠|나누어|매일|하루에))',
      'took all the pills',
    ],
    ['수면제|신경안정제', 'sleeping pills'],
    ['가슴이 ?(?:쥐어짜|조이|짓누르|터질)', 'chest pain'],
    ['임신 ?(?:\\d+) ?주', 'pregnant # weeks'],
    ['피가 ?(?:많이|엄청|계속) ?(?:나|흘러)', 'bleeding heavily and it will not stop'],
    ['피가 ?(?:솟구|뿜어|분수처럼|철철)', 'blood spurting'],
    ['(?:벌|말벌)에 ?쏘', 'stung by a bee'],
    ['목(?:구멍)?이 ?(?:부어|붓|막혀|조여)', 'throat swelling'],
    ['머리를 ?(?:부딪|박|찧)', 'hit his head'],
    ['(?:두|세|여러) ?번 ?토', 'vomited several times'],
    ['(?:계속 )?졸려|자꾸 자', 'drowsy'],
    // Session 60 (T121): the months since birth told by their count, with "태어난 지" as with "생후"; six months is no
    // young infant (NICE NG143: under 3 months).
    ['(?:태어난 ?지|생후) ?한 ?(?:달|개월)(?: 된| 째| 차)?', '1 month old'],
    ['(?:태어난 ?지|생후) ?두 ?(?:달|개월)(?: 된| 째| 차)?', '2 months old'],
    ['(?:태어난 ?지|생후) ?(?:\\d+) ?(?:달|개월)(?: 된| 째| 차)?', '# months old'],
    ['(?:젖|분유)(?:을|를)? ?안 ?먹', 'not feeding'],
    ['축 ?늘어져|처져 있', 'floppy'],
    ['살고 싶지 않|죽을 거', 'i want to die'],
    // Korean tells a negation and a feeling after the word: "가슴 통증은 없고" (no chest pain), "창피해서 죽고 싶다" (dying of shame).
    ['(?:창피|배고파|배고프|웃겨|더워|추워|피곤|졸려|부끄러워|민망)(?:해서|서)? ?죽(?:고 싶|겠)', 'feel embarrassed'],
    ['가슴 ?(?:통증|아픈 (?:것|건))(?:은|는|이|도)? ?(?:없|안 )', 'no chest pain'],
    ['맥박(?:이|도)? ?없|숨(?:을|도)? ?안 ?쉬', 'no pulse and is not breathing'],
    ['(?:지금은|오늘은|이제는?) (?:괜찮|멀쩡|다 나았|좋아졌)', 'is fine now'],
    ['숨(?:은|도|이|쉬는 건)? ?괜찮', 'breathing is fine'],
    ['열(?:은|도)? ?없', 'has no fever'],
    ['만약|만일', 'if someone '],
    ['어떻게 해야 (?:하나요|돼요|할까요)|어떡해', 'what should i do'],
    ['숨을? (?:못 ?쉬|쉬지 못)|숨이 안 쉬어', 'cannot breathe'],
    ['숨(?:쉬기|이) (?:힘들|가빠|차)|호흡 ?곤란', 'difficulty breathing'],
    ['입술이 (?:파랗|퍼렇|보라)', 'blue lips'],
    ['가슴(?:이|에)? ?(?:너무 |많이 |심하게 )?(?:통증|아프|아파|조여|답답|짓눌)', 'chest pain'],
    ['식은땀', 'cold sweat'],
    ['왼(?:쪽 )?팔', 'left arm'],
    ['의식(?:이|을)? ?(?:없|잃)', 'unconscious'],
    ['(?:안 ?깨어나|깨어나지 않|안 일어나|깨워도 안)', 'will not wake up'],
    ['반응(?:이)? ?없', 'is not responding'],
    ['(?:입|얼굴)(?:이|한쪽이)? ?(?:돌아가|처지|삐뚤)', 'face drooping'],
    ['말을? (?:못 ?하|잘 못)|발음이 (?:어눌|이상)', 'cannot speak and slurred speech'],
    ['뇌졸중|중풍', 'stroke'],
    ['(?:경련|발작|경기)(?:을|를)? ?(?:하고 있|해요|중)', 'he is having a seizure'],
    ['경련|발작|경기', 'seizure'],
    ['약을 ?(?:다|전부|한 통|많이) ?(?:먹|삼켰)', 'took all the pills'],
    ['죽고 싶', 'i want to die'],
    ['자살', 'i want to kill myself'],
    // A threat to die told with the will ("죽어버리겠다", "목숨을 끊겠다"), never after a feeling of degree ("더워서
    // 죽어버리겠어", "배고파 죽어버리겠네": so hot, so hungry I could die), the idiom "죽겠다" says with more force.
    [
      '(?<!(?:더워|더웠|추워|배고파|배불러|졸려|심심해|짜증나|짜증 나|열받아|웃겨|귀찮아|창피해|부끄러워|목말라|피곤해|지루해|답답해)(?:서)? ?(?:진짜 |정말 |너무 |완전 )?)(?:죽어 ?버리겠|죽어 ?버릴 ?거)|목숨을 끊겠|목숨을 끊을 ?거',
      'i will kill myself tonight',
    ],
    ['피를 ?토', 'vomiting blood'],
    ['피가 ?(?:안 멈|멈추지 않|계속)', 'bleeding heavily and it will not stop'],
    ['출혈', 'bleeding'],
    ['임신', 'pregnant'],
    ['열이 ?(?:없)', 'has no fever'],
    ['열이|고열', 'fever'],
    ['목이 ?(?:뻣뻣|굳)', 'stiff neck'],
    ['(?:\\d+) ?개월', '# months old'],
    ['(?:아기|아이)(?:가|는)?', 'baby'],
    ['(?:엄마|어머니)(?:가|는|께서)?', 'my mother'],
    ['(?:아빠|아버지)(?:가|는|께서)?', 'my father'],
    ['(?:\\d+)분 ?(?:전|째)', 'for # minutes'],
    ['갑자기', 'suddenly'],
    ['작년|예전에|어렸을 때', 'last year'],
    // Session 39: body parts read alone, after every phrase that holds them: where a burn is (NHS: face, hands, feet).
    ['얼굴', 'face'],
    ['손(?=에|이|을|과|하고|바닥|등)', 'hands'],
    ['발(?=에|이|을|과|하고|바닥)', 'feet'],
    ['다리(?=에|가|를|도)', 'leg'],
    ['애기(?:가|는)?', 'baby'],
    ['팔(?=에|이|을|과|하고)', 'arm'],
    ['배(?=에|를)', 'belly'],
    ...KOREAN_FINDINGS.phrases,
    ...KOREAN_MODIFIERS,
    ...KOREAN_EVERYDAY.phrases,
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...KOREAN_FUMES,
  ],
};
