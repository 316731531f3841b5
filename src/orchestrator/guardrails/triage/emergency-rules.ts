import type { EmergencyCategory } from '../emergency-categories.js';
import { SIGNALS, type SignalId } from './emergency-signals.js';
import {
  CARDIAC_CHEST_PAIN_RULE,
  BREATHING_DIFFICULTY_RULE,
  ANAPHYLAXIS_RULE,
  SHOCK_RULE,
  VASCULAR_EMERGENCY_RULE,
} from './rules/cardiorespiratory-rules.js';
import { HEAT_STROKE_RULE, HYPOTHERMIA_RULE, DROWNING_RULE } from './rules/environmental-rules.js';
import { SEPSIS_RULE, MENINGITIS_SIGNS_RULE } from './rules/infection-rules.js';
import { INFANT_DISTRESS_RULE, OBSTETRIC_BLEEDING_RULE } from './rules/maternal-child-rules.js';
import { SUICIDE_SELF_HARM_RULE, PSYCHIATRIC_CRISIS_RULE } from './rules/mental-health-rules.js';
import {
  LOSS_OF_CONSCIOUSNESS_RULE,
  STROKE_SIGNS_RULE,
  SEIZURE_RULE,
  SPINAL_CORD_COMPRESSION_RULE,
} from './rules/neurological-rules.js';
import { ACUTE_ABDOMEN_RULE, TESTICULAR_TORSION_RULE, EYE_EMERGENCY_RULE } from './rules/surgical-rules.js';
import {
  POISONING_OVERDOSE_RULE,
  WITHDRAWAL_RULE,
  DIABETIC_EMERGENCY_RULE,
} from './rules/toxicology-metabolic-rules.js';
import { SEVERE_BLEEDING_RULE, HEAD_INJURY_RULE, MAJOR_TRAUMA_RULE, BURNS_RULE } from './rules/trauma-rules.js';
import type { CategoryRule, CategoryTrigger } from './rules/rule-helpers.js';

export type { CategoryRule, CategoryTrigger } from './rules/rule-helpers.js';

/**
 * Every category with the discriminators that recognise it. A trigger names the protocol
 * discriminator it stands for; that name is what the result reports.
 *
 * The first thirteen are founded on the discriminators of the Manchester Triage System (MTS),
 * NHS 111 / NHS Pathways red flags and the Schmitt-Thompson protocols; the last fifteen were added
 * with the discriminator-based triage, each trigger a red flag of a published protocol. Where a
 * single finding is not enough, the combination that the protocol names is the trigger. The order
 * is the evaluation order, and the order of the reported discriminators: keep it.
 */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  CARDIAC_CHEST_PAIN_RULE,
  BREATHING_DIFFICULTY_RULE,
  LOSS_OF_CONSCIOUSNESS_RULE,
  SEVERE_BLEEDING_RULE,
  STROKE_SIGNS_RULE,
  ANAPHYLAXIS_RULE,
  INFANT_DISTRESS_RULE,
  SEIZURE_RULE,
  POISONING_OVERDOSE_RULE,
  HEAD_INJURY_RULE,
  OBSTETRIC_BLEEDING_RULE,
  MENINGITIS_SIGNS_RULE,
  SUICIDE_SELF_HARM_RULE,
  SHOCK_RULE,
  SEPSIS_RULE,
  DIABETIC_EMERGENCY_RULE,
  ACUTE_ABDOMEN_RULE,
  VASCULAR_EMERGENCY_RULE,
  MAJOR_TRAUMA_RULE,
  BURNS_RULE,
  HEAT_STROKE_RULE,
  HYPOTHERMIA_RULE,
  DROWNING_RULE,
  WITHDRAWAL_RULE,
  PSYCHIATRIC_CRISIS_RULE,
  SPINAL_CORD_COMPRESSION_RULE,
  TESTICULAR_TORSION_RULE,
  EYE_EMERGENCY_RULE,
];

export function discriminatorOf(trigger: CategoryTrigger): string {
  return trigger.name ?? trigger.all.join(' + ').replace(/_/g, ' ');
}

/** Signal names a rule uses but no signal defines: kept empty by a spec, so a typo cannot disable a rule. */
export function undefinedSignalNames(): string[] {
  const defined = new Set<SignalId>(SIGNALS.map((signal) => signal.id));
  const used = CATEGORY_RULES.flatMap((rule) =>
    rule.triggers.flatMap((trigger) => [...trigger.all, ...(trigger.unless ?? []), ...(trigger.unlessAll ?? [])]),
  );
  return [...new Set(used.filter((id) => !defined.has(id)))];
}

export type { EmergencyCategory };
