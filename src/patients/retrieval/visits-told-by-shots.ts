import { CARDINAL_WORDS } from './number-words.js';

// A visit told by the shots given at it ("the visit where she got like 5 needles at once", "the
// checkup where i got 4 shots", "the dates I attended to get vaccinated"): the visit's record says
// only what kind of visit it was, and the shots are records of their own, dated that day. The
// words name no vaccine to find the day by, so the day is the one whose shots the question tells:
// as many as it counts, or any day of shots when it counts none.

/** What a shot is called. */
const SHOT = String.raw`(?:shots?|jabs?|needles?|injections?|vaccines?|vaccinations?|immuni[sz]ations?|boosters?)`;

/** A count of shots, in digits or words ("5", "five", "a few"); read by countOf. */
const COUNT = String.raw`(?:\d{1,2}|${Object.keys(CARDINAL_WORDS).join('|')}|a\s+few|a\s+couple(?:\s+of)?|several|lots\s+of|loads\s+of|a\s+bunch\s+of|so\s+many)`;

/**
 * The shots told as what happened at the visit: "where she got like 5 needles at once", "when he
 * had all those jabs", "that i got my shots at", "to get vaccinated", "for his shots", told after
 * the visit's date ("the well visit when she was 5 and got her school shots"), the visit had with
 * them ("the checkup with the big batch of shots", "the visit with 4 jabs"), or the visit named
 * by them ("her kindergarten shots visit", "the jab appointment"). The first or the second group
 * is the count, when one is told.
 */
const SHOTS_GIVEN_THERE = new RegExp(
  String.raw`\b(?:(?:where|when|that|which|the\s+day)\s+(?:i|he|she|we|they|you)|and(?:\s+(?:i|he|she|we|they|you))?)\s+(?:got|had|was\s+given|were\s+given|received|needed)\s+(?:(?:like|about|around|maybe|roughly|nearly|almost)\s+)?(?:(${COUNT})\s+)?(?:(?:all|those|these|the|my|his|her|their|our)\s+){0,2}(?:[\w-]+\s+)?${SHOT}\b|\b(?:to\s+get|to\s+have|for)\s+(?:vaccinated|jabbed|immuni[sz]ed|(?:my|his|her|their|our|the)\s+(?:[\w-]+\s+)?${SHOT}\b)|\b${SHOT}\s+(?:visits?|appointments?|appts?|check[- ]?ups?|days?)\b|\bwith\s+(?:(?:like|about|around|maybe|roughly|nearly|almost)\s+)?(?:(${COUNT})\s+)?(?:(?:all|those|these|the|a|my|his|her|their|our|big|huge|whole)\s+){0,3}(?:(?:batch|bunch|lot|load|round|set)\s+of\s+)?(?:[\w-]+\s+)?${SHOT}\b`,
);

/**
 * The visit told by the shots it did not have: "the appointment when he didn't get any jabs", "the
 * checkup with no shots", "the visit without any injections". Told of someone ("he did not get"),
 * not asked ("did he not get any shots at his 4 year check?" asks whether he had them).
 */
const NO_SHOTS_THERE = new RegExp(
  String.raw`\b(?:(?:i|he|she|we|they|you)\s+(?:did\s*n[o']?t|didnt|was\s*n[o']?t|wasnt|were\s*n[o']?t|werent)\s+(?:get|have|need|receive|given|getting|having)|\bno|\bwithout)\s+(?:any\s+)?(?:(?:the|my|his|her|their|our)\s+)?(?:[\w-]+\s+)?${SHOT}\b`,
);

/**
 * The shots a visit asked for is told by: `shots` when the question counts them, `none` when
 * it is told by having had none.
 */
export interface ShotsOfVisit {
  shots?: number;
  none?: true;
}

/** The shots the visit is told by, when the question tells a visit that way; undefined otherwise. */
export function shotsOfVisit(text: string): ShotsOfVisit | undefined {
  if (NO_SHOTS_THERE.test(text)) return { none: true };
  const told = SHOTS_GIVEN_THERE.exec(text);
  if (told === null) return undefined;
  const count = told[1] ?? told[2];
  const shots = count === undefined ? undefined : countOf(count);
  return shots === undefined ? {} : { shots };
}

/** A count told in digits or words; a vague one ("a few", "lots of") counts as none. */
function countOf(count: string): number | undefined {
  if (/^\d+$/.test(count)) return Number(count);
  return CARDINAL_WORDS[count as keyof typeof CARDINAL_WORDS];
}

/**
 * The days of shots that best fit what the visit is told by, newest first: for a count, those
 * nearest it (of two as near, the one with more); for none, the days with the most shots. A day
 * that fits less is not the visit told.
 */
export function daysOfShots(shotDates: readonly string[], told: ShotsOfVisit): string[] {
  const perDay = new Map<string, number>();
  for (const date of shotDates) perDay.set(date, (perDay.get(date) ?? 0) + 1);
  const distance = (count: number) => (told.shots === undefined ? 0 : Math.abs(count - told.shots));
  const fit = (count: number) => distance(count) * 100 - count;
  const best = Math.min(...[...perDay.values()].map(fit));
  return [...perDay]
    .filter(([, count]) => fit(count) === best)
    .map(([day]) => day)
    .sort()
    .reverse();
}

/** The days of visits with no shot that day, newest first: a visit told by having had none. */
export function daysWithoutShots(visitDates: readonly string[], shotDates: readonly string[]): string[] {
  const shotDays = new Set(shotDates);
  return [...new Set(visitDates)]
    .filter((day) => !shotDays.has(day))
    .sort()
    .reverse();
}
