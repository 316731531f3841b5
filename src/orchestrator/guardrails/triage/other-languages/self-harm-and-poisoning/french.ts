import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:honte|gene|genant|la lose|humili\\p{L}*)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:honte|gene|genant|la lose|humili\\p{L}*))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:semaine|jours|week-end|weekend|vacances|plage|voyage|quelques heures|un temps)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:semaine|jours|week-end|weekend|vacances|plage|voyage|quelques heures|un temps))';

/** Where a wish's clause ends: "je veux disparaître de cette réunion" goes on with where, and is not read. */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|et |mais |parce |car |personne |que ))';

/** An article elided before a poison's name: "de l'antigel", "d'insecticide". */
const ELIDED = "(?:de l'|du |de la |l'|d')?";

/**
 * French (NICE NG225; the 3114 national suicide line's warning signs; the French poison centres' names): a wish to
 * disappear or never to wake, nobody missing one, life without sense, pills put aside and letters written; rat poison,
 * a drain cleaner, antifreeze, a pesticide; voices that order a killing.
 */
export const FRENCH_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['disparaitre', 'deboucheur', 'raticide', 'scarifie', 'scarifiee', 'reveiller'],
  phrases: [
    // Session 54 (T87): a drain cleaner named by what it is for ("le produit pour déboucher les toilettes"; NPIS: corrosives).
    [
      '(?:du |le |un )?produit (?:pour |a |qui sert a )?deboucher(?: (?:les|le|la|l.) ?(?:toilettes|wc|evier|lavabo|canalisations|tuyaux|douche))?',
      'drain cleaner',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:je |j'?ai envie de |il |elle )?(?:veux|voudrais|voulais|veut|voulait|aimerais|aimerait|ai envie de|a envie de) (?:juste |simplement |seulement )?disparaitre(?: pour toujours| a jamais| de ce monde| de la surface de la terre)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      "(?:ne (?:plus|jamais|plus jamais) (?:me |se )?reveiller|(?:m'?|s'?)endormir et ne (?:jamais |plus )(?:me |se )?reveiller|dormir pour toujours)(?! (?:a|avant|tot|en retard|la nuit) )",
      'i do not want to wake up',
    ],
    [
      'personne ne (?:me |le |la )?(?:regretterait|regrettera|remarquerait|verrait la difference)|(?:je ne|il ne|elle ne) manquer(?:ai|ait|a|ais) a personne',
      'nobody would miss me',
    ],
    [
      "(?:ma |la |sa )?vie n'?a (?:plus )?(?:aucun |pas de |plus de )?sens|(?:aucune|plus de|pas de|plus aucune) raison de vivre",
      'no reason to live',
    ],
    [
      "(?:j'?ai|il a|elle a) (?:mis de cote|garde|cache|stocke|accumule|prepare|prepares|preparees) (?:les |mes |ses |tous mes |toutes mes |des )?(?:medicaments|cachets|comprimes|pilules|somniferes)(?! (?:dans (?:l'?armoire|la pharmacie|le placard)))",
      'has stashed pills',
    ],
    [
      "(?:j'?ai |il a |elle a )?(?:ecrit|laisse) (?:des |une )?lettres? (?:d'?adieu )?(?:a|pour) (?:mes|ses|tous|toute ma|toute sa|chacun)",
      'wrote letters to my',
    ],
    [
      '(?:des )?voix (?:qui )?(?:lui |me |leur )?(?:disent|ordonnent|demandent|crient) de (?:tuer|me tuer|se tuer|le tuer|la tuer|nous tuer|sauter|frapper|poignarder)',
      'hears voices telling him to kill',
    ],
    // The elided article is read with its poison ("de l'antigel"), where the English rules would stop at "l'".
    [`${ELIDED}(?:mort[- ]aux[- ]rats|raticide|poison (?:pour|a|contre) (?:les )?(?:rats|souris))`, 'rat poison'],
    [`${ELIDED}(?:deboucheur|destop|soude caustique|acide chlorhydrique|esprit de sel)`, 'drain cleaner'],
    [`${ELIDED}(?:antigel|liquide de refroidissement)`, 'antifreeze'],
    [
      `${ELIDED}(?:pesticide|insecticide|desherbant|herbicide|glyphosate|produit phyto(?:sanitaire)?|anti[- ]?limaces?)`,
      'pesticide',
    ],
  ],
  words: {
    chanson: 'song',
  },
};
