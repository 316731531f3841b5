import type { EmergencyCategory } from '../emergency-categories.js';
import { SIGNALS, type SignalId } from './emergency-signals.js';
import { ADDED_CATEGORY_RULES } from './rules/added-category-rules.js';
import { CORE_CATEGORY_RULES } from './rules/core-category-rules.js';
import type { CategoryRule, CategoryTrigger } from './rules/rule-helpers.js';

export type { CategoryRule, CategoryTrigger } from './rules/rule-helpers.js';

/**
 * Every category with the discriminators that recognise it. A trigger names the protocol
 * discriminator it stands for; that name is what the result reports.
 */
export const CATEGORY_RULES: readonly CategoryRule[] = [...CORE_CATEGORY_RULES, ...ADDED_CATEGORY_RULES];

export function discriminatorOf(trigger: CategoryTrigger): string {
  return trigger.name ?? trigger.all.join(' + ').replace(/_/g, ' ');
}

/** Signal names a rule uses but no signal defines: kept empty by a spec, so a typo cannot disable a rule. */
export function undefinedSignalNames(): string[] {
  const defined = new Set<SignalId>(SIGNALS.map((signal) => signal.id));
  const used = CATEGORY_RULES.flatMap((rule) =>
    rule.triggers.flatMap((trigger) => [...trigger.all, ...(trigger.unless ?? [])]),
  );
  return [...new Set(used.filter((id) => !defined.has(id)))];
}

export type { EmergencyCategory };
