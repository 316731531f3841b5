import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:peinlich|scham|schame|blamiert)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:peinlich|scham|schame|blamiert))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:woche|tage|wochenende|urlaub|strand|reise|paar stunden|auszeit)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:woche|tage|wochenende|urlaub|strand|reise|paar stunden|auszeit))';

/**
 * Where a wish's clause ends (German puts the verb last: "dass sie einfach verschwinden will"): "aus diesem Meeting
 * verschwinden" goes on with where, and a stain that should vanish ("die Flecken sollen verschwinden") has no one wishing.
 */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|und |aber |weil |denn |niemand ))';

/**
 * What is swallowed is told before its participle in German's perfect ("hat Rattengift gegessen"): the poison and its
 * verb are read together, into the English order the rules read.
 */
const SWALLOWED = ' (?:\\p{L}+ )?(?:gegessen|geschluckt|getrunken|gefressen|genommen|verschluckt)';

/**
 * German, after the umlauts are typed plainly (NICE NG225; Telefonseelsorge's warning signs; the German poison centres'
 * names, GIZ): a wish to vanish or never to wake, nobody missing one, life without sense, pills laid ready; rat poison,
 * a drain cleaner, antifreeze, a weed killer.
 */
export const GERMAN_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['verschwinden', 'rattengift', 'rohrreiniger', 'frostschutzmittel', 'unkrautvernichter', 'vermissen'],
  phrases: [
    // A count of tablets told swallowed at a time, with or without its unit (TOXBASE: take the count told), the English
    // rules weighing the count; not a count over days or a year ("20 in the last ten days", "the pill for 15 years").
    [
      '(?<!(?:insgesamt|letzten|seit|pro tag|am tag|taglich|jeden tag|uber)[^.!?]{0,60})(?<![\\p{L}\\p{N}])[1-9]\\d+ (?!(?:tropfen|ml|mg|hube|hub|spruhstosse)(?![\\p{L}]))(?:stuck )?(?:tabletten |pillen |kapseln |dragees )?(?:\\p{L}+ )?(?:tabletten|pillen|kapseln|dragees|ibuprofen|paracetamol|aspirin|ass|diclofenac|novalgin|metamizol|tavor|lorazepam|diazepam|valium|zopiclon|schlaftabletten|schmerztabletten|tramadol|tilidin|citalopram|sertralin|amitriptylin|mirtazapin|quetiapin|lithium)(?: \\d+(?: mg)?)? (?:genommen|geschluckt|eingenommen|eingeworfen)(?![^.!?]{0,40}(?:pro tag|am tag|taglich|uber (?:\\p{L}+ )?(?:tage|wochen)|in (?:\\p{L}+ )?(?:tagen|wochen)))',
      'took # pills',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:(?:ich |er |sie )?(?:will|mochte|wurde|wollte|mochte am liebsten|wurde am liebsten) (?:(?:jetzt|einfach|nur|noch|am liebsten|fur immer|so|ganz) ){0,3}(?:verschwinden|nicht mehr da sein|nicht mehr existieren)|(?:einfach |nur |fur immer )?(?:verschwinden|nicht mehr da sein|nicht mehr existieren) (?:will|mochte|wolle|wurde))${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      '(?:will|mochte|wurde|wunsche mir|wunscht sich)(?: \\p{L}+){0,3} (?:nicht mehr|nie mehr|nie wieder) (?:aufwachen|aufzuwachen)|(?:nicht mehr|nie mehr|nie wieder) (?:aufwachen|aufzuwachen) (?:will|mochte|wolle|wurde)|einschlafen und (?:nicht mehr|nie mehr|nie wieder) aufwachen',
      'i do not want to wake up',
    ],
    ['(?:niemand|keiner) (?:wurde|wird) (?:mich|ihn|sie) (?:\\p{L}+ )?vermissen', 'nobody would miss me'],
    [
      '(?:das|mein|sein|ihr) leben hat (?:keinen|null|gar keinen) sinn(?: mehr)?|(?:keinen|kein) (?:sinn|grund) mehr (?:zu leben|weiterzuleben)|(?:keinen|kein) (?:sinn|grund) (?:zu leben|weiterzuleben)',
      'no reason to live',
    ],
    [
      '(?:tabletten|pillen|medikamente|schlaftabletten|schmerztabletten)(?: \\p{L}+){0,2} (?:bereitgelegt|zurechtgelegt|gesammelt|gehortet|gebunkert|angespart|versteckt)',
      'pills are saved up',
    ],
    ['(?:keine lust|keinen bock|keine kraft) mehr (?:auf|aufs) leben', 'i do not want to live'],
    [`(?:rattengift|mausegift|rattenkoder|giftkoder)${SWALLOWED}`, 'ate rat poison'],
    [`(?:rohrreiniger|abflussreiniger|rohrfrei|natronlauge|salzsaure)${SWALLOWED}`, 'drank drain cleaner'],
    [`(?:frostschutzmittel|frostschutz|kuhlerfrostschutz|kuhlmittel)${SWALLOWED}`, 'drank antifreeze'],
    [
      `(?:pflanzenschutzmittel|pestizid|insektizid|unkrautvernichter|unkrautex|schneckenkorn|glyphosat)${SWALLOWED}`,
      'drank pesticide',
    ],
  ],
  words: {
    rattengift: 'rat poison',
    mausegift: 'rat poison',
    rattenkoder: 'rat poison',
    giftkoder: 'rat poison',
    rohrreiniger: 'drain cleaner',
    abflussreiniger: 'drain cleaner',
    rohrfrei: 'drain cleaner',
    natronlauge: 'drain cleaner',
    salzsaure: 'drain cleaner',
    frostschutzmittel: 'antifreeze',
    frostschutz: 'antifreeze',
    kuhlerfrostschutz: 'antifreeze',
    pflanzenschutzmittel: 'pesticide',
    pestizid: 'pesticide',
    insektizid: 'pesticide',
    unkrautvernichter: 'pesticide',
    schneckenkorn: 'pesticide',
    glyphosat: 'pesticide',
    lied: 'song',
    songtext: 'song',
  },
};
