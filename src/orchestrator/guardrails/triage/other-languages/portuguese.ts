import { PORTUGUESE_INFANT_JABS } from './infant-jabs-told-by-their-visit.js';
import { PORTUGUESE_FITS_TOLD_BY_THEIR_LENGTH } from './fits-told-by-their-length-or-a-second-one.js';
import { PORTUGUESE_CLIMBING } from './climbing-told-as-it-is-done.js';
import { PORTUGUESE_BREATH_TOLD_BY_WHAT_IS_SEEN } from './breath-told-by-what-is-seen.js';
import { PORTUGUESE_DIGOXIN } from './digoxin-told-by-its-name-and-its-yellow.js';
import { PORTUGUESE_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { PORTUGUESE_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { PORTUGUESE_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { PORTUGUESE_PRESSURE_FAILING } from './pressure-failing-on-a-bleed.js';
import { PORTUGUESE_PREPARATIONS } from './preparations-told-by-their-parts.js';
import { PORTUGUESE_SEIZURE_NEVER_BEFORE_AND_WAKING } from './seizure-never-before-and-hard-to-wake.js';
import { PORTUGUESE_WISH_AND_JUMP_TOLD_APART } from './wish-and-jump-told-apart.js';
import { PORTUGUESE_MEANS_TAKEN_ALL } from './means-taken-all-at-once.js';
import { PORTUGUESE_NUMBER_MARKERS } from './number-word-markers.js';
import { PORTUGUESE_SADDLE_AND_BLADDER } from './saddle-and-bladder-told-in-the-perfect.js';
import { PORTUGUESE_FUNCTION_WORDS } from './function-words.js';
import { PORTUGUESE_FINDINGS } from './breathing-bleeding-children/portuguese.js';
import { PORTUGUESE_EVERYDAY_PHRASES, PORTUGUESE_EVERYDAY_WORDS } from './everyday-words/portuguese.js';
import { PORTUGUESE_INTENT_AND_CRISIS } from './intent-and-crisis/portuguese.js';
import { PORTUGUESE_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/portuguese.js';
import { PORTUGUESE_A_PET_HANDED_ON_AND_WRISTS_CUT } from './wish-to-stay-no-longer-and-wrists-cut.js';
import {
  NOT_AFTER_WATER_OR_A_ROOM,
  NOT_BEFORE_A_LENGTH_OR_WEIGHT,
  toldAnywhere,
  toldNowhere,
  type LanguageLexicon,
} from './language-lexicon.js';
import { PORTUGUESE_MODIFIERS } from './modifiers/portuguese.js';
import { PORTUGUESE_CHEST_PRESSURE } from './chest-pressure-told-by-its-place.js';
import { PORTUGUESE_GESTATION } from './gestation-told-by-weeks.js';
import { PORTUGUESE_GLASS_TEST } from './glass-test-told-after.js';
import { PORTUGUESE_STROKE_AND_LIMB } from './stroke-and-limb-by-their-parts.js';
import { PORTUGUESE_WEIGHT_BORNE } from './weight-borne.js';
import { PORTUGUESE_HEAD_KNOCK_AND_WAKING } from './head-knock-and-waking-told-by-their-parts.js';
import { PORTUGUESE_SEIZURES_FLIGHT_AND_FAREWELL } from './seizures-flight-and-farewell-told-by-their-parts.js';
import { PORTUGUESE_TABLETS_TOLD_MISSING } from './tablets-told-missing-in-the-first-group.js';
import { portugueseNumberWordsAsDigits } from './number-words-told.js';
import { PORTUGUESE_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';
import { PORTUGUESE_CHOKING_OBJECT_TOLD_OUT } from './choking-object-told-out.js';

/** The morning, sleep, school or an alarm: what a lie-in is told with. */
const SLEEPY_MORNING = '(?:de manha|hoje|cedo|sono|cansad[oa]|preguica|a escola|o colegio|o trabalho|o despertador)';
/** A means, a plan, a goodbye or despair told anywhere: then no waking told with the morning is a lie-in (review V37). */
const NO_MEANS_OR_DESPAIR = toldNowhere(
  '(?:comprimid|remedio|pilula|calmante|veneno|(?<![\\p{L}])corda|morrer|viver|despedi|carta|bilhete|nunca mais|plano|a noite|tomar todos)',
);

/**
 * Despair told anywhere in the message: a wish to die or to vanish, a life without a reason, not bearing it any more.
 * A means or a time ("ja separei os remedios", "hoje eu faço") is read as one only beside it: pills kept for the
 * blood pressure or a party planned tonight are no one's plan to die.
 */
const DESPAIR =
  '(?<![\\p{L}])(?:morrer|morrendo|mort[oa]|viver|vivendo|me matar|matar-me|suicid\\p{L}*|despedi\\p{L}*|despedida|(?:nao|n) (?:aguento|consigo|suporto) mais(?= ?(?:[,.;!?]|$))|sumir|enforcar|acabar com tudo|acabo com (?:tudo|isso)|sentido|melhor sem mim)(?![\\p{L}])';
const BESIDE_DESPAIR = toldAnywhere(DESPAIR);

/** No means or plan told anywhere in the message: a laugh after a wish to die is then the idiom of shame. */
const NO_MEANS_OR_PLAN =
  '(?![^]*(?:comprimidos|remedios|pilulas|corda|arma|faca|gilete|lamina|veneno|chumbinho|ponte|predio|janela|hoje a noite|esta noite|essa noite|planejei|planejado))';

/**
 * A feeling or a state one is said to be dying of, as an idiom of degree ("morrendo de fome", "morrer de rir", "de
 * velho"). Never a symptom (dor, falta de ar, febre) nor "verdade", "vez", "tristeza", "desgosto".
 */
const FEELING_OR_STATE =
  '(?:vergonha|fome|sono|sede|rir|riso|saudades?|tedio|calor|frio|cansaco|medo|inveja|ciumes?|preguica|raiva|vontade|curiosidade|ansiedade|nervoso|susto|pena|amor|alegria|velh[oa]|velhice)(?![\\p{L}])';

/** Work, school or a wedding told after a goodbye: leaving a job or a place, not one's life. */
const NOT_BEFORE_AN_ORDINARY_LEAVING =
  '(?![^.!?]{0,80}(?:coleg|companheir|trabalho|emprego|servico|firma|escola|faculdade|aposent|casamento|equipe|viagem|mudanca|me mudo|mudei))';

/** Cutting while cooking, shaving or with paper: an accident of the day, not harm done to oneself. */
const NOT_BEFORE_AN_ORDINARY_CUT =
  '(?![^.;]{0,40}(?:cozinh|cebola|faca de|papel|barbe|barba|cabelo|franja|unha|depil|lata|vidro quebrado|sem querer))';

/**
 * Session 39 (T36): intent told in the registers session 38 did not read (NICE NG225; CVV warning signs): someone
 * else's wish to die told by a relative or a friend ("disse q quer se matar", "dizendo q quer morrer"), taking all of
 * someone's medicines ("vou tomar tds os remedio"), standing on a height and about to jump, a rope found round the
 * neck, a pack of a sedative swallowed with alcohol, a clinician's "tentativa de autoextermínio". Dying of shame, a
 * course of pills taken as prescribed and a jump into a pool stay ordinary.
 */
const INTENT_IN_OTHER_REGISTERS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:(?:diz|disse|fala|falou|dizendo|falando|escreveu|postou|mandou) (?:que |q )?)?(?:ele |ela )?(?:quer|queria) (?:morrer|se matar|se suicidar|tirar a (?:propria )?vida)(?! de (?!verdade|vez))(?! (?:em casa|em paz|na (?:sua |minha )?(?:casa|cama|terra)|tranquil[oa]|dormindo|dormind[oa]|perto d|do lado d|ao lado d|com a familia|sem dor|sem sofrer))(?![^.!?]{0,80}(?:k{3,}|rs(?:rs)+|haha\\p{L}*|kkk\\p{L}*))',
    'she says she wants to die',
  ],
  [
    '(?:vou|vo|quero|vai|ia) (?:tomar|engolir) (?:todos|tds|todas|tudo|td|todo)(?: (?:os|as|o|a))? (?:remedios?|comprimidos?|pilulas?|calmantes?|cartelas?)(?![^.;]{0,60}(?:receita|medico|medica|mandou|certinho|horario|bula|direitinho|esquecer|de manha|a noite|em jejum|junto com|(?:pra|para) (?!(?:morrer|acabar|me matar|sumir|nao acordar|dormir pra sempre))))',
    'i am going to take all the pills',
  ],
  [
    '(?:to|tou|estou|ta|esta|subiu|subi|subiu ate|ficou|sentou|sentad[oa]|parad[oa]|em pe) (?:no|na|em cima d[oa]|no alto d[oa]|na beira d[oa]|no topo d[oa]) (?:telhado|topo|alto|beirada|beira|laje|terraco|parapeito|ponte|viaduto|janela|ultimo andar|sacada|varanda)(?: d[oa] \\p{L}+)?(?: e)?(?: (?:diz|disse|fala|falou|falando|dizendo|grita|gritando|avisou|avisando)(?: que)?)? (?:vou|vai|quero|quer|vo|ameaca|ameacando|ameacou) (?:pular|saltar|me jogar|se jogar)(?![^.;]{0,40}(?:piscina|bungee|rapel|paraquedas|agua|rio|mar))',
    'i am on the roof and i will jump',
  ],
  ['(?:com )?(?:a |uma )?corda (?:no|em volta do|amarrada no|enrolada no) pescoco', 'a rope around his neck'],
  [
    '(?:tomei|tomou|engoli|engoliu) (?:uma|a|duas|tres|\\d+) cartelas?(?: inteira| toda)? (?:de|do|da)(?= \\p{L}+)(?![^.;]{0,60}(?:anticoncepcional|pilula do dia|certinho|esse mes|este mes|como (?:o medico|a medica) mandou))',
    'took a whole pack of',
  ],
  ['tentativa de (?:auto ?-?exterminio|autolise)|auto ?-?exterminio', 'suicide attempt'],
  // An overdose told by its count (ten or more) or its intent, never a medicine taken as prescribed (review V21, 23:06).
  [
    'ingestao (?:voluntaria |intencional |macica )?de [1-9]\\d+ (?:comprimidos|remedios|capsulas)(?![^.;]{0,60}(?:a cada|por dia|ao dia|conforme|prescri|receita))',
    'took # pills',
  ],
  [
    'ingestao (?:voluntaria|intencional|macica|autolitica|deliberada|excessiva) de (?:comprimidos|medicamentos|remedios|capsulas)',
    'took an overdose of pills',
  ],
];

/**
 * Session 38 (T32): suicidal intent and self-harm read by their parts, the way people say them in Brazil and Portugal
 * (NICE NG225; CVV and Ministério da Saúde "setembro amarelo" warning signs): a wish to die or to vanish ("quero sumir
 * desse mundo", "cansada de viver", "não vejo sentido em viver", "todo mundo vai ficar melhor sem mim"); a way
 * (hanging, jumping, "atirar-me da ponte"); a means kept or a time set, beside despair; a goodbye; a clinician's words
 * ("ideação suicida"); harm already done to oneself (cut again, the wrists cut, a burn or a hurt made "de propósito").
 * Each is read into the English the rules already weigh. The idioms of degree ("morrendo de fome", "esse calor tá me
 * matando", "essa gravata tá me enforcando") keep their own reading.
 */
const INTENT_AND_SELF_HARM: ReadonlyArray<readonly [string, string]> = [
  // Dying OF a feeling or a state is the idiom of degree ("quero morrer de vergonha", "to morrendo de saudade",
  // "morrer de velho"); dying of a pain, of breathlessness or a fever ("morrendo de dor no peito", "de falta de ar") is
  // the symptom told strongly, and "de verdade", "de vez" (for good) a wish to die told in earnest (review V20, 20:53).
  // The feeling is left in the text (a lookahead), so what follows it ("vontade de morrer") is still read.
  // A wish to die closed by a laugh, with no means or plan in the message, is the idiom of shame (review V20).
  [
    `(?:(?:eu )?(?:quero|queria|vou|to|estou|ta) )?(?:morrer|morrendo) de(?= (?:tant[oa] |muit[oa] )?${FEELING_OR_STATE})${NO_MEANS_OR_PLAN}`,
    'feel embarrassed',
  ],
  [
    `(?:(?:eu )?(?:quero|queria) morrer|que vontade de morrer|vou me matar|quero me matar)(?=[^.!?]{0,80}(?:k{3,}|rs(?:rs)+|haha\\p{L}*|kkk\\p{L}*|lol|xd|sqn))${NO_MEANS_OR_PLAN}`,
    'feel embarrassed',
  ],
  // Session 55 (T92): a morning one did not want to wake up for, told with the morning, sleep or school in its
  // sentence, is a lie-in, not a wish not to wake again; "nunca mais" keeps the wish.
  [
    `${NO_MEANS_OR_DESPAIR}(?<=${SLEEPY_MORNING}[^.!?]{0,60})(?:nao|n) (?:queria|quis) (?:acordar|levantar)(?! (?:nunca|mais|jamais))|${NO_MEANS_OR_DESPAIR}(?:nao|n) (?:queria|quis) (?:acordar|levantar)(?! (?:nunca|mais|jamais))(?=[^.!?]{0,60}${SLEEPY_MORNING})`,
    'did not want to get out of bed',
  ],
  [
    '(?:ja )?(?:nao|n) (?:quer|queria|querem) (?:mais )?(?:viver|acordar|estar aqui|existir|continuar vivendo)(?! (?:em|com|nessa|nesse|neste|nesta) )',
    'she says she does not want to live anymore',
  ],
  // Despair told at the end of its clause ("não aguento mais, ..."), not of a pain or a job ("não aguento mais essa dor").
  [
    '(?:ja )?(?:nao|n) (?:aguento|suporto|consigo|posso) mais(?= ?(?:[,.;!?]|$|e |ja |me |serio|de verdade))',
    'i feel hopeless',
  ],
  [
    `(?:vim|venho|quero|queria|so queria|so quero) (?:me despedir|despedir-me)(?: de (?:todos|voces|vc|vcs|ti|todo mundo))?${NOT_BEFORE_AN_ORDINARY_LEAVING}`,
    'i said goodbye to everyone',
  ],
  [
    '(?:quero |queria |vontade de |to com vontade de )?(?:sumir|desaparecer) (?:desse|deste|do) mundo(?! (?:por|durante|uns|umas|essa|esta|esse|este|hoje|no fim|de ferias|ate))|(?:quero |queria |vontade de )(?:sumir|desaparecer) (?:pra|para) sempre',
    'i want to die',
  ],
  [
    '(?:(?:nao|n) (?:quero|aguento) (?:mais )?(?:acordar|estar aqui|existir|continuar vivendo|continuar viva|continuar vivo)|(?:quero|queria) (?:morrer|dormir e nao acordar(?: mais)?))(?! (?:em|com|nessa|nesse|neste|nesta|de) )(?! (?:cedo|tao cedo|muito cedo|as \\d|amanha cedo|antes d|de madrugada|tarde|pra trabalhar|pra escola|pra aula))(?![^.!?]{0,40}(?:segunda|feriado|trabalho|escola|aula|alarme|despertador|preguica|kkk|rsrs))',
    'i do not want to live anymore',
  ],
  [
    '(?:nao|n) (?:vejo|tem|ha|encontro) (?:mais )?(?:nenhum )?(?:sentido|razao|motivo) (?:em |pra |para |de )?(?:viver|continuar vivendo|continuar viv[oa]|a vida|minha vida|continuar)|(?:ja )?(?:nao|n) vale (?:mais )?a pena viver|(?:to |estou |ando |mto |muito )?cansad[oa] de viver(?! (?:com|em|nessa|nesse|assim com|de|do|da) )|(?:a|minha) vida (?:nao|n) tem (?:mais )?sentido',
    'there is no reason to live',
  ],
  [
    '(?:todo mundo|todos|minha familia|a minha familia|meus filhos|os meus filhos|voces) (?:vai|vao|iria|iriam|ficaria|ficariam|estaria|estariam) (?:ficar |estar )?melhor sem mim',
    'they would be better off without me',
  ],
  [
    '(?:(?:pensando|penso|pensei|penso muito|pensar) em|(?:quero|vou|vontade de)) tirar (?:a )?(?:minha |sua )?(?:propria )?vida',
    'i am thinking about killing myself',
  ],
  [
    '(?:pensando|penso|pensei|pensar) (?:muito )?em (?:suicidio|me matar|suicidar|morrer)',
    'i am thinking about suicide',
  ],
  ['(?:quero|vou|penso em|pensando em|vontade de) (?:matar-me|suicidar-me)', 'i want to kill myself'],
  [
    '(?:(?:quero|vou|penso em|pensando em|vontade de|to pensando em) (?:me enforcar|enforcar-me))|me (?:vou|quero) enforcar',
    'i want to hang myself',
  ],
  [
    '(?:(?:vou|quero|penso em|pensando em|vontade de|to pensando em|queria) (?:pular|saltar|me jogar|me atirar|me lancar|jogar-me|atirar-me|lancar-me)|me (?:vou|quero) (?:jogar|atirar|lancar)) (?:da|de uma|do|de um|de cima d[oa]|pela|pro|pra|ao) (?:\\p{L}+ )?(?:ponte|predio|janela|viaduto|sacada|varanda|penhasco|precipicio|terraco|laje|telhado|falesia)(?![\\p{L}])(?![^.;]{0,40}(?:bungee|paraquedas|asa delta|asa-delta|cachoeira|piscina|tirolesa|rapel|rio|mar))|(?:(?:vou|quero|penso em|pensando em|vontade de|to pensando em|queria) (?:me jogar|me atirar|me lancar|jogar-me|atirar-me|lancar-me)|me (?:vou|quero) (?:jogar|atirar|lancar)) (?:na frente d[oa]|na frente de um|na frente de uma|debaixo d[oa]|para a linha d[oa]|na linha d[oa]|nos trilhos d[oa]) (?:\\p{L}+ )?(?:trem|comboio|metro|caminhao|onibus|carro|carreta)(?![\\p{L}])',
    'i want to jump off the bridge',
  ],
  [
    '(?:vou|quero|vai|penso em) (?:me dar|dar-me|se dar) um tiro|(?:vou|quero) estourar (?:meus|os meus) miolos',
    'i want to shoot myself',
  ],
  // The means at hand, beside despair.
  [
    `(?:ja )?(?:tenho|comprei|consegui|separei|peguei|preparei) (?:a|uma|minha) (?:corda)(?! (?:pra|para) )${BESIDE_DESPAIR}`,
    'i have the rope ready',
  ],
  [
    `(?:ja )?(?:tenho|comprei|consegui|peguei) (?:a|uma|minha|o) (?:arma|pistola|revolver|espingarda|38)(?: do meu (?:pai|marido|avo))?${BESIDE_DESPAIR}`,
    'i have a gun',
  ],
  [
    `(?:ja )?(?:tenho|comprei|consegui|juntei|guardei|separei|preparei) (?:os|uns|meus|todos os|as|minhas|umas) (?:comprimidos|remedios|pilulas|calmantes|cartelas)(?: \\p{L}+){0,4}${BESIDE_DESPAIR}`,
    'i have the pills here',
  ],
  // A time set, beside despair.
  [
    `(?:(?:hoje|hj|essa noite|esta noite|amanha) (?:eu )?(?:faco|vou fazer)|(?:ja )?(?:planejei|decidi|preparei) tudo|(?:ta|esta|ja esta) tudo (?:planejado|decidido|preparado))(?! (?:pra|para) (?:a|o|os|as) )${BESIDE_DESPAIR}`,
    'i have it all planned',
  ],
  [
    '(?:hoje|hj|essa noite|esta noite|amanha) (?:eu )?(?:acabo|termino) com (?:tudo|isso|a minha vida|minha vida)',
    'today i end it all',
  ],
  // A goodbye sent or said, and not being there tomorrow.
  [
    `(?:uma |a |umas |as )?(?:mensagem|mensagens|msg|audio|video|bilhete|carta)s? de despedida${NOT_BEFORE_AN_ORDINARY_LEAVING}`,
    'a goodbye message',
  ],
  [
    `(?:ja )?me (?:despedi|despedindo|despeço|despeco) de (?:todo mundo|todos|toda a familia|minha familia|meus filhos|meus amigos)${NOT_BEFORE_AN_ORDINARY_LEAVING}`,
    'i said goodbye to everyone',
  ],
  [
    '(?:amanha )?(?:eu )?(?:nao|n) (?:vou|vou mais) (?:estar|ta|tar|estar mais|ta mais) (?:mais )?(?:aqui|ai|com voces)(?! (?:em|no|na) )',
    'tomorrow i will not be here',
  ],
  // A clinician's words.
  [
    '(?:ideacao|ideias|pensamentos) (?:suicidas?|de morte)(?: (?:estruturad[oa]s?|ativ[oa]s?))?|risco (?:de )?suicid\\p{L}*',
    'suicidal ideation',
  ],
  ['tentativa de suicidio|tentou (?:se matar|suicidio|suicidar-se|se suicidar)', 'suicide attempt'],
  ['(?:se |me )?auto ?(?:lesao|lesoes|lesion\\p{L}*|mutila\\p{L}*)', 'self-harming'],
  // Harm done to oneself.
  [
    `(?:(?:me |se )(?:cortei|cortou|corto|corta|cortando)|cortei-me|cortou-se) (?:de novo|outra vez|denovo|dnv|todo dia|todos os dias|direto)(?! (?:o|a|os|as|meu|minha|seu|sua) (?:cabelo|franja|unha|unhas|barba|dedo|pao|carne))${NOT_BEFORE_AN_ORDINARY_CUT}|(?:me |se )(?:cortando|corto|corta) (?:escondid[oa]|no banheiro|quando)`,
    'i have been cutting myself again',
  ],
  [
    `(?:me |se )?(?:cortei|cortou|cortando|cortei-me|cortou-se|corto|corta)(?: \\p{L}+){0,3} (?:n?os|n?o) (?:pulsos?|punhos?|bracos?|antebracos?|coxas?)${NOT_BEFORE_AN_ORDINARY_CUT}`,
    'she cut her wrists',
  ],
  [
    // A finger or a nail cut with a box cutter is the task's accident ("cortei o dedo com o estilete"), as in English.
    `(?:me |se )?(?:cortei|cortou|cortando|cortei-me|cortou-se|corto|corta)(?! (?:o |a |meu |minha |no |na )?(?:dedo|dedao|polegar|unha)s?(?![\\p{L}]))(?: \\p{L}+){0,2} com (?:uma |um |a |o )?(?:gilete|gillette|laminas?|estilete|navalha|apontador)${NOT_BEFORE_AN_ORDINARY_CUT}`,
    'i cut myself on purpose',
  ],
  [
    '(?:me )?(?:machuquei|machucou|machuco|machuca|queimei|queimou|cortei|cortou|magoei|magoou)(?:-me|-se)?(?: \\p{L}+){0,5} (?:de proposito|propositalmente|por querer|pra sentir|para sentir|pra me castigar|para me castigar)',
    'i hurt myself on purpose',
  ],
  [
    '(?:bracos|pernas|pulsos|coxas) (?:tao |estao |ta |esta |ficaram )?(?:cheios|cheias) de cortes',
    'many cuts on my arms',
  ],
];

/**
 * Session 38 (T32): the other kinds the held-out counts say Portuguese falls short on, each read by its parts: a scald
 * that left the skin covered in blisters, an electric shock, smoke breathed in a fire (NHS 111 burns; Ministério da
 * Saúde queimaduras), lips and tongue swelling after an injection or a food, breathing with effort and the belly
 * sucking in, breathless at rest, a child who ate or drank a quantity of medicine, a dose given three times over
 * (CIATox), sleepless for days and hunted, voices telling harm, found on the ground in the cold, fainting as it
 * happens. Each has its look-alike held back: blisters from new shoes, a hoarse voice from the flu, a chest sore to
 * the touch after the gym, pale at the sight of blood and fine now.
 */
const OTHER_WEAK_KINDS: ReadonlyArray<readonly [string, string]> = [
  // Burns.
  [
    '(?:ta |esta |ficou |todo |toda )?(?:cheio|cheia|coberto|coberta) de bolhas(?![^.;]{0,40}(?<![\\p{L}])(?:pe|pes|tenis|sapato|chinelo|remar|caminhada|corrida|mao de|capinar|enxada)(?![\\p{L}]))',
    'covered in blisters',
  ],
  [
    '(?:apanhou|levou|tomou) um choque(?: eletrico)?(?![^.;]{0,40}(?:bem|nada|sem queimadura))|eletrocut\\p{L}*',
    'electric shock',
  ],
  [
    '(?:inalou|inalei|respirou|respirei|engoliu|engoli) (?:muita|bastante|demasiada|mta) fumaca',
    'inhaled a lot of smoke',
  ],
  [
    '(?:ta |esta |ficou )?rouc[oa](?! (?:da|de|por causa da|do) (?:gripe|resfriado|constipacao|gritar|cantar|jogo|show))|voz rouca(?! (?:da|de|por causa da|do) (?:gripe|resfriado|constipacao|gritar|cantar|jogo|show))',
    'hoarse voice',
  ],
  // Anaphylaxis.
  [
    '(?:(?:os |a |o |as )?(?:labios|lingua|rosto|olhos|palpebras|garganta|boca)(?: e (?:a |o |os |as )?(?:labios|lingua|rosto|olhos|palpebras|garganta|boca))?(?: (?:dele|dela|deles|delas|do bebe|da bebe))? (?:incharam|inchou|inchando|tao inchando|estao inchando|ficaram inchad[oa]s))',
    'her lips and tongue swelled up',
  ],
  ['injecao|injeccao', 'injection'],
  // Breathing: effort, the belly sucking in, breathless at rest.
  ['(?:respirando|respira|a respirar) com (?:muito |mto )?(?:esforco|dificuldade)', 'is struggling to breathe'],
  ['afundando (?:a barriga|as costelas|o peito|embaixo das costelas)', 'ribs sucking in with each breath'],
  ['mesmo (?:parad[oa]|sentad[oa]|deitad[oa]|em repouso)|em repouso', 'at rest'],
  // Poisoning told as quantities.
  [
    '(?:comeu|engoliu|comeram|engoliram)(?= (?:\\p{L}+ ){0,3}(?:\\d+ )?(?:pilulas|comprimidos|capsulas|remedios|xarope))',
    'swallowed',
  ],
  [
    '(?:bebeu|tomou|engoliu)(?= (?:meio|meia|metade do|metade da|todo o|toda a) (?:vidro|frasco|pote|garrafa|caixa|cartela) (?:de |do |da )?(?:xarope|remedios?|comprimidos|pilulas|capsulas|alcool|cachaca|vodka|pinga|agua sanitaria|cloro|veneno|desinfetante|soda|querosene|gasolina|paracetamol|dipirona|ibuprofeno|perfume|enxaguante|calmante))',
    'drank',
  ],
  ['pilulas', 'pills'],
  [
    '(?:eu )?(?:me )?cortei (?:a|o|minha|meu)(?= (?:perna|braco|mao|pe|dedo|cabeca|rosto|barriga|coxa|pulso|joelho))',
    'i cut my',
  ],
  ['n?o vidro|num vidro|numa garrafa', 'on glass'],
  [
    '(?:(?:meio|meia) (?:vidro|frasco|pote|garrafa)|(?:a )?metade do (?:vidro|frasco|pote))(?= (?:de |do |da )?(?:xarope|remedios?|comprimidos|pilulas|capsulas|alcool|cachaca|vodka|pinga|agua sanitaria|cloro|veneno|desinfetante|soda|querosene|gasolina|paracetamol|dipirona|ibuprofeno|perfume|enxaguante|calmante))',
    'half a bottle',
  ],
  ['xarope', 'syrup'],
  ['(?:o )?(?:triplo|dobro) da dose|dose (?:tripla|dupla)', 'three times the dose'],
  ['(?:eu )?errei(?: e)?|me enganei(?: e)?|enganei-me(?: e)?', 'i made a mistake and'],
  ['(?<![\\p{L}])dei(?= (?:o |a )?(?:triplo|dobro|dose))', 'gave'],
  // A crisis of the mind.
  [
    '(?:ta |esta |ja )?(?:ha|faz) (?:\\d+|dois|tres|quatro|varios|muitos) (?:dias|noites) sem dormir',
    'has not slept for days',
  ],
  [
    '(?:diz que |acha que )?(?:estao|tao|tem gente) (?:perseguindo|seguindo|vigiando) (?:ele|ela)|(?:querem|vao) matar (?:ele|ela)',
    'he thinks people are following him to kill him',
  ],
  ['saiu (?:de casa )?com (?:uma|a|um|o) (?:faca|peixeira|facao|arma|tesoura)', 'he grabbed a knife'],
  [
    '(?:ouve|ouvindo|escuta|escutando|ouco|ouvi) vozes(?! (?:dos|do) (?:vizinhos|vizinho|rua|tv|radio))',
    'hears voices',
  ],
  [
    '(?:mandando|mandam|dizendo pra|dizem pra|dizendo para|mandou) (?:ela |ele )?(?:machucar|matar|ferir)',
    'telling her to hurt',
  ],
  // Found on the ground in the cold.
  ['(?:achamos|encontramos|achei|encontrei)(?= (?:\\p{L}+ ){0,3}caid[oa])', 'we found'],
  ['(?:no )?(?:quintal|chao|rua|mato) gelad[oa]|no frio', 'in the freezing cold'],
  // The soft spot is a baby's alone: told sunken, it is the baby's dehydration (NICE NG143).
  ['(?:a )?moleira (?:ta |esta )?(?:afundada|funda|baixa|afundando)', 'the baby has a sunken fontanelle'],
  [
    '(?:vomit\\p{L}*) verde(?![^.;]{0,60}(?:comer|comi|comeu|salada|rucula|espinafre|brocolis|gelatina|suco|bala|doce|verdura|picole))',
    'vomiting green bile',
  ],
  ['dura (?:como|feito) (?:pedra|tabua)', 'rigid like a board'],
  ['(?:nao|n) (?:fez|faz) (?:xixi|pipi) (?:o dia todo|o dia inteiro|desde ontem)', 'has not peed all day'],
  // Fainting as it happens, pale at the sight of blood and fine now, a chest sore to the touch.
  ['desmaiando|a desmaiar', 'is fainting'],
  ['(?:ja )?(?:to|tou|estou|ta|esta) bem(?: agora)?', 'i am fine now'],
  // Session 52 (T82): ... and "great" (ótima), as a parent tells a baby seen and well (review V34 14:45).
  ['(?:ja )?(?:ta|esta|estao|tao) (?:otim[oa]s?|super bem|muito bem|otimo)(?: agora)?', 'is fine now'],
  ['(?:quando|se) (?:aperto|toco|pressiono|mexo|aperta|toca)', 'when i press on it'],
  ['malhei|treinei|fui (?:na|a) academia', 'i worked out'],
  // Portuguese drops its subject: a message that opens with "tá" or "está" and a list of states tells of someone else
  // ("tá pálido, suando frio"); one state and its cause ("tá pálido porque não dorme") is left.
  [
    '(?<![^])(?:ta|esta)(?= (?:muito |mto |todo |toda )?(?:palid|frio|fria|gelad|suad|agressiv|confus|sonolent|desmaiad|roxo|roxa|azul|amarel|ardendo)\\p{L}* ?,)',
    'he is',
  ],
  ['pulso (?:muito |mto )?(?:rapido|acelerado|fraco)', 'the pulse very fast'],
];

/** "O peito todo", "todo o braço", "a perna inteira": a burn over a whole part of the body is a large one (NHS 111). */
function wholePart(part: string, english: string): readonly [string, string] {
  return [
    `(?:(?:o|a|os|as) )?(?:${part}) (?:tod[oa]s?|inteir[oa]s?)|tod[oa]s? (?:o|a|os|as) (?:${part})(?![\\p{L}])`,
    english,
  ];
}

/**
 * Session 39 (T36): a burn read by its parts (NHS 111 burns and scalds, Ministério da Saúde and SNS 24 queimaduras:
 * larger than the hand, blistered, raw, white or charred, on the face, hands, feet or genitals, any burn in a child
 * that blisters, chemical or electrical), in Brazilian and European words: what burned (the pan of boiling water
 * tipped over a child, "o chá a ferver", alcohol at a barbecue, caustic soda, a post or a bare wire), how the skin is
 * (blisters, "em carne viva", the skin coming off, black or white), how much of a part, and the degree a nurse writes.
 * The English rules weigh the parts. What keeps a burn ordinary is read as such: a sunburn, burnt food, a small
 * blister ("bolhinha"), a first degree.
 */
/**
 * A burn's degree is read only just after a burn's word ("queimadura de 2º grau"): "primo de segundo grau" is a second
 * cousin (review V21, 23:06).
 */
/**
 * What burned, told anywhere in the message: white, black or leathery skin is a deep burn's only beside it, never skin
 * white and wrinkled after a bath or a skin's colour (review V21, 23:45).
 */
const BESIDE_A_BURN = toldAnywhere(
  '(?<![\\p{L}])(?:queim\\p{L}*|fogo|incendi\\p{L}*|chamas|oleo|fervendo|ferver|choque|eletrocut\\p{L}*|fio|acido|caustic\\p{L}*|explos\\p{L}*|brasas?|ferro|fogao)(?![\\p{L}])',
);

const BESIDE_A_BURN_WORD =
  '(?<=(?:queimadura|queimaduras|queimado|queimada|queimados|queimadas|queimou|queimei)(?: \\p{L}+){0,2} )';

const BURNS: ReadonlyArray<readonly [string, string]> = [
  // A sunburn is no burn for the rules (their "sunburn").
  [
    '(?:me |se )?(?:queimei|queimou|queimaram|queimad[oa]s?|queimadinh[oa]s?|queimaduras?|ardid[oa]s?)(?: \\p{L}+){0,3}? (?:d[oa]|no|na|com o|pelo|ao|de) (?:sol|praia|piscina|bronzeado|bronzeador)(?![\\p{L}])|queimaduras? (?:solar|solares|de sol|do sol)',
    'sunburn',
  ],
  // Clothes, hair or a body that caught fire (alcohol at a barbecue is the Brazilian classic).
  [
    'pegou fogo (?:na|no|em|nele|nela)(?: (?:roupa|cabelo|camisa|vestido|corpo|pijama))?|(?:a roupa|o cabelo|a camisa|o vestido) (?:pegou fogo|incendiou)|(?:se )?incendiou|em chamas',
    'caught fire',
  ],
  // What was tipped over someone: the pan, the kettle, the cup.
  [
    '(?:em|por) cima (?:dele|dela|de si|do bebe|da bebe|da crianca|do menino|da menina|do miudo|da miuda)|por cima',
    'over him',
  ],
  ['panela|tacho', 'saucepan'],
  ['frigideira', 'pan'],
  ['chaleira|cafeteira', 'kettle'],
  ['xicara|chavena|caneca', 'cup'],
  [
    '(?:a |da |com |o |do )?(?:agua|cafe|oleo|azeite|leite|sopa|caldo|cha|chazinho|mingau) (?:a ferver|pelando|fervido)',
    'scalded with boiling water',
  ],
  // The skin as a burn leaves it: raw, coming off, charred, or white (full thickness), and the degree a note writes.
  ['(?:em )?carne viva', 'raw skin'],
  [
    '(?:a )?pele (?:ta |esta |ficou |toda )?(?:soltando|descolando|saindo|caindo|a soltar|a sair|a cair|a descolar)(?![^.;]{0,40}(?:sol|praia|bronze|piscina))',
    'the skin is peeling off',
  ],
  [
    `(?:(?:a )?pele (?:ficou |ta |esta |toda )?(?:preta|carbonizada|chamuscada|torrada|como couro)|(?:a )?pele (?:ficou|ta|esta) (?:branca|esbranquicada|cinzenta))(?![^.;]{0,40}(?:banho|piscina|agua|mar|frio))${BESIDE_A_BURN}`,
    'the skin is charred',
  ],
  [`${BESIDE_A_BURN_WORD}(?:de )?(?:segundo|2 ?(?:o|º|°)?) grau`, 'blistering'],
  [`${BESIDE_A_BURN_WORD}(?:de )?(?:terceiro|3 ?(?:o|º|°)?) grau`, 'full-thickness'],
  [`${BESIDE_A_BURN_WORD}(?:de )?(?:primeiro|1 ?(?:o|º|°)?) grau`, 'superficial'],
  ['\\d+ ?% (?:de )?(?:scq|sc|superficie corporal(?: queimada)?)', '# percent tbsa'],
  wholePart('peito', 'the whole chest'),
  wholePart('bracos?', 'the whole arm'),
  wholePart('pernas?', 'the whole leg'),
  wholePart('costas', 'the whole back'),
  wholePart('maos?', 'the whole hand'),
  ['(?:o )?corpo (?:todo|inteiro)|todo o corpo', 'all over his body'],
  // A caustic splashed on the skin, face or eyes; washed off at once with nothing to see, it is first aid.
  [
    '(?:caiu|cairam|espirrou|espirrararam|respingou|jogaram|jogou|derramou|derramaram|pingou|entrou)(?: \\p{L}+)? (?:soda caustica|acido|agua sanitaria|cloro|creolina|cal|alvejante|produto de limpeza|diabo verde|lixivia)(?=[^.;]{0,40}(?:rosto|cara|olhos?|pele|queim|arde|ardendo|braco|mao|perna|peito|pescoco|boca|corpo))(?![^.;]{0,60}(?:lavei|lavou|lavamos|nao aconteceu nada|pouquinho|um pouco))',
    'chemical splash on his skin',
  ],
  // A shock from a post, a bare wire or a high-voltage line (NHS: any high-voltage shock).
  [
    '(?:levou|tomou|apanhou|levei|tomei|apanhei) (?:um )?choque (?:no|na|do|da|de) (?:poste|fio desencapado|fio|cerca eletrica|cabo|rede eletrica|alta tensao|transformador)(?![^.;]{0,40}(?:bem|nada|sem queimadura))|(?:encostou|pegou|pisou) (?:n?o|n?um) fio (?:desencapado|de alta)',
    'electric shock from the cable',
  ],
  ['bolhinhas?', 'a small blister'],
  // Portuguese tells a size after the noun ('uma bolha pequena', 'queimadura pequenininha'): the English rules read
  // 'small' only before it, so a small blister from a curling iron read as 'a blister pequena' was a hand burn
  // that blistered (review M35). A small blister or burn is first aid (NHS 111: cool it, cover it).
  ['(?:uma )?bolhas? (?:bem |muito )?(?:pequen\\p{L}*|minuscul\\p{L}*)', 'a small blister'],
  ['(?:uma )?queimaduras? (?:bem |muito )?(?:pequen\\p{L}*|minuscul\\p{L}*|leves?|superficia\\p{L}*)', 'a small burn'],
  // "Cara" is the face only told as a part ("na cara", "a cara dele"); at the start of a message or after "o", "esse",
  // "um" it is "dude" (review V21, 23:06).
  ['(?<=(?<![\\p{L}])(?:na|a|da|pela|sua|minha|toda a|tod[ao]|e a) )cara(?! de )', 'face'],
  // Pressure at work is stress, not a blood pressure (review V21, 23:06).
  [
    '(?:sob (?:muita |tanta )?|(?:com )?(?:muita|tanta) )pressao(?! (?:alta|baixa|arterial|\\d))|pressao (?:no|do|da) (?:trabalho|servico|escola|faculdade|familia|chefe|emprego)',
    'a lot of stress',
  ],
];

/**
 * Session 39 (T36): the other weak kinds read by their parts, as people in Brazil and Portugal tell them. Breathing
 * (Manchester: unable to speak in sentences, gasping): air that will not come in, "falta fôlego até sentado", a
 * sentence never finished, suffocating, European "a respirar muito depressa" with "covinhas" between the ribs, an
 * oximeter's reading. Shock: gone white, a weak pulse, the pressure told in Brazil's way ("7 por 4"). Heat (NHS heat
 * stroke): in the sun all day, no longer sweating, talking without sense. The abdomen: the right side, the lower belly
 * with a late period (ectopic), "nem andar". The mind: a psychotic episode, people who do not exist, a jump through a
 * window. The eye: a blow, blurred sight, blood inside, sudden blindness. The spinal cord (cauda equina): numb where
 * one sits, both legs weak, control of the bowels lost. Bleeding: coughing fresh blood. Poisoning: a button battery, a
 * dose given twice or instead of another. An infant's fontanelle bulging, vomiting in jets. Each has its look-alike
 * held back: panting after a run, suffocated by work, pressure always "9 por 6", insulin twice a day as prescribed.
 */
const OTHER_KINDS_BY_THEIR_PARTS: ReadonlyArray<readonly [string, string]> = [
  // Breathing.
  [
    '(?:nao|n) (?:consigo|consegue|consegui|conseguia) (?:puxar|pegar|buscar|respirar) (?:o )?ar',
    'i cannot get air in',
  ],
  [
    '(?:falta|faltando|sem|perdendo o) (?:o )?folego(?![^.;]{0,40}(?:escada|subo|subir|correr|corro|corri|academia|treino|malhar|jogo|bola|sedentari))',
    'short of breath',
  ],
  ['(?:ate|mesmo) (?:sentad[oa]|parad[oa]|deitad[oa])', 'at rest'],
  [
    'ofegante(?![^.;]{0,40}(?:correr|corro|corri|subir|subo|escada|academia|treino|malhar|jogo|bola|dancar))',
    'gasping for air',
  ],
  [
    '(?:nao|n) (?:consegue|consigo|conseguia) (?:completar|terminar|acabar|falar) (?:uma |as |a )?(?:frase|frases)(?: inteira| completa| inteiras| completas)?',
    'cannot finish a sentence',
  ],
  [
    '(?:to|tou|estou|ta|esta|fiquei|ficou) sem ar(?! (?:condicionado|de tanto|de rir))(?![^.;!?]{0,40}(?:rir|risada|kkk|rs(?:rs)+|haha|quando (?:vi|soube|ouvi|li)|com (?:o preco|a noticia|a conta)|de susto|de emocao))|sufocando(?! (?:de|com) )|a sufocar(?! (?:de|com) )',
    'i cannot breathe',
  ],
  [
    '(?:a )?respirar (?:muito )?(?:depressa|rapido)|respirando (?:muito )?depressa|respira (?:muito )?depressa',
    'breathing very fast',
  ],
  [
    '(?:a fazer |fazendo )?covinhas? (?:entre|nas|debaixo das|por baixo das) costelas|(?:a )?pele (?:a )?(?:afundar|afunda|afundando) entre as costelas',
    'ribs sucking in with each breath',
  ],
  ['(?:saturacao|saturando|sat|spo2|oxigenacao)(?: de| em| a| do oxigenio)? [5-9]\\d(?![\\d])', 'oxygen saturation 85'],
  // Shock.
  [
    '(?<![^])(?:ta|esta)(?= (?:muito |mto |todo |toda )?(?:branc|palid|frio|fria|gelad|suad|agressiv|confus|sonolent|desmaiad|roxo|roxa|azul|amarel|ardendo)\\p{L}* ?,)',
    'he is',
  ],
  // A person gone white; the skin of a hand white after a bath is not (review V21, 23:45).
  ['(?<!pele[^.;,]{0,20})(?<=(?:(?<![^])|ta |esta |ficou |fica ))branc[oa](?= ?,| e | como)', 'pale'],
  ['(?:o )?pulso (?:muito |mto )?(?:fraquinho|fraco|fino|quase nao (?:da pra sentir|sinto))', 'a weak pulse'],
  ['desorientad[oa]', 'confused'],
  [
    '(?:a )?(?:pressao|pa) (?:caiu |baixou |ta |esta |deu |de |em )?(?:pra |para |a )?[4-8] (?:por|x) \\d{1,2}(?![\\d])',
    'blood pressure dropped to 70/40',
  ],
  // Heat.
  [
    '(?:no|ao|debaixo do|embaixo do|sob o) sol(?: forte| quente)?(?: o dia (?:todo|inteiro))?|o dia (?:todo|inteiro) no sol',
    'in the sun all day',
  ],
  [
    '(?:parou de|deixou de|sem) (?:suar|transpirar)|(?:nao|n) (?:sua|transpira|esta suando|ta suando)(?= ?(?:[,.;!?]|$|e |mais))',
    'stopped sweating',
  ],
  ['(?:diz|dizendo|fala|falando) (?:coisas?|coisa) sem (?:nexo|sentido)', 'talking nonsense'],
  ['muito quente', 'very hot'],
  // The abdomen.
  ['(?:do|no) lado direito(?: da barriga)?', 'on the right side'],
  ['(?:o |no )?pe da barriga|(?:o |no )?baixo ventre', 'in the lower belly'],
  [
    '(?:(?:to|tou|estou|ta|esta) com )?(?:atraso menstrual|a menstruacao atrasada) e|(?:a )?(?:menstruacao|regra) (?:ta |esta )?atrasada e',
    'my period is late and',
  ],
  [
    '(?:(?:to|tou|estou|ta|esta) com )?(?:atraso menstrual|a menstruacao atrasada)|(?:a )?(?:menstruacao|regra) (?:ta |esta )?atrasada',
    'my period is late',
  ],
  ['quase desmaiei|quase desmaiou', 'nearly fainted'],
  ['(?:nao|n) (?:consigo|consegue) (?:nem )?andar', 'i cannot walk'],
  ['fortissim[oa]', 'very severe'],
  ['dor (?:muito |mto )?(?:forte|fortissima|insuportavel|horrivel|absurda)', 'severe pain'],
  // The mind.
  [
    '(?:ta |esta |entrou )?em surto(?: psicotico)?|teve um surto(?: psicotico)?|surto psicotico',
    'is in a psychotic episode',
  ],
  [
    '(?:falando|fala|conversando|conversa) com (?:gente|pessoas|alguem|pessoa) que (?:nao|n) (?:existe|existem|esta la|ta la)',
    'talking to people who are not there',
  ],
  [
    '(?:quer|queria|vai|ia|ameaca|ameacou|tentou) (?:pular|saltar|se jogar|se atirar|atirar-se) (?:da|de uma|do|de um|pela) (?:janela|ponte|predio|sacada|varanda|telhado|laje|viaduto)(?![^.;]{0,40}(?:piscina|bungee|rapel|paraquedas|rio|mar))',
    'he wants to jump out of the window',
  ],
  ['quebrando tudo', 'breaking everything'],
  // The eye.
  [
    '(?:levei|levou|tomei|tomou|deram|deu) (?:uma )?(?:pancada|bolada|soco|porrada|pedrada|cotovelada) (?:no|nos) olhos?|bateu (?:no|com o) olho',
    'got hit in the eye',
  ],
  [
    '(?:vendo|vejo|ve|enxergando|enxergo) (?:tudo )?(?:embacado|embacada|borrado|turvo)|(?:visao|vista) (?:embacada|turva|borrada)',
    'vision is blurred',
  ],
  ['sangue dentro do olho|olho cheio de sangue', 'blood inside the eye'],
  [
    '(?:fiquei|ficou) ceg[oa](?: de um olho| do olho \\p{L}+)?(?! de tanto| com (?:a|o) (?:luz|flash|farol|sol))(?![^.;]{0,30}kkk)',
    'suddenly blind in one eye',
  ],
  ['do nada', 'suddenly'],
  // The spinal cord.
  [
    '(?:sem sentir|(?:nao|n) (?:sinto|sente)|dormente (?:no|na|nos|nas)|dormencia (?:no|na|nos|nas)) (?:o |a |os |as )?(?:bumbum|bunda|nadegas|gluteos|parte intima|partes intimas|virilha|regiao genital|entre as pernas)|(?:bumbum|bunda|parte intima|partes intimas|virilha) (?:dormente|adormecid[oa]|sem sensibilidade)',
    'numb between the legs',
  ],
  [
    '(?:as duas|ambas as) pernas (?:fracas|sem forca|bambas|moles|falhando)|(?:fraqueza|sem forca) nas duas pernas',
    'both legs weak',
  ],
  [
    '(?:perdi|perdeu|sem) o controle (?:do coco|das fezes|do intestino|do xixi|da urina|da bexiga)',
    'lost control of my bowels',
  ],
  ['dor (?:forte |muito forte |fortissima )?(?:nas|na) (?:costas|lombar|coluna)', 'back pain'],
  // Bleeding.
  ['(?:tossindo|tosse com|escarrando|cuspindo|a tossir) sangue', 'coughing up blood'],
  ['sangue vivo', 'fresh blood'],
  ['bastante', 'a lot'],
  // Poisoning: a button battery, a dose given twice or instead of another.
  // A question about a battery that may one day be swallowed ("se meu filho engolir ..., o que eu faço?") is asked
  // ahead of time: "engolir" after "se" is the future ("if he swallows").
  ['(?<=(?<![\\p{L}])se (?:\\p{L}+ ){0,3})engolir', 'swallows'],
  ['o que (?:eu )?(?:faco|fazer|devo fazer|a gente faz)(?= ?[?])', 'what do i do'],
  [
    '(?<=(?:engoliu|engoli|engolir|engoliram|engolido|boca)[^.;?!]{0,30})(?:bateria|pilha|pilhinha|bateriazinha)s? (?:de botao|de relogio|redonda|tipo moeda|de controle)|(?:bateria|pilha|pilhinha|bateriazinha)s? (?:de botao|de relogio|redonda|tipo moeda|de controle)(?=[^.;?!]{0,30}(?:engoliu|engolid|na boca))',
    'button battery',
  ],
  ['em vez de|no lugar de', 'instead of'],
  ['(?<![\\p{L}])dei(?= \\d)', 'i gave'],
  ['pro (?:bebe|nene|nenem)', 'to the baby'],
  ['(?:duas|2) vezes(?= (?:hoje|seguidas|sem querer|por engano|essa manha|esta manha|de manha|a noite|hj))', 'twice'],
  // An infant's fontanelle bulging, vomiting in jets (NICE NG143, meningitis).
  [
    '(?:a )?moleira (?:ta |esta |ficou )?(?:estufada|abaulada|saltada|tensa|estufando|inchada|alta)',
    'the baby has a bulging fontanelle',
  ],
  ['(?:vomitando|vomita|vomitou|vomito) em jato', 'projectile vomiting'],
  // Session 60 (T121): blood from the stomach told by its look (NICE CG141, upper GI bleeding): like coffee grounds.
  ['(?:(?:tipo|como|parecendo|parece|igual a|que nem) )?borras? de cafe', 'like coffee grounds'],
];

/**
 * Session 38 (T32): the clinician's write-up in Portuguese (issue 11: "the third-person, clinician-style case
 * write-up"), read into the English clinical words the rules already read: "dor torácica em aperto irradiando para o
 * braço esquerdo, sudorese", "lombalgia com anestesia em sela e retenção urinária", "dispneia, cianose", "rigidez de
 * nuca, petéquias".
 */
const CLINICAL_NOTE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:paciente|pcte|pct|masc|fem)(?: (?:masculino|feminino|do sexo (?:masculino|feminino)))?(?=,? (?:de )?\\d)',
    'patient',
  ],
  ['dor (?:toracica|precordial|retroesternal)', 'chest pain'],
  ['em aperto|(?:tipo )?opressiva|em peso', 'crushing'],
  [
    '(?:irradiando|irradiada|irradiado|que irradia|com irradiacao) (?:para|pra|pro|ao|a)(?: (?:o|a))?',
    'radiating to the',
  ],
  ['membro superior esquerdo|mse|braco esquerdo', 'left arm'],
  ['sudorese|sudoreic[oa]|diaforese', 'diaphoresis'],
  ['lombalgia|lumbago', 'low back pain'],
  ['anestesia (?:em )?sela|anestesia perineal|hipoestesia perineal', 'saddle anaesthesia'],
  ['retencao (?:urinaria|de urina)|bexigoma', 'urinary retention'],
  ['incontinencia (?:urinaria|fecal|de esfincteres)', 'urinary incontinence'],
  ['dispneia', 'dyspnoea'],
  ['cianose|cianotic[oa]', 'cyanosis'],
  ['taquicardi(?:a|co|ca)', 'tachycardia'],
  ['taquipneic[oa]|taquipneia', 'tachypnoea'],
  ['hipotensao|hipotens[oa]', 'hypotension'],
  ['sincope', 'syncope'],
  ['rigidez de nuca|rigidez nucal', 'neck stiffness'],
  ['petequias', 'petechiae'],
  ['hematemese', 'hematemesis'],
  ['melena', 'melena'],
  ['estridor', 'stridor'],
  ['tiragem(?: (?:intercostal|subcostal|universal))?', 'recession'],
  ['edema de glote|angioedema', 'angioedema'],
  ['anafilaxia', 'anaphylaxis'],
  ['nega', 'denies'],
  // What keeps a note ordinary: pain brought on by pressing, a history, no symptoms now.
  [
    '(?:que )?(?:piora|aumenta|reproduz|reprodutivel) (?:a|na|com a) palpacao|(?:dor )?(?:a|na) palpacao',
    'that worsens on palpation',
  ],
  ['(?:com )?(?:antecedentes?|historia|historico) de', 'with history of'],
  ['assintomatic[oa]', 'no symptoms'],
  ['apos (?:a )?academia|depois da academia', 'after the gym'],
];

