/**
 * A limb that went dead from how it lay, and came back: "woke up with my right arm completely dead, I'd been sleeping
 * with it under my pillow; within a couple of minutes of shaking it the pins and needles came and it was back to
 * normal", "sat cross-legged for an hour and when I stood up my foot was numb and floppy; it came back with pins and
 * needles and now it feels normal".
 *
 * Why it is not an emergency: a nerve pressed by the weight of the body (an arm slept on, a leg sat on or crossed)
 * goes numb and weak and comes back with pins and needles in minutes once the weight is off; NICE CKS reads it as a
 * compression neuropathy that settles by itself, and NICE NG128 and FAST send a deficit with no such cause. What stays
 * an emergency: a deficit told with anything else the rules read (a face, speech, confusion, a headache), one told as
 * still there or not come back, one told with no position that pressed on it, and (review V40, 09:33) an arm and a leg
 * told together, a whole side, a hand gone clumsy or unable to grip, or a limb other than the one the position pressed:
 * pressure makes one limb go dead, two on one side are a hemi-deficit, a TIA whatever the posture.
 */
import { setAsideAStoryToldAlone, type ReadFinding } from './findings-told-alone.js';

/** The limb's deficit as the rules read it: numb, weak, dead, tingling, floppy, an arm that will not lift. */
const THE_LIMB = new Set([
  'limb_numbness',
  'limb_weakness',
  'limb_tingling',
  'one_sided_weakness',
  'focal_deficit_lay',
  'arm_failing_plain',
  'limp_floppy',
]);

/** An arm told, and the weight that presses on one: slept or lay on the arm, under the pillow, leaning on the elbow. */
const AN_ARM = /\b(?:arms?|hands?|fingers?|thumbs?|wrists?|elbows?)\b/;
const ARM_PRESSED =
  /\b(?:slept|sleeping|lying|lay|lain|laid)\s+(?:\w+\s+){0,3}?(?:on|under|with)\s+(?:it|(?:my|his|her|their)\s+(?:arm|hand|pillow))\b|\bunder\s+(?:my|his|her|their|the)\s+(?:pillow|head|body)\b|\bleaning\s+on\s+(?:my|his|her|their)\s+(?:elbow|arm)\b/;

/** A leg told, and the weight that presses on one: sat on the leg or cross-legged, legs crossed, knelt, squatted. */
const A_LEG = /\b(?:legs?|foot|feet|toes?|knees?|calf|calves|thighs?)\b/;
const LEG_PRESSED =
  /\b(?:sat|sitting|sit)\s+(?:\w+\s+){0,3}?(?:cross[- ]?legged|on\s+(?:it|(?:my|his|her|their)\s+(?:legs?|feet|foot)))\b|\bcross[- ]?legged\b|\b(?:crossed|crossing)\s+(?:my|his|her|their)\s+legs\b|\b(?:knelt|kneeling|squatt\w*)\b|\b(?:sat|sitting)\s+on\s+the\s+(?:toilet|loo)\b/;

/** More than one limb's nerve: a whole side, a hand gone clumsy or unable to grip, a leg dragged. */
const MORE_THAN_A_PRESSED_NERVE =
  /\b(?:side|clums\w*|grip\w*|dragg\w*|both|together|same\s+time)\b|\b(?:cannot|could\s+not|would\s+not|will\s+not)\s+(?:hold|use|move)\b/;

/** It came back: pins and needles as the feeling returned, back to normal, fine since, it wore off, walking on it. */
const CAME_BACK =
  /\b(?:came|come|coming|comes)\s+back\b|\b(?:can|could)\s+walk\b|\b(?:walking|walks|walked)\s+(?:fine|normally|ok|okay|properly)\b|\bback\s+to\s+normal\b|\b(?:feels?|felt|is|was|been)\s+(?:\w+\s+)?(?:completely\s+|totally\s+|perfectly\s+)?(?:normal|fine)\b|\bfine\s+(?:now|since|all|after|again|once)\b|\b(?:wore|worn|wearing)\s+off\b|\bwent\s+away\b/;

/** Told as still there: the deficit that has not come back is read as any other. */
const STILL_THERE =
  /\bstill\s+(?:\w+\s+)?(?:numb|weak|dead|floppy|heavy|limp|tingl\w*|cannot|can\s+not)\b|\b(?:not|never)\s+(?:\w+\s+)?(?:come|came|gone|went)\s+back\b|\b(?:has|have)\s+not\s+(?:gone|worn|improved|got\s+better)\b/;

/**
 * The other limbs told as checked and normal, as a FAST check tells them ("both arms up fine", "his face and arms are
 * fine", "no problem with my arms"): no limb of the story.
 */
const LIMBS_TOLD_NORMAL =
  /\b(?:(?:face|speech)\s+(?:and|,)\s+)?(?:(?:both|his|her|my|their|the)\s+)?(?:arms?|legs?)(?:\s+(?:and|,)\s+(?:face|speech|legs?|arms?))?\s+(?:(?:are|is|were|was|both|all)\s+)?(?:up\s+)?(?:fine|ok|okay|normal|strong|equal|alright)\b|\bno\s+(?:problem|problems|weakness|numbness)\s+(?:with|in)\s+(?:(?:his|her|my|their|either|both)\s+)?(?:arms?|legs?)\b/g;

/**
 * Whether a normalised message tells one limb gone dead, an arm or a leg, with the weight that pressed on that limb,
 * and its return, and tells it neither as still there nor beside another limb, a whole side or a hand that fails.
 */
export function isLimbGoneDeadFromHowItLay(normalized: string): boolean {
  const limbs = normalized.replace(LIMBS_TOLD_NORMAL, ' ');
  const arm = AN_ARM.test(limbs);
  const leg = A_LEG.test(limbs);
  if (arm === leg) return false;
  const pressed = arm ? ARM_PRESSED.test(normalized) : LEG_PRESSED.test(normalized);
  return (
    pressed && CAME_BACK.test(normalized) && !STILL_THERE.test(normalized) && !MORE_THAN_A_PRESSED_NERVE.test(limbs)
  );
}

/** Sets the limb's deficit aside where the message tells only it, with the weight that pressed on it and its return. */
export function applyLimbGoneDeadFromHowItLay<F extends ReadFinding>(
  clauses: readonly { accepted: F[]; framed: F[] }[],
  normalized: string,
): void {
  setAsideAStoryToldAlone(
    clauses,
    ({ signal }) => THE_LIMB.has(signal.id),
    () => isLimbGoneDeadFromHowItLay(normalized),
  );
}
