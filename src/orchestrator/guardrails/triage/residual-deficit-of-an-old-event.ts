/**
 * A deficit told as what an old stroke or Bell's palsy left behind, unchanged: "Dad's left arm has been weak and his
 * speech slurred since his stroke in 2021, nothing new, physio finished", "I had Bell's palsy eight years ago and my
 * face never fully recovered, the corner of my mouth still droops; it hasn't changed in years", "discharge letter
 * documents a stroke in 2021 with the same residual deficit; family confirm unchanged".
 *
 * Why it is not an emergency: BE-FAST and NICE NG128 read a deficit as a stroke's when it is new; a weakness, a droop or
 * slurred speech that an earlier stroke or palsy left, told as the same as it has been, is that person's baseline, a
 * matter for rehabilitation and the GP. What the protocols send at once stays an emergency: a deficit told as sudden,
 * new, worse or different, on the other side, another stroke, an onset told in minutes or hours ago, this morning or
 * tonight, a headache, confusion, a fall or a seizure beside it (review, session 57: "had a stroke years ago ... an hour
 * ago he suddenly couldn't speak" is a new stroke, whatever came before).
 *
 * Read over the whole message: an old stroke or palsy named with a time long past (years ago, a year, "since his
 * stroke"), the deficit told as unchanged (the same, no change, nothing new, never recovered, permanent, residual, at
 * baseline), and none of the red flags told but as absent in its clause. A deficit told after "but", "however" or
 * "now", in a stretch that names neither the old cause nor the unchanged course, or told "too", "as well", of the whole
 * side, is a second deficit and is read as any other (review V39, session 57:
 * "his old stroke left his left arm weak, same as always, but his right arm is now weak too and he's slurring").
 */
import type { TextSpan } from './text-span.js';
import { toldPresent } from './told-as-absent.js';

/** A stroke or palsy named as the cause, long past. */
const OLD_CAUSE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:stroke|cva|bell'?s\s+palsy|palsy|brain\s+(?:injury|haemorrhage|hemorrhage|bleed))\s+(?:\w+\s+){0,4}?(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|many|some)\s+years?\s+ago|(?:in|since|back\s+in)\s+(?:19|20)\d\d|last\s+year)`,
      String.raw`(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|many|some)\s+years?\s+ago|(?:in|back\s+in)\s+(?:19|20)\d\d|last\s+year)\s*,?\s+(?:\w+\s+){0,4}?(?:stroke|cva|bell'?s\s+palsy|palsy)`,
      String.raw`(?:stroke|cva)\s+(?:in\s+)?(?:19|20)\d\d`,
      String.raw`since\s+(?:(?:his|her|my|their|the|your)\s+)?(?:old\s+|last\s+|first\s+)?(?:stroke|cva|bell'?s\s+palsy|palsy)`,
      String.raw`(?:old|previous|past|earlier)\s+(?:stroke|cva)`,
      String.raw`(?:post[- ]stroke|residual)`,
    ].join('|') +
    String.raw`)\b`,
);

/** The deficit told as it has been: unchanged, never recovered, lasting. */
const UNCHANGED = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`unchanged|no\s+(?:change|changes|different)|nothing\s+(?:new|different|has\s+changed|changed)`,
      String.raw`(?:has|have|had|it\s+is|is)\s+not\s+changed|not\s+changed|never\s+changed`,
      String.raw`(?:the\s+)?same\s+as\s+(?:always|ever|usual|before|it\s+has\s+been|every\s+day)|exactly\s+the\s+same|the\s+same\s+(?:residual|deficit|weakness|as)|as\s+(?:always|ever|usual)`,
      String.raw`(?:at|back\s+to)\s+(?:her|his|their|my|your)\s+baseline|baseline`,
      String.raw`never\s+(?:fully\s+|completely\s+|really\s+)?(?:recovered|came\s+back|went\s+away|improved|got\s+better)`,
      String.raw`permanent|as\s+good\s+as\s+it|ever\s+since|residual|like\s+(?:this|that)\s+(?:for|since)|for\s+(?:years|the\s+(?:last|past)\s+(?:\w+\s+){0,4}?years?)`,
    ].join('|') +
    String.raw`)\b`,
);

