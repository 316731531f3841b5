import { SPANISH_INFANT_JABS } from './infant-jabs-told-by-their-visit.js';
import { SPANISH_FITS_TOLD_BY_THEIR_LENGTH } from './fits-told-by-their-length-or-a-second-one.js';
import { SPANISH_CLIMBING } from './climbing-told-as-it-is-done.js';
import { SPANISH_CHEST_PAIN_PRESSED } from './chest-pain-pressed-by-the-teller.js';
import { SPANISH_TONGUE_AND_THROAT_AFTER_AN_ALLERGEN } from './tongue-and-throat-after-an-allergen.js';
import { SPANISH_BREATH_TOLD_BY_WHAT_IS_SEEN } from './breath-told-by-what-is-seen.js';
import { SPANISH_DIGOXIN } from './digoxin-told-by-its-name-and-its-yellow.js';
import { SPANISH_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { SPANISH_PILLS_TOLD_BY_THEIR_COUNT } from './pills-told-by-their-count-or-pack.js';
import { SPANISH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { SPANISH_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { SPANISH_PRESSURE_FAILING } from './pressure-failing-on-a-bleed.js';
import { SPANISH_PREPARATIONS } from './preparations-told-by-their-parts.js';
import { SPANISH_SEIZURE_NEVER_BEFORE_AND_WAKING } from './seizure-never-before-and-hard-to-wake.js';
import { SPANISH_WISH_AND_JUMP_TOLD_APART } from './wish-and-jump-told-apart.js';
import { SPANISH_MEANS_TAKEN_ALL } from './means-taken-all-at-once.js';
import { SPANISH_NUMBER_MARKERS } from './number-word-markers.js';
import { SPANISH_SADDLE_AND_BLADDER } from './saddle-and-bladder-told-in-the-perfect.js';
import { SPANISH_FUNCTION_WORDS } from './function-words.js';
import { SPANISH_FINDINGS } from './breathing-bleeding-children/spanish.js';
import {
  NOT_AFTER_WATER_OR_A_ROOM,
  NOT_BEFORE_A_LENGTH_OR_WEIGHT,
  romanceForms,
  toldAnywhere,
  toldNowhere,
  type LanguageLexicon,
} from './language-lexicon.js';
import { SPANISH_EVERYDAY_PHRASES, SPANISH_EVERYDAY_WORDS } from './everyday-words/spanish.js';
import { SPANISH_INTENT_AND_CRISIS } from './intent-and-crisis/spanish.js';
import { SPANISH_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/spanish.js';
import { SPANISH_BLOOD_JETTING_AND_A_CLOTH_SOAKED } from './blood-jetting-and-a-cloth-soaked-told-apart.js';
import { SPANISH_CLEAR_FLUID_AFTER_A_KNOCK } from './head-knock-with-fluid-thinners-or-vomiting.js';
import { SPANISH_COUNT_OF_A_NAMED_MEDICINE } from './count-of-a-named-medicine-swallowed.js';
import { SPANISH_BLEEDING_IN_PREGNANCY } from './bleeding-in-pregnancy-in-everyday-words.js';
import { SPANISH_A_PET_HANDED_ON, SPANISH_PILLS_SAVED_AND_READY } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { SPANISH_MODIFIERS } from './modifiers/spanish.js';
import { SPANISH_CHEST_PRESSURE } from './chest-pressure-told-by-its-place.js';
import { SPANISH_GESTATION } from './gestation-told-by-weeks.js';
import { SPANISH_GLASS_TEST } from './glass-test-told-after.js';
import { SPANISH_STROKE_AND_LIMB } from './stroke-and-limb-by-their-parts.js';
import { SPANISH_WEIGHT_BORNE } from './weight-borne.js';
import { SPANISH_HEAD_KNOCK_AND_WAKING } from './head-knock-and-waking-told-by-their-parts.js';
import { SPANISH_SEIZURES_FLIGHT_AND_FAREWELL } from './seizures-flight-and-farewell-told-by-their-parts.js';
import { SPANISH_TABLETS_TOLD_MISSING } from './tablets-told-missing-in-the-first-group.js';
import { spanishNumberWordsAsDigits } from './number-words-told.js';
import { SPANISH_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';
import { SPANISH_CHOKING_OBJECT_TOLD_OUT } from './choking-object-told-out.js';

/**
 * A warning sign told anywhere in the message, beside which an ordinary cause (the cold, a dental anaesthetic,
 * play) never holds numbness, speech trouble or nonsense back: a sudden onset, weakness, a face droop, a head
 * knock, heat or fever, confusion, vomiting, drowsiness (review V17: such look-alikes were read as a stroke).
 */
const WARNING_SIGN =
  '(?<![\\p{L}])(?:de repente|derrepente|de golpe|subitamente|debil\\p{L}*|sin fuerza|no (?:puede|puedo) mover|(?:cara|boca) (?:caida|torcida|chueca|ladeada)|se (?:le |me )?cayo la cara|se cayo|golpe\\p{L}*|se pego|cabeza|calor|sol|ardiendo|hirviendo|fiebre|confundid[oa]|no (?:me |nos )?reconoce|vomit\\p{L}*|somnolient[oa]|no despierta)(?![\\p{L}])';
/** Held back only with no warning sign told before or after in the message. */
const NOT_BEFORE_A_WARNING_SIGN = `(?<!${WARNING_SIGN}[^]*)`;
const NOT_AFTER_A_WARNING_SIGN = `(?![^]*${WARNING_SIGN})`;
/**
 * A dental anaesthetic or a tooth pulled: a numb mouth that speaks badly for a few hours. A numb mouth alone is
 * not one: told beside speech trouble, it is a stroke's.
 */
const AT_THE_DENTIST = '(?:muela|dentista|anestesia|empaste|endodoncia)';
const CANNOT_SPEAK_WELL = 'no (?:puedo|puede|pude|podia) hablar(?: bien)?';

/** The morning, sleep, school or an alarm: what a lie-in is told with. */
const SLEEPY_MORNING =
  '(?:esta manana|hoy|temprano|sueno|cansad[oa]|flojera|la escuela|el colegio|al trabajo|la alarma|el despertador)';
/** A means, a plan, a goodbye or despair told anywhere: then no waking told with the morning is a lie-in (review V37). */
const NO_MEANS_OR_DESPAIR = toldNowhere(
  '(?:pastilla|pildora|medicina|veneno|cuerda|soga|morir|vivir|despedi|carta|nunca mas|plan|esta noche|me las tomo)',
);

/**
 * Despair told anywhere in the message: a wish to die or not to be, a life without a reason, not bearing it any more.
 * A means or a time ("tengo la cuerda", "esta noche lo hago") is read as one only beside it: a rope bought for the
 * washing or a party planned tonight are no one's plan to die.
 */
const DESPAIR =
  '(?<![\\p{L}])(?:morir\\p{L}*|muert[oa]|vivir|viviendo|matarme|suicid\\p{L}*|despedi\\p{L}*|despid\\p{L}*|despedida|no (?:aguanto|soporto|puedo|doy) mas(?= ?(?:[,.;!?]|$| (?:boludo|boluda|wey|guey|we|tio|tia|loco|loca|bro|man|mano|mana|pana|chamo|neta)(?![\\p{L}])))|desaparecer|de este mundo|colgarme|ahorcarme|acabar con todo|terminar con todo|sentido|mejor sin mi)(?![\\p{L}])';
const BESIDE_DESPAIR = toldAnywhere(DESPAIR);

/** No means or plan told anywhere in the message: a laugh after a wish to die is then the idiom of shame. */
const NO_MEANS_OR_PLAN =
  '(?![^]*(?:pastillas|pildoras|cuerda|soga|pistola|arma|navaja|cuchill|gillette|veneno|puente|edificio|esta noche|planead))';

/** A knock or a fall told anywhere in the message: the head hit, not a headache with a cold ("dolor de cabeza"). */
const BESIDE_A_KNOCK = toldAnywhere(
  '(?<![\\p{L}])(?:golpe\\p{L}*|se (?:pego|cayo)|(?:me|nos) (?:pegue|cai)|cayo|caida|porrazo|chingadazo|madrazo|trancazo|accidente|choque|choco|se (?:dio|estrello|golpeo) (?:contra|con)|(?<!(?:dolor|duele|dolia|doler) (?:de |la )?)cabeza)(?![\\p{L}])',
);

/** Work, school, a wedding or a move (session 54, T87: "porque se muda") told after a goodbye: leaving a job or a place, not one's life. */
const NOT_BEFORE_AN_ORDINARY_LEAVING =
  '(?![^.!?]{0,80}(?:compan|coleg|trabajo|chamba|jale|oficina|escuela|colegio|universidad|jubil|boda|equipo|viaje|mudanza|me mudo|me cambio|cambie|se muda|se mudan|se va a vivir|se van a vivir|se fue a vivir|vacaciones))';

/** A feeling one is said to die of, as an idiom of degree ("se quiere morir de la vergüenza"): never a pain. */
const IDIOM_OF_DEGREE =
  '(?: de (?:la |el |los |las |tanta |tanto )?(?:risa|verguenza|pena|hambre|sueno|calor|frio|envidia|amor|ganas|aburrimiento|cansancio|nervios|miedo|celos|flojera|coraje|sed|gusto|emocion))';

/**
 * Where, how or beside whom one wishes to die one day: end-of-life wishes ("se quiere morir en su casa, no en el
 * hospital", "de viejo", "dormida"), not intent (review V21, 23:06; French read them so in session 38).
 */
const END_OF_LIFE_WISH =
  '(?: (?:en (?:su |mi |la )?(?:casa|cama|paz|tierra|pueblo)|tranquil[oa]|de viej[oa]|de ancian[oa]|dormid[oa]|rodead[oa]|junto a|con (?:su|mi) familia|sin dolor|sin sufrir))';

/**
 * Session 39 (T36): intent told in the registers session 38 did not read (NICE NG225, NHS 111 mental health): someone
 * else's wish to die told by a relative ("dice que se quiere morir"), leaving "este mundo", ending it all ("quiero
 * acabar con todo", Spain's "he cogido las pastillas"), a search for a way, a goodbye posted and no answer since, a
 * clinician's "intento autolítico" with its count of tablets. Dying of shame and ending a chore stay idioms.
 */
const INTENT_IN_OTHER_REGISTERS: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:me |se )?(?:quiero|quiere|quisiera|queria|voy a|va a) (?:ir(?:me|se)?|marchar(?:me|se)?|largar(?:me|se)?|desaparecer) de este mundo|(?:irme|irse) de este mundo|(?:me|se) (?:voy|va|ire|ira|marcho|marcha) de este mundo(?! de )`,
    'i want to die',
  ],
  [
    '(?:quiero|quiere|voy a|va a|quisiera|pienso|piensa|ganas de) (?:acabar|terminar) con (?:todo(?= ?(?:[,.;!?]|$|y |ya |hoy|esta noche|de una vez))(?![^.;!?]{0,60}(?:para|pa |antes de|trabajo|tarea|pendientes?|vacaciones|chamba|escuela|examen|limpieza|mudanza))|mi vida|su vida)',
    'i want to end it all',
  ],
  [
    `(?:dice (?:que |q )?|dijo (?:que |q )?)?(?:se )?(?:quiere|queria) (?:morir(?:se)?|matar(?:se)?|suicidar(?:se)?)(?!${IDIOM_OF_DEGREE})(?!${END_OF_LIFE_WISH})(?![^.!?]{0,80}(?:ja(?:ja)+|je(?:je)+|jsjs\\p{L}*|xd|lol|haha\\p{L}*))|(?:quiere|queria) (?:quitarse|acabar con) (?:la|su) vida`,
    'he says he wants to die',
  ],
  [
    'buscando (?:en internet |en google |en el celular )?(?:como|formas de|maneras de) (?:ahorcarse|ahorcarme|matarse|matarme|suicidarse|suicidarme|quitarse la vida|quitarme la vida|colgarse|colgarme)',
    'searching how to kill himself',
  ],
  [
    `(?:se|me) (?:despide|despidio|esta despidiendo|estaba despidiendo) de (?:todos|todo el mundo|su familia|sus hijos|mi familia|mis hijos|sus amigos)${NOT_BEFORE_AN_ORDINARY_LEAVING}`,
    'she sent a goodbye message',
  ],
  // Not answering is the goodbye's silence only beside despair or a goodbye: an angry boyfriend who leaves a message
  // unanswered is not (review V21, 23:06).
  [
    `(?:ya )?no (?:contesta|responde|me contesta|me responde)(?: (?:el telefono|el cel|los mensajes|mensajes|llamadas))?(?![^.;!?]{0,60}(?:enojad|molest|ocupad|dormid|trabajando|pila|bateria))${BESIDE_DESPAIR}`,
    'is not answering the phone',
  ],
  // Session 55 (T92): what was saved taken all at once tonight (Samaritans: stockpiling means; NICE NG225: a plan).
  [
    '(?:me )?(?:tomo|voy a tomar|trago|tomare|me voy a tomar) (?:todo|todas|todos) (?:lo|las|los) que (?:guarde|he guardado|junte|he juntado|tengo guardad[oa]s?|tengo juntad[oa]s?)',
    'i am going to take all the pills i saved',
  ],
  // The means at hand in Spain's words: "he cogido las pastillas de mi madre".
  [
    `(?:he cogido|cogi|he agarrado|agarre|he sacado|saque) (?:las|mis|unas|todas las) (?:pastillas|pildoras|medicinas|tabletas|capsulas)(?: \\p{L}+){0,4}${BESIDE_DESPAIR}`,
    'i have the pills here',
  ],
  // A clinician's note: an attempt and what was swallowed.
  ['(?:intento|tentativa) (?:autolitic[oa]|de autolisis)|autolisis', 'suicide attempt'],
  // An overdose told by its count (ten or more) or its intent, never a dose taken as prescribed (review V21, 23:06).
  [
    'ingesta (?:voluntaria |intencional |masiva )?de [1-9]\\d+ (?:comprimidos|pastillas|tabletas|capsulas)(?![^.;]{0,60}(?:cada|al dia|por dia|segun|receta|prescri|indicad))',
    'took # pills',
  ],
];

/**
 * Session 38 (T32): suicidal intent and self-harm read by their parts, the way people say them (NICE NG225, NHS 111
 * mental health): a wish to die or not to be told with any of its everyday verbs ("no quiero despertar", "quiero
 * desaparecer para siempre", "ganas de morirme", "no le veo sentido a seguir viviendo", "todos estarían mejor sin mí");
 * a way (hanging, jumping, shooting); a means kept or a time set, beside despair; a goodbye; a clinician's words
 * ("ideación suicida", "autolesiones"); harm already done to oneself (cutting again, cuts made on the arms, a burn
 * made on purpose). Each is read into the English the rules already weigh. The idioms of degree ("me muero de risa",
 * "ganas de morirme de la risa", "esta corbata me ahorca") keep their own reading further down.
 */
const INTENT_AND_SELF_HARM: ReadonlyArray<readonly [string, string]> = [
  // A wish to die closed by a laugh, with no means or plan in the message, is the idiom of shame ("que ganas de
  // morirme, me vio el crush en pijama jajaja"; review V20).
  // A jump from a bridge told with a bungee or a zip line is a sport.
  [
    '(?:me (?:voy a|quiero) (?:tirar|aventar|lanzar)|tirarme|aventarme|lanzarme) (?:del|de un|desde el|desde un) \\p{L}+(?=[^.;]{0,40}(?:bungee|puenting|paracaidas|tirolesa|rapel))',
    'go bungee jumping',
  ],
  [
    `(?:(?:que |q )?ganas de morirme|(?:me )?quiero morir(?:me)?|me voy a morir|me quiero matar)(?=[^.!?]{0,80}(?:ja(?:ja)+|je(?:je)+|ji(?:ji)+|jsjs\\p{L}*|xd|lol|lmao|haha\\p{L}*))${NO_MEANS_OR_PLAN}`,
    'feel embarrassed',
  ],
  // Session 55 (T92): a morning one did not want to wake up for, told with the morning, sleep or school in its
  // sentence, is a lie-in, not a wish not to wake again; "nunca mas" keeps the wish.
  [
    `${NO_MEANS_OR_DESPAIR}(?<=${SLEEPY_MORNING}[^.!?]{0,60})(?:ya )?no (?:queria|quise|quiso) (?:despertar|levantar)(?:me|se)?(?! (?:nunca|mas|jamas))|${NO_MEANS_OR_DESPAIR}(?:ya )?no (?:queria|quise|quiso) (?:despertar|levantar)(?:me|se)?(?! (?:nunca|mas|jamas))(?=[^.!?]{0,60}${SLEEPY_MORNING})`,
    'did not want to get out of bed',
  ],
  [
    '(?:ya )?no (?:quiere|queria|quieren) (?:seguir )?(?:vivir|estar aqui|existir|seguir viviendo|seguir vivo|seguir viva|seguir en este mundo|vivir mas|despertar(?:se)?)(?! (?:en|con) (?:esta|este|la|el|mi|mis|su|sus) )',
    'she says she does not want to live anymore',
  ],
  // Despair told at the end of its clause ("no aguanto más, ..."), not of a pain or a job ("no aguanto más el dolor").
  // A friend called by name between ("no doy más boludo, ...", "no puedo más wey") closes the clause as well.
  [
    '(?:ya )?no (?:aguanto|soporto|puedo|doy) mas(?= ?(?:[,.;!?]|$|y |ya |me |de verdad|en serio|(?:boludo|boluda|wey|guey|we|tio|tia|loco|loca|bro|man|mano|mana|pana|chamo|neta)(?![\\p{L}])))',
    'i feel hopeless',
  ],
  [
    `(?:vine a|vengo a|quiero|queria|solo queria|solo quiero) despedirme(?: de (?:todos|ustedes|ti|mi familia))?${NOT_BEFORE_AN_ORDINARY_LEAVING}`,
    'i said goodbye to everyone',
  ],
  [
    '(?:ya )?no quiero (?:seguir )?(?:estar aqui|existir|seguir aqui|seguir viviendo|seguir vivo|seguir viva|seguir en este mundo|vivir mas|despertar(?:me)?(?: manana| nunca mas| mas)?(?! (?:temprano|tan temprano|muy temprano|a las|antes de|de madrugada|pronto|tarde))(?![^.!?]{0,40}(?:lunes|jaja|jeje|trabajo|escuela|clase|alarma|despertador|flojera))|volver a despertar(?:me)?)(?! (?:en|con) (?:esta|este|la|el|mi|mis) )',
    'i do not want to live anymore',
  ],
  [
    '(?:quiero |quisiera |me gustaria |ganas de )desaparecer (?:para siempre|de este mundo|del mundo|de la tierra|de una vez por todas)(?! (?:por|durante|unos|unas|un rato|esta|este|hoy|el fin|de vacaciones|hasta))',
    'i want to die',
  ],
  [
    '(?:tengo |con |que |q |unas |muchas |puras )?ganas de (?:morir|morirme|matarme|suicidarme|no despertar|quitarme la vida|dejar de vivir)(?! (?:de|del) )',
    'i want to die',
  ],
  [
    'no (?:le )?(?:veo|encuentro|tiene|hay|tengo) (?:ningun |el |un |una )?(?:sentido|razon|motivo|razones|motivos) (?:a |de |para |en )?(?:seguir viviendo|seguir vivo|seguir viva|vivir|la vida|mi vida|seguir aqui)|(?:ya )?no vale la pena (?:vivir|seguir viviendo|seguir vivo|seguir viva|la vida)|(?:estoy |ando )?cansad[oa] de vivir(?! (?:con|en|de|del|asi con) )|(?:la|mi) vida (?:ya )?no tiene sentido',
    'there is no reason to live',
  ],
  [
    '(?:todos|todo el mundo|mi familia|mis hijos|ustedes|mis papas) (?:estarian|estaran|van a estar|estaria|estara|va a estar|vivirian|vivirán) mejor sin mi',
    'they would be better off without me',
  ],
  ['(?:seria|es) mejor (?:estar muert[oa]|no existir|no haber nacido|si me muero|que me muera)', 'better off dead'],
  [
    '(?:me )?(?:quiero|voy a|pienso|pensando en|ganas de) (?:colgarme|ahorcarme)|me (?:quiero|voy a|pienso) (?:colgar|ahorcar)(?= ?(?:[,.;!?]|$|ya|hoy|esta|manana|con|de (?:un|una|el|la) (?:arbol|viga|puente|techo)))',
    'i want to hang myself',
  ],
  [
    '(?:me (?:quiero|voy a|pienso|quisiera) (?:tirar|aventar|lanzar|arrojar|botar)|(?:quiero|voy a|pienso|quisiera|ganas de|pensando en) (?:tirarme|aventarme|lanzarme|arrojarme|botarme)|me (?:tiro|aviento|lanzo|arrojo|boto)) (?:(?:del|de la|de un|de una|desde (?:el|la|un|una)|por la) (?:\\p{L}+ )?(?:puente|edificio|techo|azotea|balcon|ventana|acantilado|precipicio|barranco|piso)(?:es|s)?(?![\\p{L}])(?![^.;]{0,40}(?:bungee|puenting|paracaidas|alberca|piscina|rio|mar|clavado|tirolesa|rapel))|(?:al|a la|a las|a los|bajo (?:el|un|la)|frente (?:al|a un|a la)|delante (?:del|de un|de la)) (?:\\p{L}+ )?(?:metro|tren|vias?|camion|trailer|autobus|coche|carro)(?:es|s)?(?![\\p{L}]))',
    'i want to jump off the bridge',
  ],
  [
    '(?:pegarme|darme|meterme|echarme) un (?:tiro|balazo|plomazo|plomo)|(?:volarme|reventarme) la cabeza|me (?:quiero|voy a|pienso) (?:pegar|dar|meter|echar|volar) (?:un (?:tiro|balazo|plomazo)|la cabeza)(?! (?:de tres|al arco|a (?:la )?porteria|libre|a puerta))',
    'i want to shoot myself',
  ],
  [
    '(?:pegarse|darse|meterse|echarse) un (?:tiro|balazo|plomazo|plomo)(?! (?:de tres|al arco|a (?:la )?porteria|libre|a puerta))|(?:volarse|reventarse) la cabeza|se (?:quiere|va a|piensa) (?:pegar|dar|meter|echar|volar) (?:un (?:tiro|balazo|plomazo)|la cabeza)(?! (?:de tres|al arco|a (?:la )?porteria|libre|a puerta))',
    'he is going to shoot himself',
  ],
  // The means at hand, beside despair: a rope, a gun, the pills, blades, poison; kept, bought, ready.
  [
    `(?:ya )?(?:tengo|compre|consegui|prepare|deje) (?:la|una|mi) (?:cuerda|soga|reata|mecate)(?! (?:para|pa) )${BESIDE_DESPAIR}`,
    'i have the rope ready',
  ],
  [
    `(?:ya )?(?:tengo|compre|consegui|agarre|saque) (?:la|una|mi|el) (?:pistola|arma|escopeta|revolver|fusca)(?: de mi (?:papa|padre|esposo|marido|abuelo))?${BESIDE_DESPAIR}`,
    'i have a gun',
  ],
  [
    `(?:ya )?(?:tengo|compre|consegui|junte|guarde|prepare|tengo guardadas|tengo juntadas|tengo escondidas) (?:las|mis|unas|todas las|muchas) (?:pastillas|pildoras|medicinas|tabletas|capsulas)(?: \\p{L}+){0,4}${BESIDE_DESPAIR}`,
    'i have the pills here',
  ],
  // A time set, beside despair: "esta noche lo hago", "ya tengo todo planeado", "hoy acabo con todo".
  [
    `(?:(?:esta noche|hoy|manana|ahorita|ahora|ya) (?:mismo )?lo (?:hago|voy a hacer)|(?:ya )?(?:tengo|lo tengo) todo (?:planeado|decidido|preparado|listo)|ya lo (?:decidi|tengo decidido|planee|tengo planeado))(?! (?:para|pa) (?:la|el|mi|los|las) )${BESIDE_DESPAIR}`,
    'i have it all planned',
  ],
  ['(?:hoy|esta noche|ya|manana) (?:me )?(?:acabo|termino) con todo', 'today i end it all'],
  [
    '(?:dice que |dijo que |que |q )?se (?:quiere|queria|piensa|pensaba|va a|iba a) (?:matar|suicidar|quitar la vida)',
    'he says he wants to kill himself',
  ],
  // A goodbye sent or said, and not being there tomorrow.
  [
    `(?:un |una |el |la |su |sus |mi |mis )?(?:mensaje|mensajes|audio|audios|video|videos|nota|notas|whats|texto|correo)s? de despedida${NOT_BEFORE_AN_ORDINARY_LEAVING}`,
    'a goodbye message',
  ],
  [
    `(?:ya )?me (?:despedi|estoy despidiendo|despido) de (?:todos|todo el mundo|mi familia|mis hijos|mis papas|mi mama|mis amigos)${NOT_BEFORE_AN_ORDINARY_LEAVING}`,
    'i said goodbye to everyone',
  ],
  [
    '(?:manana |pronto )?ya no (?:voy a estar|estare)(?: (?:aqui|mas|manana|para nadie))?(?! en )',
    'tomorrow i will not be here',
  ],
  // A clinician's words.
  [
    '(?:ideacion|ideaciones|ideas|pensamientos) (?:suicidas?|autoliticas?|de muerte)(?: (?:estructurad[oa]s?|activ[oa]s?))?|riesgo suicida(?: alto)?',
    'suicidal ideation',
  ],
  ['intento (?:de suicidio|suicida|autolitico)|tentativa de suicidio', 'suicide attempt'],
  ['(?:se |me )?auto ?lesion\\p{L}*|conducta autolesiva', 'self-harming'],
  // Harm done to oneself: cutting again, cuts made on the arms or legs, a burn or a hurt done on purpose.
  [
    '(?:me|(?:(?<![^])|(?<=(?:ella|el|hij[oa]|herman[oa]|novi[oa]|amig[oa]|prim[oa]|niet[oa]|espos[oa]|alumn[oa]|paciente|chav[oa]|nen[ao]|nin[oa]|sobrin[oa]|adolescente) ))se) (?:estoy |esta |sigo |sigue )?cortando(?= (?:otra vez|de nuevo|todos los dias|diario|a diario|seguido|cada vez)|[,.;!?]|$)|(?:me|se) (?:volvi|volvio) a cortar(?! (?:el|la|las|los|un|una) (?:dedo|pelo|cabello|unas|mano|barba|fleco|flequillo|pan|carne))',
    'i have been cutting myself again',
  ],
  [
    '(?:los |sus |mis )?(?:brazos|piernas|munecas|muslos|antebrazos) (?:llenos|llenas|cubiert[oa]s|repletos) de cortes',
    'many cuts on my arms',
  ],
  [
    '(?:me|se) (?:hice|hizo|provoque|provoco|he hecho|ha hecho|hago|hace|estoy haciendo|esta haciendo) (?:unos |muchos |varios |mas )?(?:cortes|cortadas|cortaditas)(?: \\p{L}+){0,2} (?:en|por) (?:los |las |el |la |mis |sus |todo el |toda la )?(?:brazos?|piernas?|munecas?|muslos?|antebrazos?|panza|abdomen|cuerpo|estomago|venas)(?![^.;]{0,30}(?:depil|rasur|afeit))',
    'i cut myself on purpose',
  ],
  [
    '(?:me|se) (?:lastime|lastimo|lastima|lastimaba|hice dano|hizo dano|hago dano|hace dano|he hecho dano|ha hecho dano|he lastimado|ha lastimado|queme|quemo|quema|corte|corto|corta)(?: \\p{L}+){0,5} (?:a proposito|aproposito|adrede|queriendo|intencionalmente|para sentir algo|para castigarme|para no sentir)',
    'i hurt myself on purpose',
  ],
  [
    '(?:me|se) (?:queme|quemo|quema|quemaba|he quemado|ha quemado)(?: \\p{L}+){0,4} con (?:un |una |el |la |los |las |mis |sus )?(?:cigarros?|cigarrillos?|encendedor|mechero|colillas?)(?=[^.;]{0,60}(?:otra vez|de nuevo|varias veces|todos los dias|cada vez|para sentir|para castigarme))',
    'i burned myself on purpose',
  ],
  [
    '(?:me|se) (?:corte|corto|he cortado|ha cortado|cortaba|cortando)(?: \\p{L}+){0,2} con (?:una |un |la |el |unas )?(?:gillettes?|gilettes?|cuchillas?|navajitas?|hojas? de afeitar|cutter|exacto|sacapuntas)(?![^.;]{0,40}(?:afeit|rasur|depil|barba))',
    'i cut myself on purpose',
  ],
];

/**
 * Session 38 (T32): the other kinds the held-out counts say Spanish falls short on, each read by its parts: a scald's
 * skin coming off and smoke breathed in a fire (NHS 111 burns), lips and tongue swelling and a wheeze after a sting,
 * a food or an injection (anaphylaxis), a deep cut with the bone showing, clear fluid from the nose after a knock,
 * a child who ate or drank a quantity of medicine, a dose given several times over (poison centres), a person who
 * has not slept for days and thinks they are being hunted, voices telling harm (NHS 111 mental health crisis), a
 * splinter of metal driven into the eye, numb buttocks with bowels out of control (cauda equina), pain low on the
 * right with walking impossible, fainting as it happens. Each has its ordinary look-alike held back: a sunburn
 * peeling, a little smoke from a barbecue, effort on the stairs when out of shape, a speck of dust in the eye, numb
 * from sitting, a dose three times a day, voices of the neighbours.
 */
const OTHER_WEAK_KINDS: ReadonlyArray<readonly [string, string]> = [
  // Burns.
  [
    '(?:se )?(?:le |me )?(?:esta |estaba )?(?:cayendo|cae|cayo|desprendiendo|desprende|despegando|despego|pelando|levantando|levanto|saliendo) (?:toda )?la piel(?![^.;]{0,40}(?:sol|playa|bronce|alberca|crema|dias|semana))',
    'the skin is peeling off',
  ],
  [
    '(?:respiro|respire|inhalo|inhale|trago|trague|aspiro|aspire) (?:mucho|muchisimo|bastante|demasiado) humo',
    'inhaled a lot of smoke',
  ],
  [
    '(?:la )?voz ronca(?! (?:por|de|desde) (?:la |el )?(?:gripa|gripe|resfriado|catarro|gritar|grite|cantar|partido|concierto))',
    'hoarse voice',
  ],
  ['hollin', 'soot'],
  // Anaphylaxis.
  [
    'se (?:le|me|les) (?:hincharon|han hinchado|hinchan|hincho|inflamaron|inflamo) (?:los |la |el |sus |mis )?(?:labios|lengua|cara|parpados|garganta|boca)',
    'her lips and tongue swelled up',
  ],
  [
    '(?:silb(?:ando|a|aba)|chifl(?:ando|a|aba)) (?:al|cuando|para) respira(?:r)?|(?:le |me )?silba el pecho|silbidos? (?:en el pecho|al respirar)',
    'wheezing',
  ],
  // Breathing: effort on the stairs told with being out of shape is no breathlessness at rest.
  [
    '(?:cuando|al) (?:subo|subir|camino|caminar|corro|correr) (?:\\d+|unas|unos|dos|tres|cuatro|cinco|varias|varios|muchas|muchos) (?:pisos|cuadras|escalones|calles|kilometros|km)',
    'when i climb stairs',
  ],
  ['(?:estoy |ando )?(?:fuera de forma|sin condicion|bien sedentari[oa]|muy sedentari[oa])', 'i am out of shape'],
  // Bleeding and trauma.
  ['(?:un )?corte (?:muy )?(?:profundo|hondo)', 'a deep cut'],
  ['se (?:le |me )?ve (?:hasta )?el hueso', 'the bone is showing'],
  // Head injury: clear fluid from an ear, or from the nose told with a knock or a fall (NICE NG232, a skull-base
  // fracture). Without one, clear water from the nose is a runny nose ("está resfriado"; review V20, 20:53).
  [
    `(?:le |me )?(?:sale|salio|esta saliendo|escurre|gotea) (?:un )?(?:liquido|agua|agüita) (?:transparente|clar[oa]|clarit[oa]|como agua) (?:por|de) (?:el oido|la oreja|la nariz${BESIDE_A_KNOCK})`,
    'clear fluid is coming out of his nose',
  ],
  [
    '(?:le |me )?(?:sale|salio|esta saliendo|escurre|gotea) (?:un )?(?:liquido|agua|agüita) (?:transparente|clar[oa]|clarit[oa]|como agua) (?:por|de) la nariz',
    'a clear runny nose',
  ],
  // Poisoning told as quantities: a child who ate pills, half a bottle drunk, several boxes, a dose several times over.
  [
    '(?:se )?(?:comio|trago|comieron|se metio a la boca)(?= (?:\\p{L}+ ){0,3}(?:\\d+ )?(?:pastillas|pildoras|tabletas|capsulas|grageas|medicinas|jarabe))',
    'swallowed',
  ],
  [
    '(?:se )?(?:tomo|bebio|trago|tomaron)(?= (?:medio|media|la mitad|todo|toda|\\d+|dos|tres|cuatro|cinco) (?:del |de la |de un |de una )?(?:frascos?|botes?|botellas?|cajas?|blisters?|tiras?))',
    'took',
  ],
  [
    '(?:medio (?:frasco|bote|botella)|media botella|la mitad (?:del|de un|de la|de una) (?:frasco|bote|botella))(?= (?:de |del |de la )?(?:jarabe|medicina|medicinas|pastillas|pildoras|tabletas|capsulas|alcohol|tequila|vodka|aguardiente|cloro|lejia|veneno|desinfectante|gasolina|paracetamol|ibuprofeno|perfume|enjuague|clonazepam|acetaminofen))',
    'half a bottle',
  ],
  ['(?:\\d+|dos|tres|cuatro|cinco|seis) (?:cajas|frascos|blisters|tiras|botes|cajitas) (?:de|del)', '# boxes of'],
  ['jarabe', 'syrup'],
  [
    '(?:le |me |se )?(?:puse|puso|di|dio|inyecte|inyecto|aplique|aplico)(?= (?:\\p{L}+ ){0,2}(?:\\d+|dos|tres|cuatro|cinco|diez) veces la dosis|(?: \\p{L}+){0,2} (?:el )?(?:doble|triple) de (?:la )?dosis)',
    'gave',
  ],
  ['(?:\\d+|dos|tres|cuatro|cinco|diez) veces la dosis', '# times the dose'],
  ['(?:el )?(?:doble|triple) de (?:la )?dosis|(?:una )?dosis (?:doble|triple)', 'three times the dose'],
  ['me equivoque|nos equivocamos|se equivoco', 'i made a mistake and'],
  // A crisis of the mind: sleepless for days, hunted, voices telling harm, threats to kill, a weapon taken out.
  [
    '(?:lleva|tiene|ya lleva|van) (?:\\d+|dos|tres|cuatro|varios|muchos) (?:dias|noches) sin dormir',
    'has not slept for days',
  ],
  [
    '(?:dice que |cree que |siente que )?(?:lo|la) (?:persiguen|estan persiguiendo|siguen|estan siguiendo|vigilan|espian|quieren matar)(?! (?:con|por) (?:correos|mensajes|llamadas|el trabajo|la tarea))',
    'he thinks people are following him to kill him',
  ],
  [
    '(?:quiere salir|salio|anda|se fue|sale) (?:a la calle )?con (?:un|una|el|la) (?:cuchillo|machete|navaja|pistola|arma)',
    'he grabbed a knife',
  ],
  [
    '(?:oye|escucha|oigo|escucho|esta oyendo|esta escuchando) voces(?! (?:de|del) (?:los vecinos|vecino|la calle|afuera|la tele|la radio))',
    'hears voices',
  ],
  [
    '(?:que )?(?:le |me )?(?:dicen|ordenan|mandan|piden) que (?:le |se |me )?(?:haga dano|lastime|mate|hiera|mate a)',
    'telling her to hurt',
  ],
  ['amenaza(?:ndo)? con matar(?:la|lo|los|las|me|nos)?', 'threatens to kill'],
  [
    '(?<!(?:perr|gat|cachorr|mascota|caballo)\\p{L}*[^.;!?]{0,60})(?:rompio|rompiendo|esta rompiendo|destrozo|destrozando) todo(?= ?(?:[,.;!?]|$|y |en la casa|lo que))',
    'broke everything',
  ],
  // Something driven into the eye.
  [
    '(?:le |me |se )?(?:entro|clavo|metio|salto|brinco|encajo) (?:un |una )?(?:rebaba|esquirla|chispa|fierrito|vidrio|(?:pedazo|pedacito|trozo|astilla) de (?:metal|fierro|hierro|acero|vidrio|alambre|lamina))(?: de \\p{L}+)? (?:al|en el|en un|en mi|en su) ojo',
    'a piece of metal went into his eye',
  ],
  // Cauda equina: numb buttocks and bowels out of control, not the numbness of sitting.
  [
    '(?:se me |se le )?(?:duermen|durmieron|adormecen|entumen) las nalgas(?![^.;]{0,40}(?:sentad|silla|oficina|manejando|bici|viaje))|nalgas (?:dormidas|adormecidas|entumidas)',
    'my buttocks are numb',
  ],
  [
    'no (?:controlo|controla|puedo controlar|puede controlar|aguanto|aguanta) (?:la popo|el popo|la caca|las heces|el pipi|la pipi|la orina|los esfinteres)|se (?:me |le )?(?:sale|salio) (?:la popo|el popo|la caca|la orina|el pipi)(?! (?:de risa|jugando))',
    'i cannot control my bowels',
  ],
  ['dolor lumbar|(?:la )?zona lumbar', 'low back pain'],
  // Abdomen: low on the right, and not walking for the pain.
  [
    'abajo a la derecha|en la parte (?:baja|de abajo) (?:derecha|del lado derecho)|del lado derecho abajo',
    'in the lower right belly',
  ],
  [
    'no (?:puedo|puede|podia|pudo) (?:caminar|andar|pararme|pararse)(?! (?:bien )?(?:con|en) (?:tacones|zapatos|botas))',
    'cannot walk',
  ],
  // Legs that cannot be felt (cord compression), green vomit (an obstruction), a chest that squeezes.
  [
    '(?:ya )?no (?:siento|siente|sentia) (?:las|mis|sus) piernas(?! (?:de|por) (?:frio|cansancio|tanto caminar))',
    'cannot feel my legs',
  ],
  [
    '(?:vomit\\p{L}*) verde(?![^.;]{0,60}(?:comer|comi|comio|ensalada|espinaca|brocoli|gelatina|jugo|dulce|caramelo|verdura|paleta))',
    'vomiting green bile',
  ],
  ['(?:me|le) aprieta el pecho', 'my chest feels tight'],
  [
    '(?:encontramos|encontre|hallamos)(?: a)?(?= (?:\\p{L}+ ){0,3}(?:tirad|caid|helad|en el (?:patio|suelo|piso)))',
    'we found',
  ],
  ['en (?:el|la) (?:patio|suelo|piso|calle|banqueta|campo|nieve) helad[oa]', 'in the freezing cold'],
  // Fainting as it happens.
  ['se (?:esta |estaba )?desmayando|se (?:le )?va el alma', 'is fainting'],
  // Spanish drops its subject: a message that opens with "está" and a list of states tells of someone else ("está
  // pálido, sudando frío"), where English writes "he is". One state and its cause ("está pálido porque ...") is left.
  [
    '(?<![^])(?:esta|anda|sigue)(?= (?:muy |bien |todo |toda )?(?:palid|frio|fria|gris|helad|sudad|agresiv|confundid|adormilad|dormid|inconscient|desmayad|morad|azul|amarill|ardiendo|ties)\\p{L}* ?,)',
    'he is',
  ],
  ['(?<!(?:perr|gat|cachorr|mascota|caballo)\\p{L}*[^.;!?]{0,60})agresiv[oa]', 'aggressive'],
  ['(?:le |me )?(?:esta |estaba |anda )?doliendo (?:mucho |muchisimo )?el pecho', 'chest pain'],
  ['(?:tiene|tenia|con|le da|le dio) (?:mucho|muchisimo) sueno', 'is very sleepy'],
  ['sin casco', 'without a helmet'],
  ['bici|bicicleta', 'bike'],
  [
    'se (?:cayo|cae|callo) (?:de|desde) (?:la|el|un|una|su)(?= (?:bici|bicicleta|moto|motocicleta|patineta|patines|caballo|cama|litera|silla|columpio|resbaladilla|tobogan|trampolin|cambiador|carriola)(?![\\p{L}]))',
    'fell off the',
  ],
  ['mi (?:nieto|nietecito)', 'my grandson'],
  ['mi (?:nieta|nietecita)', 'my granddaughter'],
  ['tabletas', 'tablets'],
  ['(?:a )?su (?:esposa|mujer|novia)', 'his wife'],
  ['(?:a )?su (?:esposo|marido|novio)', 'her husband'],
];

/**
 * Session 39 (T36): a burn read by its parts (NHS 111 burns and scalds, British Burn Association referral: larger than
 * the hand, blistered, white, charred or painless, on the face, hands, feet or genitals, any burn in a child that
 * blisters, chemical or electrical), in the everyday words of Mexico, the Caribbean, the River Plate and Spain: what
 * burned (a pan of oil tipped over a child, the kettle, "la pava", clothes that caught fire, caustic soda, a cable), how
 * the skin is (blisters, "en carne viva", white or black), and the degree a nurse writes. The English rules weigh the
 * parts. What keeps a burn ordinary is read as such: a sunburn, burnt food, being burnt out at work, a first degree.
 */
/**
 * A burn's degree is read only just after a burn's word ("quemaduras de segundo grado"): "mi hijo de segundo grado" is
 * in second grade at school (review V21, 23:06).
 */
/**
 * What burned, told anywhere in the message: white, black or leathery skin is a deep burn's only beside it, never skin
 * white and wrinkled after a bath or a skin's colour (review V21, 23:45).
 */
const BESIDE_A_BURN = toldAnywhere(
  '(?<![\\p{L}])(?:quem\\p{L}*|fuego|incendi\\p{L}*|llamas|aceite|hirviendo|electrocut\\p{L}*|cable\\p{L}*|corriente|acido|caustic\\p{L}*|cohetes|cuetes|petardos|explosion|brasas|plancha|estufa)(?![\\p{L}])',
);

const BESIDE_A_BURN_WORD =
  '(?<=(?:quemadura|quemaduras|quemado|quemada|quemados|quemadas|escaldadura)(?: \\p{L}+){0,2} )';

const BURNS: ReadonlyArray<readonly [string, string]> = [
  // A sunburn and being burnt out are no burn for the rules (their "sunburn", "burnt out").
  [
    '(?:me |se |te |nos )?(?:queme|quemo|quemaste|quemamos|quemaron|quemad[oa]s?|quemadit[oa]s?|quemaduras?|ardid[oa]s?|insolad[oa]s?)(?: \\p{L}+){0,3}? (?:con|por|de|del|en|al) (?:el |la )?(?:sol|playa|alberca|piscina|pileta|bronceado|bronceador)(?![\\p{L}])|(?:quemaduras?|quemadita) (?:de|del|por el|por) sol',
    'sunburn',
  ],
  [
    '(?:estoy |ando |esta |anda |me siento )?(?:quemad[oa]|fundid[oa]|reventad[oa]) (?:del|de la|por el|por la|con el|con la|en el) (?:trabajo|chamba|jale|curro|laburo|oficina|escuela|uni|universidad|estres|jefe)',
    'burnt out',
  ],
  // Clothes or hair that caught fire.
  [
    'se (?:le |me |te )?(?:prendio|incendio|encendio|quemo|prendieron) (?:la ropa|la bata|el vestido|la camisa|la playera|el pelo|el cabello|la pijama|el pijama)|(?:agarro|cogio|prendio|tomo) fuego|se prendio (?:en )?fuego|en llamas',
    'caught fire',
  ],
  // What was tipped over someone: the pan, the pot, the kettle.
  ['encima(?! de)', 'over him'],
  ['sarten|paila|comal', 'pan'],
  ['cazo|cacerola|cazuela', 'saucepan'],
  ['pava|tetera|hervidor', 'kettle'],
  ['(?:el |del |con )?(?:te|mate|chocolate|atole) (?:hirviendo|hirviente|caliente|muy caliente)', 'boiling tea'],
  // The skin as a burn leaves it: raw, charred, or white (full thickness), and the degree a note writes.
  ['(?:en )?carne viva', 'raw skin'],
  [
    `(?:(?:la )?piel (?:se (?:ve|puso|volvio|quedo) |esta |quedo |toda )?(?:negra|carbonizada|chamuscada|acartonada|como cuero)|(?:la )?piel (?:se (?:ve|puso|volvio|quedo)|esta|quedo) (?:blanca|blanquecina|gris))(?![^.;]{0,40}(?:bano|banarse|alberca|piscina|agua|frio))${BESIDE_A_BURN}`,
    'the skin is charred',
  ],
  [`${BESIDE_A_BURN_WORD}(?:de )?(?:segundo|2 ?(?:o|do|º|°)?) grado`, 'blistering'],
  [`${BESIDE_A_BURN_WORD}(?:de )?(?:tercer|tercero|3 ?(?:o|er|ro|º|°)?) grado`, 'full-thickness'],
  [`${BESIDE_A_BURN_WORD}(?:de )?(?:primer|primero|1 ?(?:o|er|ro|º|°)?) grado`, 'superficial'],
  ['ampollitas?', 'a small blister'],
  // Spanish tells a size after the noun ('una ampolla pequeña', 'quemadura chiquita'): the English rules read 'small'
  // only before it, so a small blister from a curling iron read as 'a blister pequena' was a hand burn that
  // blistered (review M35). A small blister or burn is first aid (NHS 111: cool it, cover it).
  ['(?:una )?ampollas? (?:bien |muy )?(?:pequen\\p{L}*|chiquit\\p{L}*|chic[oa]s?|minuscul\\p{L}*)', 'a small blister'],
  [
    '(?:una )?quemaduras? (?:bien |muy )?(?:pequen\\p{L}*|chiquit\\p{L}*|chic[oa]s?|minuscul\\p{L}*|leves?|superficia\\p{L}*)',
    'a small burn',
  ],
  // A caustic splashed on the skin, face or eyes; washed off at once with nothing to see, it is first aid.
  [
    '(?:(?:le|me|se (?:le|me)) )?(?:salpico|salpicaron|cayo|cayeron|echo|echaron|tiro|tiraron|derramo|derramaron|avento|aventaron|broto)(?: encima)? (?:\\p{L}+ )?(?:acido|soda caustica|sosa caustica|lejia|cloro|amoniaco|destapacanos|cal viva|quimicos?|acido muriatico|salfuman)(?=[^.;]{0,40}(?:cara|ojos?|piel|quem|arde|ardiendo|brazo|mano|pierna|pecho|cuello|boca|cuerpo))(?![^.;]{0,60}(?:lav|no paso nada|poquito|un poco|nada mas))',
    'chemical splash on his skin',
  ],
  // A shock from a cable, a post or a high-voltage line (NHS: any high-voltage shock).
  [
    '(?:le dio|le pego|me dio|me pego|agarro|recibio|le cayo) (?:un |una )?(?:toque|choque|descarga|la corriente|corrientazo)(?: electric[oa])? (?:de|con|en|del) (?:un |el |la |una )?(?:cable|poste|alta tension|linea|cerca electrica|transformador|cables)|(?:toco|agarro|piso) (?:un |el |los )?cables? (?:pelados?|de (?:la )?luz|de alta)',
    'electric shock from the cable',
  ],
  ['cohetes|cuetes|petardos|pirotecnia|bombitas', 'fireworks'],
];

/**
 * Session 39 (T36): the other weak kinds read by their parts, as people in Mexico, the Caribbean, the River Plate and
 * Spain tell them. Breathing (Manchester: unable to speak in sentences, gasping): a sentence never finished, air that
 * will not come in. Shock: white as paper, a pulse barely found, the pressure fallen. Heat (NHS heat stroke): the heat
 * told as where it happened. The abdomen: a belly hard as stone, a late period with one-sided pain and a faint
 * (ectopic). The mind (NHS 111 crisis): out of one's mind, the devil speaking, a jump through a window. The eye: sight
 * gone after a blow, halos. The spinal cord (cauda equina): numb between the legs, both legs weakening. Bleeding:
 * towels soaked. Poisoning: a button battery swallowed, a dose given instead of another. An infant limp as a rag doll,
 * only moaning. Each has its look-alike held back: panting after a run, a pulse not found on a watch, sight without
 * one's glasses, a battery put in the mouth and taken out.
 */
/** Breath told anywhere in the message: a sentence left unfinished is breathlessness only beside it, not a stutter. */
const BREATH_TOLD = toldAnywhere(
  '(?<![\\p{L}])(?:aire|respir\\p{L}*|ahog\\p{L}*|jade\\p{L}*|asma|silb\\p{L}*|morad[oa]|azul)(?![\\p{L}])',
);

const OTHER_KINDS_BY_THEIR_PARTS: ReadonlyArray<readonly [string, string]> = [
  // A message that opens with "está" and a list of states tells of someone else ("está blanco como el papel, frío").
  [
    '(?<![^])(?:esta)(?= (?:muy )?(?:blanc|palid|frio|fria|helad|sudad|sudoros|agresiv|confundid|somnolient|desmayad|morad|azul|amarill|ardiendo)\\p{L}* ?(?:,| como))',
    'he is',
  ],
  // Breathing.
  [
    `no (?:(?:puede|puedo|pude|podia|alcanza a|alcanzo a|logra|logro) (?:ni )?(?:terminar|acabar|completar|decir)|(?:termina|termino|acaba|completa)(?=${BREATH_TOLD})) (?:una |la |las )?(?:frase|frases|oracion|oraciones)(?: (?:completa|completas|entera|enteras|seguida|seguidas))?`,
    'cannot finish a sentence',
  ],
  [
    'no (?:agarro|agarra|jalo|jala|me entra|le entra|alcanzo a agarrar|alcanza a agarrar) (?:el )?aire',
    'i cannot get air in',
  ],
  [
    'jadeando(?![^.;]{0,40}(?:correr|corri|subir|subi|ejercicio|gym|gimnasio|entrenar|escaleras|bailar|baile|futbol|partido))',
    'gasping for air',
  ],
  // Not even able to speak is breathlessness only beside breath: of a subject it is anger (review V21, 23:45).
  [`no (?:puedo|puede|podia|pudo) ni hablar(?! (?:de|del|sobre|con))(?=${BREATH_TOLD})`, 'cannot speak'],
  // Shock.
  ['(?:blanc[oa]|palid[oa]) como (?:el |un |una )?(?:papel|pared|hoja|fantasma|muerto)', 'white as paper'],
  [
    '(?:casi )?no (?:le )?(?:encuentro|siento|encontramos|sentimos|se (?:le )?siente) (?:el )?pulso(?![^.;]{0,40}(?:reloj|app|aplicacion|como se|para medir|medirlo|medirme))',
    'i can barely feel a pulse',
  ],
  ['(?:con )?(?:el |un )?pulso (?:muy )?(?:debil|debilito|debilucho|filiforme|casi no se siente)', 'with a weak pulse'],
  [
    '(?:le |me |se (?:le|me) )?(?:bajo|cayo) (?:mucho |muchisimo )?la presion(?: a)?(?= \\d)',
    'blood pressure dropped to',
  ],
  // Heat, told as where it happened.
  [
    '(?:con|en|por|bajo) (?:el|este|ese|tanto|pleno) (?:calor|calorón|calorazo|solazo|sol)(?![\\p{L}])|(?:al|bajo el|en pleno) sol(?![\\p{L}])',
    'in the heat',
  ],
  // The abdomen.
  [
    '(?:la tengo|la tiene|esta|se siente|se puso|la siento|se le puso|se me puso) (?:dura )?como (?:una )?(?:piedra|tabla)(?<=(?:panza|barriga|abdomen|vientre|estomago)[^]{0,60})',
    'belly rigid like a board',
  ],
  ['no (?:me )?(?:puedo|puede) ni mover(?:me|se)?', 'i cannot move'],
  [
    '(?:un )?retraso (?:de (?:la |mi )?regla|menstrual|de (?:la |mi )?menstruacion|de (?:mi )?periodo)',
    'my period is late',
  ],
  ['(?:de|en) un (?:solo )?lado', 'on one side'],
  // The mind.
  ['fuera de si', 'out of his mind'],
  [
    // God heard in prayer is comfort; heard commanding harm, or the devil or the dead speaking, a crisis (review V21, 23:45).
    '(?:el diablo|el demonio|los muertos|alguien que no existe|gente que no existe) (?:le |me )?(?:habla|hablan|dice|dicen|manda|ordena)|dios (?:le |me )?(?:dice|manda|ordena|pide) (?:que )?(?:se mate|me mate|mate|matar|haga dano|lastime|se tire|me tire|sacrifique|castigue)',
    'hears voices',
  ],
  [
    '(?:quiere|queria|va a|iba a|piensa|intenta|intento|amenaza con|amenazo con) (?:tirarse|aventarse|lanzarse|arrojarse|botarse) (?:por|de|desde|del|de la) (?:la |el |un |una )?(?:ventana|balcon|puente|edificio|techo|azotea|piso)(?![^.;]{0,40}(?:bungee|puenting|paracaidas|alberca|piscina|rio|mar|clavado|tirolesa|rapel))',
    'he wants to jump out of the window',
  ],
  [
    'no ha dormido (?:en|desde hace) (?:\\d+|dos|tres|cuatro|cinco|varios|varias|muchos|muchas) (?:dias|noches)|lleva (?:\\d+|dos|tres|cuatro|cinco|varios|varias) (?:dias|noches) sin dormir',
    'has not slept for days',
  ],
  ['(?:la|lo|me|nos) (?:van|quieren) a matar|(?:la|lo|me|nos) quieren matar', 'they are going to kill her'],
  // The eye.
  [
    'no (?:ve|veo|veia|vio|puede ver|puedo ver|pudo ver) nada(?! (?:sin|con) (?:mis |los |sus |las )?(?:lentes|gafas|anteojos|lentillas|lentes de contacto))(?! de (?:lejos|cerca))(?! en la oscuridad)|(?:perdio|perdi) la vista|(?:se quedo|me quede) ciego',
    'cannot see anything',
  ],
  ['veo halos|halos (?:alrededor de las|en las) luces', 'seeing halos'],
  [
    '(?:le |me )?(?:pegaron|pego|golpearon|golpeo|dieron|dio|aventaron|tiraron)(?: un \\p{L}+)?(?: con (?:una |un |el |la )?(?:piedra|pelota|balon|palo|puno|piedrazo|pelotazo|rama|botella|juguete|resortera|liga))? (?:en el|en los|al) ojos?',
    'got hit in the eye',
  ],
  ['(?<=ojo[^.;]{0,30})(?:lo tengo|esta|se puso|se le puso|se me puso) (?:muy )?roj[oa]', 'red eye'],
  ['(?:un )?dolor (?:fortisimo|fuertisimo|muy fuerte|horrible|tremendo|insoportable) en el ojo', 'severe eye pain'],
  // The spinal cord: numb where one sits, both legs weakening (cauda equina, metastatic cord compression).
  [
    '(?:adormecid[oa]s?|dormid[oa]s?|entumid[oa]s?|sin sensibilidad(?: en)?) (?:la zona (?:de )?entre las piernas|la entrepierna|las partes intimas|los genitales|la zona intima|el perine|las nalgas|los gluteos)|(?:la zona (?:de )?entre las piernas|la entrepierna|las partes intimas|la zona intima|el perine) (?:adormecid[oa]|dormid[oa]|entumid[oa]|sin sensibilidad)',
    'numb between the legs',
  ],
  [
    '(?:se (?:me|le) )?(?:estan )?(?:debilitando|debilitaron|aflojando|doblando|fallando) (?:las dos|ambas) piernas|(?:las dos|ambas) piernas (?:debiles|sin fuerza|flojas)',
    'both legs getting weak',
  ],
  ['(?:me |le )?duele (?:mucho )?(?:la columna|la espalda)|dolor (?:de|en la) (?:espalda|columna)', 'back pain'],
  [
    // A heavy period as always is a matter for a GP (NHS), not a bleed (review V21, 23:45).
    '(?<!(?:regla|periodo|menstruacion|menstrual)[^.;]{0,40})(?:le |me )?(?:sale|salia|esta saliendo|sangra) (?:mucha|muchisima|un monton de|bastante) sangre(?![^.;]{0,40}(?:como siempre|los primeros dias|cada mes|en la regla|con la regla|normal))',
    'a lot of blood is coming out',
  ],
  // Bleeding: towels soaked through.
  [
    '(?:ya )?(?:empapo|empape|empapamos|empaparon|ha empapado|hemos empapado|lleno|llenamos) (?:\\d+|dos|tres|cuatro|varias|muchas) (?:toallas|trapos|gasas|playeras|camisetas|toallitas|sabanas)',
    'soaked several towels',
  ],
  ['motosierra|sierra electrica|esmeriladora|pulidora', 'chainsaw'],
  // Poisoning: a button battery or a magnet swallowed, one dose given for another.
  [
    '(?:se )?(?:trago|trague|comio|tragaron)(?= (?:una |la |un |unas |dos |\\d+ )?(?:pila|pilas|bateria|pilita|iman|imanes|moneda))',
    'swallowed',
  ],
  // A question asked ahead of time ("si mi hijo se traga una pila, ¿qué hago?"): after "si" the present is the "if".
  ['(?<=(?<![\\p{L}])si (?:\\p{L}+ ){0,3})(?:se )?(?:traga|come|toma|bebe)(?![\\p{L}])', 'swallows'],
  ['(?:que|q) (?:hago|debo hacer|hacemos|le hago)(?= ?[?])', 'what do i do'],
  // A button battery only told swallowed or in the mouth: where to throw used ones away is a safety question (V21, 23:45).
  [
    '(?<=(?:trago|trague|tragaron|traga|tragado|comio|metio|boca|swallow\\p{L}*)[^.;?!]{0,30})(?:pila|pilita|bateria)s? (?:de boton|de reloj|redonda|plana|tipo moneda)|(?:pila|pilita|bateria)s? (?:de boton|de reloj|redonda|plana|tipo moneda)(?=[^.;?!]{0,30}(?:se (?:la|lo|las|los) trago|trago|tragado|tragada|en la boca))',
    'button battery',
  ],
  ['en (?:vez|lugar) de', 'instead of'],
  // An infant limp as a rag doll, only moaning.
  ['(?:como )?(?:un )?(?:muneco|muñeco)? ?de trapo', 'floppy like a rag doll'],
  ['(?:solo|nomas|nada mas) se queja|quejandose (?:todo el rato|sin parar)', 'only moaning'],
  ['no llora', 'not crying'],
  ['fortisimo|fuertisimo|fortisima|fuertisima', 'very severe'],
];

/**
 * Session 38 (T32): the clinician's write-up in Spanish (issue 11: "the third-person, clinician-style case write-up"),
 * read into the English clinical words the rules already read: "dolor torácico opresivo irradiado a brazo izquierdo,
 * diaforesis", "lumbalgia con anestesia en silla de montar y retención urinaria", "disnea, cianosis", "rigidez de
 * nuca, petequias". Its negations ("sin retención urinaria", "niega disnea") are read as the English reads them.
 */
const CLINICAL_NOTE: ReadonlyArray<readonly [string, string]> = [
  ['(?:paciente|pac|pte)(?: (?:masculino|femenino|varon|mujer|hombre))?(?= (?:de )?\\d)', 'patient'],
  ['dolor (?:toracico|precordial|retroesternal)', 'chest pain'],
  ['(?:tipo )?opresivo|en (?:cinturon|puno)', 'crushing'],
  ['(?:irradiad[oa]|que irradia|irradiandose|irradia) (?:a|al|hacia)(?: (?:el|la))?', 'radiating to the'],
  ['miembro superior izquierdo|msi|brazo izquierdo', 'left arm'],
  ['diaforesis|diaforetic[oa]', 'diaphoresis'],
  ['lumbalgia|lumbago', 'low back pain'],
  ['anestesia (?:en )?(?:silla de montar|en silla|perineal)|hipoestesia perineal', 'saddle anaesthesia'],
  ['retencion (?:urinaria|de orina)|globo vesical', 'urinary retention'],
  ['incontinencia (?:urinaria|fecal|de esfinteres|de orina)', 'urinary incontinence'],
  ['disnea', 'dyspnoea'],
  ['cianosis|cianotic[oa]', 'cyanosis'],
  ['taquicardi(?:a|co|ca)', 'tachycardia'],
  ['taquipnei?ic?[oa]|taquipnea', 'tachypnoea'],
  ['hipotension|hipotens[oa]', 'hypotension'],
  ['sincope', 'syncope'],
  ['rigidez de nuca|rigidez nucal', 'neck stiffness'],
  ['petequias', 'petechiae'],
  ['hematemesis', 'hematemesis'],
  ['melenas?', 'melena'],
  ['estridor', 'stridor'],
  ['tiraje(?: (?:intercostal|subcostal|universal))?', 'recession'],
  ['(?:edema de glotis|angioedema)', 'angioedema'],
  ['anafilaxia', 'anaphylaxis'],
  ['niega', 'denies'],
  // What keeps a note ordinary: pain brought on by pressing, a history, no symptoms now.
  [
    '(?:que )?(?:empeora|aumenta|se reproduce|reproducible) (?:a la|con la|en la) palpacion|(?:dolor )?(?:a la|con la|en la) palpacion',
    'that worsens on palpation',
  ],
  ['(?:tras|despues de|luego de) (?:el |ir al )?(?:gimnasio|gym|entrenar|entrenamiento)', 'after the gym'],
  // Session 53 (T84): a history denied is "no history of", as English tells it ("sin antecedente de epilepsia").
  // A clinical note's opening "sin antecedentes (personales) de interés" denies nothing the note goes on to tell.
  [
    '(?:sin|no tiene|no hay) antecedentes?(?: personales| medicos| conocidos)? (?:de )?(?:interes|importancia|relevancia|relevantes?)',
    'past history unremarkable',
  ],
  ['(?:sin|no tiene|no hay) antecedentes?(?: conocidos?)? de', 'no history of'],
  ['(?:con )?antecedentes? de', 'with history of'],
  ['asintomatic[oa]', 'no symptoms'],
];

/**
 * Issue 11, session 40 (T42): the weak kinds of KIND-FOCUS.md told in the plain words of Mexico, the Caribbean, the River
 * Plate and Spain, each read from its parts into the English the rules weigh. Breathing (NHS 111: air that will not go in,
 * an inhaler that does nothing); a collapse a bystander sees ("se cayó redondo": dropped like a stone, and does not get
 * up); a whole pack taken, with alcohol (poison centres); an infant's sunken fontanelle and dry nappies (NICE NG143's
 * dehydration signs); black stools (melaena); fluid from the nose after a knock (NICE head injury); pain that stops one
 * walking (NHS 111 abdominal pain).
 */
const NOT_BESIDE_WHAT_BLACKENS = toldNowhere('(?:hierro|fierro|ferroso|bismuto|pepto|meconio|morcilla|arandanos)');
const NOT_A_USUAL_PERIOD = toldNowhere('(?:regla|menstrua\\p{L}*|periodo|cada mes|como siempre)');

/** A baby told somewhere in the message, and no child of years: whom "not feeding" is a sign of (NICE NG143). */
const BESIDE_A_BABY = `${toldAnywhere('(?:bebe|bebito|bebita|nene|nena|recien nacid[oa]|\\d+ (?:dias|semanas|mes|meses))(?![\\p{L}])')}${toldNowhere('\\d+ anos')}`;

const KINDS_TOLD_PLAINLY: ReadonlyArray<readonly [string, string]> = [
  ['no (?:me|le|nos) (?:entra|llega|pasa) (?:el |nada de )?aire', 'cannot get air in'],
  [
    '(?:el |la |mi |su )?(?:inhalador|bombita|puff|salbutamol|ventolin)(?: de (?:rescate|asma))? no (?:me |le )?(?:hace nada|hizo nada|sirve|sirvio|funciona|funciono|ayuda|ayudo|hace efecto)',
    'the inhaler is not helping',
  ],
  // Only a person falls like this: "el dolor se fue de golpe" is a pain that went (review V22).
  [
    'se (?:cayo|desplomo|vino abajo) (?:redondo|redonda|de golpe|como (?:un )?costal)|se fue (?:redondo|redonda)',
    'he collapsed',
  ],
  // Not getting up after a fall, a collapse or a car: alone, "no se levanta temprano" is a late riser.
  [
    '(?<=(?:cay\\p{L}*|desmay\\p{L}*|desplom\\p{L}*|redond[oa]|piso|suelo|atropell\\p{L}*|arroll\\p{L}*|choc\\p{L}*|carro|coche|moto)[^.;!?]{0,40})(?<!hace (?:un|una|\\d+|dos|tres|unos|unas) (?:mes|meses|semanas?|anos?)[^.;!?]*)(?:y )?no se (?:levanta|para|puede levantar|puede parar|mueve)(?! sol[oa]| de la (?:silla|cama))',
    'and he cannot get up',
  ],
  [
    // A pack is the whole pack taken only after a verb of taking: bought or prescribed, it is a pack (review V22).
    '(?<=(?:tomo|tome|trago|trague|bebio|bebi|comio|tomaron|acabo|termino|zampo|empino|echo)(?: \\p{L}+)? )(?:el|la|un|una) (?:blister|caja|cajita|frasco|bote|tira|sobre|paquete|empaque) (?:entero|entera|complet[oa]) de',
    'the whole pack of',
  ],
  [
    // Session 58 (T109): a child's syrup drunk whole ("se tomo el jarabe completo"): TOXBASE's bottle taken at once.
    '(?<=(?:tomo|tome|trago|trague|bebio|bebi|comio|tomaron|acabo|termino|zampo|empino|echo)(?: \\p{L}+)? )(?:el|la) (?:blister|caja|cajita|frasco|bote|tira|paquete|jarabe) (?:entero|entera|complet[oa])(?![^.;!?]{0,40}(?:tratamiento|receta|como (?:le |me )?(?:dijo|indico)|en (?:\\d+|una|dos|tres|cinco|siete|diez) (?:dias|semanas?)))',
    'the whole pack',
  ],
  ['con (?:alcohol|cerveza|chelas|tequila|guaro|aguardiente|vodka|whisky)', 'with alcohol'],
  [
    '(?:la )?mollera (?:se (?:le )?ve |esta |la tiene |muy |se le )?(?:hundida|sumida|caida|metida|chupada)',
    "the baby's soft spot is sunken",
  ],
  // NICE NG143 asks for no wet nappy over many hours: two hours dry is no sign (review V22).
  [
    'no (?:ha|han|a) mojado(?: (?:el|los|ningun) panal(?:es)?)?(?![^.;!?]{0,40}(?:desde hace|hace|desde) (?:[1-7]|una|un|dos|tres|cuatro|cinco|seis|siete|unas|pocas) (?:horas?|hora|ratito|rato|minutos?))',
    'no wet nappies',
  ],
  [
    // Iron, bismuth and a newborn's meconium blacken the stool: no bleeding (review V22).
    `${NOT_BESIDE_WHAT_BLACKENS}(?:hago|hace|hizo|hice|sale|salio|tengo|tiene|hay) (?:el |la |un |una )?(?:popo|caca|heces|excremento|evacuacion(?:es)?|deposicion(?:es)?) (?:muy )?negr[oa]s?`,
    'black tarry stools',
  ],
  ['(?:negr[oa]s? )?como (?:chapopote|alquitran|brea|petroleo|asfalto)', 'like tar'],
  [
    `(?:le |me )?(?:sale|salio|esta saliendo|escurre|gotea) (?:un )?(?:liquido|agua|agüita) (?:por|de) (?:el oido|la oreja|la nariz)${BESIDE_A_KNOCK}`,
    'clear fluid from the nose',
  ],
  [
    // A period's pain as every month is the usual one (review V22).
    `${NOT_A_USUAL_PERIOD}dolor de (?:panza|barriga|estomago|vientre|guata|tripa) (?:horrible|insoportable|fortisimo|fuertisimo|tremendo|muy fuerte|espantoso)`,
    'severe abdominal pain',
  ],
  ['no (?:puedo|puede|podia) ni (?:caminar|pararme|pararse|moverme|moverse|enderezarme)', 'i cannot walk'],
  // A baby who will not take the breast or the bottle (NICE NG143: not feeding), and drowsy.
  [
    `${BESIDE_A_BABY}no (?:quiere|agarra|toma|acepta|jala) (?:el pecho|la teta|el biberon|la mamila|la mamadera|la pacha|la leche|comer)(?![^.;!?]{0,40}(?:porque|prefiere|pero (?:si|toma|come)|solo (?:toma|quiere)))`,
    'is not feeding',
  ],
  ['(?:muy|bien|demasiado) (?:dormidit[oa]|adormilad[oa]|somnolient[oa])', 'very drowsy'],
  // A dose told per day is a regimen: "toma 2 pastillas al día" takes, not took.
  [
    'toma(?= (?:\\d+|una|dos|tres) (?:pastillas?|tabletas?|capsulas?|pildoras?)[^.;!?]{0,40}(?:al dia|por dia|diarias?|cada dia|en la manana|en la noche))',
    'takes',
  ],
  ['al dia|por dia|cada dia', 'a day'],
  [
    '(?:lo|la|me) (?:atropello|atropellaron|arrollo|arrollaron|llevo de corbata)(?: (?:un|una|el|la))?',
    'he was hit by a',
  ],
];

/**
 * Session 57 (T103): findings the Spanish lists read only word by word, told as people write them (NICE NG217 and CKS
 * febrile seizure, NICE NG126 ectopic pregnancy, NICE NG133 pre-eclampsia, NICE NG232 head injury, NICE NG225):
 * - a second fit after the first, and not waking between or after them ("le vino otra", "no ha despertado", "le cuesta
 *   despertarse" told in the sentence after the fit), and a first one ("nunca le habia pasado"), read only beside a fit
 *   told in the message: a husband not yet up on a Sunday is not;
 * - a late period told as "un atraso de 6 semanas" and a clinician's "34 SDG", read as weeks pregnant; flashing lights
 *   ("fosfenos", "lucecitas") and a headache that "no cede", which beside a pregnancy are pre-eclampsia's;
 * - a clinician's "TCE" (a head injury);
 * - a letter left to one's children or family beside a plea for forgiveness or a goodbye: a letter of recommendation or
 *   one asked forgiveness for a quarrel is not.
 */
const A_FIT_TOLD = '(?:convuls|crisis|ataque|epilep|se puso (?:dur|rigid|ties)|temblaba)';
const FITS_PREGNANCY_AND_LETTERS_TOLD_PLAINLY: ReadonlyArray<readonly [string, string]> = [
  [
    `(?<=${A_FIT_TOLD}[^]{0,200})(?:le|me) (?:vino|dio|agarro|repitio) (?:otr[oa]|la segunda)(?! vez)`,
    'had another seizure',
  ],
  [
    `(?<=${A_FIT_TOLD}[^]{0,250})(?:(?:y )?(?:todavia |aun |aún )?no (?:ha|han) (?:despertado|reaccionado|vuelto en si)|sigue sin (?:despertar|reaccionar))`,
    'has not woken up',
  ],
  [
    `${toldNowhere('(?:colegio|escuela|mananas|alarma|despertador)')}(?<=${A_FIT_TOLD}[^]{0,200})(?:le|les) cuesta (?:mucho |trabajo )?despertar(?:se|la|lo)`,
    'is hard to wake',
  ],
  [`(?<=${A_FIT_TOLD}[^]{0,120})nunca (?:antes )?(?:le|me) (?:habia|ha) (?:pasado|dado)`, 'never happened before'],
  ['(?:tengo |llevo )?(?:un |una )?(?:atraso|retraso) de \\d{1,2} semanas', 'i am # weeks pregnant'],
  ['(?<![\\p{L}\\d])\\d{1,2} ?(?:sdg|semanas de gestacion)(?![\\p{L}])', '# weeks pregnant'],
  [
    '(?:que )?no (?:cede|se quita|se le quita|se me quita) (?:ni )?con (?:el )?(?:paracetamol|tylenol|ibuprofeno|pastillas)',
    'not relieved by paracetamol',
  ],
  ['fosfenos|(?:ve|veo|viendo) (?:lucecitas|luces|destellos|estrellitas|puntitos brillantes)', 'flashing lights'],
  ['(?<![\\p{L}])tce(?![\\p{L}])|traumatismo craneo\\p{L}*', 'head injury'],
  ['(?:me |le )?(?:duele|dolia|dolor (?:en|de)) (?:la )?punta del hombro', 'shoulder tip pain'],
  [
    `(?:ya )?(?:tengo|tiene) todo (?:listo|preparado)(?! (?:para|pa) (?:la|el|los|las|mi|su|ir|salir|manana|el viaje))${toldAnywhere('(?:soga|cuerda|pastillas|pildoras|veneno|pistola|navaja|cuchilla|carta)')}`,
    'it is all planned',
  ],
  ['hoy (?:en|por) la noche', 'tonight'],
  ['(?:me siento |estoy |siento que estoy )?a punto de desmayarme', 'about to faint'],
  [
    `(?:les |le )?(?:escribi|escribio|deje|dejo|he escrito|ha escrito|dejando|escribiendo) (?:una |esta )?carta (?:de despedida )?(?:para|a) (?:mis|sus|toda mi|toda su|mi (?:familia|esposa|esposo|mama|papa|hija|hijo|novia|novio))${toldAnywhere('(?:perdon\\p{L}* por todo|adios|ya no (?:aguanto|puedo)|morir|no quiero vivir|cuiden (?:a|de))')}`,
    'i leave a goodbye letter to my',
  ],
];

/** Spanish, typed with or without its accents (folded: "respiración" is read as "respiracion"). */
/**
 * Session 63 (T140): red flags told in the everyday Spanish of the regions that the phrases below read only in other
 * shapes: one who faints and "no vuelve en sí" (NHS 111), an "ataque" told with what a fit shows (Mexican and Andean
 * usage; NICE CG137), blood that runs "como grifo" or "como canilla" (NICE NG39), a mouth "de lado" and a voice that
 * "no le sale" (FAST), a knock followed by not knowing anyone (NICE NG232), a goodbye letter written beside not being
 * here tomorrow (NICE NG225). An attack of laughter, panic or coughing names its kind; a letter for a job names none of
 * these.
 */
const PLAIN_RED_FLAGS_SESSION_63: ReadonlyArray<readonly [string, string]> = [
  ['(?:y )?(?:no|sin) (?:vuelve|volver|volvia|ha vuelto|regresa) en si', 'and is not waking up'],
  [
    `(?:le|me|te) (?:agarro|dio|da|vino|pego|esta dando|dan) (?:un |otro )?ataque(?! (?:de|al|cardiac\\p{L}*))${toldAnywhere('(?:tieso|tiesa|baba|espuma|temblando|tiembla|sacud\\p{L}*|ojos en blanco|ojos volteados|convuls\\p{L}*|mordio la lengua|mordiendo la lengua)')}`,
    'he is having a seizure',
  ],
  [
    '(?:la )?sangre (?:le |me )?(?:sale|salia|brota|corre|chorrea) (?:como (?:de )?(?:un |una )?|a )(?:grifo|canilla|llave|manguera|chorro|fuente)',
    'blood spurting',
  ],
  ['(?:la )?boca (?:de lado|ladeada|hacia un lado|para un lado|pa un lado|virada|volteada)', 'face drooping'],
  // A collapse told in the words of the Caribbean and of Spain ("le dio un patatús"); one "de risa" is a fit of laughing.
  ['(?:le|me|te) (?:dio|ha dado|da) un (?:patatus|soponcio|telele|chungo)(?! de (?:risa|nervios))', 'collapsed'],
  // Spain's words for a heavy bleed and for ending one's life ("sangra un montón", "quitarme de en medio").
  // A nosebleed, a period or the gums, and a bleed that stopped at once, are told beside it.
  [
    `(?:sangra|sangrando|echa sangre|echando sangre|sale sangre|pierde sangre) (?:un monton|a mares|a montones|mogollon)${toldNowhere('(?:nariz|regla|menstrua\\p{L}*|encias|ya paro|para enseguida|paro enseguida|se paro|se detuvo)')}`,
    'bleeding heavily',
  ],
  ['(?:quitar|quitarme|quitarse) de en medio', 'i want to kill myself'],
  ['no (?:le|me) (?:sale|salen|salia) (?:la voz|las palabras|el habla)', 'cannot speak properly'],
  [
    'no (?:conoce|reconoce) (?:a nadie|a su familia|a sus hijos|a su esposa|a su mama)',
    'is confused and does not recognise anyone',
  ],
  [
    `(?:ya )?(?:escribi|deje|termine|le deje) (?:la|una|mi) carta(?! (?:de|para) (?!despedida))(?! de despedida (?:para|a) (?:(?:mi|su|tu|el|la|los|las|un|una|nuestr\\p{L}*) )?(?:compañer|companer|colega|jefe|jefa|profe|maestr|vecin)\\p{L}*)(?![^.?!]*jubila)${toldAnywhere('(?:no (?:voy|vamos) a estar(?! en )|ya no (?:estare|voy a estar)(?! en )|no me van a ver|adios|despedi\\p{L}*)')}`,
    'wrote a goodbye note',
  ],
];

export const SPANISH: LanguageLexicon = {
  language: 'Spanish',
  script: 'latin',
  respelled: spanishNumberWordsAsDigits,
  functionWords: SPANISH_FUNCTION_WORDS,
  markers: [
    ...SPANISH_NUMBER_MARKERS,
    // Function words of any Spanish sentence, for a message that names no finding or person in Spanish (issue 11).
    'los',
    'las',
    'una',
    'cuales',
    'sintomas',
    'dicen',
    'que',
    'esta',
    'estoy',
    'tiene',
    'tengo',
    'tuvo',
    'puede',
    'puedo',
    'pero',
    'muy',
    'mucho',
    'mucha',
    'desde',
    'hace',
    'porque',
    'hijo',
    'hija',
    'esposo',
    'esposa',
    'marido',
    'abuela',
    'abuelo',
    'dolor',
    'pecho',
    'respirar',
    'respira',
    'duele',
    'fiebre',
    'sangre',
    'cabeza',
    'brazo',
    'ayuda',
    'ayer',
    'ahora',
    'despierta',
    'sangrado',
    'embarazada',
    'pastillas',
    'puedes',
    'hago',
    'cuando',
    'tambien',
    'todas',
    'estaba',
    'vomito',
    'vomitando',
    'mareado',
    'mareada',
    'ahogo',
    'morir',
    'quiero',
    'hermano',
    'hermana',
    'senora',
    // Session 38 (T32): "dice que se va a pegar un tiro", "me tome todo el frasco".
    'dice',
    'tome',
    'frasco',
    // Session 40 (T42): Spanish and Portuguese alike, so a marker of each ('sangra mucho', 'no me entra el aire').
    'sangrar',
    'sangra',
    'aire',
    // ... and a bystander's words for someone found down ('encontre a mi papa tirado en el piso y no responde').
    'tirado',
    'tirada',
    'piso',
    'responde',
    // Session 41 (T44): a side, a strength, a suddenness no other language spells so, for a short message.
    'repente',
    'fuerza',
    'derecho',
    'derecha',
    'izquierdo',
    'izquierda',
    'siente',
    'perdio',
    // Session 46 (T59): everyday words Portuguese spells otherwise, which tell the two apart where both are marked
    // (other-language-reading.ts, `mostMarked`).
    'cosas',
    'empezo',
    'ella',
    'hoy',
    'entonces',
    'eso',
    'media',
    // Session 63 (T140): a length told with "lleva", "así", and a child's mouth ("se metió a la boca una pila de botón");
    // Spain's "un montón", "se ha hecho", "el chiquillo", "el lavavajillas" and the Caribbean "patatús".
    'monton',
    'hecho',
    'chiquillo',
    'lavavajillas',
    'patatus',
    'lleva',
    'llevo',
    'asi',
    'metio',
    'boton',
  ],
  ownWords: [
    // Session 57 (T103): a clinician's short note of a fall on a thinner ("anticoagulado ... caida ... TCE").
    'anticoagulado',
    'anticoagulada',
    'caida',
    ...SPANISH_INTENT_AND_CRISIS.ownWords,
    ...SPANISH_SELF_HARM_AND_POISONING.ownWords,
    // Session 55 (T92): a wish told with "ojalá", which no other language spells so ("ojala no despertar nunca mas").
    'ojala',
    // Breadth (issue 11, T25): words no English message writes, for a message told in a few of them.
    // Session 54 (T87): a leg, a knee, glass and a towel soaked, for a short bleed told in a few of them ("se corto la
    // pierna con un vidrio y no para de sangrar" tied Spanish and Italian on their shared short words and was read in none).
    'pierna',
    'piernas',
    'rodilla',
    'vidrio',
    'toalla',
    'punalada',
    'apunalaron',
    'decaido',
    'decaida',
    'anticongelante',
    'paralizo',
    'fuente',
    'reviento',
    'chingo',
    'cloro',
    'venas',
    'insulina',
    'inyecte',
    'dosis',
    'chocamos',
    'carretera',
    'velocidad',
    'alberca',
    'mollera',
    'quejido',
    'atraganto',
    'atragantando',
    'ahogando',
    'desmayo',
    'desmayado',
    'desmayada',
    'convulsiona',
    // Named in an eye injury told in a few words (issue 11).
    'ojo',
    'clavo',
    'cabezazo',
    'dieron',
    'entendemos',
    'fumigando',
    'babeando',
    'deja',
    'aunque',
    'herida',
    'chorros',
    'hincho',
    'hinchando',
    'camarones',
    'ampollas',
    'hirviendo',
    'durmio',
    'adormecio',
    'tirar',
    'puente',
    'confundido',
    'confundida',
    'desvanecio',
    'desmayo',
    'reacciona',
    'convulsionando',
    'sangre',
    'sangrando',
    'golpeo',
    'lejia',
    'hirviendo',
    'tieso',
    'borbotones',
    'glucosa',
    'panza',
    'pastillas',
    'vomitar',
    'quemo',
    'avispa',
    'abeja',
    'hinchando',
    'privo',
    'ahorita',
    'pecho',
    'dolor',
    'respira',
    'costillas',
    'desmayar',
    'cuello',
    'garganta',
    'embarazo',
    'fiebre',
    'pecho',
    'desmayo',
    'embarazada',
    'pastillas',
    'matarme',
    'suicidarme',
    'morirme',
    'morados',
    'despierta',
    'duele',
    'dolor',
    'calentura',
    'mareado',
    'mareada',
    'hijo',
    'hija',
    'abuela',
    'abuelo',
    'ahogo',
    'hinchada',
    'hinchado',
    'convulsiona',
    'tiene',
    'puede',
    'esta',
    'estoy',
    'tengo',
    // Spanish, never Portuguese or Italian ("posso", "falar", "sento", "coisas", "jogando", "caiu"): a sudden speech
    // loss told in these words alone ("de repente no puedo hablar bien") was read in no language at all.
    'puedo',
    'pude',
    'hablar',
    'siento',
    'cosas',
    'jugando',
    'juega',
    'cayo',
    // Session 37 (T28): a young baby's fever, seizures and venom told in words of their own.
    'recien',
    'nacido',
    'nacida',
    'dormilon',
    'semanitas',
    'desperto',
    'alacran',
    'escorpion',
    'vibora',
    'despedida',
    // Session 38 (T32): words of intent, harm and quantity told in a short message with few others ("me queme el
    // brazo con un cigarro a proposito", "me hice daño", "ideación suicida", "mañana ya no voy a estar").
    'queme',
    'hice',
    'ideacion',
    'manana',
    'adrede',
    'autolesiona',
    'autolesiones',
    // ... and of the other kinds ("se le hincharon los labios", "se tomo 2 cajas", "se puso azul y dejo de respirar").
    'hincharon',
    'inyeccion',
    'cajas',
    'jarabe',
    'puso',
    'dejo',
    'humo',
    'nieto',
    'nieta',
    'trago',
    'toracico',
    'lumbalgia',
    'disnea',
    'diaforesis',
    'sincope',
    'asintomatico',
    'asintomatica',
    // Session 39 (T36): a burn told in a note or a few words ("quemaduras de segundo grado en cara y manos").
    'quemaduras',
    'quemadura',
    'escaldado',
    // ... and intent told in a note or by a relative ("intento autolítico por ingesta de ...", "se despide de todos").
    'autolitico',
    'autolitica',
    'autolisis',
    'ingesta',
    'despide',
    'despidio',
    'aguanto',
    // ... and of the other kinds ("le salpicó ácido", "no ha dormido en 4 noches").
    'salpico',
    'salpicaron',
    'noches',
    // Session 40 (T42): a finding's own words in a short message ('el inhalador no me hace nada', 'lo atropello').
    'inhalador',
    'desplomo',
    'entero',
    'entera',
    'empape',
    'toallas',
    // Session 58 (T109): a finger, a soaking and a spurt told in a short bleed ("se rebano el dedo con la maquina y no para
    // el sangrado, ya empapo todo"), whose other words English or Italian share.
    'dedo',
    'empapo',
    'empapado',
    'empapada',
    'empapando',
    'borbotones',
    'chorros',
    'atropello',
    'atropellaron',
    'atropellado',
    ...SPANISH_FINDINGS.ownWords,
  ],
  // "fiebre no tengo, dolor de pecho tampoco": no fever, no chest pain either.
  negationAfter:
    '(?:no (?:tengo|tiene|tenia|tuvo|hay|hubo|he tenido|ha tenido)|tampoco(?: (?:tengo|tiene|hay))?)(?= ?(?:[,.!?;]|$|(?:pero|y|solo|ni|nada)(?![\\p{L}])))',
  phrases: [
    ...PLAIN_RED_FLAGS_SESSION_63,
    ...SPANISH_INFANT_JABS,
    ...SPANISH_CLIMBING,
    ...SPANISH_CHEST_PAIN_PRESSED,
    ...SPANISH_CHOKING_OBJECT_TOLD_OUT,
    ...SPANISH_TAKEN_AS_PRESCRIBED,
    ...SPANISH_DIGOXIN,
    ...SPANISH_PILLS_TOLD_BY_THEIR_COUNT,
    ...SPANISH_FITS_TOLD_BY_THEIR_LENGTH,
    ...SPANISH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...FITS_PREGNANCY_AND_LETTERS_TOLD_PLAINLY,
    ...SPANISH_BREATH_BLOOD_AND_HIVES,
    ...SPANISH_BREATH_TOLD_BY_WHAT_IS_SEEN,
    ...SPANISH_TONGUE_AND_THROAT_AFTER_AN_ALLERGEN,
    ...SPANISH_PREPARATIONS,
    ...SPANISH_PRESSURE_FAILING,
    ...INTENT_IN_OTHER_REGISTERS,
    ...INTENT_AND_SELF_HARM,
    ...SPANISH_SEIZURE_NEVER_BEFORE_AND_WAKING,
    ...SPANISH_WISH_AND_JUMP_TOLD_APART,
    ...SPANISH_INTENT_AND_CRISIS.phrases,
    ...SPANISH_SELF_HARM_AND_POISONING.phrases,
    ...SPANISH_A_PET_HANDED_ON,
    ...SPANISH_PILLS_SAVED_AND_READY,
    ...SPANISH_BLOOD_JETTING_AND_A_CLOTH_SOAKED,
    ...SPANISH_CLEAR_FLUID_AFTER_A_KNOCK,
    ...SPANISH_COUNT_OF_A_NAMED_MEDICINE,
    ...SPANISH_BLEEDING_IN_PREGNANCY,
    ...SPANISH_STROKE_AND_LIMB,
    ...SPANISH_HEAD_KNOCK_AND_WAKING,
    ...SPANISH_SEIZURES_FLIGHT_AND_FAREWELL,
    ...SPANISH_MEANS_TAKEN_ALL,
    ...SPANISH_TABLETS_TOLD_MISSING,
    ...SPANISH_SADDLE_AND_BLADDER,
    ...SPANISH_GESTATION,
    ...SPANISH_GLASS_TEST,
    ...SPANISH_CHEST_PRESSURE,
    ...SPANISH_WEIGHT_BORNE,
    ...OTHER_WEAK_KINDS,
    ...BURNS,
    ...OTHER_KINDS_BY_THEIR_PARTS,
    ...CLINICAL_NOTE,
    ...KINDS_TOLD_PLAINLY,
    // Issue 11, session 37 (T28): kinds a review found missed or misread across the European lexicons.
    // A grade told before a tiredness word is a child a bit run down, not a lethargic one (NICE NG143 puts only
    // "no response to social cues, wakes only with prolonged stimulation" in red): "un poco decaído por el resfriado".
    [
      '(?:un poco|un poquito|un poquitin|algo|medio|un tanto|ligeramente) (?:decaid[oa]|aguadit[oa]|caidit[oa]|bajonead[oa]|apagadit[oa]|desganad[oa]|cansad[oa])',
      'a bit tired',
    ],
    // A squeal in play is no cry: the high-pitched cry of NICE's red list is an ill child's cry.
    [
      '(?:da |pega |hace )?(?:un |unos )?(?:grito|gritos|gritito|grititos|chillido|chillidos|chillidito) (?:muy )?agud[oa]s?(?= (?:\\p{L}+ ){0,2}(?:cuando juega|jugando|al jugar|de alegria|de emocion|cuando se rie|cuando esta content[oa]|de felicidad))',
      'squeals',
    ],
    // Lips or a tongue coloured by what was eaten or drawn on them are a stain, not cyanosis: told with the food.
    [
      '(?:los |sus |mis )?(?:labios|boca|lengua) (?:morad[oa]s|moraditos|azules|azulitos|negros|verdes) (?:de|por|del|de la|de las|de los) (?:paleta|paletas|uva|uvas|moras?|betabel|dulces?|chicles?|colorante|jugo|vino|arandanos|helado|nieve|pintura|plumon|marcador|gelatina|mora azul|raspado|cherry|frambuesa)',
      'lips stained from',
    ],
    // "Mi jefa" is a mother in Mexican slang and a boss at work: told beside work, the boss.
    [
      'mi jefa(?= (?:[^.,;!?]* )?(?:trabajo|oficina|chamba|jale|empresa|junta|turno|reunion|clientes?|sueldo)(?![\\p{L}]))',
      'my boss',
    ],
    // A baby's age told in days or weeks, the way parents write it (NICE NG143: any fever under 3 months is red).
    [
      '(?<=(?:bebe|bebito|bebita|nino|nina|nene|nena|hijo|hija|nieto|nieta|nacid[oa]|chiquit[oa]|criatura|chamac[oa]|baby) (?:tiene |de |con |ya tiene |apenas tiene |que tiene )?)(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince) (?:semanitas|semanas)(?: de nacid[oa]| de vida| de edad)?',
      'is # weeks old',
    ],
    [
      '(?<=(?:bebe|bebito|bebita|nino|nina|nene|nena|hijo|hija|nieto|nieta|nacid[oa]|chiquit[oa]|criatura|chamac[oa]|baby) (?:tiene |de |con |ya tiene |apenas tiene |que tiene )?)(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince) (?:diitas|dias)(?: de nacid[oa]| de vida| de edad)?',
      '# days old',
    ],
    ['(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince) semanitas', 'is # weeks old'],
    ['(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince) diitas', '# days old'],
    // Born so many days or weeks ago: the baby's age told by the birth.
    [
      '(?:nacio|nacieron|naci|lo tuve|la tuve) hace (?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince) (?:semanas|semanitas|dias)',
      'was born # weeks ago',
    ],
    // Intent told plainly: the act named by its verb alone, a note left.
    // "Va a matarme" is someone else's anger, "matarme de hambre / estudiando" an idiom of overdoing.
    [
      '(?<!va a )(?:(?:para|voy a|pienso|quiero|me voy a) )?matarme(?! (?:de (?:hambre|risa|sed|frio|calor|cansancio|trabajo)|estudiando|trabajando|entrenando|en el gym|si))',
      'to kill myself',
    ],
    [
      '(?:le |les )?(?:deje|escribi|dejo) (?:una |unas )?(?:nota|notas|notita|recado|mensaje)(?= (?:\\p{L}+ ){0,2}(?:a |para )?(?:mi|mis) (?:mama|papa|familia|hijos|hijas|esposa|esposo|novia|novio))',
      'i left a note for',
    ],
    ['(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince) dias de (?:nacid[oa]|vida)', '# days old'],
    // "Dar (el) pecho" is breastfeeding, not the chest.
    ['(?:dar|darle|dando|doy|le doy) (?:el )?pecho', 'breastfeed'],
    // The writer's own fever beside a baby is the mother's, not the baby's (a breastfeeding question).
    [
      '(?:yo )?tengo (?:(?:3[89]|4[01])(?:[.,]\\d)? (?:de |grados de )?)?(?:fiebre|calentura)(?: de (?:3[89]|4[01])(?:[.,]\\d)?)?(?=[\\s\\S]{0,150}(?:bebe|recien nacid|lactante))',
      'i am unwell myself',
    ],
    // A reading of 36-37.9 told after the fever word is a normal temperature (NICE NG143 grades by the reading); under 36
    // is left alone: a newborn below 36 is a red flag too (NICE NG51, WHO IMCI).
    ['(?:fiebre|calentura|temperatura|temp) (?:de |en |a )?(?:3[67])(?:[.,]\\d)?(?![\\d])', 'a temperature of 37'],
    // A reading told as a bare number after "con", "tiene", "marca": 38,5 is a temperature, as 101 °F is.
    [
      `${NOT_AFTER_WATER_OR_A_ROOM}(?:con|tiene|tuvo|marca|marco|marcaba|llego a|subio a|de) (?:3[89]|4[01])(?:[.,]\\d)?${NOT_BEFORE_A_LENGTH_OR_WEIGHT}(?: ?(?:grados|°c?|c)(?![\\p{L}]))?(?! (?:semanas|dias|anos|años|meses|kilos|kg|horas|minutos|veces|pastillas))`,
      'a temperature of #',
    ],
    ['(?:10[0-5])(?:[.,]\\d)? ?(?:°f|f|grados f|fahrenheit)(?![\\p{L}])', 'a temperature of 38'],
    // Seizures that run into each other with no waking between are status epilepticus (NICE NG217), whatever the
    // person's history.
    [
      '(?:y )?(?:no|sin) (?:se )?(?:desperto|despertar|despierta|ha despertado|volvio en si|volver en si|recupero el conocimiento|recuperarse|reacciono|reaccionar) (?:entre|en medio de) (?:una y otra|uno y otro|las dos|los dos|ellas|ellos|convulsiones|crisis|ataques)(?<=(?:convuls|crisis|ataque|epilep|espasm)[\\s\\S]{0,250})',
      'did not wake up between them',
    ],
    // Meningism told by a parent (NICE NG143): the neck hurts to bend the head, the light cannot be borne.
    [
      '(?:le |me )?duele (?:el cuello|la nuca) (?:al|cuando|si) (?:bajar|baja|agachar|agacha|doblar|dobla|inclinar|inclina|mover|mueve) (?:la cabeza|el cuello|la barbilla)(?: (?:hacia|para) (?:adelante|abajo|el pecho))?',
      'her neck hurts when she bends her head forward',
    ],
    ['no (?:aguanta|soporta|tolera|resiste) (?:la luz|la claridad)', 'cannot stand the light'],
    // Venom (poison centres of Mexico and Spain): a scorpion or a snake, told by the animal and the bite.
    [
      '(?<!(?:perr\\p{L}*|gat[oa]|gatit\\p{L}*|caballo|vaca|mascota|cabra|oveja) (?:\\p{L}+ )?)(?:me|le|lo|la|nos|les) (?:pico|ha picado|picaron|mordio|ha mordido|mordieron) (?:un |una |el |la )?(?:alacran|escorpion)|(?:un |el )?(?:alacran|escorpion) (?:me|le|lo|la) (?:pico|ha picado|mordio)|picadura de (?:alacran|escorpion)|picad[oa] (?:por|de) (?:un )?(?:alacran|escorpion)',
      'stung by a scorpion',
    ],
    [
      '(?<!(?:perr\\p{L}*|gat[oa]|gatit\\p{L}*|caballo|vaca|mascota|cabra|oveja) (?:\\p{L}+ )?)(?:me|le|lo|la|nos|les) (?:pico|ha picado|mordio|ha mordido|mordieron) (?:un |una |el |la )?(?:vibora|serpiente|culebra|cascabel|coralillo|nauyaca|cobra)|(?:una |la )?(?:vibora|serpiente|culebra|cascabel|coralillo|nauyaca) (?:me|le|lo|la) (?:pico|mordio|ha mordido)|mordid[oa] (?:por|de) (?:una )?(?:vibora|serpiente|culebra|cascabel)',
      'bitten by a snake',
    ],
    [
      '(?:(?:una )?carta de despedida|(?:unas )?cartas de despedida|(?:me )?(?:despedi|estoy despidiendo|me despido) de (?:todos|mi familia|mis hijos))(?![^.!?]{0,80}(?:coleg|companer|colleg|kolleg|коллег|сотрудник|squadra|equip|team|mannschaft|verein|druzyn|zespol|takim|ekip|jubil|retrait|pension|rente|пенси|emekli|trabajo|travail|lavoro|job|arbeit|работ|trabalho|praca|pracy|firm|escuela|ecole|scuola|schule|szkol|школ|okul|boda|mariage|matrimonio|hochzeit|wesel|свадьб|dugun))',
      'a goodbye letter',
    ],
    // Breadth, third pass (issue 11, T25): a night out in the cold (hypothermia), mottled
    // skin and a child "decaído", a stab wound, pain that will not let one stand straight.
    [
      'se (?:quedo|quedaron|paso|durmio) (?:afuera|fuera|en la calle|a la intemperie|tirad[oa](?: afuera)?)(?: toda la noche| toda la madrugada)?',
      'stayed outside all night',
    ],
    ['(?:la )?piel (?:manchada|moteada|marmoleada|jaspeada)', 'mottled skin'],
    ['(?:muy )?(?:decaid[oa]|aguadit[oa])', 'very lethargic'],
    [
      '(?:me |le |lo |la )?(?:dieron|dio|metieron) (?:una )?(?:punalada|cuchillada|navajazo)|(?:lo |la |me )?(?:apunalaron|acuchillaron|picaron con un cuchillo)|apunalad[oa]',
      'stabbed',
    ],
    ['(?:en )?el lado (?:derecho|de la derecha)', 'in the right side'],
    ['no (?:se )?(?:puede|pudo|podia) (?:enderezar|enderezarse|parar derech[oa]|estirar)', 'cannot stand up straight'],
    // Breadth, second pass (issue 11, T25): slang and regional words (Mexican "mi jefa", "un chingo de"), speech and
    // cries told by how they sound, intent told as taking one's life, a first or repeated seizure, a fall from a
    // height, bleeding "por abajo", waters broken "a los 7 meses".
    ['mi (?:jefa|jefita|jefecita)', 'my mother'],
    [
      '(?:se (?:echo|empino|metio|zampo|trago|tomo|aviento) )?(?:un chingo|un monton|una bola|un punado|un puno|un chorro|un vergo|un friego|una caja|un frasco|un bote|un blister|una tira|toda la caja|todo el frasco|todo el bote|una botella|un vaso|un trago) de(?= (?:pastillas|pildoras|medicinas|tabletas|capsulas|grageas|anticongelante|veneno|cloro|lejia|gasolina|insecticida|raticida))',
      'took a whole box of',
    ],
    [
      '(?:habla|hablando|hablaba|esta hablando) (?:muy )?(?:raro|rarito|extrano|trabado|arrastrado|como borracho|incoherente)(?! (?:todavia|aun|desde siempre))|(?:se le traba|se le enreda|arrastra) la lengua',
      'slurred speech',
    ],
    [
      '(?:un )?(?:llanto|grito|chillido|lloro) (?:muy )?(?:agudo|raro|chillon|extrano)|(?:llora|grita|chilla) (?:muy )?(?:agudo|chillando|como chillido|raro|extrano)',
      'high-pitched cry',
    ],
    [
      '(?:estoy |esta |ando )?(?:pensando en|pienso en|piensa en|penso en|con ganas de|tengo ganas de|quiero|quiere|voy a|va a) (?:quitarme|quitarse|quitar) la vida',
      'i am thinking about killing myself',
    ],
    ['(?:quitarme|quitarse) la vida', 'killing myself'],
    ['(?:su |mi |la |una )?primera (?:convulsion|crisis|convulsion de su vida)', 'first ever seizure'],
    // "No es la primera vez" tells a recurrence; a seizure "por primera vez" is a first one.
    ['(?:no es|no era|ya no es) la primera vez', 'it is not the first time'],
    ['(?:convulsion|convulsiones|convulsiono|convulsiona|una crisis|ataques) por primera vez', 'first ever seizure'],
    ['(?:una|uno) (?:tras|detras de|despues de) (?:otra|otro)', 'one after another'],
    [
      '(?:se (?:le|me) )?paraliz(?:o|a|ado|ada) (?:la mitad de la|media|un lado de la|el lado de la|la) cara|(?:media|la mitad de la) cara (?:paralizada|dormida|caida|chueca|torcida)',
      'face drooping on one side',
    ],
    [
      'se (?:cayo|cae|callo|ha caido|habia caido) (?:de|desde) (?:la |el |un |una )?(?:azotea|techo|tejado|escalera|balcon|segundo piso|tercer piso|arbol|andamio|ventana|barda)(?![^.;]{0,25}\\b(?:un|uno|dos|tres|2|3|primer|ultimo|pocos) (?:escalon|escalones|peldano|peldanos))',
      'fell from the roof',
    ],
    // A chest tight from coughing, and breathing told as fine: the cough's own soreness, not a heart's pressure.
    ['(?:de|por) (?:tanta tos|tanto toser|la tos)', 'from coughing'],
    ['(?<!no )(?:respiro|respira|respiramos) bien', 'breathes fine'],
    // Bleeding told with how much ("sangro mucho"): "sangro" alone may tell a habit or a past ("no es la primera vez
    // que sangro"). Bleeding "por abajo" told right after the bleeding; "a los 7 meses" is a pregnancy's month only
    // after waters broken (elsewhere it is a child's age: "a los 3 meses tuvo ...").
    ['sangro (?:mucho|muchisimo|bastante|a chorros|sin parar)', 'i am bleeding heavily'],
    [
      '(?<=sangr\\p{L}* (?:mucho |bastante |muchisimo )?)(?:por|de) (?:abajo|ahi abajo)|(?:por|de) (?:la vagina|mis partes|sus partes)',
      'vaginally',
    ],
    [
      'se (?:me|le) (?:rompio|reviento|revento|rompe|salio|fue) (?:la fuente|la bolsa|la fuentecita) (?:a los|con) \\d+ meses',
      'my waters broke at # months pregnant',
    ],
    [
      'se (?:me|le) (?:rompio|reviento|revento|rompe|salio|fue) (?:la fuente|la bolsa|la fuentecita)',
      'my waters broke',
    ],
    // Breadth (issue 11, T25): the parts of a finding told by writers the rules were not written from, each a
    // verb in its tenses or a body part with its state, so that combinations nobody listed are read as well.
    // Choking on something (airway): "se está ahogando con un pedazo de carne", "se atragantó con una uva".
    [
      '(?:se (?:esta |estaba )?)?(?:ahoga(?:ndo|ndose|ba)?|atragant(?:a|ando|andose|aba)) con(?! (?:este|el|tanto|tanta|esta) (?:calor|bochorno))',
      'he is choking on',
    ],
    [
      '(?:se (?:ha )?)?(?:ahogo|atraganto|ahogado|atragantado|atragantada) con(?! (?:este|el|tanto|tanta|esta) (?:calor|bochorno))',
      'he choked on',
    ],
    // Wrists or arms cut, whoever tells it ("me corté las venas", "se cortó las muñecas"): read before "me corté" (cut).
    [
      '(?:me |se )?(?:corte|corto|cortaba|he cortado|ha cortado|estoy cortando|esta cortando|cortando|(?:voy|va|vas) a cortar|quiero cortar(?:me)?|cortarme|cortarse)(?: las| los| mis| sus)? (?:venas|munecas|brazos)(?! con (?:las |unas |el |un |una )?(?:ramas?|espinas?|rosal|zarzas?|arbusto|alambre))',
      'i cut my wrists',
    ],
    // Sight lost, whatever the tense: "no veo nada del ojo izquierdo", "dejó de ver", "perdió la vista".
    [
      'no (?:veo|ve|vi|vio|veia|puedo ver|puede ver|pude ver|podia ver)(?: nada| nadita)?(?= (?:del|de un|de mi|de su|de este|por el|por un) ojo)|(?:deje|dejo|ha dejado|he dejado) de ver|perd(?:i|io|ido) la vista',
      'cannot see anything',
    ],
    // Blood coughed up, any tense and person: "tose sangre", "tosió sangre", "tosiendo con sangre".
    ['tos(?:e|o|i|io|ia|iendo|er|ido)? (?:con |puro |pura )?sangre', 'coughing up blood'],
    // "De/por/en la mañana" is this morning, not "mañana" (tomorrow) told alone. Only "desde" tells an onset that runs
    // on ("since"); "en/por la mañana" dates what happened ("vomitó 2 veces en la mañana"), read as the time it was
    // (session 63, T142).
    ['desde la manana', 'since this morning'],
    ['(?:en|por) la manana', 'this morning'],
    // An infant grunting or moaning with each breath (Schmitt-Thompson, NHS 111 infant red flags).
    [
      '(?:hace|hacia|esta haciendo|hacen) (?:un |unos )?(?:quejidos?|quejiditos?|gemidos?|pujidos?)|(?:se queja|quejandose|gime|gimiendo|pujando) (?:al respirar|cuando respira|cada vez que respira)',
      'is grunting',
    ],
    [
      '(?:la )?mollera (?:esta |se ve |la tiene |muy )?(?:abultada|hinchada|inflamada|levantada|salida|abombada|tensa|brotada|saltada)',
      'bulging fontanelle',
    ],
    ['dur[oa] como (?:una |la )?(?:piedra|roca|tabla|palo)', 'rigid like a board'],
    // A crash at speed told by whoever was in it: "chocamos", "nos chocaron", "volcó el carro".
    [
      '(?:chocamos|chocaron|choque|nos chocaron|lo chocaron|la chocaron|lo atropellaron|la atropellaron|me atropellaron|volco|volcamos|se volco)',
      'crashed',
    ],
    [
      '(?:a |con )?(?:alta|mucha|gran) velocidad|(?:a |como a )?\\d+ (?:km|kilometros|millas)(?: por hora)?',
      'at high speed',
    ],
    [
      '(?:no se mueve|ya no se mueve|no se movia|no se ha movido|no se mueve nada)(?! de (?:lugar|sitio))',
      'does not move',
    ],
    // Hallucinations after alcohol is stopped (withdrawal): "ve cosas que no están", "ve bichos".
    [
      '(?:ve|veia|esta viendo|ven) (?:cosas|bichos|animales|gente|personas)(?: que no (?:estan|existen|hay))?|alucina\\p{L}*',
      'sees things that are not there',
    ],
    // Insulin given twice or too much (Schmitt-Thompson diabetes: insulin error).
    [
      '(?:me |se |le )?(?:inyecte|inyecto|puse|puso|aplique|aplico|pinche|pincho) (?:doble|dos veces|el doble(?: de)?|de mas)(?: (?:la )?dosis)?(?: de)?',
      'injected a double dose of',
    ],
    ['por (?:error|equivocacion|accidente)|sin querer', 'by mistake'],
    // Heat stroke, hypothermia and an electrical injury told plainly (Manchester 'unwell adult', NHS 111 environmental).
    // Nonsense told of a child at play is make-believe, unless a warning sign is told beside it.
    [
      `${NOT_BEFORE_A_WARNING_SIGN}(?:dice|habla|decia|hablando|diciendo) (?:cosas sin sentido|disparates|tonterias)(?= (?:cuando|mientras) (?:juega|jugaba|esta jugando|juegan|jugando))${NOT_AFTER_A_WARNING_SIGN}`,
      'makes up stories',
    ],
    ['(?:dice|habla|decia|hablando|diciendo) (?:cosas sin sentido|incoherencias|disparates)', 'talking nonsense'],
    ['esta manana', 'this morning'],
    ['con mucho calor|en pleno sol|golpe de calor|insolacion', 'in the heat'],
    ['(?:esta )?(?:ardiendo|hirviendo)', 'his body is burning hot'],
    ['(?:esta )?helad[oa]', 'ice cold'],
    ['ya no tiembla', 'no longer shivering'],
    ['muy dormid[oa]', 'drowsy'],
    ['casi no habla', 'barely talking'],
    ['descarga electrica|electrocut\\p{L}*|(?:le dio|le pego|le agarro) (?:la )?corriente', 'electric shock'],
    ['quemaduras negras|marcas de quemadura', 'burn marks'],
    ['(?:el )?corazon (?:le )?late (?:raro|irregular|desordenado|a destiempo)', 'heartbeat is irregular'],
    // A rash that does not fade under a glass, and testicle pain (meningococcal sepsis, torsion: NHS 111, NICE).
    [
      '(?:puntitos|puntos|manchitas|manchas|ronchitas|ronchas) (?:morad[oa]s|morad[oa]s oscur[oa]s|como moretones)',
      'purple spots',
    ],
    [
      'vaso (?:\\p{L}+ ){0,6}no se (?:borran|quitan|van|blanquean|aclaran|desaparecen)|no se (?:borran|quitan|van|blanquean|aclaran|desaparecen) (?:con|bajo|al poner) (?:el|un) vaso',
      'rash does not fade under a glass',
    ],
    ['dolor (?:\\p{L}+ ){0,2}(?:en el|en un|del) (?:testiculo|huevo)', 'testicle pain'],
    // Alcohol withdrawal with shaking and seeing things (delirium tremens; NHS 111, Manchester 'behaving strangely').
    ['(?:dejo|paro) de (?:tomar|beber)', 'stopped drinking'],
    // Session 50 (T75): the writer's own shaking told beside fear or nerves is trembling with nerves, not a seizure or
    // withdrawal: one who writes it is awake ("me da miedo, me tiembla todo"). Never where drinking stopped, things seen,
    // sweating or a fit are told (withdrawal, review V32).
    [
      `${toldNowhere('(?:beb|de tomar|tomaba|alcohol|trago|bichos|veo cosas|voces|sud|convuls|ataque|desmay|no responde)')}(?:(?<=(?:miedo|nervios|nerviosa|nervioso|ansiedad|panico|susto)[^.;]{0,60})me (?:tiembla|esta temblando) (?:todo|toda|el cuerpo|todo el cuerpo)|me (?:tiembla|esta temblando) (?:todo|toda|el cuerpo|todo el cuerpo)(?=[^.;]{0,40}(?:miedo|nervios|ansiedad|panico|susto)))`,
      'i am trembling with nerves',
    ],
    ['(?:esta )?(?:tiembla|temblando) (?:todo|toda|entero|entera|de pies a cabeza)', 'shaking all over'],
    // Session 60 (T121): rigors told as shaking that will not stop (NICE NG51 sepsis), read as the English tell them.
    ['no (?:para|paraba|deja|dejaba|puede dejar) de (?:temblar|tiritar|temblequear)', 'cannot stop shaking'],
    ['ve (?:bichos|animales|aranas|insectos|ratas)', 'seeing bugs on the walls'],
    // Someone out of their mind with a weapon (NHS 111 mental health crisis: a risk to others now).
    [
      '(?:agarro|tomo|cogio|saco|se robo) (?:un|el|una|la) (?:cuchillo|machete|navaja|pistola|arma|tijeras)(?! (?:para|pa) (?:cortar|pelar|picar))',
      'grabbed a knife',
    ],
    [
      '(?:amenaza|amenazando|esta amenazando) a (?:\\p{L}+ ){0,3}con (?:un|el|una|la) (?:cuchillo|machete|navaja|pistola|arma|tijeras)',
      'is threatening everyone with a knife',
    ],
    ['(?:lo|la|me|nos) (?:quieren|quiere|van a) (?:matar|envenenar)', 'they want to kill him'],
    // A throat that closes with nerves, fear or emotion, told before or after it: a lump in the throat, not anaphylaxis.
    [
      '(?<=(?:nervios[oa]?|ansios[oa]|ansiedad|estres|estresad[oa]|panico|miedo|emocion|llorar)[^.,;!?]{0,40})(?:se me|se le) (?:cierra|esta cerrando|hace un nudo en) la garganta|(?:se me|se le) (?:cierra|esta cerrando|hace un nudo en) la garganta(?=[^.,;!?]{0,40}(?:nervios|ansiedad|ansios|miedo|emocion|estres|panico|llanto|llorar))',
      'a lump in my throat',
    ],
    // Diabetic ketoacidosis, a young baby grunting, a finger nearly off, cauda equina, something in the eye (issue 11).
    [
      '(?:el )?aliento (?:le |me )?(?:huele|sabe) a (?:frutas?|manzana|acetona|quitaesmalte)|aliento (?:afrutado|a frutas?|a acetona)',
      'breath smells fruity',
    ],
    ['(?:respira|respirando) (?:muy )?(?:hondo|profundo)', 'breathing deep and fast'],
    ['(?:gime|quejandose|se queja|gimiendo) (?:en|con) cada respiracion', 'grunting with every breath'],
    ['casi (?:cortado|arrancado|amputado|desprendido)', 'nearly cut off'],
    ['cuelga de (?:un )?(?:poco|pedacito|hilo) de piel', 'hanging by skin'],
    [
      '(?:la zona |el area )?(?:entre las piernas|de la entrepierna|de las partes intimas|del trasero) (?:dormida|adormecida|entumida|sin sensibilidad)|no siento (?:nada )?(?:entre las piernas|al limpiarme|las nalgas)',
      'numb between the legs',
    ],
    ['no (?:puedo|puede|podia) (?:orinar|hacer pis|hacer pipi)', 'cannot pee'],
    // A turn from what is always so to something new: "lo de siempre, pero esta vez ..." (issue 11 review).
    ['esta vez|por primera vez', 'this time'],
    ['me (?:agarro|dio|vino|empezo) (?:estando )?sentad[oa]|estando sentad[oa]', 'it came on at rest'],
    ['empapad[oa] en sudor frio', 'drenched in cold sweat'],
    // Session 53 (T84): a pain told as not going to the arm, jaw or back ("no se me va al brazo") is the spread denied (NICE
    // CG95), not a pain that will not go away.
    [
      'no se (?:me |le )?(?:va|corre|pasa|extiende|irradia) (?:al|a la|a los|a las|hacia el|hacia la|para el|para la) (?:brazo|brazos|quijada|mandibula|espalda|cuello|hombro|mano)(?: ni (?:al|a la|a los|a las|hacia el|hacia la) (?:brazo|brazos|quijada|mandibula|espalda|cuello|hombro|mano))*',
      'no radiation to the arm',
    ],
    ['no se (?:me |le )?(?:quita|pasa|va)(?: con nada)?', 'it will not go away'],
    // A chemical or something driven into the eye (development-19, issue 11).
    [
      '(?:cal(?: viva)?|lejia|cloro|acido|soda caustica|amoniaco|destapacanos|quimico)(?: \\p{L}+){0,2} (?:en el|en los|en su|en mi|al) ojos?',
      'chemical in the eye',
    ],
    [
      '(?:se me|se le|se) (?:clavo|metio|enterro|incrusto) (?:un|una) (?:\\p{L}+ ){0,3}(?:en el|en su|en mi) ojo',
      'a piece of metal flew into the eye',
    ],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    ['(?:le dieron|se dio|recibio) (?:un )?cabezazo|se (?:golpeo|pego|dio) (?:en )?la cabeza', 'hit his head'],
    ['vomito (?:dos|tres|cuatro|varias|muchas|\\d+) veces', 'vomited several times'],
    [
      '(?:todavia|aun) no (?:siento|he sentido|senti) (?:al |el |a mi )?bebe(?: moverse| mover| que se mueva)?',
      'have not felt the baby move yet',
    ],
    [
      '(?:el |mi )?bebe (?:dejo de moverse|ya no se mueve|no se ha movido)|(?:ya )?no siento (?:al |el |a mi )?bebe moverse',
      'the baby stopped moving',
    ],
    ['(?:igual|lo mismo) que siempre|como siempre|lo de siempre', 'the same as always, nothing new'],
    ['no quiere mamar|no agarra el pecho', 'not feeding'],
    ['(?:esta )?(?:muy )?(?:aguadito|aguadita|aguado|aguada)(?: como (?:un )?trapito)?', 'floppy'],
    [
      '(?:todavia|aun) habla (?:enredado|enredada|enredao|mocho|mocha|trabado|trabada)|habla (?:enredado|enredada|enredao|mocho|mocha|trabado|trabada) (?:todavia|aun)',
      'still talks as a small child does',
    ],
    ['habla (?:como )?(?:enredad[oa]|enredao|trabad[oa]|trabao)', 'slurred speech'],
    [
      '(?:dice que |dijo que |que )?se va a (?:matar|suicidar|colgar|ahorcar|tirar (?:del|de un|de la|por la|al) (?:puente|edificio|techo|azotea|balcon|ventana|metro|tren))',
      'he says he will kill himself tonight',
    ],
    [
      'tengo (?:el|un|la) (?:veneno|raticida|insecticida|herbicida|matarratas|veneno de las vacas)(?: [a-z]+){0,5} (?:y )?(?:esta noche|hoy|ahorita|ahora) me lo (?:tomo|voy a tomar|bebo)',
      'i have the poison ready, i will kill myself tonight',
    ],
    [
      'no (?:le |se le |te )?(?:entendemos|entiendo|entiende|entienden) (?:lo que (?:habla|dice)|nada de lo que dice|cuando habla)|dice palabras que no (?:son|existen|tienen sentido)',
      'speech makes no sense',
    ],
    [
      '(?:convulsiona|convulsionando|con convulsiones) (?:desde )?hace (?:rato|un rato|mucho)',
      'seizing for more than five minutes',
    ],
    ['(?:un )?peso en (?:el )?(?:medio del |centro del )?pecho|(?:el )?pecho (?:pesado|apretado)', 'chest pressure'],
    [
      'se (?:le |me |te )?hunde el pecho(?: entre las costillas)?(?: y casi no (?:habla|puede hablar))?',
      'chest sucking in between the ribs and barely talking',
    ],
    [
      '(?:estaba |estuvo )?(?:fumigando|echando veneno|aplicando (?:veneno|insecticida|pesticida))(?: [a-z]+){0,3} sin (?:mascarilla|proteccion|cubrebocas)',
      'sprayed pesticide without a mask',
    ],
    ['(?:esta )?(?:babea|babeando)', 'drooling'],
    [
      '(?:el |del |con )?(?:agua|cafe|aceite|leche|sopa|caldo) (?:hirviendo|hirviente|caliente|muy caliente)',
      'scalded with boiling water',
    ],
    [
      '(?:lleva|llevan|llevamos|va|van|ya va|ya lleva)(?: ya)? (?:mas de |como |unos |unas |casi |ya )?(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|media) (?:minutos|min|mins) (?:convulsionando|con (?:las )?convulsiones|con (?:el )?ataque|temblando|sacudiendose|con la crisis)',
      'seizing for more than five minutes',
    ],
    // Session 58 (T109): ... and with the gerund told before the time ("lleva convulsionando mas de 5 minutos"; NICE CG137:
    // a fit of five minutes is status).
    [
      '(?:lleva|llevan|ya lleva|sigue|esta)(?: ya)? (?:convulsionando|con (?:las )?convulsiones|con (?:el )?ataque|con la crisis) (?:ya )?(?:mas de |como |unos |unas |casi |ya |por |durante )?(?:\\d+|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|media) (?:minutos|min|mins)',
      'seizing for more than five minutes',
    ],
    [
      '(?:tiene |le dan |le esta dando |esta con |sigue con |esta )?(?:convulsiones|convulsionando|convulsiona|una convulsion|un ataque epileptico|ataques|una crisis epileptica) (?:desde hace|hace|desde|por|durante|ya) (?:mas de |como |unos |unas |casi |ya )?(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|media) (?:minutos|min|mins)',
      'seizing for more than five minutes',
    ],
    [
      'no (?:para|deja|dejo|paraba|dejaba) de sangrar|(?:la )?sangre no (?:para|se detiene|se para|se corta|deja de salir|para de salir)|no (?:puedo|podemos|logro|logramos) (?:parar|detener|cortar) (?:la sangre|el sangrado|la hemorragia)|(?:la herida |el corte )?sangra a chorros|(?:sale|salia|brota) (?:mucha )?sangre a chorros',
      'the bleeding will not stop',
    ],
    [
      '(?:esta noche|hoy|manana|ya) me (?:mato|voy a matar)|me voy a (?:matar|suicidar|colgar|ahorcar|tirar (?:del|de un|de la|por la|al) (?:puente|edificio|techo|azotea|balcon|ventana|metro|tren))|me (?:tiro|aviento|lanzo) (?:del|de un|de la|por la|al) (?:puente|edificio|techo|azotea|balcon|ventana|metro|tren)',
      'i will kill myself tonight',
    ],
    [
      '(?:tengo|ya tengo|compre|prepare|consegui) (?:la|una) (?:soga|cuerda) (?:lista|preparada|para (?:colgarme|ahorcarme))',
      'i have the rope ready, i will kill myself',
    ],
    [
      '(?:junte|guarde|ahorre|he juntado|he guardado|tengo guardadas|tengo juntadas|ya tengo) (?:todas )?(?:las |mis )?(?:pastillas|pildoras|medicinas|tabletas) (?:para (?:tomarmelas|tomarlas) (?:todas|hoy|esta noche)|para matarme|para acabar con todo)',
      'i have saved up the pills to take them all tonight',
    ],
    [
      '(?:comio|comi|comimos|comiste|se comio|me comi|despues de comer|tras comer|al comer) (?:un |unos |unas |una |algo de |de )?(?:cacahuates?|cacahuetes?|manies|mani|nueces|nuez|almendras|camarones|camaron|mariscos|gambas|pescado|huevo|kiwi|sesamo|ajonjoli)',
      'ate peanuts',
    ],
    [
      // Closing is its own finding (anaphylaxis told alone), not a swelling that needs a food beside it.
      'se (?:me|le|te) (?:esta cerrando|cerro|cierra) la garganta|(?:la )?garganta se (?:me |le |te )?(?:esta )?(?:cerrando|cerro|cierra)',
      'throat is closing',
    ],
    [
      'se (?:me|le|te) (?:hincho|esta hinchando|hincha|inflamo|esta inflamando) la garganta|(?:la )?garganta se (?:me |le )?(?:esta )?(?:hinchando|hincho)',
      'throat swelling',
    ],
    [
      'se (?:me|le|te) (?:hincho|esta hinchando|hincha|inflamo|esta inflamando) la lengua|(?:la )?lengua (?:hinchada|se (?:me |le )?(?:hincho|esta hinchando))',
      'tongue swelling',
    ],
    ['(?:ampollas|ampolla) (?:grandes|enormes|muy grandes|gigantes)|(?:grandes|enormes) ampollas', 'big blisters'],
    [
      'si (?:algun dia|alguna vez|un dia|en algun momento|por si algun dia)(?: (?:me|le|te) (?:da|diera|dan|llega a dar)| tengo| tuviera| siento| sintiera| me duele| llego a tener)?|en caso de que (?:algun dia )?(?:me )?(?:de|tenga|sienta)',
      'if i ever get',
    ],
    ['que (?:le |les )?(?:pasa|pasaria|sucede|ocurre) (?:al|a la|a los|con el|con la)', 'what happens to the'],
    // Registers and verb forms beyond the plain ones (Latin-American and European, colloquial, past and third person).
    [
      '(?:se (?:le|me) )?(?:durmio|adormecio|entumio|entumecio|paralizo) (?:medio cuerpo|la mitad del cuerpo|un lado(?: del cuerpo)?|la mitad de la cara)',
      'numb on one side',
    ],
    [
      'habla (?:raro|rara|chistoso|chistosa|enredado|enredada|arrastrado|arrastrada|mocho|trabado|trabada|como borracho|como borracha)|arrastra las palabras|se le traba la lengua|no se le entiende (?:nada|lo que dice)',
      'slurred speech',
    ],
    ['se (?:le|me) cae la baba', 'drooling'],
    [
      'no (?:puede|pudo|puedo|consigue) (?:levantar|mover|alzar) (?:el|un|la|su) (?:brazo|mano|pierna)',
      'cannot lift one arm',
    ],
    ['perdio el (?:conocimiento|sentido)', 'fainted and lost consciousness'],
    [
      '(?:le|me) (?:dio|esta dando) (?:un )?(?:ataque|ataques)(?! de)|(?:le|me) (?:dio|esta dando) (?:una |unas )?convulsion(?:es)?|sigue convulsionando|(?:esta|sigue) (?:temblando|sacudiendose) (?:todo|entero)',
      'he is having a seizure',
    ],
    [
      '(?:se|me) (?:trago|tomo|bebio|comio|tome|trague) (?:un monton de|muchas|todas las|todas sus|un punado de|varias|una caja (?:entera )?de|el frasco de|un frasco (?:entero )?de|un blister de|quien sabe cuantas|no se cuantas) (?:pastillas|pildoras|tabletas|capsulas|grageas)',
      'took all the pills',
    ],
    [
      '(?:se )?(?:bebio|tomo|trago|tomo|bebe) (?:la |el |un poco de |de la |del )?(?:lejia|cloro|veneno|matarratas|raticida|insecticida|gasolina|queroseno|destapacanos|soda caustica|sosa caustica|anticongelante|aguarras|thinner|salfuman)',
      'drank bleach',
    ],
    [
      'me voy a (?:tirar|aventar|lanzar|arrojar) (?:del|de un|desde el|desde un|por la|de la) (?:puente|edificio|balcon|ventana|techo|azotea|piso)',
      'i am going to jump off the bridge',
    ],
    ['(?:estoy|esta) (?:embarazada )?de (?:\\d+|cinco|seis|siete|ocho|nueve) (?:meses|mes)', 'pregnant # months'],
    [
      '(?:estoy|esta|sigue) sangrando (?:un monton|muchisimo|mucho|bastante|a chorros|sin parar)|sangra (?:un monton|muchisimo|mucho|sin parar)',
      'bleeding heavily and it will not stop',
    ],
    [
      '(?<=(?:bebe|bebito|bebita|nino|nina|hijo|hija|nieto|nieta|sobrino|sobrina) )de (?:un|1) mes(?: de nacid[oa])?',
      '1 month old',
    ],
    [
      '(?<=(?:bebe|bebito|bebita|nino|nina|hijo|hija|nieto|nieta|sobrino|sobrina) )de (?:\\d+|dos|tres|cuatro|cinco|seis) semanas(?: de nacid[oa])?',
      '# weeks old',
    ],
    [
      'se (?:golpeo|pego|dio un golpe|dio un golpazo|dio un madrazo|dio un porrazo) (?:en )?(?:la|en la) cabeza|se pego en la cabeza',
      'hit his head',
    ],
    [
      'no (?:para|deja) de vomitar|vomita (?:y vomita|una y otra vez|cada rato|sin parar)|ha vomitado (?:varias|muchas) veces',
      'keeps vomiting',
    ],
    ['agua hirviendo|aceite hirviendo|aceite caliente', 'boiling water'],
    ['(?:cuello|nuca) (?:rigid[oa]|ties[oa]|dur[oa]|entiesad[oa])', 'stiff neck'],
    ['(?:sangre )?a borbotones|a chorro', 'blood spurting'],
    [
      '(?:un )?dolor (?:horrible |muy fuerte |fuertisimo |tremendo |insoportable )?en (?:los|un|el) (?:huevos|testiculos|testiculo|huevo|escroto)|(?:le|me) duele(?:n)? (?:mucho )?(?:los|un|el) (?:huevos|testiculos|testiculo|huevo)',
      'sudden severe testicle pain',
    ],
    [
      '(?:la )?(?:glucosa|azucar|glicemia|glucemia)(?: en la sangre)?(?: (?:en|de|a|esta en|marca))? (?:\\d+)',
      'blood sugar #',
    ],
    ['(?:la )?(?:glucosa|azucar|glicemia|glucemia)(?: en la sangre)?', 'blood sugar'],
    ['(?:se )?(?:quemo|quemaron|escaldo|escaldaron|quemado|quemada) con', 'burned with'],
    ['tod[oa] (?:el|la|los|las)', 'the whole'],
    ['se (?:le )?(?:privo|desplomo|desvanece|desmaya)', 'fainted'],
    [
      '(?:la )?(?:panza|barriga|abdomen|vientre) (?:dur[oa] )?(?:como una tabla|como (?:una )?piedra)',
      'belly rigid like a board',
    ],
    ['cada vez que|siempre que|todas las veces que', 'every time'],
    ['va y viene|viene y va', 'comes and goes'],
    // Questions and hypotheticals first: what follows them is asked, not told.
    ['(?:que|como) (?:hago|hacemos|debo hacer|se hace|hay que hacer) (?:si|cuando|en caso de)', 'what do i do if'],
    ['que (?:pasa|pasaria|sucede) si', 'what happens if'],
    ['cuales son (?:los )?(?:sintomas|signos) de', 'what are the symptoms of'],
    ['(?:sintomas|signos) de', 'symptoms of'],
    ['en caso de', 'in case of'],
    ['y si', 'what if'],
    // "si" (if) and "y" (and) are read before a word of the language only: "si" and "y" are English chat too.
    ['si(?= (?:tiene|tengo|tuviera|le|me|mi|el|la|hay|es|esta|no|su|se|alguien|un|una|mi)(?![\\p{L}]))', 'if'],
    [
      'y(?= (?:tiene|tengo|esta|estoy|no|se|le|me|mi|el|la|los|las|su|sus|un|una|ahora|luego|despues|hoy)(?![\\p{L}]))',
      'and',
    ],
    ['a veces|de vez en cuando', 'sometimes'],
    ['un poco|un poquito', 'a little'],
    ['siempre', 'always'],
    ['como (?:se|saber|puedo saber) si', 'how do i know if'],
    ['(?:cuando|si) (?:lo |la |me )?(?:aprieto|toco|presiono|apriete)', 'when i press on it'],
    ['desde que (?:hice|hago|levante|cargue)', 'since i did'],
    ['(?:no|nunca) me habia pasado', 'never had this before'],
    ['(?:puedo|podemos) esperar', 'can i wait'],
    ['se (?:le )?pasa solo', 'will it pass by itself'],
    ['no se (?:si|que|cuantas|cuantos)', 'i do not know'],
    // "Bien" before an adjective is its degree ("está bien pálido": very pale, everyday-words), not "fine" (session 43).
    [
      '(?:estoy|esta|me siento|se siente) bien(?! (?:\\p{L}+(?:ad|id)[oa]s?|ties[oa]s?|dur[oa]s?|caliente|fri[oa]s?|helad[oa]s?|palid[oa]s?|rar[oa]s?|flojit[oa]s?|morad[oa]s?|amarill[oa]s?|gris|azul|roj[oa]s?|fuerte|mal|malit[oa]|feo|fea)(?![\\p{L}]))',
      'is fine',
    ],
    ['(?:al|cuando) (?:correr|corro|camino|caminar)', 'when i run'],
    ['(?:por|de) la nariz', 'through my nose'],
    ['(?:resfriado|resfrio|catarro|gripe)', 'a cold'],
    ['(?:tapad[oa]|congestionad[oa])', 'blocked'],
    [
      '(?:me )?(?:quiero |voy a )?(?:morir|morirme|muero|muriendo)(?: \\p{L}+)? de (?:la )?(?:verguenza|miedo|risa|hambre|sueno|calor|frio|ganas|aburrimiento|pena|cansancio)',
      'feel embarrassed',
    ],
    ['es normal', 'is it normal'],
    // Time: a course told before or after the finding.
    ['desde hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias) (?:minutos?|min)', 'for # minutes'],
    ['desde hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias) (?:horas?)', 'for hours'],
    ['desde hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias) (?:dias?)', 'for days'],
    ['desde hace (?:\\d+|un|una|unos|unas|dos|tres|varias|varios) (?:semanas?)', 'for weeks'],
    ['desde hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias) (?:mes|meses)', 'for months'],
    ['desde hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias) (?:anos?)', 'for years'],
    ['hace (?:\\d+|un|una|unos|unas|dos|tres|cinco|diez|veinte|quince) (?:minutos?|min)', 'minutes ago'],
    ['hace (?:\\d+|un|una|unos|unas|dos|tres|media) (?:horas?)', 'an hour ago'],
    ['hace (?:\\d+|un|una|unos|unas|dos|tres|varios) (?:dias?)', 'days ago'],
    // Weeks and months told with a number keep it (session 43, T53): a birth or a fall "hace 5 semanas" is five weeks ago.
    ['hace (?:\\d+) semanas?', '# weeks ago'],
    ['hace (?:\\d+) (?:mes|meses)', '# months ago'],
    ['hace (?:un|una|unos|unas|dos|tres|varias) (?:semanas?)', 'weeks ago'],
    ['hace (?:un|una|unos|unas|dos|tres|varios) (?:mes|meses)', 'months ago'],
    ['hace (?:\\d+|un|una|unos|unas|dos|tres|muchos|varios) (?:anos?)', 'years ago'],
    ['hace (?:un )?rato', 'a little while ago'],
    ['hace (?:muchos |varios )?anos', 'years ago'],
    ['el ano pasado', 'last year'],
    ['el mes pasado', 'last month'],
    ['la semana pasada', 'last week'],
    ['(?:de|cuando era) (?:nino|nina|pequeno|pequena|chico|chica)', 'as a child'],
    ['de repente|de golpe|repentinamente|subitamente', 'suddenly'],
    ['ahora mismo|en este momento', 'right now'],
    ['ya (?:se le )?(?:paso|se fue|se quito)', 'it has passed'],
    ['ya (?:esta|estoy) bien|ya se siente bien', 'is fine now'],
    ['(?:cuando|al) (?:toso|tosa|toser)', 'when i cough'],
    ['(?:cuando|al) (?:respiro hondo|respirar hondo|respiro profundo)', 'when i take a deep breath'],
    ['(?:cuando|al) (?:subo|subir) (?:las )?escaleras', 'when i climb stairs'],
    ['(?:cuando|al) (?:hago|hacer) ejercicio', 'when i exercise'],
    // Findings told in other words than the plain ones below.
    ['en reposo', 'at rest'],
    ['(?:se le |se me )?hunden las costillas|se le marcan las costillas', 'ribs sucking in with each breath'],
    ['respira (?:rapido|rapidito) y (?:luego |despues )?(?:lento|despacio)', 'breathing fast then slow'],
    ['(?:respira|respirando) (?:muy )?(?:rapido|rapidito|agitado)', 'breathing very fast'],
    ['come bien', 'feeding well'],
    ['(?:esta )?rosit[oa]|(?:esta )?rosad[oa]', 'is pink'],
    ['(?:respira|respirando) (?:hondo|profundo) y rapido', 'deep fast breathing'],
    [
      '(?:hace )?pausas (?:al|en la|para) respira(?:r|cion)|deja de respirar (?:a ratos|ratitos)',
      'pauses in her breathing',
    ],
    ['(?:se pone|se puso|esta) gris', 'turning grey'],
    ['alrededor de la boca', 'around the mouth'],
    ['(?:sale|sale la sangre|brota|brota la sangre) a chorros|la sangre sale a chorros', 'blood spurting'],
    ['no (?:para|paraba|se detiene|se para)(?! de)', 'it will not stop'],
    ['ver doble|veo doble|ve doble', 'double vision'],
    ['me voy de lado|se va de lado', 'veering to one side'],
    ['(?:me|le) cuesta (?:mucho )?(?:tragar|pasar saliva)', 'difficulty swallowing'],
    ['(?:la )?garganta cerrada', 'throat closing'],
    ['(?:me|le) pico una (?:abeja|avispa)', 'stung by a bee'],
    ['no quiere (?:comer|mamar|tomar (?:el )?pecho|tomar leche)', 'not feeding'],
    ['(?:casi )?no moja (?:el )?panal(?:es)?', 'no wet nappies'],
    ['no llora con fuerza|llanto debil', 'weak cry'],
    ['(?:le )?empezo otra|(?:le )?dio otra', 'another seizure started'],
    ['sin que (?:despertara|despierte|reaccionara)', 'without waking up in between'],
    ['(?:\\d+|dos|tres) semanas de embarazo', 'weeks pregnant'],
    ['(?:me )?voy a desmayar', 'about to faint'],
    ['(?:la )?punta del hombro', 'shoulder tip'],
    ['(?:de )?un lado abajo', 'one-sided low in the belly'],
    ['(?:veo|ve) (?:lucecitas|luces|destellos|puntitos)', 'seeing flashing lights'],
    ['(?:la|le) luz le molesta|le molesta (?:mucho )?la luz', 'light hurts his eyes'],
    [
      '(?:esta )?diciendo (?:disparates|incoherencias|cosas sin sentido)|no dice (?:nada )?coherente',
      'talking nonsense and confused',
    ],
    ['cartas de despedida', 'goodbye letters'],
    ['infeccion (?:de orina|urinaria)', 'urine infection'],
    ['no ha (?:orinado|hecho pipi)', 'has passed no urine'],
    ['(?:piel )?(?:como )?marmoleada|piel (?:con )?manchas', 'mottled skin'],
    ['(?:aliento|huele) (?:como )?a (?:fruta|manzana|acetona)', 'fruity breath'],
    ['dura como (?:una )?tabla', 'rigid like a board'],
    ['no aguanto que me toquen|no deja que (?:le|la) toquen', 'cannot bear being touched'],
    // Fingers or feet that cannot be felt from the cold are cold, unless a warning sign is told beside them.
    [
      `${NOT_BEFORE_A_WARNING_SIGN}no (?:siento|siente) (?:los dedos|las manos|los pies|las orejas|la nariz)(?: de (?:las manos|los pies))? (?:por el|del|de|con el|por tanto|de tanto) frio${NOT_AFTER_A_WARNING_SIGN}`,
      'cold fingers from the cold weather',
    ],
    ['no (?:siento|siente) (?:los dedos|el pie|la pierna|la mano)', 'cannot feel the toes'],
    ['(?:salio|salio volando|lo aventó|salio disparado) (?:como )?(?:\\d+ )?(?:metros)?', 'was thrown'],
    ['no se puede mover|no puede moverse', 'cannot move'],
    ['se (?:le |me )?esta levantando la piel|se (?:le )?cae la piel', 'skin peeling off'],
    ['dejo de sudar|no suda', 'stopped sweating'],
    [
      'no sabe (?:ni )?donde esta|no sabe (?:que dia es|quien es|donde se encuentra)',
      'does not know where he is and is confused',
    ],
    ['(?:ve|veo) (?:bichos|animales|cosas) (?:que no existen)?', 'seeing bugs that are not there'],
    ['no ha dormido', 'has not slept'],
    ['(?:lo|la|me) quiere(?:n)? envenenar', 'wants to poison him'],
    ['toma (?:mucho|diario)', 'drinks heavily'],
    ['dejo de tomar', 'stopped drinking'],
    ['(?:tiembla|temblando) (?:todo|toda|de todo el cuerpo)', 'shaking all over'],
    ['se quedo como dormid[oa]', 'suddenly unresponsive as if asleep'],
    ['le hablamos fuerte y (?:no )?(?:la |lo )?movemos', 'we shout and shake her'],
    ['(?:se|me) (?:corto|corte)', 'cut'],
    // Breathing and airway.
    ['no (?:puede|podia|pudo) respirar', 'cannot breathe'],
    ['no (?:puedo|podia|pude) respirar', 'i cannot breathe'],
    ['(?:le|me) cuesta (?:mucho )?respirar', 'is struggling to breathe'],
    ['(?:dificultad|problemas) (?:para|al) respirar', 'difficulty breathing'],
    ['no respira|dejo de respirar|ya no respira', 'is not breathing'],
    ['(?:falta|le falta|me falta) (?:de )?(?:el )?aire', 'short of breath'],
    ['se (?:esta )?ahoga(?:ndo)?|se atraganto|atragantad[oa]', 'is choking'],
    ['me (?:estoy )?ahog(?:o|ando)(?! (?:con (?:este|el|tanto) |de |del )calor)', 'i am choking and cannot breathe'],
    ['(?:se le|se me) cierra la garganta|(?:se le|se me) esta cerrando la garganta', 'throat is closing'],
    ['labios (?:morados|azules|azulados)|boca morada', 'blue lips'],
    ['se (?:puso|esta poniendo|pone) (?:morado|morada|azul)', 'turned blue'],
    ['(?:hinchazon|inflamacion) de (?:la )?(?:cara|lengua|labios|garganta)', 'swelling of the face and tongue'],
    [
      '(?:se le|se me) (?:hincho|esta hinchando|hinchan?) (?:la )?(?:cara|lengua|los labios|labios|garganta)',
      'face and tongue are swelling',
    ],
    ['(?:cara|lengua|labios) hinchad[oa]s?', 'swollen face and tongue'],
    // Chest.
    ['dolor (?:fuerte |muy fuerte |intenso )?(?:de|en el|en) pecho', 'chest pain'],
    ['(?:me|le) duele (?:mucho |muchisimo )?el pecho', 'chest pain'],
    ['(?:opresion|presion|peso|apreton) (?:en el|en|de) pecho', 'pressure in the chest'],
    [
      '(?:que )?(?:se (?:va|corre|baja|extiende|irradia)|baja|va|sube|corre) (?:hacia |hasta |para |al |a )(?:el |la )?(?:brazo izquierdo|mandibula|quijada|espalda|cuello)',
      'spreading to the left arm and jaw',
    ],
    ['sudor frio|sudando frio', 'cold sweat'],
    ['(?:esta |estoy )?sudando|sudoros[oa]', 'sweating'],
    // Consciousness.
    [
      'no (?:se )?despierta|no (?:lo|la|le) (?:puedo|podemos) despertar|no hay forma de despertar(?:lo|la)',
      'will not wake up',
    ],
    ['no (?:reacciona|responde|contesta)', 'is not responding'],
    ['(?:perdio|perdi) (?:el )?(?:conocimiento|sentido)', 'lost consciousness'],
    ['se (?:desmayo|desvanecio)|me desmaye', 'fainted'],
    ['se (?:desplomo|cayo al suelo|derrumbo)', 'collapsed'],
    ['inconsciente', 'unconscious'],
    // Stroke (BE-FAST).
    [
      '(?:la )?cara (?:caida|torcida|chueca|desviada)|boca (?:torcida|chueca|caida|desviada)|se le (?:cayo|torcio|desvio) (?:un lado de )?(?:la cara|la boca)',
      'face drooping',
    ],
    // A language not spoken well is no speech trouble.
    [
      'no (?:puedo|puede|se|sabe) hablar(?: bien| mucho| muy bien)? (?:el )?(?:ingles|espanol|frances|aleman|el idioma|otro idioma)',
      'i do not speak the language well',
    ],
    // Speech made thick by a dental anaesthetic told beside it, unless a warning sign is told too.
    [
      `${NOT_BEFORE_A_WARNING_SIGN}(?:(?<=${AT_THE_DENTIST}[^]{0,80})${CANNOT_SPEAK_WELL}|${CANNOT_SPEAK_WELL}(?=[^]{0,80}${AT_THE_DENTIST}))${NOT_AFTER_A_WARNING_SIGN}`,
      'i cannot speak clearly with my mouth numb from the dentist',
    ],
    [
      'no (?:puede|podia|pudo|puedo|pude|podemos) hablar(?: bien)?|no (?:le|me) salen las palabras|habla (?:raro|enredado|arrastrando)|arrastra las palabras|no se le entiende (?:al hablar)?',
      'cannot speak and slurred speech',
    ],
    ['no (?:puede|podia|pudo) (?:mover|levantar) (?:el|la|un|una) (?:brazo|pierna|mano)', 'cannot move one arm'],
    ['(?:brazo|pierna|mano) (?:debil|dormid[oa]|sin fuerza|paralizad[oa])', 'weak arm'],
    // "No siento el brazo" is numbness of that part, not "no I feel" (review V17: a stroke told this way was missed).
    [
      'no (?:siento|siente|sentia) (?:el|la|un|mi|su) (?:brazo|cara|lado)(?: (?:izquierd|derech)[oa])?(?: (?:ni|y) (?:el|la) (?:brazo|cara|pierna)(?: (?:izquierd|derech)[oa])?)?|no (?:siento|siente) (?:la cara|el brazo) ni (?:la cara|el brazo)(?: (?:izquierd|derech)[oa])?',
      'numb arm on one side',
    ],
    ['(?:de )?un lado (?:del cuerpo )?(?:debil|dormido|paralizado)', 'weakness on one side'],
    ['derrame cerebral|accidente cerebrovascular|ictus|embolia', 'stroke'],
    ['(?:el )?peor dolor de cabeza de (?:mi|su) vida', 'the worst headache of my life'],
    ['(?:el |la )?peor de (?:mi|su) vida', 'the worst of my life'],
    ['dolor de cabeza', 'headache'],
    ['ve doble|veo doble|vision doble', 'double vision'],
    // Seizure.
    [
      '(?:esta|estaba) convulsionando|le (?:esta )?dando (?:una )?convulsion(?:es)?|convulsiona',
      'he is having a seizure',
    ],
    [
      '(?:tuvo|le dio|le dieron) (?:una |unas )?(?:convulsion(?:es)?|ataque epileptico|crisis epileptica)',
      'had a seizure',
    ],
    ['tiene (?:una |unas )?(?:convulsion(?:es)?|ataque epileptico|crisis epileptica)', 'has a seizure'],
    ['convulsion(?:es)?|ataque epileptico|crisis epileptica|convulsiona', 'seizure'],
    ['(?:temblando|sacudiendose) todo el cuerpo', 'jerking all over'],
    // Poisoning and overdose.
    [
      'se tomo (?:todas )?(?:las|sus|unas|muchas) pastillas|se tomo todo el (?:frasco|bote|blister)',
      'took all the pills',
    ],
    ['me tome (?:todas )?(?:las|mis|unas|muchas) pastillas|me tome todo el (?:frasco|bote)', 'i took all my pills'],
    ['(?:muchas|un monton de|un punado de) pastillas', 'a lot of pills'],
    ['sobredosis', 'overdose'],
    ['(?:bebio|tomo|trago|se trago|se tomo) (?:lejia|cloro|veneno|matarratas|insecticida)', 'drank bleach'],
    // Bleeding.
    ['vomit(?:ando|a|o|e) sangre|vomito con sangre', 'vomiting blood'],
    ['(?:heces|caca|popo) negras?', 'black stools'],
    [
      'no (?:para|deja) de sangrar|sangra (?:mucho|muchisimo|a chorros)|sangrando mucho|sangrado (?:abundante|fuerte|muy fuerte)',
      'bleeding heavily and it will not stop',
    ],
    ['(?:esta |estoy )?sangrando', 'bleeding'],
    ['sangrado|hemorragia', 'bleeding'],
    // Meningitis, sepsis.
    [
      '(?:cuello|nuca) (?:rigid[oa]|tiesa?|dur[oa])|rigidez (?:de|en el) (?:cuello|nuca)|no puede (?:doblar|bajar) el cuello',
      'stiff neck',
    ],
    [
      '(?:manchas|puntitos|ronchas|sarpullido|erupcion)(?: \\S+){0,4} (?:que )?no (?:desaparece|desaparecen|se quita|se quitan|se borra|se borran|se va|se van)(?: \\S+){0,3} (?:al (?:presionar|apretar)|con (?:el|un) vaso)',
      'rash that does not fade when pressed with a glass',
    ],
    ['no le molesta la luz|le molesta la luz', 'light hurts his eyes'],
    // Self-harm.
    ['(?:me )?quiero (?:morir|morirme)|quisiera morir(?:me)?|me quiero morir', 'i want to die'],
    [
      '(?:me )?quiero (?:matar|matarme|suicidar|suicidarme|quitarme la vida)|voy a (?:matarme|suicidarme|quitarme la vida)',
      'i want to kill myself',
    ],
    // Not wanting to live in a place or with someone is a move ("no quiero vivir más en esta ciudad").
    [
      'no quiero (?:seguir )?vivir(?! (?:mas |asi |ya )?(?:en|con|cerca de|lejos de|aqui en|alla en) (?!este mundo)(?:esta|este|la|el|mi|mis|su|sus|un|una|otro|otra|casa)(?![\\p{L}]))',
      'i do not want to live',
    ],
    ['(?:me )?(?:corte|cortando) (?:las venas|los brazos|las munecas)', 'i cut my wrists'],
    // Pregnancy and babies.
    ['embarazada de (?:\\d+) semanas', 'pregnant # weeks'],
    ['embarazada|embarazo', 'pregnant'],
    ['se me rompio la fuente|rompi fuente|rompio fuente', 'my waters broke'],
    ['no (?:siento|se mueve) (?:al |el )?bebe|el bebe no se mueve', 'the baby is not moving'],
    ['(?:la )?mollera hundida', 'sunken fontanelle'],
    ['(?:bebe|nino|nina) (?:muy )?(?:flojo|floja|sin fuerza|decaido|decaida)', 'floppy baby'],
    ['no (?:quiere )?(?:come|comer|toma|tomar) (?:el )?(?:pecho|biberon|leche)', 'not feeding'],
    [
      '(?<!(?:embarazada|embarazo|hace|desde hace)(?: de)? )(?:\\d+) (?:meses|mes)(?! (?:de embarazo|atras|embarazada))',
      '# months old',
    ],
    ['(?:\\d+) semanas de (?:nacid[oa]|vida)', '# weeks old'],
    ['recien nacid[oa]', 'newborn'],
    // Injuries.
    ['se (?:golpeo|pego|dio un golpe en) (?:en )?la cabeza|golpe en la cabeza', 'hit his head'],
    ['se cayo', 'fell'],
    ['(?:lo|la|me) mordio una (?:serpiente|vibora)|mordedura de (?:serpiente|vibora)', 'snake bite'],
    ['se (?:quemo|quemaron)|quemadura', 'burn'],
    ['(?:reaccion )?alergica|alergia', 'allergic reaction'],
    ['picadura de (?:abeja|avispa)|le pico una (?:abeja|avispa)', 'bee sting'],
    // People.
    ['mi (?:hijo|nino|chico)', 'my son'],
    ['mi (?:hija|nina|chica)', 'my daughter'],
    ['mi (?:bebe|bebita|bebito|nene|nena)', 'my baby'],
    ['mi (?:mama|madre|mami|amá)', 'my mother'],
    ['mi (?:papa|padre|papi|apá)', 'my father'],
    ['mi (?:esposo|marido)', 'my husband'],
    ['mi (?:esposa|mujer)', 'my wife'],
    ['mi (?:abuela|abuelita)', 'my grandmother'],
    ['mi (?:abuelo|abuelito)', 'my grandfather'],
    ['mi hermano', 'my brother'],
    ['mi hermana', 'my sister'],
    ['no (?:tiene|tenia|tuvo)', 'has no'],
    ['no (?:tengo|tenia|tuve)', 'i have no'],
    ['no hay', 'there is no'],
    ['no (?:esta|estaba)', 'is not'],
    ['no (?:estoy)', 'i am not'],
    // "Sin" (without) as the negation it is, after every phrase that reads it as part of a finding ("sin fuerza",
    // "sin parar", "sin poder respirar"): "dolor de garganta sin fiebre y sin dificultad para respirar".
    ['sin embargo', 'but'],
    ['sin (?:parar|descanso)', 'nonstop'],
    ['sin poder respirar|sin respirar', 'not breathing'],
    ['sin aire', 'short of breath'],
    ['sin poder', 'cannot'],
    ['(?<!cosas )sin (?:sentido|conocimiento)', 'unconscious'],
    ['sin (?:moverse|reaccionar|responder)', 'not responding'],
    // Session 53 (T84): fits told in a clinician's words, and without the consciousness regained between them (NICE
    // NG217), before "sin" alone.
    ['(?:crisis|convulsiones) (?:tonico-?clonicas|tonicoclonicas|convulsivas|generalizadas)', 'seizures'],
    [
      'sin (?:recuperar|recobrar|despertar|recuperarse) (?:la )?(?:conciencia|consciencia)(?: entre (?:ellas|ellos|una y otra|crisis))?',
      'without regaining consciousness between them',
    ],
    ['sin', 'no'],
    ...SPANISH_FINDINGS.phrases,
    ...SPANISH_MODIFIERS,
    ...SPANISH_EVERYDAY_PHRASES,
    // Session 57 (T103): read last.
    ['dos veces(?! (?:al|por|a la|cada) )', 'twice'],
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...SPANISH_FUMES,
  ],
  formsOf: romanceForms,
  words: {
    // Session 63 (T140): Spain's dishwasher liquid and the perfect of drinking ("se ha bebido el lavavajillas").
    lavavajillas: 'dishwasher detergent',
    bebido: 'drank',
    ...SPANISH_EVERYDAY_WORDS,
    ...SPANISH_INTENT_AND_CRISIS.words,
    ...SPANISH_SELF_HARM_AND_POISONING.words,
    // Breadth (issue 11, T25).
    muchacha: 'girl',
    muchacho: 'boy',
    azotea: 'roof',
    techo: 'roof',
    tejado: 'roof',
    balcon: 'balcony',
    anticongelante: 'antifreeze',
    pedazo: 'piece',
    trozo: 'piece',
    carne: 'meat',
    hueso: 'bone',
    uva: 'grape',
    dulce: 'sweet',
    caramelo: 'sweet',
    dosis: 'dose',
    doble: 'double',
    inyecte: 'i injected',
    mollera: 'soft spot',
    quejido: 'grunting',
    carretera: 'highway',
    autopista: 'highway',
    tio: 'uncle',
    tia: 'aunt',
    vecino: 'neighbour',
    vecina: 'neighbour',
    alberca: 'pool',
    piscina: 'pool',
    pileta: 'pool',
    rio: 'river',
    mar: 'sea',
    sacamos: 'we pulled him out',
    sacaron: 'they pulled him out',
    piedra: 'rock',
    como: 'like',
    derrame: 'stroke',
    persona: 'person',
    alguien: 'someone',
    varon: 'man',
    mujer: 'woman',
    fumador: 'smoker',
    opresivo: 'crushing',
    opresiva: 'crushing',
    retroesternal: 'central chest',
    irradiado: 'radiating',
    irradiada: 'radiating',
    diaforesis: 'sweating',
    rapido: 'fast',
    costillas: 'ribs',
    morado: 'purple',
    azul: 'blue',
    gris: 'grey',
    dormido: 'asleep',
    ronca: 'snoring',
    sierra: 'saw',
    muslo: 'thigh',
    toalla: 'towel',
    izquierdo: 'left',
    izquierda: 'left',
    derecho: 'right',
    derecha: 'right',
    torpe: 'clumsy',
    caminar: 'walk',
    nunca: 'never',
    cita: 'appointment',
    tragar: 'swallow',
    abeja: 'bee',
    comer: 'eat',
    hierro: 'iron',
    vomita: 'is vomiting',
    warfarina: 'warfarin',
    anticoagulada: 'on blood thinners',
    anticoagulado: 'on blood thinners',
    caida: 'fall',
    golpe: 'blow',
    frente: 'forehead',
    cefalea: 'headache',
    confusion: 'confusion',
    embarazo: 'pregnancy',
    hombro: 'shoulder',
    mano: 'hand',
    manos: 'hands',
    luz: 'light',
    matar: 'kill',
    temblando: 'shivering',
    confundido: 'confused',
    piel: 'skin',
    glucometro: 'glucose meter',
    aliento: 'breath',
    dura: 'hard',
    duro: 'hard',
    frio: 'cold',
    blanco: 'white',
    dedos: 'fingers',
    muchisimo: 'extremely',
    choco: 'crashed',
    moto: 'motorbike',
    carro: 'car',
    coche: 'car',
    metros: 'metres',
    mover: 'move',
    quemado: 'burned',
    // Session 39 (T36): a burn's own words, weighed by the English rules with what it did to the skin and where.
    quemada: 'burned',
    quemados: 'burned',
    quemadas: 'burned',
    queme: 'burned',
    quemo: 'burned',
    quemaste: 'burned',
    quemaron: 'burned',
    quemadura: 'burn',
    quemaduras: 'burns',
    quemando: 'burning',
    escaldo: 'scalded',
    escaldado: 'scalded',
    escaldada: 'scalded',
    ampolla: 'blister',
    ampollas: 'blisters',
    ampollado: 'blistered',
    ampollada: 'blistered',
    aceite: 'oil',
    hirviendo: 'boiling',
    olla: 'pot',
    rojo: 'red',
    caliente: 'hot',
    tiembla: 'is shaking',
    suda: 'is sweating',
    cuchillo: 'knife',
    navaja: 'knife',
    pistola: 'gun',
    disparo: 'gunshot',
    balazo: 'gunshot',
    herida: 'wound',
    sangra: 'is bleeding',
    desmayado: 'unconscious',
    amarillo: 'yellow',
    hinchazon: 'swelling',
    alta: 'high',
    alto: 'high',
    adormilado: 'drowsy',
    somnoliento: 'drowsy',
    ahorita: 'right now',
    presion: 'blood pressure',
    azucar: 'sugar',
    diabetico: 'diabetic',
    insulina: 'insulin',
    orina: 'urine',
    heces: 'stools',
    ojos: 'eyes',
    orejas: 'ears',
    oido: 'ear',
    nariz: 'nose',
    pies: 'feet',
    pie: 'foot',
    rodilla: 'knee',
    lengua: 'tongue',
    labios: 'lips',
    paracetamol: 'paracetamol',
    ibuprofeno: 'ibuprofen',
    vomitar: 'vomit',
    sangrar: 'bleed',
    respiracion: 'breathing',
    pulso: 'pulse',
    corazon: 'heart',
    latidos: 'heartbeat',
    ataque: 'attack',
    infarto: 'heart attack',
    esternon: 'breastbone',
    lagartijas: 'push-ups',
    flexiones: 'push-ups',
    sudo: 'i sweat',
    repente: 'suddenly',
    dormida: 'asleep',
    despertar: 'wake',
    convulsiono: 'had a seizure',
    inconsciente: 'unconscious',
    desmayo: 'fainted',
    mareos: 'dizziness',
    todos: 'everyone',
    quiere: 'wants',
    dice: 'says',
    dijo: 'said',
    esperar: 'wait',
    siento: 'i feel',
    siente: 'feels',
    ni: 'nor',
    cuando: 'when',
    pero: 'but',
    porque: 'because',
    el: 'the',
    la: 'the',
    los: 'the',
    las: 'the',
    un: 'a',
    una: 'a',
    de: 'of',
    del: 'of the',
    en: 'in',
    al: 'to the',
    mis: 'my',
    su: 'his',
    sus: 'his',
    tu: 'your',
    que: 'that',
    muy: 'very',
    mucho: 'a lot',
    mucha: 'a lot',
    poco: 'a little',
    poquito: 'a little',
    bastante: 'quite',
    esta: 'is',
    estan: 'are',
    estoy: 'i am',
    es: 'is',
    soy: 'i am',
    tiene: 'has',
    tengo: 'i have',
    tuvo: 'had',
    tenia: 'had',
    tuve: 'i had',
    puede: 'can',
    puedo: 'i can',
    hoy: 'today',
    ayer: 'yesterday',
    anoche: 'last night',
    ahora: 'now',
    manana: 'tomorrow',
    todavia: 'still',
    aun: 'still',
    ya: 'already',
    otra: 'another',
    vez: 'time',
    tambien: 'also',
    dolor: 'pain',
    duele: 'hurts',
    fiebre: 'fever',
    calentura: 'fever',
    temperatura: 'temperature',
    tos: 'cough',
    vomitos: 'vomiting',
    vomitando: 'vomiting',
    mareado: 'dizzy',
    mareada: 'dizzy',
    mareo: 'dizziness',
    sangre: 'blood',
    cabeza: 'head',
    pecho: 'chest',
    brazo: 'arm',
    pierna: 'leg',
    cara: 'face',
    boca: 'mouth',
    cuello: 'neck',
    espalda: 'back',
    estomago: 'stomach',
    barriga: 'belly',
    panza: 'belly',
    garganta: 'throat',
    ojo: 'eye',
    pastillas: 'pills',
    pastilla: 'pill',
    medicina: 'medicine',
    bebe: 'baby',
    nino: 'child',
    nina: 'child',
    hijo: 'son',
    hija: 'daughter',
    anos: 'years old',
    ano: 'year',
    semanas: 'weeks',
    dias: 'days',
    horas: 'hours',
    minutos: 'minutes',
    ayuda: 'help',
    urgencias: 'emergency room',
    hospital: 'hospital',
    medico: 'doctor',
    doctor: 'doctor',
    debo: 'should i',
    ir: 'go',
    normal: 'normal',
    grave: 'serious',
    fuerte: 'severe',
    leve: 'mild',
    palido: 'pale',
    palida: 'pale',
    fria: 'cold',
    confundida: 'confused',
    erupcion: 'rash',
    manchas: 'spots',
    sarpullido: 'rash',
    ronchas: 'hives',
    hinchado: 'swollen',
    hinchada: 'swollen',
    respira: 'breathes',
    respirar: 'breathe',
    tomo: 'took',
    tome: 'i took',
    le: '',
    por: 'for',
    para: 'for',
    favor: 'please',
    diarrea: 'diarrhoea',
    cansado: 'tired',
    cansada: 'tired',
    debil: 'weak',
    peor: 'worse',
    mejor: 'better',
    siempre: 'always',
    semana: 'week',
    mes: 'month',
    hace: 'ago',
    desde: 'since',
  },
};
