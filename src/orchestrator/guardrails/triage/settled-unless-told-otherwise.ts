import { toldPresent } from './told-as-absent.js';
import { OBSERVATION_OUT_OF_BAND } from './vignette-chest-pain.js';

/**
 * One reading of an episode told as settled, unless the message tells otherwise: the breathlessness of a hard effort
 * that a few minutes' rest took away (`breathless-after-an-effort-settled.ts`), a person's usual panic attack that
 * passed as it always does (`usual-panic-attack-settled.ts`).
 *
 * Why one reading: both protocols set an episode aside by the same course (NHS 111 breathing problems; NICE CG113 and
 * the NHS on panic attacks: minutes, then fine) and keep it an emergency by the same kinds of telling: the episode
 * still going, back again or not settling, a red flag of its own told anywhere but as absent in its clause, or an
 * observation out of its band. Each finding brings what names it, what tells it settled, what else tells it not over
 * and its own red flags; the course and the exceptions are read here, once, the same way for both.
 */

/** A count of minutes up to thirty, or a minute or two. */
export const MINUTES = String.raw`(?:(?:about|around|roughly|maybe|under|within|after|a\s+few|a\s+couple\s+of|couple\s+of|[1-9]|[12]\d|30|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s+)+(?:or\s+(?:two|three|so)\s+)?(?:minutes?|mins?)|a\s+minute(?:\s+or\s+two)?`;

/** The episode told as still going, back or not settling, in words that hold for any episode. */
const STILL_GOING_OR_BACK =
  /\b(?:still|again|ongoing|keeps?\s+(?:coming|happening)|(?:came|come|comes|coming)\s+back|not\s+(?:settl|eas|pass|go)\w*)\b|n't\s+(?:settl|eas|pass|go)\w*/;

/** What a finding brings to the reading: each pattern with the `g` flag is read match by match. */
export interface SettledEpisode {
  /** Every one must be told: what names the episode and how it is told as the ordinary kind. */
  readonly toldAs: readonly RegExp[];
  /** The episode told as settled (global): one match not told as absent in its clause is enough. */
  readonly settled: RegExp;
  /**
   * Read the settling wherever it matches, for an episode whose settling shares its clause with the episode told in the
   * negative ("I couldn't breathe for a minute, got my breath back": review V38, 03:42).
   */
  readonly settledBesideANegation?: boolean;
  /** More words that tell this episode as not over (at rest, unlike the usual ones, ...). */
  readonly notOverToo: RegExp;
  /** Its red flags (global): any one told but as absent in its clause keeps the emergency. */
  readonly redFlags: RegExp;
  /** Anything else that keeps it an emergency wherever it is told (an age, a test told abnormal). */
  readonly keptBy?: readonly RegExp[];
}

/** Whether a normalised message tells the episode as settled, with nothing told that keeps it an emergency. */
export function isToldSettled(normalized: string, episode: SettledEpisode): boolean {
  return (
    episode.toldAs.every((pattern) => pattern.test(normalized)) &&
    (episode.settledBesideANegation === true
      ? normalized.search(episode.settled) >= 0
      : toldPresent(normalized, episode.settled)) &&
    !STILL_GOING_OR_BACK.test(normalized) &&
    !episode.notOverToo.test(normalized) &&
    !toldPresent(normalized, episode.redFlags) &&
    !OBSERVATION_OUT_OF_BAND.test(normalized) &&
    !(episode.keptBy ?? []).some((pattern) => pattern.test(normalized))
  );
}
