import type { LabelledMessage } from './labelled-message.js';

/** Emergencies split by what caught them when their file arrived, for specs that hold them caught. */
export interface CaughtOnArrival {
  /** Emergencies the rules alone caught on arrival: they must stay caught by the rules. */
  readonly byRules: readonly LabelledMessage[];
  /** Emergencies only the product (rules and wording model) caught: they must stay caught by the product. */
  readonly byProductOnly: readonly LabelledMessage[];
  /** Lines named as missed that are no emergency of the file, or missed by the product but not by the rules. */
  readonly misnamed: readonly number[];
}

/**
 * A guard file (review probes, twins) names the lines the rules and the product missed when it
 * was committed; every other emergency was caught then and must stay caught.
 */
export function caughtOnArrival(
  messages: readonly LabelledMessage[],
  missedByRules: ReadonlySet<number>,
  missedByProduct: ReadonlySet<number>,
): CaughtOnArrival {
  const emergencies = messages.filter((message) => message.emergency);
  const lines = new Set(emergencies.map((message) => message.line));
  const misnamed = [
    ...[...missedByRules, ...missedByProduct].filter((line) => !lines.has(line)),
    ...[...missedByProduct].filter((line) => !missedByRules.has(line)),
  ];
  return {
    byRules: emergencies.filter((message) => !missedByRules.has(message.line)),
    byProductOnly: emergencies.filter(
      (message) => missedByRules.has(message.line) && !missedByProduct.has(message.line),
    ),
    misnamed,
  };
}
