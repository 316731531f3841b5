import { isChronic, isSuddenOrSevere } from './severity-context.js';
import { isRemotePastClause, isToldAsPresent } from './temporal-context.js';

/**
 * Course and onset told in another sentence (or a later clause) than the finding they are about.
 * Triage protocols grade a symptom by its whole history, wherever the patient put it: "my chest
 * hurts when I breathe in. It has been like that for months" is a long-standing pain (NHS 111: GP),
 * "I had a TIA. That was back in 2021" is history, and "my chest feels a bit tight. It came on
 * suddenly twenty minutes ago" is an acute chest pain, though each finding's own clause says none
 * of that. A clause refers back when it names no finding of its own and points at one ("it",
 * "this", "that", "the same") or is a bare course ("For years."). It is about the nearest clauses
 * before it that told findings - one sentence, not the whole message - so "always been like that"
 * never reaches a finding told as new elsewhere.
 */
export type CourseReference = 'long_standing' | 'remote_past' | 'sudden_onset';

/** A pointer back at something already told: "it has been", "this happens", "the same", "like that". */
const BACK_REFERENCE =
  /^(?:(?:and|but|oh|well|also|honestly|tbh|though|today|tonight|this\s+(?:morning|afternoon|evening))[,\s]+)*(?:it|its|this|that|these|those|they|same|like\s+(?:that|this)|(?:i|he|she|we)\s+(?:have|has|had|have\s+had|has\s+had|get|gets|got)\s+(?:it|this|that|these|them|those)|(?:for|since|over|on\s+and\s+off|off\s+and\s+on|ever\s+since|always|years|months|weeks)\b)|\b(?:like\s+(?:that|this)|the\s+same|same\s+(?:as|thing|way|pain|feeling))\b/;

/** Something new in the referring clause itself: it then tells a new episode, not the old course. */
const NEW_EPISODE =
  /\b(?:(?<!\b(?:nothing|not|never)\s)new|different|first\s+time|never\s+(?:before|had|like)|this\s+time|unlike|but\s+now)\b/;

/**
 * A new episode told by what made it different, with no onset verb: "my usual chest pain but this time 30 min at
 * rest with cold sweat" (NICE CG95: a known angina now at rest, lasting over 15 minutes, or with sweating is
 * unstable). Only the features that turn a known pain acute, not minutes alone ("this time only 2 minutes").
 */
const TURNED_ACUTE =
  /\b(?:at\s+rest|resting|sitting\s+(?:still|down|on|in|at|watching|quietly|reading)|watching\s+(?:tv|telly|television)|lying\s+(?:down|still|in\s+bed)|in\s+bed|(?:lasted|lasting|went\s+on\s+for)\s+(?:about\s+|over\s+)?(?:half\s+an\s+hour|an\s+hour)|in\s+(?:my|his|her|their)\s+sleep|woke\s+(?:me|him|her|them)|cold\s+sweat|sweat(?:y|ing)|clammy|grey|gray|crushing|severe|worst|(?:1[5-9]|[2-9]\d)\s*(?:mins?|minutes)|(?:spray|gtn)\s+(?:did\s+not|has\s+not|does\s+not)\s+(?:help|work))\b/;

/** A clause opening with a time of now and what came then: "this morning it came on while I was watching TV". */
const TIME_OPENED =
  /^(?:(?:and|but|so|then)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\s+(?:it|this|the\s+\w+)\s+(?:came|started|began|hit|woke)\b/;

/** The onset of what was told, said after it: "it came on suddenly", "this started an hour ago". */
const ONSET =
  /\b(?:came\s+on|come\s+on|started|starting|began|begun|hit|struck|happened|kicked\s+in|(?:is|has|have|got|getting|gotten|been\s+getting)\s+(?:a\s+lot\s+|much\s+|way\s+|really\s+)?worse)\b/;

/** What a clause that names no finding says about the course of the clauses before it, if anything. */
export function courseReference(clause: string): CourseReference | null {
  if (!BACK_REFERENCE.test(clause)) return null;
  // A new episode opened by its time turns a known pain acute only by what made it different (at rest, sweating).
  if (TIME_OPENED.test(clause)) return TURNED_ACUTE.test(clause) ? 'sudden_onset' : null;
  const suddenOnset = ONSET.test(clause) && isSuddenOrSevere(clause);
  // "Chest tightness on exertion, same as ever, but this time it came on while I was sitting still":
  // a new episode tells no old course, but its sudden or resting onset makes the finding acute
  // whatever its history (a known angina that changes pattern is unstable).
  if (NEW_EPISODE.test(clause)) return suddenOnset || TURNED_ACUTE.test(clause) ? 'sudden_onset' : null;
  if (suddenOnset) return 'sudden_onset';
  if (isChronic(clause)) return 'long_standing';
  if (isRemotePastClause(clause)) return 'remote_past';
  return null;
}

/** A clause told as a new episode of what came before: "but this time it came on at rest". */
export function opensNewEpisode(clause: string): boolean {
  return NEW_EPISODE.test(clause) || TIME_OPENED.test(clause);
}

/**
 * Whether a reference reaches the clause of a finding: a long-standing course does not mute a
 * finding told as sudden or severe, nor history one told as happening now.
 */
export function referenceReaches(reference: CourseReference, findingClause: string): boolean {
  if (reference === 'long_standing') return !isSuddenOrSevere(findingClause);
  if (reference === 'remote_past') return !isToldAsPresent(findingClause);
  return true;
}
