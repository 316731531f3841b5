import { EMERGENCY_CATEGORIES, type EmergencyCategory } from '../emergency-categories.js';
import {
  HARD_NEGATIVE_REASONS,
  ORIGINAL_CATEGORIES,
  type HardNegativeReason,
  type LabelledEmergency,
  type LabelledMessage,
  type LabelledNonEmergency,
} from './labelled-message.js';

/** What the evaluation needs of a triage: `EmergencyTriage.assess`, or the HTTP path's metadata. */
export interface TriageVerdict {
  readonly isEmergency: boolean;
  readonly categories: readonly EmergencyCategory[];
}
export type TriageAssessment = (text: string) => TriageVerdict;

/** `hits` of `total`; `rate` is null when there is nothing to divide by (never a made-up 0 or 1). */
export interface Rate {
  readonly hits: number;
  readonly total: number;
  readonly rate: number | null;
}

export interface CategoryFigures {
  readonly category: EmergencyCategory | 'none';
  /** Emergencies labelled with this category that were flagged at all. */
  readonly recall: Rate;
  /** Of those flagged, the ones whose categories include the labelled one. */
  readonly agreement: Rate;
  /** Non-emergencies whose alarm word belongs to this category that were flagged. */
  readonly falsePositives: Rate;
}

export interface TriageMiss {
  readonly message: LabelledEmergency;
}

export interface TriageFalseAlarm {
  readonly message: LabelledNonEmergency;
  readonly fired: readonly EmergencyCategory[];
}

/** A flagged emergency whose categories leave out the labelled one (guidance may then be off). */
export interface CategoryDisagreement {
  readonly message: LabelledEmergency;
  readonly fired: readonly EmergencyCategory[];
}

export interface SetEvaluation {
  readonly size: { readonly messages: number; readonly emergencies: number; readonly nonEmergencies: number };
  readonly recall: Rate;
  /** Recall over emergencies labelled with one of the original thirteen categories. */
  readonly recallOriginal: Rate;
  readonly falsePositiveRate: Rate;
  readonly categoryAgreement: Rate;
  /** Every category that occurs in the set, in the canonical order, 'none' last. */
  readonly perCategory: readonly CategoryFigures[];
  /** False-positive rate per hard-negative reason that occurs in the set; unlabelled ones under null. */
  readonly perHardNegative: ReadonlyArray<{
    readonly reason: HardNegativeReason | null;
    readonly falsePositives: Rate;
  }>;
  readonly misses: readonly TriageMiss[];
  readonly falseAlarms: readonly TriageFalseAlarm[];
  readonly disagreements: readonly CategoryDisagreement[];
}

export function rate(hits: number, total: number): Rate {
  return { hits, total, rate: total === 0 ? null : hits / total };
}

interface Judged {
  readonly message: LabelledMessage;
  readonly verdict: TriageVerdict;
}

/** Runs every message of a set through `assess` once and measures the answers against the labels. */
export function evaluateTriage(messages: readonly LabelledMessage[], assess: TriageAssessment): SetEvaluation {
  return evaluateVerdicts(messages.map((message) => ({ message, verdict: assess(message.text) })));
}

/** The same measures over verdicts obtained elsewhere (e.g. through the HTTP API). */
export function evaluateVerdicts(judged: readonly Judged[]): SetEvaluation {
  const emergencies = judged.filter((j): j is Judged & { message: LabelledEmergency } => j.message.emergency);
  const negatives = judged.filter((j): j is Judged & { message: LabelledNonEmergency } => !j.message.emergency);
  const flagged = emergencies.filter((j) => j.verdict.isEmergency);
  const agreeing = flagged.filter((j) => j.verdict.categories.includes(j.message.category));
  const original = emergencies.filter((j) => ORIGINAL_CATEGORIES.includes(j.message.category));
  const falseAlarms = negatives.filter((j) => j.verdict.isEmergency);

  return {
    size: { messages: judged.length, emergencies: emergencies.length, nonEmergencies: negatives.length },
    recall: rate(flagged.length, emergencies.length),
    recallOriginal: rate(original.filter((j) => j.verdict.isEmergency).length, original.length),
    falsePositiveRate: rate(falseAlarms.length, negatives.length),
    categoryAgreement: rate(agreeing.length, flagged.length),
    perCategory: categoriesPresent(judged).map((category) => {
      const labelled = emergencies.filter((j) => j.message.category === category);
      const caught = labelled.filter((j) => j.verdict.isEmergency);
      const near = negatives.filter((j) => j.message.category === category);
      return {
        category,
        recall: rate(caught.length, labelled.length),
        agreement: rate(
          caught.filter((j) => j.verdict.categories.includes(category as EmergencyCategory)).length,
          caught.length,
        ),
        falsePositives: rate(near.filter((j) => j.verdict.isEmergency).length, near.length),
      };
    }),
    perHardNegative: reasonsPresent(negatives).map((reason) => {
      const withReason = negatives.filter((j) => j.message.hardNegative === reason);
      return {
        reason,
        falsePositives: rate(withReason.filter((j) => j.verdict.isEmergency).length, withReason.length),
      };
    }),
    misses: emergencies.filter((j) => !j.verdict.isEmergency).map((j) => ({ message: j.message })),
    falseAlarms: falseAlarms.map((j) => ({ message: j.message, fired: j.verdict.categories })),
    disagreements: flagged
      .filter((j) => !j.verdict.categories.includes(j.message.category))
      .map((j) => ({ message: j.message, fired: j.verdict.categories })),
  };
}

function categoriesPresent(judged: readonly Judged[]): Array<EmergencyCategory | 'none'> {
  const present = new Set(judged.map((j) => j.message.category));
  const ordered: Array<EmergencyCategory | 'none'> = EMERGENCY_CATEGORIES.filter((category) => present.has(category));
  return present.has('none') ? [...ordered, 'none'] : ordered;
}

function reasonsPresent(negatives: ReadonlyArray<{ message: LabelledNonEmergency }>): Array<HardNegativeReason | null> {
  const present = new Set(negatives.map((j) => j.message.hardNegative));
  const ordered: Array<HardNegativeReason | null> = HARD_NEGATIVE_REASONS.filter((reason) => present.has(reason));
  return present.has(null) ? [...ordered, null] : ordered;
}
