import { toldAnywhere, toldNowhere } from './language-lexicon.js';

/**
 * Session 50 (T75): two ways the first group's languages tell suicidal intent (NICE NG225; Columbia: a wish, a means, a
 * place) that their lexicons read only in the order English tells them:
 * - someone else's wish reported with an infinitive, as a clinician's note or a worried relative writes it ("dit vouloir
 *   mourir", "dice di voler morire", "dice querer morirse", "diz querer morrer", "sagt, sie wolle sterben"), read as
 *   "says she wants to die"; dying of laughter or at home when the time comes is not a wish to end a life;
 * - a jump told apart from where the writer stands: "estou na ponte ... antes de pular", "sono sul tetto ... prima di
 *   buttarmi", read as "i am on the bridge" and "before jumping", which the English rules weigh together with despair;
 *   a bungee jump, a diving board or a boat's deck is play;
 * - a jump or a flight from a height told with its verb apart from the place: German puts the infinitive last ("will
 *   heute aus dem Fenster im 5. Stock springen"), and a delusion of flight names flying ("vai voar do alto do prédio",
 *   "veut s'envoler du balcon", "buttarsi giù dal campanile per volare"), read as "he wants to jump out of the window";
 *   a paraglider, a parachute or a diving tower is a sport.
 * Folded, as the lexicons are.
 */
const SAYS_WISH = 'says she wants to die';
const ON_A_HEIGHT = 'i am on the bridge';
const BEFORE_JUMPING = 'before jumping';
const JUMP_FROM_A_HEIGHT = 'he wants to jump out of the window';

/** A place to jump from that is play (a pool, a bungee, a boat), told anywhere in the message, before or after. */
const NOT_PLAY = {
  spanish: toldNowhere(
    '(?:bungee|puenting|piscina|alberca|trampolin|clavad|paracaidas|barco|lancha|vacaciones|al rio|al agua|al lago|al mar(?!\\p{L}))',
  ),
  portuguese: toldNowhere(
    '(?:bungee|piscina|trampolim|paraquedas|parapente|asa delta|asa-delta|barco|lancha|cachoeira|ferias|no rio|na agua|no lago|no mar(?!\\p{L})|na represa)',
  ),
  italian: toldNowhere(
    '(?:bungee|piscina|trampolino|paracadute|parapendio|deltaplano|barca|nave|tuffo|tuffi|fiume|vacanz|nel lago|in acqua|nel mare)',
  ),
  french: toldNowhere(
    '(?:parapente|deltaplane|parachute|piscine|plongeoir|elastique|bungee|bateau|vacances|cet ete|riviere|dans le lac|dans la mer|dans l.eau)',
  ),
  german: toldNowhere(
    '(?:sprungturm|freibad|schwimmbad|fallschirm|bungee|gleitschirm|paraglid|trampolin|drachenflieg|urlaub|ins wasser|in den see|in den fluss|ins meer)',
  ),
} as const;

/** Despair or a goodbye told in the message: what makes a height a place to die rather than a view. */
const DESPAIR = {
  spanish: toldAnywhere(
    '(?:ya no (?:puedo|aguanto|puede|aguanta)|no aguant|no puedo mas|despedi|adios|morir|matarme|acabar con todo|no quiero vivir|nadie me)',
  ),
  portuguese: toldAnywhere(
    '(?:nao aguento|nao consigo mais|nao suporto|despedi|adeus|morrer|me matar|acabar com tudo|nao quero (?:mais )?viver|ninguem me)',
  ),
  french: toldAnywhere(
    "(?:n'?en peu[xt] plus|ne peu[xt] plus|adieu|mourir|me tuer|en finir|veux plus vivre|personne ne|(?:vais|va|veux|veut) (?:sauter|me jeter|se jeter))",
  ),
  italian: toldAnywhere(
    '(?:non ce la faccio|non ne posso piu|non reggo|addio|salutare|morire|uccidermi|farla finita|non voglio (?:piu )?vivere|nessuno mi)',
  ),
} as const;

export const SPANISH_WISH_AND_JUMP_TOLD_APART: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:dice|dijo|decia|afirma|repite|escribio|cuenta|comenta) (?:que )?querer (?:morir(?:se)?|matarse|suicidarse|desaparecer)(?! (?:de|del|por|antes|dignamente|en (?:su|mi) casa|en paz|tranquil\\p{L}*|cuando)(?!\\p{L}))(?![^]*eutanasia)',
    SAYS_WISH,
  ],
  [
    `${DESPAIR.spanish}${NOT_PLAY.spanish}(?:estoy|estamos|esta|estan|ando|anda|parad[oa]|sentad[oa]) (?:arriba |encima |en lo alto |al borde |en (?:la|el) (?:orilla|orillita|borde|cornisa) )?(?:del |de la |de |en |sobre )?(?:el |la |un |una )?(?:puente|viaducto|azotea|techo|tejado|cornisa|acantilado|barandal)`,
    ON_A_HEIGHT,
  ],
  [`${DESPAIR.spanish}${NOT_PLAY.spanish}antes de (?:saltar|tirarme|aventarme|lanzarme|brincar)`, BEFORE_JUMPING],
];

