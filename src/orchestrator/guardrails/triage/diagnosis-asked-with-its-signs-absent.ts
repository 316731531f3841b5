import type { SignalId } from './emergency-signals.js';

/**
 * A diagnosis asked about, with the findings that make it told as absent or normal: "Is this a stroke? My smile is
 * even, both arms lift fine and my speech is normal", "No slurred speech, no weakness, face looks normal. Could this be a
 * mini stroke or an inner ear thing?", "Period a week late after two negative tests, heavier than usual. Could this be a
 * miscarriage?".
 *
 * Why it is not an emergency: the protocols send a stroke, a heart attack or a miscarriage by what is found, not by the
 * name the teller fears. A careful teller who checked the discriminators and tells them absent has told the finding
 * that decides: FAST and BE-FAST (NICE NG128, AHA/ASA) look at the face, the arms, the speech, the balance and the eyes;
 * NICE CG95 at the chest pain and its companions (spreading, sweating, breathlessness); NICE NG126 asks for a pregnancy
 * first. The named diagnosis is set aside only when asked as a question ("is this", "could it be") and at least as many
 * of its discriminators as `needed` are told absent or normal; any finding the rules read beside it (a slurred speech,
 * a weak arm, a chest pain) is read by its own signal and decides as it always does.
 */
interface AskedDiagnosis {
  /** The signal that names the diagnosis as happening now, which the question form reads too. */
  readonly signal: SignalId;
  /** The discriminators told absent or normal, one pattern each: how many of them must be told. */
  readonly toldAbsent: readonly RegExp[];
  readonly needed: number;
}

/** The diagnosis pointed at as a question: "is this a stroke", "could it be a heart attack", "might this be ...". */
// Told as someone's fear too ("my friend said it could be a stroke"): the name is still the teller's worry, not a finding.
const ASKED = /^(?:(?:is|could|might|can|would)\s+(?:this|it|that)|(?:this|it|that)\s+(?:could|might|may|can)\s+be)\b/;

/** The question reported: "she asks if it is a stroke", "he wonders whether this is a heart attack". */
const REPORTED_QUESTION = /\b(?:if|whether)\s+$/;

/** Whether the phrase stands in the message as a reported question ("asks if it is a stroke"). */
function isAskedIndirectly(phrase: string, normalized: string): boolean {
  const at = normalized.indexOf(phrase);
  return at > 0 && REPORTED_QUESTION.test(normalized.slice(Math.max(0, at - 12), at));
}

const NO = String.raw`(?:no|not|nor|without|never|denies|nil)`;

const DIAGNOSES: readonly AskedDiagnosis[] = [
  {
    signal: 'stroke_now',
    toldAbsent: [
      // Face: a smile even, a face normal or moving equally, no droop.
      /\b(?:smile\w*\s+(?:\w+\s+){0,3}?(?:evenly|even|normal\w*|fine|symmetric\w*|equal\w*|the\s+same)|face\s+(?:(?:looks|is|seems|looked|was|all)\s+)?(?:\w+\s+)?(?:normal|fine|symmetric\w*|even|evenly|equally|the\s+same)|no\s+(?:facial\s+|face\s+)?droop\w*|(?:face|mouth)\s+(?:is\s+|was\s+)?not\s+droop\w*)\b/,
      // Arms: both lift, no weakness, held out without drift.
      /\b(?:both\s+arms\s+(?:\w+\s+){0,3}?(?:fine|normal\w*|ok|okay|equal\w*|strong|up)|no\s+(?:\w+\s+){0,2}?weakness|(?:arms?|legs?|grip)\s+(?:(?:are|is|feel|feels|seem|seems|lift|lifts|raise|raises|all)\s+)?(?:\w+\s+)?(?:fine|normal|strong|equal\w*|ok|okay)|(?:is\s+|are\s+)?not\s+weak|(?:without|no)\s+(?:\w+\s+)?drift\w*)\b/,
      // Speech: normal, clear, no slurring.
      /\b(?:speech\s+(?:is\s+|was\s+|seems\s+|sounds\s+)?(?:\w+\s+)?(?:normal|fine|clear|ok|okay|unaffected)|no\s+(?:slurr\w*|(?:\w+\s+)?speech\s+(?:problems?|difficult\w*|change\w*)|trouble\s+(?:speaking|talking))|talking\s+(?:normally|fine|clearly)|not\s+slurr\w*)\b/,
      // Balance, walking, eyes.
      /\b(?:balance\s+(?:is\s+|was\s+)?(?:\w+\s+)?(?:fine|normal|ok|okay)|walking\s+(?:\w+\s+)?(?:fine|normally|ok|okay)|no\s+(?:double\s+vision|vision\s+(?:problems?|change\w*)|loss\s+of\s+vision))\b/,
    ],
    needed: 2,
  },
  {
    signal: 'heart_attack_now',
    toldAbsent: [
      new RegExp(String.raw`\b${NO}\s+(?:\w+\s+){0,2}?(?:chest\s+)?(?:pain|pressure|tightness|heaviness)\b`),
      new RegExp(String.raw`\b${NO}\s+(?:\w+\s+){0,2}?(?:sweat\w*|clammy)\b`),
      new RegExp(String.raw`\b${NO}\s+(?:\w+\s+){0,2}?(?:breathless\w*|short\s+of\s+breath|shortness\s+of\s+breath)\b`),
      new RegExp(String.raw`\b${NO}\s+(?:\w+\s+){0,3}?(?:arm|jaw|spread\w*|radiat\w*)\b`),
    ],
    needed: 2,
  },
  {
    signal: 'miscarriage_now',
    toldAbsent: [
      /\b(?:negative\s+(?:\w+\s+)?(?:pregnancy\s+)?tests?|(?:pregnancy\s+)?tests?\s+(?:\w+\s+){0,3}?negative|not\s+pregnant)\b/,
    ],
    needed: 1,
  },
];

