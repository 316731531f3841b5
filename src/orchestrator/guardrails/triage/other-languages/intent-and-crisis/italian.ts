import { toldAnywhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** "Muoio dal ridere / di fame": an idiom of degree, not a wish. */
const NOT_OF_A_DEGREE = '(?! (?:di|dal|dalla|dalle|dai|per) )';
/** A height one jumps from, told anywhere in the message. */
const HEIGHT = toldAnywhere(
  '(?:ponte|palazzo|tetto|balcone|finestra|terrazzo|terrazza|piano|scogliera|dirupo|cavalcavia)',
);

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Italian (NICE NG225; NHS 111 mental health; Telefono Amico):
 * a short wish with no other marker ("non voglio più vivere"), a burden and better dead, a jump from a height, voices
 * that order a killing, days without sleep, a delusion of being God, a threat to kill.
 */
export const ITALIAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['vivere', 'muoio', 'morissi', 'ammazzarmi', 'suicidarmi', 'svegliarmi', 'meglio', 'buttarmi', 'buttarsi'],
  phrases: [
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
      'is going to jump off',
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
    corda: 'rope',
    lametta: 'blade',
  },
};
