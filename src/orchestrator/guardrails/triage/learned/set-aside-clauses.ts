import { WORDING_THRESHOLDS, type EmergencyWordingModel, type WordingAssessment } from './emergency-wording-model.js';

/** Where a rendering's clauses end: the lexicons keep the message's punctuation. */
const CLAUSE_END = /[,.;!?]/;

/**
 * A denial in the rendering's English. Only a clause that holds one is read alone: read alone, a clause the language
 * told without its subject ("is vomiting and") reads as a question, and one cut from its sentence as an idiom.
 */
const DENIAL = /\b(?:no|not|nor|without|never|none|nothing)\b|n't\b/;

/**
 * The wording model's reading of a message told in another language, without the clauses of its English rendering
 * that the rules, reading each alone, find a finding in and set aside (negated, passed, asked about): "no short of
 * breath", "not seeing flashing lights", "i am not confused", "the bleeding has stopped".
 *
 * The model learned how English tells a finding denied ("no shortness of breath", "denies chest pain") from whole
 * English messages; a rendering keeps the finding's words and the language's "no" without the grammar around them
 * ("no i sweat", "head not hurts", "there is no pain belly nor dizziness"), so the finding's words outweighed the denial
 * and the model added an emergency the message denies (issue 11, session 58: the biggest kind of its false alarms in
 * other languages). The rules read the whole message as muted only when every finding of a clause is set aside, and a
 * denial beside a complaint ("a cough, no short of breath") is one clause with something told; read clause by clause,
 * the denial is what the rules set aside, and the model is read again without it. Only where the model would add: a
 * clause the rules read as an emergency, or tell nothing of, stays, so "not breathing" and "cannot wake him" are read.
 */
export function withoutSetAsideClauses(
  model: EmergencyWordingModel,
  toldInEnglish: string,
  assessment: WordingAssessment,
  setAsideByTheRules: (clause: string) => boolean,
): WordingAssessment {
  if (assessment.probability <= WORDING_THRESHOLDS.flagAbove) return assessment;
  const clauses = toldInEnglish.split(CLAUSE_END);
  const kept = clauses.filter((clause) => !DENIAL.test(clause) || !setAsideByTheRules(clause));
  return kept.length === clauses.length ? assessment : model.assess(kept.join(' , '));
}
