import { toldAnywhere, toldNowhere } from './language-lexicon.js';

/**
 * Session 48 (T67): three kinds the development sets of sessions 38-48 missed in several languages of the first group,
 * read as word families and grammar rather than sentences.
 * - Seizures that run into each other with no waking between (NICE NG217: status epilepticus), told by the waking verb
 *   in any tense or form, with its subject before it or not (session 49: "sem ele acordar", "sin que ella se despierte") ("no ha vuelto en sí", "sin recobrar el conocimiento", "não recupera a consciência", "ne
 *   reprend pas connaissance", "non si è svegliata", "中间没有醒") before "between them", and one seizure told after
 *   another ("crise sur crise", "crise atrás de crise", "una crisi dopo l'altra", "一次接一次"). Read only beside a
 *   seizure word, since "entre deux biberons" is a baby's night.
 * - A belief that one can fly, told on a height (NICE CG136 and NG225: a psychotic or manic person at risk of falling or
 *   jumping): "dice que puede volar" with a balcony, a roof or a terrace told anywhere in the message is read as the jump
 *   it announces; without a height, as what was said. "Volar en avión", "on m'a volé", "paura di volare" are not a
 *   belief about oneself.
 * - A farewell told indirectly (NICE NG225: a goodbye message, belongings given away, then silence): a goodbye voice
 *   note or message, a phone switched off. A goodbye to colleagues, a move or a retirement is not one.
 * Each list is read before its lexicon's other findings.
 */

/** A seizure word of the Romance languages and German, folded, somewhere in the message. */
const BESIDE_A_SEIZURE = toldAnywhere(
  '(?:convuls|crisis|crise|crisi|ataque|attacco|attacchi|epilep|epiless|espasm|anfall|anfalle|krampf)',
);

/** What a goodbye to colleagues, a class, a move or a retirement is told with: an ordinary leaving. */
const NOT_AN_ORDINARY_LEAVING =
  '(?![^]{0,80}(?:coleg|companer|colleg|collegh|kolleg|equipe|squadra|equipo|team|trabajo|trabalho|travail|lavoro|arbeit|job|emprego|empleo|retrait|pension|aposent|jubil|rente|mud(?:a|o|ou|ar|anza)|demenag|trasfer|trasloc|umzug|zieh|viaje|viagem|voyage|viaggio|reise|boda|casamento|mariage|matrimonio|hochzeit|escuela|escola|ecole|scuola|schule|classe|clase|turma))';

/**
 * The one who does not wake, told between "without" and the waking verb ("sin que ella se despierte", "sem ele acordar",
 * "senza che lui si svegli"): a pronoun or a word for the child, in each language's words (folded), each ending in a
 * space (an empty subject is a single space).
 */
const SUBJECT = {
  spanish: ' (?:(?:el|ella|la nena|el nene|el nino|la nina|el bebe|la bebe|mi hijo|mi hija) )?',
  portuguese: ' (?:(?:ele|ela|o bebe|a bebe|a crianca|o menino|a menina) )?',
  italian: ' (?:(?:lui|lei|il bambino|la bambina|il bimbo|la bimba) )?',
} as const;

/** What "between them" reads as, where the English rules read status epilepticus. */
const NO_WAKING_BETWEEN = 'did not wake up between them';
const ONE_AFTER_ANOTHER = 'seizure after seizure';
const SAYS_HE_CAN_FLY = 'says he can fly';
const FLY_FROM_A_HEIGHT = 'thinks he can fly and wants to jump from the balcony';
const GOODBYE_MESSAGE = 'sent a goodbye message';
const PHONE_OFF = 'her phone is off';

/**
 * A young child told anywhere in a message (an age under 13 in years, or a word for a small child): a child who says
 * he can fly is playing (review V30), and the height beside it is a window he looks out of. Folded; NOT_A_CHILD reads it
 * anywhere in a message.
 */
const A_CHILD =
  '(?:(?<![\\d.,])(?:[1-9]|1[0-2]) ?(?:anos|anitos|ans|anni|jahre|jahren)(?![\\p{L}])|nene|nena|nino|nina|crianca|menino|menina|enfant|gamin|bambin|kleinkind|kind(?![\\p{L}])|peter pan|superman|superheroe|super-heros)';
const NOT_A_CHILD = toldNowhere(A_CHILD);

/**
 * Someone on a height, told anywhere in a message by the place and the preposition that puts a person on it or at its
 * edge ("está en la azotea", "no telhado", "sur le balcon", "sul tetto", "auf dem Dach"), in each language's words
 * (folded); a height only looked out of ("mirando por la ventana") is not one.
 */