/** What sends a deficit at once, unless told as absent in its clause. */
const RED_FLAG = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`sudden\w*|out\s+of\s+(?:nowhere|the\s+blue)|worse\w*|worsen\w*|deteriorat\w*|again|different|another|both\s+sides`,
      // New told of the deficit, not of a resident, a job or a house: "a new weakness", "this is new", "anything new".
      String.raw`new(?:ly)?\s+(?:\w+\s+)?(?:weak\w*|numb\w*|droop\w*|slurr\w*|symptoms?|problems?|deficits?|strokes?|episodes?|today|since|this)|(?:is|are|was|seems?|looks?|feels?|something|anything)\s+new`,
      String.raw`(?:now|today|tonight)\s+(?:\w+\s+){0,3}?other\s+(?:side|arm|leg|hand)|other\s+(?:arm|leg|hand)\s+(?:is|has|went|feels|gave)`,
      String.raw`(?:\d+|a|an|one|two|three|four|five|six|few|a\s+few|couple\s+of|a\s+couple\s+of|half\s+an)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago|just\s+now|this\s+(?:morning|afternoon|evening)|tonight|last\s+night|earlier\s+today|since\s+(?:this|last\s+night|lunch|breakfast|an\s+hour)`,
      // A second deficit told beside the old one: "his right arm is weak too", "her whole right side went weak".
      // "Too" and "as well" closing what they add, not "too late" or "as well as".
      String.raw`(?:too|as\s+well)(?=\s*(?:$|[,.;!?]|and\b|now\b))|whole\s+(?:\w+\s+)?side`,
      String.raw`thunderclap|worst|headache|confus\w*|drowsy|collaps\w*|faint\w*|fell|fall(?:en)?|seizure|fit|vomit\w*|(?:hit|banged|bumped)\s+(?:his|her|my|their)\s+head`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/** "nothing new", "no worse": a red-flag word told as absent by a word before it that the clause reader does not hold. */
const ABSENT_JUST_BEFORE = /\b(?:nothing|no|not|never|none)\s+$/;

/** Whether a normalised message tells a deficit left by an old stroke or palsy, told as unchanged, with no red flag. */
export function isResidualDeficitOfAnOldEvent(normalized: string): boolean {
  return (
    OLD_CAUSE.test(normalized) && UNCHANGED.test(normalized) && !toldPresent(normalized, RED_FLAG, ABSENT_JUST_BEFORE)
  );
}

/** Where a sentence turns from the old deficit to something else: "but", "however", "now" after a pause. */
const TURN = /\b(?:but|however|though|although|yet|whereas|except)\b|(?:^|[,;:]\s*|\band\s+)now\b/g;

/**
 * Whether the deficit found at `span` of `clause` is the one the old event left. A deficit its sentence tells before any
 * turn is ("My mouth still droops a bit when I smile"); one told after the sentence turns ("but", "however", "now") is
 * only when the stretch after the turn names the old cause or its unchanged course again ("but her arm has been weak
 * ever since"), not when it tells a second deficit ("but his right arm is now weak too"); and in any case only when the
 * stretch it is told in names the old cause, its course or "still" (`isToldInAStretchOfTheOldDeficit`).
 */
export function isToldBesideTheOldCause(sentence: string, clause: string, span: TextSpan): boolean {
  const at = Math.max(0, sentence.indexOf(clause)) + span.start;
  const after = at + span.end - span.start;
  let start = -1;
  let end = sentence.length;
  for (const { index } of sentence.matchAll(TURN)) {
    if (index <= at) start = index;
    else if (index >= after) {
      end = index;
      break;
    }
  }
  if (start >= 0) {
    const stretch = sentence.slice(start, end);
    if (!OLD_CAUSE.test(stretch) && !UNCHANGED.test(stretch)) return false;
  }
  return isToldInAStretchOfTheOldDeficit(sentence, at, after);
}

/** What closes a stretch of a sentence: a comma, a semicolon, a colon, or the sentence's own end. */
const STRETCH_END = /[,;:.!?]/g;

/** "Still" told of a deficit: "the corner of my mouth still droops", the old one as it has stayed. */
const STILL = /\bstill\b/;

/**
 * Whether the stretch of the sentence a deficit is told in (between commas, semicolons or colons) names the old cause,
 * its unchanged course, or the deficit as still there. A deficit told in a stretch of its own is a second one, whatever
 * the words that join it (review V39, session 57: "residual right leg weakness from a stroke in 2021, unchanged; also
 * cant lift his left arm and is slurring his words", "old stroke 5 years ago, weak left hand as always, and his right leg
 * has stopped working"); a sentence of its own is one too ("... no change there. His speech is slurred").
 */
function isToldInAStretchOfTheOldDeficit(sentence: string, at: number, after: number): boolean {
  let start = 0;
  let end = sentence.length;
  for (const { index } of sentence.matchAll(STRETCH_END)) {
    if (index < at) start = index + 1;
    else if (index >= after) {
      end = index;
      break;
    }
  }
  const stretch = sentence.slice(start, end);
  return OLD_CAUSE.test(stretch) || UNCHANGED.test(stretch) || STILL.test(stretch);
}