export const PORTUGUESE_WISH_AND_JUMP_TOLD_APART: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:diz|disse|dizia|afirma|repete|escreveu|conta) (?:que )?querer (?:morrer|se matar|matar-se|se suicidar|sumir)(?! (?:de|do|da|por|antes|dignamente|em casa|na (?:sua|minha) cama|em paz|tranquil\\p{L}*|quando)(?!\\p{L}))(?![^]*eutanasia)',
    SAYS_WISH,
  ],
  [
    `${DESPAIR.portuguese}${NOT_PLAY.portuguese}(?:estou|to|tou|estamos) (?:em cima d[oa]|no alto d[oa]|na beira d[oa]|no topo d[oa]|na|no|sobre a|sobre o) (?:ponte|viaduto|telhado|laje|terraco|parapeito|passarela|falesia|penhasco)`,
    ON_A_HEIGHT,
  ],
  [
    `${DESPAIR.portuguese}${NOT_PLAY.portuguese}antes de (?:pular|saltar|me jogar|me atirar|jogar-me|atirar-me)`,
    BEFORE_JUMPING,
  ],
  [
    `${NOT_PLAY.portuguese}(?:(?:quer|queria|vai|ia|ameaca|ameacou|tentou) )?(?:voar|pular|saltar|se jogar|se atirar) (?:do alto d[oa]|de cima d[oa]|do topo d[oa]) (?:\\p{L}+ )?(?:janela|ponte|predio|sacada|varanda|telhado|laje|viaduto|torre|edificio|terraco)`,
    JUMP_FROM_A_HEIGHT,
  ],
];

export const ITALIAN_WISH_AND_JUMP_TOLD_APART: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:dice|ha detto|diceva|afferma|ripete|ha scritto|scrive|racconta) (?:di )?(?:voler|volere) (?:morire|uccidersi|ammazzarsi|suicidarsi|farla finita|sparire)(?! (?:di|dal|dalla|per|prima|dignitosamente|a casa|nel suo letto|in pace|serenamente|quando)(?!\\p{L}))(?![^]*eutanasia)',
    SAYS_WISH,
  ],
  [
    `${DESPAIR.italian}${NOT_PLAY.italian}(?:sono|siamo|sto) (?:sul|sulla|sopra il|sopra la|in cima al|in cima alla|sul bordo del|sul bordo della) (?:ponte|viadotto|cavalcavia|tetto|terrazzo|terrazza|cornicione|parapetto|scogliera|dirupo)`,
    ON_A_HEIGHT,
  ],
  [
    `${NOT_PLAY.italian}(?:vuole|vorrebbe|minaccia di|sta per|va a) (?:buttarsi|gettarsi|lanciarsi|volare|spiccare il volo)(?: giu)? (?:dal|dalla|dall'?|da un|da una|dalla cima del|dalla cima della) ?(?:\\p{L}+ )?(?:campanile|torre|funivia|viadotto|grattacielo|diga|ponte|palazzo|tetto|balcone|finestra|terrazzo|terrazza|scogliera|dirupo|cavalcavia)`,
    JUMP_FROM_A_HEIGHT,
  ],
  [`${DESPAIR.italian}${NOT_PLAY.italian}prima di (?:buttarmi|saltare|lanciarmi|gettarmi)`, BEFORE_JUMPING],
];

export const FRENCH_WISH_AND_JUMP_TOLD_APART: ReadonlyArray<readonly [string, string]> = [
  [
    "(?:dit|disait|a dit|affirme|repete|ecrit|a ecrit|raconte|declare) (?:vouloir|souhaiter) (?:mourir|en finir|se tuer|se suicider|disparaitre)(?! (?:de|d'|du|des|avant|dignement|chez|a la maison|dans son lit|en paix|paisiblement|tranquillement|quand)(?!\\p{L}))(?![^]*euthanasie)",
    SAYS_WISH,
  ],
  [
    `${NOT_PLAY.french}(?:veut|voulait|va|allait|menace de|menacait de) (?:s'?envoler|voler|se jeter|sauter) (?:du haut d(?:u|e la|'un|'une) |du |de la |d'un |d'une |par la )(?:\\p{L}+ )?(?:balcon|toit|pont|immeuble|fenetre|tour|falaise|viaduc|clocher|terrasse)`,
    JUMP_FROM_A_HEIGHT,
  ],
  // Session 60 (T119): standing on the edge of a bridge or a roof with despair or a jump told beside it, and the jump
  // told with the bare verb ("je vais sauter"), which is a skipped meal or a fuse elsewhere: only after a height.
  [
    `${DESPAIR.french}${NOT_PLAY.french}(?:je suis|j'?suis|chui|est|sont|assise?|debout) (?:sur le bord (?:du|de la|d'un|d'une|de l')|au bord (?:du|de la|d'un|d'une|de l')|sur la rambarde (?:du|de la|d'un|d'une)|en haut (?:du|de la|d'un|d'une|de l')|sur le toit (?:du|de la|d'un|d'une|de l')|sur) ?(?:le |la |l')?(?:pont|viaduc|toit|immeuble|falaise|balcon|rambarde|parapet|corniche|precipice|terrasse)`,
    ON_A_HEIGHT,
  ],
  [
    `${NOT_PLAY.french}(?<=(?:pont|viaduc|toit|immeuble|falaise|balcon|rambarde|parapet|corniche|precipice|terrasse)[^]{0,80})(?:je vais|j'?vais|il va|elle va|je veux|il veut|elle veut) (?:sauter|me jeter|se jeter)(?! (?:un|une|le|la|les|des|du|en|au|de)(?!\\p{L}))`,
    'i am going to jump',
  ],
];

