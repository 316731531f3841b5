import { toldAsAbsentInItsClause } from './told-as-absent.js';

/**
 * A child's febrile seizure told as over, days or hours ago, and seen by a clinician, the child well now: "he had a
 * febrile seizure last week, was checked in hospital and sent home; temperature 38.5 today but chatty and drinking",
 * "discharged from ED yesterday after a first simple febrile seizure; today alert, drinking, no further seizures".
 *
 * Why it is not an emergency: NICE CKS (febrile seizures) admits or sends on a child during or just after a seizure
 * (a first one, one over 5 minutes, another in the same illness, one not recovered from, or a serious illness behind
 * the fever); a child already assessed after a simple febrile seizure and well since is cared for at home, the fever
 * treated for comfort, and seen by the GP if worried. An ambulance is called if a seizure lasts over 5 minutes or
 * another one comes, or for meningism, a non-blanching rash, drowsiness or laboured breathing.
 *
 * Read over the whole message: a febrile seizure named, told as past (yesterday, last night, last week, days ago) and
 * as seen (checked, assessed, discharged, sent home, in hospital), the child told well now, and no red flag told but as
 * absent: another or a still-going seizure, a long one, a child not waking, drowsy, floppy, a rash, a stiff neck,
 * breathing trouble or blue colour. Any other finding the rules accept beside the seizure keeps it an emergency: see
 * `emergency-triage.ts`.
 */

const FEBRILE_SEIZURE = /\bfebrile\s+(?:seizures?|convulsions?|fits?)\b/;

/** The seizure told as of an earlier day or hour. */
const PAST =
  /\b(?:last\s+(?:night|week|month|winter|summer|spring|autumn|year|time)|yesterday|(?:\d+|a|an|one|two|three|four|five|few|couple\s+of)\s+(?:days?|weeks?|months?|years?)\s+ago|when\s+(?:he|she|they)\s+(?:was|were)|earlier\s+this\s+(?:week|month|year))\b/;

/** The seizure told as seen by a clinician. */
const SEEN =
  /\b(?:checked(?:\s+over)?|assessed|examined|discharged|sent\s+(?:us\s+|him\s+|her\s+|them\s+)?home|kept\s+(?:him|her|them)\s+in|admitted|hospital|a\s*&\s*e|emergency\s+department|ed|paediatrician|pediatrician|paramedics?)\b/;

/** The child told well now. */
const WELL_NOW =
  /\b(?:alert|playing|plays|chatty|chatting|drinking|eating|laughing|back\s+to\s+(?:normal|(?:him|her|them)sel(?:f|ves))|(?:is|seems|looks)\s+(?:fine|well|ok|okay|happy))\b/;

/** "No further seizures", "has not had another fit", "nothing like a seizure": what tells no seizure since. */
const NONE_SINCE =
  /\b(?:(?:has|have|had|did)\s+not\s+(?:had\s+|been\s+)?|no\s+|not\s+|nothing\s+like\s+|without\s+)(?:any\s+)?(?:another|any\s+more|further|more|other|a|one)?\s*(?:\w+\s+)?(?:seizures?|fits?|convulsions?)(?:\s+(?:since|at\s+all|today))?\b|\bno\s+fit\s+at\s+all\b/g;

/** A red flag told beside the seizure (NICE CKS febrile seizures; NICE NG143 red features), read only where not told absent. */
const RED_FLAGS = new RegExp(
  [
    // Another seizure, however told; not another temperature or day.
    String.raw`\b(?:another|second|third|more)\s+(?:\w+\s+)?(?:seizures?|fits?|convulsions?|ones?|episodes?)\b|\b(?:fit\w*|seiz\w*|convuls\w*|jerk\w*|shak\w*)\s+again\b`,
    String.raw`\b(?:still|ongoing|again|(?:lasting|lasted)\s+(?:over|more\s+than|longer)|(?:has|have|is|are)\s+(?:having|fitting|seizing|shaking|jerking))\b`,
    // A seizure going on now, told by its look (review V34, 14:42): rolling eyes, twitching, jerking, stiffening, one
    // that will not stop or has just happened.
    String.raw`\b(?:roll\w*|twitch\w*|jerk\w*|shak\w*|stiff\w*|fitting|seizing|convulsing|foaming|(?:will|would|does|did)\s+not\s+stop|not\s+stopping|just\s+(?:had|happened|started|gone))\b`,
    // A seizure told as an event after the visit (review V34, 15:25): "she fitted once more this morning", a fit today.
    String.raw`\b(?:fitted|seized|convulsed|once\s+more|more\s+than\s+once|twice)\b`,
    String.raw`\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|just\s+now|(?:an?|one|two)\s+hours?\s+ago)\b[^.;,]{0,40}?\b(?:fits?|seizures?|convulsions?)\b|\b(?:fits?|seizures?|convulsions?)\b[^.;,]{0,40}?\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|just\s+now)\b`,
    String.raw`\b(?:cannot|could\s+not|can\s+not)\s+(?:\w+\s+)?(?:wake|rouse)|\b(?:dusky|pale|cold\s+(?:hands|feet)|inconsolable|high[- ]pitched|unusual\s+cry)\b`,
    String.raw`\b(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:min|mins|minutes)\b`,
    String.raw`\b(?:not\s+(?:waking|woken|woke|responding|rousable|himself|herself|right)|unresponsive|hard\s+to\s+(?:wake|rouse)|drowsy|sleepy|floppy|limp|lethargic|confused|irritable)\b`,
    String.raw`\b(?:rash|spots|purple|blotch\w*|stiff\s+neck|neck\s+(?:is\s+)?stiff|bulging|fontanelle|blue|grey|gray|mottled|breathing|grunting|vomit\w*|dehydrat\w*)\b`,
    String.raw`\b(?:newborn|(?:[1-5]|one|two|three|four|five)[\s-]*(?:weeks?|months?)[\s-]*old)\b`,
  ].join('|'),
  'g',
);

function redFlagTold(normalized: string): boolean {
  return [...normalized.matchAll(RED_FLAGS)].some((match) => !toldAsAbsentInItsClause(normalized, match.index));
}

/** Whether a normalised message tells a child's febrile seizure as over and seen, the child well, no red flag told. */
export function isFebrileSeizureSeenAndOver(normalized: string): boolean {
  if (!FEBRILE_SEIZURE.test(normalized) || !PAST.test(normalized) || !SEEN.test(normalized)) return false;
  if (!WELL_NOW.test(normalized)) return false;
  return !redFlagTold(normalized.replace(NONE_SINCE, ' '));
}