/**
 * Issue 11, session 40 (T42): the weak kinds of KIND-FOCUS.md in Brazilian and European words, each read from its parts.
 * A message that opens on "tá" or "está" with a gerund and asks nothing drops its subject, as Portuguese does ("tá sangrando muito": he is
 * bleeding a lot); read as a bare "is", English took it for a question. A bystander's "não dá acordo de si" (does not
 * respond); bleeding that will not stop and soaks the towels (NHS 111); hives after a trigger ("empolou"); a breathlessness
 * graded mild and always there is no new breathlessness.
 */
/** A baby grunting as it strains at stool, or breath fast after running that settles: normal (review V22). */
const NOT_AT_STOOL_OR_AFTER_RUNNING = toldNowhere(
  '(?:coco|fazer coco|evacuar|depois de correr|depois da corrida|passa rapido|acalma)',
);

/**
 * Session 45 (T57): a discriminator told by what follows it rather than named. Bleeding by how it leaves the wound (in a
 * jet) and by what it soaks (everything, however many cloths: MTS "uncontrollable haemorrhage"); cyanosis told with a
 * hedge ("meio roxa", "um pouco roxos": any blue is the red flag, NICE NG143); a head injury by what came after it
 * (knocked out for minutes, one pupil bigger than the other: NICE NG232); a limb gone cold and white (MTS pulseless limb);
 * cauda equina told by the feeling or the urine lost; swallowing and breathing both hard.
 */
