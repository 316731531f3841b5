/**
 * A stroke asked about of a hand that tingles or goes numb at night and wakes the person, eased by shaking it: "my
 * right hand's been tingling and going numb in the thumb and first two fingers at night for a few weeks, it wakes me up
 * and shaking it helps, is it a stroke".
 *
 * Why it is not an emergency: that is carpal tunnel syndrome as NICE CKS tells it (numbness and tingling of the thumb
 * and the next fingers, worse at night, waking the person, eased by shaking or hanging the hand), a matter for the GP.
 * NICE NG128 and FAST send a deficit of sudden onset: a face, speech, a leg, a hand that cannot grip or lift, or an
 * onset told today keeps the question a report, and whatever deficit the rules read beside it decides as it always does.
 */
import type { SignalId } from './signals/signal-definition.js';

/** "Is it a stroke", "could this be a stroke": the name asked as a question. */
const ASKED = /^(?:(?:is|could|might|can|would)\s+(?:this|it|that)|(?:this|it|that)\s+(?:could|might|may|can)\s+be)\b/;

/** The hand's feeling: tingling, numb, pins and needles, in the hand, the thumb, the fingers. */
const HAND_TINGLING =
  /\b(?:tingl\w*|numb\w*|pins\s+and\s+needles)\b[^.;]{0,50}\b(?:hands?|thumbs?|fingers?|wrists?)\b|\b(?:hands?|thumbs?|fingers?|wrists?)(?:'s)?\b[^.;]{0,40}\b(?:tingl\w*|numb\w*|pins\s+and\s+needles)\b/;

/** Worse at night, waking the person, and eased by shaking or hanging the hand, or the tunnel named. */
const AT_NIGHT =
  /\b(?:at|in\s+the|every|most|during\s+the)\s+nights?\b|\bwakes?\s+(?:me|him|her|them)\b|\bwaking\s+(?:me|him|her|them)\b/;
const SHAKEN_OFF =
  /\b(?:shak\w*|flick\w*|hang\w*|dangl\w*)\s+(?:it|them|(?:my|his|her|their|the|your)\s+(?:hands?|arms?|wrists?))\b|\bcarpal\b/;
/** Shaking told as no help: not carpal tunnel's easing (review V40, 09:33: "shaking it didn't help, is it a stroke?"). */
const NOT_EASED =
  /\b(?:did\s+not|does\s+not|do\s+not|not|never|no)\s+(?:\w+\s+)?(?:help\w*|ease\w*|work\w*|better|difference)\b/;

/** What a stroke is told by besides the hand: a face, speech, a leg, a hand that cannot work, an onset of today. */
const MORE_THAN_THE_HAND =
  /\b(?:face|mouth|smile|speech|speak\w*|talk\w*|words|slurr\w*|legs?|foot|feet|vision|see|confus\w*|sudden\w*|today|tonight|this\s+(?:morning|afternoon|evening)|an?\s+hour|hours?\s+ago|minutes?\s+ago|weak\w*|heavy|heav\w+|whole\s+arm|cannot\s+(?:move|lift|grip|hold|use)|drop\w*|headache)\b/;

/** Whether a finding of `signal` told by `phrase` asks about a stroke of a hand numb at night, and nothing more. */
export function isStrokeAskedOfAHandNumbAtNight(signal: SignalId, phrase: string, normalized: string): boolean {
  return (
    signal === 'stroke_now' &&
    ASKED.test(phrase) &&
    HAND_TINGLING.test(normalized) &&
    AT_NIGHT.test(normalized) &&
    SHAKEN_OFF.test(normalized) &&
    !NOT_EASED.test(normalized) &&
    !MORE_THAN_THE_HAND.test(normalized)
  );
}
