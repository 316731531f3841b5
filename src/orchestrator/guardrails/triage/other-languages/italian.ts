import { ITALIAN_ANOTHER_FIT_AND_EYES_THAT_STAY_SHUT } from './another-fit-and-eyes-that-stay-shut.js';
import { ITALIAN_CLIMBING } from './climbing-told-as-it-is-done.js';
import { ITALIAN_BREATH_TOLD_BY_WHAT_IS_SEEN } from './breath-told-by-what-is-seen.js';
import { ITALIAN_DIGOXIN } from './digoxin-told-by-its-name-and-its-yellow.js';
import { ITALIAN_END_TO_EVERYTHING } from './an-end-to-everything-told-with-its-means.js';
import { ITALIAN_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { ITALIAN_BLOOD_JETTING_AND_A_CLOTH_SOAKED } from './blood-jetting-and-a-cloth-soaked-told-apart.js';
import { ITALIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { ITALIAN_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { ITALIAN_GREEN_VOMIT } from './green-vomit-told-by-its-colour.js';
import { ITALIAN_PRESSURE_FAILING } from './pressure-failing-on-a-bleed.js';
import { ITALIAN_PREPARATIONS } from './preparations-told-by-their-parts.js';
import { ITALIAN_SEIZURE_NEVER_BEFORE_AND_WAKING } from './seizure-never-before-and-hard-to-wake.js';
import { ITALIAN_WISH_AND_JUMP_TOLD_APART } from './wish-and-jump-told-apart.js';
import { ITALIAN_MEANS_TAKEN_ALL } from './means-taken-all-at-once.js';
import { ITALIAN_NUMBER_MARKERS } from './number-word-markers.js';
import { ITALIAN_FUNCTION_WORDS } from './function-words.js';
import { ITALIAN_FINDINGS } from './breathing-bleeding-children/italian.js';
import { ITALIAN_EVERYDAY_PHRASES, ITALIAN_EVERYDAY_WORDS } from './everyday-words/italian.js';
import { ITALIAN_INTENT_AND_CRISIS } from './intent-and-crisis/italian.js';
import { ITALIAN_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/italian.js';
import {
  ITALIAN_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON,
  ITALIAN_PILLS_SAVED_AND_READY,
} from './wish-to-stay-no-longer-and-wrists-cut.js';
import {
  NOT_AFTER_WATER_OR_A_ROOM,
  NOT_BEFORE_A_LENGTH_OR_WEIGHT,
  toldAnywhere,
  toldNowhere,
  type LanguageLexicon,
} from './language-lexicon.js';
import { ITALIAN_MODIFIERS } from './modifiers/italian.js';
import { ITALIAN_CHEST_PRESSURE } from './chest-pressure-told-by-its-place.js';
import { ITALIAN_GESTATION } from './gestation-told-by-weeks.js';
import { ITALIAN_GLASS_TEST, ITALIAN_SPOT_WORDS } from './glass-test-told-after.js';
import { ITALIAN_STROKE_AND_LIMB } from './stroke-and-limb-by-their-parts.js';
import { ITALIAN_HEAD_KNOCK_AND_WAKING } from './head-knock-and-waking-told-by-their-parts.js';
import { ITALIAN_SEIZURES_FLIGHT_AND_FAREWELL } from './seizures-flight-and-farewell-told-by-their-parts.js';
import { ITALIAN_TABLETS_TOLD_MISSING } from './tablets-told-missing-in-the-first-group.js';
import { ITALIAN_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';
import { ITALIAN_CHOKING_OBJECT_TOLD_OUT } from './choking-object-told-out.js';
import { ITALIAN_SPAN_OF_TIME } from './span-of-time-told-as-an-age.js';

/**
 * Issue 11, session 40 (T42): the weak kinds of KIND-FOCUS.md in plain Italian, each read from its parts: a sunken
 * fontanelle and a dry nappy (NICE NG143's dehydration signs; only a baby has a fontanelle), blood lost that will not stop
 * (NHS 111), a tongue swollen after a drug so one cannot swallow (Resuscitation Council UK), run over or stabbed.
 */
const BESIDE_A_TRIGGER = `(?:(?<=(?:antibiotic\\p{L}*|farmac\\p{L}*|medicin\\p{L}*|pastiglia|compressa|puntura|punto da|ape|vespa|calabrone|gamber\\p{L}*|arachid\\p{L}*|noccio\\p{L}*|noci|frutti di mare|cozze|crostace\\p{L}*|allergi\\p{L}*|respir\\p{L}*|fiato|aria)[^]*)|(?=[^]*(?:antibiotic\\p{L}*|farmac\\p{L}*|medicin\\p{L}*|pastiglia|compressa|puntura|punto da|ape|vespa|calabrone|gamber\\p{L}*|arachid\\p{L}*|noccio\\p{L}*|noci|frutti di mare|cozze|crostace\\p{L}*|allergi\\p{L}*|respir\\p{L}*|fiato|aria)))`;

/**
 * Session 45 (T57): cauda equina told by what is lost (NICE CKS): no feeling when wiping or "down there", urine passed
 * without noticing, legs that give way; an aortic dissection told by where and how it hurts (a pain between the shoulder
 * blades torn inside: NICE CKS, aortic dissection).
 */
const TOLD_BY_WHAT_IS_LOST: ReadonlyArray<readonly [string, string]> = [
  [
    "non (?:sento|sente) (?:piu )?(?:niente|nulla) (?:quando mi pulisco|quando si pulisce|(?:'|\\s)?li sotto'?|tra le gambe|nelle parti intime|intorno all.ano)",
    'no feeling between my legs',
  ],
  [
    "(?:mi sono fatt[oa]|si e fatt[oa]|ho fatto|ha fatto|ho perso|ha perso)(?: un po' di| un po di)? (?:la )?pipi(?: addosso)? senza (?:accorgermene|accorgersene|rendermene conto|rendersene conto|sentirla|volerlo)",
    'i wet myself without noticing',
  ],
  ['(?:le )?gambe (?:non (?:mi |gli |le )?reggono|mi cedono|cedono)', 'legs weak'],
  [
    '(?:(?:dolore |male )?(?:lacerante |come uno strappo )(?:\\p{L}+ )?tra le scapole|tra le scapole[^.;!?]{0,50}?(?:come se mi (?:strappassero|lacerassero|squarciassero)(?: dentro)?|lacerante|come uno strappo))',
    'tearing pain between the shoulder blades',
  ],
  ['tra le scapole', 'between the shoulder blades'],
  ['come se mi (?:strappassero|lacerassero|squarciassero)(?: dentro)?|(?:dolore )?lacerante', 'tearing pain'],
];

/**
 * Session 63 (T140): red flags told in the plainest everyday Italian that the phrases above read only in other shapes: an
 * arm that cannot be lifted beside a face or speech gone wrong or a sudden onset, and a face that "è storta" (FAST; an
 * arm hurt at the gym or in a fall is told with its cause), one's life taken told in the present as a plan for tonight
 * (NICE NG225), a baby that turns purple and stops breathing (NICE NG143).
 */
const PLAIN_RED_FLAGS_SESSION_63: ReadonlyArray<readonly [string, string]> = [
  [
    `non (?:riesce|riesco|riusciva|ce la fa) (?:piu )?(?:ad? )?(?:alzare|muovere|sollevare|tenere su) (?:il |la |l'|le )?(?:braccio|gamba|mano|braccia)${toldAnywhere('(?:bocca|faccia|viso|parla|parlare|biascica|improvvis\\p{L}*|di colpo|di botto)')}${toldNowhere('(?:palestra|spalla|caduta|cadut[oa]|frattura|distorsione|tendin\\p{L}*|botta)')}`,
    'cannot lift his arm',
  ],
  [
    '(?:la )?(?:bocca|faccia|viso) (?:e |si e |gli si e |le si e )(?:tutt[oa] )?(?:stort[oa]|storta|cadente)',
    'face drooping',
  ],
  ['(?:si|mi) (?:toglie|tolgo|togliera|togliero) la vita', 'she is going to kill herself'],
  ['(?:smette|smettono|ha smesso|smetteva) di respirare', 'stops breathing'],
  ['(?:diventa|e diventat[oa]|diventava|sta diventando|si fa) (?:tutt[oa] )?(?:viola|blu|cianotic[oa])', 'turns blue'],
  // An "attacco" told with what a fit shows (NICE CG137); one of panic, of coughing or of the heart names its kind.
  [
    `(?:ha avuto|ha|gli e venuto|le e venuto|gli viene|le viene|sta avendo) (?:un |un altro )?attacco(?! (?:di|d'|cardiac\\p{L}*|epilettic\\p{L}*))${toldAnywhere('(?:rigid[oa]|bava|schiuma|trema|tremava|occhi (?:rovesciati|all.indietro|girati|sbarrati)|convuls\\p{L}*|morso la lingua)')}`,
    'he is having a seizure',
  ],
  [
    '(?:il )?sangue (?:gli |le |mi )?(?:esce|usciva|sgorga|zampilla|schizza|viene (?:fuori|giu)) (?:come (?:da )?(?:una |un )?(?:fontana|rubinetto|canna)|a fontana)',
    'blood spurting',
  ],
  [
    'non (?:riconosce|riconosceva|conosce) (?:piu )?(?:nessuno|nessun|i suoi figli|sua moglie|suo marito)',
    'is confused and does not recognise anyone',
  ],
  [
    `(?:il |la )?(?:peggiore|peggior) della (?:mia|sua) vita${toldAnywhere('(?:mal di testa|cefalea|testa)')}`,
    'the worst headache of my life',
  ],
];

const KINDS_TOLD_PLAINLY: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:la )?fontanella (?:e |si e )?(?:infossata|incavata|affossata|depressa|abbassata|sprofondata)',
    "the baby's fontanelle is sunken",
  ],
  // A fontanelle bulges as a well baby cries or strains: only one bulging at rest is read (NICE NG143).
  [
    '(?:la )?fontanella (?:e |si e )?(?:gonfia|tesa|bombata|sporgente|rigonfia)(?![^.;!?]{0,30}(?:quando|mentre) (?:\\p{L}+ )?(?:piang|urla|spinge|tossisce))',
    "the baby's fontanelle is bulging",
  ],
  [
    '(?:il )?pannolino (?:e )?(?:asciutto|sempre asciutto|ancora asciutto)|(?:i )?pannolini (?:sono )?asciutti|non (?:bagna|ha bagnato) (?:il |i )?pannolin[oi]',
    'no wet nappy',
  ],
  ['da stamattina|da questa mattina|da stamani', 'since this morning'],
  ['perd(?:o|e|iamo) (?:tanto |molto )?sangue', 'losing blood'],
  // What will not stop is the blood told before it: "la tosse non si ferma" is a cough.
  [
    '(?<=sangu\\p{L}*[^.;!?]{0,40})(?:e )?(?:non si (?:ferma|fermava|arresta|blocca)|non smette(?: di sanguinare)?)',
    'and it will not stop',
  ],
  [
    // Swelling is anaphylaxis only after a trigger or with the breath (Resuscitation Council UK): a throat swollen by a
    // cold or lips after a filler are not (review V22).
    `${BESIDE_A_TRIGGER}(?:(?:si e |si sono |e |sono )?(?:gonfiat[aeo]|gonfi[aeo]) (?:la lingua|le labbra|la gola)|(?:la lingua|le labbra|la gola) (?:si e |si sono |e |sono )?(?:gonfiat[ae]|gonfi[ae]))`,
    'the tongue swelled up',
  ],
  ['mal di gola', 'sore throat'],
  ['non riesc[oe] a (?:deglutire|ingoiare|mandare giu|inghiottire)(?! bene)', 'cannot swallow'],
  ["(?:e stat[oa]|l'?hanno|lo hanno|la hanno) (?:accoltellat[oa]|pugnalat[oa])", 'he was stabbed'],
  [
    "(?:e stat[oa]|l'?hanno|lo hanno|la hanno) investit[oa](?: da (?:una|un) (?:macchina|auto|moto|camion|furgone|bus|pullman))?",
    'he was hit by a car',
  ],
  [
    '(?<=(?:cadut\\p{L}*|svenut\\p{L}*|investit\\p{L}*|terra|macchina|moto)[^.;!?]{0,40})(?:e )?non si muove(?: piu)?',
    'and is not moving',
  ],
  ['dopo (?:il|l|lo|la|aver preso (?:il|l|lo|la))', 'after the'],
  [
    '(?:ha |hanno )?(?:bevuto|ingoiato|mandato giu|ingerito) (?:il |la |del |della |dello |un po di |un sorso di )?(?:detersivo|candeggina|varechina|ammoniaca|anticalcare|sgrassatore|acido|soda|detergente)',
    'drank detergent',
  ],
];

/** Italian, typed with or without its accents ("è" is read as "e"). */
/**
 * An Italian adjective by the form the words list it in (session 44): its superlative ("velocissimo", "pallidissima") as its
 * plain form, its plural and feminine ("grigie", "gonfi", "viola") as its singular masculine, so a baby "with grey lips" is
 * read however the adjective agrees with them.
 */
function italianForms(word: string): string[] {
  const forms: string[] = [];
  const superlative = /^(\p{L}{3,})issim[oaie]$/u.exec(word);
  for (const stem of superlative === null ? [] : [superlative[1] ?? '']) forms.push(`${stem}o`, `${stem}e`, `${stem}a`);
  const ending = /^(\p{L}{3,})([aie])$/u.exec(word);
  if (ending !== null) {
    const stem = ending[1] ?? '';
    if (ending[2] === 'e') forms.push(`${stem}a`, `${stem}o`);
    if (ending[2] === 'i') forms.push(`${stem}o`, `${stem}e`);
    if (ending[2] === 'a') forms.push(`${stem}o`);
  }
  return forms;
}

export const ITALIAN: LanguageLexicon = {
  language: 'Italian',
  script: 'latin',
  formsOf: italianForms,
  functionWords: ITALIAN_FUNCTION_WORDS,
  markers: [
    ...ITALIAN_NUMBER_MARKERS,
    'gli',
    'della',
    'del',
    'che',
    'mio',
    'mia',
    'figlio',
    'figlia',
    'madre',
    'padre',
    'marito',
    'moglie',
    'bambino',
    'bambina',
    'riesce',
    'riesco',
    'molto',
    'quando',
    'anche',
    'dolore',
    'petto',
    'respirare',
    'febbre',
    'sangue',
    'testa',
    'braccio',
    'bocca',
    'faccia',
    'aiuto',
    'ieri',
    'oggi',
    'adesso',
    'sveglia',
    'incinta',
    'pastiglie',
    'compresse',
    'fare',
    'morire',
    'voglio',
    'cosa',
    'nonna',
    'nonno',
    'sta',
    'sto',
    'alla',
    'nel',
    'nella',
    'uno',
    // Session 41 (T44): everyday words Spanish never writes, so a short Italian message is not read as Spanish.
    'strada',
    'signore',
    'signora',
    'questo',
    'questa',
    'sono',
    'hanno',
    'stato',
    'stata',
    'dopo',
    'perche',
    'piu',
    'niente',
  ],
  // Session 47 (T63): the first person plural ("riusciamo", "chiamiamo", "abbiamo"), which no other lexicon writes.
  markerEnding: /^\p{L}{2,}iamo$/u,
  ownWords: [
    // Session 63 (T140): a colour turning and a hanging told in a word of their own ('sta diventando blu', 'mi impicco').
    'diventando',
    'impicco',
    // Session 58 (T109): swollen, as Italian alone spells it, for a sting told in a few words ("punto da un'ape, si è
    // gonfiato tutto e respira male" was read as Spanish, whose lists hold none of them).
    'gonfiato',
    'gonfiata',
    'gonfiati',
    'gonfiate',
    // Session 57 (T103): a knock, a word English never writes ("ha preso una botta in testa e vomita").
    'botta',
    // Session 55 (T92): hives, fainting and all over, for a sting told in a few words ("mi ha punto un'ape, ho orticaria
    // dappertutto e mi sento svenire" was read in no language).
    'orticaria',
    'svenire',
    'dappertutto',
    // Session 46 (T59): the suddenness and the unsteadiness of a stroke, told in a short message.
    'improvvisamente',
    'barcolla',
    'barcollare',
    'barcollava',
    // Session 40 (T42): a baby's fontanelle and nappy, a car and a knife told in a short message.
    'fontanella',
    'pannolino',
    'pannolini',
    'investito',
    'investita',
    'accoltellato',
    'accoltellata',
    'macchina',
    ...ITALIAN_INTENT_AND_CRISIS.ownWords,
    ...ITALIAN_SELF_HARM_AND_POISONING.ownWords,
    // Session 39 (T38): heat, burns and the eye told in words of their own.
    'calore',
    'scottato',
    'scottata',
    'suda',
    // Session 38 (T33): intent, self-harm and the other weak kinds told in words of their own.
    'polsi',
    'vene',
    'tagliata',
    'tagliato',
    'ingoiato',
    'gocce',
    'ideazione',
    'suicidaria',
    'anticonservativo',
    'svegliarmi',
    'senzatetto',
    'freddissimo',
    'pallidissima',
    'pallidissimo',
    'candeggina',
    // Session 37 (T28): a young baby's fever, intent, seizures, venom and a collapse told in words of their own.
    'improvviso',
    'occhio',
    'finita',
    'lasciato',
    'biglietto',
    'neonato',
    'neonata',
    'giorni',
    'settimane',
    'assonnato',
    'addio',
    'stanotte',
    'scorpione',
    'vipera',
    'gonfiano',
    'caduto',
    'risponde',
    'riprendersi',
    'tachipirina',
    // Breadth (issue 11, T25): words no English message writes, for a message told in a few of them.
    'coltellata',
    'accoltellato',
    'togliermi',
    'togliersi',
    'coltello',
    'battuto',
    'fatica',
    'sveglio',
    'tonico',
    'clonica',
    'sangue',
    'dalla',
    'della',
    'nella',
    'sulla',
    'gamba',
    'ferma',
    'smette',
    'epilettica',
    'epilettico',
    'sanguinare',
    'crollato',
    'crollata',
    'fiotti',
    'vesciche',
    'arachidi',
    'farla',
    'butto',
    'reagisce',
    'gli',
    'bambino',
    'bambina',
    'costole',
    'convulsioni',
    'pastiglie',
    'pillole',
    'compresse',
    'sonniferi',
    'ammazzare',
    'uccidermi',
    'suicidarmi',
    'ustionato',
    'ustionata',
    'ustione',
    'bollente',
    'gonfia',
    'gola',
    'febbre',
    'petto',
    'respirare',
    'svenuto',
    'svenuta',
    'conoscenza',
    'caduta',
    'incinta',
    'sanguina',
    'figlio',
    'figlia',
    'riesce',
    'riesco',
    'labbra',
    'dolore',
    'sveglia',
    ...ITALIAN_FINDINGS.ownWords,
  ],
  // "dolore al petto non ne ho": no chest pain.
  negationAfter:
    "(?:non (?:ne )?(?:ho|ha|abbiamo|ho avuto|ha avuto|c'?e)|nemmeno|neanche|neppure)(?= ?(?:[,.!?;]|$|(?:ma|solo|e|ne)(?![\\p{L}])))",
  phrases: [
    ...PLAIN_RED_FLAGS_SESSION_63,
    ...ITALIAN_CLIMBING,
    ...ITALIAN_SPAN_OF_TIME,
    ...ITALIAN_ANOTHER_FIT_AND_EYES_THAT_STAY_SHUT,
    ...ITALIAN_CHOKING_OBJECT_TOLD_OUT,
    ...ITALIAN_TAKEN_AS_PRESCRIBED,
    ...ITALIAN_DIGOXIN,
    ...ITALIAN_END_TO_EVERYTHING,
    ...ITALIAN_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    ...ITALIAN_BLOOD_JETTING_AND_A_CLOTH_SOAKED,
    ...ITALIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...ITALIAN_BREATH_BLOOD_AND_HIVES,
    ...ITALIAN_BREATH_TOLD_BY_WHAT_IS_SEEN,
    ...ITALIAN_PREPARATIONS,
    ...ITALIAN_PRESSURE_FAILING,
    ...ITALIAN_GREEN_VOMIT,
    ...ITALIAN_SEIZURE_NEVER_BEFORE_AND_WAKING,
    ...ITALIAN_WISH_AND_JUMP_TOLD_APART,
    ...ITALIAN_INTENT_AND_CRISIS.phrases,
    ...ITALIAN_SELF_HARM_AND_POISONING.phrases,
    ...ITALIAN_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON,
    ...ITALIAN_PILLS_SAVED_AND_READY,
    ...ITALIAN_STROKE_AND_LIMB,
    ...ITALIAN_HEAD_KNOCK_AND_WAKING,
    ...ITALIAN_SEIZURES_FLIGHT_AND_FAREWELL,
    ...ITALIAN_MEANS_TAKEN_ALL,
    ...ITALIAN_TABLETS_TOLD_MISSING,
    ...ITALIAN_GESTATION,
    ...ITALIAN_GLASS_TEST,
    ...ITALIAN_CHEST_PRESSURE,
    ...TOLD_BY_WHAT_IS_LOST,
    // Issue 11, session 39 (T38): LANG-FOCUS's weak kinds read by their parts in Italian. Burns (British Burn
    // Association referral): a scald by its verb, skin coming off, the degree a clinician writes, and the body part and
    // blisters (read word by word below), so the English rules weigh them together.
    [
      '(?:si e |mi sono |ti sei |si sono )?scottat[oaie](?! (?:la lingua|il dito|un dito|col sole|al sole|dal sole))',
      'scalded',
    ],
    ['(?:la )?pelle (?:si stacca|viene via|si sfalda|se ne va)|si stacca la pelle', 'the skin is peeling off'],
    [
      '(?:si e |mi sono |si sono |ti sei )?bruciat[oaie](?! (?:la lingua|un dito|il dito|al sole|dal sole|le dita))',
      'burned',
    ],
    ['(?:la )?pelle (?:e )?(?:nera|bianca|carbonizzata)', 'skin is white'],
    ['(?:di )?(?:ii|2|secondo) grado', 'blistering burn'],
    ['(?:di )?(?:iii|3|terzo) grado', 'full-thickness burn'],
    ['tutta la mano', 'the whole hand'],
    // Breathing and a reaction after a food (Resuscitation Council UK): the throat closing, no air.
    ['(?:la )?gola (?:chiusa|che si chiude|si chiude)|(?:gli |le |mi )?si chiude la gola', 'throat is closing'],
    // Session 57 (T103): the throat felt closing or tightening told with a verb of feeling or a progressive ("mi sento
    // chiudere la gola", "mi si sta chiudendo la gola", "gli si stringe la gola").
    [
      `${toldNowhere('(?:ansia|ansios\\p{L}*|panico|da anni|quando piango|un nodo)')}(?:(?:mi |gli |le )?(?:sento|sente|sentivo|sentiva) (?:chiudere|stringere|chiudersi|stringersi) la gola|(?:mi |gli |le )?si sta (?:chiudendo|stringendo) la gola|(?:gli |le )si stringe la gola)`,
      'throat is closing',
    ],
    ['(?:gli |le |mi )?manca (?:l.aria|l aria|il respiro|il fiato)', 'short of breath'],
    [
      'dopo (?:i |le |il |la |aver mangiato )?(?:gamberi|gamberetti|arachidi|noccioline|frutti di mare|noci|crostacei)',
      'after eating prawns',
    ],
    // Intent with a means and a time (NICE NG225); a crisis with a weapon (Manchester Triage).
    ['non ho piu voglia di vivere', 'i do not want to live anymore'],
    ['pistola|fucile', 'gun'],
    [
      '(?:che )?(?:stanotte |stasera |oggi )?si (?:uccide|ammazza)(?! (?:di|dal|dalle|dalla) )',
      'she will kill herself tonight',
    ],
    ['stanotte', 'tonight'],
    ['(?:si e |mi sono )?chius[oa] in (?:camera|bagno)', 'locked herself in'],
    ['(?:lo|la|mi) perseguitano', 'is paranoid, says people are persecuting him'],
    ['(?:ha |con )un coltello(?: in mano)?', 'has a knife'],
    // Heat stroke (NHS) and shock (Manchester Triage).
    ['colpo di (?:calore|sole)', 'heat stroke'],
    ['non suda piu|non suda', 'not sweating'],
    ['(?:la )?pelle (?:scotta|bollente|che scotta)', 'hot skin'],
    ['suda freddo|sudore freddo', 'cold sweat'],
    ['(?:il )?polso (?:e )?(?:debolissimo|debole|filiforme|flebile)', 'weak pulse'],
    // The eye (Manchester Triage: penetrating injury) and cauda equina (NICE CKS).
    [
      '(?:un pezzo di (?:ferro|metallo)|una scheggia(?: di (?:ferro|metallo|vetro))?|un pezzetto di (?:ferro|metallo)) nell.? ?occhio',
      'a piece of metal went into my eye',
    ],
    ['non vedo (?:piu|niente|nulla)(?! (?:da lontano|bene da lontano|senza occhiali))', 'cannot see anything'],
    ['non (?:riesco a )?trattene\\p{L}* (?:la pipi|le urine|l.urina)', 'cannot control my bladder'],
    ['non (?:riesco a )?trattene\\p{L}* (?:le feci|la cacca)', 'cannot control my bowels'],
    ['gambe deboli|debolezza alle gambe', 'weak legs'],
    // Issue 11, session 38 (T33): suicidal intent and self-harm read by their verb families and person (NICE NG225,
    // NHS 111 mental health): wrists or veins cut by person, self-harm told plainly, someone else who wants to take
    // their life, a plan or an attempt in a clinician's note ("ideazione suicidaria con piano", "gesto anticonservativo"),
    // all the drops or pills taken to die, not wanting to wake up again. Idioms of degree ("muoio di fame", "sto morendo
    // dal caldo", "mi uccide", "lo ammazzo") are read below as they were.
    [
      '(?:mi sono|me so) (?:tagliat[oa]|tagliuzzat[oa]|apert[oa]|squarciat[oa]|incis[oa]) (?:i |le )?(?:polsi|vene)',
      'i slashed my wrists',
    ],
    [
      "(?:si e|s'? ?e) (?:tagliat[oa]|tagliuzzat[oa]|apert[oa]|squarciat[oa]|incis[oa]) (?:i |le )?(?:polsi|vene)",
      'he slashed his wrists',
    ],
    [
      'autolesion\\p{L}*|mi (?:faccio del male|taglio|tagliuzzo|ferisco)(?= ?(?:[,.!?;]|$|apposta|di proposito|di nascosto|le braccia|le gambe|i polsi|da))',
      'i am cutting myself',
    ],
    [
      'si (?:taglia|tagliuzza|ferisce|fa del male)(?= (?:apposta|di proposito|di nascosto|le braccia|le gambe|i polsi))',
      'she is cutting herself',
    ],
    [
      'si (?:vuole|vuol|voleva|vorrebbe) (?:ammazzare|uccidere|suicidare|togliere la vita|impiccare|buttare (?:giu|dal|sotto))|(?:vuole|voleva|vorrebbe) (?:ammazzarsi|uccidersi|suicidarsi|togliersi la vita|farla finita(?! con )|impiccarsi)',
      'he wants to kill himself',
    ],
    ['(?:vuole|vorrebbe|pensa di|minaccia di) farsi (?:del )?male', 'he wants to hurt himself'],
    ['(?:voglio|vorrei|penso di) farmi (?:del )?male', 'i want to hurt myself'],
    [
      'penso (?:al|spesso al|sempre al|continuamente al) suicidio|penso di (?:uccidermi|ammazzarmi|suicidarmi)',
      'i think about suicide',
    ],
    ['ho (?:gia )?un piano', 'i have a plan'],
    [
      '(?:ideazione suicidaria|ideazioni suicidarie|pensieri suicidari) (?:con|e) (?:un )?(?:piano|progetto|pianificazione|progettualita)|piano suicidario|progettualita suicidaria',
      'suicidal ideation with a plan',
    ],
    ['ideazione suicidaria|pensieri suicid\\p{L}*|idee suicid\\p{L}*', 'suicidal thoughts'],
    [
      'tentato suicidio|tentativo di suicidio|tentativo anticonservativo|gesto anticonservativo|gesto autolesivo',
      'suicide attempt',
    ],
    [
      '(?:ho|ha) (?:preso|ingoiato|inghiottito|bevuto|buttato giu) (?:tutte le|tutto il flacone di|tutta la boccetta di|un flacone di|una boccetta di) (?:gocce|pastiglie|pillole|compresse|sonniferi|pasticche)(?: \\p{L}+){0,2} per (?:morire|farla finita(?! con )|uccidermi|uccidersi|non svegliarmi)',
      'i took all the pills to die',
    ],
    [
      "non (?:voglio|vorrei) (?:piu )?svegliarmi(?! (?:presto|alle|tardi|per|cosi presto|all'alba))|(?:addormentarmi|dormire) e non svegliarmi piu",
      'i do not want to wake up',
    ],
    // The other weak kinds, told in everyday Italian: blisters on a scalded chest, a head hit with vomiting and no
    // memory, a count eaten by a child, a chemical in the eye with blurred sight, saddle numbness with retention, found in
    // the frost no longer shivering, a board-hard belly, a cold, pale collapse (Manchester, NHS Pathways).
    [
      '(?:petto|pancia|braccio|schiena) pien[oa] di (?:bolle|vesciche)|(?:bolle|vesciche) (?:sul|su tutto il|sulla) (?:petto|pancia|braccio)',
      'blisters on the chest',
    ],
    ['(?:ha |si e |ho )?(?:sbattuto|battuto|picchiato) (?:forte )?la testa', 'hit his head'],
    ['(?:dalla|da) (?:bici|bicicletta|moto|motorino|monopattino)', 'off the bike'],
    ['(?:ora|adesso) vomita', 'now vomiting'],
    ['non si ricorda (?:niente|nulla)|non ricorda (?:niente|nulla)', 'does not remember anything'],
    ['(?:ha |hanno |ho )?mangiato (?:\\d+) (?:pastiglie|compresse|pillole|pasticche|capsule)', 'ate # pills'],
    ["nell'? ?occhio|negli occhi", 'in the eye'],
    [
      'vedo (?:sfocato|offuscato|annebbiato|tutto sfocato|male)|vista (?:sfocata|offuscata|annebbiata)',
      'blurred vision',
    ],
    [
      "non (?:sento|sente) (?:niente|nulla|piu niente) (?:tra le gambe|ai glutei|nelle parti intime)|(?:formicolio|intorpidimento|insensibilita) (?:tra le gambe|ai glutei|all'inguine|nelle parti intime)",
      'numb between the legs',
    ],
    ['non (?:riesco|riesce) (?:piu )?a (?:fare pipi|urinare)', 'cannot pee'],
    ['mal di schiena', 'back pain'],
    ['al gelo|nel gelo|al freddo|nella neve', 'outside in the cold'],
    ['freddissim\\p{L}*|gelid\\p{L}*|ghiacciat\\p{L}*', 'ice cold'],
    ['non trema piu|ha smesso di tremare', 'stopped shivering'],
    ['(?:abbiamo |ho |hanno )?trovat[oa]', 'found'],
    ['(?:pancia|addome) (?:dur[oa] come (?:una tavola|il legno|un asse)|a tavola|ligneo)', 'belly rigid like a board'],
    ['pallidissim\\p{L}*', 'very pale'],
    ['sudat[oa] fredd[oa]|sudore freddo', 'cold sweat'],
    ['battito (?:velocissimo|accelerato|a mille)|cuore a mille', 'racing pulse'],
    ['sta per svenire|(?:sto|stai) per svenire', 'about to faint'],
    // Issue 11, session 37 (T28): kinds a review found missed or misread across the European lexicons.
    // A grade told before a tiredness word is a child a bit run down, not a lethargic one (NICE NG143's red is "no
    // response to social cues"): "un po' giù per il raffreddore".
    [
      "(?:un po'? ?|un pochino |leggermente |un tantino |abbastanza )(?:giu|abbattut[oa]|fiacc[oa]|stanc[oa]|spent[oa]|svogliat[oa]|sottotono)",
      'a bit tired',
    ],
    // A squeal in play is no cry: the high-pitched cry of NICE's red list is an ill child's cry.
    [
      '(?:fa |lancia )?(?:degli |dei |uno |un )?(?:strilli|strillo|urletti|urlett[oi]|gridolini|gridolino|urli|urlo) (?:molto )?acut[io](?= (?:\\p{L}+ ){0,2}(?:quando gioca|giocando|mentre gioca|di gioia|quando ride|ridendo|per l.entusiasmo))',
      'squeals',
    ],
    // The writer's own faint told in the passato prossimo ("sono svenuto per la fame") is a faint that happened, not
    // one going on: "i fainted", as English tells it.
    ['sono svenut[oa]', 'i fainted'],
    ['per (?:la )?fame', 'from hunger'],
    // Sight and sensation lost on one side, told plainly (stroke beyond FAST, NHS 111).
    [
      'non (?:vede|vedo|ci vede|ci vedo) piu (?:da|con) un occhio|(?:ha |ho )?perso la vista (?:da|di) un occhio',
      'cannot see in one eye',
    ],
    [
      '(?:mezzo|meta del) corpo (?:addormentat[oa]|intorpidit[oa]|insensibile|paralizzat[oa])|(?:meta|mezza) faccia (?:addormentata|intorpidita)',
      'numb down one side',
    ],
    // A baby's age told in days or weeks (NICE NG143: any fever under 3 months is red).
    [
      '(?<=(?:bimb[oa]|bambin[oa]|neonat[oa]|figli[oa]|nipote|piccol[oa]|nat[oa]|baby) (?:di |ha |che ha |con )?)(?:\\d+|una|due|tre|quattro|cinque|sei|sette|otto|dieci) (?:settimane|settimanine)(?: di vita)?',
      'is # weeks old',
    ],
    [
      '(?<=(?:bimb[oa]|bambin[oa]|neonat[oa]|figli[oa]|nipote|piccol[oa]|nat[oa]|baby) (?:di |ha |che ha |con )?)(?:\\d+|uno|due|tre|quattro|cinque|sei|sette|otto|dieci|quindici) giorni(?: di vita)?',
      '# days old',
    ],
    [
      '(?:e |sono )?nat[oa] (?:\\d+|una|due|tre|quattro|cinque|sei|dieci|quindici) (?:settimane|giorni) fa',
      'was born # weeks ago',
    ],
    // Intent told plainly: a note left for the family.
    [
      '(?:ho |ha )?lasciato (?:un |una )?(?:biglietto|lettera|messaggio)(?= (?:\\p{L}+ ){0,2}(?:ai miei|alla mia|a mia|a mio|per i miei|per la mia|ai|alla) ?(?:figli|famiglia|moglie|marito|madre|padre|genitori|miei)?)',
      'i left a note for my family',
    ],
    // A reading of 36-37.9 told after the fever word is a normal temperature (NICE NG143 grades by the reading); under 36
    // is left alone: a newborn below 36 is a red flag too (NICE NG51, WHO IMCI).
    ['(?:febbre|temperatura|temp) (?:di |a )?(?:3[67])(?:[.,]\\d)?(?![\\d])', 'a temperature of 37'],
    // A reading told as a bare number: "con 38,5", "ha 39".
    [
      `${NOT_AFTER_WATER_OR_A_ROOM}(?:con|ha|aveva|segna|segnava|e a|arrivata a|salita a|di) (?:3[89]|4[01])(?:[.,]\\d)?${NOT_BEFORE_A_LENGTH_OR_WEIGHT}(?: ?(?:gradi|°c?|c)(?![\\p{L}]))?(?! (?:settimane|giorni|anni|mesi|chili|kg|ore|minuti|volte|compresse|euro))`,
      'a temperature of #',
    ],
    ['(?:molto |tanto |troppo )(?:assonnat[oa]|sonnolent[oa]|addormentat[oa])', 'very drowsy'],
    // Intent told plainly (NICE NG225): a farewell letter, tablets kept aside.
    [
      "(?:(?:una |la )?lettera (?:di |d' ?)addio|(?:delle |le )?lettere (?:di |d' ?)addio|(?:un |il )?biglietto (?:di |d' ?)addio)(?![^.!?]{0,80}(?:coleg|companer|colleg|kolleg|коллег|сотрудник|squadra|equip|team|mannschaft|verein|druzyn|zespol|takim|ekip|jubil|retrait|pension|rente|пенси|emekli|trabajo|travail|lavoro|job|arbeit|работ|trabalho|praca|pracy|firm|escuela|ecole|scuola|schule|szkol|школ|okul|boda|mariage|matrimonio|hochzeit|wesel|свадьб|dugun))",
      'a goodbye letter',
    ],
    [
      '(?:ho |ha )?(?:messo da parte|messo via|conservato|accumulato|nascosto|raccolto) (?:tutte )?(?:le |delle |mie )?(?:pastiglie|pillole|compresse|medicine|sonniferi|pasticche)',
      'i saved up my pills',
    ],
    // Tablets told as a count (NPIS: a count past the daily dose is an overdose).
    [
      '(?:ha|ho|hanno|avra) (?:preso|ingoiato|inghiottito|mandato giu|buttato giu) (?:circa |quasi |piu di |tipo |una )?(?:[2-9]\\d|1[0-9]) (?:pastiglie|compresse|pillole|capsule|pasticche)(?![^.;!?]{0,60}(?:em|en|in|за|nei|negli|durante|per|nelle|uber) (?:\\d+|dois|tres|cinco|sete|dez|diez|dieci|zehn|десять|семь|две|три|пять) (?:dias|giorni|tage|tagen|дней|дня|недел\\p{L}*|semanas|settimane|wochen))',
      'took # pills',
    ],
    // Seizures that run into each other with no waking between are status epilepticus (NICE NG217).
    [
      "(?:senza|non si e|e non si e) (?:riprendersi|ripresa?|ripreso|svegliarsi|svegliat[oa]|riprendere conoscenza|rinvenire|rinvenut[oa]) (?:tra|fra|in mezzo tra) (?:una e l'? ?altra|uno e l'? ?altro|le due|i due|una crisi e l'? ?altra)(?<=(?:convuls|crisi|attacc|epiless)[\\s\\S]{0,250})",
      'did not wake up between them',
    ],
    // Venom: a scorpion or a viper, told by the animal.
    [
      '(?:e stat[oa] |sono stat[oa] )?punt[oa] da (?:uno |lo |uno )?scorpione|(?:uno |lo )?scorpione (?:lo |la |mi |l.)?ha punt[oa]|puntura di scorpione',
      'stung by a scorpion',
    ],
    [
      "(?:una |la )?(?:vipera|serpe|serpente|biscia) (?:lo |la |mi |gli |l')?ha mors[oa]|(?:e stat[oa] |sono stat[oa] )?mors[oa] da (?:una |la |un )?(?:vipera|serpente|serpe)|morso di vipera|morso di serpente",
      'bitten by a snake',
    ],
    // Swelling is read as the parts told: the throat or the tongue is an airway sign (anaphylaxis, Resuscitation Council
    // UK); lips or a face alone, "slightly" after a food and passed, are left to the lexicon's own words.
    [
      '(?:mi |gli |le )?si (?:gonfiano|stanno gonfiando|gonfia|sta gonfiando) (?:(?:la faccia|il viso|le labbra) e (?:la gola|la lingua)|(?:la gola|la lingua)(?: e (?:la gola|la lingua|le labbra|la faccia|il viso))?)',
      'face and throat swelling',
    ],
    // Breadth, third pass (issue 11, T25): flashing lights in late pregnancy, a stab wound.
    [
      '(?:vedo|vede|vedevo) (?:delle |dei |tante )?(?:lucine|luci|lucette|stelline|puntini|lampi|lampi di luce|mosche)',
      'seeing flashing lights',
    ],
    ['(?:ha preso|ho preso|preso) (?:una )?coltellata|accoltellat[oa]|coltellata', 'stabbed'],
    // Breadth, second pass (issue 11, T25): intent told as taking one's life, seizures one after another.
    ['(?:penso di |voglio |vorrei )?(?:togliermi|togliersi) la vita', 'i want to kill myself'],
    ["(?:una|uno) dopo l'?altr[oa]|(?:una|uno) dietro l'?altr[oa]", 'one after another'],
    // Breadth (issue 11, T25): an infant floppy or not feeding, told in any tense ("è molle", "è moscio", "non vuole
    // mangiare", "non si attacca al seno"), and a past faint told with when it was ("una volta anni fa").
    ['(?:e |era |sembra |diventato |diventata )?(?:molle|moscio|moscia|floscio|floscia|mollo)', 'floppy'],
    [
      'non (?:vuole|voleva|riesce a|riusciva a) (?:mangiare|bere|poppare|ciucciare|prendere il latte|prendere il biberon|attaccarsi)|non (?:mangia|beve|poppa|si attacca)(?: piu| niente| nulla)?',
      'not feeding',
    ],
    ['una volta(?= (?:\\p{L}+ ){0,2}(?:anni|mesi|settimane) fa)', 'once'],
    // Someone out of their mind with a weapon (NHS 111 mental health crisis: a risk to others now).
    ['(?:ha preso|ha afferrato|prende) (?:un|il) (?:coltello|coltellaccio|pistola|arma|forbici)', 'grabbed a knife'],
    [
      'minaccia(?:ndo|to)? (?:\\p{L}+ ){0,3}con (?:un|il|una|le) (?:coltello|pistola|arma|forbici)',
      'is threatening everyone with a knife',
    ],
    ['(?:e|sembra) fuori di se', 'out of his mind'],
    ['minaccia(?:ndo)? (?:tutti|(?:mia|mio|sua|suo) \\p{L}+)', 'is threatening everyone'],
    // Diabetic ketoacidosis (issue 11).
    ["(?:l'|l )?alito che sa di (?:frutta|mela|acetone)|alito (?:fruttato|di acetone)", 'breath smells fruity'],
    ['respira (?:molto )?(?:profondamente|profondo|a fondo)', 'breathing deep and fast'],
    // A turn from what is always so to something new: "come sempre, ma questa volta ..." (issue 11 review).
    ['questa volta|stavolta', 'this time'],
    // A chest pain told in a clinician's words, with what sends it on (development-18, issue 11).
    [
      'dolore (?:toracico|al petto) (?:costrittivo|oppressivo|a morsa)|dolore (?:costrittivo|oppressivo) al petto',
      'crushing chest pain',
    ],
    ['dolore toracico', 'chest pain'],
    ['sudorazione (?:fredda|profusa)', 'cold sweat'],
    ['(?:anche )?a riposo', 'at rest'],
    ['sotto sforzo', 'on exertion'],
    ['(?:ha|sta avendo) un infarto', 'is having a heart attack'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      'fa fatica a (?:stare sveglio|stare sveglia|tenere gli occhi aperti)|non riesce a stare sveglio|non riesce a stare sveglia',
      'drowsy',
    ],
    [
      '(?:gli |le |mi )?si stringe la gola|(?:la )?gola (?:si stringe|si chiude)|mi si chiude la gola',
      'throat tightening',
    ],
    [
      "(?:l')?(?:acqua|caffe|olio|latte|brodo|te) (?:bollente|bollenti|caldissima|caldissimo)",
      'scalded with boiling water',
    ],
    [
      "(?:sta avendo |ha |ha avuto |con )?(?:le |una |delle )?(?:convulsioni|crisi epilettica|crisi convulsiva|attacco epilettico|crisi)(?: tonico-clonica| tonico clonica| convulsiva)?(?: in corso)? da (?:piu di |circa |quasi |oltre )?(?:\\d+|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici|venti|trenta|mezz'ora) (?:minuti|min)",
      'seizing for more than five minutes',
    ],
    [
      "(?:il )?sangue non (?:si ferma|smette|si arresta|si blocca|vuole fermarsi)|non (?:smette|smetteva|la smette) di sanguinare|non (?:riesco|riusciamo) a fermare (?:il sangue|l'emorragia|il sanguinamento)|(?:perde|esce|sgorga|zampilla) sangue a fiotti|sangue a fiotti|(?:il )?sangue (?:zampilla|schizza|sgorga)",
      'the bleeding will not stop',
    ],
    [
      '(?:mi butto|mi lancio|mi getto|mi buttero|salto) (?:dal|da un|dalla|da una|sotto il|sotto un) (?:ponte|palazzo|tetto|balcone|finestra|treno|terrazzo)|(?:stasera|stanotte|oggi) (?:mi ammazzo|mi uccido|la faccio finita(?! con ))|mi (?:ammazzo|uccido|impicco)',
      'i will kill myself tonight',
    ],
    ['voglio farla finita(?! con )', 'i want to end it all'],
    [
      '(?:ho messo da parte|ho messo via|ho conservato|ho raccolto|ho comprato|ho preparato) (?:tutte )?(?:le |delle )?(?:pastiglie|pillole|compresse|medicine|sonniferi) per (?:prenderle tutte|farla finita(?! con )|morire|uccidermi)',
      'i have saved up the pills to take them all tonight',
    ],
    ['non si (?:sveglia|risveglia)(?: piu)?|non (?:riesco|riusciamo) a svegliar(?:lo|la)', 'cannot be woken'],
    ['(?:e )?crollat[oa](?: a terra| per terra| di colpo)?', 'collapsed'],
    ['non (?:risponde|reagisce)(?: piu)?', 'not responding'],
    [
      '(?:ha mangiato|ho mangiato|aveva mangiato|dopo aver mangiato|mangiato) (?:delle |degli |le |gli |un |una |dei |del )?(?:arachidi|noccioline|frutta secca|noci|nocciole|gamberi|gamberetti|frutti di mare|pesce|uova|uovo|kiwi|sesamo)',
      'ate peanuts',
    ],
    ['(?:vesciche|bolle) (?:grandi|grosse|enormi)|(?:grandi|grosse|enormi) (?:vesciche|bolle)', 'big blisters'],
    [
      'se (?:un giorno|mai|per caso)(?: (?:avessi|avro|dovessi avere|mi venisse|mi viene|ho|sentissi))?',
      'if i ever get',
    ],
    [
      "(?:su )?tutt[oa] (?:il|la|lo|le|i|l'?) ?(?:petto|braccio|braccia|pancia|schiena|gamba|gambe|faccia|viso)",
      'the whole chest',
    ],
    // Registers and verb forms beyond the plain ones (colloquial Italian, past and third person).
    [
      '(?:gli |le )?si vedono (?:tutte )?le costole|rientramenti|(?:gli |le )?(?:rientrano|si infossano|si ritirano) le costole',
      'ribs sucking in with each breath',
    ],
    // Session 58 (T109): breathing badly after a sting or a food, or with a swelling: the airway of anaphylaxis
    // (Resuscitation Council), not a blocked nose.
    [
      `(?<=(?:punt[oa]|ape|vespa|calabrone|gamber\\p{L}*|arachid\\p{L}*|noccio\\p{L}*|gonfi\\p{L}*|orticaria)[^.!?]{0,80})respira (?:male|malissimo|a fatica|con fatica)(?! (?:col|con il|dal) naso)`,
      'difficulty breathing',
    ],
    ['respira (?:male|malissimo|a fatica|con fatica)', 'breathing badly'],
    [
      '(?:ha|sta avendo|gli e venuta|le e venuta|gli sono venute|le sono venute) (?:le |delle |una |la )?(?:convulsion[ei]|crisi epilettica)',
      'he is having a seizure',
    ],
    [
      '(?:ho|ha|hanno) (?:preso|ingoiato|inghiottito|mandato giu|buttato giu) (?:tutte le|tutta la|un sacco di|troppe|molte|una scatola (?:intera )?di|un flacone (?:intero )?di|un blister di|tutto il flacone di) (?:pastiglie|pillole|compresse|gocce|sonniferi|capsule|pasticche)',
      'took all the pills',
    ],
    ['(?:pastiglie|pillole|compresse|gocce|pasticche) per dormire|sonniferi|benzodiazepine', 'sleeping pills'],
    [
      'mi (?:voglio|vuole|vado ad?) (?:ammazzare|uccidere|suicidare|buttare giu)|voglio (?:ammazzarmi|uccidermi|suicidarmi|farla finita(?! con ))|la faccio finita(?! con )',
      'i want to kill myself',
    ],
    ['(?:si e |mi sono |si sono )?ustionat[oaie](?: con)?|ustion[ei]', 'burned with'],
    ["(?:l'?)?(?:acqua|olio) (?:bollente|che bolliva)", 'boiling water'],
    ["(?:l'?ha |mi ha |gli ha |le ha )?punt[oa] (?:da )?(?:un'?ape|una ape|una vespa|un calabrone)", 'stung by a bee'],
    // Session 58 (T109): swollen all over, the whole body's swelling after a sting or a food (Resuscitation Council
    // anaphylaxis); a swollen arm or ankle is told by its part.
    [
      '(?:si e |e |si sono |sono )?(?:gonfiat[oaie]|gonfi[oaie]) (?:tutt[oaie]|dappertutto|ovunque|dalla testa ai piedi)|tutt[oa] gonfi[oa]',
      'swollen all over',
    ],
    [
      '(?:gli |le |mi )?si (?:gonfia|sta gonfiando|chiude|sta chiudendo) la gola|gola (?:gonfia|chiusa|che si chiude)',
      'throat swelling',
    ],
    [
      '(?:il )?sangue (?:che )?(?:esce |usciva |schizza |zampilla |sgorga |viene fuori )?(?:a fiotti|a getto|tantissimo)|(?:il )?sangue (?:che )?schizza',
      'blood spurting and it will not stop',
    ],
    ['ha vomitato(?: \\p{L}+){0,2}|vomita', 'vomiting'],
    [
      '(?:ha )?(?:ingoiato|inghiottito|preso) (?:tutta la scatola|tutte le pastiglie|le pastiglie|una scatola intera|tutto il flacone)',
      'took all the pills',
    ],
    ['batteria a bottone|pila a bottone', 'button battery'],
    ['sbava(?:ndo)?', 'drooling'],
    ['(?:e |ora e )?(?:confus[oa]|sonnolent[oa]|assonnat[oa])', 'confused and drowsy'],
    [
      '(?:voglio |sto per )?(?:morire|morendo|muoio) (?:di|dalla|dal) (?:vergogna|fame|paura|caldo|freddo|risate|ridere|sonno|noia)',
      'feel embarrassed',
    ],
    ['ogni volta che|tutte le volte che', 'every time'],
    ['va e viene', 'comes and goes'],
    [
      '(?:sto |sono )?(?:morendo|muoio|morire|morto|morta) (?:di|dalla|dal) (?:vergogna|fame|paura|caldo|freddo|risate|ridere|sonno|noia)',
      'feel embarrassed',
    ],
    ['come (?:faccio a sapere|si capisce) se', 'how do i know if'],
    ['a volte|ogni tanto|qualche volta', 'sometimes'],
    ["un po'?", 'a little'],
    ['sempre', 'always'],
    ['nessun[oa]?', 'no'],
    // Session 44: "niente" before a finding negates it as "nessun" does ("niente vomito": no vomiting); after "non" it is
    // the "nothing" of a double negative ("non sento niente"), and before a word that is no finding it stays "nothing".
    [
      '(?<!non (?:\\p{L}+ ){0,2})niente(?= (?!(?:di|da|e|ma|piu|altro|a|per|quando|se|che|del|della|in|con|nulla|fare|mi|ti|gli|le|la|lo|il|un|una|al|alla|tra)(?![\\p{L}]))\\p{L})',
      'no',
    ],
    ['cosa (?:fare|devo fare|si fa) (?:se|quando|in caso di)', 'what do i do if'],
    ["quali sono i (?:sintomi|segni) (?:di|del|della|dell'?)", 'what are the symptoms of'],
    ["(?:sintomi|segni) (?:di|del|della|dell'?)", 'symptoms of'],
    ['e normale', 'is it normal'],
    ["da (?:\\d+|un|una|due|tre|dieci|venti|mezz'?) ?(?:minuti|min|ora)", 'for # minutes'],
    ['da (?:\\d+|un|una|due|tre|qualche) (?:giorni|giorno)', 'for days'],
    ['da (?:\\d+|una|due|tre|qualche) settimane?', 'for weeks'],
    ['da (?:\\d+|un|due|tre|qualche|alcuni) mesi', 'for months'],
    ['(?:(?:\\d+|due|tre|quattro|cinque|dieci|molti|alcuni|tanti|parecchi|qualche|pochi) )?anni fa', 'years ago'],
    ["l'?anno scorso", 'last year'],
    ['da (?:piccolo|piccola|bambino|bambina)', 'as a child'],
    ["all'?improvviso|improvvisamente", 'suddenly'],
    ['quando tossisco|quando tossisce|tossendo', 'when i cough'],
    ['quando salgo le scale|salendo le scale', 'when i climb stairs'],
    ['non riesce (?:piu )?a respirare|non respira bene', 'cannot breathe'],
    ['non riesco (?:piu )?a respirare', 'i cannot breathe'],
    ['(?:difficolta|fatica) a respirare|fa fatica a respirare|respira a fatica', 'difficulty breathing'],
    ['non respira(?: piu)?|ha smesso di respirare', 'is not breathing'],
    ['fiato corto|mi manca il fiato|affanno', 'short of breath'],
    ['(?:labbra|bocca) (?:blu|viola|bluastre|cianotiche)', 'blue lips'],
    ['(?:gola|lingua|faccia|viso|labbra) (?:gonfia|gonfie|gonfio)', 'swollen face and tongue'],
    ['la gola si (?:chiude|sta chiudendo)', 'throat is closing'],
    ['(?:forte |fortissimo )?dolore (?:al|nel) petto|mal di petto|(?:mi )?fa male il petto', 'chest pain'],
    ['(?:peso|pressione|oppressione) (?:al|sul|nel) petto', 'pressure in the chest'],
    [
      '(?:che )?(?:va|scende|si irradia|arriva) (?:al|nel|fino al|alla) (?:braccio sinistro|mascella|schiena)',
      'spreading to the left arm and jaw',
    ],
    ['sudando freddo|sudore freddo|sudo freddo', 'cold sweat'],
    ['non si sveglia(?: piu)?', 'will not wake up'],
    ['(?:e )?svenut[oa]|ha perso (?:i sensi|conoscenza)', 'fainted and lost consciousness'],
    ['(?:e )?(?:priv[oa] di sensi|incosciente)', 'unconscious'],
    ['bocca storta|faccia storta|viso storto|(?:la )?bocca (?:cade|si e abbassata)', 'face drooping'],
    [
      'non (?:riesce|riesco|riusciva) (?:piu )?a parlare(?: bene)?|parla (?:male|strano|in modo confuso)|non parla piu|non (?:gli |le |mi )?escono le parole',
      'cannot speak and slurred speech',
    ],
    // "Non sento il braccio" is numbness of that part, not "not I feel" (as the Spanish "no siento" in f86ff08).
    [
      'non (?:sento|sente|sentiva) (?:piu )?(?:il|la|un|una) (?:braccio|gamba|faccia|viso|lato|mano)(?: (?:sinistr|destr)[oa])?',
      'numb arm on one side',
    ],
    ['non (?:riesce|riesco) a muovere (?:il|la|un) (?:braccio|gamba|mano)', 'cannot move one arm'],
    // Speech gone wrong beside a weak arm (FAST): "parlo male" is slurred speech, not a language spoken badly.
    ["parl[oa] male(?! (?:l'|il |la |in |di |inglese|italiano|francese|tedesco|spagnolo))", 'slurred speech'],
    ['ictus|infarto cerebrale', 'stroke'],
    ['infarto', 'heart attack'],
    ['(?:il )?peggior mal di testa della (?:mia|sua) vita', 'the worst headache of my life'],
    ['mal di testa', 'headache'],
    [
      '(?:ha|sta avendo) (?:una |delle )?(?:convulsioni?|crisi epilettica|attacco epilettico) (?:adesso|ora|in questo momento)|sta convulsando|ha le convulsioni',
      'he is having a seizure',
    ],
    ['(?:ha avuto|aveva avuto|ebbe) (?:una |delle )?(?:convulsioni?|crisi epilettica)', 'had a seizure'],
    ['convulsioni?|crisi epilettica|attacco epilettico', 'seizure'],
    [
      '(?:ha preso|ha ingerito|ha inghiottito) (?:tutte )?(?:le |delle |molte )?(?:pastiglie|compresse|pillole)',
      'took all the pills',
    ],
    [
      '(?:ho preso|ho ingerito) (?:tutte )?(?:le |delle |molte )?(?:pastiglie|compresse|pillole)',
      'i took all my pills',
    ],
    ['overdose', 'overdose'],
    ['(?:ha bevuto|ha ingerito) (?:la |della )?(?:candeggina|varechina|veleno)', 'drank bleach'],
    ['vomita sangue|vomito (?:di|con) sangue', 'vomiting blood'],
    ['feci nere', 'black stools'],
    ['sanguina (?:molto|tanto)|non smette di sanguinare|emorragia', 'bleeding heavily and it will not stop'],
    ['sanguina|sanguinamento|perdite di sangue', 'bleeding'],
    ['(?:collo|nuca) rigid[oa]|rigidita (?:del|nucale)', 'stiff neck'],
    [
      '(?:macchie|puntini)(?: \\S+){0,4} (?:che )?non (?:scompaiono|spariscono|vanno via)(?: \\S+){0,3}',
      'rash that does not fade when pressed with a glass',
    ],
    ['voglio morire', 'i want to die'],
    ['(?:mi )?voglio (?:ammazzare|uccidere|suicidare)|ammazzarmi|uccidermi|suicidarmi', 'i want to kill myself'],
    ['non voglio piu vivere', 'i do not want to live'],
    ['incinta di (?:\\d+) settimane', 'pregnant # weeks'],
    ['incinta|gravidanza', 'pregnant'],
    ['(?<!(?:incinta|gravidanza|da) (?:di )?)(?:di )?(?:\\d+) mes[ei](?! (?:fa|di gravidanza))', '# months old'],
    ['(?<!(?:incinta|gravidanza|da) (?:di )?)(?:di )?(?:\\d+) settimane(?! (?:fa|di gravidanza))', '# weeks old'],
    ['neonat[oa]', 'newborn'],
    ['ha battuto la testa', 'hit his head'],
    ['reazione allergica|allergia', 'allergic reaction'],
    ['mio (?:figlio|bambino)', 'my son'],
    ['mia (?:figlia|bambina)', 'my daughter'],
    ['(?:il )?mio (?:bambino|bimbo|neonato) di', 'my baby of'],
    ['mia (?:madre|mamma)', 'my mother'],
    ['mio (?:padre|papa)', 'my father'],
    ['mio marito', 'my husband'],
    ['mia moglie', 'my wife'],
    ['mia nonna', 'my grandmother'],
    ['mio nonno', 'my grandfather'],
    ['non (?:ha|ho|abbia) (?:mai )?perso (?:i sensi|conoscenza)', 'did not lose consciousness'],
    // "Senza" (without) as the negation it is, as the Spanish "sin" (review V17: "senza perdere conoscenza" was read as a faint).
    ['senza (?:aver |avere )?(?:perso|perdere) (?:i sensi|conoscenza)|senza svenire', 'did not lose consciousness'],
    ['senza (?:poter )?respirare', 'not breathing'],
    ['senza fiato', 'short of breath'],
    ['(?:sta|stava) giocando|gioca tranquill[oa]', 'is playing'],
    ['(?:mi |gli |le )?(?:e|gli e|le e) passat[oa](?: tutto)?', 'it has passed'],
    ['(?:oggi|adesso|ora)(?: \\p{L}+){0,2} (?:sto|sta|stiamo|stanno) (?:bene|meglio)', 'is fine now'],
    ['ha avuto|aveva', 'had'],
    // "né" (nor) after a negation; the pronoun "ne" comes before its verb ("ne ha prese venti").
    [
      'ne(?! (?:ho|ha|hai|hanno|abbiamo|avete|avevo|aveva|sono|e|prendo|prende|prese|preso|voglio|vuole|so|sa|parla|parlo))',
      'nor',
    ],
    ...KINDS_TOLD_PLAINLY,
    // Read after every phrase that begins with them: "non ho", "non ha", "non riesce a respirare".
    ['non ha', 'has no'],
    ['non ho', 'i have no'],
    // "non", "se" and "e" are read before an Italian word only (ending in a vowel): "non" is English too ("non blanching").
    ['non(?= \\p{L}*[aeiou](?![\\p{L}]))', 'not'],
    ['se(?= \\p{L}*[aeiou](?![\\p{L}]))', 'if'],
    ...ITALIAN_FINDINGS.phrases,
    ...ITALIAN_MODIFIERS,
    ...ITALIAN_EVERYDAY_PHRASES,
    // Session 44: breathing a little fast only while crying, and settling after it, with pink lips (NICE NG143: the
    // rate is counted at rest).
    ['(?:quando|mentre) (?:piange|piangeva|strilla|strillava|urla|urlava)', 'when he cries'],
    // A chest wall sore where it is pressed (NICE CG95: reproduced by palpation, a musculoskeletal cause).
    [
      'solo (?:quando|se) (?:premo|premi|preme|tocco|tocca|spingo)|(?:quando|se) (?:premo|premi|preme|tocco|tocca)',
      'only when i press on it',
    ],
    ['sullo sterno|sul petto|sulle costole', 'on the chest wall'],
    ['si (?:calma|calmava|tranquillizza|tranquillizzava)', 'he settles'],
  ],
  words: {
    ...ITALIAN_SPOT_WORDS,
    rosa: 'pink',
    roseo: 'pink',
    ...ITALIAN_EVERYDAY_WORDS,
    ...ITALIAN_INTENT_AND_CRISIS.words,
    ...ITALIAN_SELF_HARM_AND_POISONING.words,
    // Session 39 (T38): the body parts a burn is told on, and its blisters.
    vesciche: 'blisters',
    bolle: 'blisters',
    mani: 'hands',
    volto: 'face',
    torace: 'chest',
    piena: 'full',
    pieno: 'full',
    // Breadth (issue 11, T25).
    durante: 'during',
    prelievo: 'blood test',
    tossisce: 'coughing',
    tosse: 'cough',
    respira: 'breathes',
    veloce: 'fast',
    sinistro: 'left',
    sinistra: 'left',
    destro: 'right',
    destra: 'right',
    labbra: 'lips',
    viola: 'purple',
    blu: 'blue',
    gonfia: 'swollen',
    svenuto: 'fainted',
    caduto: 'fell',
    caduta: 'fell',
    sveglia: 'wakes',
    vomitato: 'vomited',
    bocca: 'mouth',
    occhio: 'eye',
    occhi: 'eyes',
    debolezza: 'weakness',
    formicolio: 'tingling',
    intorpidito: 'numb',
    braccio: 'arm',
    mano: 'hand',
    gamba: 'leg',
    pancia: 'belly',
    addome: 'abdomen',
    fortissimo: 'severe',
    terribile: 'terrible',
    sudato: 'sweaty',
    sudore: 'sweat',
    freddo: 'cold',
    pallido: 'pale',
    grigio: 'grey',
    convulsioni: 'seizure',
    sangue: 'blood',
    emorragia: 'haemorrhage',
    incinta: 'pregnant',
    settimane: 'weeks',
    mesi: 'months',
    febbre: 'fever',
    alta: 'high',
    collo: 'neck',
    rigido: 'stiff',
    macchie: 'spots',
    luce: 'light',
    tagliato: 'cut',
    ferita: 'wound',
    pastiglie: 'pills',
    compresse: 'pills',
    candeggina: 'bleach',
    ingoiato: 'swallowed',
    batteria: 'battery',
    senza: 'without',
    mai: 'never',
    quando: 'when',
    la: 'the',
    le: 'the',
    gli: 'the',
    un: 'a',
    una: 'a',
    di: 'of',
    mio: 'my',
    mia: 'my',
    molto: 'very',
    ho: 'i have',
    sono: 'i am',
    sta: 'is',
    oggi: 'today',
    ieri: 'yesterday',
    adesso: 'now',
    ancora: 'still',
    gia: 'already',
    anche: 'also',
    dolore: 'pain',
    vomito: 'vomiting',
    testa: 'head',
    petto: 'chest',
    faccia: 'face',
    viso: 'face',
    gola: 'throat',
    bambino: 'child',
    bambina: 'child',
    figlio: 'son',
    figlia: 'daughter',
    anni: 'years old',
    aiuto: 'help',
    ospedale: 'hospital',
    medico: 'doctor',
    debole: 'weak',
    confuso: 'confused',
    gonfio: 'swollen',
    peggio: 'worse',
    meglio: 'better',
    gioca: 'plays',
    ...ITALIAN_FINDINGS.words,
  },
};
