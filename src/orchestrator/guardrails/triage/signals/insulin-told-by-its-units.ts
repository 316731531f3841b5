/**
 * An insulin dose given in error, told by its units and the pen rather than the drug's name: "took an extra 40 units
 * by accident with my pen, i'm type 1", "36 units instead of 6". Diabetes UK and TOXBASE: an extra insulin dose
 * brings a hypo that can come hours later and last, so it is assessed now. The rule asks for the diabetes told
 * beside it; units of alcohol are no insulin.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const UNITS = r`units?\b(?!\s+of\s+(?:alcohol|booze|drink|wine|beer|lager|cider|vodka|gin|spirits))`;
const IN_ERROR = r`(?:by\s+(?:accident|mistake)|accidentally|in\s+error)`;

export const INSULIN_TOLD_BY_ITS_UNITS_SIGNALS: readonly SignalDefinition[] = [
  define(
    'insulin_units_slip',
    [
      r`\b(?:an?\s+)?(?:extra|another|double|too\s+many)\s+(?:\d+\s+)?${UNITS}(?=[^.;]{0,40}\b(?:${IN_ERROR}|pen|inject\w*|jab\w*|dose))`,
      r`\b(?:an?\s+)?(?:extra|double)\s+(?:\d+\s+)?${UNITS}\s+(?:\w+\s+){0,2}?${IN_ERROR}`,
      r`\b\d+\s+${UNITS}\s+(?:\w+\s+){0,3}?(?:${IN_ERROR}|instead\s+of\s+\d+)`,
      r`\b${IN_ERROR}\s+(?:\w+\s+){0,3}?\d+\s+${UNITS}`,
    ],
    { timeless: true },
  ),
];
