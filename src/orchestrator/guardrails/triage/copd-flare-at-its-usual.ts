import { toldPresent } from './told-as-absent.js';
import { isInsideTheTarget, saturationTargetFloor } from './signals/vital-signs-signals.js';

/**
 * COPD breathlessness at the person's usual level, or a flare told at their usual saturation: "my dad's COPD is
 * flaring, more phlegm, a bit more breathless walking to the toilet than normal but fine sitting, sats 91 (his usual
 * 90-92), talking normally; he has a rescue pack", "70F with COPD, usual SpO2 88-90%, a little more breathless than
 * usual, alert, talking in sentences, SpO2 89%".
 *
 * Why it is not an emergency: NICE NG115 (COPD) and the BTS oxygen guideline: a person with COPD whose saturation sits
 * inside their own target (88-92 % with CO2 retention) and who can talk in sentences, is alert and copes at home starts
 * their rescue pack and tells their GP the same day. Hospital is for severe breathlessness, breathlessness at rest that
 * is new, a saturation under their own target, blue lips, confusion or drowsiness, chest pain, a fast breathing rate, or
 * not coping (NG115 1.3.31).
 *
 * Read over the whole message: COPD named, a saturation told and every saturation told at or over the person's own
 * target floor (a usual range told), talking or alert told, and no red flag told but as absent. Any other finding the
 * rules accept beside the breathlessness keeps it an emergency: see `emergency-triage.ts`.
 */

const COPD = /\b(?:copd|emphysema|chronic\s+bronchitis|chronic\s+obstructive)\b/;

const SATURATION =
  /\b(?:sats?|spo2|sp\s*o2|o2\s+sats?|oxygen\s+(?:sats?|saturations?|levels?)|saturations?)\b[^.;\d]{0,30}?\b([5-9]\d|100)\b(?!\s*(?:-|\u2013|to)\s*\d)|\b([5-9]\d|100)\s*%\s+(?:on|in)\s+(?:room\s+)?air\b/g;

/**
 * Told able to speak and alert, or breathless only on an effort as for years: what NG115 reads a flare as manageable at
 * home by.
 */
const COPING =
  /\bat\s+(?:his|her|their|my)\s+usual\s+(?:level\s+of\s+)?(?:breathless\w*|baseline)\b|\bas\s+breathless\s+as\s+(?:usual|normal|always|ever)\b|\bno\s+more\s+breathless\s+than\s+(?:usual|normal)\b|\b(?:talking|speaking|talks|speaks)\s+(?:\w+\s+)?(?:normally|fine|in\s+(?:full\s+)?sentences|full\s+sentences)\b|\bfull\s+sentences\b|\balert\b|\b(?:fine|ok|okay|comfortable)\s+(?:at\s+rest|sitting|resting)\b|\b(?:breathless\w*|breathing)\s+(?:\w+\s+){0,2}?(?:at|is)\s+(?:his|her|their|my)\s+usual\b|\b(?:breathless\w*|short\s+of\s+breath|out\s+of\s+breath)\s+(?:\w+\s+){0,2}?(?:walking|on\s+(?:the\s+)?(?:stairs|exertion|hills?)|climbing|going\s+up)\b[^.;]{0,60}\b(?:(?:the\s+)?same\s+for|unchanged\s+for|as\s+(?:usual|always))\b/;

/** NG115's reasons for hospital, read only where not told absent. */
const RED_FLAGS = new RegExp(
  [
    String.raw`\b(?:blue|grey|gray|dusky|cyanos\w*|confus\w*|drows\w*|sleepy|muddled|not\s+making\s+sense)\b`,
    String.raw`\b(?:cannot|can\s+not|could\s+not|unable\s+to|struggling\s+to|hard\s+to)\s+(?:\w+\s+)?(?:talk|speak|breathe|finish|get\s+(?:his|her|my)\s+breath|cope)\b`,
    String.raw`\b(?:breathless\w*|short\s+of\s+breath|out\s+of\s+breath)\s+(?:\w+\s+)?(?:at\s+rest|sitting|lying|resting|doing\s+nothing)\b`,
    String.raw`\b(?:chest\s+pain|tight\s+chest|chest\s+tight\w*|pain\s+in\s+(?:his|her|my)\s+chest|coughing\s+(?:up\s+)?blood|blood)\b`,
    String.raw`\b(?:worse|worsening|getting\s+worse|deteriorat\w*|rapid\w*|sudden\w*|severe\w*|very\s+breathless|gasping)\b`,
    String.raw`\b(?:rr|resp(?:iratory)?\s+rate|breathing\s+rate)\s*(?:of|is|was|:)?\s*(?:2[5-9]|[3-9]\d)\b`,
  ].join('|'),
  'g',
);

function redFlagTold(normalized: string): boolean {
  return toldPresent(normalized, RED_FLAGS);
}

/** Whether every saturation told sits at or over the person's own target floor, and one is told. */
function saturationsAtTheirUsual(normalized: string): boolean {
  const floor = saturationTargetFloor(normalized);
  if (floor === null) return false;
  const readings = [...normalized.matchAll(SATURATION)];
  return readings.length > 0 && readings.every((reading) => isInsideTheTarget(reading[1] ?? reading[2] ?? '', floor));
}

/** Whether a normalised message tells a COPD flare or breathlessness at the person's usual saturation, coping, no red flag. */
export function isCopdFlareAtItsUsual(normalized: string): boolean {
  return (
    COPD.test(normalized) && COPING.test(normalized) && saturationsAtTheirUsual(normalized) && !redFlagTold(normalized)
  );
}
