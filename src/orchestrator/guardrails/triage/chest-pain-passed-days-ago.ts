import { OBSERVATION_OUT_OF_BAND } from './vignette-chest-pain.js';

/**
 * A chest pain that began and ended more than 12 hours ago, with none since: "57M, 25 min of central chest tightness
 * at rest 2 days ago, settled by itself, pain-free since. Today HR 76, BP 142/88", "my mum had chest pain on Sunday
 * that went off on its own, today she has had no pain at all".
 *
 * Why it is not an emergency: NICE CG95 (chest pain of recent onset, 1.1.1) sends current chest pain, or chest pain in
 * the last 12 hours, to hospital as an emergency; chest pain 12 to 72 hours ago with none since is referred for a
 * same-day assessment, and more than 72 hours ago for a detailed assessment and an ECG. What the episode was like (at
 * rest, spreading, with sweating) decides how soon that assessment is, not whether it is an emergency now.
 *
 * Read over the whole message: a time more than 12 hours back told for the pain, an ending told, and nothing that
 * brings a pain into the present (back, again, still, worse, now with the pain), no observation out of its band and
 * no ECG or troponin told abnormal. Any other finding the rules accept beside the pain (breathless now, grey, a low
 * pressure) keeps it an emergency: see `emergency-triage.ts`. A time of "last night", "this morning" or "yesterday
 * evening" may be within 12 hours and is not read as more, unless the hours pain-free since are told ("yesterday evening
 * ... pain-free for 18 hours").
 */

