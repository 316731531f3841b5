import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { nothingHappeningNow } from './nothing-happening-now.js';
import { whatIfToldTheLanguageWay } from './what-if-told-the-language-way.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * French: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const FRENCH_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('french'),
  // A supposition told with the language's own "what if" (session 63, T142).
  ...whatIfToldTheLanguageWay('french'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('french'),
  // A question asked in advance, with the language's disclaimer (session 61, T129).
  ...nothingHappeningNow('french'),
  // A lethal-dose question put for school ("c'est pour un exposé à l'école"): see `asked-for-study.ts`.
  [
    "c'?est pour (?:un|une|mon|ma) (?:expose|devoir|projet|travail|dossier|memoire)(?: (?:a|de|pour) (?:l'?ecole|la fac|le lycee|le college|l'?universite))?",
    'it is for a school project',
  ],
  // A pain told as gone ("plus aucune douleur"), and one back again ("ça revient").
  ['plus (?:aucune|de) douleur|(?:ca|il|elle) ne (?:me )?fait plus mal', 'no more pain'],
  ["(?:ca|c'?est) (?:revient|revenu|recommence)", 'it came back'],
  // A chest pain told as passed ("elle est passée"): read as "it has passed" already is (review V23, 05:10).
  ["(?:elle|il) est passee?|c'?est passe", 'it has passed'],
  // Session 53 (T84): a bleed told stopped ("ça s'est arrêté", "le sang s'est arrêté", "ne saigne plus"), read as English
  // tells it, so the rules set the bleed aside and the wording model reads the stop.
  [
    "(?<=(?:saign|sang|nez|plaie|coupure|blessure)[^.!?]{0,80})(?:ca |cela |il |elle |le saignement |le sang )?s'?est arretee?(?: de saigner)?(?= ?(?:[,.;!?]|$| et | mais | maintenant | tout seul))|(?<!pas )a arrete de saigner|ne saigne plus",
    'the bleeding has stopped',
  ],
];
