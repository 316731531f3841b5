import { orderCategories, type EmergencyCategory } from './emergency-categories.js';
import { normalizeText } from './text-normalizer.js';
import { splitClauses, splitSentences } from './triage/clause-splitter.js';
import { CATEGORY_RULES, type CategoryTrigger } from './triage/emergency-rules.js';
import { SIGNALS, type SignalDefinition, type SignalId } from './triage/emergency-signals.js';
import { isGeneralQuestion } from './triage/general-question.js';
import { findIdiomSpans } from './triage/idioms.js';
import { findNegationCues, isNegated } from './triage/negation.js';
import { isRemotePastClause, isResolvedAfter } from './triage/temporal-context.js';
import { overlaps, type TextSpan } from './triage/text-span.js';

export type { EmergencyCategory } from './emergency-categories.js';

export interface TriageResult {
  isEmergency: boolean;
  categories: EmergencyCategory[];
  /** The normalised phrases that decided the categories, in message order, without repeats. */
  matchedPhrases: string[];
}

interface RawFinding extends TextSpan {
  readonly signal: SignalDefinition;
  readonly phrase: string;
}

/** Accepted findings of one message: for each signal, the phrases that showed it. */
type Findings = Map<SignalId, string[]>;

/**
 * Deterministic emergency detection on a patient's message, run before and independently of
 * any language model so that an emergency is answered at once and cannot be talked away.
 *
 * The message is normalised, cut into sentences and clauses, and searched for signals. A
 * signal found in a clause counts unless it is negated ("no chest pain"), part of an idiom
 * ("this headache is killing me"), resolved ("the bleeding has stopped"), remote history
 * ("a seizure as a child"), ordinary in its context ("short of breath when I climb stairs"),
 * or sits in a general question ("what are the signs of a stroke?"). Categories follow from
 * the accepted signals by the rules in `triage/emergency-rules.ts`.
 */
export class EmergencyTriage {
  assess(text: string): TriageResult {
    const findings = this.collectFindings(normalizeText(text));
    const categories: EmergencyCategory[] = [];
    const decisive: string[] = [];
    for (const rule of CATEGORY_RULES) {
      const satisfied = rule.triggers.filter((trigger) => isSatisfied(trigger, findings));
      if (satisfied.length === 0) continue;
      categories.push(rule.category);
      for (const trigger of satisfied) {
        for (const signal of trigger.all) decisive.push(...(findings.get(signal) ?? []));
      }
    }
    const ordered = orderCategories(categories);
    return {
      isEmergency: ordered.length > 0,
      categories: ordered,
      matchedPhrases: [...new Set(decisive)],
    };
  }

  private collectFindings(normalized: string): Findings {
    const findings: Findings = new Map();
    for (const sentence of splitSentences(normalized)) {
      if (isGeneralQuestion(sentence)) continue;
      for (const clause of splitClauses(sentence)) {
        for (const finding of acceptedFindings(clause, sentence)) {
          const phrases = findings.get(finding.signal.id) ?? [];
          phrases.push(finding.phrase);
          findings.set(finding.signal.id, phrases);
        }
      }
    }
    return findings;
  }
}

function acceptedFindings(clause: string, sentence: string): RawFinding[] {
  const raw = rawFindings(clause);
  if (raw.length === 0) return [];
  const idioms = findIdiomSpans(clause);
  const cues = findNegationCues(clause, raw);
  const remotePast = isRemotePastClause(clause);
  return raw.filter(
    (finding) =>
      !idioms.some((idiom) => overlaps(idiom, finding)) &&
      !isNegated(clause, finding, cues) &&
      // Circumstances (a pregnancy, a knock to the head) are not resolved by time; symptoms are.
      (finding.signal.timeless || !(remotePast || isResolvedAfter(clause, finding))) &&
      !finding.signal.ordinaryWhen?.test(sentence),
  );
}

function rawFindings(clause: string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const signal of SIGNALS) {
    for (const pattern of signal.patterns) {
      for (const match of clause.matchAll(pattern)) {
        const phrase = match[0].trim();
        found.push({ signal, phrase, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  return found;
}

function isSatisfied(trigger: CategoryTrigger, findings: Findings): boolean {
  return trigger.all.every((signal) => findings.has(signal)) && !(trigger.unless ?? []).some((signal) => findings.has(signal));
}
