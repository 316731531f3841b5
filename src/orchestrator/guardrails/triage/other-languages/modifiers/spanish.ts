import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { nothingHappeningNow } from './nothing-happening-now.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Spanish: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const SPANISH_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('spanish'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('spanish'),
  // A question asked in advance, with the language's disclaimer (session 61, T129).
  ...nothingHappeningNow('spanish'),
  // Session 60 (T120): "nada de" before a finding is its negation ("nada de fiebre": no fever), read as the English
  // rules read "no"; "nada de nada", "nada del otro mundo", "nada de especial" stay as written.
  ['nada de(?= (?!nada|especial|grave|raro|nuevo)\\p{L})', 'no'],
  // A pain told as passed, or as not hurting any more: "ya se me pasó", "ya no me duele nada".
  ['(?:ya )?se me (?:paso|quito)|ya (?:se )?(?:paso|quito)', 'it has passed'],
  // Session 63 (T142): "no me duele fuerte / mucho" is a pain that is not bad, not one that has stopped.
  ['no me duele (?:(?:muy|tan) )?(?:fuerte|mucho)', 'it does not hurt much'],
  ['(?:ya )?no me duele(?: nada)?(?: ya)?', 'it does not hurt any more'],
  // Back again: "volvió", not "volvió a" + a verb ("volvió a convulsionar" is read by its finding).
  ['(?:ya )?(?:volvio|regreso|ha vuelto)(?! a )', 'it came back'],
  // A break-up and the writer's own goodbye to the partner ("terminamos y me despedí de él"): no farewell before dying.
  ['(?:terminamos|cortamos|rompimos)(?: (?:el|ella|con el|con ella))?', 'we broke up'],
  ['me despedi de (?:el|ella)(?! para siempre)', 'i said goodbye to him'],
  // Session 53 (T84): a bleed told stopped by itself or with pressure ("ya paró", "se le cortó la sangre", "dejó de
  // sangrar"), read as English tells it, so the rules set the bleed aside and the wording model reads the stop; not
  // where it did not stop ("no le para").
  [
    '(?<=(?:sangr|nariz|herida|corte|cortada)[^.!?]{0,80})(?:ya )?(?<!no )(?:se )?(?:le |me )?(?<!(?:no|nunca) (?:se )?(?:le |me )?)(?:paro|detuvo|corto|quito|paro la sangre|corto la sangre|dejo de sangrar|dejo de salir)(?! el corazon)(?= ?(?:[,.;!?]|$| y | pero | ahora | ahorita ))',
    'the bleeding has stopped',
  ],
  // Session 62 (T135): the imperfect subjunctive after "si" and the conditional that answers it are a supposition ("si mi
  // papá tuviera dolor de pecho, ¿qué tendría que hacer?": if my father had chest pain, what would I have to do), read
  // as the English past with "would" that plans; left unread, the condition lost its verb and read as a report.
  ['(?<=\\bsi\\b[^.!?,]{0,40})(?:tuviera|tuviese)(?![\\p{L}])', 'had'],
  ['(?<=\\bsi\\b[^.!?,]{0,40})(?:tuvieran|tuviesen)(?![\\p{L}])', 'had'],
  [
    '(?:que )?(?:tendria|tendriamos) que hacer|que (?:haria|hariamos|deberia hacer|deberiamos hacer)',
    'what would i do',
  ],
];