const FOODS_THAT_STAIN =
  '(?:picole|uva|acai|suco|sumo|vinho|bala|chiclete|amoras?|beterraba|tinta|sorvete|jabuticaba|mirtilos?)';
/**
 * The stain eaten or drunk before the lips in the sentence ("comeu amoras e a boca ficou meio roxa": review V27), unless
 * choking or breathing is told beside it (a grape choked on turns a child blue).
 */
const NOT_AFTER_A_STAIN = `(?:${toldAnywhere('(?:engasg|sufoc|respira|tossir|tosse)')}|(?<!(?:comeu|comi|comer|comendo|come|bebeu|bebi|beber|bebendo|chupou|chupar|chupando|lambeu) (?:\\p{L}+ ){0,3}?${FOODS_THAT_STAIN}[^.!?]{0,40}))`;
const TOLD_BY_WHAT_FOLLOWS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:o )?sangue (?:sai|saia|saindo|ta saindo|esta saindo|esta a sair|a sair|vem|vinha) (?:em|aos) (?:jatos?|esguichos)',
    'the blood is spurting',
  ],
  [
    '(?:o sangue )?(?:ja )?(?:encharca|encharcou|encharcando|ensopa|ensopou|ensopando|atravessa|atravessou) (?:tudo|todos|todas|(?:os|as) (?:panos|toalhas|ligaduras|gazes|compressas))',
    'the blood soaked through all the towels',
  ],
  [
    `${NOT_AFTER_A_STAIN}(?:a )?(?:boca|os labios|labios|a cara|o rosto) (?:esta |estao |ta |tao |ficou |ficaram |ficando )?(?:meio |meio que |um pouco |um bocado |levemente |ligeiramente |bem |todo |toda )(?:roxa|roxo|roxos|roxas|arroxead[oa]s?|azul|azuis|azulad[oa]s?)(?! (?:d[oa]s? |de )${FOODS_THAT_STAIN})`,
    'lips turning blue',
  ],
  [
    '(?:ficou|esteve|ficaram) (?:uns|alguns|por uns|por alguns|\\d+) (?:minutos|segundos) (?:apagad[oa]|desmaiad[oa]|inconscientes?|desacordad[oa])|desmaiou (?:uns|alguns|por uns|por alguns|\\d+) minutos',
    'was knocked out for a few minutes',
  ],
  [
    '(?:uma|a) pupila (?:esta |ta |ficou )?(?:maior|mais dilatada|mais aberta) (?:que|do que|q) a outra|pupilas (?:de tamanhos diferentes|desiguais|diferentes)',
    'one pupil bigger than the other',
  ],
  ['(?<=(?:gelad[oa]|fri[oa]) )e branc[oa](?= ?,| e |$)', 'and pale'],
  // Cauda equina told by what is lost (NICE CKS): feeling between the legs when wiping, urine passed without noticing.
  [
    '(?:perdi|perdeu|sem) (?:a |toda a )?(?:sensibilidade|sensacao) (?:entre as pernas|na zona intima|nas partes intimas|nas nadegas|no perineo|la em baixo)',
    'no feeling between my legs',
  ],
  [
    '(?:fiz|fez|faco|faz|escapou|saiu) (?:o )?(?:xixi|chichi|pipi|urina)(?: (?:nas calcas|na roupa|nas cuecas))? sem (?:dar conta|dar por isso|perceber|sentir|notar)',
    'i wet myself without noticing',
  ],
  [
    '(?:dificuldade|dificil) (?:pra|para|de|em) engolir e (?:pra |para |de |em )?respirar',
    'difficulty swallowing and breathing',
  ],
];

