import { hasMedicalDisclaimer, withMedicalDisclaimer } from './medical-disclaimer.js';
import { ANSWER_SAFETY_RULES, type AnswerSafetyRule, type SafetyRuleId } from './safety/answer-safety-rules.js';
import { redactOtherPatientIdentifiers } from './safety/patient-identifier-redactor.js';
import { normalizeText } from './text-normalizer.js';

export { MEDICAL_DISCLAIMER } from './medical-disclaimer.js';

/** Violation ids as recorded in `metadata.safety.violations`. */
export type SafetyViolation = SafetyRuleId | 'other_patient_identifier';

export interface SafetyCheckResult {
  response: string;
  /** True when the returned response carries the medical disclaimer - appended here, or already there. */
  disclaimer_added: boolean;
  violations: SafetyViolation[];
  response_replaced: boolean;
  /** True when the crisis-support paragraph the context gave was added after the answer. */
  crisis_support_added: boolean;
}

export interface SafetyCheckContext {
  /** The signed-in patient, whose own identifier may appear; null for a guest. */
  callerPatientId: string | null;
  /**
   * The crisis-support paragraph, given only on a turn that asked about a lethal amount or a means of dying (see
   * `lethal-means-question.ts`): added after the answer, whatever the answer became. Its presence is what marks such a
   * turn, on which the rules read only there (`lethal_quantity`) apply too; absent on every other turn.
   */
  crisisSupport?: string;
}

/**
 * Said instead of an answer that diagnosed, or told the patient to change their medicines or
 * not to seek care. It does not repeat or soften what was withheld.
 */
export const SAFE_FALLBACK_ANSWER =
  "I'm sorry, I can't answer that safely here. Questions about a diagnosis, or about stopping or changing a medicine, need a clinician who knows your history: please talk to your doctor, pharmacist or care team, and keep taking your medicines as prescribed until they advise otherwise. If your symptoms are severe or getting worse, call your local emergency number or seek urgent care now.";

/**
 * Said instead of an answer that gave the amount of something that kills (`lethal_quantity`). It does not
 * repeat the amount, and says where help is for someone who has already taken too much.
 */
export const LETHAL_AMOUNT_WITHHELD_ANSWER =
  "I can't give the amount of a medicine or other substance that could cause death. Any overdose can be dangerous, even when someone seems well at first: if you think someone has taken too much of something, call your local emergency number or a poison control centre now.";

export const NOT_A_DIAGNOSIS_NOTE =
  'Please note: this is not a diagnosis. Only a clinician who can examine you and review your history can tell what is causing your symptoms.';

/**
 * The last step before a model answer reaches the patient: redacts other patients'
 * identifiers, withholds dangerous answers, marks hedged diagnoses as such, and appends the
 * medical disclaimer. Every change is reported so it can be stored in `metadata.safety`.
 */
export class ResponseSafetyCheck {
  check(answer: string, ctx: SafetyCheckContext): SafetyCheckResult {
    const redaction = redactOtherPatientIdentifiers(answer, ctx.callerPatientId);
    const matched = matchedRules(redaction.text, ctx.crisisSupport !== undefined);
    const replaced = matched.some((rule) => rule.action === 'replace');

    const violations: SafetyViolation[] = matched.map((rule) => rule.id);
    if (redaction.redactedCount > 0) violations.push('other_patient_identifier');

    let body: string;
    if (replaced) body = replacementFor(matched);
    else if (matched.length > 0) body = `${redaction.text.trimEnd()}\n\n${NOT_A_DIAGNOSIS_NOTE}`;
    else body = redaction.text;
    if (ctx.crisisSupport !== undefined) body = `${body.trimEnd()}\n\n${ctx.crisisSupport}`;

    const response = withMedicalDisclaimer(body);
    return {
      response,
      disclaimer_added: hasMedicalDisclaimer(response),
      violations,
      response_replaced: replaced,
      crisis_support_added: ctx.crisisSupport !== undefined,
    };
  }
}

/** What a withheld answer says: why the lethal amount is withheld, then the general fallback if another rule fired too. */
function replacementFor(matched: readonly AnswerSafetyRule[]): string {
  const lethal = matched.some((rule) => rule.id === 'lethal_quantity');
  const other = matched.some((rule) => rule.action === 'replace' && rule.id !== 'lethal_quantity');
  if (!lethal) return SAFE_FALLBACK_ANSWER;
  return other ? `${LETHAL_AMOUNT_WITHHELD_ANSWER}\n\n${SAFE_FALLBACK_ANSWER}` : LETHAL_AMOUNT_WITHHELD_ANSWER;
}

function matchedRules(answer: string, lethalMeansTurn: boolean): AnswerSafetyRule[] {
  const normalized = normalizeText(answer);
  return ANSWER_SAFETY_RULES.filter(
    (rule) =>
      (lethalMeansTurn || !rule.onlyOnLethalMeansTurns) && rule.patterns.some((pattern) => pattern.test(normalized)),
  );
}
