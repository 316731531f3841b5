import { FRENCH_INFANT_JABS } from './infant-jabs-told-by-their-visit.js';
import { FRENCH_PREGNANCY_TEST_AND_A_FAINT } from './pregnancy-told-by-its-test-and-a-faint.js';
import { FRENCH_CLIMBING } from './climbing-told-as-it-is-done.js';
import { FRENCH_BREATH_TOLD_BY_WHAT_IS_SEEN } from './breath-told-by-what-is-seen.js';
import { FRENCH_DIGOXIN } from './digoxin-told-by-its-name-and-its-yellow.js';
import { FRENCH_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { FRENCH_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { FRENCH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { FRENCH_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { FRENCH_PRESSURE_FAILING } from './pressure-failing-on-a-bleed.js';
import { FRENCH_PREPARATIONS } from './preparations-told-by-their-parts.js';
import { FRENCH_SEIZURE_NEVER_BEFORE_AND_WAKING } from './seizure-never-before-and-hard-to-wake.js';
import { FRENCH_FITS_TOLD_BY_THEIR_KIND_AND_WAKING } from './fits-told-by-their-length-or-a-second-one.js';
import { FRENCH_WISH_AND_JUMP_TOLD_APART } from './wish-and-jump-told-apart.js';
import { FRENCH_MEANS_TAKEN_ALL } from './means-taken-all-at-once.js';
import { FRENCH_NUMBER_MARKERS } from './number-word-markers.js';
import { FRENCH_FUNCTION_WORDS } from './function-words.js';
import { FRENCH_FINDINGS } from './breathing-bleeding-children/french.js';
import { FRENCH_EVERYDAY_PHRASES, FRENCH_EVERYDAY_WORDS } from './everyday-words/french.js';
import { FRENCH_INTENT_AND_CRISIS } from './intent-and-crisis/french.js';
import { FRENCH_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/french.js';
import {
  FRENCH_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON,
  FRENCH_PILLS_SAVED_AND_READY,
} from './wish-to-stay-no-longer-and-wrists-cut.js';
import {
  NOT_AFTER_WATER_OR_A_ROOM,
  NOT_BEFORE_A_LENGTH_OR_WEIGHT,
  toldAnywhere,
  toldNowhere,
  type LanguageLexicon,
} from './language-lexicon.js';
import { FRENCH_MODIFIERS } from './modifiers/french.js';
import { FRENCH_CHEST_PRESSURE } from './chest-pressure-told-by-its-place.js';
import { FRENCH_GESTATION } from './gestation-told-by-weeks.js';
import { FRENCH_GLASS_TEST, FRENCH_SPOT_WORDS } from './glass-test-told-after.js';
import { FRENCH_STROKE_AND_LIMB } from './stroke-and-limb-by-their-parts.js';
import { FRENCH_HEAD_KNOCK_AND_WAKING } from './head-knock-and-waking-told-by-their-parts.js';
import { FRENCH_SEIZURES_FLIGHT_AND_FAREWELL } from './seizures-flight-and-farewell-told-by-their-parts.js';
import { FRENCH_TABLETS_TOLD_MISSING } from './tablets-told-missing-in-the-first-group.js';
import { FRENCH_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';
import { FRENCH_CHOKING_OBJECT_TOLD_OUT } from './choking-object-told-out.js';
import { FRENCH_SPAN_OF_TIME } from './span-of-time-told-as-an-age.js';

/**
 * An allergen, a sting, a medicine, a swelling or breathing told nowhere in the message: a throat that closes beside none
 * of them, and beside nerves, is a lump in the throat.
 */
const NO_ALLERGEN_TOLD = toldNowhere(
  '(?:allerg|piqu|guepe|abeille|medicament|cacahu|arachide|gonfl|respir|mange|crevette|fruits de mer|crustace|noix|noisette|poisson|sesame|oeuf|antibio|comprime|cachet)',
);

/**
 * Issue 11, session 40 (T42): the weak kinds of KIND-FOCUS.md in plain French, each read from its parts. A whole blister
 * pack, a double insulin dose (poison centres); an infant's high-pitched cry and dry nappies (NICE NG143); about to pass out
 * after a sting (Resuscitation Council UK); confusion that repeats the same questions after a fall on the head (NICE head
 * injury: amnesia, confusion); stabbed or knocked down. A fontanelle is only a baby's: read with the baby it is of, as
 * the English rules read an infant's signs.
 */
/**
 * Session 63 (T140): red flags told in the plainest everyday French that the phrases below read only in other shapes: a
 * chest held and told as crushing (NICE CG95), an arm that can no longer be lifted beside a face or speech gone wrong or
 * a sudden onset, and a face gone crooked (FAST; a shoulder hurt in a fall is told with its cause), purple
 * spots that "ne partent pas" (NICE NG240: a rash that does not fade). A dentist's numbness or a palsy of years is a
 * face told crooked for another reason.
 */
const PLAIN_RED_FLAGS_SESSION_63: ReadonlyArray<readonly [string, string]> = [
  ['(?:il |elle )?se tient (?:la poitrine|le thorax|le coeur)', 'clutching his chest'],
  [
    "(?:et )?(?:ne |n')?(?:reprend|reprenait|revient|revenait) (?:pas|plus|toujours pas) (?:connaissance|a (?:elle|lui|soi)|ses esprits)",
    'and is not waking up',
  ],
  [
    `(?:ca|ce|il|elle) (?:l'|l |m'|m |me |lui )?(?:ecrase|oppresse|comprime)${toldAnywhere('(?:poitrine|thorax|coeur)')}`,
    'pressure in his chest',
  ],
  [
    `(?:n'|ne )?(?:arrive|arrivait|peut|pouvait) (?:plus|pas) (?:a )?(?:lever|bouger|soulever) (?:le|la|son|sa|les|ses) (?:bras|jambe|main)${toldAnywhere("(?:bouche|visage|figure|parle|parler|bafouill\\p{L}*|d'un coup|tout a coup|soudain\\p{L}*|brutalement)")}${toldNowhere('(?:epaule|chute|ski|muscu|salle de sport|fracture|entorse|tendin\\p{L}*)')}`,
    'cannot lift his arm',
  ],
  [
    `${toldNowhere('(?:dentiste|anesthesi\\p{L}*|paralysie faciale|depuis des (?:annees|mois))')}(?:le |son |sa |la )?(?:visage|figure|bouche) (?:est |s'est )(?:devenue? |mise? )?(?:tout |toute )?(?:tordue?|de travers|deformee?)`,
    'face drooping',
  ],
  [
    "(?:taches|points|boutons|plaques) (?:\\p{L}+ )?(?:violet\\p{L}*|violac\\p{L}*|pourpres?|mauves?)(?: \\p{L}+){0,3} qui (?:ne )?(?:partent|part|disparaissent|disparait|s'?en vont|s'?effacent) (?:pas|plus)",
    'rash that does not fade when pressed with a glass',
  ],
  [
    '(?:(?:ca |il |elle )?saigne|(?:le )?sang (?:coule|sort|gicle|pisse))(?: \\p{L}+){0,2} comme (?:un|une) (?:robinet|fontaine|tuyau|lance)',
    'blood spurting',
  ],
  // Barely conscious after tablets swallowed (TOXBASE); a tired morning is told without them.
  [
    `(?:est |etait |il est |elle est )?(?:dans les vapes|dans le coaltar|dans le cirage)${toldAnywhere('(?:flacon|boite|plaquette|cachets|comprimes|medicaments|pilules|somniferes)')}`,
    'drowsy and barely conscious',
  ],
  [
    '(?:a|ai|as) (?:pris|avale|bu) (?:un|une|tout le|toute la|son|sa) (?:flacon|boite|plaquette|tube)(?: entiere?)? de (?:medicaments|cachets|comprimes|pilules|somniferes)',
    'took a whole bottle of pills',
  ],
  [
    `(?:le |la )?pire de (?:ma|sa) vie${toldAnywhere('(?:mal de tete|mal a la tete|cephalee|migraine)')}`,
    'the worst headache of my life',
  ],
];

const KINDS_TOLD_PLAINLY: ReadonlyArray<readonly [string, string]> = [
  // Session 55 (T92): the legs no longer felt and urine passed unfelt (NICE CG59 / NHS: cauda equina), told with "ne ...
  // plus" and "fait pipi dessus", which the words alone read as "i feel plus my legs" and left the bladder unread.
  ['(?:je |il |elle )?ne (?:sens|sent|sentais|sentait) plus (?:mes|ses|les|leurs) jambes', 'cannot feel my legs'],
  ["(?:je me suis|il s'est|elle s'est|s'est|je me suis deja) fait pipi dessus", 'i wet myself'],
  [
    // The whole pack, not a pack: "une boîte de Doliprane" is what a doctor prescribes (review V22).
    '(?:toute) (?:la |sa |ma )?(?:plaquette|boite|boîte|tablette)(?: entiere)?(?: de)?|(?:tout) (?:le |son |mon )?(?:tube|flacon)(?: entier)?(?: de)?|(?:une|un) (?:plaquette|boite|tube|flacon) entiere? de',
    'the whole pack of',
  ],
  [
    "(?:fait|pris|injecte|mis|fais) (?:deux fois|2 fois|double dose de|une double dose de) (?:mon |son |ma |sa |l'?|de l'?|d'?)?(?:insuline|lantus|novorapid|humalog)",
    'injected my insulin twice',
  ],
  ['(?:pousse |fait )?(?:des |un )?(?:cris?|pleurs?|hurlements?) (?:tres |super )?aigus?', 'a high-pitched cry'],
  [
    "(?:la )?fontanelle (?:est |qui )?(?:bombee|bombe|tendue|gonflee)(?![^.;!?]{0,30}(?:quand|lorsqu'?|lorsque|en) (?:il |elle )?(?:pleur|cri|pouss|touss|forc))",
    "the baby's fontanelle is bulging",
  ],
  [
    '(?:la )?fontanelle (?:est |qui )?(?:creuse|creusee|enfoncee|affaissee)|fontanelle (?:qui se )?creuse',
    "the baby's fontanelle is sunken",
  ],
  [
    // NICE NG143: no wet nappy over many hours; an hour without a wee is none (review V22).
    '(?:(?:pas de|aucune|zero) couches? mouillees?|(?:la |sa )?couche (?:est )?(?:toujours |encore )?seche)(?![^.;!?]{0,40}depuis (?:[1-7]|une|un|deux|trois|quatre|cinq|six|sept|quelques) (?:heures?|minutes?))',
    'no wet nappy',
  ],
  [
    'couches? mouillees?(?![^.;!?]{0,40}depuis (?:[1-7]|une|un|deux|trois|quatre|cinq|six|sept|quelques) (?:heures?|minutes?))',
    'wet nappy',
  ],
  // "Va tomber" alone is a fever that will come down; only the faint is read.
  ["(?:il |elle )?va (?:tomber dans les pommes|s'?evanouir)", 'is about to faint'],
  ['(?:elle|il) (?:est|etait) (?:toute? )?confuse?', 'she is confused'],
  [
    '(?:elle |il )?(?:repete|redemande|repose) (?:sans arret |tout le temps |en boucle )?(?:les memes questions|la meme (?:chose|question))',
    'keeps asking the same questions',
  ],
  ["(?:elle|il) (?:est|s'?est) tombee? sur la tete", 'she fell on her head'],
  [
    "(?:(?:il|elle) )?(?:a (?:pris|recu)|s'?est pris|s'?est fait planter) (?:un |des |plusieurs )?(?:coups? de couteau|coups? de lame)",
    'he was stabbed',
  ],
  [
    "(?:(?:il|elle) )?(?:s'?est fait (?:renverser|faucher|percuter)|a ete (?:renverse|fauche|percute)e?) (?:par|d'?) ?(?:une|un)?",
    'he was hit by a',
  ],
  ['apres (?:avoir mange )?(?:les|des|de la|du) (?:cacahuetes|arachides)', 'after eating peanuts'],
  [
    "(?:le )?sang (?:coule|gicle|sort|pisse) (?:sans arret|sans s'?arreter|a flots|partout|non stop)",
    'bleeding nonstop',
  ],
  [
    '(?:il |elle )?(?:ne )?sent (?:plus|pas|rien dans) (?:ses|les|mes) (?:bras|jambes|mains|pieds)',
    'cannot feel his arms',
  ],
  [
    "(?:est |s'?est )?tombee? (?:de l'? ?|du |d'? ?une? )(?:echelle|toit|escabeau|balcon|arbre|echafaudage)",
    'fell from the ladder',
  ],
];

/** A jump told without its height, the height told elsewhere: someone standing on a bridge, a roof, a ledge. */
const ON_A_HEIGHT = toldAnywhere(
  "(?:suis|est|sommes|etais|etait) (?:\\p{L}+ )?(?:sur|en haut d'?u?n?e?|au bord d'?u?n?e?) (?:le |la |l'|un |une )?(?:pont|toit|balcon|rebord|parapet|falaise|corniche|viaduc|immeuble|fenetre)",
);
/** A jump that is a sport or a figure of speech: a parachute, a bungee, a rope, a meal skipped, a step. */
const NOT_A_SPORT_OR_A_MEAL =
  "(?![^.;!?]{0,40}(?:parachute|elastique|corde|trampoline|piscine|plongeoir|dans l'eau|a l'eau|repas|etape|cours|ligne|classe|de joie|au cou))";

/**
 * Session 45 (T57): a discriminator told by what follows it rather than named. Stridor told as the noise a child makes
 * breathing even at rest, with drooling and the skin drawn in under the neck or ribs (NICE NG143, croup); a head injury by
 * what came after it (knocked out for seconds, then vomiting, blurred vision: NICE NG232); a jump announced where the
 * height is told apart (NICE NG225); a cord felt coming out after the waters broke (RCOG: cord prolapse).
 */
const TOLD_BY_WHAT_FOLLOWS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:fait|fais|a) (?:un |des )?(?:bruits? (?:aigus?|de sifflet|qui siffle|strident|sifflants?|bizarre)|sifflements?|sons? aigus?)(?= (?:quand|en|lorsqu))',
    'makes a high-pitched noise',
  ],
  ['meme (?:au repos|assise?|couchee?|allongee?|sans bouger|en dormant)', 'even at rest'],
  ['(?:il |elle |y |le bebe )bave(?! (?:un peu|en dormant|quand il dort|quand elle dort))', 'he is drooling'],
  [
    '(?:ca |la peau )?(?:creuse|se creuse|rentre) (?:en dessous|au-dessous|sous|entre) (?:du |le |les |la |des )?(?:cou|cotes|clavicules|sternum)',
    'sucking in under the ribs',
  ],
  [
    '(?:est |a )?(?:reste|restee|ete) (?:ko|k\\.o\\.?|inconsciente?|dans les pommes) (?:quelques|une|deux|trois|\\d+) (?:secondes|minutes?)',
    'was knocked out for a few seconds',
  ],
  ['(?:il|elle|y) vomit(?![\\p{L}])', 'he is vomiting'],
  ['(?:il |elle |y )?(?:voit|voyait) (?:tout )?(?:flou|trouble|double)', 'has blurred vision'],
  [
    `${ON_A_HEIGHT}(?:je vais|je veux|il va|elle va|il veut|elle veut|va|vais) sauter${NOT_A_SPORT_OR_A_MEAL}`,
    'i am going to jump off the bridge',
  ],
  [
    `${toldAnywhere('(?:enceinte|semaines|sem|grossesse|perdu les eaux|perdre les eaux|poche des eaux)')}(?:je sens |je vois )?(?:le cordon(?: qui)? (?:sort|pend|depasse|descend)|(?:un truc|quelque chose|qqch)(?: qui)? (?:sort|pend|depasse|descend)(?=[^]*cordon))`,
    'i feel the cord coming out',
  ],
];

/** French, typed with or without its accents; elisions ("l'", "j'", "n'", "qu'") read as their words. */
/**
 * Session 46 (T59): despair told anywhere in a message ("je tiens plus", "j'en peux plus"), beside which a means got
 * ready or a place chosen is a plan (NICE NG225), whatever follows it; never "je tiens plus debout" (tiredness).
 */
const BESIDE_FRENCH_DESPAIR = toldAnywhere(
  "(?:je (?:ne )?tiens plus(?! debout)|j'en peux plus|je n'en peux plus|envie d'en finir|envie de mourir|marre de (?:la )?vie|plus envie de vivre|je veux disparaitre)",
);
const MEANS_AND_PLACE_BESIDE_DESPAIR: ReadonlyArray<readonly [string, string]> = [
  [
    `${BESIDE_FRENCH_DESPAIR}(?:j'ai |je l'ai )?(?:achete|pris|trouve|prepare|cache|garde|recupere) une corde`,
    'i bought a rope',
  ],
  [
    `${BESIDE_FRENCH_DESPAIR}(?:j'ai |je les ai )?(?:cache|garde|mis de cote|recupere|rassemble|pris|achete) (?:toutes? )?(?:les |mes |ses )?(?:boites|plaquettes|cachets|medicaments|comprimes)(?: de (?:cachets|medicaments|comprimes))?`,
    'i have gathered all the pills',
  ],
  [
    `${BESIDE_FRENCH_DESPAIR}(?:j'ai )?(?:repere|choisi|trouve) (?:l'endroit|le lieu|l'arbre|le pont)`,
    'i have picked the place',
  ],
  [
    "je (?:ne )?tiens plus(?= ?(?:[,.;!?]|$| depuis))|(?:je n'en|j'en) peux plus(?: de (?:cette|la|ma) vie)?(?= ?(?:[,.;!?]|$))",
    'i cannot take it any more',
  ],
];

/**
 * Session 57 (T103): a stroke's face and speech told with a verb between the parts the lists read (NHS BE-FAST): a mouth
 * that "est devenue tordue" or "s'est mise de travers", someone who "parle difficilement" or "avec difficulté". A language
 * spoken with difficulty ("parle difficilement le français") is not a slurred speech.
 */
const A_FACE_AND_WORDS_GONE_WRONG: ReadonlyArray<readonly [string, string]> = [
  [
    `${toldNowhere("(?:dentiste|anesthesi\\p{L}*|piqure|va mieux|allait mieux|c'est passe|est passe|depuis des (?:annees|mois)|paralysie faciale)")}(?:sa |la |leur )?bouche (?:est |s'est |se )(?:devenue |mise |tournee )?(?:toute |un peu )?(?:tordue|de travers|deviee|croche)`,
    'face drooping',
  ],
  [
    `${toldNowhere("(?:orthophon|zozote|begai|begaye|depuis des (?:annees|mois)|depuis (?:mon|son|l') ?avc|il y a \\d+ ans|depuis (?:toujours|tout petit|la naissance))")}${toldAnywhere("(?:bouche|visage|bras|main (?:droite|gauche)|jambe|d'un coup|soudain\\p{L}*|tout a coup|brusquement|ce matin|depuis (?:une|1|2|deux) heures?|il y a (?:une|1|2|deux) heures?)")}parle (?:tres |super )?(?:difficilement|avec difficulte|mal|bizarrement)(?! (?:le |la |les |l'|en |anglais|francais|arabe|wolof))`,
    'slurred speech',
  ],
];

export const FRENCH: LanguageLexicon = {
  language: 'French',
  script: 'latin',
  functionWords: FRENCH_FUNCTION_WORDS,
  markers: [
    ...FRENCH_NUMBER_MARKERS,
    'il',
    'le',
    'les',
    'et',
    'une',
    'des',
    'du',
    'je',
    'elle',
    'suis',
    'ai',
    'avec',
    'depuis',
    'mon',
    'fils',
    'fille',
    'mere',
    'pere',
    'mari',
    'femme',
    'enfant',
    'peut',
    'pas',
    'tres',
    'beaucoup',
    'quand',
    'aussi',
    'douleur',
    'poitrine',
    'respirer',
    'respire',
    'fievre',
    'sang',
    'tete',
    'bouche',
    'visage',
    'aide',
    'hier',
    'aujourd',
    'maintenant',
    'reveille',
    'saigne',
    'enceinte',
    'comprimes',
    'faire',
    'mourir',
    'veux',
    'frere',
    'soeur',
    'qu',
    'ne',
    'sont',
  ],
  ownWords: [
    // Session 63 (T140): a colour turning told in a word of its own ('le bébé devient tout bleu').
    'devient',
    // Session 59 (T114): soaked through, as a towel with blood is ("la serviette est trempée de sang").
    'trempee',
    'imbibee',
    // Session 55 (T92): a sting told in a few words ("gorge qui se ferme après la piqûre d'abeille" was read in none).
    'piqure',
    'abeille',
    'guepe',
    ...FRENCH_INTENT_AND_CRISIS.ownWords,
    ...FRENCH_SELF_HARM_AND_POISONING.ownWords,
    // Session 39 (T38): burns, breath, intent and the belly told in words of their own.
    'brulure',
    'ebouillante',
    'ebouillantee',
    'friteuse',
    'cloques',
    'ventoline',
    'etouffe',
    'sciatique',
    'fontanelle',
    'cherche',
    'tanne',
    'pilules',
    // Session 38 (T33): intent and self-harm told in words of their own.
    'avaler',
    'imv',
    'patiente',
    'pendre',
    'scarifie',
    'scarifier',
    'mutile',
    'veines',
    'corde',
    'reveiller',
    'moite',
    // Session 37 (T28): a young baby's fever, intent, seizures and venom told in words of their own.
    'tete',
    'adieu',
    'vipere',
    'reveiller',
    'gonflent',
    'nourrisson',
    // Breadth (issue 11, T25): words no English message writes, for a message told in a few of them.
    'poignarde',
    'suicider',
    'mettre',
    'enfle',
    'piscine',
    'vitesse',
    'noyade',
    // Named in an eye injury told in a few words (issue 11).
    'javel',
    'oeil',
    'foutre',
    'somniferes',
    'bouillante',
    'guepe',
    'evanoui',
    'evanouie',
    'pommes',
    'brule',
    'brulee',
    'repond',
    'reagit',
    'bouge',
    'respire',
    'tombe',
    'tombee',
    'poitrine',
    'fievre',
    'respirer',
    'reveille',
    'enceinte',
    'saigne',
    'evanoui',
    'evanouie',
    'douleur',
    'levres',
    'comprimes',
    'cachets',
    'avale',
    'nuque',
    'fille',
    'suis',
    'veux',
    // Session 40 (T42): a pack, a knife and insulin told in a short message ('elle a pris toute la plaquette').
    'plaquette',
    'couteau',
    'insuline',
    'cacahuetes',
    ...FRENCH_FINDINGS.ownWords,
  ],
  // "de la fièvre, j'en ai pas": no fever.
  negationAfter:
    "(?:(?:je |j'?|il |elle )?(?:n'?)?en (?:ai|a) pas|(?:il )?n'?y en a pas|pas (?:du tout|non plus)|non plus)(?= ?(?:[,.!?;]|$|(?:mais|juste|seulement|et|ni)(?![\\p{L}])))",
  phrases: [
    ...PLAIN_RED_FLAGS_SESSION_63,
    ...FRENCH_INFANT_JABS,
    ...FRENCH_CLIMBING,
    ...FRENCH_SPAN_OF_TIME,
    ...FRENCH_PREGNANCY_TEST_AND_A_FAINT,
    ...FRENCH_CHOKING_OBJECT_TOLD_OUT,
    ...FRENCH_TAKEN_AS_PRESCRIBED,
    ...FRENCH_DIGOXIN,
    ...FRENCH_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    ...FRENCH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...A_FACE_AND_WORDS_GONE_WRONG,
    ...FRENCH_BREATH_BLOOD_AND_HIVES,
    ...FRENCH_BREATH_TOLD_BY_WHAT_IS_SEEN,
    ...FRENCH_PREPARATIONS,
    ...FRENCH_PRESSURE_FAILING,
    ...FRENCH_SEIZURE_NEVER_BEFORE_AND_WAKING,
    ...FRENCH_FITS_TOLD_BY_THEIR_KIND_AND_WAKING,
    ...FRENCH_WISH_AND_JUMP_TOLD_APART,
    ...FRENCH_INTENT_AND_CRISIS.phrases,
    ...FRENCH_PILLS_SAVED_AND_READY,
    ...FRENCH_SELF_HARM_AND_POISONING.phrases,
    ...FRENCH_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON,
    ...FRENCH_STROKE_AND_LIMB,
    ...FRENCH_HEAD_KNOCK_AND_WAKING,
    ...FRENCH_SEIZURES_FLIGHT_AND_FAREWELL,
    ...FRENCH_MEANS_TAKEN_ALL,
    ...FRENCH_TABLETS_TOLD_MISSING,
    // "Joue" is a cheek only as a noun: after a subject it is the verb, a child playing (session 49).
    ['(?:il|elle|ils|elles) (?:joue|jouent)(?= |[,.;!?]|$)', 'is playing'],
    ...FRENCH_GESTATION,
    ...FRENCH_GLASS_TEST,
    ...FRENCH_CHEST_PRESSURE,
    ...MEANS_AND_PLACE_BESIDE_DESPAIR,
    // Issue 11, session 39 (T38): LANG-FOCUS's weak kinds read by their parts in French, Québécois and African French.
    // Burns (British Burn Association referral): a scald told by its verb, the degree a burn is given, skin gone white,
    // and the body part (read word by word below), so the English rules weigh them together; "au second degré" alone is
    // irony, read only beside a burn.
    ["(?:s'?est|se sont|je me suis|me suis|s'?etait) ebouillante\\p{L}*|ebouillantement", 'scalded'],
    [
      'brul\\p{L}* (?:au |du |de |d.un |d. )?(?:3e|3eme|3|troisieme) degre|(?:3e|3eme|troisieme) degre',
      'full-thickness burn',
    ],
    [
      'brul\\p{L}* (?:au |du |de |d.un |d. )?(?:2e|2eme|2|deuxieme|second) degre|(?:2e|2eme|deuxieme) degre',
      'blistering burn',
    ],
    ['(?:la )?peau (?:est )?(?:toute )?(?:blanche|noire|cartonnee|carbonisee)', 'skin is white'],
    // "La petite", "le petit" as the subject of what happened is the child.
    ['(?:la|le|ma|mon|notre) (?:petite?|pitchoune?)(?= (?:a |s.est |est |vient |ne |n.))', 'my child'],
    // What keeps a burn first aid (NHS): a small area.
    ['petite?s? (?:cloques?|ampoules?|rougeurs?|brulures?|zones?|surfaces?|marques?)', 'small burn'],
    ['sur (?:lui|elle|moi|soi)(?:-| )?meme|sur (?:lui|elle|moi)(?= ?(?:[,.!?;]|$))', 'on himself'],
    [
      // Review V21: a jolt told as harmless is no electrical injury (NHS: a low-voltage shock with no symptoms).
      '(?<!(?:rien de grave|pas grave|ca va|je vais bien)[^.!?]{0,60})(?:a |s.est |il s.est |elle s.est )?(?:electrocute\\p{L}*|pris (?:le|du) (?:courant|jus)|pris une (?:decharge|chataigne))(?![^.!?]{0,60}(?:rien de grave|pas grave|ca va|je vais bien|tout va bien))',
      'had an electric shock',
    ],
    // Breathing (Manchester Triage, NHS 111): wheeze an inhaler does not help, air sought, ribs drawn in, choking; the
    // Québécois "pu capable de respirer". "On étouffe ici" is the heat of a room.
    [
      '(?:un peu|un petit peu|legerement) (?:de )?mal a respirer(?= quand| en (?:courant|montant)| apres)',
      'a bit breathless',
    ],
    ['(?:il |elle |je |j.|ca )?siffle(?:ment)?s?(?! (?:un|une|des|la|le|dans|quand))', 'wheezing'],
    [
      '(?:la )?ventoline (?:ne )?(?:marche|fait|agit) (?:pas|rien|plus)|(?:la )?ventoline (?:ne )?(?:sert|aide) a rien',
      'inhaler not helping',
    ],
    // Review V21: not talking yet, or not able to talk of something with someone, is no loss of speech.
    [
      '(?:il |elle |je |j.)?(?:n.?)?arrive (?:pas|plus) a parler(?= (?:encore|de |d.|avec))',
      'does not talk about it yet',
    ],
    // Sought on exertion it is breathlessness from effort, which the English rules weigh (not this reading).
    [
      'cherche (?:son|mon|leur) (?:air|souffle)(?! (?:quand|en (?:courant|montant)|apres (?:le sport|l.effort|la course)))|cherche (?:de )?l.air',
      'gasping for air',
    ],
    ['(?:ses |les |mes )?cotes (?:qui )?(?:se creusent|rentrent|s.enfoncent)', 'ribs pulling in with each breath'],
    [
      '(?:il |elle |j.|je |bebe |on )(?:s.)?etouffe(?![^.!?]{0,40}(?:rire|chaleur|ici|dans|avec cette|travail|boulot|maison|couple|pression|stress))',
      'cannot breathe',
    ],
    [
      '(?:chu|chus|je suis|il est|elle est) (?:pu|plus|pas) capable de (?:respirer|reprendre (?:mon|son) souffle)',
      'cannot breathe',
    ],
    ['piqure d.(?:abeille|guepe)|piqure de (?:guepe|frelon|abeille)', 'bee sting'],
    ['(?:des )?(?:boutons|plaques) partout', 'a rash all over'],
    // Review V21: a throat tight with stress or emotion is no airway.
    [
      '(?<!(?:stress|emotion|angoiss|trac)\\p{L}*[^.!?]{0,40})(?:ma |la |sa )?gorge (?:me |lui )?serre(?![^.!?]{0,50}(?:stress|emotion|angoiss|trac|exam|pleur))',
      'throat is closing',
    ],
    // Intent (NICE NG225): tired of living, a gun, deep cuts; "à soir" is tonight in Québec. A crisis with threats to
    // kill (Manchester Triage: high risk of harm to others).
    ['(?:tanne|tannee|fatigue|fatiguee|marre|ecoeure|ecoeuree) de vivre', 'tired of living'],
    ['a soir(?![\\p{L}])', 'this evening'],
    ['se tirer une balle|me tirer une balle|se flinguer|me flinguer', 'shooting himself'],
    ['(?:des )?entailles profondes', 'deep cuts'],
    [
      '(?:je me suis|il s.est|elle s.est|me suis) (?:fait|faite) des (?:entailles|coupures|scarifications)',
      'i cut myself',
    ],
    ['avant(?:-| )bras', 'forearms'],
    // "Ça saigne pas mal": a fair amount, in spoken French; "j'ai pas mal" stays a pain denied.
    ['(?:ca )?saign(?:e|ait|ent) pas mal(?![^.!?]{0,50}(?:gencive|brosse|dents|nez))', 'bleeding a lot'],
    [
      'menace de (?:tuer|tous nous tuer|nous tuer|la tuer|le tuer|me tuer)(?![^.!?]{0,50}(?:mdr|lol|ptdr|haha|chat|chien|jeu|console))|menace (?:tout le monde|ma mere|mon pere) avec',
      'threatening to kill',
    ],
    ['casse tout', 'smashing everything'],
    ['en pleine crise', 'in a crisis'],
    // An acute abdomen (Manchester Triage): a hard belly, green vomit, guarding and a low pressure in a clinician's note.
    [
      '(?:le )?ventre (?:est )?(?:gonfle et )?(?:dur|tendu) comme (?:du bois|une planche|de la pierre)',
      'belly hard as a board',
    ],
    ['(?:le )?ventre (?:est )?(?:gonfle et )?(?:dur|tendu)(?! comme)', 'belly is hard'],
    // Green (bilious) vomit is a red flag in a baby or a child, or with a swollen or hard belly or no stool (NICE);
    // after a night out and better it is bile (review V21).
    [
      `${toldAnywhere('(?:bebe|enfant|nourrisson|fils|fille|petit|ventre (?:est )?(?:gonfle|dur|tendu|ballonne)|douleur|pas de selles|plus de selles)')}(?:je |il |elle )?vomi\\p{L}* (?:du )?vert(?![^.!?]{0,60}(?:soiree|ca va mieux|cuite|alcool))`,
      'vomiting green',
    ],
    ['douleur abdominale', 'abdominal pain'],
    ['brutale', 'sudden severe'],
    ['defense (?:abdominale|generalisee)|contracture abdominale|ventre de bois', 'rigid abdomen'],
    ['(?:ta|pa|tension) (?:a )?[6-9]\\d/\\d+', 'systolic blood pressure #'],
    // Cauda equina (NICE CKS): sciatica with saddle numbness and stool or urine no longer held.
    ['sciatique', 'sciatica back pain'],
    [
      '(?:plus|pas|aucune) de sensation (?:autour de|a|au niveau de) (?:l.anus|l anus|les fesses|le perinee|l.entrejambe)',
      'numbness between my legs',
    ],
    ['(?:je |il |elle )?(?:ne )?retien(?:s|t) (?:plus|pas) (?:mes|ses|les) selles', 'cannot control my bowels'],
    [
      '(?:je |il |elle )?(?:ne )?retien(?:s|t) (?:plus|pas) (?:mon|son|l.)urine|(?:je |il |elle )?(?:ne )?retien(?:s|t) (?:plus|pas) (?:mes|ses) urines',
      'cannot control my bladder',
    ],
    // Poisons named by the product and button batteries (centres antipoison); kerosene drunk, as African French tells it.
    [
      '(?:il |elle |on |j.|je )?(?:a|ai|as|avons|ont) (?:bu|avale) (?:du |de la |de l.|l.|le |la )?(?:destop|deboucheur|soude caustique|javel|eau de javel|white spirit|acide|ammoniaque)',
      'drank drain cleaner',
    ],
    [
      '(?:il |elle |on |j.|je )?(?:a|ai|as|avons|ont) (?:bu|avale) (?:du |le |de l.)?(?:petrole|kerosene|essence)(?: lampant)?',
      'drank kerosene',
    ],
    // A battery is read only as swallowed: the English rules read "button battery" alone, as when one is changed.
    ['(?:a|ai|as|ont) (?:avale|mange) (?:une |la |des |sa )?piles? bouton', 'swallowed a button battery'],
    // An infant (NICE NG143): a bulging fontanelle, projectile vomiting.
    // Only a baby has a fontanelle: read with the baby, as the English rules read an infant's signs (session 40). It
    // bulges as a well baby cries or strains (NICE NG143 asks for a bulging fontanelle at rest): that is no sign.
    [
      "(?:la )?(?:fontanelle (?:est )?bombee|fontanelle qui bombe)(?![^.;!?]{0,30}(?:quand|lorsqu'?|lorsque|en) (?:il |elle )?(?:pleur|cri|pouss|touss|forc))",
      "the baby's fontanelle is bulging",
    ],
    ['(?:la )?fontanelle (?:est )?bombee|fontanelle qui bombe', 'bulging fontanelle'],
    // Issue 11, session 38 (T33): suicidal intent and self-harm read by their verb families and their person (NICE
    // NG225, NHS 111 mental health): self-harm verbs (se scarifier, se mutiler), veins or wrists opened, not wanting to
    // wake up again, a plan told with a modal ("je compte me pendre", "j'ai décidé de me tuer"), the means at a time
    // named, "mieux sans moi". Idioms of degree ("je meurs de faim", "mort de fatigue") are read below as they were.
    [
      '(?:je )?me (?:suis )?(?:scarifie|scarifiee|mutile|mutilee|automutile|automutilee)s?|(?:je )?me (?:scarifier|mutiler)|je me fais du mal(?= ?(?:[,.!?;]|$|expres|volontairement|pour))',
      'i am cutting myself',
    ],
    [
      "(?:il |elle )?se (?:scarifie|mutile|scarifier|mutiler)|(?:il |elle )?s(?:'| )?est (?:scarifie|scarifiee|mutile|mutilee)",
      'she is cutting herself',
    ],
    [
      "(?:je )?(?:me suis|m'?ai|j'?ai) (?:ouvert|ouverte|coupe|coupee|taillade|tailladee|entaille|entaillee|tranche|tranchee) (?:les |mes )?(?:veines|poignets)",
      'i slashed my wrists',
    ],
    [
      "(?:il |elle )?s(?:'| )?est (?:ouvert|ouverte|coupe|coupee|taillade|tailladee|entaille|tranche) (?:les )?(?:veines|poignets)",
      'he slashed his wrists',
    ],
    [
      "(?:je |j' ?)?(?:vais|veux|voudrais|compte|pense|prevois|ai decide de|ai envie de|vais aller) (?:me |m' ?)(?:ouvrir|couper|taillader) (?:les )?(?:veines|poignets)",
      'i am going to kill myself',
    ],
    [
      "(?:je |j' ?)?(?:compte|prevois|ai decide de|ai prevu de|pense|vais aller|suis decide a|suis decidee a) (?:me |m' ?)(?:pendre|tuer|suicider|flinguer|jeter (?:du|d'un|d'une|de la|par la|sous|dans le vide)|defenestrer|foutre en l'?air)",
      'i am going to kill myself',
    ],
    [
      "(?<!(?:matelas|couette|lit|confortable|grasse mat)[^.!?]{0,60})(?:(?:ne )?(?:veux|voudrais) (?:plus|jamais|ne plus|ne jamais) (?:me )?reveiller(?! (?:a \\d|tot|si tot|le matin|pour|avant|en|a l'aube))|(?:plus|pas) envie de me reveiller(?! (?:a \\d|tot|si tot|le matin|pour|avant|en|a l'aube))|(?:m'?endormir|dormir) (?:et|pour) ne (?:plus|jamais) (?:me )?reveiller)(?![^.!?]{0,60}(?:mdr|ptdr|lol|matelas|couette|confortable|grasse mat|dodo))",
      'i do not want to wake up',
    ],
    [
      '(?:vous|tout le monde|ma famille|mes enfants|mes parents|ils|tu) (?:serez|seriez|sera|serait|seront|seraient|serais|seras|irez|ira|iront) (?:bien )?mieux sans moi',
      'you will be better off without me',
    ],
    // An attempt told in a clinician's or a relative's shorthand (TS: tentative de suicide; IMV: intoxication
    // médicamenteuse volontaire), talk of killing oneself, someone else's wish to die (not "mourir de rire").
    [
      '(?:fait|faire|refait|refaire|a fait|fais) une ts(?![\\p{L}])|tentative de suicide|(?<![\\p{L}])imv(?![\\p{L}])|intoxication medicamenteuse volontaire',
      'suicide attempt',
    ],
    [
      "(?:parle|parlait|parler|parlent) (?:de |d' ?)(?:se |me |s' ?|m' ?)?(?:suicider|tuer|foutre en l'?air|pendre|suicide|en finir)",
      'he talks about killing himself',
    ],
    // Review of 20:52 (M33): a wish about where to die (chez lui, à la maison, pas à l'hôpital) is end-of-life planning.
    [
      "(?:il|elle) (?:veut|voudrait|a envie de) (?:juste )?(?:mourir|crever|en finir)(?! de )(?! (?:chez (?:lui|elle|soi|nous|moi)|a la maison|dans son lit|dans sa chambre|entoure|paisiblement|tranquillement|pas a l'?hopital|plutot qu'a l'?hopital|et pas a l'?hopital)(?![^.!?]*(?:ce soir|cette nuit|aujourd'?hui|maintenant|cachets|comprimes|medicaments|pilules|corde|arme|couteau)))",
      'she wants to die',
    ],
    [
      "(?:je )?(?:vais|veux) (?:avaler|prendre|gober) (?:toute la boite|la boite entiere|toute la plaquette|tout le tube|tous mes|toutes mes|tous les|toutes les)(?: \\p{L}+){0,3}(?= (?:\\p{L}+ )?(?:ce soir|a soir|cette nuit|maintenant|tout de suite|d'un coup|pour (?:mourir|en finir)))(?![^.!?]{0,40}(?:prescrit|ordonnance|comme d'habitude|comme tous les))",
      'i will take all the pills tonight',
    ],
    // The other weak kinds, told in everyday French: skin coming off after a scald, a voice that changes with hives,
    // nostrils flaring, a count swallowed, voices with a knife, a numb seat with wetting, a cold clammy collapse, a
    // chest gripped like a vice (Manchester, NHS Pathways, Schmitt-Thompson); and a time long past told with "il y a".
    // Days are told as days (session 42, T50): "accouché il y a 5 jours" is a birth five days ago, not weeks.
    ['il y a (?:\\d+) jours', '# days ago'],
    ['il y a (?:un|deux|trois|quatre|quelques|plusieurs) jours', 'a few days ago'],
    // Weeks and months keep their number and their unit (session 43, T53): "accouché il y a 5 semaines" is a birth five
    // weeks ago, when bleeding that settles is lochia (NHS: up to six weeks), and months are not weeks.
    ['il y a (?:\\d+) semaines', '# weeks ago'],
    ['il y a (?:\\d+) mois', '# months ago'],
    ['il y a (?:une|deux|trois|quatre|quelques|plusieurs) semaines', 'weeks ago'],
    ['il y a (?:un|deux|trois|quatre|quelques|plusieurs) mois', 'months ago'],
    // Light bleeding told as "petites pertes de sang" (a little blood lost), and blood lost told as "pertes de sang".
    [
      '(?:des |de )?(?:petites|legeres|quelques|un peu de) pertes(?: de sang| sanglantes| rouges| marron| brunes| rosees)',
      'a little bleeding',
    ],
    ['(?:des )?pertes (?:de sang|sanglantes)', 'bleeding'],
    ["quand (?:j'?|je |il |elle |on )?appuie dessus|a la pression|quand (?:j'?|on )appuie", 'when i press on it'],
    ['(?:sur )?(?:son|sa|mon|ma) (?:torse|poitrine)', 'on his chest'],
    ["(?:la )?peau (?:qui )?(?:part|s'?en va|se decolle|pele|se detache|part en lambeaux)", 'the skin is peeling off'],
    // A voice that changes is a swelling airway only beside what swells it (hives, a sting, a drug, a food): alone it is
    // a cold.
    [
      '(?<=(?:plaques|urticaire|allerg|gonfl|enfl|pique|guepe|abeille|antibio|medicament|cacahu|arachide|crevette|noix)[^]{0,80})(?:sa |la |ma )?voix (?:qui )?(?:change|a change|est rauque|rauque|devient rauque|bizarre|est bizarre|cassee)|(?:sa |la |ma )?voix (?:qui )?(?:change|a change|est rauque|rauque|devient rauque|bizarre|est bizarre|cassee)(?=[^]{0,80}(?:plaques|urticaire|allerg|gonfl|enfl|pique|guepe|abeille|antibio|medicament|cacahu|arachide|crevette|noix))',
      'his voice is hoarse',
    ],
    [
      "(?:ses |les )?narines (?:qui )?(?:battent|s'?ecartent|bougent)|battement des ailes du nez",
      'his nostrils are flaring',
    ],
    ['respire (?:avec|du|par) le ventre', 'breathes with his belly'],
    [
      "(?:il |elle |on |j'? ?|je )?(?:a|ai|as|avons|ont|avait|avais) (?:avale|gobe) (?:\\d+) (?:comprimes|cachets|pilules|gelules|dolipranes?|dafalgans?|efferalgans?)",
      'swallowed # pills',
    ],
    [
      "(?:il |elle |on |j'? ?|je )?(?:a|ai|as|avons|ont|avait|avais) pris (?:\\d+) (?:comprimes|cachets|pilules|gelules|dolipranes?|dafalgans?|efferalgans?)",
      'took # pills',
    ],
    [
      '(?:entend|entends|entendait|entendais) des voix(?![^.!?]{0,60}(?:tele|radio|voisin|telephone|casque|dans la rue|a cote|depuis (?:des|plusieurs|quelques) (?:annees|ans)|alzheimer|demen|suivie?|traitee?|stabilise))',
      'hears voices',
    ],
    [
      '(?:qui )?(?:lui|me) (?:disent|dit|ordonnent) de (?:tuer|se tuer|me tuer|mourir|sauter)',
      'telling him to kill someone',
    ],
    ['(?:il |elle )?a un (?:couteau|fusil|pistolet|hachoir)', 'he has a knife'],
    [
      '(?:je |il |elle )?(?:ne )?(?:sens|sent) (?:plus|pas|rien) (?:mes|les|ses) fesses|fesses (?:engourdies|insensibles)',
      'cannot feel my buttocks',
    ],
    ['(?:je |il |elle )?(?:fais|fait) pipi sur (?:moi|lui|elle)|(?:je )?me fais dessus', 'wetting myself'],
    ['mal (?:de|au) dos', 'back pain'],
    ["on (?:a|l'a) retrouve|retrouve(?:e)? (?:dehors|par terre)", 'found'],
    [
      '(?:froide?|froids|froides) et (?:moite|moites)|(?:moite|moites) et (?:froide?|froids)|peau moite',
      'cold and clammy',
    ],
    [
      '(?:(?:le |son |mon )?(?:coeur|pouls) (?:bat|battait) (?:tres |trop |super )?(?:vite|fort)|(?:le |son )?pouls (?:tres )?rapide)(?![^.!?]{0,60}(?:quand je|quand il|quand elle|ca passe|cafe|apres le sport|en courant))',
      'heart racing',
    ],
    ['(?:ne )?(?:tient|tiens) (?:plus|pas) debout', 'cannot stand'],
    ['(?:ca )?(?:me )?serre (?:dans|sur) la poitrine|(?:la )?poitrine (?:serree|comprimee)', 'tightness in the chest'],
    ['comme (?:un|dans un) etau', 'like a vice'],
    ['depuis (?:des|plusieurs|quelques) annees', 'for years'],
    // Issue 11, session 37 (T28): kinds a review found missed or misread across the European lexicons.
    // A grade told before a tiredness word is a child a bit run down, not a lethargic one (NICE NG143's red is "no
    // response to social cues"): "un peu abattu avec son rhume".
    [
      '(?:un peu|un petit peu|un poil|legerement|assez|plutot) (?:abattu|abattue|patraque|fatigue|fatiguee|raplapla|grognon|ronchon|chougne)',
      'a bit tired',
    ],
    // A squeal in play is no cry: the high-pitched cry of NICE's red list is an ill child's cry.
    [
      "(?:pousse |fait )?(?:un |des |de petits )?(?:cris|cri|petits cris|hurlements|couinements) (?:tres )?aigus?(?= (?:\\p{L}+ ){0,2}(?:quand (?:il|elle) joue|en jouant|de joie|quand (?:il|elle) rit|en riant|d'excitation))",
      'squeals',
    ],
    // A "crise de" what is not a seizure: a tantrum, a laughing or coughing fit, a panic attack, indigestion.
    [
      "(?:fait |fais |faire |a fait |a eu |ai eu |avoir |pique |piquer )?(?:une |des |sa |ses )?(?:petite |grosse )?crises? (?:de (?:colere|nerfs|larmes|pleurs|jalousie|hysterie)|d'? ?(?:hysterie))",
      'a tantrum',
    ],
    [
      '(?:une |des )?crises? de (?:rire|fou rire)|(?:une |des )?quintes? de toux|(?:une |des )?crises? de toux',
      'a coughing fit',
    ],
    ["(?:une |des )?crises? (?:d'? ?angoisse|de panique)", 'a panic attack'],
    ['(?:une |des )?crises? de foie', 'indigestion'],
    // Colour told as it came: lips that turned blue, breathing that looks wrong.
    [
      '(?:ses |les |mes )?levres (?:sont |se sont |ont )?(?:devenues |devenu |viree?s? au |tourne au )?(?:bleues|bleu|violettes|violet|grises)(?! (?:a cause )?(?:de la |du |des |a la )(?:myrtille|sirop|bonbon|glace|vin|feutre|betterave|mure))',
      'lips turned blue',
    ],
    ['respire (?:bizarre|bizarrement|etrangement|de travers|pas normalement)', 'breathing strangely'],
    // A baby's age told in days or weeks (NICE NG143: any fever under 3 months is red).
    [
      '(?<=(?:bebe|nourrisson|fils|fille|ne|nee|petit|petite|enfant|baby|loulou) (?:a |de |qui a |n\\p{L}* a que )?)(?:\\d+|une|deux|trois|quatre|cinq|six|sept|huit|dix) semaines',
      'is # weeks old',
    ],
    [
      '(?<=(?:bebe|nourrisson|fils|fille|ne|nee|petit|petite|enfant|baby|loulou) (?:a |de |qui a |n\\p{L}* a que )?)(?:\\d+|un|deux|trois|quatre|cinq|six|sept|huit|dix|quinze) jours',
      '# days old',
    ],
    [
      '(?:est )?n[ée]e? il y a (?:\\d+|une|deux|trois|quatre|cinq|six|huit|dix|quinze) (?:semaines|jours)|n[ée]e? depuis (?:\\d+|une|deux|trois|quatre|cinq|six|huit|dix|quinze) (?:semaines|jours)',
      'was born # weeks ago',
    ],
    // A reading of 36-37.9 told after the fever word is a normal temperature (NICE NG143 grades by the reading); under 36
    // is left alone: a newborn below 36 is a red flag too (NICE NG51, WHO IMCI).
    ['(?:fievre|temperature|temp) (?:de |a )?(?:3[67])(?:[.,]\\d)?(?![\\d])', 'a temperature of 37'],
    // A reading told as a bare number: "avec 38,5", "il fait 39".
    [
      `${NOT_AFTER_WATER_OR_A_ROOM}(?:(?:il|elle|on) )?(?:avec|a|fait|fais|avait|monte a|monté a|de|est a) (?:3[89]|4[01])(?:[.,]\\d)?${NOT_BEFORE_A_LENGTH_OR_WEIGHT}(?: ?(?:degres|°c?|c)(?![\\p{L}]))?(?! (?:semaines|jours|ans|mois|kilos|kg|heures|minutes|fois|comprimes|euros))`,
      'a temperature of #',
    ],
    ['ne (?:tete|boit) (?:plus|presque plus|rien)|refuse (?:le sein|le biberon|de boire)', 'not feeding'],
    // Feeding poorly is a grade (NICE NG143 amber), not a baby who has stopped feeding.
    ['(?:tete|boit|mange) (?:tres )?mal', 'feeding poorly'],
    // Intent told plainly (NICE NG225): not wanting to live, tablets kept aside, a farewell letter.
    [
      "(?:(?:je )?(?:ne )?veux (?:plus|pas) vivre|j'ai plus envie de vivre|(?:je )?(?:n'ai|ai) plus envie de vivre)(?! (?:a|chez|avec (?:mes|mon|ma|eux|lui|elle)|dans|en|ici|la-bas|loin|seule?|ensemble|pres))",
      'i do not want to live',
    ],
    [
      "(?:j'ai |je )?(?:garde|gardé|mis de cote|stocke|accumule|amasse|cache)(?:s)? (?:tous |toutes )?(?:mes|les|des) (?:cachets|comprimes|medicaments|pilules|somniferes)",
      'i saved up my pills',
    ],
    [
      "(?:(?:une |la |ma )?lettre (?:d' ?|de )adieux?|(?:des |mes )?lettres (?:d' ?|de )adieux?|(?:un |le |mon )?mot (?:d' ?|de )adieux?)(?![^.!?]{0,80}(?:coleg|companer|colleg|kolleg|коллег|сотрудник|squadra|equip|team|mannschaft|verein|druzyn|zespol|takim|ekip|jubil|retrait|pension|rente|пенси|emekli|trabajo|travail|lavoro|job|arbeit|работ|trabalho|praca|pracy|firm|escuela|ecole|scuola|schule|szkol|школ|okul|boda|mariage|matrimonio|hochzeit|wesel|свадьб|dugun))",
      'a goodbye letter',
    ],
    // Seizures that run into each other with no waking between are status epilepticus (NICE NG217).
    [
      "(?:sans|(?:il |elle )?(?:ne )?s'est pas) (?:se )?(?:reveiller|reveille|reveillee|reprendre conscience|repris conscience|revenir a (?:lui|elle)|revenu a (?:lui|elle)|revenue a elle) (?:entre|entre les|entre deux)(?: les deux| deux| les crises| crises)?(?<=(?:convuls|crise|epilep)[\\s\\S]{0,250})",
      'did not wake up between them',
    ],
    // Venom: a scorpion or a snake, told by the animal.
    [
      "(?:s'est fait |se faire |s'est fait |fait )?(?:pique|piquee|piquer) par (?:un |le )?scorpion|(?:un |le )?scorpion (?:l'a|m'a|a) pique|piqure de scorpion",
      'stung by a scorpion',
    ],
    [
      "(?:un |le )?(?:serpent|vipere|aspic|crotale) (?:l'a|m'a|a) mordu|(?:s'est fait |fait )?mordre par (?:un |une |le |la )?(?:serpent|vipere)|mordu(?:e)? par (?:une |la )?vipere|morsure de vipere",
      'bitten by a snake',
    ],
    // Swelling told with the plural verb ("mon visage et ma gorge gonflent").
    ['(?:gonflent|enflent|gonflent de plus en plus)', 'are swelling'],
    // Breadth, third pass (issue 11, T25): a night out in the cold, flashing lights in late pregnancy, a stab wound.
    [
      '(?:est |suis )?reste(?:e)? (?:dehors|a la rue|dans le froid)(?: (?:toute la nuit|la nuit entiere))?',
      'stayed outside all night',
    ],
    [
      '(?:je |il |elle )?(?:vois|voit|voir) (?:des|plein de) (?:etoiles|eclairs|points lumineux|points noirs|mouches|taches lumineuses|flashs)',
      'seeing flashing lights',
    ],
    ['(?:recu |pris |donne )?(?:un )?coup de couteau|poignarde(?:e)?', 'stabbed'],
    // Breadth, second pass (issue 11, T25): intent told as ending one's days, seizures one after another, a fall from
    // a height, African French "le corps chaud" (fever) and not recognising anyone.
    [
      '(?:je )?(?:pense a |veux |vais |voudrais |pense )?(?:mettre fin a (?:mes|ses) jours|en finir avec (?:la|ma) vie|me suicider)',
      'i want to kill myself',
    ],
    [
      "(?:l'une|l'un) apres l'autre|les (?:unes|uns) apres les autres|(?<!crises? de (?:colere|rire|larmes|nerfs|angoisse|panique|jalousie) )a repetition",
      'one after another',
    ],
    [
      "(?:il |elle )?(?:est |s'est )?tombe(?:e)? (?:du|de la|de l'|d'un|d'une) (?:toit|balcon|echelle|arbre|fenetre|etage|echafaudage)",
      'he fell from the roof',
    ],
    ['(?:a |avec )?le corps (?:tres )?chaud|corps chaud', 'has a high fever'],
    [
      "(?:il |elle )?(?:ne |n')?(?:reconnait|reconnaissait) (?:plus |pas )?(?:personne|ses proches|sa famille|sa femme|son mari|ses enfants|moi|nous)",
      'does not recognise anyone',
    ],
    // Breadth (issue 11, T25): the parts of a finding told by writers the rules were not written from (France,
    // Québec, Africa), each a verb in its tenses or a body part with its state, so that combinations nobody listed
    // are read as well.
    // Sight lost, whatever the tense: "je vois plus rien de l'oeil gauche", "il voit pas d'un oeil", "perdu la vue".
    [
      "(?:je |il |elle )?(?:ne |n')?(?:vois|voit|voyais|voyait|peux voir|peut voir)(?: plus| pas)(?: rien)?(?= (?:de|d'un|avec|par) (?:l'|un |mon |son )?oeil)|(?:j'ai|il a|elle a|a) perdu la vue",
      'cannot see anything',
    ],
    ['dur(?:e)? comme (?:du |de la |une |un )?(?:bois|pierre|roche|roc|planche|beton)', 'rigid like a board'],
    ["(?:a |en )?(?:grande|haute|pleine) vitesse|a \\d+ (?:km|km\\/h|kmh|a l'heure)", 'at high speed'],
    // Not breathing or not moving, with or without "ne" (spoken French and Québec drop it: "il respire pas").
    [
      "(?:il |elle )?(?:ne |n')?respire (?:plus|pas)(?! (?:bien|tres|tres bien|normalement|mal|par|facilement|librement|mieux|a fond|profondement))",
      'he is not breathing',
    ],
    ['(?:il |elle )?(?:ne )?bouge (?:plus|pas)(?! (?:beaucoup|trop|son|sa|ses|le|la|les))', 'he is not moving'],
    ["on l'a (?:sorti|sortie|repeche|repechee)|(?:nous )?l'avons sorti(?:e)?", 'we pulled him out'],
    // Québec "enfle", "enfler", "enflée" (swelling).
    ["(?:est en train d'|commence a )?enfl(?:e|ee|er|ent|ait)", 'is swelling'],
    // Heat stroke, hypothermia and an electrical injury told plainly (Manchester 'unwell adult', NHS 111 environmental).
    ['(?:il |elle )?dit n(?:\\x27| )importe quoi|dit des choses incoherentes', 'talking nonsense'],
    ['en pleine chaleur|coup de chaleur|dans la chaleur|sous le soleil', 'in the heat'],
    ['(?:il |elle )?est brulante?', 'his body is burning hot'],
    ['(?:il |elle )?ne transpire (?:plus|pas)', 'not sweating'],
    ['s(?:\\x27| )est effondree?', 'collapsed'],
    ['(?:il |elle )?est glacee?', 'ice cold'],
    ['(?:il |elle )?ne (?:grelotte|tremble) plus', 'no longer shivering'],
    ['parle a peine', 'barely talking'],
    ['s(?:\\x27| )est electrocutee?|electrocutee?|decharge electrique', 'electric shock'],
    ['brulures noires|marques de brulure', 'burn marks'],
    ['(?:son |mon )?(?:cœur|coeur) bat (?:de facon |de maniere )?irreguli\\p{L}*', 'heartbeat is irregular'],
    // A rash that does not fade under a glass, and testicle pain (meningococcal sepsis, torsion: NHS 111, NICE).
    [
      'ne (?:s\\x27efface|s efface|disparait|palit) pas (?:sous|avec) (?:le|un) verre|verre (?:\\p{L}+ ){0,5}(?:ne s\\x27efface|ne s efface|ne disparait|ne palit) pas',
      'rash does not fade under a glass',
    ],
    ['(?:petites )?taches (?:violettes|violacees|pourpres|lie de vin)', 'purple spots'],
    ['(?:douleur|mal) (?:\\p{L}+ ){0,2}(?:au|aux|dans le|dans les) testicules?', 'testicle pain'],
    // Alcohol withdrawal with shaking and seeing things (delirium tremens; NHS 111, Manchester 'behaving strangely').
    ['(?:a )?arrete (?:de boire|l\\x27alcool|l alcool)', 'stopped drinking'],
    ['tremble de (?:partout|tout son corps)', 'shaking all over'],
    ['voit des (?:insectes|araignees|bestioles|betes|rats)', 'seeing bugs on the walls'],
    // Someone out of their mind with a weapon (NHS 111 mental health crisis: a risk to others now).
    [
      '(?:il |elle |on )?(?:a pris|a attrape|prend|a sorti) un (?:couteau|fusil|pistolet|arme|hachoir)(?! pour (?:couper|eplucher|trancher))',
      'grabbed a knife',
    ],
    [
      'menace (?:\\p{L}+ ){0,3}avec (?:un|son|le) (?:couteau|fusil|pistolet|arme|hachoir)',
      'is threatening everyone with a knife',
    ],
    // A throat that closes with nerves, fear or emotion, told before or after it: a lump in the throat, not anaphylaxis.
    [
      `(?<=(?:stress\\p{L}*|angoiss\\p{L}*|nerveu(?:x|se)|anxi\\p{L}*|panique|peur|trac|emotion|pleur\\p{L}*|chaque fois|quand je pense|des que je pense)[^]{0,80})${NO_ALLERGEN_TOLD}(?:la |ma |sa )?gorge (?:qui )?(?:se ferme|se serre|serree|nouee)|(?:la |ma |sa )?gorge (?:qui )?(?:se ferme|se serre|serree|nouee)(?=[^]{0,80}(?:emotion|stress|angoiss|peur|trac|panique|anxi|nerveu|tristesse|pleur|chaque fois))${NO_ALLERGEN_TOLD}`,
      'a lump in my throat',
    ],
    ['(?:la |ma |sa )?gorge (?:qui )?se ferme', 'throat is closing'],
    [
      "(?:j'ai |il a |elle a )?du mal a avaler|n(?:'| )(?:arrive|arrivons) (?:pas|plus) a avaler|je ne peux (?:pas|plus) avaler",
      'difficulty swallowing',
    ],
    // Cauda equina, something in the eye (issue 11).
    [
      "(?:je )?ne sens plus rien entre les jambes|(?:engourdi|insensible) entre les jambes|(?:fesses|entrejambe|parties intimes|perinee)(?: et (?:l'|les |la |le )?(?:fesses|entrejambe|parties intimes|perinee))? (?:engourdi(?:e)?s?|insensibles?)|anesthesie en selle",
      'numbness between my legs',
    ],
    [
      "(?:je )?n(?:'| )arrive (?:pas|plus) a uriner|impossible d(?:'| )uriner|(?:je suis |chu |il est |elle est )?(?:pas|pu|plus) capable de (?:pisser|uriner|faire pipi)|difficulte a uriner",
      'cannot pee',
    ],
    [
      "(?:javel|eau de javel|produit menager|chlore|acide|soude|chaux|produit chimique)(?: \\p{L}+){0,2} dans (?:l|le|les|son|mon)(?:'| )?(?:oeil|yeux|œil)",
      'chemical in the eye',
    ],
    [
      "(?:eclat|morceau|bout) de (?:verre|metal|fer|bois)(?: \\p{L}+){0,2} dans (?:l|le|son|mon)(?:'| )?(?:oeil|œil)",
      'a piece of metal flew into the eye',
    ],
    // A turn from what is always so to something new: "comme d'habitude, mais cette fois ..." (issue 11 review).
    ['cette fois(?:-ci| ci)?', 'this time'],
    ['au repos', 'at rest'],
    ["comme d(?:e |')habitude|comme toujours", 'as always'],
    ['(?:ca |elle |il )?ne passe pas', 'it will not go away'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    ["(?:j'ai )?achete une corde(?= *[.;!?]|$)", 'i bought a rope'],
    ["j'y pense depuis (?:des semaines|des mois|longtemps|des annees)", 'i have been thinking about it for weeks'],
    [
      "(?:j'ai decide|c'est decide)(?: que)?,? (?:c'est|ce sera) (?:cette nuit|ce soir)",
      'i have decided it is tonight',
    ],
    ['(?:je )?ne sens plus (?:le |mon )?bebe bouger|(?:le |mon )?bebe ne bouge plus', 'the baby stopped moving'],
    [
      "achete une corde(?:[^.]{0,60})(?:cette nuit|ce soir|en finir|me pendre|j'y pense)",
      'i bought a rope to hang myself tonight',
    ],
    [
      "(?:il|elle) (?:va|allait|veut|voulait) (?:se jeter|sauter) (?:du|d'un|de la|par la|sous le|sous un) (?:pont|immeuble|toit|balcon|fenetre|train|metro)|(?:il|elle) (?:va|allait|veut|voulait) (?:se tuer|se suicider|se pendre|en finir)",
      'he says he will kill himself tonight',
    ],
    [
      'ne (?:repond|reagit) (?:ni a la voix|ni a la douleur|a rien|plus a rien)(?: ni a la douleur)?',
      'does not respond to voice or pain',
    ],
    [
      '(?:ses|les) mots (?:ne )?font pas de sens|(?:elle|il) (?:melange|mele) (?:tout|les mots)',
      'speech makes no sense',
    ],
    ['(?:la )?bouche (?:croche|tordue|de travers)', 'face drooping'],
    [
      "(?:il |elle )?(?:n')?arrive pas a parler (?:tellement|tant|car|parce qu')(?: il| elle)? (?:manque de souffle|est essouffle|respire mal|etouffe)|(?:lutte|se bat) pour (?:chaque souffle|respirer|sa respiration)",
      'too breathless to talk',
    ],
    [
      "(?:de l'|l'|de la |du )?(?:eau|cafe|huile|lait|soupe|the) (?:bouillante|bouillant|brulante|brulant|tres chaude|tres chaud)",
      'scalded with boiling water',
    ],
    [
      'il y a (?:un an|une annee|deux ans|\\d+ ans|quelques annees|des annees|longtemps|un mois|\\d+ mois|plusieurs mois)',
      'a year ago',
    ],
    ['depuis (?:plus rien|rien|aucune autre|plus aucune)', 'nothing since, now i am fine'],
    [
      "n'(?:arrive|arrivons|arrivent|arrivais) pas a (?:arreter|stopper|faire arreter) (?:le saignement|le sang|l'hemorragie)|(?:le )?sang (?:gicle|jaillit|pisse|coule a flots)|ca saigne (?:sans arret|a flots)|saigne sans s'arreter",
      'the bleeding will not stop',
    ],
    [
      "(?:j'ai )?(?:prepare|garde|mis de cote|rassemble|achete|stocke|accumule) (?:tous )?(?:les |mes |des )?(?:medicaments|medocs|cachets|comprimes|pilules) pour (?:en finir|mourir|me tuer|les prendre tous|tout prendre)",
      'i have saved up the pills to take them all tonight',
    ],
    [
      "je vais (?:me jeter|sauter) (?:du|d'un|de la|par la|sous le|sous un) (?:pont|immeuble|toit|balcon|fenetre|train|metro)|je (?:me jette|saute) (?:du|d'un|de la|par la|sous le) (?:pont|immeuble|toit|balcon|fenetre|train|metro)|je vais (?:me tuer|me suicider|me pendre|en finir)|(?:ce soir|cette nuit|aujourd'hui) (?:je me tue|j'en finis|je vais en finir)",
      'i will kill myself tonight',
    ],
    [
      "(?:il|elle|on) ne (?:se reveille|reagit|repond) (?:pas|plus)|(?:on|je) n'(?:arrive|arrivons) pas a (?:le|la) reveiller",
      'cannot be woken',
    ],
    [
      "(?:a |j'ai |avoir |apres avoir )?mange (?:des |de la |du |une |un |les |d')?(?:cacahuetes|cacahuete|arachides|noix|noisettes|crevettes|fruits de mer|poisson|oeufs|oeuf|kiwi|sesame)",
      'ate peanuts',
    ],
    [
      '(?:grosses|grandes|enormes) (?:cloques|ampoules|bulles)|(?:cloques|ampoules) (?:enormes|grosses|tres grosses)',
      'big blisters',
    ],
    [
      "si (?:un jour|jamais|un de ces jours)(?: j'ai| je fais| je ressens| j'avais| je sens| il m'arrive d'avoir)?|au cas ou (?:un jour )?(?:j'aurais|j'ai)?",
      'if i ever get',
    ],
    // Registers and verb forms beyond the plain ones (familiar French, past and third person).
    [
      '(?:la )?bouche (?:qui )?(?:tombe|tordue|de travers|deviee|pend)|(?:le )?visage (?:qui )?(?:tombe|de travers|paralyse|deforme)',
      'face drooping',
    ],
    [
      "parle (?:bizarre|bizarrement|de travers|comme (?:un|une) (?:ivrogne|saoul|saoule))|(?:n'?arrive plus a|ne peut plus|n'?arrive pas a) (?:parler|articuler)|bafouille|mache ses mots",
      'slurred speech',
    ],
    [
      "(?:est |suis )?tombe[e]? dans les pommes|(?:est|s'?est) evanoui[e]?|a perdu connaissance|perd connaissance",
      'fainted and lost consciousness',
    ],
    ['somniferes?|cachets? (?:pour|de) dormir|(?:des )?calmants|anxiolytiques', 'sleeping pills'],
    [
      "(?:me )?foutre en l'?air|en finir avec (?:la|ma) vie|mettre fin a mes jours|me suicider|(?:vais|veux|voudrais) me (?:tuer|pendre)|envie de me (?:tuer|pendre)",
      'i am going to kill myself',
    ],
    ['(?:eau|huile) (?:bouillante|brulante)|ebouillante[e]?', 'boiling water'],
    ["(?:s'?est|je me suis|s'?etait) brule[e]?|brulure", 'burned'],
    ['(?:sur )?tout(?:e)? (?:le|la) (?:torse|bras|ventre|dos|visage|jambe|poitrine)', 'the whole chest'],
    ['(?:a ete )?pique[e]? par (?:une|un|des) (?:guepe|abeille|frelon|guepes|abeilles)', 'stung by a wasp'],
    ['(?:la |sa )?gorge (?:qui )?(?:gonfle|enfle|se ferme|se serre|serree)', 'throat swelling'],
    ['(?:ca|le sang) (?:pisse|gicle|jaillit|coule a flots)(?: le sang)?', 'blood spurting'],
    [
      "(?:(?:j'?)?(?:avais |ai )?envie de |(?:j'?)?(?:ai )?(?:failli|manque de) )mourir de (?:honte|rire|faim|peur|chaud|froid|fatigue|ennui|soif)|(?:je )?suis (?:mort|morte) de (?:honte|rire|faim|peur|chaud|froid|fatigue|ennui|soif)",
      'feel embarrassed',
    ],
    [
      '(?:le sang )?(?:gicle|pisse le sang|ca pisse le sang|coule a flots|jaillit)',
      'blood spurting and it will not stop',
    ],
    ['(?:il |elle )?(?:repond|reagit) (?:plus|pu|pas)', 'is not responding'],
    [
      '(?:levres|visage) (?:deviennent|devient|sont|est) (?:grises?|bleues?|violettes?)|devient (?:toute? )?(?:bleue?|grise?)',
      'lips turning blue',
    ],
    ['(?:peut|peux) plus (?:faire|finir) (?:une|sa) phrase', 'cannot finish a sentence'],
    ['respire (?:tres )?vite|respire (?:mal|difficilement)', 'breathing very fast and badly'],
    ['(?:la )?langue (?:qui )?gonfle', 'tongue swelling'],
    ['(?:des )?plaques partout|urticaire', 'hives everywhere'],
    ['geint a chaque respiration|il geint', 'grunting with every breath'],
    ['(?:ne )?veut plus (?:de )?(?:biberon|boire|manger|teter)', 'not feeding'],
    ['(?:tout |toute )?mou(?:lle)?', 'floppy'],
    // "Crise cardiaque" is a heart attack, not a seizure (session 63, T142).
    ['(?:a fait|a eu|avait fait|avait eu|ai fait|ai eu) (?:une |sa |la )?crises? cardiaques?', 'had a heart attack'],
    ['(?:fait|fais|est en train de faire) (?:une |sa |la )?crises? cardiaques?', 'is having a heart attack'],
    ['(?:une |sa |la )?crises? cardiaques?', 'a heart attack'],
    ['(?:fait|a fait) une crise(?! cardiaque)', 'is having a seizure'],
    ['tremble de partout', 'shaking all over'],
    ["(?:s'?est )?mordu la langue", 'bit her tongue'],
    ['supporte pas la lumiere|la lumiere (?:lui )?fait mal', 'light hurts her eyes'],
    [
      "(?:taches|points|boutons) (?:\\p{L}+ ){0,2}qui (?:ne )?s'?effacent pas(?: \\S+){0,3}",
      'rash that does not fade when pressed with a glass',
    ],
    ['en bas a droite', 'lower right'],
    ['autour du nombril', 'around the navel'],
    ['je vois flou|vision floue', 'blurred vision'],
    ["soude caustique|produit caustique|javel dans l'?oeil", 'caustic chemical in the eye'],
    ['gele raide|(?:il |elle )?tremble (?:pu|plus)', 'frozen and stopped shivering'],
    ['a peine', 'barely'],
    ['toute la boite|une boite entiere|tout le tube|toute la plaquette', 'the whole pack'],
    ['il y a (?:\\d+) (?:min|minutes)', 'minutes ago'],
    [
      '(?:je )?(?:veux |vais )?(?:mourir|meurs|mourais) de (?:honte|rire|faim|peur|chaud|froid|fatigue|ennui|soif)',
      'feel embarrassed',
    ],
    ['(?:a )?chaque fois que|a chaque fois|toutes les fois que', 'every time'],
    ['ca va et ca vient|va et vient', 'comes and goes'],
    [
      '(?:je )?(?:meurs|mourir|mourais|vais mourir) de (?:honte|rire|faim|peur|chaud|froid|fatigue|ennui|soif)',
      'feel embarrassed',
    ],
    ['comment (?:savoir|je sais|je peux savoir|reconnaitre) si', 'how do i know if'],
    ['parfois|de temps en temps|des fois', 'sometimes'],
    ['un peu', 'a little'],
    ['toujours', 'always'],
    ['pas de', 'no'],
    ['il y a (?:longtemps|des annees|plusieurs annees)', 'years ago'],
    // "Que faire si ..." is the infinitive of a first-aid leaflet's heading, a question about any time; the French
    // present ("s'étouffe") reads as English "is choking", so the asker must not be put into it.
    ["que (?:faire|faut-il faire|faut il faire) (?:si|quand|en cas d'?)", 'what to do if'],
    ["que (?:dois-je faire|dois je faire) (?:si|quand|en cas d'?)", 'what do i do if'],
    ["qu'?est-ce qu'?il (?:faut|se passe) (?:faire )?si", 'what do i do if'],
    ["quels sont les (?:symptomes|signes) (?:d'?un |d'?une |de |du |des )?", 'what are the symptoms of '],
    ["(?:symptomes|signes) (?:d'?un |d'?une |de |du |des )", 'symptoms of '],
    ["est-ce (?:que c'?est )?normal|c'?est normal", 'is it normal'],
    ['depuis (?:\\d+|une|un|deux|trois|dix|vingt|quelques) (?:minutes?|min)', 'for # minutes'],
    // A count of hours is that many, not one ("pas de couche mouillée depuis 12 heures").
    ['depuis \\d+ heures', 'for # hours'],
    ['depuis (?:\\d+|une|un|deux|trois|quelques) heures?|depuis une demi-heure|depuis une demi heure', 'for an hour'],
    ['depuis (?:\\d+|un|deux|trois|quelques) jours', 'for days'],
    ['depuis (?:\\d+|une|deux|trois|quelques) semaines?', 'for weeks'],
    ['depuis (?:\\d+|un|deux|trois|quelques|plusieurs) mois', 'for months'],
    ['depuis (?:\\d+|un|deux|trois|quelques|plusieurs) ans', 'for years'],
    ['il y a (?:\\d+|une|un|deux|trois|dix|vingt|quelques) (?:minutes?|min)', 'minutes ago'],
    ['il y a (?:\\d+|un|deux|trois|quelques|plusieurs) ans', 'years ago'],
    ["l'?annee derniere|l'?an dernier", 'last year'],
    ['la semaine derniere', 'last week'],
    [
      "quand (?:il|elle|j'?) ?(?:etait|etais) (?:petite?|enfant|bebe)|(?:dans|pendant) (?:son|mon) enfance",
      'as a child',
    ],
    ["tout a coup|soudainement|brutalement|d'?un coup", 'suddenly'],
    ['en ce moment|maintenant meme|la maintenant', 'right now'],
    ["(?:c'?est|ca s'?est|c'?etait) passe|ca va mieux maintenant|ca s'?est (?:calme|arrange)", 'it has passed'],
    [
      "aujourd'?hui(?: \\p{L}+){0,2} (?:ca va|il va bien|elle va bien|je vais bien|tout va bien|on va bien)",
      'is fine now',
    ],
    ['quand (?:je tousse|il tousse|elle tousse)|en toussant', 'when i cough'],
    ['(?:quand je monte|en montant) les escaliers', 'when i climb stairs'],
    [
      "(?:n'?arrive|n'?arrivait|ne peut|ne pouvait|n'?a pas pu) (?:pas |plus )?(?:a )?respirer|(?:ne peut|n'?arrive) plus a respirer",
      'cannot breathe',
    ],
    ["(?:je n'?arrive|je ne peux|je n'?arrivais) (?:pas |plus )?(?:a )?respirer", 'i cannot breathe'],
    ['(?:difficulte|du mal|mal) a respirer', 'difficulty breathing'],
    ['ne respire (?:pas|plus)|a arrete de respirer', 'is not breathing'],
    ["(?:je suis |il est |elle est )?essouffle(?:e)?|manque d'?air|souffle court", 'short of breath'],
    // The passé composé with what was choked on is the episode, told as English tells it: "choked on" is read with the
    // object told out after it (`choking-object-told-out.ts`), where "is choking" is a choking still going on.
    ["s'?est etouffe(?:e)? (?:avec|sur)", 'choked on'],
    ["(?:s'?etouffe|s'?est etouffe(?:e)?)", 'is choking'],
    ['(?:la )?gorge (?:qui )?se (?:ferme|serre)', 'throat is closing'],
    ['(?:les |ses |des )?levres (?:sont )?(?:bleues|violettes|violacees)', 'blue lips'],
    ['(?:devient|est devenu|est devenue) (?:bleu|bleue|violet)', 'turned blue'],
    ['(?:visage|langue|levres) (?:gonfle|gonflee|gonflees|gonfles)', 'swollen face and tongue'],
    [
      "douleur (?:forte |intense |violente )?(?:dans la|a la|de) poitrine|douleur thoracique|(?:j'?ai )?mal (?:a|dans) la poitrine",
      'chest pain',
    ],
    ['(?:serrement|oppression|pression|poids) (?:dans la|sur la|a la) poitrine', 'pressure in the chest'],
    [
      "(?:qui )?(?:descend|irradie|va|monte) (?:dans|vers|jusqu'?a) (?:le |la )?(?:bras gauche|machoire|dos)",
      'spreading to the left arm and jaw',
    ],
    ['sueurs? froides?', 'cold sweat'],
    ['je transpire|il transpire|elle transpire|en sueur', 'sweating'],
    ["ne se reveille (?:pas|plus)|(?:n'?arrive|je n'?arrive) pas a (?:le |la )?reveiller", 'will not wake up'],
    ['ne (?:repond|reagit) (?:pas|plus)', 'is not responding'],
    ["(?:a |j'?ai )?perdu connaissance", 'lost consciousness'],
    ["(?:s'?est evanoui(?:e)?|a fait un malaise|je me suis evanoui(?:e)?)", 'fainted'],
    // "Sans" (without) as the negation it is, as the Italian "senza" in 7fe0464: "sans perdre connaissance" is a fall
    // told with the sign absent, while "sans respirer" is a breath that stopped.
    ["sans (?:avoir )?(?:perdu|perdre) connaissance|sans (?:s'?)?evanouir", 'did not lose consciousness'],
    ['sans respirer', 'not breathing'],
    ['inconscient(?:e)?|sans connaissance', 'unconscious'],
    ['(?:la )?bouche (?:de travers|tordue|deviee)|visage (?:de travers|affaisse|paralyse)', 'face drooping'],
    [
      "ne (?:peut|peux|pouvait) (?:plus |pas )?parler|n'?arrive (?:plus |pas )?a parler|parle (?:bizarrement|mal)|bafouille",
      'cannot speak and slurred speech',
    ],
    ['ne (?:peut|peux) (?:plus |pas )?(?:bouger|lever) (?:le|la|son|sa) (?:bras|jambe|main)', 'cannot move one arm'],
    ['(?:un )?avc|accident vasculaire', 'stroke'],
    ['(?:le )?pire mal de tete de (?:ma|sa) vie', 'the worst headache of my life'],
    ['mal (?:a|de) (?:la )?tete', 'headache'],
    [
      "(?:fait|est en train de faire|fait actuellement) (?:une |des )?(?:crise d'?epilepsie|crise de convulsions?|convulsions?|crises? convulsives?)",
      'he is having a seizure',
    ],
    ['convulse|convulsionne', 'he is having a seizure'],
    ["(?:a fait|a eu) (?:une |des )?(?:crise d'?epilepsie|convulsions?|crises? convulsives?)", 'had a seizure'],
    ["crise d'?epilepsie|convulsions?|crises? convulsives?", 'seizure'],
    [
      '(?:(?:il|elle) )?(?:a avale|a pris) (?:toutes )?(?:ses|les|des|plein de|beaucoup de) (?:pilules|comprimes|cachets|medicaments)',
      'took all the pills',
    ],
    [
      "(?:j'?ai avale|j'?ai pris) (?:toutes )?(?:mes|les|des|plein de|beaucoup de) (?:pilules|comprimes|cachets|medicaments)",
      'i took all my pills',
    ],
    ['surdose|overdose', 'overdose'],
    ["(?:(?:il|elle) )?(?:a bu|a avale) (?:de la |de l'?)?(?:javel|eau de javel|poison|detergent)", 'drank bleach'],
    ['vomi(?:t|s|r)? du sang', 'vomiting blood'],
    ['selles noires', 'black stools'],
    [
      "saigne (?:beaucoup|enormement|abondamment|comme un boeuf|de partout|grave)|(?:ca )?ne s'?arrete pas de saigner|hemorragie|saignement (?:rouge (?:vif )?)?(?:abondant|important|fort|enorme)",
      'bleeding heavily and it will not stop',
    ],
    // Session 52 (T82): the cloth held on a wound soaked through (NHS 111: blood soaking through a pad is heavy
    // bleeding), told only beside a wound or a bleed, not a towel wet from the bath, a dressing after a blood test or a
    // small bleed that stopped (review V34 15:13).
    [
      `(?:torchon|serviette|pansement|compresse|t-shirt|tee-shirt|linge|bandage|tissu|gaze|drap)s? (?:\\p{L}+ ){0,2}(?:est |sont |etait |a |deja )?(?:tout |toute |toutes |tous |completement |deja )?(?:trempe|imbibe|rempli de sang|gorge de sang)(?:e|s|es)?(?! (?:d'?eau|par la pluie|de sueur|de transpiration))${toldAnywhere('(?:saigne|plaie|coupe|coupure|entaille|blessure|hemorragie)')}${toldNowhere("(?:prise de sang|petit|s'?est arrete|arrete tout seul)")}`,
      'soaked with blood',
    ],
    ['saigne|saignement', 'bleeding'],
    ['(?:la )?nuque raide|raideur (?:de la|dans la) nuque|cou raide', 'stiff neck'],
    [
      "(?:taches|boutons|plaques)(?: \\S+){0,4} (?:qui )?ne (?:disparaissent|disparait|s'?effacent|s'?efface) pas(?: \\S+){0,3} (?:a la pression|quand on appuie|avec (?:un|le) verre)",
      'rash that does not fade when pressed with a glass',
    ],
    ["je veux mourir|(?:j'?ai )?envie de mourir", 'i want to die'],
    // "En finir avec" a project or a cold is done with it; with life, or alone, it is ending one's life.
    [
      'je (?:vais|veux) me (?:tuer|suicider)|me suicider|en finir(?! avec (?!(?:la|ma|sa) vie))',
      'i want to kill myself',
    ],
    ['je ne veux plus vivre', 'i do not want to live'],
    ['enceinte de (?:\\d+) semaines', 'pregnant # weeks'],
    ['enceinte|grossesse', 'pregnant'],
    ["(?:j'?ai )?perdu les eaux", 'my waters broke'],
    ['(?:le )?bebe ne bouge (?:plus|pas)', 'the baby is not moving'],
    [
      '(?<!(?:enceinte|grossesse|il y a|depuis) (?:de )?)(?:de |a )?(?:\\d+) mois(?! (?:de grossesse|enceinte))',
      '# months old',
    ],
    [
      '(?<!(?:enceinte|grossesse|il y a|depuis) (?:de )?)(?:de |a )?(?:\\d+) semaines(?! (?:de grossesse|enceinte))',
      '# weeks old',
    ],
    ['nouveau-ne|nouveau ne', 'newborn'],
    ...KINDS_TOLD_PLAINLY,
    ...TOLD_BY_WHAT_FOLLOWS,
    ["(?:s'?est cogne|a tape) la tete|coup sur la tete", 'hit his head'],
    ['est tombe(?:e)?', 'fell'],
    ['morsure de serpent|mordu par un serpent', 'snake bite'],
    ['reaction allergique|allergie', 'allergic reaction'],
    ['mon (?:fils|garcon)', 'my son'],
    ['ma fille', 'my daughter'],
    ['mon (?:bebe|petit)', 'my baby'],
    ['ma (?:mere|maman)', 'my mother'],
    ['mon (?:pere|papa)', 'my father'],
    ['mon mari', 'my husband'],
    ['ma (?:femme|epouse)', 'my wife'],
    ['ma grand-mere|ma grand mere|ma mamie', 'my grandmother'],
    ['mon grand-pere|mon grand pere|mon papi', 'my grandfather'],
    ["(?:il |elle )?n'?a pas de", 'has no'],
    ["je n'?ai pas de", 'i have no'],
    ["(?:il |elle )?n'?est pas", 'is not'],
    ["j'?ai", 'i have'],
    ['il a|elle a', 'has'],
    ['je suis', 'i am'],
    ['il est|elle est', 'is'],
    ...FRENCH_FINDINGS.phrases,
    ...FRENCH_MODIFIERS,
    ...FRENCH_EVERYDAY_PHRASES,
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...FRENCH_FUMES,
  ],
  elisions: { l: 'le', d: 'de', j: 'je', n: 'ne', s: 'se', qu: 'que', c: 'ce', m: 'me', t: 'te' },
  words: {
    ...FRENCH_SPOT_WORDS,
    ...FRENCH_EVERYDAY_WORDS,
    ...FRENCH_INTENT_AND_CRISIS.words,
    ...FRENCH_SELF_HARM_AND_POISONING.words,
    // Session 39 (T38): the body parts a burn is told on, its blisters, and a gun.
    cloques: 'blisters',
    sur: 'on',
    cloque: 'blister',
    mains: 'hands',
    dos: 'back',
    cuisse: 'thigh',
    cuisses: 'thighs',
    pied: 'foot',
    pieds: 'feet',
    huile: 'oil',
    fusil: 'gun',
    flingue: 'gun',
    pistolet: 'gun',
    // Breadth (issue 11, T25).
    toit: 'roof',
    neige: 'snow',
    balcon: 'balcony',
    tremble: 'is shaking',
    pis: 'and',
    piscine: 'pool',
    moto: 'motorbike',
    voiture: 'car',
    char: 'car',
    noye: 'drowned',
    noyade: 'drowning',
    torse: 'chest',
    pneumonie: 'pneumonia',
    vite: 'fast',
    oxymetre: 'oximeter',
    jeune: 'young man',
    terre: 'ground',
    jambe: 'leg',
    ouvert: 'cut open',
    ceinture: 'belt',
    langue: 'tongue',
    respiration: 'breath',
    biberon: 'bottle',
    dame: 'woman',
    partout: 'everywhere',
    nuque: 'neck',
    rouges: 'red',
    verre: 'glass',
    lumiere: 'light',
    insupportable: 'unbearable',
    oeil: 'eye',
    brule: 'burns',
    enormement: 'terribly',
    gele: 'frozen',
    dehors: 'outside',
    froid: 'cold',
    nuit: 'night',
    tombe: 'fell',
    tombee: 'fell',
    mol: 'floppy',
    gonfle: 'swelling',
    respire: 'breathes',
    avale: 'swallowed',
    boite: 'pack',
    cachets: 'pills',
    pilules: 'pills',
    somnolent: 'drowsy',
    somnolente: 'drowsy',
    endormi: 'drowsy',
    vomi: 'vomited',
    confus: 'confused',
    soir: 'evening',
    matin: 'morning',
    demain: 'tomorrow',
    attendre: 'wait',
    peine: 'barely',
    droite: 'right',
    gauche: 'left',
    ventre: 'belly',
    marche: 'walk',
    sang: 'blood',
    froide: 'cold',
    froides: 'cold',
    sueurs: 'sweating',
    grise: 'grey',
    grises: 'grey',
    bleue: 'blue',
    bleues: 'blue',
    rouge: 'red',
    tete: 'head',
    pas: 'not',
    sans: 'without',
    jamais: 'never',
    ni: 'nor',
    quand: 'when',
    mais: 'but',
    et: 'and',
    ou: 'or',
    avec: 'with',
    le: 'the',
    la: 'the',
    les: 'the',
    une: 'a',
    de: 'of',
    du: 'of the',
    des: 'some',
    dans: 'in',
    au: 'in the',
    mon: 'my',
    mes: 'my',
    ne: '',
    sa: 'his',
    ses: 'his',
    elle: 'she',
    je: 'i',
    tres: 'very',
    beaucoup: 'a lot',
    peu: 'a little',
    sont: 'are',
    suis: 'i am',
    avait: 'had',
    aujourd: 'today',
    hui: '',
    hier: 'yesterday',
    maintenant: 'now',
    encore: 'still',
    deja: 'already',
    aussi: 'also',
    douleur: 'pain',
    fievre: 'fever',
    toux: 'cough',
    vomissements: 'vomiting',
    vertiges: 'dizziness',
    poitrine: 'chest',
    bras: 'arm',
    visage: 'face',
    bouche: 'mouth',
    cou: 'neck',
    gorge: 'throat',
    comprimes: 'pills',
    medicaments: 'medicines',
    bebe: 'baby',
    enfant: 'child',
    fils: 'son',
    fille: 'daughter',
    ans: 'years old',
    semaines: 'weeks',
    jours: 'days',
    heures: 'hours',
    aide: 'help',
    aidez: 'help',
    hopital: 'hospital',
    medecin: 'doctor',
    urgences: 'emergency room',
    grave: 'serious',
    forte: 'severe',
    faible: 'weak',
    gonflee: 'swollen',
    taches: 'spots',
    pire: 'worse',
    mieux: 'better',
    peut: 'can',
    peux: 'can i',
    prendre: 'take',
    un: 'a',
  },
};
