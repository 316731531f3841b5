import type { SignalDefinition } from './emergency-signals.js';
import { isToldAsPresent } from './temporal-context.js';
import { ALREADY_ASSESSED } from './urgent-after-resolution.js';

/**
 * An episode on an earlier day that care has already met: "My son had a febrile seizure last week;
 * he was checked in hospital and sent home", "Last month I had mushroom poisoning, I was in hospital
 * two days", "I did CPR until the ambulance arrived" a week ago. The message is about its
 * aftermath, not an emergency now. Two things must both be told: a date two days or more back,
 * and care that has seen the episode (a stay, a discharge, a normal scan, an ambulance that came).
 * A date alone is not enough: a paracetamol overdose two days ago that nobody has treated is an
 * emergency however well the person feels.
 */

/** Two days or more back: "ten days ago", "a fortnight ago", "last week", "two months back". */
const EARLIER_DAY =
  /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|few|a\s+few|several|a\s+couple\s+of|couple\s+of)\s+days?|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|a\s+few|several|a\s+couple\s+of|couple\s+of)\s+(?:weeks?|months?)|a\s+fortnight)\s+(?:ago|back|earlier)\b|\b(?:last|the\s+other|the\s+previous)\s+(?:week|month|weekend|fortnight)\b/;

/** Care that met the episode, beyond ALREADY_ASSESSED's "checked", "seen", "discharged". */
const CARE_MET =
  /\b(?:(?:in|on|at|to|into)\s+(?:the\s+)?(?:hospital|(?:children'?s\s+)?ward|a\s*&\s*e|a\s+and\s+e|emergency\s+department|resus|icu|intensive\s+care)|admitted|discharged|sent\s+(?:\w+\s+)?home|let\s+(?:him|her|them|me|us)\s+(?:go\s+)?home|(?:scan|ct|mri|x-?ray|tests?|bloods|ecg|eeg)\s+(?:[\w,]+\s+){0,3}?(?:was|were|came\s+back|showed|is|are)\s+(?:all\s+|completely\s+)?(?:normal|clear|fine|ok|okay)|(?:ambulance|paramedics?)\s+(?:\w+\s+)?(?:arrived|came|took\s+(?:him|her|them|over))|treated|in\s+hospital)\b/;

export interface DatedClause<Finding extends { readonly signal: SignalDefinition }> {
  readonly clause: string;
  readonly sentenceText: string;
  accepted: Finding[];
}

/**
 * Drops the findings of clauses dated to an earlier day when care has met the episode. An event
 * (a knock to the head, a poisoning) stays as the context of anything told as happening since
 * ("three weeks ago she banged her head ... since this morning she has been muddled"); an
 * episode's symptoms do not. Clauses told as now ("and now he is fitting again") are untouched.
 * Returns whether any finding was set aside.
 */
export function setAsideEarlierEpisodes<Finding extends { readonly signal: SignalDefinition }>(
  clauses: readonly DatedClause<Finding>[],
  sentences: readonly string[],
): boolean {
  if (!sentences.some((sentence) => CARE_MET.test(sentence) || ALREADY_ASSESSED.test(sentence))) return false;
  const isEarlier = ({ clause, sentenceText }: DatedClause<Finding>): boolean =>
    EARLIER_DAY.test(sentenceText) && !isToldAsPresent(clause);
  const toldSince = clauses.some(
    (clause) => !isEarlier(clause) && clause.accepted.some(({ signal }) => !signal.background && !signal.qualifier),
  );
  let setAside = false;
  for (const clause of clauses.filter(isEarlier)) {
    const kept = clause.accepted.filter(({ signal }) => signal.background || (signal.timeless && toldSince));
    setAside ||= kept.length < clause.accepted.length;
    clause.accepted = kept;
  }
  return setAside;
}
