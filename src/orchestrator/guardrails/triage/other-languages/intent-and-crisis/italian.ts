import { toldAnywhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** "Muoio dal ridere / di fame": an idiom of degree, not a wish. */
const NOT_OF_A_DEGREE = '(?! (?:di|dal|dalla|dalle|dai|per) )';
/**
 * Where the jump is from: the place told after the verb, or someone told standing on it. A height told elsewhere in the
 * message (a flat on the 9th floor) is not where a jump off the sofa or into the shower is from (review V22, 02:15).
 */
const HEIGHT = `(?: (?:\\p{L}+ ){0,2}(?:dal|dalla|da un|da una|giu dal|giu dalla|dall'?|giu da)(?: \\p{L}+)? ?(?:ponte|palazzo|tetto|balcone|finestra|terrazzo|terrazza|cornicione|scogliera|dirupo|cavalcavia|piano)|${toldAnywhere('(?:e|sta|sono|sto|in piedi|seduto|seduta) (?:sul|sulla|sul bordo del|in cima al|in cima alla) (?:tetto|ponte|balcone|cornicione|terrazzo|parapetto|davanzale|palazzo)')})`;

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Italian (NICE NG225; NHS 111 mental health; Telefono Amico):
 * a short wish with no other marker ("non voglio più vivere"), a burden and better dead, a jump from a height, voices
 * that order a killing, days without sleep, a delusion of being God, a threat to kill.
 */
export const ITALIAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['vivere', 'muoio', 'morissi', 'ammazzarmi', 'suicidarmi', 'svegliarmi', 'meglio', 'buttarmi', 'buttarsi'],
  phrases: [
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    [
      '(?:deve|vuole|devo|voglio) (?:uccidere|ammazzare|fare del male a) (?:il |la |mio |mia |suo |sua )?(?:bambino|bambina|neonato|neonata|figlio|figlia|piccolo|piccola)',
      'wants to kill the baby',
    ],
    ['(?:ha|aveva|tiene|ha preso|ha in mano|impugna) (?:una|la|il|un) (?:pistola|fucile|rivoltella)', 'has a gun'],
    [
      '(?:ha|aveva|tiene|ha preso|ha in mano|impugna) (?:una|la|il|un) (?:coltello|ascia|machete|mannaia)',
      'has a knife',
    ],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    [
      '(?<=(?:quant[ie])[^.?;!]{0,80})per (?:morire|non svegliarmi piu|non svegliarmi|farla finita|uccidermi)(?! (?:di|dal|dalla) )',
      'to die',
    ],
    ['(?:dice|urla|grida) che (?:ci|li|vi) (?:ammazza|uccide|ammazzera|uccidera) tutti', 'says he will kill us all'],
    [
      '(?:sono|mi sento|e|si sente) (?:un|una) (?:peso|fardello|zavorra) per (?:tutti|la mia famiglia|i miei|la sua famiglia|voi|gli altri)',
      'i am a burden',
    ],
    [
      `(?:(?:sarebbe|e|era) )?meglio se (?:io )?(?:muoio|morissi|fossi mort[oa]|non ci fossi(?: piu)?|non esistessi|non fossi mai nat[oa]|mi ammazzo|mi uccido)${NOT_OF_A_DEGREE}`,
      'it would be better if i died',
    ],
    [
      `(?:vuole|vorrebbe|voglio|vorrei|minaccia di|sta per|sto per) (?:buttarsi|gettarsi|lanciarsi|buttarmi|gettarmi|lanciarmi)(?![^.;]{0,60}(?:piscina|mare|lago|bungee|paracadute|tuffo))${HEIGHT}`,
      'he is going to jump off',
    ],
    [
      '(?:sente|sento|sentiva) (?:delle )?voci (?:che )?(?:gli|le|mi) (?:dicono|ordinano|comandano|chiedono) di (?:ammazzare|uccidere|buttarsi|buttarmi|farsi male|uccidersi|ammazzarsi|colpire|accoltellare)',
      'hears voices telling him to kill',
    ],
    [
      '(?:non )?(?:dorme|dormo|ha dormito) (?:piu )?da (?:\\d+|due|tre|quattro|cinque|sei|giorni|parecchi)(?: giorni| notti)?',
      'has not slept for days',
    ],
    [
      '(?:dice|crede|pensa|urla|e convinto|e convinta) di essere (?:dio|gesu|gesu cristo|il messia|il diavolo|un profeta|immortale|invincibile)',
      'he thinks he is god',
    ],
    [
      '(?:dice|crede|pensa|e convinto|e convinta) che (?:lo|la|ci|mi) (?:vogliono|vogliano) (?:ammazzare|uccidere|avvelenare)|(?:dice|crede|pensa) che (?:lo|la|ci|mi) (?:seguono|seguano|spiano|spiino|avvelenano|avvelenino)',
      'thinks people are trying to kill him',
    ],
    [
      'si (?:fa|fanno|faceva|sta facendo) (?:del )?male(?= (?:con (?:le |una |la |il |un )?(?:lamett|lam|coltell|forbic|vetr|rasoi)|apposta|di proposito|da sol[oa]|ai polsi|alle braccia))',
      'she is hurting herself on purpose',
    ],
    ['minaccia(?:ndo|to)? di (?:uccidere|ammazzare|accoltellare|sgozzare)', 'threatening to kill'],
    [
      '(?:gira|va in giro|corre|cammina) (?:per casa |per strada )?con (?:un|il|una) (?:coltello|pistola|ascia|machete|forbici)',
      'running around with a knife',
    ],
  ],
  words: {
    quante: 'how many',
    quanti: 'how many',
    lametta: 'blade',
  },
};