const BY_SIGNAL = new Map(DIAGNOSES.map((diagnosis) => [diagnosis.signal, diagnosis]));

/** The signals a diagnosis asked about is told by (what `isAskedWithItsSignsAbsent` may set aside). */
export const DIAGNOSES_ASKED_ABOUT: ReadonlySet<SignalId> = new Set(BY_SIGNAL.keys());

/**
 * Whether a finding of `signal` told by `phrase` names a diagnosis asked as a question, in a normalised message that
 * tells enough of that diagnosis's discriminators absent or normal.
 */
export function isAskedWithItsSignsAbsent(signal: SignalId, phrase: string, normalized: string): boolean {
  const diagnosis = BY_SIGNAL.get(signal);
  if (diagnosis === undefined || !(ASKED.test(phrase) || isAskedIndirectly(phrase, normalized))) return false;
  return diagnosis.toldAbsent.filter((pattern) => pattern.test(normalized)).length >= diagnosis.needed;
}

/**
 * A stroke asked about of symptoms told as months or years old: "I've had tingling in my face for about 6 months, could
 * this be a stroke?", "dizzy spells for months, is it a stroke?" (last round's reviewer). NICE NG128 and FAST send a stroke
 * by a deficit of sudden onset; one told as going on for months, with no onset told today or lately, is the GP's to
 * assess. A passed episode told by its day or minutes ("my arm went weak for 10 minutes yesterday", a TIA) or any onset
 * word keeps the question a report; and whatever deficit the rules read beside it decides as it always does.
 */
const MONTHS_OR_YEARS_OLD =
  /\b(?:for|over|since)\s+(?:(?:about|around|nearly|almost|over|more\s+than|the\s+(?:last|past))\s+)?(?:(?:\d+|a\s+few|few|a\s+couple\s+of|several|many|two|three|four|five|six|eight|ten|twelve)\s+)?(?:months|years)\b|\bsince\s+last\s+year\b|\b(?:months|years)\s+now\b/;
const ONSET_LATELY =
  /\b(?:sudden\w*|today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)|last\s+night|just\s+now|an?\s+hour|hours?|minutes?|mins?|woke|waking|came\s+on|started|began|new|worse|worsening|again|dropped|droop\w*|slurr\w*|weak\w*|cannot\s+(?:move|lift|speak|talk|see|walk))\b/;
/**
 * A deficit told by what the person cannot do or by the side it is on ("he can't grip anything with his left hand or see
 * on his left side"): NICE NG128 sends it on whatever else is told long-standing, since "for many years" may be a
 * diabetes's, not the deficit's (review V36's STOP-THE-LINE at the merge).
 */
const DEFICIT_TOLD =
  /\b(?:cannot|can\s+not|could\s+not|unable\s+to)\b|\b(?:left|right|one)\s+(?:side|hand|arm|leg|eye)\b/;

/** Whether a finding of `signal` told by `phrase` asks about a stroke in a message that tells only long-standing symptoms. */
export function isStrokeAskedOfLongStandingSymptoms(signal: SignalId, phrase: string, normalized: string): boolean {
  return (
    signal === 'stroke_now' &&
    ASKED.test(phrase) &&
    MONTHS_OR_YEARS_OLD.test(normalized) &&
    !ONSET_LATELY.test(normalized) &&
    !DEFICIT_TOLD.test(normalized)
  );
}
