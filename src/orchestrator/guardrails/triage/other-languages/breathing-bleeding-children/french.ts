import type { FindingsReading } from './findings-reading.js';

/**
 * French: someone found unconscious, told with "on" as the finder and no other marker of the language ("on l'a trouvé
 * par terre inconscient"): a collapse seen by a bystander (Resuscitation Council UK).
 */
export const FRENCH_FINDINGS: FindingsReading = {
  ownWords: ['inconscient', 'inconsciente'],
  phrases: [
    // Session 53 (T84): a head knock told by what followed (NICE NG232): clear fluid running from the nose after a fall.
    ['(?:apres|depuis) (?:la|sa|une|cette) (?:chute|gamelle)', 'after the fall'],
    [
      '(?:un )?(?:liquide|de l eau|eau) (?:clair|transparent|clairet)(?: qui)?(?: (?:coule|sort|goutte))? (?:du|par le|de son) nez',
      'clear fluid running from the nose',
    ],
    // A baby feeding, told with "téter" (to suckle; folded it is "tete", the head): how a baby feeds is the NICE NG143
    // traffic light's first question, and "elle tète bien" is green (session 43, T53).
    ["(?:il|elle|bebe|bb|qui) tete (?:bien|normalement|comme d'?habitude)", 'feeds well'],
    ['(?:il|elle|bebe|bb|qui) tete (?:moins|peu|moins bien)', 'is feeding less'],
    ['sous (?:le |les )?bras', 'under the arm'],
    // Found, only with unconsciousness told after it: a phone or a cat found on the floor is no collapse (review V24).
    [
      "(?:on|nous|je|ils) (?:l'?a|l'?avons|l'?ai|l'?ont|les? a|la a) (?:retrouve|trouve)e?s?(?= (?:\\p{L}+ ){0,4}(?:inconscient|evanoui|sans connaissance|inanime|ne respir|ne repond|ne reagi))",
      'found him',
    ],
    // Bleeding after a birth, a pad filled within minutes with clots (RCOG: postpartum haemorrhage).
    ["(?:j'?ai |elle a )?accouche(?:e)?", 'gave birth'],
    ['(?:une )?serviette (?:pleine|remplie|trempee|imbibee) en (?:\\d+) ?(?:min|minutes)', 'soaked a pad in # minutes'],
    ['(?:avec )?(?:des |de gros )?caillots', 'with clots'],
    // A fontanelle bulging, told with the baby named between (NICE NG143).
    [
      '(?:la )?fontanelle (?:de (?:mon |ma |notre |son |sa )?(?:bebe|fils|fille|enfant|nourrisson) )?(?:est |parait |semble )?(?:tres )?(?:bombee|gonflee|tendue|saillante|bombe)',
      "the baby's fontanelle is bulging",
    ],
    // Bleeding that will not stop on an anticoagulant (NHS 111), and pads soaked within the hour in pregnancy (RCOG).
    ["ne s'?arrete (?:pas|plus|toujours pas)", 'will not stop'],
    ['sous (?:anticoagulants?|anticoagulant oral|aod|avk)', 'on anticoagulants'],
    ['plaie', 'wound'],
    [
      "(?:j'?ai |elle a |a )?(?:trempe|imbibe|rempli|traverse|mouille) (?:deux|trois|quatre|cinq|plusieurs|\\d+) (?:serviettes|protections|garnitures|serviettes hygieniques)",
      'soaked several pads',
    ],
    ['en une heure|en moins d.une heure', 'in an hour'],
  ],
  words: {},
};
