/**
 * A clinician's shorthand, as a locum or a new doctor types it into the portal ("wt 03/2020",
 * "last WCV", "RR 30 on 9/3/20? verify", "HR at the covid visit", "f/u: rr w/ covid"): each
 * abbreviation written out in the words the vocabulary and the record topics know, so that the
 * question is read as if it had been written in full. Only the abbreviations of what the records
 * hold (vital signs, visits) and of the words around them; the ones already in the vocabulary
 * ("bp", "bmi", "temp", "sats", "ppx") are read there. The triage spells out its own shorthand
 * (symptoms and signs of an emergency, orchestrator/guardrails/triage/clinical-shorthand.ts);
 * this is the record questions' (what was measured or done, and when).
 */
const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwt\b/g, 'weight'],
  [/\bht\b/g, 'height'],
  // A heart rate, not an hour ("24 hr", "every 4 hrs", "per hr"), nor an employer's human
  // resources ("HR wants to know", "my HR department").
  [
    /(?<!\d\s?|\b(?:per|an|every|each|one|half an?)\s)\bhr\b(?!\s+(?:wants?|needs?|asks?|asked|says?|said|requires?|required|department|dept|office|team|forms?|manager|people|person|lady|rep)\b)/g,
    'heart rate',
  ],
  [/\brr\b/g, 'respiratory rate'],
  [/\bresp\b/g, 'respiratory'],
  // A well child visit or check (the paediatric reading; no record of these bundles counts white cells).
  // Tests the records order, as a clinician abbreviates them: a chest X-ray, a urinalysis, a viral load.
  [/\bcxrs?\b/g, 'chest x-ray'],
  [/\bu\/?as?\b/g, 'urinalysis'],
  [/\bvls?\b/g, 'viral load'],
  [/\bwcv\b/g, 'well child visit'],
  [/\bwcc\b/g, 'well child check'],
  [/\bdx\b/g, 'diagnosis'],
  [/\bhx\b/g, 'history'],
  // "my med list", "current med rec": a medicine, as a pharmacy writes it.
  [/\bmed\b/g, 'medication'],
  [/\btx\b/g, 'treatment'],
  [/\bsx\b/g, 'symptoms'],
  [/\bf\/u\b/g, 'follow up'],
  [/\bw\/o(?![\p{L}\p{N}])/gu, 'without'],
  [/\bw\/\s*/g, 'with '],
  // "pt" is who is asked about (the patient), a word no record search needs.
  [/\bpts?\b/g, ' '],
];

/** The lower-cased text with a clinician's abbreviations written out; else as it is. */
export function plainForClinicalShorthand(text: string): string {
  return SHORTHAND.reduce((rest, [pattern, words]) => rest.replace(pattern, words), text);
}
