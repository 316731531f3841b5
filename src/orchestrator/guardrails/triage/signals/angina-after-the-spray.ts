/**
 * A known angina after its GTN spray, as the patient or a relative tells it, often without naming the chest again:
 * "used my spray, the pain went, now it's back", "GTN x2 with partial relief, pain ongoing".
 *
 * NICE CG126 (stable angina) and the GTN leaflet: a pain the first dose eases within minutes is the angina as
 * treated; a pain not eased five minutes after a second dose, a pain that comes back, or a pain with sweating,
 * greyness, clamminess, sickness, breathlessness, a spread or a faint is a possible heart attack: 999. The spray's own
 * effects (headache, flushing, light-headedness) are no such sign, and are not read here.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

/** The spray itself, never nitrofurantoin or a nasal spray: "GTN", "glyceryl trinitrate", "his angina spray". */
const THE_SPRAY = r`(?:gtn|glyceryl\s+trinitrate|nitroglycerin\w*|nitrolingual|nitro\s+spray|(?:angina|nitrate|heart)\s+spray)`;

export const ANGINA_AFTER_THE_SPRAY_SIGNALS: readonly SignalDefinition[] = [
  // The spray taken for the pain: a circumstance of the message, read with what the pain did after it.
  // "His spray" names it only beside the angina: "dad's angina pain went with his spray".
  define('angina_spray_taken', [r`\b${THE_SPRAY}\b|\bangina\b[^.;]{0,60}?\bspray\b|\bspray\b[^.;]{0,60}?\bangina\b`], {
    timeless: true,
  }),
  // The pain back after easing, or not eased: "now it's back", "came back worse", "returned", "still there",
  // "not going", "partial relief", "ongoing". It qualifies the pain the spray was taken for, as an onset word does, and
  // tells no finding of its own: "it has started again this week, same as always" after a hay fever's tightness still
  // tells that tightness's course.
  define(
    'angina_pain_back_or_lasting',
    [
      r`\b(?:pain|tightness|pressure|ache|it)\s+(?:(?:has|had|is|was)\s+)?(?:come|came|comes|coming|is|was)\s+(?:straight\s+|right\s+)?back\b(?!\s+(?:normal|clear|fine|negative|ok|okay|from|home|to\s+normal))`,
      r`\b(?:pain|tightness|pressure|it)\s+(?:has\s+|had\s+)?(?:returned|started\s+(?:up\s+)?again|back\s+again)\b`,
      r`\b(?:pain|tightness|pressure|it)\s+(?:is\s+)?(?:still\s+(?:there|going|here|not\s+gone)|not\s+going(?:\s+away)?|(?:has\s+)?not\s+gone(?:\s+away)?|ongoing)\b`,
      r`\b(?:partial(?:ly)?\s+(?:relief|relieved|eased|better)|only\s+(?:partly|partially|slightly)\s+(?:relieved|eased|better)|pain\s+ongoing)\b`,
    ],
    { qualifier: true },
  ),
];
