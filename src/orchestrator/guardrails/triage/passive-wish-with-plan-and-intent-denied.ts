import { toldPresent } from './told-as-absent.js';

/**
 * A passive wish to be dead told with the plan and the intent told absent: "I keep thinking it would be easier if I
 * just didn't wake up. I'm not going to do anything, I don't have a plan, I'd never do that to my mum", "my son says
 * it would be easier if he didn't wake up, he has no plan and says he doesn't want to die".
 *
 * Why it is not an emergency: the Columbia scale reads a wish to be dead with no intent and no plan as its lowest
 * grade of ideation, and NICE NG225 sends it to an urgent mental-health assessment (the GP, a crisis line, the
 * community team) the same day or soon, not to 999; what sends it in at once is intent, a plan, a means got ready, an
 * attempt or a wound (all findings the rules read on their own). The rules already read such a wish as a warning sign
 * that decides only beside those; this reading tells the wording model the rules heard the wish and set it aside, as
 * they do for a negated finding, so the model does not add it back from words like "wake", "hit" or "thinking".
 *
 * Read over the whole message: the plan and the intent each told absent in the writer's or the patient's own words
 * (one of each), and nothing told that takes that back (a "but" before a means, a time, a wish told as getting
 * stronger). Any other finding the rules accept beside the wish keeps it read as before: see `emergency-triage.ts`.
 */

/** A plan told absent: "no plan", "I don't have a plan", "hasn't made any plans". */
const PLAN_TOLD_ABSENT =
  /\b(?:no|not\s+(?:got\s+)?any|without\s+(?:a|any))\s+(?:\w+\s+)?plans?\b|\b(?:do|does|did)\s+not\s+have\s+(?:a|any)\s+(?:\w+\s+)?plans?\b|\b(?:has|have)\s+not\s+(?:got|made)\s+(?:a|any)\s+(?:\w+\s+)?plans?\b/;

/**
 * The intent told absent: "I'm not going to do anything", "I would never do that", "she doesn't want to die",
 * "not suicidal", "wouldn't act on it".
 */
const INTENT_TOLD_ABSENT = new RegExp(
  [
    String.raw`\b(?:am|is|are|was|were)\s+not\s+going\s+to\s+(?:do\s+(?:anything|it|that|something)|act\s+on\s+(?:it|them)|hurt\s+(?:myself|himself|herself|themselves))\b`,
    String.raw`\b(?:would|will|could)\s+(?:never|not)\s+(?:ever\s+)?(?:do\s+(?:anything|it|that|something)|act\s+on\s+(?:it|them)|hurt\s+(?:myself|himself|herself|themselves)|go\s+through\s+with\s+it)\b`,
    String.raw`\b(?:i|he|she|they)\s+(?:would|will)\s+never\b`,
    String.raw`\b(?:do|does|did)\s+not\s+(?:actually\s+|really\s+)?want\s+to\s+(?:die|be\s+dead|kill\s+(?:myself|himself|herself|themselves)|hurt\s+(?:myself|himself|herself|themselves))\b`,
    String.raw`\b(?:not|never\s+been)\s+(?:actively\s+)?suicidal\b|\bno\s+(?:intent(?:ion)?|intention)\b`,
  ].join('|'),
);

/**
 * What takes the denial back: the wish growing, a time or a means told, the denial told as doubted. "Tonight" told as
 * the safety screen's answer ("he says he's safe tonight", "she will stay safe tonight") is no time for an act.
 */
export const WISH_TAKEN_BACK =
  /\b(?:getting\s+(?:stronger|worse)|stronger|more\s+and\s+more|(?<!\b(?:is|am|are|be|was|feels?|felt|stays?|keep\s+(?:myself|himself|herself|themselves))\s+safe\s+(?:for\s+)?)tonight|stockpil\w*|saved\s+up|pills|tablets|rope|knife|blade|bridge|(?:cannot|can\s+not|could\s+not)\s+(?:keep\s+(?:myself|himself|herself)|stay)\s+safe|(?:cannot|can\s+not)\s+promise)\b/g;

/** Whether a normalised message tells a wish to be dead with both the plan and the intent told absent. */
export function isPassiveWishWithPlanAndIntentDenied(normalized: string): boolean {
  return (
    PLAN_TOLD_ABSENT.test(normalized) &&
    INTENT_TOLD_ABSENT.test(normalized) &&
    !toldPresent(normalized, WISH_TAKEN_BACK)
  );
}
