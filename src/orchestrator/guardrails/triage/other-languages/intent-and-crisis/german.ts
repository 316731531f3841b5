import { toldAnywhere, toldNowhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Where the jump is from: the place told after the verb, or someone told standing on it. A height told elsewhere in the
 * message (a flat on the 9th floor) is not where a jump off the sofa or into the shower is from (review V22, 02:15).
 */
const HEIGHT = `(?: (?:\\p{L}+ ){0,3}(?:von der|vom|von dem|aus dem|von einer|von einem|uber das|ubers)(?: \\p{L}+)? (?:brucke|dach|hochhaus|balkon|fenster|klippe|parkhaus|turm|felsen|gelander|autobahnbrucke)|${toldAnywhere('(?:stehe|steht|sitze|sitzt|bin|ist) (?:\\p{L}+ )?(?:auf der|auf dem|am|an der) (?:brucke|dach|hochhaus|balkon|fenster|klippe|parkhaus|gelander|rand)')})`;
/** A jump into water, off a diving board or on a trampoline: play, not a fall meant to kill. */
const NOT_A_SPORT =
  '(?![^.;]{0,60}(?:schwimmbad|freibad|ins wasser|in den see|sprungbrett|trampolin|bungee|fallschirm))';

/**
 * Suicidal intent, self-harm and a psychiatric crisis in German and Swiss German, written after the umlauts are typed
 * plainly (NICE NG225; NHS 111 mental health; Telefonseelsorge): cutting oneself told of anyone ("meine Tochter ritzt
 * sich"; "ritzen" is only ever self-harm), a burden and better dead, a jump from a height, voices that order a killing,
 * days without sleep, a knife carried about.
 */
export const GERMAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [
    'leben',
    'sterben',
    'ritzt',
    'ritzen',
    'schneidet',
    'aufwachen',
    'selbstmord',
    'messer',
    'springe',
    'brucke',
    'bruecke',
  ],
  phrases: [
    // Session 52 (T82): a goodbye told in its own words ("ich hab euch lieb, passt auf Mama auf") is a farewell message only
    // beside the silence after it or despair (Samaritans: a goodbye, then no answer): alone it is love said at a door, and
    // beside a journey, a shift or a flat battery it is a phone off on the way.
    [
      `(?:ich hab(?:e)? euch (?:alle )?(?:so )?(?:sehr )?lieb|passt (?:gut )?auf (?:euch|mama|papa|die kinder|die kleine[nr]?|\\p{L}+) auf)${toldAnywhere('(?:handy (?:ist )?(?:jetzt )?aus|ausgeschaltet|geht nicht (?:mehr )?ran|antwortet nicht|nicht erreichbar|(?:will|kann) nicht mehr(?= ?(?:[,.;!?]|$))|abschied|tabletten|brucke)')}${toldNowhere('(?:reise|urlaub|flug|ferien|klassenfahrt|schicht|dienst|unterwegs|akku|batterie|ladekabel|bei (?:der|dem|ihrer|seiner) (?:freundin|freund|oma|opa)|immer|jedes mal|weil|beim arzt|bei der arbeit|schlaft)')}`,
      'sent a goodbye message',
    ],
    [
      "(?:heute|jetzt|inzwischen|mittlerweile) (?:gehts|geht'?s|geht es) (?:mir|ihm|ihr) (?:wieder )?(?:gut|besser)",
      'now i am fine',
    ],
    // Suicidal thoughts denied or long past (review V22: main read the noun as first-person intent and left the denial unread).
    [
      '(?:vor (?:\\p{L}+ )?jahren|fruher|damals) (?:hatte (?:ich|er|sie) )?(?:suizidgedanken|selbstmordgedanken|suizidale gedanken)',
      'suicidal thoughts years ago',
    ],
    ['(?:keine|nie) (?:suizidgedanken|selbstmordgedanken|suizidalen gedanken)', 'no suicidal thoughts'],
    [
      '(?:denke|dachte|denkt|denken) (?:\\p{L}+ )?(?:an|uber|ueber) (?:selbstmord|suizid|den tod|mich umzubringen|sich umzubringen)|(?:suizid|selbstmord)gedanken',
      'thinking about suicide',
    ],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    ['wie viele', 'how many'],
    [
      '(?<=(?:wie viele|wie viel)[^.?;!]{0,80})um (?:zu sterben|nicht mehr aufzuwachen|nie mehr aufzuwachen|nie wieder aufzuwachen|mich umzubringen)',
      'to die',
    ],
    [
      'ritz(?:t|en|e)? sich|(?:schneidet|schneiden) sich (?:die |in die |den |in den )?(?:arme|arm|handgelenke|handgelenk|beine|oberschenkel|pulsadern|haut)(?: auf)?',
      'she is cutting herself',
    ],
    [
      '(?:ich bin|bin|er ist|sie ist|fuhle mich wie) (?:nur noch |nur |einfach )?(?:eine last|ein klotz am bein|eine belastung) (?:fur|fuer) (?:alle|meine familie|meine kinder|euch|seine familie|ihre familie)',
      'i am a burden',
    ],
    [
      '(?:es )?(?:ware|waere|ist) (?:doch )?besser,? wenn ich (?:tot ware|tot waere|nicht mehr da ware|nicht mehr da waere|sterben wurde|nicht mehr lebe|nie geboren ware)|(?:allen|alle) (?:ginge es|waren|geht es) besser ohne mich',
      'it would be better if i died',
    ],
    [
      `(?:ich |er |sie )?(?:springe|spring|springt|werde springen|will springen|will runterspringen|springe runter|sturze mich|sturzt sich)${NOT_A_SPORT}${HEIGHT}`,
      'i am going to jump off',
    ],
    [
      '(?:hort|hoert|hore|horte) stimmen[^.!?]{0,50}(?:umbringen|toten|erstechen|angreifen|verletzen|springen|umbringen soll)',
      'hears voices telling him to kill',
    ],
    [
      '(?:schlaft|schlaeft|schlafe|hat) seit (?:\\d+|zwei|drei|vier|funf|mehreren|tagen)(?: tagen| nachten)? (?:nicht|kaum)(?: mehr)?(?: geschlafen)?',
      'has not slept for days',
    ],
    [
      '(?:lauft|rennt|geht|lief|rannte) (?:\\p{L}+ ){0,2}mit (?:einem|dem|nem) (?:messer|kuchenmesser|beil|axt|hammer|pistole)(?: \\p{L}+){0,2} (?:herum|rum|umher|durch)',
      'running around with a knife',
    ],
    [
      '(?:sagt|glaubt|meint|schreit) (?:er sei|sie sei|er ist|sie ist|ich bin) (?:gott|jesus|der messias|der teufel|ein prophet|unsterblich|unbesiegbar)',
      'he thinks he is god',
    ],
    ['droht (?:\\p{L}+ ){0,2}(?:umzubringen|zu toten|abzustechen)', 'threatening to kill'],
  ],
  words: {
    rasierklinge: 'blade',
    klinge: 'blade',
  },
};
