import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** "Mourir de faim / de rire / de honte": an idiom of degree, not a wish. */
const NOT_OF_A_DEGREE = "(?! (?:de|d'|du|des) )";
/** Dying at home or in peace is an end-of-life wish, not a wish to end a life. */
const NOT_A_PEACEFUL_END =
  '(?! (?:chez (?:lui|elle|soi|nous|moi)|a la maison|dans son lit|dans sa chambre|entoure|paisiblement|tranquillement))';
const PERSON =
  '(?:ma fille|mon fils|mon frere|ma soeur|mon mari|ma femme|mon pere|ma mere|mon copain|ma copine|mon ami|mon amie|mon pote|il|elle)';

/**
 * Suicidal intent, self-harm and a psychiatric crisis in French, Québécois and African French (NICE NG225; NHS 111
 * mental health; 3114): the wish told with "envie d'en finir" and no other marker, a relative's wish told by name,
 * being a burden and better dead, a threat to jump, voices that order a killing (heard from the neighbours is no
 * command), days without sleep.
 */
export const FRENCH_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['finir', 'vivre', 'suicider', 'crever', 'pendre', 'fardeau', 'envie', 'tuer'],
  phrases: [
    [
      '(?:avale|pris|gobe|ingere|bu|avaler|prendre) (?:toute (?:ma|la|sa) (?:plaquette|boite)(?: entiere)?|tout le (?:tube|flacon))',
      'swallowed a whole pack',
    ],
    [
      "(?:pense|pensais|pensait|j'?ai pense|je pense|il pense|elle pense) (?:souvent |tout le temps |sans arret )?(?:au suicide|a me tuer|a me suicider|a se tuer|a se suicider|a en finir|a mettre fin a (?:mes|ses) jours)",
      'thinking about suicide',
    ],
    ['(?:des )?(?:idees|pensees) suicidaires', 'suicidal thoughts'],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    [
      "(?<=(?:combien)[^.?;!]{0,80})pour (?:mourir|ne plus (?:me |se )?reveiller|ne pas (?:me |se )?reveiller|en finir|me tuer|ne jamais (?:me )?reveiller)(?! (?:de|d'|du) )",
      'to die',
    ],
    [
      `(?:j'?ai |j |jai )?(?:trop )?envie (?:de |d')(?: ?en finir|mourir|crever|me tuer|me suicider|disparaitre pour toujours|ne plus me reveiller)${NOT_OF_A_DEGREE}`,
      'i want to die',
    ],
    [
      "(?:(?:je |j'?|j )?(?:ne |n'?)?(?:veux|veu|ve) (?:plus|pas|pu) vivre|jveu[x]? (?:plus|pas|pu) vivre)(?! (?:chez|avec|a|en|au|dans|sans|ici|la|loin|pres|seul|seule|comme|ma vie|toute))",
      'i do not want to live',
    ],
    [
      "(?:je |j'?|j )(?:veux|veu) (?:mourir|crever|me tuer|me suicider)|jveu[x]? (?:mourir|crever|me tuer|me suicider)",
      'i want to die',
    ],
    [
      `${PERSON} (?:veut|voudrait|a envie de|parle de) (?:juste )?(?:mourir|crever|en finir|se tuer|se suicider|disparaitre)${NOT_OF_A_DEGREE}${NOT_A_PEACEFUL_END}`,
      'she says she wants to die',
    ],
    [
      '(?:je suis|je me sens comme|il est|elle est|il se sent|elle se sent) (?:un|une) (?:fardeau|poids|boulet|charge) (?:pour|a) (?:tout le monde|tous|ma famille|mes enfants|mes parents|vous|sa famille)',
      'i am a burden',
    ],
    [
      "(?:ce )?(?:serait|sera|ca serait|c'?est) mieux (?:si (?:j'?etais|j etais|il etait|elle etait) (?:mort|morte|plus la)|si je (?:mourais|disparaissais|n'?existais pas))",
      'it would be better if i died',
    ],
    [
      "(?:menace|a menace|menacait) (?:de |d')(?:se jeter|sauter|se tuer|se suicider|se pendre|en finir|se foutre en l'?air)",
      'threatening to kill himself',
    ],
    [
      '(?:entend|entends|entendait|entendais) des voix (?:qui )?(?:lui|me|leur) (?:disent|dit|ordonnent|demandent|commandent) (?:de |d)(?:tuer|se tuer|me tuer|mourir|sauter|se jeter|frapper|faire du mal|attaquer)',
      'hears voices telling him to kill',
    ],
    [
      '(?:ne )?(?:dort|dors|dormait) (?:plus|pas|presque pas) depuis (?:\\d+|deux|trois|quatre|cinq|six|plusieurs) (?:jours|nuits)',
      'has not slept for days',
    ],
    [
      "(?:dit|croit|pense|crie|affirme) (?:qu'?il est|qu'?elle est|etre) (?:dieu|jesus|le messie|le diable|un prophete|immortel|immortelle|invincible)",
      'he thinks he is god',
    ],
    [
      "(?:dit|croit|pense|est persuade|est persuadee|est convaincu|est convaincue) qu'?on (?:(?:le|la|nous|me) (?:poursuit|suit|surveille|espionne|empoisonne)|(?:veut|va) (?:le|la|nous|me) (?:tuer|empoisonner))",
      'thinks people are trying to kill him',
    ],
    // An attempt told long past and well since ("il y a 10 ans, maintenant tout va bien") is history, as in English.
    ['maintenant (?:tout va bien|je vais bien|ca va bien|je vais mieux|ca va mieux)', 'now i am fine'],
  ],
  words: {
    combien: 'how many',
    lame: 'blade',
  },
};
