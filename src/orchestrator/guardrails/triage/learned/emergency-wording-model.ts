import { Buffer } from 'node:buffer';
import { linearScore, sigmoid, type LinearModel } from './logistic-regression.js';
import { messageFeatures } from './message-features.js';

/**
 * A second, learned reading of a message beside the rules: logistic regression over its words,
 * word pairs and letter pieces, trained on the development sets (`npm run triage:train`). The
 * rules match what their lexicons list; the model has seen how thousands of messages written
 * from the protocols tell an emergency, and carries that to wordings no lexicon lists ("his lips
 * went a funny dusky colour"). Only a sure model adds to the rules' verdict, and it never
 * takes one away (`wording-verdict.ts`); it runs in microseconds, with no language model and no
 * network.
 */
export class EmergencyWordingModel {
  private readonly model: LinearModel;

  constructor(serialized: SerializedWordingModel) {
    this.model = deserializeWordingModel(serialized);
  }

  assess(text: string): WordingAssessment {
    const { slots, phrases } = messageFeatures(text);
    // No words, no reading: a probability that adds nothing.
    if (slots.length === 0) return { probability: 0.5, strongestPhrases: [] };
    const probability = sigmoid(linearScore(this.model.weights, this.model.bias, slots));
    const strongestPhrases = [...phrases]
      .map(([slot, phrase]) => ({ phrase, weight: this.model.weights[slot] }))
      .filter(({ weight }) => weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, STRONGEST_PHRASES)
      .map(({ phrase }) => phrase);
    return { probability, strongestPhrases };
  }
}

export interface WordingAssessment {
  /** How likely the model finds it that the message needs emergency care now. */
  readonly probability: number;
  /** The words and word pairs of the message that pushed most toward an emergency. */
  readonly strongestPhrases: readonly string[];
}

/**
 * Set by leave-one-set-out runs over the thirteen development sets (each set scored by a model
 * trained on the others; `npm run triage:train` prints them), as the lowest step of 0.05 at which
 * the model's wrong additions rise on no development set by more than one message against the
 * model before it (0.95 with the weaker shrinkage of `TRAINING_OPTIONS.l2` 1e-5). The stronger
 * shrinkage draws the probabilities in from the extremes: out of set, above 0.75 this model added
 * 93 emergencies the rules missed and 11 false alarms, where the model before it added 84 and 13
 * above 0.95.
 */
export const WORDING_THRESHOLDS = { flagAbove: 0.75 } as const;

const STRONGEST_PHRASES = 3;

/** The model as committed: weights quantised to 16 bits, base64, beside what it was trained on. */
export interface SerializedWordingModel {
  readonly dimensions: number;
  readonly bias: number;
  /** A stored weight times `scale` is the trained weight. */
  readonly scale: number;
  readonly weights: string;
  readonly trainedOn: readonly string[];
  readonly examples: number;
}

export function serializeWordingModel(
  model: LinearModel,
  trainedOn: readonly string[],
  examples: number,
): SerializedWordingModel {
  const largest = model.weights.reduce((max, weight) => Math.max(max, Math.abs(weight)), 0);
  const scale = largest === 0 ? 1 : largest / 32767;
  const stored = Int16Array.from(model.weights, (weight) => Math.round(weight / scale));
  return {
    dimensions: model.weights.length,
    bias: model.bias,
    scale,
    weights: Buffer.from(stored.buffer).toString('base64'),
    trainedOn,
    examples,
  };
}

export function deserializeWordingModel(serialized: SerializedWordingModel): LinearModel {
  // Copied into a buffer of its own: a decoded Buffer may start at an odd offset of a shared pool.
  const stored = new Int16Array(new Uint8Array(Buffer.from(serialized.weights, 'base64')).buffer);
  if (stored.length !== serialized.dimensions) {
    throw new Error(`The emergency wording model holds ${stored.length} weights, not ${serialized.dimensions}`);
  }
  const weights = new Float32Array(stored.length);
  for (let slot = 0; slot < stored.length; slot += 1) weights[slot] = stored[slot] * serialized.scale;
  return { weights, bias: serialized.bias };
}
