import { toldAnywhere } from '../language-lexicon.js';
import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:verguenza|que pena|me dio pena|que oso|ridiculo|roche|bochorno)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:verguenza|que pena|me dio pena|que oso|ridiculo|roche|bochorno))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:semana|dias|un rato|fin de semana|vacaciones|playa|viaje|unas horas|un tiempo)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:semana|dias|un rato|fin de semana|vacaciones|playa|viaje|unas horas|un tiempo))';

/**
 * Where a wish's clause ends: a mark, the message's end or the next clause ("y", "pero", "porque"). "Quiero desaparecer
 * estas manchas" (make the spots go) and "quiero desaparecer de la fiesta" go on with what or where, and are not read.
 */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|y |ya |pero |porque |que |sin |nadie ))';

/**
 * Spanish (NICE NG225; the Columbia scale's wish to be dead; the Mexican and Argentine poison centres' household names):
 * wanting to disappear or not to wake up, nobody missing one, life without sense; pills put aside and letters written
 * to one's children; rat poison, a drain cleaner, antifreeze, a pesticide named as sold; voices that order a killing
 * and days without sleep.
 */
export const SPANISH_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['ratas', 'matarratas', 'destapacanos', 'lavandina', 'plaguicida', 'extranaria'],
  phrases: [
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:me )?(?:quiero|quisiera|queria|kiero|quiere|queria|me gustaria|le gustaria|tengo ganas de|tiene ganas de|solo quiero|solo quiere) (?:solo |nada mas )?desaparecer(?: para siempre| de este mundo| del mundo| de la tierra)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      '(?:ojala|quisiera|quiero|me gustaria|deseo|ojala pudiera) (?:ya )?no (?:volver a |volviera a )?despertar(?:me|a)?(?: (?:manana|nunca mas|mas|jamas))?|dormir(?:me)? y (?:ya )?no (?:volver a )?despertar(?:me)?|(?:ojala |quisiera )?(?:me )?(?:durmiera|quedara dormid[oa]) y (?:ya )?no (?:volviera a )?despertara?(?: (?:nunca mas|mas|jamas))?',
      'i do not want to wake up',
    ],
    [
      '(?:nadie|ninguno) (?:me|lo|la|los|nos|le) (?:extranaria|va a extranar|iba a extranar|extranara|echaria de menos|va a echar de menos)',
      'nobody would miss me',
    ],
    [
      '(?:ya )?no (?:le )?(?:encuentro|veo|tiene|tengo) (?:ningun |mas )?sentido (?:a |en )?(?:la vida|vivir|seguir viviendo|seguir aqui)|(?:la vida|vivir|mi vida) (?:ya )?no tiene (?:ningun )?sentido|no tengo (?:razones|motivos|una razon|un motivo) (?:para|por (?:los )?que) (?:vivir|seguir)',
      'no reason to live',
    ],
    ['(?:ya )?no (?:le )?(?:encuentro|veo|tiene) (?:ningun )?sentido a nada', 'nothing matters'],
    [`(?:soy|me siento|me siento como|se siente) (?:un|una) (?:estorbo|carga)${CLAUSE_ENDS}`, 'i am a burden'],
    // Pills put aside (the Columbia scale's preparatory acts): kept back, gathered or hidden, not kept in a cabinet.
    [
      '(?:tengo|tiene|he|ha) (?:guardad[ao]s|juntad[ao]s|escondid[ao]s|acumulad[ao]s|ahorrad[ao]s) (?:las |los |unas |unos |mis |sus |todas las |todos los )?(?:pastillas|pildoras|tabletas|medicinas|medicamentos|capsulas)(?! (?:en el botiquin|en la cocina|en el cajon|en su lugar|en la caja))|(?:guardando|juntando|acumulando|escondiendo) (?:las |mis |sus )?(?:pastillas|pildoras|tabletas|medicinas|medicamentos)',
      'has stashed pills',
    ],
    [
      '(?:escribi|escribio|deje|dejo|he escrito|ha escrito|le escribi|escribiendo) (?:unas |varias |las )?cartas (?:de despedida )?(?:para|a) (?:mis|sus|todos|toda mi|toda su|cada)',
      'wrote letters to my',
    ],
    ['(?:ya )?(?:tengo|tiene) todo (?:planeado|planificado|preparado)', 'it is all planned'],
    // Bleach mixed with ammonia or an acid cleaner gives off chloramine or chlorine: a gas breathed, with the cough or
    // the wheeze it brings (TOXBASE), not the mixing asked about.
    [
      `(?:mezcle|mezclo|mezclamos|junte|juntamos) (?:el |la )?(?:cloro|lejia|clorox|blanqueador) con (?:\\p{L}+ ){0,3}(?:amoniaco|acido|vinagre|salfuman|limpiador)${toldAnywhere('(?:toso|tose|tos |arde|ardor|silb|ahog|falta (?:de )?aire|no puedo respirar|no puede respirar|mare)')}`,
      'inhaled fumes of bleach mixed with ammonia',
    ],
    // Its subject dropped, "estaba limpiando" read as a bare "was" opens a sentence the English rules read as a past tale.
    ['estaba (?:limpiando|lavando|fregando|desinfectando)', 'i was cleaning'],
    ['veneno (?:para|de|contra) (?:las |los )?(?:ratas|rata|ratones|raton)|matarratas|raticida', 'rat poison'],
    [
      '(?:las |unas )?voces (?:le |me |les )?(?:ordenan|dicen|mandan|piden|gritan|obligan a) (?:que )?(?:mate|matar|matarnos|matarla|matarlo|matarlos|se mate|me mate|matarse|matarme|lastim\\p{L}*|haga dano|hacer dano)',
      'hears voices telling him to kill',
    ],
    [
      'no (?:duerme|ha dormido|dormido|duermo|he dormido|pega el ojo) (?:nada )?(?:desde )?(?:hace|en) (?:\\d+|dos|tres|cuatro|cinco|seis|siete|varios|muchos) (?:dias|noches)',
      'has not slept for days',
    ],
  ],
  words: {
    cancion: 'song',
    destapacanos: 'drain cleaner',
    desatascador: 'drain cleaner',
    lavandina: 'bleach',
    anticongelante: 'antifreeze',
    plaguicida: 'pesticide',
    pesticida: 'pesticide',
    fumigante: 'pesticide',
    paraquat: 'pesticide',
    glifosato: 'pesticide',
  },
};