/**
 * An allergen, a sting, a medicine, a swelling or breathing told nowhere in the message: a throat that closes beside none
 * of them, and beside nerves, is a lump in the throat.
 */
const NO_ALLERGEN_TOLD = toldNowhere(
  '(?:alerg|picad|abelha|remedio|inchad|inchand|respir|comi|comeu|camarao|frutos do mar|amendoim|castanha|nozes|peixe|marisco|antibiotico|comprimido)',
);

const KINDS_TOLD_PLAINLY: ReadonlyArray<readonly [string, string]> = [
  // Session 55 (T92): urine or stool no longer held (NICE CG59 / NHS: cauda equina), which the words alone left unread.
  [
    '(?:nao|n) (?:consigo|consegue|consegui|conseguia|da pra) (?:mais )?(?:segurar|controlar|prender) (?:o |a )?(?:xixi|urina|coco|fezes|bexiga)',
    'i cannot control my bladder',
  ],
  // Only a statement of what is happening now (a gerund, no question mark): "tá sangrando?" stays the question it is.
  ['(?<=^ ?)(?:ta|esta)(?= \\p{L}+(?:ando|endo|indo)(?![\\p{L}]))(?![^]*\\?)', 'he is'],
  ['(?:nao|n) (?:da|dá|dava) (?:acordo|sinal)(?: de si)?', 'is not responding'],
  [
    '(?:o )?(?:sangramento|sangue|sangue da ferida|corte) (?:nao|n) (?:para|estanca|pára|parou|estancou|quer parar)',
    'the bleeding will not stop',
  ],
  [
    '(?:ja )?(?:encharc\\p{L}*|ensop\\p{L}*) (?:a|as|uma|duas|tres|varias|\\d+) (?:toalhas?|panos?|fraldas?|camisetas?|gazes?|lencois?)',
    'soaked through the towels',
  ],
  ['(?:empolou|empolaram|encaroçou|encarocou)(?: (?:o corpo|a pele|tudo))?', 'hives'],
  [
    'dor (?:de|na) (?:barriga|estomago|ventre|bucho) (?:muito forte|fortissima|insuportavel|horrivel|terrivel)',
    'severe abdominal pain',
  ],
  // Not walking properly on a sprained ankle is the ankle (review V22): only not moving at all or not standing.
  ['(?:nao|n) (?:consigo|consegue) (?:nem )?(?:me mexer|se mexer|ficar em pe)', 'i cannot move'],
  [
    '(?:foi|ser|sido) atropelad[oa](?: (?:por|pela|pelo) (?:um |uma )?(?:carro|moto|onibus|caminhao|bicicleta))?',
    'he was hit by a car',
  ],
  // Not moving after a fall, a collapse or a vehicle: alone, "nao se mexe muito" may be a quiet baby in the womb.
  [
    '(?<=(?:cai\\p{L}*|desmai\\p{L}*|atropel\\p{L}*|bat\\p{L}*|chao|carro|moto)[^.;!?]{0,40})(?:e )?(?:nao|n) se (?:mexe|move|levanta)(?: mais)?',
    'and he cannot get up',
  ],
  ['falta de ar (?:leve|pouca|pequena)|(?:leve|pouca) falta de ar', 'slightly out of breath'],
  // A baby breathing fast and grunting (WHO IMCI: fast breathing, grunting).
  [
    '(?:a )?respiracao (?:muito |bem )?(?:rapida|acelerada|ofegante)|respirando (?:muito |bem )?(?:rapido|acelerado)',
    'breathing very fast',
  ],
  [`${NOT_AT_STOOL_OR_AFTER_RUNNING}(?:gemendo|gemido)`, 'grunting'],
  [
    '(?:tomou|bebeu|engoliu) (?:o|a|um|uma) (?:vidro|frasco|cartela|caixa|tubo|garrafa|blister|pote) (?:inteir[oa]|tod[oa])(?: de)?',
    'took the whole bottle of',
  ],
  ['(?:nao|n) (?:dorme|dormiu|durmo|dormi) (?:direito|bem)', 'does not sleep well'],
  ['(?:sempre tive|sempre foi assim|tenho ha anos|desde sempre)', 'i have had it for years'],
];

/** Portuguese (Brazil and Portugal), typed with or without its accents ("não" is read as "nao"). */
/**
 * Session 57 (T103): an asthma attack and a child's laboured breath told in Brazilian everyday words (BTS/SIGN asthma,
 * NICE NG143): "crise de asma" (which "crise" alone reads as a fit), a "bombinha" that does not work, the air pulled in
 * hard, the ribs showing with each breath. An attack that passed with the inhaler stays as the rules read it.
 */
const ASTHMA_AND_A_CHILD_PULLING_FOR_AIR: ReadonlyArray<readonly [string, string]> = [
  ['crise (?:forte )?de (?:asma|bronquite|broncoespasmo|falta de ar)', 'asthma attack'],
  // Not helping only beside a breath gone wrong: an inhaler that does not help a dry cough in a child who breathes and
  // plays well is not (review V39).
  [
    `${toldNowhere('(?:respira bem|respirando bem|brinca normal|brincando normal)')}${toldAnywhere('(?:falta de ar|sem ar|respirar|respira mal|respirando mal|chiado|chiando|puxando|cansad\\p{L}*|roxo|roxa|costelas|crise)')}(?:(?:a |o )?(?:bombinha|bombinh\\p{L}*|inalador|aerolin|salbutamol|nebulizacao)(?: (?:\\p{L}+)){0,2} (?:nao|n|nem) (?:ta|esta|tá|fez|faz|tem feito|tao|estao) ?(?:fazendo |a fazer )?(?:efeito|resolvendo|adiantando|ajudando)|(?:a |o )?(?:bombinha|inalador|aerolin) (?:nao|n) (?:resolve|adianta|ajuda|resolveu|adiantou|ajudou))`,
    'inhaler not helping',
  ],
  ['(?:puxando|puxa|puxava) (?:o )?ar (?:com (?:muita )?forca|com dificuldade|com esforco)', 'struggling to breathe'],
  [
    `${toldAnywhere('(?:respir\\p{L}*|o ar|sem ar|falta de ar|folego|puxando|gemend\\p{L}*|chiado|asma|bronqu\\p{L}*|cansad[oa] (?:pra|para) respirar)')}(?:(?:aparece|aparecem|aparecendo|marcando|da pra ver) (?:as |todas as )?costelas|(?:as )?costelas (?:aparecendo|marcando|aparecem))`,
    'ribs sucking in with each breath',
  ],
];

/**
 * What makes a height one's own danger (Columbia scale: intent, plan, preparatory acts; NICE NG225): despair (not dying of
 * laughing or of heat), a goodbye (not a farewell party), nothing left, a lethal means, or a jump one says one will make.
 * A roofer, an aerial mended, a cat on the roof or a rooftop photo carry none of these, whatever else they tell (review
 * V39: a list of innocent reasons let every unlisted one through).
 */
