import type { CategoryFigures, Rate, SetEvaluation } from './triage-evaluation.js';

/** The unit spec's thresholds, printed beside the figures so a reader sees where each one stands. */
export const RECALL_GOAL = 0.95;
export const FALSE_POSITIVE_GOAL = 0.05;

export interface SetReportOptions {
  /** Shown as the heading, e.g. `development.jsonl`. */
  readonly title: string;
  /** Problems found while parsing the file (invalid lines are not counted in the figures). */
  readonly problems: readonly string[];
  /** false for the held-out set unless asked: its misses are then counted, never quoted. */
  readonly showTexts: boolean;
}

export const HELD_OUT_TEXTS_HIDDEN =
  'Held-out texts are not shown: the people writing the triage rules must not see them, or the held-out figures stop measuring ' +
  'how the rules generalise. Misses and false alarms are counted by category and reason only ' +
  '(`npm run triage:report -- --show-held-out` prints them, for whoever reviews the set, not for rule writers).';

const percent = (value: Rate): string => (value.rate === null ? '   —  ' : value.rate.toFixed(3).padStart(6));
const counted = (value: Rate): string => `${percent(value)} (${value.hits}/${value.total})`;
const verdict = (value: Rate, meets: (rate: number) => boolean): string =>
  value.rate === null ? 'no messages' : meets(value.rate) ? 'meets' : 'misses';

/** One table cell of a set's headline figures: recall over all emergencies / inside the 13 / false positives. */
export function renderRatesCell({ recall, recallOriginal, falsePositiveRate }: SetEvaluation): string {
  return [recall, recallOriginal, falsePositiveRate].map((value) => value.rate?.toFixed(3) ?? '—').join(' / ');
}

/** A readable, fixed-width report of one set's evaluation. */
export function renderSetReport(evaluation: SetEvaluation, options: SetReportOptions): string {
  const { size } = evaluation;
  const lines = [
    `== ${options.title}: ${size.messages} messages (${size.emergencies} emergencies, ${size.nonEmergencies} non-emergencies)`,
    ...options.problems.map((problem) => `   INVALID ${problem}`),
    '',
    `recall, all emergencies           ${counted(evaluation.recall)}  goal ≥ ${RECALL_GOAL}: ${verdict(evaluation.recall, (r) => r >= RECALL_GOAL)}`,
    `recall, original 13 categories    ${counted(evaluation.recallOriginal)}`,
    `false-positive rate               ${counted(evaluation.falsePositiveRate)}  goal ≤ ${FALSE_POSITIVE_GOAL}: ${verdict(evaluation.falsePositiveRate, (r) => r <= FALSE_POSITIVE_GOAL)}`,
    `category agreement (flagged)      ${counted(evaluation.categoryAgreement)}`,
    '',
    ...categoryTable(evaluation.perCategory),
    '',
    'hard_negative reason      n    false-positive rate',
    ...evaluation.perHardNegative.map(
      ({ reason, falsePositives }) =>
        `${(reason ?? '(no reason given)').padEnd(24)}${String(falsePositives.total).padStart(3)}   ${counted(falsePositives)}`,
    ),
    '',
    ...(options.showTexts ? listedOutcomes(evaluation) : countedOutcomes(evaluation)),
  ];
  return lines.join('\n');
}

function categoryTable(rows: readonly CategoryFigures[]): string[] {
  return [
    'category                   emergencies  recall   agreement   non-emerg.  false-positive rate',
    ...rows.map(
      (row) =>
        `${row.category.padEnd(27)}${String(row.recall.total).padStart(11)}  ${percent(row.recall)}   ${percent(row.agreement)}` +
        `   ${String(row.falsePositives.total).padStart(10)}  ${percent(row.falsePositives)}`,
    ),
  ];
}

function listedOutcomes(evaluation: SetEvaluation): string[] {
  return [
    `misses (${evaluation.misses.length}):`,
    ...evaluation.misses.map(
      ({ message }) => `  line ${message.line} [${message.category} · ${message.discriminator}] ${message.text}`,
    ),
    '',
    `false alarms (${evaluation.falseAlarms.length}):`,
    ...evaluation.falseAlarms.map(
      ({ message, fired }) =>
        `  line ${message.line} [${message.hardNegative ?? 'no reason given'} · near ${message.category} · fired ${fired.join(', ')}] ${message.text}`,
    ),
    '',
    `flagged with another category (${evaluation.disagreements.length}):`,
    ...evaluation.disagreements.map(
      ({ message, fired }) =>
        `  line ${message.line} [labelled ${message.category} · fired ${fired.join(', ')}] ${message.text}`,
    ),
  ];
}

function countedOutcomes(evaluation: SetEvaluation): string[] {
  return [
    HELD_OUT_TEXTS_HIDDEN,
    '',
    // By category alone: a discriminator is the set writer's summary of the message (in the other-language
    // sets, its whole English gloss), which would show the rule writers what the held-out set says.
    `misses (${evaluation.misses.length}) by category:`,
    ...tally(evaluation.misses.map(({ message }) => message.category)),
    '',
    `false alarms (${evaluation.falseAlarms.length}) by hard_negative reason and nearest category:`,
    ...tally(
      evaluation.falseAlarms.map(
        ({ message, fired }) =>
          `${message.hardNegative ?? 'no reason given'} · near ${message.category} · fired ${fired.join(', ')}`,
      ),
    ),
    '',
    `flagged with another category (${evaluation.disagreements.length}):`,
    ...tally(
      evaluation.disagreements.map(({ message, fired }) => `labelled ${message.category} · fired ${fired.join(', ')}`),
    ),
  ];
}

/** `  3 × key` lines, most frequent first, then alphabetically. */
function tally(keys: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([key, count]) => `  ${String(count).padStart(3)} × ${key}`);
}
