import { toldAsAbsentInItsClause } from './told-as-absent.js';
import { OBSERVATION_OUT_OF_BAND } from './vignette-chest-pain.js';

/**
 * A focal deficit (a weak or numb limb, a face, speech or sight) that came and fully went more than a day ago, with
 * none since: "68M, 3 days ago 10 min of left arm numbness that resolved completely; none since", "last week my speech
 * went muddled for five minutes and came back to normal, no symptoms since".
 *
 * Why it is not an emergency: NICE NG128 (1.1.3, 1.1.4) refers a suspected TIA for a specialist's assessment within
 * 24 hours of its onset, and one more than a week back within 7 days; a deficit there now is a stroke, and one that
 * came again is a crescendo TIA. So the rules keep a deficit that passed today or yesterday (`persistsWhenResolved`)
 * and set aside one told two days back or more, gone and with nothing since.
 *
 * Read over the whole message: a time two days back or more told for the deficit, its ending told, nothing that
 * brings a deficit into the present or tells it again (still, again, came back, another, more episodes, a deficit
 * told with today or now), no anticoagulant taken (NICE NG128: a TIA on one is scanned at once for a bleed), and no
 * observation out of its band. Any other finding the rules accept beside the deficit keeps it an emergency: see
 * `emergency-triage.ts`.
 */

/** A time two days back or more: not "yesterday", which may be within NG128's 24 hours. */
const TWO_DAYS_BACK_OR_MORE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|couple\s+of|a\s+couple\s+of)\s+days?\s+ago`,
      String.raw`the\s+day\s+before\s+yesterday`,
      String.raw`(?:\d+|a|one|two|three|four|a\s+few|few|several|couple\s+of|a\s+couple\s+of)\s+(?:weeks?|months?)\s+ago`,
      String.raw`last\s+(?:week|month)`,
    ].join('|') +
    String.raw`)\b`,
);

/** The deficit told as over. */
const ENDED =
  /\b(?:resolved|recovered|went\s+away|got\s+better|came\s+back\s+to\s+normal|back\s+to\s+(?:normal|(?:his|her|my|their)\s+(?:normal|usual))|passed|settled|cleared|wore\s+off|(?:none|nothing)\s+since|fine\s+(?:ever\s+)?since|no\s+(?:further\s+|more\s+)?(?:symptoms|episodes)|not\s+had\s+(?:any(?:thing)?|it)(?:\s+(?:more|since))?|(?:completely|totally|all)\s+gone)\b/;

/** What tells a deficit going on, coming again or told more than once: a crescendo TIA is an emergency. */
const NOT_OVER = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`still|again|ongoing|continu\w*|returned|recurr\w*|on\s+and\s+off|comes\s+and\s+goes|keeps?|worse|worsening|getting\s+(?:weaker|worse)`,
      String.raw`(?<!(?:not|never)\s(?:\w+\s)?)(?:came|come|comes|coming)\s+back(?!\s+to\s+normal)`,
      String.raw`another\s+(?:\w+\s+)?(?:bout|episode|attack|one|spell|turn)`,
      String.raw`(?:two|three|several|more|further|repeated|second|other)\s+(?:\w+\s+)?(?:episodes|attacks|spells|turns|times|ones)`,
      String.raw`twice|more\s+of\s+the\s+same|(?:same|similar)\s+(?:thing|episode)\s+(?:happened|again)`,
      String.raw`right\s+now|at\s+the\s+moment|so\s+far`,
      String.raw`(?:\d+|a|an|one|two|few|a\s+few|couple\s+of)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago`,
    ].join('|') +
    String.raw`)\b`,
);

/** A time within the last day, which a deficit told beside it brings into the present. */
const RECENT_TIME = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|yesterday|now|currently)\b/;
/** A deficit's words: a limb, the face, speech, sight or balance failing. */
const DEFICIT_TOLD =
  /\b(?:weak\w*|numb\w*|tingl\w*|clums\w*|slurr\w*|droop\w*|dropp\w*|paraly\w*|heavy|muddl\w*|garbled|confus\w*|blind\w*|blurr\w*|double\s+vision|dizz\w*|unsteady|cannot\s+(?:speak|talk|see|move|lift|grip|walk|find)|could\s+not\s+(?:speak|talk|see|move|lift|grip|walk|find)|lost\s+(?:his|her|my|their)\s+(?:words|speech|sight|vision))\b/g;

function recentDeficitTold(sentences: readonly string[]): boolean {
  return sentences.some(
    (sentence) =>
      RECENT_TIME.test(sentence) &&
      [...sentence.matchAll(DEFICIT_TOLD)].some((match) => !toldAsAbsentInItsClause(sentence, match.index)),
  );
}

/** An anticoagulant taken (not "not on anticoagulants"). */
const ANTICOAGULANT =
  /\b(?:on|takes?|taking|took|uses?)\s+(?:a\s+|an\s+)?(?:warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|anticoagulants?|anticoagulation|blood\s+thinners?|eliquis|xarelto)\b/g;

function anticoagulantTaken(normalized: string): boolean {
  return [...normalized.matchAll(ANTICOAGULANT)].some((match) => !toldAsAbsentInItsClause(normalized, match.index));
}

/**
 * Whether a normalised message tells a focal deficit that passed two days back or more, with none since; `sentences`
 * are the message's sentences as the triage split them, `deficitSentences` those its deficit was read in, each of
 * which tells the time or the ending.
 */
export function isTransientDeficitPassedDaysAgo(
  normalized: string,
  sentences: readonly string[],
  deficitSentences: readonly string[],
): boolean {
  return (
    deficitSentences.every((sentence) => TWO_DAYS_BACK_OR_MORE.test(sentence) || ENDED.test(sentence)) &&
    TWO_DAYS_BACK_OR_MORE.test(normalized) &&
    ENDED.test(normalized) &&
    !NOT_OVER.test(normalized) &&
    !recentDeficitTold(sentences) &&
    !anticoagulantTaken(normalized) &&
    !OBSERVATION_OUT_OF_BAND.test(normalized)
  );
}
