import { toldPresent } from './told-as-absent.js';
import { WISH_TAKEN_BACK } from './passive-wish-with-plan-and-intent-denied.js';

/**
 * A wish to die said in a moment, which the person, asked about it, denies in so many words: "he said after losing the
 * bout that he wanted to die; when his coach asked him directly, he said he has no thoughts of killing himself and was
 * just embarrassed", "she told me she wanted to die after the exam, but when I asked she said she isn't suicidal, she
 * was just upset".
 *
 * Why it is not an emergency: the Columbia screen asks the wish to be dead and then, directly, about thoughts of killing
 * oneself; a wish with those thoughts denied is its lowest grade, and NICE NG225 sends it to a talk with the GP or the
 * mental-health team, not to 999. What sends it in at once is a plan, a means, a time, an attempt or a wound, all
 * findings the rules read on their own, which keep it (see `emergency-triage.ts`), as does a denial taken back
 * (`WISH_TAKEN_BACK`: tablets, tonight, a wish growing stronger).
 *
 * Read only where the message tells the asking or what the words were said in (upset, embarrassed, angry, a joke), so
 * that a bare "I want to die, I'm not suicidal" is left to the rules.
 */

/** Thoughts of suicide denied in so many words: "no thoughts of killing himself", "not suicidal", "denies intent". */
export const THOUGHTS_DENIED = new RegExp(
  [
    String.raw`\b(?:no|not\s+(?:having|had|got)\s+any|denies|denied|denying|never\s+had\s+any)\s+(?:\w+\s+)?(?:thoughts?|ideas?|intent(?:ion)?|urges?)\s+(?:of|about|to)\s+(?:kill\w*|end\w*|harm\w*|hurt\w*|suicide|tak\w+\s+(?:his|her|their|my)\s+(?:own\s+)?life)\b`,
    String.raw`\b(?:is|was|are|am|were)\s+not\s+(?:actually\s+|really\s+)?suicidal\b`,
    String.raw`\b(?:does|did|do)\s+not\s+(?:actually\s+|really\s+)?want\s+to\s+(?:die|be\s+dead|kill\s+(?:himself|herself|themselves|myself))\b`,
    String.raw`\b(?:no|denies|denied)\s+suicidal\s+(?:thoughts|ideation|intent)\b`,
  ].join('|'),
);

/** The asking, or the moment the words were said in: "when asked directly", "asked him straight", "just embarrassed". */
const ASKED_OR_SAID_IN_A_MOMENT =
  /\b(?:asked|asking)\b[^.;]{0,40}\b(?:directly|straight|outright|if|whether|about\s+it|him|her|them)\b|\bwhen\s+asked\b|\bjust\s+(?:embarrassed|upset|angry|frustrated|venting|joking|exaggerating|annoyed|disappointed|gutted)\b/;

/** Whether a normalised message tells a wish to die denied, when asked or as said in a moment, and not taken back. */
export function isDeathWishDeniedWhenAsked(normalized: string): boolean {
  return (
    THOUGHTS_DENIED.test(normalized) &&
    ASKED_OR_SAID_IN_A_MOMENT.test(normalized) &&
    !toldPresent(normalized, WISH_TAKEN_BACK)
  );
}
