import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:vergogna|figuraccia|imbarazz\\p{L}*)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:vergogna|figuraccia|imbarazz\\p{L}*))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:settimana|giorni|weekend|fine settimana|vacanz\\p{L}*|spiaggia|viaggio|qualche ora)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:settimana|giorni|weekend|fine settimana|vacanz\\p{L}*|spiaggia|viaggio|qualche ora))';

/** Where a wish's clause ends: "voglio sparire da questa riunione" goes on with where, and is not read. */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|e |ma |perche |che |nessuno ))';

/** An article elided before a poison's name: "l'antigelo", "dell'acido". */
const ELIDED = "(?:dell'|l'|del |della |un po' di |un po di )?";

/**
 * Italian (NICE NG225; Telefono Amico's warning signs; the Italian poison centres' names, CAV Niguarda): a wish to
 * vanish or never to wake, nobody missing one, life without sense, pills put aside and letters written; rat poison, a
 * drain unblocker, muriatic acid, antifreeze, a weed killer.
 */
export const ITALIAN_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['sparire', 'svegliarsi', 'svegliarmi', 'topicida', 'ratticida', 'disgorgante', 'antigelo', 'diserbante'],
  phrases: [
    // All of one's pills to be taken at a time told (the Columbia scale: a plan with its means), not a course as prescribed.
    [
      '(?:prendo|prendero|mi prendo|ingoio|mi ingoio|mando giu) tutte (?:le|quante le) (?:pillole|pastiglie|compresse|medicine)(?![^.;]{0,40}(?:come (?:mi )?(?:ha detto|prescritt)|prescritt|al giorno|ogni|dopo (?:i |il )?past|prima (?:di|dei)|mattina|antibiotic))',
      'i am going to take all my pills',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:voglio|vorrei|vuole|vorrebbe|ho voglia di|ha voglia di) (?:solo |soltanto |semplicemente )?(?:sparire|scomparire)(?: per sempre| dal mondo| da questo mondo)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      '(?:vorrei|voglio|vorrebbe|vuole|spero di|preferirei) non svegliar(?:mi|si) piu|non (?:voglio|vorrei|vuole|vorrebbe) (?:piu )?svegliar(?:mi|si)(?: piu| domani)(?! presto)|addormentar(?:mi|si) e non svegliar(?:mi|si) piu',
      'i do not want to wake up',
    ],
    [
      'nessuno (?:sentirebbe|sentira|ne sentirebbe) la (?:mia|sua) mancanza|(?:non )?mancherei a nessuno|a nessuno mancherei',
      'nobody would miss me',
    ],
    [
      '(?:la (?:mia )?vita|vivere) non ha (?:piu )?(?:nessun |alcun )?senso|non (?:ha|ho|vedo|trovo) (?:piu )?(?:nessun |alcun )?(?:senso|motivo|ragione) (?:di|per) (?:vivere|andare avanti)',
      'no reason to live',
    ],
    [
      '(?:ho|ha) (?:messo da parte|nascosto|conservato|accumulato|preparato) (?:le |i |delle |dei |tutte le |tutti i )?(?:pastiglie|compresse|pillole|farmaci|medicine|gocce|sonniferi)(?! (?:nell?|sul|in) (?:armadietto|cassetto|cucina))',
      'has stashed pills',
    ],
    [
      '(?:ho |ha )?(?:scritto|lasciato) (?:delle |le )?lettere (?:di addio )?(?:a|per) (?:tutti|i miei|le mie|i suoi|le sue|ognuno|la mia|la sua)|(?:ho |ha )?(?:scritto|lasciato) (?:le |delle )?lettere di addio',
      'wrote letters to my',
    ],
    [`${ELIDED}(?:veleno per (?:i |le )?(?:topi|ratti|sorci)|topicida|ratticida|esca per topi)`, 'rat poison'],
    [
      `${ELIDED}(?:disgorgante|idraulico liquido|soda caustica|acido muriatico|sgorga ?tubi|stura ?lavandini)`,
      'drain cleaner',
    ],
    [`${ELIDED}(?:antigelo|liquido (?:del |di )?radiatore)`, 'antifreeze'],
    [`${ELIDED}(?:pesticida|insetticida|diserbante|erbicida|antiparassitario|lumachicida|glifosato)`, 'pesticide'],
    ['(?:ha |ho |hanno )?ingerit[oa]', 'swallowed'],
  ],
  words: {
    canzone: 'song',
  },
};
