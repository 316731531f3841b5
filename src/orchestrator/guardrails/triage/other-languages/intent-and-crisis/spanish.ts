import { toldAnywhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** A height one jumps from (NICE NG225: a method at a place), told anywhere in the message. */
const HEIGHT = toldAnywhere(
  '(?:techo|azotea|tejado|terraza|puente|edificio|balcon|cornisa|barranco|acantilado|precipicio|piso (?:\\d+|diez|doce|quince|veinte)|ventana)',
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
    'aguanto',
    'cortarme',
    'cortandose',
    'amenaza',
    'cuchillo',
    'soga',
  ],
  phrases: [
    [
      `(?:me )?(?:kiero|qiero|kero|qero) (?:morir(?:me)?|matarme|suicidarme|desaparecer)${NOT_OF_A_DEGREE}`,
      'i want to die',
    ],
    ['(?:ya )?no (?:kiero|qiero|kero) (?:vivir|seguir viviendo|despertar(?:me)?)', 'i do not want to live anymore'],
    [
      '(?:ya )?no (?:quiero|kiero|quiere|queria) seguir(?= ?(?:[,.;!?]|$|asi|mas|ya|adelante|aqui|en este mundo|luchando|intentando))',
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
      `(?:me voy a|voy a|me quiero|quiero|se va a|va a|se quiere|quiere|amenaza con) (?:tirar(?:me|se)?|aventar(?:me|se)?|lanzar(?:me|se)?|arrojar(?:me|se)?|saltar|brincar)${NOT_A_SPORT}${HEIGHT}`,
      'is going to jump off',
    ],
    [
      '(?:me voy a|voy a|me quiero|quiero|se va a|va a|se quiere|quiere|amenaza con|pienso|piensa) (?:ahorcar(?:me|se)|colgar(?:me|se) (?:del|de una|de un) (?:cuello|viga|arbol|techo))|(?:ahorcarme|ahorcarse)',
      'i want to hang myself',
    ],
    ['amenaza(?:ndo)? con (?:matarse|suicidarse|quitarse la vida)', 'threatening to kill himself'],
    [
      '(?:se |me )?(?:despide|despidio|despedirse|despedirme|esta despidiendo) (?:de este mundo|de la vida)',
      'she says she wants to die',
    ],
    // Despair told at the end of its clause with no "más" ("wey ya no aguanto, ..."), not of a pain or a job.
    ['ya no (?:aguanto|soporto|puedo)(?= ?(?:[,.;!?]|$))', 'i feel hopeless'],
    [
      'se (?:encerro|ha encerrado|esta encerrad[oa]|encerro solo|encerro sola)(?: en (?:el|su|la) (?:cuarto|bano|recamara|habitacion|carro|coche))?',
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
      '(?:ya )?(?:decidi|he decidido|lo decidi|voy a|lo voy a) hacerlo (?:esta noche|hoy|manana|ya|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))',
      'i am going to do it tonight',
    ],
    [
      `(?:se|me) (?:esta |estaba |sigue |volvio a |vuelve a )?(?:cortando|corta|rajando|raja|lastimando|lastima)(?: (?:otra vez|de nuevo|a proposito))?(?= ?(?:[,.;!?]|$|y |otra vez|de nuevo|a proposito|con (?:una |un |la |el )?(?:navaja|gillette|cuchilla|hoja|vidrio|cutter|tijeras|cuchillo)|(?:los|las|el|la|sus|mis) (?:brazos|piernas|munecas|muslos|brazo|pierna|muneca|panza)))${NOT_IN_A_TASK}`,
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
    soga: 'rope',
    cuerda: 'rope',
    navaja: 'blade',
    gillette: 'blade',
    cuchilla: 'blade',
  },
};
