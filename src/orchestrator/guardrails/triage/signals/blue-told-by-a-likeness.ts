/**
 * Lips or a face told blue by a likeness rather than the colour's name: "his lips look like he's been eating
 * blueberries", "her mouth is as if she's had blackcurrant". A parent reaches for what the colour looks like; the
 * likeness says the food was not eaten, so it is central cyanosis (NHS 111, NICE NG143: blue lips are a red flag at
 * any age). Lips stained by what was eaten ("purple from eating blueberries") are told without a likeness.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const PART = r`(?:lips?|mouth|tongue|face)`;
const BLUE_FOOD = r`(?:blueberr(?:y|ies)|bilberr(?:y|ies)|blackberr(?:y|ies)|blackcurrants?|ribena|(?:a\s+)?blue\s+(?:ice\s+lolly|lolly|slush\w*|sweets?|raspberry)|(?:a\s+)?slush\s+pupp(?:y|ies))`;

const COLOURED_ON_PURPOSE =
  /\b(?:lipstick|lip\s*(?:stain|gloss|tint|balm|liner)|make-?up|dye|paint|ink|marker|felt[- ]?tips?|crayons?|pens?)\b/;

export const BLUE_TOLD_BY_A_LIKENESS_SIGNALS: readonly SignalDefinition[] = [
  define(
    'cyanosis_told_by_a_likeness',
    [
      r`\b${PART}\s+(?:look|looks|looked|looking|are|is|were|was|have\s+gone|has\s+gone|went|gone)\s+(?:all\s+|a\s+bit\s+)?(?:like|as\s+if|as\s+though)\s+(?:he|she|they|i|you|the\s+baby|my\s+\w+)\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+)?(?:been\s+|just\s+)?(?:eating|eaten|ate|had|having|drinking|drunk|drank|sucking|sucked|chewing)\s+(?:(?:a|some|lots\s+of|a\s+load\s+of|a\s+bowl\s+of)\s+)?${BLUE_FOOD}\b`,
      r`\b${PART}\s+(?:\w+\s+){0,2}?(?:the\s+colou?r\s+of|like)\s+(?:a\s+)?${BLUE_FOOD}\b`,
    ],
    // What colours lips in truth: a lipstick, a stain, a pen chewed.
    { ordinaryWhen: COLOURED_ON_PURPOSE },
  ),
];
