import { toldAnywhere, toldNowhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * The place jumped from, told after the verb ("saltar del puente", "tirarse de la azotea"), or the writer or someone
 * told standing at a height ("estoy en el puente y voy a saltar"): a height told elsewhere in the message (an office on
 * the 12th floor, a flat in a tower) is not where a jump onto the bed or off the sofa is from (review V22, 02:13).
 */
const FROM_A_HEIGHT =
  ' (?:del|de la|desde el|desde la|desde un|desde una|de un|de una|por la|por el)(?: \\p{L}+)? (?:techo|azotea|tejado|terraza|puente|edificio|balcon|cornisa|barranco|acantilado|precipicio|ventana|piso|barandal)';
const AT_A_HEIGHT = toldAnywhere(
  '(?:estoy|esta|estamos|parad[oa]|sentad[oa]|subid[oa]|se subio|me subi|arriba) (?:en|arriba de|sobre|al|a la) (?:el |la |un |una )?(?:techo|azotea|tejado|puente|cornisa|barandal|balcon|orilla del puente)',
);
/** Onto a bed, off a sofa, a skipping rope, into a pool: play or rest, wherever it is told. */
const NOT_ONTO_SOMETHING_SOFT =
  '(?! (?:la cuerda|a la cuerda|la comba|en la cama|a la cama|en el sofa|al sofa|del sofa|del sillon|al agua|a la piscina|a la alberca|en el trampolin|en la cama elastica))';
/**
 * A time set ("voy a hacerlo esta noche") or a door locked ("se encerró en su cuarto") is a plan only beside intent or a
 * means told in the message: homework done tonight or a teenager sulking are not (review V22, 02:13).
 */
const BESIDE_INTENT_OR_MEANS = toldAnywhere(
  '(?:morir|matar|suicid|no aguanto|ya no quiero|despedi|pastillas|pildoras|soga|cuerda|navaja|cuchillo|pistola|veneno|ahorc|carga para|vale la pena)',
);
/** A jump into water, a trampoline or a sport: play, not a fall meant to kill. */
const NOT_A_SPORT =
  '(?![^.;]{0,60}(?:bungee|puenting|paracaidas|alberca|piscina|clavado|tirolesa|rapel|trampolin|brincolin))';
/** "Me muero de risa / de hambre / de ganas": an idiom of degree, not a wish. */
const NOT_OF_A_DEGREE = '(?! (?:de|del|por) )';
/** A cut in a task: shaving, cooking, an accident. */
const NOT_IN_A_TASK =
  '(?![^.;]{0,50}(?:afeit|rasur|cocin|cebolla|verdura|pan |papel|sin querer|accidente|jardin|podando|vidrio roto))';

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Spanish (Mexican, Caribbean, Rioplatense, Spain), as people
 * say them to a helpline (NICE NG225; NHS 111 mental health; the UK Mental Health Triage Scale): the wish typed in chat
 * spelling ("kiero morirme"), not wanting to go on, being a burden, "better if I died", a jump from a height, hanging,
 * giving things away and not being there soon, cutting oneself told by its verb, a delusion of being God or of being
 * hunted, a weapon carried about.
 */
export const SPANISH_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [
    'diciendo',
    'contesta',
    'perdonenme',
    'perdoname',
    'quiero',
    'kiero',
    'vivir',
    'muero',
    'morirme',
    'matarme',
    'matarse',
    'suicidarme',
    'suicidarse',
    'ahorcarme',
    'ahorcarse',
    // Session 52 (T82): a hanging told as done ("lo encontramos ahorcado").
    'ahorcado',
    'ahorcada',
    'ahorco',
    'colgado',
    'aguanto',
    'cortarme',
    'cortandose',
    'amenaza',
    'soga',
  ],
  phrases: [
    // A threat to kill told as what someone says he will do, read for the English rule that weighs it beside a weapon.
    [
      '(?:dice|dijo|grita|grito|amenaza) (?:que )?(?:nos|los) va a matar|(?:dice|dijo|grita|grito) que va a matarnos',
      'says he will kill us',
    ],
    [
      '(?:dice|dijo|grita|grito) que (?:la |lo |los |las )?va a matar(?: a)?(?= (?:mi|su|sus|mis|la|el|los|todos|toda))',
      'says he will kill',
    ],
    [
      '(?:es )?(?:para|pa) (?:un|una) (?:trabajo|tarea|proyecto|exposicion|investigacion) (?:de|para) (?:la )?(?:escuela|clase|universidad|facultad|prepa|secundaria)',
      'for a school project',
    ],
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    [
      `con (?:un|una|el|la|su) (?:cuchillo|machete|navaja|pistola|arma|hacha|bate|martillo)${toldAnywhere('(?:amenaz|matar|crisis|brote|voces|fuera de si|agresiv|rompio|violent)')}`,
      'with a knife',
    ],
    // Not answering the phone is someone out of reach, never someone unconscious ("no responde" alone reads so).
    [
      'no (?:contesta|responde|me contesta|me responde) (?:el |al |los |las |mis |sus )?(?:telefono|cel|celular|mensajes|llamadas|whatsapp)(?![^.;!?]{0,60}(?:enojad|molest|ocupad|dormid|trabajando|pila|bateria|viaje))',
      'is not answering his phone',
    ],
    // All of one's pills to be taken at a time told (Columbia: plan with a means), not a course taken as prescribed.
    [
      `(?:me )?(?:voy a|vo a|quiero) (?:tomar(?:me)?|tragar(?:me)?|beber(?:me)?) (?:todas|todos) (?:las|los|mis) (?:pastillas|pildoras|tabletas|capsulas|medicinas|medicamentos|remedios)(?![^.;]{0,40}(?:como (?:me )?(?:dijo|indico|receto)|del tratamiento|de la receta|recetad|al dia|cada|hasta terminar|antibiotico))${toldAnywhere('(?:aguanto|morir|matar|suicid|despedi|no quiero (?:vivir|seguir)|ya no puedo|vale la pena|una carga)')}`,
      'i am going to take all my pills',
    ],
    // A goodbye sent and no answer since (NICE NG225: a farewell is a warning sign).
    [
      `(?:mensaje|msj|mensajito|whatsapp|texto|carta|nota|audio) (?:\\p{L}+ ){0,2}(?:diciendo|que dice|que decia|que decía) (?:adios|que nos quiere|perdon)${toldNowhere('(?:jubil|trabajo|chamba|viaje|mudanza|se muda|renuncia|boda|graduac|escuela|vacaciones|bateria|pila)')}`,
      'a goodbye message',
    ],
    [
      `no (?:contesta|responde|me contesta|me responde)(?: (?:el telefono|el cel|los mensajes|mensajes|llamadas))?${toldAnywhere('(?:adios a todos|despedi\\p{L}* de todos|perdon(?:en|a)me|ultimo mensaje)')}${toldNowhere('(?:jubil|trabajo|chamba|viaje|mudanza|se muda|renuncia|boda|graduac|escuela|vacaciones|bateria|pila)')}`,
      'is not answering',
    ],
    // Session 58 (T109): a goodbye told as one's last ("esta es mi despedida", "mi ultimo mensaje") beside forgiveness asked
    // or despair (NICE NG225: a farewell is a warning sign); a hen party, a team's send-off or a goodnight are not.
    [
      `(?:esta es|este es|aqui (?:va|esta)|les (?:mando|dejo|escribo)) (?:mi |este )?(?:despedida|ultimo mensaje)(?! (?:de soltera|de soltero|del (?:grupo|equipo|trabajo|dia|ano)|de hoy|antes de dormir))${toldAnywhere('(?:perdonenme(?! (?:por|la) (?!todo))|perdoname(?! (?:por|la) (?!todo))|perdon por todo|no (?:puedo|aguanto) mas|no quiero (?:vivir|seguir)|morir|adios para siempre|los quiero (?:mucho|a todos))')}${toldNowhere('(?:jubil|trabajo|chamba|viaje|mudanza|se muda|me mudo|(?:me voy|nos vamos|se va|se van) a vivir|emigr|renuncia|boda|graduac|escuela|vacaciones|soltera|soltero|equipo|grupo de)')}`,
      'this is my last message',
    ],
    // A side effect a leaflet lists and the idiom of working oneself to death, before the suicidal words they hold.
    [
      '(?:puede|pueden|podria|dice que puede|causa|provoca) (?:dar |causar |provocar |producir |generar )?(?:pensamientos|ideas|ideacion) suicidas?',
      'a side effect in the leaflet',
    ],
    [
      '(?:se va a|me voy a|te vas a|se esta|me estoy) mata(?:r|ndo) (?:estudiando|trabajando|corriendo|en el gym|en el gimnasio|de cansancio)',
      'working very hard',
    ],
    [
      '(?:pensando|pienso|pensaba|pense|he pensado|piensa|penso|ha pensado|ideas de|pensamientos de) (?:en )?(?:suicidarme|suicidarse|matarme|matarse|quitarme la vida|quitarse la vida|el suicidio|morirme|acabar con mi vida)',
      'thinking about suicide',
    ],
    ['(?:ideas|pensamientos) suicidas', 'suicidal thoughts'],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    [
      '(?<=(?:cuant[ao]s?)[^.?;!]{0,80})(?:para|pa) (?:no (?:volver a )?despertar(?:me|se)?|morir(?:me|se)?|matarme|quitarme la vida|dormir para siempre)(?! (?:de|del|en) )',
      'to die',
    ],
    ['(?:ya )?(?:nada )?no vale la pena(?: nada| vivir| seguir| la vida)?(?= ?(?:[,.;!?]|$|y ))', 'nothing matters'],
    [
      `(?:me )?(?:kiero|qiero|kero|qero) (?:morir(?:me)?|matarme|suicidarme|desaparecer)${NOT_OF_A_DEGREE}`,
      'i want to die',
    ],
    ['(?:ya )?no (?:kiero|qiero|kero) (?:vivir|seguir viviendo|despertar(?:me)?)', 'i do not want to live anymore'],
    [
      '(?:ya )?no (?:quiero|kiero|quiere|queria) seguir(?= ?(?:[,.;!?]|$|asi|mas|ya|adelante|aqui|en este mundo|luchando|intentando))(?! ?(?:asi |mas |ya )?(?:con|en|de|trabajando|estudiando|yendo|pagando|el|la|los|las|mi|este|esta) )',
      'i do not want to go on',
    ],
    [
      '(?:soy|me siento|me siento como|es|se siente) (?:una|un) (?:carga|estorbo|peso|problema) (?:para|pa) (?:todos|mi familia|mis hijos|mis papas|su familia|ustedes|el mundo)',
      'i am a burden',
    ],
    [
      `(?:(?:seria|es|estarian|estaria|estarian todos) )?mejor (?:si )?(?:me muero|me muriera|me hubiera muerto|estuviera muert[oa]|no existiera|no estuviera|no hubiera nacido|me mato|me matara)${NOT_OF_A_DEGREE}`,
      'it would be better if i died',
    ],
    [
      `(?:me voy a|voy a|me quiero|quiero|se va a|va a|se quiere|quiere|amenaza con) (?:tirar(?:me|se)?|aventar(?:me|se)?|lanzar(?:me|se)?|arrojar(?:me|se)?|saltar|brincar)${NOT_A_SPORT}(?:${FROM_A_HEIGHT}|${NOT_ONTO_SOMETHING_SOFT}${AT_A_HEIGHT})`,
      'he is going to jump off',
    ],
    [
      '(?:me voy a|voy a|me quiero|quiero|se va a|va a|se quiere|quiere|amenaza con|pienso|piensa) (?:ahorcar(?:me|se)|colgar(?:me|se) (?:del|de una|de un) (?:cuello|viga|arbol|techo))|(?:ahorcarme|ahorcarse)',
      'i want to hang myself',
    ],
    // Session 52 (T82): a hanging told as done, by someone's own hand ("se ahorcó", "se colgó de la viga", found hanging),
    // read as the attempt it is (NICE NG225). "Se colgó" alone is a computer or a phone that froze: read only after a
    // person or with what one hangs from (a rope, a beam; not a swing or a bar in play), and never of a film's character.
    [
      `(?:(?:se|me) (?:ahorco|ahorcaba|ha ahorcado|intento ahorcar)|intento (?:ahorcarse|colgarse)|(?<=(?<![\\p{L}])(?:hij[oa]|herman[oa]|novi[oa]|amig[oa]|prim[oa]|espos[oa]|marido|papa|mama|padre|madre|tio|tia|abuel[oa]|vecin[oa]|sobrin[oa]|cunad[oa]|companer[oa]|ella|el) )se (?:colgo|ha colgado)(?= ?(?:[,.;!?]|$|y ))|se (?:colgo|ha colgado) (?:del|de una|de un|de la|con una|con un) (?:\\p{L}+ )?(?:viga|techo|cuerda|soga|sabana|cinturon|cable|ropero|closet|regadera)|(?:lo|la) (?:encontr\\p{L}+ |hall\\p{L}+ |vimos |vi )?ahorcad[oa]|(?:encontr\\p{L}+|hall\\p{L}+) a (?:mi |su |nuestro |nuestra )?\\p{L}+ (?:colgad[oa]|ahorcad[oa])(?! (?:del|al|en el) (?:telefono|celular|cel|chat|juego)))${toldNowhere('(?:pelicula|serie|libro|novela|telenovela|cuento|personaje|protagonista|capitulo)')}`,
      'he tried to hang himself',
    ],
    // A rope is a means only beside despair or a door locked on it: one bought for the washing line is not.
    [
      `(?:soga|cuerda)${toldAnywhere('(?:encerr|morir|matar|suicid|aguanto|no quiero (?:vivir|seguir)|despedi|hacerlo|ahorc|colgar(?:me|se))')}`,
      'a rope',
    ],
    ['amenaza(?:ndo)? con (?:matarse|suicidarse|quitarse la vida)', 'threatening to kill himself'],
    [
      '(?:se |me )?(?:despide|despidio|despedirse|despedirme|esta despidiendo) (?:de este mundo|de la vida)',
      'she says she wants to die',
    ],
    // Despair told at the end of its clause with no "más" ("wey ya no aguanto, ..."), not of a pain or a job.
    ['ya no (?:aguanto|soporto|puedo)(?= ?(?:[,.;!?]|$))', 'i feel hopeless'],
    [
      `se (?:encerro|ha encerrado|esta encerrad[oa]|encerro solo|encerro sola)(?: en (?:el|su|la) (?:cuarto|bano|recamara|habitacion|carro|coche))?${BESIDE_INTENT_OR_MEANS}`,
      'locked himself in',
    ],
    [
      '(?:esta |anda |estaba |empezo a )?(?:regalando|repartiendo|regalo|repartio) (?:sus|mis|todas sus|todas mis) (?:cosas|pertenencias|ropa|joyas|mascotas)',
      'giving away his things',
    ],
    [
      '(?:pronto|dentro de poco|ya) no (?:va a|voy a|vamos a) estar(?: (?:aqui|mas|con ustedes|con nosotros))?(?= ?(?:[,.;!?]|$|y |para))',
      'he will not be around much longer',
    ],
    [
      `(?:ya )?(?:decidi|he decidido|lo decidi|voy a|lo voy a) hacerlo (?:esta noche|hoy|manana|ya|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))${BESIDE_INTENT_OR_MEANS}`,
      'i am going to do it tonight',
    ],
    // Someone cutting themselves, told with the tool, the body part or "again"; a sauce that "se está cortando" has none.
    [
      `me (?:estoy |estaba |sigo |volvi a |vuelvo a )?(?:cortando|corto|rajando|rajo)(?= ?(?:[,.;!?]|$|y |otra vez|de nuevo|a proposito))${NOT_IN_A_TASK}`,
      'i am cutting myself',
    ],
    [
      `(?:se|me) (?:esta |estaba |sigue |volvio a |vuelve a |estoy |sigo |volvi a |vuelvo a )?(?:cortando|corta|rajando|raja)(?: (?:otra vez|de nuevo|a proposito))?(?= ?(?:otra vez|de nuevo|a proposito|con (?:una |un |la |el )?(?:navaja|gillette|cuchilla|hoja|vidrio|cutter|tijeras|cuchillo)|(?:los|las|el|la|sus|mis) (?:brazos|piernas|munecas|muslos|brazo|pierna|muneca|panza)))${NOT_IN_A_TASK}`,
      'she is cutting herself',
    ],
    [
      '(?:dice|cree|piensa|se cree|asegura|grita) (?:que )?(?:es|era|el es|ella es) (?:dios|jesus|jesucristo|el mesias|el diablo|un profeta|un angel|inmortal|invencible)|se cree (?:dios|inmortal|invencible)',
      'he thinks he is god',
    ],
    [
      '(?:dice|cree|piensa|siente|jura) (?:que )?(?:lo|la|los|me|le|nos) (?:persiguen|siguen|vigilan|espian|quieren matar|van a matar|estan envenenando|envenenan|quieren envenenar)',
      'thinks people are trying to kill him',
    ],
    [
      '(?:anda|sale|salio|esta|corre) (?:por la casa |por la calle |gritando )?con (?:un|una|el|la) (?:cuchillo|machete|navaja|pistola|hacha)',
      'running around with a knife',
    ],
  ],
  words: {
    cuantas: 'how many',
    cuantos: 'how many',
    navaja: 'blade',
    gillette: 'blade',
    cuchilla: 'blade',
  },
};