const ON_A_HEIGHT = {
  spanish: `${NOT_A_CHILD}${toldAnywhere(
    '(?:en|al|desde|sobre|encima de|al borde de) (?:el |la |lo |un |una |su )?(?:balcon|azotea|techo|tejado|terraza|cornisa|barandal|barandilla|puente|teleferico|mirador|orilla de la ventana|ventana del \\d+)',
  )}`,
  portuguese: `${NOT_A_CHILD}${toldAnywhere(
    '(?:no|na|em|do|da|sobre|em cima d[oa]|na beira d[oa]) (?:sua |seu )?(?:varanda|sacada|telhado|terraco|laje|parapeito|ponte|teleferico|mirante|beiral)',
  )}`,
  french: `${NOT_A_CHILD}${toldAnywhere(
    "(?:sur|au bord d[eu]|du haut d[eu]|a) (?:le |la |l'|un |une |son |sa )?(?:balcon|toit|terrasse|rebord|corniche|parapet|pont|telepherique|falaise|garde-corps)",
  )}`,
  italian: `${NOT_A_CHILD}${toldAnywhere(
    '(?:sul|sulla|sullo|dal|dalla|in|nel|al bordo del|in cima al) (?:suo |sua )?(?:balcone|terrazzo|terrazza|tetto|cornicione|ringhiera|ponte|funivia|scogliera|davanzale)',
  )}`,
  german: `${NOT_A_CHILD}${toldAnywhere(
    '(?:auf|am|vom|von|uber) (?:dem |der |den |das |seinem |ihrem )?(?:balkon|dach|terrasse|gelander|brucke|seilbahn|klippe|fenstersims|sims)',
  )}`,
} as const;

export const SPANISH_SEIZURES_FLIGHT_AND_FAREWELL: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:y )?(?:no|sin(?: que)?)${SUBJECT.spanish}(?:se )?(?:(?:ha|han|haya|hayan|habia|hubiera) )?(?:despert\\p{L}*|volv\\p{L}* en si|vuelto en si|recobr\\p{L}*|recuper\\p{L}*|reaccion\\p{L}*|respond\\p{L}*)(?: (?:el|la|del|su) (?:conocimiento|conciencia|sentido))? (?:entre|en medio de) (?:una y otra|uno y otro|un ataque y otro|una crisis y otra|las dos|los dos|ellas|ellos|(?:las |los )?(?:convulsiones|crisis|ataques))${BESIDE_A_SEIZURE}`,
    NO_WAKING_BETWEEN,
  ],
  [`(?:crisis|convulsion|ataque) (?:tras|sobre|detras de|despues de) (?:crisis|convulsion|ataque)`, ONE_AFTER_ANOTHER],
  [
    `${ON_A_HEIGHT.spanish}(?:dice|dijo|cree|piensa|asegura|grita|gritando|diciendo) (?:que )?(?:[^.,;!?]{0,40} que )?(?:el |ella )?(?:puede|sabe|va a|podria) volar`,
    FLY_FROM_A_HEIGHT,
  ],
  [
    `(?:dice|dijo|cree|piensa|asegura|diciendo) (?:que )?(?:[^.,;!?]{0,40} que )?(?:el |ella )?(?:puede|sabe|podria) volar`,
    SAYS_HE_CAN_FLY,
  ],
  [
    `(?:un |una |el |la )?(?:mensaje|audio|nota de voz|nota|carta|whatsapp|texto|video|mail|correo)(?: de voz)? (?:despidiendose|de despedida|diciendo adios|para despedirse)${NOT_AN_ORDINARY_LEAVING}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:tiene |con )?(?:el |su )?(?:telefono|celular|cel|movil) (?:esta )?apagado', PHONE_OFF],
];