const A_HEIGHT_MADE_ONE_S_DANGER = toldAnywhere(
  `(?<![\\p{L}])(?:(?:morrer|morrendo)(?! de ${FEELING_OR_STATE})|me matar|matar-me|se matar|suicid\\p{L}*|tirar (?:a )?(?:minha |propria )?vida|acabar com (?:tudo|isso|a minha vida)|(?:nao|n) (?:aguento|consigo|suporto) mais(?= ?(?:[,.;!?]|$|nada|viver|essa vida|a vida))|(?:nao|n) quero mais viver|cansei de (?:viver|tudo|a vida)|(?:nao|n) (?:tenho|tem|sobrou|resta|restou) mais (?:nada|ninguem|motivo|razao)|(?:nao|n) me (?:sobrou|resta|restou) nada|nada mais (?:importa|faz sentido)|(?:sem|nao faz mais|nada faz) sentido|melhor sem mim|ninguem vai sentir (?:a )?(?:minha )?falta|(?<!(?:festa|jantar|churrasco|almoco|happy hour) de )despedi\\p{L}*(?! de solteir)${NOT_BEFORE_AN_ORDINARY_LEAVING}|adeus|me perdoem|me perdoa|perdoem-me|veneno|chumbinho|gilete|lamina|todos os (?:meus )?(?:remedios|comprimidos)|(?:vou|vo|quero|queria|penso em|pensando em|antes de|coragem (?:de|pra|para)|(?:diz|disse|dizendo|falando|falou|ameaca|ameacando|ameacou)(?: que)? (?:vai|vou))(?: (?:me|se))? (?:pular|jogar|atirar|saltar)|(?:me|se) (?:jogar|atirar)|me (?:jogo|atiro))(?![\\p{L}])`,
);

/**
 * Session 57 (T103): intent told by where one stands and what one took (NICE NG225, Columbia scale): standing on top or at
 * the edge of a building, a bridge or a viaduct beside what makes the height one's danger; all of one's medicines taken at
 * once. A roofer on a roof and the day's pills taken as always stay quiet.
 */
const A_HEIGHT_AND_ALL_THE_PILLS: ReadonlyArray<readonly [string, string]> = [
  // Session 59 (T114, review V41): oneself at the very edge of a roof, a building or a bridge, told in the first person
  // ("to na beira do telhado"): a place and a means of its own (NICE NG225). A roofer's or a photographer's work there
  // ("consertando a calha", "tirando foto") is told beside it.
  [
    '(?:to|tou|estou) (?:na beira|na borda|no parapeito|na pontinha|na ponta) (?:do|da|de um|de uma) (?:telhado|predio|edificio|ponte|viaduto|laje|terraco)(?![^.;]{0,60}(?:consert|trabalh|obra|telha|calha|antena|limp|pint|foto|selfie|vista|paisagem|seguranca|cinto|andaime|instal))',
    'i am on the ledge of the building',
  ],
  [
    `(?:to|tou|estou|ta|esta|tá|fiquei|ficou) (?:(?:la|ali|aqui) )?(?:no alto|em cima|no topo|na beira|na borda|no parapeito|no terraco|na laje) (?:do|da|de um|de uma|no|na|num|numa) (?:predio|edificio|ponte|viaduto|laje|telhado|terraco|janela)${A_HEIGHT_MADE_ONE_S_DANGER}`,
    'i am on the ledge of the building',
  ],
  [
    `${toldNowhere('(?:como sempre|todo dia|todos os dias|de manha|no cafe|com cafe|pode tomar|posso tomar|receitad\\p{L}*)')}(?:tomei|tomou|engoli|engoliu|tomamos) (?:todos|todas) (?:os |as )?(?:meus |minhas |seus |suas )?(?:remedios|comprimidos|pilulas|capsulas|medicamentos) (?:de uma (?:so )?vez|juntos|tudo junto|de vez)`,
    'took all the pills at once',
  ],
  [
    '(?:tomou|bebeu|tomei|bebi|engoliu|tomaram|beberam) (?:o |um |a |uma )?(?:vidro|frasco|garrafinha|vidrinho)(?: (?:de|do|da) \\p{L}+)? (?:todo|inteiro|todinho|inteirinho)(?! (?:dia|santo|mes|ano|certinho|direitinho))',
    'drank the whole bottle of syrup',
  ],
];

/**
 * Session 63 (T140): red flags told in the everyday Portuguese of Brazil and Portugal that the phrases below read only
 * in other shapes: one who fainted and "não volta a si" (NHS 111), an "ataque" told with what a fit shows and a mouth
 * "a espumar" (NICE CG137), blood that one "deita" or that runs "como uma torneira" (NICE NG39), a throat that "aperta"
 * (NICE CG134), a young baby's fontanelle sunken told after the baby (NICE NG143). An attack of panic, of laughing or of
 * the heart names its kind.
 */
const PLAIN_RED_FLAGS_SESSION_63: ReadonlyArray<readonly [string, string]> = [
  ['(?:e )?(?:nao|sem) (?:volta|voltou|voltar|voltava) a si', 'and is not waking up'],
  [
    `(?:esta |ta )?(?:a ter|tendo|teve|deu|com) (?:um |outro )?ataque(?! (?:de|do|cardiac\\p{L}*|epilep\\p{L}*))${toldAnywhere('(?:espum\\p{L}*|baba|babando|tremendo|se debatendo|debatendo|olhos revirados|revirando os olhos|duro|dura|convuls\\p{L}*|mordeu a lingua)')}`,
    'he is having a seizure',
  ],
  [
    '(?:a )?(?:espumar|espumando|deitar espuma|deitando espuma) (?:pela boca)?|espuma (?:pela|na) boca',
    'foaming at the mouth',
  ],
  ['(?:esta |ta )?a deitar (?:muito )?sangue|deita (?:muito )?sangue', 'bleeding heavily'],
  [
    '(?:sangue|sangra\\p{L}*)(?: \\p{L}+){0,3} como (?:uma |um )?(?:torneira|mangueira|fonte|cachoeira|bica)',
    'blood spurting',
  ],
  [
    // Not with nerves, fear or emotion told before or after it: the reader's "lump in my throat" reads those.
    `(?<!(?:nervos[oa]|nervosismo|ansios[oa]|ansiedade|estresse|estressad[oa]|panico|medo|emocao|chorar|toda vez|sempre que)[^]{0,80})(?:a )?garganta (?:esta |ta )?(?:aperta|apertando|a apertar|fecha|fechando|a fechar)(?! (?:quando|ao) (?:choro|chora|engulo))(?![^]{0,80}(?:nervos|ansiedade|ansios|medo|emocao|estresse|estressad|panico|choro|chorar))`,
    'throat closing',
  ],
  [
    '(?:a )?moleira (?:d[oa] [^,.;!?]{0,50}? )?(?:ta |esta |fica |ficou )(?:muito |bem )?(?:afundada|funda|baixa|afundando|cavada)',
    'the baby has a sunken fontanelle',
  ],
  // European words and word orders: "dói-me o peito", "perdeu os sentidos", "custa-lhe respirar", "vai-se matar",
  // "deixa de respirar", the pronoun told after its verb.
  [
    '(?:(?:me|lhe) (?:doi|doe)|(?:doi|doe)-(?:me|lhe)) (?:muito |imenso |bastante |tanto )?(?:o |no )?peito',
    'chest pain',
  ],
  ['perdeu os sentidos|perdeu o conhecimento|perdeu a consciencia', 'lost consciousness'],
  ['(?:(?:me |lhe )?custa|custa-(?:me|lhe)) (?:muito )?(?:a )?respirar', 'struggling to breathe'],
  ['(?:se|me) (?:vai|vou|ia) matar|(?:vai|vou|ia)-(?:se|me) matar', 'is going to kill himself'],
  ['(?:deixa|deixou|deixava) de respirar', 'stops breathing'],
  ['(?:esta |anda |estava )?a chiar(?: muito)?', 'wheezing'],
  ['a puxar (?:as |pelas )?costelas', 'ribs sucking in with each breath'],
  ['(?:esta|estava) a desmaiar', 'is passing out'],
];

