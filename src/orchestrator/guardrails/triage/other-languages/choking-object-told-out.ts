/**
 * The object of a choking told as out, in each language: spat or coughed out, or come out by itself. The Resuscitation
 * Council UK's choking algorithm ends when the obstruction is relieved, and the English rules read a choking episode
 * with the object told out as over (`signals/choking-episode-signals.ts`, `choking_cleared`) unless a cough, a wheeze or
 * a struggle goes on. Left unread, "se atragantó con una uva ... la escupió entera, ya respira normal" was a choking
 * still going on. Read as "coughed it up" or "it came out", which the English rules read as the object out. Folded, as
 * the lexicons are.
 */
import { toldAnywhere } from './language-lexicon.js';

const COUGHED_UP = 'coughed it out';
const CAME_OUT = 'it came free';

/**
 * A choking told in the message, in each language's words (folded): only beside one is a thing spat out the object of
 * a choking (read after the words, so that only a message that names them looks further). A baby spitting out its medicine, read as "coughed it up", only moved the wording model.
 */
const A_CHOKING = {
  spanish: toldAnywhere('(?:atragant|ahog|atoro|atora|trago algo|se trabo)'),
  portuguese: toldAnywhere('(?:engasg|sufoc|entalad|entalou)'),
  french: toldAnywhere('(?:etouff|de travers|coince)'),
  italian: toldAnywhere('(?:strozz|soffoc|di traverso|incastrat)'),
  german: toldAnywhere('(?:verschluck|erstick|stecken ?geblieben|steckt im hals)'),
  chinese: toldAnywhere('(?:噎|卡住|卡在|呛|嗆|窒息)'),
} as const;

export const SPANISH_CHOKING_OBJECT_TOLD_OUT: ReadonlyArray<readonly [string, string]> = [
  // Denied ("no lo escupe": he cannot get it out) it is the obstruction going on, left to the rules' reading.
  [
    '(?<!(?:no|ni|nunca) )(?:lo|la|los|las) (?:escupio|escupi|tosio|expulso|echo (?:fuera|afuera))' +
      `${A_CHOKING.spanish}`,
    COUGHED_UP,
  ],
  [
    '(?:le |se le )?(?:salio|se salio) (?:el|la) (?:pedazo|trozo|cacho|uva|dulce|caramelo|bocado|pieza|comida|carne|pan)' +
      `${A_CHOKING.spanish}`,
    CAME_OUT,
  ],
];

export const PORTUGUESE_CHOKING_OBJECT_TOLD_OUT: ReadonlyArray<readonly [string, string]> = [
  [
    '(?<!(?:nao|nem|n) )(?:cuspiu|cuspi|expeliu|(?:botou|colocou|pos|jogou) (?:pra|para) fora)' +
      `${A_CHOKING.portuguese}`,
    COUGHED_UP,
  ],
  ['(?:o|a) (?:pedaco|pedacinho|comida|bala|uva|caroco|carne|pao|bocado) saiu' + `${A_CHOKING.portuguese}`, CAME_OUT],
];

export const FRENCH_CHOKING_OBJECT_TOLD_OUT: ReadonlyArray<readonly [string, string]> = [
  // With the object told ("l'a recraché"): "il crache" alone is a child spitting now, or spitting blood.
  [
    "(?<!(?:pas|ne|n') )(?:(?:il|elle|on) )?l'?\\s?(?:a|ai|avons|as) (?:recrache|crache|expulse|rejete|recrachee|crachee)(?! (?:du|de) sang)" +
      `${A_CHOKING.french}`,
    COUGHED_UP,
  ],
  // "Il est sorti" is also "he went out": only the thing told as out is read.
  ["(?:c'?est|ca est|le morceau est) (?:res)?sortie?" + `${A_CHOKING.french}`, CAME_OUT],
];

export const ITALIAN_CHOKING_OBJECT_TOLD_OUT: ReadonlyArray<readonly [string, string]> = [
  [
    "(?<!non )(?:l'?\\s?ha|lo ha|la ha|l'?\\s?abbiamo) (?:sputato|sputata|espulso|espulsa|tossito fuori|buttato fuori)" +
      `${A_CHOKING.italian}`,
    COUGHED_UP,
  ],
  [
    '(?:il pezzo|il boccone|la caramella|il cibo) (?:e )?(?:uscito|uscita|venuto fuori)' + `${A_CHOKING.italian}`,
    CAME_OUT,
  ],
];

export const GERMAN_CHOKING_OBJECT_TOLD_OUT: ReadonlyArray<readonly [string, string]> = [
  ['(?:ausgespuckt|ausgehustet|herausgehustet|rausgehustet|ausgespuckt)' + `${A_CHOKING.german}`, COUGHED_UP],
  ['kam (?:es |er |sie |das stuck )?(?:wieder )?(?:raus|heraus)' + `${A_CHOKING.german}`, CAME_OUT],
];

/** Chinese writes no spaces; what was brought up as blood ("吐出来的是血") is left to the bleeding phrases. */
export const CHINESE_CHOKING_OBJECT_TOLD_OUT: ReadonlyArray<readonly [string, string]> = [
  [
    '(?<!(?:没|沒|没有|沒有|不|未))(?:吐|咳|呕|嘔)了?出来了?(?![^，。！？,.!?]{0,4}血)' + `${A_CHOKING.chinese}`,
    COUGHED_UP,
  ],
];