export const PORTUGUESE_SEIZURES_FLIGHT_AND_FAREWELL: ReadonlyArray<readonly [string, string]> = [
  [`${ON_A_HEIGHT.portuguese}que (?:ele |ela )?(?:pode|sabe|consegue) voar`, FLY_FROM_A_HEIGHT],
  [
    `(?:e )?(?:nao|sem(?: que)?)${SUBJECT.portuguese}(?:se )?(?:(?:tem|tinha) )?(?:acord\\p{L}*|despert\\p{L}*|recuper\\p{L}*|volt\\p{L}* a si|volt\\p{L}* ao normal|reag\\p{L}*|respond\\p{L}*)(?: (?:a|da|de) (?:consciencia|sentidos))? (?:entre|no meio de) (?:uma e outra|um e outro|elas|eles|as duas|os dois|(?:as |os )?(?:convulsoes|crises|ataques))${BESIDE_A_SEIZURE}`,
    NO_WAKING_BETWEEN,
  ],
  [`(?:crise|convulsao|ataque) (?:atras de|apos|sobre|depois de) (?:crise|convulsao|ataque)`, ONE_AFTER_ANOTHER],
  [
    `${ON_A_HEIGHT.portuguese}(?:diz|disse|acha|pensa|afirma|grita|gritando|dizendo) (?:que )?(?:[^.,;!?]{0,40} que )?(?:ele |ela )?(?:pode|sabe|consegue|vai) voar`,
    FLY_FROM_A_HEIGHT,
  ],
  [
    `(?:diz|disse|acha|pensa|afirma|dizendo) (?:que )?(?:[^.,;!?]{0,40} que )?(?:ele |ela )?(?:pode|sabe|consegue) voar`,
    SAYS_HE_CAN_FLY,
  ],
  [
    `(?:uma |um )?(?:mensagem|audio|bilhete|carta|whatsapp|texto|video|email)(?: de voz)? (?:de despedida|se despedindo|despedindo-se|dizendo adeus|de adeus)${NOT_AN_ORDINARY_LEAVING}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:o |seu |teu )?(?:telefone|celular|telemovel) (?:esta |ta )?(?:desligado|desligou)', PHONE_OFF],
];

export const FRENCH_SEIZURES_FLIGHT_AND_FAREWELL: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:(?:il |elle )?(?:ne |n')?(?:se )?(?:reveill\\p{L}*|repren\\p{L}*|repris|revien\\p{L}*|reagi\\p{L}*)(?: (?:pas|plus))?|sans (?:se )?(?:reveiller|reprendre|revenir a (?:lui|elle)|reagir))(?: (?:connaissance|conscience))? (?:entre|au milieu de) (?:deux crises|deux convulsions|les crises|les convulsions|chaque crise|elles|eux|les deux)${BESIDE_A_SEIZURE}`,
    NO_WAKING_BETWEEN,
  ],
  [
    `(?:crise|convulsion) (?:sur|apres) (?:crise|convulsion)|(?:une )?crise apres l'autre|enchaine (?:les )?(?:crises|convulsions)`,
    ONE_AFTER_ANOTHER,
  ],
  [
    `${ON_A_HEIGHT.french}(?:dit|disant|croit|pense|affirme|crie|criant) (?:qu'(?:il|elle)|que (?:il|elle)) (?:peut|sait|va) voler`,
    FLY_FROM_A_HEIGHT,
  ],
  [`(?:dit|disant|croit|pense|affirme) (?:qu'(?:il|elle)|que (?:il|elle)) (?:peut|sait) voler`, SAYS_HE_CAN_FLY],
  [
    `(?:un )?(?:message|audio|vocal|mot|texto|sms|lettre|mail)(?: vocal)? (?:d'adieu|d'adieux|pour dire adieu|d'au revoir)${NOT_AN_ORDINARY_LEAVING}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:son |le )?(?:telephone|portable|tel) (?:est )?(?:eteint|coupe)', PHONE_OFF],
];

export const ITALIAN_SEIZURES_FLIGHT_AND_FAREWELL: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:(?:e )?non (?:si )?(?:e |ha )?(?:svegli\\p{L}*|riprend\\p{L}*|ripres\\p{L}*|rinvenut\\p{L}*|rinven\\p{L}*|reagi\\p{L}*)|senza (?:svegliarsi|riprendere|riprendersi|rinvenire|reagire)|senza che${SUBJECT.italian}(?:si )?(?:sia |fosse )?(?:svegli\\p{L}*|riprend\\p{L}*|ripres\\p{L}*|rinven\\p{L}*|reagi\\p{L}*))(?: (?:conoscenza|coscienza|i sensi))? (?:tra|fra) (?:una e l'altra|uno e l'altro|una crisi e l'altra|un attacco e l'altro|le crisi|le convulsioni|le due|i due|loro)${BESIDE_A_SEIZURE}`,
    NO_WAKING_BETWEEN,
  ],
  [
    `(?:una |un )?(?:crisi|convulsione|attacco) (?:dopo|dietro) (?:l'altra|l'altro|crisi|convulsione|attacco)`,
    ONE_AFTER_ANOTHER,
  ],
  [
    `${ON_A_HEIGHT.italian}(?:dice|diceva|crede|pensa|urla|dicendo) (?:che |di )?(?:lui |lei )?(?:puo|sa|potere|saper|va a) volare`,
    FLY_FROM_A_HEIGHT,
  ],
  [`(?:dice|diceva|crede|pensa|dicendo) (?:che |di )?(?:lui |lei )?(?:puo|sa|potere|saper) volare`, SAYS_HE_CAN_FLY],
  [
    `(?:un )?(?:messaggio|audio|vocale|biglietto|lettera|sms|email)(?: vocale)? (?:d'addio|di addio|per dire addio|di saluto)${NOT_AN_ORDINARY_LEAVING}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:il |suo )?(?:telefono|cellulare) (?:e )?(?:spento|staccato)', PHONE_OFF],
];

export const GERMAN_SEIZURES_FLIGHT_AND_FAREWELL: ReadonlyArray<readonly [string, string]> = [
  // The warning signs of suicide asked about (a school report, a leaflet): a question about a topic, not intent.
  [
    '(?:warnsignale|warnzeichen|anzeichen|risikofaktoren|symptome) (?:fur|von|eines|einer|bei) (?:suizid|selbstmord)(?:gefahr|alitat)?',
    'warning signs of suicide',
  ],
  ['(?:redet|spricht) (?:gar )?nicht mehr(?! (?:mit|uber|von|so))', 'no longer speaks'],
  ['(?:ein )?(?:anfall|krampfanfall|krampf) (?:nach|auf) (?:dem anderen|anfall|krampf)', ONE_AFTER_ANOTHER],
  [
    `${ON_A_HEIGHT.german}(?:sagt|meint|glaubt|denkt|behauptet|schreit)(?:,)? (?:dass )?(?:er|sie) (?:kann|konne|konnte) fliegen`,
    FLY_FROM_A_HEIGHT,
  ],
  [`${ON_A_HEIGHT.german}(?:will|mochte|wolle) (?:\\p{L}+ ){0,4}fliegen`, FLY_FROM_A_HEIGHT],
  [`(?:sagt|meint|glaubt|denkt|behauptet)(?:,)? (?:dass )?(?:er|sie) (?:kann|konne|konnte) fliegen`, SAYS_HE_CAN_FLY],
  [
    `(?:eine )?(?:abschiedsnachricht|abschiedsbrief|abschiedsvideo|abschiedsmail|sprachnachricht zum abschied)${NOT_AN_ORDINARY_LEAVING}|(?:sich|uns|mich) (?:verabschiedet|verabschiedete)${NOT_AN_ORDINARY_LEAVING}`,
    GOODBYE_MESSAGE,
  ],
  ['(?:ihr |sein |das )?(?:handy|telefon) (?:ist )?(?:aus|ausgeschaltet|abgeschaltet)(?![\\p{L}])', PHONE_OFF],
];

export const CHINESE_SEIZURES_FLIGHT_AND_FAREWELL: ReadonlyArray<readonly [string, string]> = [
  // Lips told purple with a hedge ("好像有点紫"), beside breathing told hard anywhere: never after food or in the cold alone.
  [
    `${toldAnywhere('(?:呼吸|喘|透不过气|透不過氣|憋气|憋氣)')}(?<!(?:吃|喝|食)[^。！？]{0,20})(?:嘴唇|口唇)(?:好像|好似|似乎|看起来|看起來)(?:有点|有點|有些|微微)?(?:发紫|發紫|紫|发青|發青)(?!色的|菜|薯)`,
    'lips a little purple',
  ],
  [
    '(?:两次|兩次|几次|幾次|每次)?(?:之间|之間|中间|中間)(?:都|一直|也|还|還|完全)?(?:没有|沒有|没|沒|不)(?:醒|清醒|醒过来|醒過來|恢复意识|恢復意識|恢复知觉|恢復知覺)(?<=(?:抽|惊厥|驚厥|癫痫|癲癇|发作|發作)[^]{0,40})',
    NO_WAKING_BETWEEN,
  ],
  [
    '(?:连续|連續)(?:抽搐|抽筋|抽风|抽風|发作|發作|抽)了?(?:两|兩|三|几|幾|好几|好幾)次(?!(?:的)?(?:血|烟|煙|签|簽|奖|獎|管))',
    'had two seizures in a row',
  ],
  ['(?:抽搐|抽|发作|發作)(?:一次接一次|一阵接一阵|一陣接一陣)', ONE_AFTER_ANOTHER],
  [
    `${toldAnywhere('(?:阳台|陽台|楼顶|樓頂|屋顶|屋頂|天台|窗台|窗边|窗邊|桥上|橋上|缆车|纜車)')}(?:说|說|以为|以為|觉得|覺得|相信)(?:自己|他|她)?(?:会|會|能|可以)(?:飞|飛)`,
    FLY_FROM_A_HEIGHT,
  ],
  [
    '(?:讲话|講話|说话|說話)(?:只能)?(?:一个字一个字|一個字一個字)(?=[^。！？]{0,10}(?:喘|气|氣|呼吸|紫|哮喘|气喘|氣喘))|(?<=(?:喘|气|氣|呼吸|哮喘|气喘|氣喘)[^。！？]{0,30})(?:讲话|講話|说话|說話)(?:只能)?(?:一个字一个字|一個字一個字)',
    'can only speak one word at a time',
  ],
];