export const PORTUGUESE: LanguageLexicon = {
  language: 'Portuguese',
  script: 'latin',
  respelled: portugueseNumberWordsAsDigits,
  functionWords: PORTUGUESE_FUNCTION_WORDS,
  markers: [
    ...PORTUGUESE_NUMBER_MARKERS,
    'nao',
    'meu',
    'minha',
    'meus',
    'minhas',
    'filho',
    'filha',
    'mae',
    'marido',
    'esposa',
    'estou',
    'tenho',
    'teve',
    'consegue',
    'consigo',
    'muito',
    'muita',
    'desde',
    'porque',
    'voce',
    'dor',
    'peito',
    'respirar',
    'febre',
    'sangue',
    'cabeca',
    'braco',
    'rosto',
    'ajuda',
    'ontem',
    'hoje',
    'tudo',
    'agora',
    'acorda',
    'sangrando',
    'gravida',
    'comprimidos',
    'remedios',
    'convulsao',
    'fazer',
    'quando',
    'tambem',
    'estava',
    'vomitando',
    'tonto',
    'tonta',
    'morrer',
    'quero',
    'irmao',
    'irma',
    'crianca',
    // Session 40 (T42): Spanish and Portuguese alike, so a marker of each.
    'sangrar',
    'sangra',
    'atropelado',
    // Session 41 (T44): words Spanish never writes, so a short Portuguese message is not read as Spanish.
    'depois',
    'ficou',
    'bebeu',
    'comeu',
    'bateu',
    'inchou',
    'fechou',
    'dele',
    'dela',
    'nenem',
    // Session 46 (T59): everyday words Spanish spells otherwise, which tell the two apart where both are marked
    // (other-language-reading.ts, `mostMarked`), and the short words the two share, so that those tell neither.
    'foi',
    'faco',
    'meia',
    'diz',
    'dizer',
    'disse',
    'coisas',
    'comecou',
    'ele',
    'ela',
    'uma',
    'isso',
    'entao',
    'tava',
    'repente',
    'esta',
    'que',
    'todas',
    'tia',
  ],
  ownWords: [
    // Session 63 (T140): European words of a faint and a breath stopped ("perdeu os sentidos", "deixa de respirar").
    'perdeu',
    'deixa',
    ...PORTUGUESE_INTENT_AND_CRISIS.ownWords,
    // Session 59 (T114): a roof, which Spanish calls "tejado": a short message at its edge is read in Portuguese.
    'telhado',
    ...PORTUGUESE_SELF_HARM_AND_POISONING.ownWords,
    // Session 41 (T44): words of their own Spanish spells otherwise ('arroxeados', 'dificuldade').
    'arroxeado',
    'arroxeados',
    'arroxeada',
    'dificuldade',
    // Session 47 (T63): grandparents, whom Spanish calls "abuelo" and "abuela".
    'avo',
    'avos',
    'vovo',
    'vovozinha',
    'vovozinho',
    // Session 37 (T28): a young baby's fever, seizures and venom told in words of their own.
    'recem',
    'semaninhas',
    'escorpiao',
    'jararaca',
    'acordou',
    'pilulas',
    // Breadth (issue 11, T25): words no English message writes, for a message told in a few of them.
    'facada',
    'esfaqueado',
    'convulsoes',
    'convulsao',
    'sanitaria',
    'lixivia',
    'crianca',
    'bebeu',
    'miudo',
    'glicose',
    'enxergo',
    'capotou',
    // Portuguese, never Spanish (which says "sin", "cayó", "morado"): a fall or a breath told with "sem" was read as Spanish.
    'sem',
    'caiu',
    'brincando',
    'roxo',
    'roxa',
    // Named in an eye injury told in a few words (issue 11).
    'olho',
    'enfiado',
    'bateu',
    'vomitou',
    // Session 60 (T121): the first person, as a patient tells her own vomiting.
    'vomitei',
    'molinho',
    'mamar',
    'debatendo',
    'faz',
    'embolado',
    'ficou',
    'comeu',
    'jogar',
    'derrubou',
    'enrolado',
    'enrolada',
    'fervendo',
    'bolhas',
    'amendoim',
    'convulsionando',
    'forca',
    'cartela',
    'remedio',
    'remedios',
    'tomei',
    'matar',
    'queimou',
    'queimadura',
    // Session 38 (T32): words of intent and harm told in a short message with few others ("vou pular da ponte",
    // "quero me enforcar", "me machuquei de propósito", "ideação suicida", "mto cansada de viver, hj ...").
    'pular',
    'enforcar',
    // Session 39 (T36): a clinician's note and internetês ("tentativa de autoextermínio", "tds os remedio").
    'autoexterminio',
    'ingestao',
    'tds',
    // ... and of the other kinds ("saturação 85 no oxímetro", "trabalhando no sol", "surtou", "dipirona").
    'saturacao',
    'oximetro',
    'trabalhando',
    'suar',
    'surtou',
    'surto',
    'dipirona',
    'depressa',
    'covinhas',
    'machuquei',
    'ideacao',
    'viver',
    'hj',
    'mto',
    'cortei',
    'queimei',
    'propria',
    'sumir',
    'banheiro',
    'escondido',
    'escondida',
    'cheios',
    'desse',
    'deste',
    // ... and of the other kinds ("apanhou um choque", "incharam", "achamos", "suando frio").
    'apanhou',
    'gemendo',
    'respiracao',
    'roxinho',
    'roxinha',
    'toracica',
    'lombalgia',
    'dispneia',
    'sudorese',
    'sincope',
    'assintomatico',
    'assintomatica',
    'errei',
    'triplo',
    'dobro',
    'incharam',
    'injecao',
    'achamos',
    'suando',
    'desmaiando',
    'eletrico',
    'mesmo',
    'abelha',
    'fechando',
    'inchando',
    'inchada',
    'inchado',
    'jorrar',
    'jorrando',
    'sangrando',
    'respirando',
    'desmaiou',
    'desmaiada',
    'desmaiado',
    'tomou',
    'engoliu',
    'desmaiada',
    'desmaiado',
    'ela',
    'ele',
    'nao',
    // Session 40 (T42): never Spanish, which shares 'esta' and 'sangrar' ('esta a sangrar muito e nao para').
    'muito',
    'febre',
    'peito',
    'consegue',
    'consigo',
    'desmaiou',
    'gravida',
    'sangue',
    'acorda',
    'filho',
    'filha',
    'mae',
    'roxos',
    'convulsao',
    'dor',
    'voce',
    'estou',
    'tenho',
    ...PORTUGUESE_FINDINGS.ownWords,
  ],
  // "dor no peito não tenho": no chest pain.
  negationAfter:
    '(?:(?:nao|num) (?:tenho|tem|tive|teve|ha|houve|sinto|senti)|tambem nao)(?= ?(?:[,.!?;]|$|(?:mas|so|e|nem)(?![\\p{L}])))',
  phrases: [
    ...PLAIN_RED_FLAGS_SESSION_63,
    ...PORTUGUESE_INFANT_JABS,
    ...PORTUGUESE_CLIMBING,
    ...PORTUGUESE_CHOKING_OBJECT_TOLD_OUT,
    ...PORTUGUESE_TAKEN_AS_PRESCRIBED,
    ...PORTUGUESE_DIGOXIN,
    ...PORTUGUESE_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...ASTHMA_AND_A_CHILD_PULLING_FOR_AIR,
    ...A_HEIGHT_AND_ALL_THE_PILLS,
    ...PORTUGUESE_BREATH_BLOOD_AND_HIVES,
    ...PORTUGUESE_BREATH_TOLD_BY_WHAT_IS_SEEN,
    ...PORTUGUESE_FITS_TOLD_BY_THEIR_LENGTH,
    ...PORTUGUESE_PREPARATIONS,
    ...PORTUGUESE_PRESSURE_FAILING,
    ...INTENT_IN_OTHER_REGISTERS,
    ...INTENT_AND_SELF_HARM,
    ...PORTUGUESE_SEIZURE_NEVER_BEFORE_AND_WAKING,
    ...PORTUGUESE_WISH_AND_JUMP_TOLD_APART,
    ...PORTUGUESE_INTENT_AND_CRISIS.phrases,
    ...PORTUGUESE_SELF_HARM_AND_POISONING.phrases,
    ...PORTUGUESE_A_PET_HANDED_ON_AND_WRISTS_CUT,
    ...PORTUGUESE_STROKE_AND_LIMB,
    ...PORTUGUESE_HEAD_KNOCK_AND_WAKING,
    ...PORTUGUESE_SEIZURES_FLIGHT_AND_FAREWELL,
    ...PORTUGUESE_MEANS_TAKEN_ALL,
    ...PORTUGUESE_TABLETS_TOLD_MISSING,
    ...PORTUGUESE_SADDLE_AND_BLADDER,
    ...PORTUGUESE_GESTATION,
    ...PORTUGUESE_GLASS_TEST,
    ...PORTUGUESE_CHEST_PRESSURE,
    ...PORTUGUESE_WEIGHT_BORNE,
    ...OTHER_WEAK_KINDS,
    ...BURNS,
    ...OTHER_KINDS_BY_THEIR_PARTS,
    ...CLINICAL_NOTE,
    ...KINDS_TOLD_PLAINLY,
    ...TOLD_BY_WHAT_FOLLOWS,
    // Issue 11, session 37 (T28): kinds a review found missed or misread across the European lexicons.
    // A grade told before a tiredness word is a child a bit run down, not a lethargic one (NICE NG143's red is "no
    // response to social cues"): "um pouco abatido por causa do resfriado". Floppiness ("meio mole") is tone, not mood, and
    // stays a finding however it is graded.
    [
      '(?:um pouco|um pouquinho|meio|meio que|ligeiramente|levemente|um tanto) (?:abatid[oa]|caidinh[oa]|cansad[oa]|desanimad[oa]|jururu|borocoxo|tristinh[oa])',
      'a bit tired',
    ],
    // A squeal in play is no cry: the high-pitched cry of NICE's red list is an ill child's cry.
    [
      '(?:da |solta )?(?:um |uns )?(?:grito|gritos|gritinho|gritinhos|guincho|guinchos) (?:bem |muito )?agud[oa]s?(?= (?:\\p{L}+ ){0,2}(?:quando brinca|brincando|ao brincar|de alegria|de emocao|quando ri|rindo|quando esta feliz))',
      'squeals',
    ],
    // Breathing and consciousness told in plain words (Manchester Triage System: shortness of breath, unresponsive).
    [
      '(?:ta |esta |tá )?respirando (?:muito |bem )?(?:mal|estranho|esquisito|com muita dificuldade|pesado)',
      'breathing very badly',
    ],
    ['(?:falta|faltando) (?:o )?ar(?![\\p{L}])|falta de ar', 'short of breath'],
    ['nem (?:consegue|consigo|ta conseguindo) (?:falar|conversar)', 'cannot speak'],
    ['(?:lutando|brigando|se esforcando|sofrendo) (?:pra|para) respirar', 'struggling to breathe'],
    [
      '(?<!(?:luz|energia|tv|televisao|fogo|vela|celular|tela|lampada|computador|fogao) )(?:apagou|desabou|caiu dura|caiu duro|perdeu os sentidos)(?! (?:de cansaco|de sono|no sofa|na cama|vendo))',
      'passed out',
    ],
    [
      '(?:a gente |nos |eu )?(?:nao|nem) (?:consegue|conseguimos|consigo) (?:acordar|acordá-l[ao]|acorda-l[ao]|despertar)(?: (?:ela|ele))?',
      'cannot wake her',
    ],
    [
      '(?:os |seus |meus )?labios (?:\\p{L}+ )?(?:ficaram |ficando |tao |estao |ta |esta )?(?:azuis|azulados|arroxeados|roxos)(?! (?:d[oa]s? |de )(?:picole|uva|acai|suco|vinho|bala|chiclete|amora|beterraba|tinta|sorvete|jabuticaba))',
      'blue lips',
    ],
    [
      '(?:os |meus )?labios (?:\\p{L}+ )?(?:roxos|azuis) (?:d[oa]s? |de )(?:picole|uva|acai|suco|vinho|bala|chiclete|amora|beterraba|tinta|sorvete|jabuticaba)',
      'lips stained from',
    ],
    // A baby's age told in days or weeks (NICE NG143: any fever under 3 months is red).
    [
      '(?<=(?:bebe|bebezinho|bebezinha|nene|nenem|filho|filha|neto|neta|menino|menina|nascid[oa]|crianca|baby) (?:tem |de |com |ja tem |so tem )?)(?:\\d+|uma|duas|tres|quatro|cinco|seis|sete|oito|dez|quinze) (?:semaninhas|semanas)(?: de vida| de nascid[oa])?',
      'is # weeks old',
    ],
    [
      '(?<=(?:bebe|bebezinho|bebezinha|nene|nenem|filho|filha|neto|neta|menino|menina|nascid[oa]|crianca|baby) (?:tem |de |com |ja tem |so tem )?)(?:\\d+|um|dois|tres|quatro|cinco|seis|sete|oito|dez|quinze) (?:dias|diazinhos)(?: de vida| de nascid[oa])?',
      '# days old',
    ],
    ['(?:\\d+|uma|duas|tres|quatro|cinco|seis) semaninhas', 'is # weeks old'],
    [
      'nasceu (?:faz|ha|a|tem) (?:\\d+|uma|duas|tres|quatro|cinco|seis|dez|quinze) (?:semanas|dias)',
      'was born # weeks ago',
    ],
    ['recem[- ]?nascid[oa]s?', 'newborn'],
    // A reading of 36-37.9 told after the fever word is a normal temperature (NICE NG143 grades by the reading); under 36
    // is left alone: a newborn below 36 is a red flag too (NICE NG51, WHO IMCI).
    ['(?:febre|temperatura|temp) (?:de |em |a )?(?:3[67])(?:[.,]\\d)?(?![\\d])', 'a temperature of 37'],
    // A reading told as a bare number: "ta com 38,5", "marcou 39".
    [
      `${NOT_AFTER_WATER_OR_A_ROOM}(?:com|tem|teve|marca|marcou|marcava|chegou a|subiu pra|subiu para|de) (?:3[89]|4[01])(?:[.,]\\d)?${NOT_BEFORE_A_LENGTH_OR_WEIGHT}(?: ?(?:graus|°c?|c)(?![\\p{L}]))?(?! (?:semanas|dias|anos|meses|quilos|kg|horas|minutos|vezes|comprimidos))`,
      'a temperature of #',
    ],
    ['(?:10[0-5])(?:[.,]\\d)? ?(?:°f|f|graus f|fahrenheit)(?![\\p{L}])', 'a temperature of 38'],
    // Seizures that run into each other with no waking between are status epilepticus (NICE NG217).
    [
      '(?:e )?(?:nao|sem) (?:acordou|acordar|acorda|voltou a si|voltar a si|recuperou a consciencia|reagiu|reagir|despertou|despertar) (?:entre|no meio d[ea]) (?:uma e outra|um e outro|as duas|os dois|elas|eles|as convulsoes|as crises)(?<=(?:convuls|crise|ataque|epilep)[\\s\\S]{0,250})',
      'did not wake up between them',
    ],
    // Meningism told by a parent (NICE NG143): the head cannot be bent, the light cannot be borne.
    [
      '(?:nao consegue|nao pode|nao da pra|doi (?:o pescoco|a nuca) (?:ao|quando|pra)) (?:abaixar|baixar|dobrar|encostar|inclinar|mexer) (?:a cabeca|o pescoco|o queixo)(?: no peito| pra frente| para frente)?',
      'cannot bend her head forward',
    ],
    [
      '(?:a luz (?:incomoda|irrita|doi|machuca)|nao (?:aguenta|suporta|tolera) (?:a )?(?:luz|claridade))',
      'the light hurts her eyes',
    ],
    // Venom (Brazilian poison centres: a scorpion sting in a child needs antivenom assessment).
    [
      '(?:foi |fui )?picad[oa] (?:por|de) (?:um |uma )?escorpiao|(?:um |o )?escorpiao (?:me |o |a |lhe )?(?:picou|mordeu|ferroou)|picada de escorpiao',
      'stung by a scorpion',
    ],
    [
      '(?:foi |fui )?(?:picad[oa]|mordid[oa]) (?:por|de) (?:uma |um )?(?:cobra|jararaca|cascavel|serpente|vibora|surucucu|coral)|(?:uma |a )?(?:cobra|jararaca|cascavel|serpente|surucucu|coral) (?:me |o |a |lhe )?(?:picou|mordeu)(?: (?:o|a|meu|minha) \\p{L}+)?',
      'bitten by a snake',
    ],
    [
      '(?:(?:uma )?carta de despedida|(?:umas )?cartas de despedida)(?![^.!?]{0,80}(?:coleg|companer|colleg|kolleg|коллег|сотрудник|squadra|equip|team|mannschaft|verein|druzyn|zespol|takim|ekip|jubil|retrait|pension|rente|пенси|emekli|trabajo|travail|lavoro|job|arbeit|работ|trabalho|praca|pracy|firm|escuela|ecole|scuola|schule|szkol|школ|okul|boda|mariage|matrimonio|hochzeit|wesel|свадьб|dugun))',
      'a goodbye letter',
    ],
    // Tablets told as a count (NPIS: a count past the daily dose is an overdose).
    [
      '(?:tomou|tomei|engoliu|engoli|bebeu|bebi|tomaram) (?:umas? |uns |quase |mais de |cerca de |tipo )?(?:[2-9]\\d|1[0-9]) (?:pilulas|comprimidos|capsulas|remedios|drageas|cps)(?![^.;!?]{0,60}(?:em|en|in|за|nei|negli|durante|per|nelle|uber) (?:\\d+|dois|tres|cinco|sete|dez|diez|dieci|zehn|десять|семь|две|три|пять) (?:dias|giorni|tage|tagen|дней|дня|недел\\p{L}*|semanas|settimane|wochen))',
      'took # pills',
    ],
    // Breadth, third pass (issue 11, T25): a night out in the cold, flashing lights
    // in late pregnancy, a stab wound.
    [
      '(?:ficou|passou|dormiu) (?:na rua|fora|la fora|ao relento)(?: (?:a noite toda|a noite inteira|toda a noite))?',
      'stayed outside all night',
    ],
    [
      '(?:vendo|a ver|vejo|ve|via|enxergando) (?:uns |umas )?(?:pontinhos|estrelinhas|estrelas|luzes|pontos brilhantes|pontos pretos|flashes|manchas)',
      'seeing flashing lights',
    ],
    ['(?:levou|levei|deram) (?:uma )?facada|esfaquead[oa]|(?:foi|fui) esfaquead[oa]', 'stabbed'],
    // Breadth, second pass (issue 11, T25): European "está a ter", intent told as ending one's life (by the writer, with
    // a verb of will: "isso vai acabar com a minha vida" is an idiom, a thing ruining one's life), seizures one after
    // another, an infant's age in weeks after the child.
    ['(?:esta|estao|estou|ta|tou) a ter', 'is having'],
    [
      '(?:quero|vou|penso em|pensando em|queria|tenho vontade de|estou a pensar em) (?:acabar com a (?:minha )?(?:propria )?vida|tirar a (?:minha )?(?:propria )?vida|por fim a (?:minha )?vida)',
      'i want to kill myself',
    ],
    ['(?:uma|um) (?:atras d[ao]|apos [ao]|depois d[ao]) (?:outra|outro)', 'one after another'],
    [
      '(?<=(?:filha|filho|bebe|neto|neta|nene|nenem|menino|menina|crianca|miudo|miuda) )(?:de|com) \\d+ semanas',
      'of # weeks old',
    ],
    [
      '(?<=(?:filha|filho|bebe|neto|neta|nene|nenem|menino|menina|crianca|miudo|miuda) )(?:de|com) \\d+ dias',
      'of # days old',
    ],
    [
      '(?:caiu|cai|caiu-se) (?:do|da|de um|de uma) (?:telhado|laje|escada|varanda|arvore|janela|andaime)(?![^.;]{0,25}\\b(?:um|dois|tres|2|3|primeiro|ultimo|poucos) (?:degrau|degraus))',
      'fell from the roof',
    ],
    // Breadth (issue 11, T25): the parts of a finding told by writers the rules were not written from (Brazilian and
    // European Portuguese), each a verb in its tenses or a body part with its state, so that combinations nobody
    // listed are read as well.
    [
      'boca (?:d[ao] (?:minha |meu |sua |seu )?\\p{L}+ )?(?:ficou |esta |ta |fica )?(?:torta|caida|entortou|torcida|de lado)',
      'face drooping',
    ],
    [
      '(?:nao|n) (?:mexe|move|mexia|movia|mexeu|levanta|levantava|consegue mexer|consegue levantar)(?: mais)? (?:o|a|um|uma|seu|sua) (?:braco|perna|mao|lado)',
      'cannot move one arm',
    ],
    // Sight lost, whatever the tense: "fiquei sem ver do olho direito", "não enxergo nada de um olho", "perdeu a visão".
    [
      '(?:fiquei |ficou |estou |esta |ta )?sem (?:ver|enxergar)|(?:nao|n) (?:vejo|ve|via|enxergo|enxerga|enxergava|consigo ver|consegue ver)(?: nada)?(?= (?:d[oa]|de um|de uma|com o|com a|pelo|por um) olho)|perd(?:i|eu) a (?:visao|vista)|(?:deixei|deixou|parei|parou) de (?:ver|enxergar)',
      'cannot see anything',
    ],
    // A crash at speed: "bati o carro", "capotou", "acidente de mota", "a 100 por hora".
    [
      '(?:bati|bateu|batemos|batemos com|bateram) (?:o|com o|no) (?:carro|moto|mota|caminhao|onibus)|(?:capotou|capotei|capotamos)|(?:acidente|batida) de (?:carro|moto|mota|transito|viacao)|(?:foi |fui )?atropelad[oa]',
      'crashed the car',
    ],
    ['(?:a |uns |mais de )?\\d+ (?:por hora|km\\/h|km por hora|kmh)|(?:a |em )?alta velocidade', 'at high speed'],
    // Feeling lost in the legs or arms, told before them ("não sinto as pernas"); the words after are read as written.
    [
      '(?:nao|n) (?:sinto|sente|sentia|consigo sentir|consegue sentir) (?:as|os|minhas|meus|suas|seus)(?= (?:pernas|bracos|pes|maos))',
      'cannot feel my',
    ],
    ['sem parar', 'nonstop'],
    // Heat stroke, hypothermia and an electrical injury told plainly (Manchester 'unwell adult', NHS 111 environmental).
    ['(?:fala|falando) (?:coisas sem sentido|coisa sem sentido|coisa com coisa)', 'talking nonsense'],
    ['no calor|no sol forte|insolacao|intermacao', 'in the heat'],
    ['(?:esta |ta )?(?:fervendo|queimando de quente)', 'his body is burning hot'],
    ['(?:esta |ta )?gelad[oa]', 'ice cold'],
    ['ja nao treme', 'no longer shivering'],
    ['quase nao fala', 'barely talking'],
    ['(?:levou|tomou) um choque|choque eletrico|eletrocutad[oa]', 'electric shock'],
    ['marcas de queimadura|queimaduras pretas', 'burn marks'],
    ['(?:o )?coracao (?:esta |ta )?batendo (?:irregular|descompassado|estranho)', 'heartbeat is irregular'],
    // A rash that does not fade under a glass, and testicle pain (meningococcal sepsis, torsion: NHS 111, NICE).
    ['(?:manchinhas|manchas|pontinhos|pintinhas) (?:roxas|roxos|vermelho escuro|como hematomas)', 'purple spots'],
    [
      'copo (?:\\p{L}+ ){0,6}nao (?:some|somem|desaparece|desaparecem|clareia|clareiam)|nao (?:some|somem|desaparece|desaparecem|clareia|clareiam) (?:com|sob|debaixo do|apertando com) (?:o |um )?copo',
      'rash does not fade under a glass',
    ],
    ['dor (?:\\p{L}+ ){0,2}(?:no|nos) (?:saco|testiculos?|ovo|ovos)', 'testicle pain'],
    ['mais alto que o outro', 'higher than the other'],
    // Alcohol withdrawal with shaking and seeing things (delirium tremens; NHS 111, Manchester 'behaving strangely').
    ['parou de beber', 'stopped drinking'],
    ['(?:esta |ta )?(?:tremendo|treme) (?:todo|toda|inteiro|inteira)', 'shaking all over'],
    ['(?:vendo|ve) (?:bichos|insetos|aranhas|ratos)', 'seeing bugs on the walls'],
    // Someone out of their mind with a weapon (NHS 111 mental health crisis: a risk to others now).
    [
      'pegou (?:uma|a|um|o) (?:faca|peixeira|facao|arma|revolver|tesoura)(?! (?:pra|para) (?:cortar|descascar|picar))',
      'grabbed a knife',
    ],
    [
      'ameac(?:a|ando|ou) (?:\\p{L}+ ){0,3}com (?:uma|a|um|o) (?:faca|peixeira|facao|arma|revolver|tesoura)',
      'is threatening everyone with a knife',
    ],
    [
      '(?:querem|quer|vao) (?:matar|envenenar) (?:ele|ela|a gente)|(?:o|a|me) (?:querem|vao) (?:matar|envenenar)',
      'they want to kill him',
    ],
    // A throat that closes with nerves, fear or emotion, told before or after it: a lump in the throat, not anaphylaxis.
    [
      `(?<=(?:nervos[oa]|nervosismo|ansios[oa]|ansiedade|estresse|estressad[oa]|panico|medo|emocao|chorar|toda vez|sempre que)[^]{0,80})${NO_ALLERGEN_TOLD}(?:minha |a )?garganta (?:esta |ta )?(?:fechando|a fechar|apertada|fechada|fecha)|(?:minha |a )?garganta (?:esta |ta )?(?:fechando|a fechar|apertada|fechada|fecha)(?=[^]{0,80}(?:nervos|ansiedade|ansios|medo|emocao|estresse|estressad|panico|choro|chorar|toda vez|sempre que))${NO_ALLERGEN_TOLD}`,
      'a lump in my throat',
    ],
    ['nao (?:consigo|consegue) (?:engolir|engulir)', 'cannot swallow'],
    // Diabetic ketoacidosis, a finger nearly off, something in the eye (issue 11).
    [
      '(?:o )?halito (?:de|cheirando a) (?:fruta|maca|acetona)|(?:bafo|halito) (?:doce|de fruta)',
      'breath smells fruity',
    ],
    ['respirando (?:muito )?fundo(?: e rapido)?|respiracao (?:funda|profunda)', 'breathing deep and fast'],
    [
      '(?:agua sanitaria|cloro|soda caustica|acido|produto de limpeza|cal|alvejante)(?: \\p{L}+){0,2} (?:no|nos|em seu|no seu) olhos?',
      'chemical in the eye',
    ],
    [
      '(?:pedaco|caco|lasca|farpa) de (?:vidro|metal|ferro|madeira)(?: \\p{L}+){0,2} (?:no|dentro do) olho',
      'a piece of metal flew into the eye',
    ],
    ['quase (?:decepad[oa]|arrancad[oa]|cortad[oa] fora)', 'nearly cut off'],
    ['pendurad[oa] (?:so )?pela pele', 'hanging by skin'],
    // A turn from what is always so to something new: "a mesma de sempre, mas desta vez ..." (issue 11 review).
    ['desta vez|dessa vez|esta vez|essa vez|agora dessa vez', 'this time'],
    ['(?:em repouso|parad[oa]|sentad[oa] quiet[oa])', 'at rest'],
    // A young baby grunting with each breath (development-19, issue 11); moaning in pain is not this.
    [
      'gemendo (?:a|em) cada respiracao|gemendo (?:quando|ao|pra|para) respirar|geme (?:a|em) cada respiracao',
      'grunting with every breath',
    ],
    ['(?:barriga|barriguinha) afunda(?:ndo)? (?:embaixo|debaixo) das costelas', 'sucking in under the ribs'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      '(?:o )?(?:bebe|nenem|neném) (?:parou de (?:mexer|se mexer)|nao (?:mexe|se mexe) mais|nao esta mexendo)',
      'the baby stopped moving',
    ],
    ['(?:a )?barriga (?:esta |ta |ficou )?(?:dura|dura feito pedra|dura como pedra)', 'belly hard'],
    ['(?:esta |ta )?molinho|(?:esta |ta )?molinha', 'floppy'],
    ['(?:nao|n) (?:quer|consegue) mamar', 'not feeding'],
    ['(?:esta |ta )?caid[oa](?: no chao)?', 'lying on the ground'],
    [
      'vai se (?:matar|suicidar|enforcar|jogar (?:da|de uma|do|de um|na frente do|na frente de um) (?:ponte|predio|janela|viaduto|trem|metro|sacada))',
      'he says he will kill himself tonight',
    ],
    ['(?:se debatendo|tremendo todo|se sacudindo todo)(?: todo)?', 'having a seizure'],
    [
      '(?:ja )?(?:faz|ha) (?:uns |umas |mais de |quase )?(?:cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta) (?:minutos|min)(?: e (?:nao|n) para)?',
      'for more than five minutes and it will not stop',
    ],
    ['(?:fala|falando|falar|a falar) (?:tudo )?(?:embolado|enrolado|enrolada|embolada|sem sentido)', 'slurred speech'],
    ['(?:a )?boca (?:ficou )?(?:torta|caida|entortou)', 'face drooping'],
    ['(?:estao|esta|tao|ta) inchando|inchando muito', 'swelling'],
    ['no(?= (?:braco|peito|rosto|pe|pescoco|ombro|olho|chao|colo|corpo|joelho|dedo|pulso)(?![a-z]))', 'on the'],
    [
      '(?:a |da |com )?(?:agua|cafe|oleo|leite|sopa) (?:fervendo|fervente|quente|muito quente)',
      'scalded with boiling water',
    ],
    [
      '(?:esta|ta|continua|segue) (?:a ter|tendo|com) (?:uma |umas )?(?:convulsao|convulsoes|crise|crises)(?: convulsiva| epileptica)? (?:ha|faz|desde ha|por|durante) (?:mais de |uns |umas |quase |cerca de )?(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|meia) (?:minutos|min)',
      'seizing for more than five minutes',
    ],
    [
      '(?:convulsionando|a convulsionar|com convulsao|em convulsao|tendo convulsao|convulsoes|convulsao) (?:ha|faz|desde ha|por|durante) (?:mais de |uns |umas |quase |cerca de )?(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|meia) (?:minutos|min)',
      'seizing for more than five minutes',
    ],
    [
      '(?:o )?sangue (?:nao|n) (?:para|esta parando|ta parando|estanca|para de sair)|(?:nao|n) (?:para|parou|consigo parar|conseguimos parar) de sangrar|(?:nao|n) (?:consigo|conseguimos) (?:parar|estancar) o sangue|sangue (?:esta |ta )?(?:jorrando|esguichando|a jorrar|a esguichar)|(?:jorrando|esguichando) sangue',
      'the bleeding will not stop',
    ],
    [
      '(?:ja )?(?:separei|juntei|guardei|comprei|tenho) (?:todos )?(?:os |uns |meus )?(?:comprimidos|remedios|cartelas) (?:pra|para) (?:tomar tudo|tomar todos|me matar|acabar com tudo|morrer)',
      'i have saved up the pills to take them all tonight',
    ],
    [
      'vou me (?:jogar|atirar) (?:da|de uma|do|de um|na frente do|na frente de um) (?:ponte|predio|janela|viaduto|trem|metro|sacada|varanda)|vou me (?:matar|enforcar)|(?:hoje|essa noite|esta noite) (?:eu )?(?:me mato|vou me matar)',
      'i will kill myself tonight',
    ],
    [
      '(?:comeu|comi|comemos|depois de comer|apos comer) (?:um |uns |uma |umas |o |a |os |as )?(?:amendoim|amendoins|castanha|castanhas|nozes|camarao|camaroes|frutos do mar|peixe|ovo|kiwi|gergelim|pacoca)',
      'ate peanuts',
    ],
    ['(?:a )?garganta (?:esta |ta )?(?:fechando|a fechar|inchando|a inchar|inchou|inchada)', 'throat swelling'],
    ['(?:a )?lingua (?:esta |ta )?(?:inchando|a inchar|inchou|inchada)', 'tongue swelling'],
    [
      '(?:do nada |de repente )?(?:ficou|esta|ta|fiquei|estou) sem forca (?:no|em um|num|nos) (?:braco|bracos|lado)|(?:o )?braco (?:ficou |esta |ta )?(?:fraco|mole|dormente|caido)|(?:nao|n) (?:consegue|consigo) (?:mexer|levantar) o braco',
      'suddenly weak arm',
    ],
    [
      '(?:falando|fala|falar|a falar) (?:enrolado|embolado|arrastado|estranho|esquisito|tudo errado|sem sentido)|(?:a )?fala (?:enrolada|arrastada|estranha)|(?:a )?lingua enrolada',
      'slurred speech',
    ],
    ['(?:bolhas|bolha) (?:grandes|enormes|gigantes|muito grandes)|(?:grandes|enormes) bolhas', 'big blisters'],
    [
      'se (?:um dia|algum dia|eu um dia|por acaso)(?: eu)?(?: (?:sentir|tiver|tivesse|sentisse|estiver|tenho|sinto|comecar a sentir))?|caso (?:eu )?(?:um dia )?(?:sinta|tenha)',
      'if i ever get',
    ],
    ['se (?:eu )?(?:sentir|tiver|ficar|estiver)', 'what do i do if i have'],
    ['o que (?:devo|eu devo|tenho que|preciso|posso) fazer', 'what should i do'],
    ['pelo nariz|do nariz', 'through my nose'],
    // Registers and verb forms beyond the plain ones (Brazilian and European, colloquial "tá", "pra", past and third person).
    // "Sem" (without) as the negation it is, as the Italian "senza" in 7fe0464: "sem perder a consciência" is a fall
    // told with the sign absent, while "sem respirar" is a breath that stopped.
    ['sem (?:ter )?(?:perdido|perder) (?:a consciencia|os sentidos)|sem desmaiar', 'did not lose consciousness'],
    [
      '(?:ta|esta|ficou|fica) sem respirar|sem respirar|parou de respirar|(?:nao|num) (?:ta|esta) (?:respirando|a respirar)',
      'is not breathing',
    ],
    [
      `(?:ta |esta )?(?:ficando|ficou|a ficar|fica) (?:roxa|roxo|azul|cinzenta|cinzento)(?! (?:d[oa]s? |de )(?:comer )?${FOODS_THAT_STAIN})`,
      'turned blue',
    ],
    [
      '(?:tomou|tomei|engoliu|engoli|bebeu|bebi|comeu) (?:uma|a|um|o) (?:cartela|caixa|frasco|vidro|cartelinha)(?: inteira| inteiro| toda| todo)? (?:de |dos |das |do |da )?(?:remedios?|comprimidos?|pilulas?|capsulas?|calmantes?|paracetamol|dipirona)',
      'took all the pills',
    ],
    [
      '(?:tomou|tomei|engoliu|engoli) (?:um monte de|uma porrada de|um punhado de|uma cacetada de|varios|varias|muitos|muitas|todos os|todas as) (?:remedios?|comprimidos?|pilulas?|capsulas?|calmantes?)',
      'took all the pills',
    ],
    ['remedios? (?:pra|para|de) dormir|calmantes?|tarja preta|soniferos?', 'sleeping pills'],
    [
      '(?:eu )?(?:vou|quero|queria|vou-me) me matar|vou-me matar|vou acabar com (?:a minha vida|minha vida)',
      'i want to kill myself',
    ],
    ['gravida de (?:\\d+|cinco|seis|sete|oito|nove) meses', 'pregnant # months'],
    [
      '(?:a|estou a|esta a|ta|to|tou a) sangrar (?:muito|bastante|imenso|sem parar)|sangrando (?:muito|demais|bastante|sem parar|horrores)',
      'bleeding heavily and it will not stop',
    ],
    ['(?:se )?queim(?:ou|ei|aram|ado|ada|adura)(?: com)?', 'burned with'],
    ['oleo quente|agua (?:fervendo|a ferver|fervente|quente)|panela de pressao', 'boiling water'],
    ['(?:o|a) (?:braco|perna|barriga|peito|costas|cara|rosto) tod[oa]', 'the whole arm'],
    ['(?:foi )?picad[oa] (?:por uma|por um|por|de) (?:abelha|vespa|marimbondo|abelhas|vespas)', 'stung by a bee'],
    [
      'garganta (?:fechando|fechada|a fechar|inchando|inchada|a inchar)|(?:fechando|fechou) a garganta',
      'throat closing',
    ],
    [
      '(?:o )?sangue (?:nao para de |num para de )?(?:jorrar|jorrando|esguichando|a jorrar|espirrando|a esguichar)|jorrando sangue',
      'blood spurting and it will not stop',
    ],
    ['teve (?:uma )?(?:convulsao|convulsoes|crise convulsiva|ataque epileptico)(?: febril)?', 'had a seizure'],
    ['(?:hoje|agora) (?:esta|ta|estou|to) (?:otim[oa]|bem|melhor)', 'is fine now'],
    [
      '(?:o )?sangue (?:sai |ta saindo |esta saindo |jorra|jorrando|esguicha|esguichando)(?:aos esguichos|muito|sem parar)?|sai aos esguichos',
      'blood spurting and it will not stop',
    ],
    ['(?:ta |esta )?com chiado|chiando', 'wheezing'],
    [
      '(?:barriga|barriguinha) (?:afundando|puxando)|(?:afundando|puxando) (?:embaixo|debaixo) das costelas|costelas (?:aparecendo|afundando)',
      'belly sucking in under the ribs with each breath',
    ],
    ['(?:ta |esta )?roxinh[oa]|roxo em volta da boca|em volta da boca', 'purple around the mouth'],
    ['respirando (?:muito )?rapido|respira (?:muito )?rapido', 'breathing very fast'],
    ['(?:nao|n) sei se (?:ta|esta) respirando', 'not sure if he is breathing'],
    ['(?:a )?cara (?:esta |ta )?descaida|boca (?:torta|caida) de um lado', 'face drooping'],
    ['fala enrolad[oa]|falando enrolado', 'slurred speech'],
    ['(?:nao|n) consegue levantar o braco', 'cannot lift the arm'],
    ['(?:ta|esta) (?:tendo|a ter) (?:uma )?crise', 'is having a seizure'],
    ['(?:nao|n) fez efeito(?: nenhum)?', 'did not work'],
    ['(?:um gole de |bebeu |engoliu )(?:lixivia|agua sanitaria|candida|soda caustica)', 'drank bleach'],
    ['(?:esta a |ta )?(?:babar|babando)(?:-se)?', 'drooling'],
    ['apagou (?:uns|por uns|alguns) segundos|desmaiou uns segundos', 'knocked out for a few seconds'],
    ['repetindo as mesmas perguntas|(?:nao|n) lembra de nada', 'repeating the same questions and remembers nothing'],
    [
      '(?:pintinhas|manchinhas|manchas|bolinhas) roxas(?: \\S+){0,3} (?:que )?(?:nao|n) (?:somem|some|saem)(?: \\S+){0,5}',
      'rash that does not fade when pressed with a glass',
    ],
    ['comprei (?:a|uma) corda|escrevi (?:a|uma) carta', 'bought a rope and wrote a goodbye letter'],
    ['hoje (?:acaba|eu acabo com tudo|termina)', 'today it ends'],
    ['falando coisa(?:s)? sem sentido', 'talking nonsense'],
    ['(?:nao|n) consigo fazer xixi|(?:nao|n) consigo urinar', 'cannot pee'],
    ['perdi a sensibilidade', 'lost feeling'],
    ['entre as pernas', 'between my legs'],
    ['(?:uma |a )?cartela (?:toda|inteira)|(?:a |uma )?caixa (?:toda|inteira)|todos os comprimidos', 'the whole pack'],
    ['(?:vomitou|vomita|vomitando) (?:varias|muitas|duas) vezes', 'vomited several times'],
    [
      '(?:eu )?(?:quero |vou )?(?:morrer|morrendo) de (?:vergonha|rir|fome|medo|calor|frio|sono|tedio|saudade|cansaco)',
      'feel embarrassed',
    ],
    ['toda vez que|sempre que|cada vez que', 'every time'],
    ['vai e volta|vem e vai', 'comes and goes'],
    [
      '(?:to |estou |esta |ta )?morrendo de (?:vergonha|rir|fome|medo|calor|frio|sono|tedio|saudade|cansaco)|(?:vou )?morrer de (?:vergonha|rir|fome|medo|calor|frio|sono|tedio|saudade)',
      'feel embarrassed',
    ],
    ['como (?:eu )?(?:sei|saber|vou saber) se', 'how do i know if'],
    ['(?:as )?vezes|de vez em quando', 'sometimes'],
    ['um pouco|um pouquinho', 'a little'],
    ['sempre', 'always'],
    ['(?:ha|faz) (?:muitos|varios|uns) anos', 'years ago'],
    ['o que (?:eu )?(?:faco|fazer|devo fazer|se faz) (?:se|quando|caso)', 'what do i do if'],
    ['o que acontece se', 'what happens if'],
    ['quais (?:sao )?(?:os )?(?:sintomas|sinais) de', 'what are the symptoms of'],
    ['(?:sintomas|sinais) de', 'symptoms of'],
    ['e normal', 'is it normal'],
    // "se" (if) and "e" (and) are read before a word of the language only.
    ['se(?= (?:ele|ela|tiver|tem|o|a|meu|minha|alguem|nao|eu)(?![\\p{L}]))', 'if'],
    ['e(?= (?:esta|estou|tem|tenho|nao|os|as|o|a|meu|minha|ele|ela|agora|hoje)(?![\\p{L}]))', 'and'],
    ['(?:ha|faz|desde ha) (?:\\d+|um|uma|uns|umas|dois|duas|tres|meia) (?:minutos?|min)', 'for # minutes'],
    ['(?:ha|faz) (?:\\d+|um|uma|uns|umas|dois|duas|tres|meia) horas?', 'for hours'],
    ['(?:ha|faz) (?:\\d+|um|uma|uns|umas|dois|duas|tres|varios) dias', 'for days'],
    ['(?:ha|faz) (?:\\d+|um|uma|umas|duas|tres|varias) semanas?', 'for weeks'],
    ['(?:ha|faz) (?:\\d+|um|uns|dois|tres|varios) (?:mes|meses)', 'for months'],
    ['(?:ha|faz) (?:\\d+|um|uns|dois|tres|varios|muitos) anos?', 'years ago'],
    ['(?:no )?ano passado', 'last year'],
    ['(?:na )?semana passada', 'last week'],
    ['quando (?:era|ele era|ela era) (?:crianca|pequeno|pequena|bebe)', 'as a child'],
    ['de repente|subitamente', 'suddenly'],
    ['agora mesmo|neste momento', 'right now'],
    ['ja passou', 'it has passed'],
    ['(?:quando|ao) (?:tusso|tossir|tosse)', 'when i cough'],
    ['(?:quando|ao) (?:subo|subir) (?:a |as )?escadas?', 'when i climb stairs'],
    ['(?:nao|n) (?:consegue|conseguia|conseguiu|pode) respirar', 'cannot breathe'],
    ['(?:nao|n) (?:consigo|conseguia|posso) respirar', 'i cannot breathe'],
    ['(?:dificuldade|dificil) (?:para |pra |de )?respirar', 'difficulty breathing'],
    ['nao (?:esta )?respira(?:ndo)?|parou de respirar', 'is not breathing'],
    ['falta de ar', 'short of breath'],
    ['(?:esta )?engasgad[oa]|se engasgou', 'is choking'],
    ['(?:a )?garganta (?:esta )?fechando', 'throat is closing'],
    ['(?:os )?labios (?:estao )?(?:roxos|azuis|arroxeados)|boca roxa', 'blue lips'],
    [`ficou (?:roxo|roxa|azul)(?! (?:d[oa]s? |de )(?:comer )?${FOODS_THAT_STAIN})`, 'turned blue'],
    [
      '(?:rosto|cara|lingua|labios) inchad[oa]s?|inchaco (?:no|na) (?:rosto|lingua|garganta)',
      'swollen face and tongue',
    ],
    [
      'dor (?:forte |muito forte |intensa )?(?:no|de) peito|(?:meu )?peito (?:esta )?doendo|aperto no peito',
      'chest pain',
    ],
    ['(?:pressao|peso) no peito', 'pressure in the chest'],
    [
      '(?:que )?(?:vai|desce|irradia|corre) (?:para|pro|pra|ate) (?:o |a )?(?:braco esquerdo|mandibula|queixo|costas)',
      'spreading to the left arm and jaw',
    ],
    ['suando frio|suor frio', 'cold sweat'],
    ['suando|suad[oa]', 'sweating'],
    ['(?:nao|n) (?:acorda|desperta)|nao consigo acordar (?:ele|ela)', 'will not wake up'],
    ['(?:nao|n) (?:responde|reage)', 'is not responding'],
    ['(?:perdeu|perdi) (?:os )?(?:sentidos|a consciencia)', 'lost consciousness'],
    ['desmaiou|desmaiei', 'fainted'],
    ['desmaiad[oa]|inconsciente|desacordad[oa]', 'unconscious'],
    ['boca torta|rosto torto|cara torta|(?:rosto|boca) caid[oa]', 'face drooping'],
    [
      '(?:nao|n) (?:consegue|conseguia|consigo|conseguiu|pode|posso) falar(?: direito| bem)?|(?:a )?fala (?:esta |ta |ficou )?(?:enrolada|arrastada)|falando enrolado|(?:as )?palavras nao (?:saem|saiam)|nao (?:lhe |me )?saem as palavras',
      'cannot speak and slurred speech',
    ],
    // "Não sinto o braço" is numbness of that part, not "not I feel" (as the Spanish "no siento" in f86ff08); a hand
    // or a foot not felt "de tanto frio" is cold, and is left to the words beside it.
    [
      '(?:nao|n) (?:sinto|sente|sentia|sentiu) (?:o|a|um|uma|meu|minha|seu|sua) (?:braco|perna|rosto|cara|lado|mao)(?: (?:esquerd|direit)[oa])?(?: do (?:rosto|corpo))?(?! (?:de tanto|do|de|pelo|com o|com este) frio)',
      'numb arm on one side',
    ],
    ['(?:nao|n) (?:consegue|conseguia) (?:mexer|levantar) (?:o|a|um|uma) (?:braco|perna|mao)', 'cannot move one arm'],
    ['derrame|avc|acidente vascular', 'stroke'],
    ['(?:a )?pior dor de cabeca da (?:minha|sua) vida', 'the worst headache of my life'],
    ['(?:a |o )?pior da (?:minha|sua) vida', 'the worst of my life'],
    ['dor de cabeca', 'headache'],
    [
      '(?:esta )?(?:tendo|com) (?:uma )?(?:convulsao|convulsoes|crise convulsiva|ataque epileptico)',
      'he is having a seizure',
    ],
    // Session 63 (T140): fits told as "ataques" that go on for minutes ("está com ataques há 6 minutos"): a panic, an
    // asthma or a heart attack names its kind after it, and only a length in minutes makes them a fit (NICE CG137).
    [
      `(?:esta |ta |tá )?(?:tendo|com|a ter) (?:uns |umas )?ataques (?:(?:ha|faz|desde) )?(?:uns |mais de |quase )?(?:\\d+|dois|tres|cinco|dez|quinze|vinte) (?:minutos|min)(?![\\p{L}])`,
      'he is having a seizure',
    ],
    ['(?:esta )?convulsionando|(?:esta )?tendo convulsoes', 'he is having a seizure'],
    ['convulsao|convulsoes|crise convulsiva|ataque epileptico', 'seizure'],
    [
      '(?:tomou|engoliu) (?:todos )?(?:os |uns |muitos )?(?:comprimidos|remedios|pilulas)(?: da caixa)?|tomou a cartela (?:toda|inteira)',
      'took all the pills',
    ],
    ['(?:tomei|engoli) (?:todos )?(?:os |meus |muitos )?(?:comprimidos|remedios|pilulas)', 'i took all my pills'],
    ['overdose|superdosagem', 'overdose'],
    ['(?:bebeu|tomou|engoliu) (?:agua sanitaria|candida|veneno|chumbinho|soda)', 'drank bleach'],
    ['vomit(?:ando|ou|a) sangue', 'vomiting blood'],
    ['fezes (?:pretas|escuras)|coco preto', 'black stools'],
    [
      '(?:nao|n) para de sangrar|sangrando muito|sangramento (?:forte|intenso|muito forte)|muito sangue',
      'bleeding heavily and it will not stop',
    ],
    ['sangrando|sangramento|hemorragia', 'bleeding'],
    ['(?:pescoco|nuca) (?:dur[oa]|rigid[oa]|travad[oa])|rigidez (?:no|de) (?:pescoco|nuca)', 'stiff neck'],
    [
      '(?:manchas|pintinhas|bolinhas)(?: \\S+){0,4} (?:que )?(?:nao|n) (?:somem|some|desaparecem|desaparece|saem)(?: \\S+){0,3} (?:ao apertar|ao pressionar|com (?:o|um) copo)',
      'rash that does not fade when pressed with a glass',
    ],
    ['(?:eu )?quero morrer', 'i want to die'],
    [
      '(?:eu )?(?:quero|vou) me matar|(?:quero|vou) (?:me )?suicidar|(?:quero|vou) tirar (?:a )?minha (?:propria )?vida',
      'i want to kill myself',
    ],
    ['(?:nao|n) quero (?:mais )?viver', 'i do not want to live'],
    ['gravida de (?:\\d+) semanas', 'pregnant # weeks'],
    ['gravida|gestante|gravidez', 'pregnant'],
    ['(?:a )?bolsa (?:estourou|rompeu)', 'my waters broke'],
    ['(?:o )?bebe (?:nao|n) (?:mexe|se mexe|esta mexendo)', 'the baby is not moving'],
    ['moleira (?:funda|afundada)', 'sunken fontanelle'],
    [
      '(?:\\d+) (?:meses|mes) de (?:idade|vida)|(?<!(?<![\\p{L}])(?:gravida|gestante|gravidez|ha|faz) )(?:de|com) (?:\\d+) (?:meses|mes)(?! (?:de gravidez|de gestacao|atras))',
      '# months old',
    ],
    ['(?:\\d+) (?:semanas|dias) de vida', '# weeks old'],
    ['recem[- ]nascid[oa]', 'newborn'],
    ['bateu a cabeca|pancada na cabeca', 'hit his head'],
    ['caiu', 'fell'],
    ['picada de cobra|mordida de cobra|cobra (?:picou|mordeu)', 'snake bite'],
    ['queimadura|se queimou', 'burn'],
    ['reacao alergica|alergia', 'allergic reaction'],
    ['meu (?:filho|menino)', 'my son'],
    ['minha (?:filha|menina)', 'my daughter'],
    ['meu (?:bebe|neném|nene)', 'my baby'],
    ['minha (?:mae|mamae|mainha)', 'my mother'],
    ['meu (?:pai|papai|painho)', 'my father'],
    ['meu marido', 'my husband'],
    ['minha (?:esposa|mulher)', 'my wife'],
    ['minha (?:avo|vovo)', 'my grandmother'],
    ['meu (?:avo|vovo)', 'my grandfather'],
    ['(?:nao|n) tem', 'has no'],
    ['(?:nao|n) tenho', 'i have no'],
    ['(?:nao|n) (?:esta|ta)', 'is not'],
    ['(?:nao|n) estou', 'i am not'],
    ['(?:esta|ta|estou|to) com', 'has'],
    // "No" is "in the" in Portuguese, never a negation ("não", "nao", "n"): "no churrasco" is where it happened. Before
    // an English word of a mixed message ("tem no fever", a note's "no LOC", "no loss of consciousness") it is left as
    // written: read as "in the loc", a fall with the head knocked and its absent red flag became a head injury (M35).
    [
      'no(?= (?!(?:pain|fever|blood|breathing|problem|problems|sign|signs|one|more|longer|idea|history|injury|rash|vomiting|trouble|change|response|allergies|allergy|symptoms|loss|loc|head|headache|neck|nausea|seizure|seizures|fits|chest|sob|shortness|difficulty|weakness|numbness|bleeding|bruising|recent|known|prior|previous|other|obvious|focal|neuro|neurological|deficit|deficits|fracture|trauma|wheeze|cough|drowsiness|confusion|amnesia|concern|concerns|red|further|distress|acute|significant|evidence|abnormal|new|lethargy|swelling|tenderness|visible|apparent|dizziness|syncope|collapse|blackout|sickness)(?![\\p{L}]))\\p{L})',
      'in the',
    ],
    ...PORTUGUESE_FINDINGS.phrases,
    ...PORTUGUESE_MODIFIERS,
    ...PORTUGUESE_EVERYDAY_PHRASES,
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...PORTUGUESE_FUMES,
  ],
  words: {
    // Session 63 (T140): European words of a meal, a detergent and confusion ("comi marisco", "está baralhado").
    comi: 'i ate',
    marisco: 'shellfish',
    detergente: 'detergent',
    baralhado: 'confused',
    baralhada: 'confused',
    ...PORTUGUESE_EVERYDAY_WORDS,
    ...PORTUGUESE_INTENT_AND_CRISIS.words,
    ...PORTUGUESE_SELF_HARM_AND_POISONING.words,
    // Session 39 (T36): a burn's own words and the parts it is told on, weighed by the English rules.
    bolha: 'blister',
    bolhas: 'blisters',
    queimaduras: 'burns',
    queimados: 'burned',
    queimadas: 'burned',
    queimando: 'burning',
    empolado: 'covered in hives',
    empolada: 'covered in hives',
    oleo: 'oil',
    pele: 'skin',
    mao: 'hand',
    maos: 'hands',
    pe: 'foot',
    pes: 'feet',
    dedo: 'finger',
    dedos: 'fingers',
    costas: 'back',
    coxa: 'thigh',
    tao: 'are',
    sob: 'under',
    // ... and the everyday words around it, so that the wording model reads the sentence, not its alarm words alone
    // ("teve sangramento no nariz, apertei 10 minutos e parou": a nosebleed that stopped).
    nariz: 'nose',
    parou: 'stopped',
    apertei: 'i pressed',
    cedo: 'early',
    toma: 'takes',
    pressao: 'blood pressure',
    precisa: 'needs',
    levar: 'take',
    // Breadth (issue 11, T25).
    dipirona: 'medicine',
    telhado: 'roof',
    laje: 'roof',
    miudo: 'child',
    miuda: 'child',
    mole: 'floppy',
    molinho: 'floppy',
    molinha: 'floppy',
    glicose: 'glucose',
    glicemia: 'glucose',
    sou: 'i am',
    vomito: 'vomiting',
    piscina: 'pool',
    chiado: 'wheezing',
    rapido: 'fast',
    costelas: 'ribs',
    senhor: 'man',
    caiu: 'fell',
    acorda: 'wakes',
    antebraco: 'forearm',
    toalhas: 'towels',
    avo: 'grandmother',
    esquerdo: 'left',
    esquerda: 'left',
    direito: 'right',
    direita: 'right',
    epileptica: 'epileptic',
    crise: 'seizure',
    tossir: 'cough',
    garrafa: 'bottle',
    cabecada: 'head clash',
    perguntas: 'questions',
    sonolenta: 'drowsy',
    sonolento: 'drowsy',
    roxas: 'purple',
    roxo: 'purple',
    pernas: 'legs',
    carta: 'letter',
    corda: 'rope',
    diabetico: 'diabetic',
    insulina: 'insulin',
    tremendo: 'shaking',
    glicosimetro: 'glucose meter',
    saco: 'scrotum',
    testiculo: 'testicle',
    inchado: 'swollen',
    alto: 'high',
    hernia: 'hernia',
    xixi: 'pee',
    sensibilidade: 'feeling',
    vomitando: 'vomiting',
    vomitou: 'vomited',
    desmaiou: 'fainted',
    confuso: 'confused',
    amendoim: 'peanut',
    camarao: 'shrimp',
    garganta: 'throat',
    fechando: 'closing',
    lingua: 'tongue',
    labios: 'lips',
    olho: 'eye',
    olhos: 'eyes',
    sem: 'without',
    nenhum: 'no',
    nada: 'nothing',
    nao: 'not',
    nunca: 'never',
    nem: 'nor',
    quando: 'when',
    mas: 'but',
    porque: 'because',
    ou: 'or',
    com: 'with',
    os: 'the',
    uma: 'a',
    de: 'of',
    na: 'in the',
    em: 'in',
    meu: 'my',
    minha: 'my',
    seu: 'his',
    sua: 'his',
    ele: 'he',
    ela: 'she',
    eu: 'i',
    muito: 'very',
    muita: 'a lot',
    pouco: 'a little',
    esta: 'is',
    estao: 'are',
    estou: 'i am',
    ta: 'is',
    tem: 'has',
    tenho: 'i have',
    teve: 'had',
    tive: 'i had',
    hoje: 'today',
    ontem: 'yesterday',
    agora: 'now',
    ainda: 'still',
    ja: 'already',
    tambem: 'also',
    dor: 'pain',
    doendo: 'hurting',
    febre: 'fever',
    tosse: 'cough',
    tonto: 'dizzy',
    tonta: 'dizzy',
    sangue: 'blood',
    cabeca: 'head',
    peito: 'chest',
    braco: 'arm',
    perna: 'leg',
    rosto: 'face',
    boca: 'mouth',
    pescoco: 'neck',
    barriga: 'belly',
    comprimidos: 'pills',
    remedio: 'medicine',
    remedios: 'medicines',
    bebe: 'baby',
    crianca: 'child',
    filho: 'son',
    filha: 'daughter',
    anos: 'years old',
    semanas: 'weeks',
    dias: 'days',
    horas: 'hours',
    minutos: 'minutes',
    ajuda: 'help',
    socorro: 'help',
    hospital: 'hospital',
    medico: 'doctor',
    grave: 'serious',
    forte: 'severe',
    fraco: 'weak',
    fraca: 'weak',
    palido: 'pale',
    palida: 'pale',
    confusa: 'confused',
    inchada: 'swollen',
    manchas: 'spots',
    pior: 'worse',
    melhor: 'better',
    normal: 'normal',
    posso: 'can i',
    tomar: 'take',
  },
};
