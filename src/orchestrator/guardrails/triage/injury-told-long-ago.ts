/**
 * An injury told as weeks, months or years back, with only what has lingered since: "had a concussion from a car crash
 * three months ago, still get headaches on screens", "lower back pain for 10 years since a car accident". NICE NG232 and
 * the major-trauma triage tools read a mechanism (a crash, a fall from a height, a knock to the head) as the injury of
 * now: its red flags are what it does in the hours and days after it. Told long past, with a headache or a pain that has
 * stayed, it is a question of post-concussion symptoms or a chronic pain for the GP. The mechanism and the knock are set
 * aside (told, and read as not alarming) only where a clause that tells them dates them weeks or more back, the message
 * tells no time of today or the last days, and nothing told beside them is what a rule reads with an injury
 * as a red flag: confusion, drowsiness, a worsening headache, vomiting, weakness, a fit, an anticoagulant or an older
 * age (NICE NG232: a chronic subdural haematoma shows weeks after a knock) keep the reading as it was. Findings that
 * decide without an injury are read as before.
 */
import { CATEGORY_RULES } from './emergency-rules.js';

/** The mechanism of an injury and the knock itself, which the date sets in the past. */
const THE_INJURY: ReadonlySet<string> = new Set([
  'high_energy_mechanism',
  'fall_from_height',
  'head_knock',
  'injury_mechanism',
  'fall',
]);

/** What lingers after an injury and is no red flag by itself: a headache, a back or neck ache, the injury's pain. */
const WHAT_LINGERS: ReadonlySet<string> = new Set(['headache', 'back_pain', 'injury_pain']);

/**
 * Every finding a rule reads as a red flag beside the injury (a trigger that needs both): confusion, drowsiness, a
 * worsening headache, vomiting, weakness, an anticoagulant, an older age. Told beside a knock, however long ago, they
 * keep it read (a chronic subdural haematoma shows weeks after a knock).
 */
const RED_FLAGS_BESIDE_AN_INJURY: ReadonlySet<string> = new Set(
  CATEGORY_RULES.flatMap(({ triggers }) => triggers)
    .filter(({ all }) => all.some((signal) => THE_INJURY.has(signal)))
    .flatMap(({ all }) => all)
    .filter((signal) => !THE_INJURY.has(signal) && !WHAT_LINGERS.has(signal)),
);

/** A date weeks, months or years back, or a course of months or years: "three months ago", "in 2019", "for 10 years". */
const LONG_AGO =
  /\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|many|a\s+couple\s+of|couple\s+of)\s+(?:weeks?|months?|years?|decades?)\s+(?:ago|back|earlier)|(?:weeks|months|years|decades)\s+(?:ago|back)|last\s+(?:month|year|spring|summer|autumn|winter|christmas)|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|for\s+(?:over\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+few|several|many)\s+(?:months|years|decades))\b/;

/** An injury's time of now or of the last days: what keeps a mechanism told anywhere in the message an injury of now. */
const RECENT =
  /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|just\s+now|earlier\s+today|(?:\d+|a|an|one|two|three|four|five|six|a\s+few|few|several|a\s+couple\s+of|couple\s+of)\s+(?:minutes?|mins?|hours?|hrs?|days?|nights?)\s+ago|(?:an|one|two|three|\d+)\s+(?:hours?|hrs?)\s+since|(?:has|have|had)\s+just|just\s+(?:had|fell|crashed|hit|came\s+off|been))\b/;

interface Finding {
  readonly signal: { readonly id: string };
}

/** Sets the mechanism and the knock aside where the message tells them long past with only what has lingered since. */
export function applyInjuryToldLongAgo<F extends Finding>(
  clauses: readonly { clause: string; accepted: F[]; framed: F[] }[],
  normalized: string,
): void {
  const told = clauses.filter(({ accepted }) => accepted.some(({ signal }) => THE_INJURY.has(signal.id)));
  if (told.length === 0 || RECENT.test(normalized)) return;
  if (!told.some(({ clause }) => LONG_AGO.test(clause))) return;
  if (clauses.some(({ accepted }) => accepted.some(({ signal }) => RED_FLAGS_BESIDE_AN_INJURY.has(signal.id)))) return;
  for (const clause of clauses) {
    const injury = clause.accepted.filter(({ signal }) => THE_INJURY.has(signal.id));
    clause.accepted = clause.accepted.filter((finding) => !injury.includes(finding));
    clause.framed.push(...injury);
  }
}
