import type { FindingsReading } from './findings-reading.js';

/**
 * Swahili: a blow to the head told with its verb ("aligonga kichwa"), vomiting counted and sleepiness after it (NICE
 * NG232 red flags), and someone found fainted told by the finder ("tumempata amezimia sakafuni").
 */
export const SWAHILI_FINDINGS: FindingsReading = {
  ownWords: [
    'aligonga',
    'amegonga',
    'alijigonga',
    'ametapika',
    'usingizi',
    'anasinzia',
    'tumempata',
    'tumemkuta',
    'tulimkuta',
  ],
  phrases: [
    ['(?:aligonga|amegonga|alijigonga|amejigonga) kichwa', 'hit his head'],
    ['(?:ametapika|alitapika|anatapika) mara (?:mbili|tatu|nyingi|kadhaa|\\d+)', 'vomited several times'],
    ['ana usingizi (?:sana|mwingi)|anasinzia', 'very drowsy'],
    // The glass test of a rash (NICE NG143).
    [
      '(?:ukibonyeza|ukivibonyeza|nikibonyeza|ukiibonyeza|tukibonyeza)(?: kwa (?:glasi|bilauri|kikombe))?',
      'when pressed with a glass',
    ],
    // A cold's blocked nose: breathing through the nose is no airway trouble.
    ['pua (?:imeziba|imezibwa|imefunga|imeziba kabisa)', 'blocked nose'],
    ['kwa pua', 'through my nose'],
    ['(?:tumempata|tumemkuta|tulimkuta|nilimkuta|nimemkuta)', 'we found him'],
  ],
  words: {},
};
