import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { nothingHappeningNow } from './nothing-happening-now.js';
import { sinceAnOldEvent } from './since-an-old-event.js';
import { theSameAsAlways } from './the-same-as-always.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Portuguese: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const PORTUGUESE_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // Session 63 (T142): a symptom told as passed, closing its clause or with how it passed ("uma coceira que passou em 15
  // min", "passou sozinha"); not "não passou", nor "passou mal" (felt ill), "passou a noite" or "passou por".
  [
    '(?<!(?:nao|nunca|ainda nao) )passou(?= ?(?:sozinh[oa]s?|em (?:uns |umas |poucos |alguns |\\d)|depois|logo|rapido|rapidinho|completamente|de vez|[,.;!?]|$))',
    'it passed',
  ],
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('portuguese'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('portuguese'),
  // A question asked in advance, with the language's disclaimer (session 61, T129).
  ...nothingHappeningNow('portuguese'),
  // A finding told as the same as it always is (session 61, T129).
  ...theSameAsAlways('portuguese'),
  ...sinceAnOldEvent('portuguese'),
  // Session 60 (T120): "nada de" before a finding is its negation ("nada de dor no peito": no chest pain), read as the
  // English rules read "no"; "nada de mais", "nada de novo" (nothing special, nothing new) stay as written.
  ['nada de(?= (?!mais|novo|especial|grave|nada)\\p{L})', 'no'],
  // A lethal-dose question put for a school project ("é para um trabalho da escola"): see `asked-for-study.ts`.
  [
    '(?:e|eh) (?:para|pra) (?:um|uma|o|a|meu|minha) (?:trabalho|projeto|tarefa|pesquisa|redacao|apresentacao)(?: (?:da|de|do) (?:escola|faculdade|colegio|aula|biologia|quimica|ciencias))?',
    'it is for a school project',
  ],
  // A pain told as not felt any more, and one back again.
  [
    'nao sinto (?:(?:mais )?dor )?(?:nenhuma|nada)(?: de dor)?|(?:ja )?nao (?:doi|esta doendo) mais',
    'it does not hurt any more',
  ],
  ['(?:ja )?voltou(?! a )', 'it came back'],
  // Session 53 (T84): a bleed told stopped ("já parou", "o sangue estancou", "parou de sangrar"), read as English tells it,
  // so the rules set the bleed aside and the wording model reads the stop; not where it did not stop ("não parou").
  [
    '(?<=(?:sangr|sangue|nariz|corte|ferida|machucado)[^.!?]{0,80})(?<!(?:nao|nunca) )(?:ja )?(?<!(?:nao|nunca) )(?:parou de sangrar|o sangue (?:ja )?(?:parou|estancou)|estancou|parou)(?= ?(?:[,.;!?]|$| e | mas | agora ))',
    'the bleeding has stopped',
  ],
  // Session 62 (T135): the future subjunctive after "se" or "quando" is a condition still to come ("se meu pai tiver dor
  // no peito": if my father has chest pain), read as the English present that plans; left unread, the condition lost
  // its verb and read as a report. "E se" opens such a supposition: "and if".
  ['e(?= se(?![\\p{L}]))', 'and'],
  ['(?<=\\b(?:se|quando|caso)\\b[^.!?,]{0,40})tiverem(?![\\p{L}])', 'have'],
  ['(?<=\\b(?:se|quando|caso)\\b[^.!?,]{0,40})tiver(?![\\p{L}])', 'has'],
  ['(?<=\\b(?:se|quando|caso)\\b[^.!?,]{0,40})estiver(?![\\p{L}])', 'is'],
];
