/**
 * Newborn periodic breathing: a few fast breaths, then a pause of under 10 seconds, then normal breathing again,
 * with a pink colour (Schmitt-Thompson newborn breathing; NHS: normal in the first weeks). Told across several
 * sentences ("her breathing is irregular. She pauses for five seconds. She stays pink"), so it is read over the
 * whole message: the irregular, fast or pausing breathing it explains is held back in a baby. A pause of 10
 * seconds or more, a colour change or a struggle to breathe is an apnoea or distress and keeps the emergency:
 * colour and effort are read by their own signals, a long pause by long_breathing_pause.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const PAUSE = r`(?:pauses?|paused|pausing|stops?|stopped|stopping|holds?\s+(?:his|her|their)\s+breath)`;
const FEW = r`(?:[1-9]|one|two|three|four|five|six|seven|eight|nine|a\s+few|a\s+couple\s+of|couple\s+of|few)`;
const COLOUR_CHANGE = r`(?:blue|bluish|blueish|grey|gray|dusky|purple|floppy|limp)`;
/** The top of a range of pauses that stays a periodic breathing's: "5 or 6", "5-10 s", "five to ten seconds". */
const UP_TO = r`(?:\s*[-–]\s*|\s+(?:or|to)\s+)(?:[1-9]|10|two|three|four|five|six|seven|eight|nine|ten)`;
/**
 * Ten seconds told as the top of a range that starts under it ("5-10 s", "five to ten seconds") is the pause of periodic
 * breathing (AAP: pauses of 5-10 seconds), not an apnoea of 10 seconds or more; a range that starts at 10 is one. A
 * dash the normaliser left as a space ("5–10 seconds" read as "5 10 seconds") is the same range.
 */
export const TEN_AS_THE_TOP_OF_A_SHORTER_RANGE = r`(?<!\b(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\s*(?:[-–]|to|or|\s)\s*)`;
const AROUND = r`(?:(?:maybe|about|around|roughly|only|just|like|up\s+to|approx\w*)\s+)`;

export const PERIODIC_BREATHING_SIGNALS: readonly SignalDefinition[] = [
  define(
    'periodic_breathing',
    [
      r`\bperiodic\s+breathing\b`,
      r`\b${PAUSE}\b(?:\s+(?:breathing|in\s+(?:(?:his|her|their)\s+)?breathing))?[^.;]{0,25}?(?:\bfor\s+)?${AROUND}?\b${FEW}(?:${UP_TO})?\s*(?:s|secs?|seconds)\b`,
      r`\bpauses?\b[^.;]{0,40}?\b(?:under|less\s+than|shorter\s+than|no\s+(?:more|longer)\s+than)\s+(?:10|ten)\s*(?:s|secs?|seconds)\b`,
      r`\b(?:breathes?|breathing)\s+(?:really\s+|very\s+)?(?:fast|quick(?:ly)?|rapid(?:ly)?)\b[^.;]{0,40}?\bthen\s+(?:\w+\s+)?(?:slows?|slower|slowly|pauses?|stops?|a\s+pause)\b`,
      r`\b(?:a\s+few|some|several)\s+(?:fast|quick|rapid)\s+breaths\b[^.;]{0,20}?\bthen\s+(?:a\s+)?(?:pause|stop|gap)`,
      r`\bbreath\w*\s+(?:in\s+)?(?:bursts|fits\s+and\s+starts|spurts)\b`,
    ],
    { discriminatorOnly: true },
  ),
  // Breathing that fails now, told after the pattern ("periodic breathing, but just now he stopped breathing"),
  // or that needed a shake to start again: never the pattern itself, whatever the message says of it (review V17).
  define('breathing_failing_now', [
    r`\bhad\s+to\s+(?:shake|rub|pat|flick|blow\s+on|pick\s+up|stimulate)\s+(?:him|her|them|the\s+baby)\b[^.;]{0,40}?\b(?:breath\w*|start\w*)`,
    // What has not started again is a breath only where the sentence speaks of breathing: a nosebleed that "has not
    // started again" has stopped (session 51).
    r`\bnot\s+(?:starting|started|start)\s+to\s+breathe\s+(?:again|back\s+up)\b`,
    r`\b(?:breath\w*|pauses?|paused)\b[^.;]{0,80}?\bnot\s+(?:starting|started|start)\s+(?:again|back\s+up)\b`,
    r`\bnot\s+(?:starting|started|start)\s+(?:again|back\s+up)\b[^.;]{0,40}?\bbreath\w*`,
    r`\bnot\s+breathing\s+at\s+all\b`,
    r`\b(?:just\s+now|now|tonight|this\s+time)\b[^.;]{0,30}?\b(?:stopped\s+breathing|not\s+breathing|cannot\s+breathe|can'?t\s+breathe|gasping|struggling\s+to\s+breathe)\b`,
  ]),
  // A pause of 10 seconds or more, or a colour change with it: an apnoea, never periodic breathing.
  define('long_breathing_pause', [
    r`\b${PAUSE}\b[^.;]{0,40}?(?<!\b(?:under|than)\s)\b(?:${TEN_AS_THE_TOP_OF_A_SHORTER_RANGE}10|1[1-9]|[2-9]\d)(?:\s*(?:-|to|or)\s*\d+)?\s*(?:s|secs?|seconds)\b`,
    r`\b${PAUSE}\b[^.;]{0,40}?(?<!\b(?:under|than)\s)\b(?:${TEN_AS_THE_TOP_OF_A_SHORTER_RANGE}ten|fifteen|twenty|thirty|half\s+a\s+minute|a\s+(?:whole\s+)?minute)\b`,
    r`\b${PAUSE}\b[^.;]{0,40}\b${COLOUR_CHANGE}|${COLOUR_CHANGE}[^.;]{0,60}\b${PAUSE}\b`,
  ]),
];