const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** A time more than 12 hours back. */
const MORE_THAN_TWELVE_HOURS_AGO = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|couple\s+of|a\s+couple\s+of)\s+days?\s+ago`,
      String.raw`(?:(?:over|more\s+than|about|nearly)\s+)?(?:\d+|a|one|two|three|four|a\s+few|few|several|couple\s+of|a\s+couple\s+of)\s+weeks?\s+ago`,
      String.raw`the\s+day\s+before\s+yesterday`,
      // Not a late hour of yesterday, which may be within 12 hours (review V26, 13:59: "yesterday at 11pm ... it's 7am").
      String.raw`yesterday(?!\s+(?:evening|night|late|at\s+(?:\d|midnight)|around\s+\d|about\s+\d|after\s+\d|from\s+\d))`,
      String.raw`last\s+(?:week|${WEEKDAY})`,
      String.raw`on\s+${WEEKDAY}`,
      String.raw`(?:over|at)\s+the\s+weekend`,
      String.raw`(?:1[3-9]|[2-9]\d)\s*(?:h|hrs?|hours)\s+ago`,
      String.raw`(?:3[0-9]|[4-9]\d)\s*(?:h|hrs?|hours)\s+(?:before|earlier)`,
    ].join('|') +
    String.raw`)\b`,
);

/**
 * The time since the pain ended, told by how long the person has been free of it (NICE CG95 counts the 12 hours from
 * the last pain): "pain-free for 18 hours", "no symptoms for two days". Told, it dates every pain the message tells.
 */
const FREE_OF_IT_FOR_MORE_THAN_TWELVE_HOURS = new RegExp(
  String.raw`\b(?:pain[- ]free|symptom[- ]free|no\s+(?:chest\s+)?(?:pain|symptoms|tightness))\s+(?:for|in)\s+(?:the\s+(?:last|past)\s+)?(?:over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+)?(?:(?:1[3-9]|[2-9]\d)\s*(?:h|hrs?|hours)|(?:a|one|two|three|four|five|six|seven|a\s+few|several|a\s+couple\s+of|\d+)\s+(?:days?|weeks?)|a\s+day\s+and\s+a\s+half)\b`,
);

/** The pain told as over: settled, gone, none since. */
const ENDED =
  /\b(?:settled|subsided|resolved|eased(?:\s+off)?|went\s+(?:off|away)|passed|stopped|pain[- ]free|(?:none|nothing)\s+since|no\s+(?:more\s+)?(?:chest\s+)?(?:pain|tightness|discomfort|symptoms)\b|not\s+had\s+(?:any(?:\s+more)?|it)(?:\s+(?:pain|since))?|fine\s+(?:ever\s+)?since)\b/;

/**
 * What brings a pain into the present, or tells it returning, going on or coming again within the last 12 hours: the same
 * pain again, pain told since last night or this morning, every few hours, on waking, so far, minutes or a few hours
 * ago (review V26, 13:59).
 */
const NOT_OVER = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`still|again|back|ongoing|continu\w*|returned|recurr\w*|on\s+and\s+off|comes\s+and\s+goes|keeps?|worse|worsening`,
      String.raw`right\s+now|at\s+the\s+moment|currently|so\s+far|now\s+(?:it|the\s+pain|my\s+chest|his\s+chest|her\s+chest)|since\s+then\s+(?:it|the\s+pain|(?:i|he|she)\s+(?:get|gets|have|has))`,
      String.raw`(?:same|similar)\s+(?:\w+\s+)?(?:pain|pressure|tightness|heaviness|ache|discomfort|feeling|thing)`,
      String.raw`another\s+(?:\w+\s+)?(?:bout|episode|attack|one|go|spell)`,
      String.raw`since\s+(?:last\s+night|this\s+(?:morning|afternoon|evening)|earlier|lunch\w*|breakfast)`,
      String.raw`every\s+(?:\w+\s+){0,2}?(?:minutes?|hours?)`,
      String.raw`wak(?:ing|es|e)\s+(?:up\s+)?(?:with|to)|woke\s+(?:me|him|her|up)`,
      String.raw`(?:\d+|a|an|one|two|three|few|a\s+few|couple\s+of|a\s+couple\s+of)\s+(?:minutes?|mins?)\s+ago`,
      String.raw`(?:[1-9]|1[0-2]|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|a\s+few|couple\s+of|a\s+couple\s+of|half\s+an)\s+(?:hours?|hrs?)(?:\s+and\s+a\s+(?:half|bit))?\s+ago`,
    ].join('|') +
    String.raw`)\b`,
);

/**
 * A time within the last hours, told beside a pain word in its sentence: "this afternoon I got the same tightness",
 * "today at work I had a heavy ache" (review V26, 14:20).
 */
const RECENT_TIME =
  /\b(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|during\s+the\s+night|overnight|today|earlier|just\s+now)\b/;
const PAIN_TOLD = /\b(?:pain\w*|pressure|tight\w*|heav\w*|ache|aching|discomfort|hurt\w*|crushing|squeez\w*)\b/g;
const ABSENCE_BEFORE = /\b(?:no|not|without|free|none|nor)\s+(?:\w+\s+){0,3}$/;

/** "pain-free": the absence of a pain, told as one word. */
const PAIN_FREE = /\bpain[- ]free\b/g;

function recentPainTold(sentences: readonly string[]): boolean {
  return sentences.some((sentence) => {
    if (!RECENT_TIME.test(sentence)) return false;
    const told = sentence.replace(PAIN_FREE, ' ');
    return [...told.matchAll(PAIN_TOLD)].some((match) => !ABSENCE_BEFORE.test(told.slice(0, match.index)));
  });
}

/** An ECG or blood test told abnormal, which no time sets aside (NICE CG95: an abnormal ECG is an emergency). */
const NOT_ABSENCE = String.raw`(?!(?:without|no|nil|not|normal|any)\b)`;
export const TEST_ABNORMAL = new RegExp(
  String.raw`(?<!\b(?:no|without|nil|any)\s(?:acute\s|new\s|ischaemic\s)?)\b(?:st\s+(?:elevation|depression|changes?)|t[- ]wave\s+inversion|ecg\s+(?:${NOT_ABSENCE}\w+\s+){0,2}?(?:changes|abnormal)|abnormal\s+ecg|troponin\s+(?:${NOT_ABSENCE}\w+\s+){0,2}?(?:raised|high|up|positive|elevated)|raised\s+troponin)\b`,
);

/**
 * Whether a normalised message tells a chest pain that passed more than 12 hours ago, with none since; `sentences` are
 * the message's sentences as the triage split them, `painSentences` those its chest pain was read in, each of which
 * tells the time or the ending.
 */
export function isChestPainPassedDaysAgo(
  normalized: string,
  sentences: readonly string[],
  painSentences: readonly string[],
): boolean {
  return (
    (FREE_OF_IT_FOR_MORE_THAN_TWELVE_HOURS.test(normalized) ||
      (painSentences.every((sentence) => MORE_THAN_TWELVE_HOURS_AGO.test(sentence) || ENDED.test(sentence)) &&
        MORE_THAN_TWELVE_HOURS_AGO.test(normalized))) &&
    ENDED.test(normalized) &&
    !NOT_OVER.test(normalized) &&
    !recentPainTold(sentences) &&
    !OBSERVATION_OUT_OF_BAND.test(normalized) &&
    !TEST_ABNORMAL.test(normalized)
  );
}