export const GERMAN_WISH_AND_JUMP_TOLD_APART: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:sagt|sagte|meint|schreibt|schrieb|behauptet|erzahlt),? (?:er|sie) (?:wolle|wollte|mochte|moechte|wurde gern|wuerde gern) (?:nur noch |einfach |lieber )?(?:sterben|tot sein|sich umbringen|nicht mehr leben)(?! (?:vor|zu hause|daheim|im eigenen bett|in ruhe|friedlich|wenn)(?!\\p{L}))',
    SAYS_WISH,
  ],
  [
    `${NOT_PLAY.german}(?:will|wollte|mochte|moechte|droht|drohte|plant)(?: (?:\\p{L}+|\\d+\\.?)){0,4} (?:von der|vom|von dem|aus dem|von einer|von einem|aus einem) (?:\\p{L}+ )?(?:brucke|dach|hochhaus|balkon|fenster|klippe|parkhaus|turm|kirchturm|felsen|gelander)(?: (?:\\p{L}+|\\d+\\.?)){0,4} (?:springen|fliegen|sturzen|runterspringen|hinunterspringen)`,
    JUMP_FROM_A_HEIGHT,
  ],
];

/** A height in Turkish (folded, in the genitive that names whose edge): a bridge, a roof, a building, a cliff. */
const TURKISH_HEIGHT = '(?:koprunun|catinin|binanin|apartmanin|balkonun|ucurumun|terasin|korkulugun|kulenin|viyadugun)';

/** Despair, a goodbye or a jump told in Turkish (folded), before or after the height. */
const TURKISH_DESPAIR = toldAnywhere(
  '(?:atlayaca|atlicam|atlarim|atlamak ist|dayanamiyorum|yasamak istemiyorum|olmek ist|olecegim|veda|hosca kal|elveda|kendimi at)',
);
const TURKISH_NOT_PLAY = toldNowhere('(?:havuz|denize|bungee|parasut|yamac parasut|tatil|gole|nehre)');

export const TURKISH_WISH_AND_JUMP_TOLD_APART: ReadonlyArray<readonly [string, string]> = [
  [
    `${TURKISH_DESPAIR}${TURKISH_NOT_PLAY}${TURKISH_HEIGHT}(?: \\p{L}+)? (?:kenarindayim|kenarindayiz|kenarinda|ucundayim|ucunda|ustundeyim|ustunde|tepesindeyim|tepesinde|catisindayim|catisinda|korkuluklarindayim)`,
    ON_A_HEIGHT,
  ],
  [
    `${TURKISH_NOT_PLAY}(?<=${TURKISH_HEIGHT}[^]{0,80})(?:atlayacagim|atlayacak|atlicam|atliycam|atlamak istiyor(?:um)?|kendimi atacagim)`,
    'i am going to jump',
  ],
];

/** A roof, a bridge or a building in romanised Hindi, then its edge or top ("chhat ke kinare"). */
const HINDI_HEIGHT_EDGE =
  '(?:chhat|chat|chhath|pul|building|balcony|terrace|chhajje|chhajja)(?: ke)? (?:kinare|kinaare|kinar|kone|upar|oopar|uper)';

export const ROMANISED_HINDI_WISH_AND_JUMP_TOLD_APART: ReadonlyArray<readonly [string, string]> = [
  [
    `${toldAnywhere('(?:kood|kud|koodne|kudne|jaan de|mar ja|marna|jeena nahi|jina nahi|alvida|bardasht nahi)')}${toldNowhere('(?:swimming|pool|nadi me|nahar me|patang|kite)')}${HINDI_HEIGHT_EDGE}(?: (?:pe|par|pr))?`,
    ON_A_HEIGHT,
  ],
  [
    `(?<=(?:chhat|chat|pul|building|balcony|terrace|chhajj)[^]{0,80})(?:kood|kud|koodne|kudne) (?:jaunga|jaungi|jaaunga|jaaungi|jayega|jayegi|wala hoon|wali hoon|raha hoon|rahi hoon)`,
    'i am going to jump',
  ],
];
