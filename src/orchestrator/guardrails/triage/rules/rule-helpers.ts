import type { EmergencyCategory } from '../../emergency-categories.js';
import type { SignalId } from '../signals/signal-definition.js';

/**
 * A way a category is recognised: all of `all` were found in the message, and none of
 * `unless`. A category has several triggers; any one is enough. `name` is the protocol
 * discriminator the trigger stands for, as reported in `TriageResult.discriminators`.
 */
export interface CategoryTrigger {
  readonly all: readonly SignalId[];
  readonly unless?: readonly SignalId[];
  /** Held back when every one of these was found together (a panic attack named and told as passed). */
  readonly unlessAll?: readonly SignalId[];
  readonly name?: string;
}

export interface CategoryRule {
  readonly category: EmergencyCategory;
  readonly triggers: readonly CategoryTrigger[];
}

/** Each signal alone is the discriminator `name`. */
export const alone = (name: string, ...signals: SignalId[]): CategoryTrigger[] =>
  signals.map((signal) => ({ all: [signal], name }));

/** The context together with any one of the findings is the discriminator `name`. */
export const withEach = (name: string, context: SignalId, ...findings: SignalId[]): CategoryTrigger[] =>
  findings.map((finding) => ({ all: [context, finding], name }));

/** Any one of the contexts together with any one of the findings. */
export const anyWithAny = (
  name: string,
  contexts: SignalId[],
  findings: SignalId[],
  unless?: SignalId[],
): CategoryTrigger[] =>
  contexts.flatMap((context) => findings.map((finding) => ({ all: [context, finding], name, unless })));
