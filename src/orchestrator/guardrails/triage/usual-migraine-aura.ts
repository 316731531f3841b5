/**
 * A migraine aura told as the person's own, usual one: "I've had migraine with aura for 20 years; today's began as
 * always with zigzag lights, then pins and needles in my left hand, then the usual headache. Speech fine, no weakness",
 * "known migraine with aura, typical visual aura then numbness of the fingers, identical to previous attacks".
 *
 * Why it is not an emergency: CKS migraine and NICE NG150 describe a typical aura (visual, then sensory, spreading over
 * 5 minutes or more, gone within an hour, followed by the headache); in someone who has had such attacks before and
 * tells this one as the same, it is their migraine, not a stroke, whoever fears one (a colleague, a teacher). What the
 * protocols send at once stays an emergency: motor weakness (a limb heavy or clumsy), a speech or face change, an aura lasting over an hour or
 * a deficit still there after the headache began, a sudden, thunderclap or worst headache, confusion or drowsiness, and an attack told as new,
 * different, the first, or as 'this time' (NICE NG128 FAST; CKS headache red flags).
 *
 * Read over the whole message: migraine with aura known (named with its aura, or a history of auras), the attack told
 * as usual (as always, identical, exactly like the others, the usual pattern), and none of the red flags told but as
 * absent in their clause.
 */
import { toldPresent } from './told-as-absent.js';

/** Migraine with aura known: named with its aura, or its aura told as the person's. */
const KNOWN_AURA =
  /\b(?:migraines?\s+with\s+(?:an\s+|the\s+)?auras?|(?:my|his|her|their|the)\s+(?:usual\s+|typical\s+|normal\s+)?(?:migraine\s+)?auras?|(?:known|diagnosed|history\s+of)\s+(?:\w+\s+){0,2}?migraines?)\b/;

/** The attack told as the usual one. */
const AS_USUAL =
  /\b(?:as\s+(?:always|usual|ever)|exactly\s+(?:like|as|the\s+same)|(?:the\s+)?same\s+(?:as|way\s+as)\s+(?:always|usual|every|all|my|her|his|the\s+others|before|previous)|identical|like\s+(?:all\s+)?(?:the\s+others|always|every\s+other|my\s+(?:other|usual))|(?:my|his|her|their|the)\s+usual|typical|always\s+(?:start|starts|begin|begins|the\s+same)|every\s+time)\b/;

/** What the protocols send at once, unless told as absent in its clause. */
const RED_FLAG = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`weak\w*|heavy|heaviness|clumsy|clumsiness|paralys\w*|(?:cannot|can\s+not|could\s+not|unable\s+to)\s+(?:move|lift|grip|hold|raise|speak|talk|find|get|understand|see|do|use|write)|droop\w*|lopsided|slurr\w*|garbled|(?:speech|words?|talking)\s+(?:is\s+|was\s+|went\s+|are\s+|were\s+)?(?:\w+\s+)?(?:wrong|muddled|jumbled|funny|strange|odd|slow|gone)|aphasi\w*|dysphasi\w*`,
      String.raw`sudden\w*|thunderclap|worst|explod\w*|(?:hit|struck)\s+(?:on|in|over)\s+the\s+head|confus\w*|drowsy|hard\s+to\s+(?:wake|rouse)|collaps\w*|faint\w*|seizure|fever|stiff\s+neck`,
      String.raw`different|unusual|new\s+(?:kind|type|sort)|never\s+(?:had|been)\s+(?:one\s+|this\s+|it\s+)?like|first\s+(?:time|ever|one)|not\s+(?:like|the\s+same\s+as)\s+(?:my|his|her|the)\s+usual|worse\s+than\s+(?:usual|ever|normal)`,
      String.raw`(?:over|more\s+than)\s+(?:an|one|1|two|2|three|3)\s+hours?|(?:two|three|four|2|3|4)\s+hours|still\s+(?:numb|tingl\w*|weak|there|going|has|have|can|like\s+(?:that|this)|the\s+(?:case|same))|(?:an|one|two|2|3)\s+hours?\s+later|this\s+time|but\s+then|after\s+the\s+headache\s+(?:started|began|came)|not\s+(?:gone|going|settl\w*|clear\w*)`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/**
 * Hemiplegic migraine known to the person: its aura is a one-sided weakness (ICHD-3 1.2.3), which in someone diagnosed
 * with it, told as the usual attack, is that person's migraine; a first attack, a face or speech change, or anything the
 * aura's red flags name stays an emergency.
 */
const KNOWN_HEMIPLEGIC =
  /\b(?:known|diagnosed|history\s+of|(?:has|have|had|with|gets?)\s+(?:\w+\s+)?)(?:\w+\s+){0,2}?hemiplegic\s+migraines?\b/;

/** The aura's red flags but the weakness of a limb, which is a hemiplegic migraine's own aura. */
const RED_FLAG_BESIDE_A_WEAK_LIMB = new RegExp(
  RED_FLAG.source
    .replace(String.raw`weak\w*|heavy|heaviness|clumsy|clumsiness|`, '')
    .replace(String.raw`(?:move|lift|grip|hold|raise|speak|`, String.raw`(?:speak|`),
  'g',
);

/** The findings a hemiplegic aura is told by, besides the sensory aura's: a limb or a side gone weak. */
const HEMIPLEGIC_AURA_SIGNALS: ReadonlySet<string> = new Set([
  'one_sided_weakness',
  'limb_weakness',
  'arm_failing_plain',
  'focal_deficit_lay',
]);

export function isHemiplegicAuraSignal(signal: string): boolean {
  return HEMIPLEGIC_AURA_SIGNALS.has(signal);
}

/** Whether a normalised message tells a hemiplegic migraine known to the person, as the usual attack, with no red flag. */
export function isUsualHemiplegicMigraine(normalized: string): boolean {
  return (
    KNOWN_HEMIPLEGIC.test(normalized) &&
    AS_USUAL.test(normalized) &&
    !toldPresent(normalized, RED_FLAG_BESIDE_A_WEAK_LIMB)
  );
}

/** Whether a normalised message tells a migraine aura known to the person, told as the usual one, with no red flag. */
export function isUsualMigraineAura(normalized: string): boolean {
  return KNOWN_AURA.test(normalized) && AS_USUAL.test(normalized) && !toldPresent(normalized, RED_FLAG);
}
